import OncoModel

/// The state of one reading of FHIR files: reference index, patients seen, counts per file.
struct FHIRSession {
  /// A Specimen waiting for every patient to be known.
  struct PendingSpecimen {
    var sample: Sample
    var subject: String?
    var path: String
  }

  let source: String
  let emit: (SourceRecord) throws -> Void
  let report: (Diagnostic) -> Void

  var counts: [String: ReadCounts] = [:]
  /// The name shown for a path in locations (a page's URL for a server read).
  var displayNames: [String: String] = [:]
  /// Reference (`urn:uuid:…`, `Patient/1`) → resource id.
  var references: [String: String] = [:]
  var patients: Set<String> = []
  var samples: Set<String> = []
  var pendingSpecimens: [PendingSpecimen] = []
  /// `Type/id` of resources already read in the second pass, to drop repeats.
  var seen: Set<String> = []

  init(source: String, emit: @escaping (SourceRecord) throws -> Void, report: @escaping (Diagnostic) -> Void)
  {
    self.source = source
    self.emit = emit
    self.report = report
  }

  mutating func accept(_ path: String) { counts[path, default: ReadCounts()].accept() }

  mutating func reject(_ path: String, _ diagnostic: Diagnostic) {
    report(diagnostic)
    counts[path, default: ReadCounts()].reject()
  }

  /// The resource's id, else the uuid of its `urn:uuid:` full URL.
  static func id(of resource: FHIRJSON) -> String? {
    if let id = resource.string("id") { return id }
    guard let url = resource.string("_fullUrl") else { return nil }
    return url.hasPrefix("urn:uuid:") ? String(url.dropFirst("urn:uuid:".count)) : url
  }

  /// The id a reference points to: through the index, else its last path segment.
  func resolve(_ reference: FHIRJSON?) -> String? {
    guard let reference else { return nil }
    if let text = reference.string("reference") {
      if let id = references[text] { return id }
      if text.hasPrefix("urn:uuid:") { return String(text.dropFirst("urn:uuid:".count)) }
      return text.split(separator: "/").last.map(String.init)
    }
    return reference["identifier"]?.string("value")
  }

  /// First pass over a file: indexes patients and specimens, emits patients.
  ///
  /// Specimens wait for every patient to be known. Only those two types are indexed, so memory
  /// grows with patients and specimens, not with observations.
  mutating func index(_ path: String) throws {
    let name = displayNames[path] ?? path
    try FHIRReader.forEachResource(path, name: name, mentioning: ["\"Patient\"", "\"Specimen\""]) { item in
      // Malformed lines are counted in the second pass.
      guard case .resource(let resource, let here) = item else { return }
      guard let type = resource.resourceType, type == "Patient" || type == "Specimen" else { return }
      guard let id = FHIRSession.id(of: resource) else {
        return reject(
          path, Diagnostic(.error, at: here, "\(type) has no id", hint: "records refer to it by id"))
      }
      references["\(type)/\(id)"] = id
      if let url = resource.string("_fullUrl") { references[url] = id }
      switch type {
      case "Patient":
        guard !patients.contains(id) else { return }
        patients.insert(id)
        try emit(.patient(patient(resource, id: id, at: here)))
        accept(path)
      case "Specimen":
        guard !samples.contains(id) else { return }
        samples.insert(id)
        pendingSpecimens.append(
          PendingSpecimen(sample: specimen(resource, id: id, at: here), subject: nil, path: path))
        pendingSpecimens[pendingSpecimens.count - 1].subject = resource["subject"]?.string("reference")
      default: break
      }
    }
  }

