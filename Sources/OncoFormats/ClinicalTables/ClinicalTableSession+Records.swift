import OncoModel

extension ClinicalTableSession {
  /// The record one row of a table gives, or a ``RowProblem``.
  mutating func build(
    _ kind: String, _ fields: Fields, table: ClinicalTableMapping.Table, dates: DateContext
  ) throws -> SourceRecord {
    guard let patientID = fields[.patientID] else {
      throw RowProblem(
        diagnostic: Diagnostic(.error, at: fields.location(.patientID), "patient id is empty"))
    }
    if kind == "patients" {
      guard patientBirths.index(forKey: patientID) == nil else {
        throw RowProblem(
          diagnostic: Diagnostic(
            .error, at: fields.location(.patientID), "patient \(patientID) is listed twice",
            hint: "the first row was kept"))
      }
      lastPatient = nil
      return .patient(try patient(patientID, fields, dates))
    }
    let birth: Day?
    if let lastPatient, lastPatient.id == patientID {
      birth = lastPatient.birth
    } else {
      let listed = patientBirths[patientID]
      if hasPatientTable, listed == nil {
        throw RowProblem(
          diagnostic: Diagnostic(
            .error, at: fields.location(.patientID), "unknown patient \(patientID)",
            hint: "the patients table does not list this patient"))
      }
      birth = listed ?? nil
      lastPatient = (patientID, birth)
    }
    func dated(_ field: ClinicalField) throws -> Day? {
      guard let day = try date(field, fields, dates) else { return nil }
      if let birth, day < birth {
        throw RowProblem(
          diagnostic: Diagnostic(
            .error, at: fields.location(field), "\(field.name) is before the patient's birth",
            found: fields[field], hint: "birth is \(birth.iso8601)"))
      }
      return day
    }
    switch kind {
    case "diagnoses":
      var codes: [String] = []
      if let code = fields[.code] {
        codes = [code.contains(":") || table.codePrefix == nil ? code : "\(table.codePrefix ?? ""):\(code)"]
      }
      return .diagnosis(
        Diagnosis(
          patientID: patientID, codes: codes, label: fields[.label], day: try dated(.date),
          stage: fields[.stage], advancedDay: try dated(.advancedDate),
          location: fields.location(.patientID)))
    case "samples":
      guard let sampleID = fields[.sampleID] else {
        throw RowProblem(
          diagnostic: Diagnostic(.error, at: fields.location(.sampleID), "sample id is empty"))
      }
      let type =
        try fields[.type].map { try enumValue(Sample.SampleType.self, $0, .type, fields) } ?? .unknown
      return .sample(
        Sample(
          id: sampleID, patientID: patientID, type: type, assay: fields[.assay], panel: fields[.panel],
          collectionDay: try dated(.date), location: fields.location(.sampleID)))
    case "treatments":
      guard let agent = fields[.agent] else {
        throw RowProblem(diagnostic: Diagnostic(.error, at: fields.location(.agent), "agent is empty"))
      }
      guard let start = try dated(.startDate) else {
        throw RowProblem(
          diagnostic: Diagnostic(.error, at: fields.location(.startDate), "start date is empty"))
      }
      let end = try dated(.endDate)
      if let end, end < start {
        throw RowProblem(
          diagnostic: Diagnostic(
            .error, at: fields.location(.endDate), "end date is before start date",
            found: fields[.endDate]))
      }
      var modality = TreatmentExposure.Modality.systemic
      if let text = fields[.modality] {
        // The previous row's modality when the text is the same: a string switch per row saved.
        if let last = lastModality, last.text == text {
          modality = last.value
        } else {
          modality = try enumValue(TreatmentExposure.Modality.self, text, .modality, fields)
          lastModality = (text, modality)
        }
      }
      return .treatment(
        TreatmentExposure(
          patientID: patientID, agent: agent, modality: modality, startDay: start, endDay: end,
          location: fields.location(.agent)))
    case "events":
      let eventKind = try enumValue(ClinicalEvent.Kind.self, fields[.kind] ?? "", .kind, fields)
      guard let day = try dated(.date) else {
        throw RowProblem(diagnostic: Diagnostic(.error, at: fields.location(.date), "event date is empty"))
      }
      return .event(
        ClinicalEvent(
          patientID: patientID, kind: eventKind, day: day, detail: fields[.detail],
          location: fields.location(.kind)))
    default:  // follow_up
      guard let day = try dated(.date) else {
        throw RowProblem(
          diagnostic: Diagnostic(.error, at: fields.location(.date), "follow-up date is empty"))
      }
      let status = fields[.status]?.lowercased() ?? "alive"
      guard ["alive", "dead"].contains(status) else {
        throw RowProblem(
          diagnostic: Diagnostic(
            .error, at: fields.location(.status), "follow-up status is not alive or dead",
            expected: "alive or dead (map codes with values:)", found: fields[.status]))
      }
      return .event(
        ClinicalEvent(
          patientID: patientID, kind: status == "dead" ? .death : .lastContact, day: day,
          location: fields.location(.date)))
    }
  }

