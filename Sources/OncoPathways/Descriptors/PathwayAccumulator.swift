import OncoModel

/// Collects patients' pathways one at a time and summarises them, for the cohort and each group.
///
/// Memory grows with the number of patients only through the per-patient times kept for
/// medians and survival inputs (a few integers per patient), never with their exposures.
public struct PathwayAccumulator: Sendable {
  /// How many regimens each line lists before `other`.
  public var topRegimens: Int
  var cohort = PathwayTally()
  var groups: [String: PathwayTally] = [:]
  var tracksTargets = false

  /// Creates an empty accumulator.
  public init(topRegimens: Int = 5) {
    self.topRegimens = max(0, topRegimens)
  }

  /// Adds one patient.
  ///
  /// - Parameters:
  ///   - pathway: the patient's lines.
  ///   - group: the patient's group, when the query compares groups.
  ///   - targetableDrugs: the drug concepts (or names) that target the patient's alterations,
  ///     computed upstream from the matching table; `nil` when no table is used. A patient with
  ///     a non-empty set is a candidate; received means one of those drugs in a line from the index.
  public mutating func add(
    _ pathway: PatientPathway, group: String? = nil, targetableDrugs: Set<String>? = nil
  ) {
    if targetableDrugs != nil { tracksTargets = true }
    let facts = PatientFacts(pathway, targetableDrugs: targetableDrugs)
    cohort.add(facts)
    if let group { groups[group, default: PathwayTally()].add(facts) }
  }

  /// The descriptors of every patient added.
  public var cohortDescriptors: PathwayDescriptors {
    cohort.descriptors(topRegimens: topRegimens, targets: tracksTargets)
  }

  /// The descriptors of each group, by group name.
  public var groupDescriptors: [(name: String, descriptors: PathwayDescriptors)] {
    groups.keys.sorted().compactMap { name in
      groups[name].map { (name, $0.descriptors(topRegimens: topRegimens, targets: tracksTargets)) }
    }
  }

  /// The `pathways` document: the cohort's descriptors and those of each group.
  public var report: PathwayReport {
    PathwayReport(
      cohort: cohortDescriptors,
      groups: groupDescriptors.map { PathwayReport.Group(name: $0.name, descriptors: $0.descriptors) })
  }
}

/// What one patient contributes to the descriptors, computed once for the cohort and the group.
struct PatientFacts {
  var lines: ArraySlice<LineOfTherapy>
  var pathway: PatientPathway
  var receivedTargeted: Bool?

  init(_ pathway: PatientPathway, targetableDrugs: Set<String>?) {
    self.pathway = pathway
    lines = pathway.linesFromIndex
    if let targetableDrugs, !targetableDrugs.isEmpty {
      let folded = Set(targetableDrugs.map(DrugClassifier.fold))
      receivedTargeted = lines.contains { line in
        (line.regimen + line.additions).contains { drug in
          drug.concept.map(targetableDrugs.contains) == true || folded.contains(drug.name)
        }
      }
    }
  }

  /// Where the patient's path ends after the last line.
  var terminalState: String {
    if pathway.deathDay != nil { return "death" }
    if lines.last?.endReason == .endOfFollowUp { return "lost to follow-up" }
    return "no further line"
  }
}
