import OncoQuery

/// The three output formats of `oncocohort build`.
struct CohortRendering {
  let cohort: Cohort
  let querySHA256: String?
  let pseudonymizer: Pseudonymizer?

  /// The patient's id as printed: its pseudonym when pseudonymising.
  func id(_ patient: CohortPatient) -> String {
    pseudonymizer?.pseudonym(source: patient.source, patientID: patient.id) ?? patient.id
  }

  /// The `oncocohort.build/1` document.
  ///
  /// Keys `name`, `query_sha256`, `attrition`, `patients`; each patient's
  /// `group` is its first group or `null`, `groups` all of them, `coverage_assumed` whether a
  /// selected sample had no known gene panel. Selected sample ids are left out when pseudonymising.
  func json() -> String {
    let attrition = cohort.attrition.map { step in
      JSONWriter.object([
        "step": JSONWriter.quoted(step.label), "remaining": String(step.remaining),
        "excluded": String(step.excluded), "not_assessed": String(step.notAssessed),
      ])
    }
    var text = "{" + "\"schema\":\"oncocohort.build/1\",\"name\":\(JSONWriter.quoted(cohort.name)),"
    text += "\"query_sha256\":\(JSONWriter.string(querySHA256)),\"pseudonymised\":\(pseudonymizer != nil),"
    text += "\"attrition\":" + JSONWriter.array(attrition) + ",\"patients\":["
    for (number, patient) in cohort.patients.enumerated() {
      if number > 0 { text += "," }
      let samples = pseudonymizer == nil ? patient.sampleIDs : []
      text +=
        "\n"
        + JSONWriter.object([
          "id": JSONWriter.quoted(id(patient)), "source": JSONWriter.quoted(patient.source),
          "index_day": JSONWriter.number(patient.indexDay), "group": JSONWriter.string(patient.groups.first),
          "groups": JSONWriter.array(patient.groups.map(JSONWriter.quoted)),
          "samples": JSONWriter.array(samples.map(JSONWriter.quoted)),
          "coverage_assumed": String(patient.coverageAssumed),
        ])
    }
    return text + "]}\n"
  }

  /// One line per patient under a header: `id source index_day group samples coverage_assumed`
  /// (samples joined by `,`; empty cells for absent values); the attrition table is not included.
  func tsv() -> String {
    var buffer = OutputBuffer()
    buffer.append("id\tsource\tindex_day\tgroup\tsamples\tcoverage_assumed\n")
    for patient in cohort.patients {
      let cells = [
        id(patient), patient.source, patient.indexDay.map(String.init) ?? "",
        patient.groups.joined(separator: ","),
        pseudonymizer == nil ? patient.sampleIDs.joined(separator: ",") : "",
        patient.coverageAssumed ? "yes" : "no",
      ]
      for (number, cell) in cells.enumerated() {
        if number > 0 { buffer.append(byte: 0x09) }
        buffer.appendTSVCell(cell)
      }
      buffer.append(byte: 0x0A)
    }
    return String(decoding: buffer.bytes, as: UTF8.self)
  }

  /// A cBioPortal case list (`case_lists/cases_<name>.txt`): the selected samples of every
  /// patient; `stable_id` is the study id, `_`, and the query name in lower case.
  func caseList(studyID: String?) -> String {
    let slug = Self.identifier(cohort.name)
    let study = studyID ?? slug
    let samples = cohort.patients.flatMap(\.sampleIDs)
    let description =
      "Samples of the cohort '\(cohort.name)' selected by oncocohort build (\(cohort.patients.count) patients, \(samples.count) samples)"
    return """
      cancer_study_identifier: \(study)
      stable_id: \(study)_\(slug)
      case_list_name: \(Self.oneLine(cohort.name))
      case_list_description: \(Self.oneLine(description))
      case_list_category: other
      case_list_ids: \(samples.map(Self.oneLine).joined(separator: "\t"))

      """
  }

  /// Lower-case letters, digits and `_`, as cBioPortal stable ids are written.
  static func identifier(_ text: String) -> String {
    String(
      text.lowercased().unicodeScalars.map { scalar -> Character in
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
      })
  }

  static func oneLine(_ text: String) -> String {
    String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
  }
}
