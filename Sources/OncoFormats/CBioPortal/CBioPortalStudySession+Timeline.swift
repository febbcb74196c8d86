import OncoModel

extension CBioPortalStudySession {
  /// Reads a timeline file: treatments (one exposure per agent), surgery, status events,
  /// specimens, lab tests and imaging, all in days from the study's day 0.
  mutating func readTimeline(_ path: String) throws -> ReadCounts {
    var counts = ReadCounts()
    try readTable(path, required: ["PATIENT_ID", "START_DATE", "EVENT_TYPE"]) { columns, row in
      let here = location(path, row, columns)
      func reject(
        _ column: String?, _ message: String, expected: String? = nil, found: String? = nil,
        hint: String? = nil
      ) {
        report(
          Diagnostic(
            .error, at: location(path, row, columns, column), message, expected: expected, found: found,
            hint: hint))
        counts.reject()
      }
      guard let patientID = columns.value(row.fields, "PATIENT_ID") else {
        return reject("PATIENT_ID", "PATIENT_ID is empty")
      }
      if !patients.contains(patientID) {
        if hasPatientFile || hasSampleFile {
          return reject(
            "PATIENT_ID", "patient \(patientID) is not in the study's clinical files",
            hint: "add the patient to the clinical patient file")
        }
        try createPatient(
          patientID, at: here, unlessDeclaredBy: "clinical patient or sample file", createdFrom: "timeline")
      }
      let startText = columns.value(row.fields, "START_DATE") ?? ""
      guard let start = CBioPortalStudySession.dayNumber(startText) else {
        return reject(
          "START_DATE", "START_DATE is not a day number", expected: "an integer", found: startText)
      }
      var stop: Int?
      if let stopText = columns.value(row.fields, "STOP_DATE") {
        guard let value = CBioPortalStudySession.dayNumber(stopText) else {
          return reject("STOP_DATE", "STOP_DATE is not a day number", expected: "an integer", found: stopText)
        }
        guard value >= start else {
          return reject(
            "STOP_DATE", "STOP_DATE is before START_DATE", expected: "a day ≥ \(start)", found: stopText)
        }
        stop = value
      }
      let eventType = (columns.value(row.fields, "EVENT_TYPE") ?? "").uppercased()
      let records = timelineRecords(
        eventType, patientID: patientID, start: Day(start), stop: stop.map(Day.init), columns, row.fields,
        here)
      guard !records.isEmpty else {
        return reject("AGENT", "TREATMENT row names no agent, treatment type or subtype")
      }
      for record in records { try emit(record) }
      counts.accept()
    }
    return counts
  }

  /// The records one timeline row gives, by its `EVENT_TYPE`.
  func timelineRecords(
    _ eventType: String, patientID: String, start: Day, stop: Day?, _ columns: TableColumns,
    _ row: [String], _ here: TextLocation
  ) -> [SourceRecord] {
    func value(_ name: String) -> String? { columns.value(row, name) }
    func details(_ names: [String]) -> String? {
      let parts = names.compactMap { name in value(name).map { "\(name)=\($0)" } }
      return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
    switch eventType {
    case "TREATMENT", "SURGERY":
      let treatmentType = value("TREATMENT_TYPE")
      let subtype = value("SUBTYPE")
      let modality: TreatmentExposure.Modality =
        eventType == "SURGERY"
        ? .surgery : CBioPortalStudySession.modality([treatmentType, subtype, value("AGENT")])
      var agents = (value("AGENT") ?? "").split(separator: "+").map { String($0).trimmingSpaces }
        .filter { !$0.isEmpty }
      if agents.isEmpty {
        let fallback =
          value("EVENT_TYPE_DETAILED") ?? subtype ?? treatmentType
          ?? (eventType == "SURGERY" ? "surgery" : nil)
        agents = fallback.map { [$0] } ?? []
      }
      return agents.map {
        .treatment(
          TreatmentExposure(
            patientID: patientID, agent: $0, modality: modality, startDay: start, endDay: stop,
            location: here))
      }
    case "STATUS":
      let status = value("STATUS") ?? value("SUBTYPE")
      let kind = status.map(CBioPortalStudySession.statusKind) ?? .other
      return [
        .event(ClinicalEvent(patientID: patientID, kind: kind, day: start, detail: status, location: here))
      ]
    case "SPECIMEN":
      let detail = details(["SAMPLE_ID", "SPECIMEN_SITE", "SPECIMEN_TYPE", "SOURCE"])
      return [
        .event(
          ClinicalEvent(patientID: patientID, kind: .specimen, day: start, detail: detail, location: here))
      ]
    default:
      let extra = columns.names.filter {
        !["PATIENT_ID", "START_DATE", "STOP_DATE", "EVENT_TYPE"].contains($0.uppercased())
      }
      let detail = [eventType] + (details(extra).map { [$0] } ?? [])
      return [
        .event(
          ClinicalEvent(
            patientID: patientID, kind: .other, day: start, detail: detail.joined(separator: ": "),
            location: here))
      ]
    }
  }

  /// A timeline day: an integer, or a decimal rounded to the nearest day.
  static func dayNumber(_ text: String) -> Int? {
    if let value = Int(text) { return value }
    guard let value = Double(text), value.isFinite, abs(value) < 1e9 else { return nil }
    return Int(value.rounded())
  }

  /// Radiation/XRT → radiotherapy, surgery/resection → surgery, anything else systemic.
  static func modality(_ texts: [String?]) -> TreatmentExposure.Modality {
    let words = texts.compactMap { $0 }
    let radiation = words.contains {
      $0.containsIgnoringCase("radiat") || $0.containsIgnoringCase("radiother")
        || ($0.utf8.count == 3 && $0.containsIgnoringCase("xrt"))
    }
    if radiation { return .radiotherapy }
    if words.contains(where: { $0.containsIgnoringCase("surg") || $0.containsIgnoringCase("resection") }) {
      return .surgery
    }
    return .systemic
  }

  /// The event kind a STATUS value names (`radiographic_progression` → progression).
  static func statusKind(_ status: String) -> ClinicalEvent.Kind {
    let lower = status.lowercased()
    if lower.containsIgnoringCase("progress") { return .progression }
    if lower.containsIgnoringCase("recur") || lower.containsIgnoringCase("relapse") { return .recurrence }
    if lower.containsIgnoringCase("death") || lower.containsIgnoringCase("deceased")
      || lower.containsIgnoringCase("died")
    {
      return .death
    }
    if lower.containsIgnoringCase("response") || lower.containsIgnoringCase("remission")
      || lower.containsIgnoringCase("stable")
    {
      return .response
    }
    return .other
  }
}