  mutating func patient(_ id: String, _ fields: Fields, _ dates: DateContext) throws -> Patient {
    var patient = Patient(id: id, source: source, location: fields.location(.patientID))
    if let sex = fields[.sex] {
      switch sex.lowercased() {
      case "male", "m": patient.sex = .male
      case "female", "f": patient.sex = .female
      case "other": patient.sex = .other
      case "unknown": patient.sex = .unknown
      default:
        throw RowProblem(
          diagnostic: Diagnostic(
            .error, at: fields.location(.sex), "sex is not male, female, other or unknown", found: sex,
            hint: "map the source's codes under values: sex:"))
      }
    }
    patient.birthDay = try date(.birthDate, fields, dates)
    patient.deathDay = try date(.deathDate, fields, dates)
    patient.lastContactDay = try date(.lastContactDate, fields, dates)
    if let age = fields[.age] {
      guard let years = Double(age) else {
        throw RowProblem(
          diagnostic: Diagnostic(.error, at: fields.location(.age), "age is not a number", found: age))
      }
      patient.ageYears = years
    }
    if let birth = patient.birthDay, let death = patient.deathDay, death < birth {
      throw RowProblem(
        diagnostic: Diagnostic(
          .error, at: fields.location(.deathDate), "death date is before birth date",
          found: fields[.deathDate]))
    }
    patientBirths.updateValue(patient.birthDay, forKey: id)
    return patient
  }

  /// A date field as a day: a warning when partial, a ``RowProblem`` when unreadable.
  func date(_ field: ClinicalField, _ fields: Fields, _ dates: DateContext) throws -> Day? {
    guard let text = fields[field] else { return nil }
    guard let (day, partial) = dates.format.parse(text) else {
      throw RowProblem(
        diagnostic: Diagnostic(
          .error, at: fields.location(field), "\(field.name) is not a date",
          expected: "a date written \(dates.format)", found: text,
          hint: "check that the day exists (no 30 February) and that the column follows date_format"))
    }
    if partial {
      report(
        Diagnostic(
          .warning, at: fields.location(field), "\(field.name) is a partial date", found: text,
          hint: "placed mid-period: \(day.iso8601)"))
    }
    if let base = dates.base { return base + day.value }
    return day
  }

  func enumValue<Value: RawRepresentable & CaseIterable>(
    _ type: Value.Type, _ text: String, _ field: ClinicalField, _ fields: Fields
  ) throws -> Value where Value.RawValue == String {
    // Raw values are lower case: a cell (or mapped value) written so needs no lower-casing.
    if let value = Value(rawValue: text) ?? Value(rawValue: text.lowercased()) { return value }
    let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
    throw RowProblem(
      diagnostic: Diagnostic(
        .error, at: fields.location(field), "\(field.name) '\(text)' is not known", expected: allowed,
        hint: "map the source's values under values: \(field.name):"))
  }
}
