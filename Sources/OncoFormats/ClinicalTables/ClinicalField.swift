/// A field a clinical table mapping can name (`patient_id`, `start_date` …).
///
/// The session looks fields up by this small integer rather than by their name: a row's fields
/// sit in an array indexed by it, so reading one costs no string comparison.
enum ClinicalField: Int, CaseIterable {
  case patientID, sampleID, sex, birthDate, deathDate, lastContactDate, age
  case code, label, date, stage, advancedDate
  case type, assay, panel
  case agent, startDate, endDate, modality
  case kind, detail, status

  /// The field by its mapping name, or `nil` for a name no table kind reads.
  init?(name: String) {
    guard let field = ClinicalField.byName[name] else { return nil }
    self = field
  }

  private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })

  /// The name the mapping file and the diagnostics use.
  var name: String {
    switch self {
    case .patientID: "patient_id"
    case .sampleID: "sample_id"
    case .sex: "sex"
    case .birthDate: "birth_date"
    case .deathDate: "death_date"
    case .lastContactDate: "last_contact_date"
    case .age: "age"
    case .code: "code"
    case .label: "label"
    case .date: "date"
    case .stage: "stage"
    case .advancedDate: "advanced_date"
    case .type: "type"
    case .assay: "assay"
    case .panel: "panel"
    case .agent: "agent"
    case .startDate: "start_date"
    case .endDate: "end_date"
    case .modality: "modality"
    case .kind: "kind"
    case .detail: "detail"
    case .status: "status"
    }
  }
}
