import OncoModel

/// Writes the industry partner's dataset: a GDC-style MAF and clinical CSV tables (US dates,
/// ICD-10 codes with the ICD-O-3 morphology beside them, brand drug names), with the YAML mapping
/// that tells OncoCohort which column is which.
///
/// Deliberate problems: a treatment named `Tagriso` (a misspelt brand, which the import keeps but
/// lists as an unmapped drug code); a sample row of a patient the patient table does not list
/// (`IND-99999`), rejected with its MAF row; and a MAF row whose `t_alt_count` is `seventy`,
/// rejected by the MAF reader.
struct IndustryWriter {
  let patients: [SimulatedPatient]

  static let mapping = """
    # Column mapping of the industry partner's export (clinical-tables format, docs/clinical-tables.md).
    source: industry
    tables:
      patients:
        file: patients.csv
        date_format: mm/dd/yyyy
        columns:
          patient_id: SUBJID
          sex: SEX
          birth_date: BRTHDTC
          death_date: DTHDTC
          last_contact_date: LSTCNDTC
        values:
          sex: {M: male, F: female}
      diagnoses:
        file: diagnoses.csv
        date_format: mm/dd/yyyy
        code_prefix: ICD10
        columns:
          patient_id: SUBJID
          code: ICD10
          label: DIAGNOSIS
          date: DIAGDTC
          advanced_date: ADVDTC
          stage: STAGE
      samples:
        file: samples.csv
        date_format: mm/dd/yyyy
        columns:
          sample_id: SAMPLEID
          patient_id: SUBJID
          type: SPECTYPE
          assay: ASSAY
          date: REPORTDTC
        values:
          type: {PRIMARY: primary, METASTATIC: metastasis}
      treatments:
        file: treatments.csv
        date_format: mm/dd/yyyy
        columns:
          patient_id: SUBJID
          agent: CMTRT
          start_date: CMSTDTC
          end_date: CMENDTC
      events:
        file: events.csv
        date_format: mm/dd/yyyy
        columns:
          patient_id: SUBJID
          kind: EVENT
          date: EVENTDTC
          detail: METHOD
        values:
          kind: {PD: progression}

    """

  func write(to folder: OutputFolder) throws {
    let usDate = { (day: Int) -> String in
      let (y, m, d) = Day(day).calendarDate
      return (m < 10 ? "0" : "") + "\(m)/" + (d < 10 ? "0" : "") + "\(d)/\(y)"
    }
    var patientsCSV = "SUBJID,SEX,BRTHDTC,DTHDTC,LSTCNDTC\n"
    var diagnoses = "SUBJID,ICD10,ICDO3,DIAGNOSIS,DIAGDTC,ADVDTC,STAGE\n"
    var samples = "SAMPLEID,SUBJID,SPECTYPE,ASSAY,REPORTDTC\n"
    var treatments = "SUBJID,CMTRT,CMSTDTC,CMENDTC\n"
    var events = "SUBJID,EVENT,EVENTDTC,METHOD\n"
    var maf = MAFTable(center: "PHARMA-RWD", chrPrefix: true)
    var misspelt = false
    var malformed = false
    for p in patients {
      let date = { (day: Int) in usDate(p.diagnosisDate + day) }
      let death = p.deathDay.map(date) ?? ""
      patientsCSV +=
        "\(p.id),\(p.female ? "F" : "M"),\(usDate(p.birthDate)),\(death),\(date(p.lastContactDay))\n"
      let morphology = p.cancer.icdo3
      diagnoses +=
        "\(p.id),\(p.icd10),\(morphology.code),\"\(p.cancer.detailed) (\(morphology.label))\",\(date(0)),\(date(0)),\(p.stage)\n"
      let type = p.metastaticSite == "Primary tumor" ? "PRIMARY" : "METASTATIC"
      samples += "\(p.sampleID),\(p.id),\(type),comprehensive genomic profiling,\(date(p.sequencingDay))\n"
      for e in p.exposures.sorted(by: { ($0.start, $0.drug) < ($1.start, $1.drug) }) {
        var name = DrugNames.industry(e.drug)
        if !misspelt, name == "Tagrisso" {
          name = "Tagriso"
          misspelt = true
        }
        treatments += "\(p.id),\(name),\(date(e.start)),\(e.end.map(date) ?? "")\n"
      }
      for day in p.progressionDays.sorted() { events += "\(p.id),PD,\(date(day)),RECIST 1.1\n" }
      for case .small(let variant, let vaf, let depth) in p.reported {
        maf.add(variant, sample: p.sampleID, normal: p.id + "-N1", vaf: vaf, depth: depth)
      }
      if !malformed, p.carries("KRAS") {
        maf.add(
          GeneCatalog.tp53[2], sample: p.sampleID, normal: p.id + "-N1", vaf: 0.2, depth: 350,
          altCount: "seventy")
        malformed = true
      }
    }
    // A sample of a patient the patient table does not list, and its mutation.
    samples += "IND-99999-S1,IND-99999,PRIMARY,comprehensive genomic profiling,03/15/2021\n"
    maf.add(GeneCatalog.egfrL858R, sample: "IND-99999-S1", normal: "IND-99999-N1", vaf: 0.33, depth: 512)
    let prefix = "industry/"
    try folder.write(prefix + "mapping.yaml", Self.mapping)
    try folder.write(prefix + "patients.csv", patientsCSV)
    try folder.write(prefix + "diagnoses.csv", diagnoses)
    try folder.write(prefix + "samples.csv", samples)
    try folder.write(prefix + "treatments.csv", treatments)
    try folder.write(prefix + "events.csv", events)
    try folder.write(prefix + "variants.maf", maf.text)
  }
}