  /// Emits the samples of every Specimen once all patients are known.
  mutating func emitSpecimens() throws {
    for pending in pendingSpecimens {
      var sample = pending.sample
      guard let subject = pending.subject,
        let patientID = references[subject] ?? resolve(FHIRJSON(["reference": subject] as [String: Any]))
      else {
        reject(
          pending.path,
          Diagnostic(
            .error, at: sample.location ?? TextLocation(file: pending.path), "Specimen has no subject",
            hint: "a specimen must reference its Patient"))
        continue
      }
      sample.patientID = patientID
      try ensurePatient(patientID, at: sample.location ?? TextLocation(file: pending.path))
      try emit(.sample(sample))
      accept(pending.path)
    }
    pendingSpecimens.removeAll()
  }

  /// Emits a bare patient, with a warning, for a subject no Patient resource describes.
  mutating func ensurePatient(_ id: String, at here: TextLocation) throws {
    guard patients.insert(id).inserted else { return }
    report(
      Diagnostic(
        .warning, at: here, "patient \(id) is referenced but no Patient resource describes it",
        hint: "created with no attributes"))
    try emit(.patient(Patient(id: id, source: source, location: here)))
  }

  /// Emits a bare sample for an id no Specimen resource describes.
  mutating func ensureSample(_ id: String, patientID: String, at here: TextLocation) throws {
    guard samples.insert(id).inserted else { return }
    try emit(.sample(Sample(id: id, patientID: patientID, location: here)))
  }

  /// Second pass over a file: everything but patients and specimens.
  mutating func readRecords(_ path: String) throws {
    var passedOver: [String: Int] = [:]
    try FHIRReader.forEachResource(path, name: displayNames[path] ?? path) { item in
      guard case .resource(let resource, let here) = item else {
        if case .malformed(let problem) = item { reject(path, problem) }
        return
      }
      guard let type = resource.resourceType else {
        return reject(path, Diagnostic(.error, at: here, "resource has no resourceType"))
      }
      // Documents (genomics-operations responses) may repeat a resource; NDJSON exports do not,
      // and are not tracked, so memory stays flat in their size.
      if !FHIRReader.isNDJSON(path), let id = FHIRSession.id(of: resource),
        !seen.insert("\(type)/\(id)").inserted
      {
        report(Diagnostic(.warning, at: here, "\(type)/\(id) appears again", hint: "the first copy was read"))
        return
      }
      switch type {
      case "Patient", "Specimen": return
      case "Condition": try condition(resource, at: here, path: path)
      case "MedicationStatement", "MedicationAdministration": try medication(resource, at: here, path: path)
      case "Observation":
        if try !observation(resource, at: here, path: path) {
          passedOver["Observation \(FHIRSession.profileName(resource))", default: 0] += 1
        }
      default: passedOver[type, default: 0] += 1
      }
    }
    if !passedOver.isEmpty {
      let list = passedOver.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
      report(
        Diagnostic(
          .warning, at: TextLocation(file: displayNames[path] ?? path), "resources not read: \(list)",
          hint:
            "OncoCohort reads patients, conditions, specimens, variants, TMB/MSI, disease status and medications"
        ))
    }
  }

  static func profileName(_ resource: FHIRJSON) -> String {
    let profile = (resource["meta"]?.object["profile"] as? [String])?.first
    return profile?.split(separator: "/").last.map(String.init) ?? resource["code"]?.conceptText
      ?? "without profile"
  }

  /// The calendar day of a date element, with a warning for a partial date; `nil` (with a
  /// warning) when the text is not a FHIR date.
  func day(_ text: String?, _ element: String, at here: TextLocation) -> Day? {
    guard let text else { return nil }
    guard let (day, partial) = FHIRDate.day(text) else {
      report(
        Diagnostic(
          .warning, at: here, "\(element) is not a FHIR date", expected: "YYYY, YYYY-MM or YYYY-MM-DD",
          found: text, hint: "the date was left out"))
      return nil
    }
    if partial {
      report(
        Diagnostic(
          .warning, at: here, "\(element) is a partial date", found: text,
          hint: "placed mid-period: \(day.iso8601)"))
    }
    return day
  }
}
