import OncoModel

extension FHIRSession {
  /// Coding systems and the CURIE prefix their codes get.
  static let curiePrefixes: [String: String] = [
    "http://snomed.info/sct": "SCTID",
    "http://hl7.org/fhir/sid/icd-10": "ICD10",
    "http://hl7.org/fhir/sid/icd-10-cm": "ICD10",
    "http://terminology.hl7.org/CodeSystem/icd-o-3": "ICDO3",
    "urn:oid:2.16.840.1.113883.6.43.1": "ICDO3",
    "http://ncimeta.nci.nih.gov": "NCIT",
    "http://ncit.nci.nih.gov": "NCIT",
    "http://oncotree.mskcc.org": "ONCOTREE",
    "http://loinc.org": "LOINC",
    "http://www.nlm.nih.gov/research/umls/rxnorm": "RXNORM",
  ]

  /// A coding as a CURIE (`SCTID:254637007`); an unknown system keeps `system|code`.
  static func curie(_ coding: FHIRJSON) -> String? {
    guard let code = coding.string("code") else { return nil }
    guard let system = coding.string("system") else { return code }
    if let prefix = curiePrefixes[system] { return "\(prefix):\(code)" }
    return "\(system)|\(code)"
  }

  func patient(_ resource: FHIRJSON, id: String, at here: TextLocation) -> Patient {
    var patient = Patient(id: id, source: source, location: here)
    switch resource.string("gender") {
    case "male": patient.sex = .male
    case "female": patient.sex = .female
    case "other": patient.sex = .other
    default: break
    }
    patient.birthDay = day(resource.string("birthDate"), "birthDate", at: here)
    if let deceased = resource.string("deceasedDateTime") {
      patient.deathDay = day(deceased, "deceasedDateTime", at: here)
    } else if resource.bool("deceasedBoolean") == true {
      patient.attributes["deceased"] = "true"
    }
    return patient
  }

  func specimen(_ resource: FHIRJSON, id: String, at here: TextLocation) -> Sample {
    var sample = Sample(id: id, patientID: "", location: here)
    if let type = resource["type"]?.conceptText?.lowercased() {
      if type.containsIgnoringCase("blood") || type.containsIgnoringCase("plasma") {
        sample.type = .blood
      } else if type.containsIgnoringCase("metasta") {
        sample.type = .metastasis
      } else if type.containsIgnoringCase("normal") {
        sample.type = .normal
      } else if type.containsIgnoringCase("tumor") || type.containsIgnoringCase("tumour") {
        sample.type = .primary
      }
    }
    sample.collectionDay = day(
      resource["collection"]?.string("collectedDateTime"), "collection.collectedDateTime", at: here)
    return sample
  }

  /// Condition → Diagnosis: codes as CURIEs, onset day, stage summary.
  mutating func condition(_ resource: FHIRJSON, at here: TextLocation, path: String) throws {
    guard let patientID = resolve(resource["subject"]) else {
      return reject(
        path,
        Diagnostic(
          .error, at: here, "Condition has no subject", hint: "a condition must reference its Patient"))
    }
    let code = resource["code"]
    var diagnosis = Diagnosis(
      patientID: patientID, codes: code?.codings.compactMap(FHIRSession.curie) ?? [],
      label: code?.conceptText,
      location: here)
    guard !diagnosis.codes.isEmpty || diagnosis.label != nil else {
      return reject(
        path,
        Diagnostic(
          .error, at: here, "Condition has no code", hint: "code.coding or code.text names the cancer"))
    }
    diagnosis.day = day(
      resource.string("onsetDateTime") ?? resource["onsetPeriod"]?.string("start"), "onsetDateTime", at: here)
    diagnosis.stage = resource.array("stage").first?["summary"]?.conceptText
    try ensurePatient(patientID, at: here)
    try emit(.diagnosis(diagnosis))
    accept(path)
  }

  /// MedicationStatement / MedicationAdministration → one TreatmentExposure.
  mutating func medication(_ resource: FHIRJSON, at here: TextLocation, path: String) throws {
    let type = resource.resourceType ?? "Medication"
    guard let patientID = resolve(resource["subject"]) else {
      return reject(path, Diagnostic(.error, at: here, "\(type) has no subject"))
    }
    if let status = resource.string("status"), ["not-taken", "entered-in-error"].contains(status) {
      return reject(
        path,
        Diagnostic(
          .error, at: here, "\(type) status is \(status)", hint: "only given treatments are exposures"))
    }
    guard
      let agent = resource["medicationCodeableConcept"]?.conceptText
        ?? resource["medicationReference"]?.string("display")
    else {
      return reject(
        path,
        Diagnostic(
          .error, at: here, "\(type) names no medication",
          hint: "medicationCodeableConcept.text or a coding display is needed"))
    }
    let period = resource["effectivePeriod"]
    let startText = resource.string("effectiveDateTime") ?? period?.string("start")
    guard let start = day(startText, "effective start", at: here) else {
      return reject(
        path,
        Diagnostic(
          .error, at: here, "\(type) has no start date",
          expected: "effectiveDateTime or effectivePeriod.start"))
    }
    let end = day(period?.string("end"), "effectivePeriod.end", at: here) ?? (period == nil ? start : nil)
    if let end, end < start {
      return reject(path, Diagnostic(.error, at: here, "\(type) ends before it starts", found: end.iso8601))
    }
    var exposure = TreatmentExposure(
      patientID: patientID, agent: agent, startDay: start, endDay: end, location: here)
    if let coding = resource["medicationCodeableConcept"]?.codings.first {
      exposure.concept = FHIRSession.curie(coding)
    }
    try ensurePatient(patientID, at: here)
    try emit(.treatment(exposure))
    accept(path)
  }
}
