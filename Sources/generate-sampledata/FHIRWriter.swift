import OncoModel

/// Writes the hospital's FHIR R4 bulk export (NDJSON, one resource per line, one file per
/// resource type): Patient, Condition (ICD-10 + ICD-O-3), Specimen (links each VCF sample to its
/// patient), MedicationStatement (French drug names), and Observations: disease status
/// (progression, and the last visit of patients alive) and copy-number variants (amplifications,
/// which the VCFs of the SNV/indel caller do not hold).
///
/// Deliberate problem: one MedicationStatement has status `entered-in-error`, which the import
/// rejects.
struct FHIRWriter {
  let patients: [SimulatedPatient]

  func write(to folder: OutputFolder) throws {
    var patientLines = ""
    var conditions = ""
    var specimens = ""
    var medications = ""
    var observations = ""
    var errorWritten = false
    for p in patients {
      let date = { (day: Int) in Day(p.diagnosisDate + day).iso8601 }
      var patient: [(String, JSONText)] = [
        ("resourceType", .string("Patient")), ("id", .string(p.id)),
        (
          "identifier",
          .array([.object([("system", .string("urn:oncocohort:hospital:ipp")), ("value", .string(p.id))])])
        ),
        ("gender", .string(p.female ? "female" : "male")),
        ("birthDate", .string(Day(p.birthDate).iso8601)),
      ]
      if let death = p.deathDay { patient.append(("deceasedDateTime", .string(date(death)))) }
      patientLines += JSONText.object(patient).rendered + "\n"

      let morphology = p.cancer.icdo3
      conditions +=
        JSONText.object([
          ("resourceType", .string("Condition")), ("id", .string("cond-\(p.id)")),
          (
            "code",
            .object([
              (
                "coding",
                .array([
                  .object([("system", .string("http://hl7.org/fhir/sid/icd-10")), ("code", .string(p.icd10))]
                  ),
                  .object([
                    ("system", .string("http://terminology.hl7.org/CodeSystem/icd-o-3")),
                    ("code", .string(morphology.code)),
                    ("display", .string(morphology.label)),
                  ]),
                ])
              ),
              ("text", .string(p.cancer.frenchLabel)),
            ])
          ),
          ("subject", .reference("Patient/\(p.id)")), ("onsetDateTime", .string(date(0))),
          ("stage", .array([.object([("summary", .object([("text", .string(p.stage))]))])])),
        ]).rendered + "\n"

      let site =
        p.metastaticSite == "Primary tumor"
        ? "Tumour tissue, primary" : "Metastasis (\(p.metastaticSite.lowercased()))"
      specimens += specimen(id: p.sampleID, patient: p.id, type: site, day: date(p.sequencingDay))
      if p.pairedNormal {
        specimens += specimen(
          id: p.id + "-N", patient: p.id, type: "Normal blood", day: date(p.sequencingDay))
      }

      for (index, e) in p.exposures.sorted(by: { ($0.start, $0.drug) < ($1.start, $1.drug) }).enumerated() {
        var period: [(String, JSONText)] = [("start", .string(date(e.start)))]
        if let end = e.end { period.append(("end", .string(date(end)))) }
        let inError = !errorWritten && p.number >= 5 && index == 0
        errorWritten = errorWritten || inError
        medications +=
          JSONText.object([
            ("resourceType", .string("MedicationStatement")), ("id", .string("med-\(p.id)-\(index + 1)")),
            ("status", .string(inError ? "entered-in-error" : e.end == nil ? "active" : "completed")),
            ("medicationCodeableConcept", .object([("text", .string(DrugNames.hospital(e.drug)))])),
            ("subject", .reference("Patient/\(p.id)")), ("effectivePeriod", .object(period)),
          ]).rendered + "\n"
        if inError {
          // The same exposure re-entered correctly, as a clinician would after the mistake.
          medications +=
            JSONText.object([
              ("resourceType", .string("MedicationStatement")), ("id", .string("med-\(p.id)-\(index + 1)b")),
              ("status", .string(e.end == nil ? "active" : "completed")),
              ("medicationCodeableConcept", .object([("text", .string(DrugNames.hospital(e.drug)))])),
              ("subject", .reference("Patient/\(p.id)")), ("effectivePeriod", .object(period)),
            ]).rendered + "\n"
        }
      }

      var statusNumber = 0
      func status(_ day: Int, _ code: String, _ display: String) {
        statusNumber += 1
        observations +=
          JSONText.object([
            ("resourceType", .string("Observation")), ("id", .string("status-\(p.id)-\(statusNumber)")),
            ("status", .string("final")),
            ("code", .concept("http://loinc.org", "97509-4", "Cancer disease progression")),
            ("subject", .reference("Patient/\(p.id)")), ("effectiveDateTime", .string(date(day))),
            ("valueCodeableConcept", .concept("http://snomed.info/sct", code, display)),
          ]).rendered + "\n"
      }
      for day in p.progressionDays.sorted() { status(day, "271299001", "Patient's condition worsened") }
      if p.deathDay == nil { status(p.lastContactDay, "359746009", "Patient's condition stable") }

      for case .amplification(let gene) in p.reported {
        observations += copyNumber(p, gene: gene, day: date(p.sequencingDay))
      }
    }
    let prefix = "hospital/fhir/"
    try folder.write(prefix + "Patient.ndjson", patientLines)
    try folder.write(prefix + "Condition.ndjson", conditions)
    try folder.write(prefix + "Specimen.ndjson", specimens)
    try folder.write(prefix + "MedicationStatement.ndjson", medications)
    try folder.write(prefix + "Observation.ndjson", observations)
  }

  private func specimen(id: String, patient: String, type: String, day: String) -> String {
    JSONText.object([
      ("resourceType", .string("Specimen")), ("id", .string(id)),
      ("subject", .reference("Patient/\(patient)")),
      ("type", .object([("text", .string(type))])),
      ("collection", .object([("collectedDateTime", .string(day))])),
    ]).rendered + "\n"
  }

  private func copyNumber(_ p: SimulatedPatient, gene: String, day: String) -> String {
    let hgnc = ["ERBB2": "HGNC:3430", "MET": "HGNC:7029"][gene] ?? gene
    let component = { (code: String, display: String, value: JSONText, key: String) -> JSONText in
      .object([("code", .concept("http://loinc.org", code, display)), (key, value)])
    }
    return JSONText.object([
      ("resourceType", .string("Observation")), ("id", .string("cnv-\(p.sampleID)-\(gene)")),
      (
        "meta",
        .object([
          (
            "profile",
            .array([.string("http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant")])
          )
        ])
      ),
      ("status", .string("final")),
      ("code", .concept("http://loinc.org", "69548-6", "Genetic variant assessment")),
      ("subject", .reference("Patient/\(p.id)")), ("effectiveDateTime", .string(day)),
      ("specimen", .reference("Specimen/\(p.sampleID)")),
      ("valueCodeableConcept", .concept("http://loinc.org", "LA9633-4", "Present")),
      (
        "component",
        .array([
          component(
            "48018-6", "Gene studied [ID]", .concept("http://www.genenames.org/geneId", hgnc, gene),
            "valueCodeableConcept"),
          component(
            "82155-3", "Genomic structural variant copy number", .object([("value", .int(9))]),
            "valueQuantity"),
          component(
            "48002-0", "Genomic source class", .concept("http://loinc.org", "LA6684-0", "Somatic"),
            "valueCodeableConcept"),
        ])
      ),
    ]).rendered + "\n"
  }
}
