import OncoModel

extension CBioPortalStudySession {
  /// Reads a clinical patient file: one `Patient` per row, plus DFS/PFS events and diagnoses.
  mutating func readPatients(_ path: String) throws -> ReadCounts {
    hasPatientFile = true
    var counts = ReadCounts()
    try readTable(path, required: ["PATIENT_ID"]) { columns, row in
      guard let id = columns.value(row.fields, "PATIENT_ID") else {
        report(Diagnostic(.error, at: location(path, row, columns, "PATIENT_ID"), "PATIENT_ID is empty"))
        counts.reject()
        return
      }
      guard !patientRows.contains(id) else {
        report(
          Diagnostic(
            .error, at: location(path, row, columns, "PATIENT_ID"), "patient \(id) is listed twice",
            hint: "the first row was kept"))
        counts.reject()
        return
      }
      patientRows.insert(id)
      patients.insert(id)
      let here = location(path, row, columns)
      var patient = Patient(id: id, source: source, location: here)
      fillDemographics(&patient, columns, row)
      var events: [ClinicalEvent] = []
      for (prefix, outcome) in survivalPairs(columns) {
        guard let (happened, day) = survival(prefix, columns, row, path) else { continue }
        switch (prefix, happened) {
        case ("OS", true): patient.deathDay = Day(day)
        case ("OS", false): patient.lastContactDay = Day(day)
        case (_, true):
          if let outcome {
            let status = columns.value(row.fields, "\(prefix)_STATUS") ?? ""
            events.append(
              ClinicalEvent(
                patientID: id, kind: outcome, day: Day(day), detail: "\(prefix)_STATUS=\(status)",
                location: location(path, row, columns, "\(prefix)_STATUS")))
          }
        default: break
        }
      }
      try emit(.patient(patient))
      for event in events { try emit(.event(event)) }
      if let stage = stage(columns, row) { stageByPatient[id] = stage }
      try emitDiagnosis(patientID: id, columns, row, path)
      counts.accept()
    }
    return counts
  }

  /// Reads a clinical sample file: one `Sample` per row (with its panel), plus diagnoses.
  mutating func readSamples(_ path: String) throws -> ReadCounts {
    hasSampleFile = true
    var counts = ReadCounts()
    try readTable(path, required: ["PATIENT_ID", "SAMPLE_ID"]) { columns, row in
      guard let patientID = columns.value(row.fields, "PATIENT_ID"),
        let sampleID = columns.value(row.fields, "SAMPLE_ID")
      else {
        let column = columns.value(row.fields, "PATIENT_ID") == nil ? "PATIENT_ID" : "SAMPLE_ID"
        report(Diagnostic(.error, at: location(path, row, columns, column), "\(column) is empty"))
        counts.reject()
        return
      }
      guard !samples.contains(sampleID) else {
        report(
          Diagnostic(
            .error, at: location(path, row, columns, "SAMPLE_ID"), "sample \(sampleID) is listed twice",
            hint: "the first row was kept"))
        counts.reject()
        return
      }
      if !patients.contains(patientID) {
        if hasPatientFile {
          report(
            Diagnostic(
              .warning, at: location(path, row, columns, "PATIENT_ID"),
              "patient \(patientID) is not in the clinical patient file",
              hint: "created with no attributes, as cBioPortal's importer does"))
        }
        try createPatient(
          patientID, at: location(path, row, columns),
          unlessDeclaredBy: "clinical patient file", createdFrom: "sample file")
      }
      samples.insert(sampleID)
      var sample = Sample(id: sampleID, patientID: patientID, location: location(path, row, columns))
      if let type = columns.value(row.fields, "SAMPLE_TYPE") {
        sample.type = CBioPortalStudySession.sampleType(type)
      }
      sample.panel = panelBySample[sampleID]?.panel
      sample.collectionDay = specimenDayBySample[sampleID]
      try emit(.sample(sample))
      try emitDiagnosis(patientID: patientID, columns, row, path)
      counts.accept()
    }
    return counts
  }

  func fillDemographics(_ patient: inout Patient, _ columns: TableColumns, _ row: DelimitedReader.Row) {
    for (position, name) in columns.names.enumerated() where name != "PATIENT_ID" {
      if let value = columns.value(row.fields, at: position) { patient.attributes[name] = value }
    }
    if let age = columns.value(row.fields, "AGE").flatMap(Double.init) { patient.ageYears = age }
    if let sex = columns.value(row.fields, "SEX") ?? columns.value(row.fields, "GENDER") {
      patient.sex = CBioPortalStudySession.sex(sex)
    }
  }

