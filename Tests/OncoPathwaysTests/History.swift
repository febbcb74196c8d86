import OncoModel
import OncoOntology
import OncoPathways
import OncoTestSupport

/// Hand-written patient histories: drug names with start and end days on the patient's axis.
enum History {
  /// The shipped drug ontology, so names resolve to ATC concepts and classes cover descendants.
  static let drugs: TermGraph = {
    let path = Fixtures.packageRoot.appendingPathComponent("Ontologies/antineoplastic-drugs.owl").path
    return (try? TermGraph(files: [OntologyLoader.read(path: path)])) ?? TermGraph(files: [])
  }()

  /// An exposure of `agent` from `start` to `end` (nil: no end day).
  static func given(
    _ agent: String, _ start: Int, _ end: Int?, _ modality: TreatmentExposure.Modality = .systemic
  )
    -> TreatmentExposure
  {
    TreatmentExposure(
      patientID: "P", agent: agent, modality: modality, startDay: Day(start), endDay: end.map(Day.init))
  }

  /// A history with index day `index` (0 by default).
  static func patient(
    index: Int = 0, death: Int? = nil, lastContact: Int? = nil, _ exposures: [TreatmentExposure]
  ) -> PatientTreatmentHistory {
    PatientTreatmentHistory(
      patientID: "P", indexDay: Day(index), deathDay: death.map(Day.init),
      lastContactDay: lastContact.map(Day.init),
      exposures: exposures)
  }

  /// The lines of a history under a preset (and overrides), with the shipped ontology.
  static func lines(
    _ history: PatientTreatmentHistory, preset: String = "default",
    _ overrides: [String: RuleParameterValue] = [:]
  ) throws -> [LineOfTherapy] {
    var builder = LineOfTherapyBuilder(
      rules: try LineOfTherapyRules.resolve(preset: preset, overrides: overrides), ontology: drugs)
    return builder.pathway(for: history).lines
  }
}

/// A line as the tests write it: regimen names, start, end, end reason.
struct Expected: Equatable, CustomStringConvertible {
  var regimen: String
  var start: Int
  var end: Int
  var reason: LineOfTherapy.EndReason

  init(_ regimen: String, _ start: Int, _ end: Int, _ reason: LineOfTherapy.EndReason) {
    self.regimen = regimen
    self.start = start
    self.end = end
    self.reason = reason
  }

  init(_ line: LineOfTherapy) {
    self.init(line.regimenLabel, line.startDay.value, line.endDay.value, line.endReason)
  }

  var description: String { "\(regimen) \(start)–\(end) \(reason.rawValue)" }
}

extension Array where Element == LineOfTherapy {
  /// The lines in the tests' shorthand.
  var shorthand: [Expected] { map(Expected.init) }
}