  /// The `X_STATUS`/`X_MONTHS` pairs of a header, with the event kind each gives (DFS, PFS).
  func survivalPairs(_ columns: TableColumns) -> [(String, ClinicalEvent.Kind?)] {
    columns.names.compactMap { name -> (String, ClinicalEvent.Kind?)? in
      guard name.uppercased().hasSuffix("_STATUS") else { return nil }
      let prefix = String(name.dropLast("_STATUS".count)).uppercased()
      guard columns.index(of: "\(prefix)_MONTHS") != nil else { return nil }
      switch prefix {
      case "PFS": return (prefix, .progression)
      case "DFS", "RFS": return (prefix, .recurrence)
      default: return (prefix, nil)
      }
    }
  }

  /// Whether the event of a survival pair happened and on which day, or `nil` when the pair is
  /// incomplete (a warning says why when a value is malformed).
  func survival(
    _ prefix: String, _ columns: TableColumns, _ row: DelimitedReader.Row, _ path: String
  ) -> (Bool, Int)? {
    guard let status = columns.value(row.fields, "\(prefix)_STATUS"),
      let monthsText = columns.value(row.fields, "\(prefix)_MONTHS")
    else { return nil }
    guard let happened = CBioPortalStudySession.statusHappened(status) else {
      report(
        Diagnostic(
          .warning, at: location(path, row, columns, "\(prefix)_STATUS"),
          "\(prefix)_STATUS is not a status", expected: "'1:…' (event) or '0:…' (censored)",
          found: status, hint: "kept as an attribute only"))
      return nil
    }
    guard let months = Double(monthsText), months >= 0, months.isFinite else {
      report(
        Diagnostic(
          .warning, at: location(path, row, columns, "\(prefix)_MONTHS"),
          "\(prefix)_MONTHS is not a non-negative number", expected: "months", found: monthsText,
          hint: "kept as an attribute only"))
      return nil
    }
    return (happened, Day.days(fromMonths: months))
  }

  /// Emits a diagnosis from `ONCOTREE_CODE`/`CANCER_TYPE(_DETAILED)`, once per patient and content,
  /// on day 0 of the study's relative axis, with the row's stage, else the patient file's.
  mutating func emitDiagnosis(
    patientID: String, _ columns: TableColumns, _ row: DelimitedReader.Row, _ path: String
  ) throws {
    let code = columns.value(row.fields, "ONCOTREE_CODE")
    let label = columns.value(row.fields, "CANCER_TYPE_DETAILED") ?? columns.value(row.fields, "CANCER_TYPE")
    guard code != nil || label != nil else { return }
    // cBioPortal's file-format documentation (docs/File-Formats.md, "Timeline Data") counts
    // timeline START_DATE/STOP_DATE "in days from the date of diagnosis (which will act as point
    // zero on the timeline scale)", and OS_MONTHS is "overall survival in months since initial
    // diagnosis": the diagnosis is day 0 of the study's axis by definition, so it gets that day
    // rather than none (which left cohorts indexed on diagnosis without an index day).
    var diagnosis = Diagnosis(
      patientID: patientID, codes: code.map { ["ONCOTREE:\($0.uppercased())"] } ?? [], label: label,
      day: Day(0))
    // Seen without its stage: samples of one tumour staged differently (a metastasis sample
    // marked IV) stay one diagnosis, with the first row's stage.
    guard diagnosesSeen.insert(diagnosis).inserted else { return }
    // The sample row's own stage, else the patient's: a patient-level stage then reaches the
    // diagnosis that the sample file's cancer type gives.
    diagnosis.stage = stage(columns, row) ?? stageByPatient[patientID]
    diagnosis.location = location(path, row, columns, code != nil ? "ONCOTREE_CODE" : nil)
    try emit(.diagnosis(diagnosis))
  }

  /// `1:DECEASED` → true, `0:LIVING` → false; bare words are read by meaning.
  static func statusHappened(_ status: String) -> Bool? {
    let head = status.split(separator: ":", maxSplits: 1).first.map(String.init) ?? status
    if head == "1" { return true }
    if head == "0" { return false }
    let word = status.lowercased()
    if ["deceased", "dead", "recurred", "progressed", "recurred/progressed", "event"].contains(word) {
      return true
    }
    if ["living", "alive", "diseasefree", "disease free", "censored", "progressionfree"].contains(word) {
      return false
    }
    return nil
  }

  static func sex(_ text: String) -> Patient.Sex {
    switch text.lowercased() {
    case "male", "m": return .male
    case "female", "f": return .female
    case "other": return .other
    default: return .unknown
    }
  }

  static func sampleType(_ text: String) -> Sample.SampleType {
    let lower = text.lowercased()
    if lower.containsIgnoringCase("metasta") { return .metastasis }
    if lower.containsIgnoringCase("recurr") || lower.containsIgnoringCase("relapse") { return .recurrence }
    if lower.containsIgnoringCase("primary") { return .primary }
    if lower.containsIgnoringCase("blood") || lower.containsIgnoringCase("plasma")
      || lower.containsIgnoringCase("cfdna")
    {
      return .blood
    }
    if lower.containsIgnoringCase("normal") { return .normal }
    return .unknown
  }
}
