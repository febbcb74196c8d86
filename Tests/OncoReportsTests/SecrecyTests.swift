import Foundation
import OncoReports
import Testing

/// Statistical secrecy on the sample report: small counts masked, nothing recoverable by
/// subtraction, derived values removed.
@Suite struct SecrecyTests {
  let masked: MaskedReport

  init() throws {
    masked = StatisticalSecrecy(minCellCount: 10).apply(to: try SampleReport.document())
  }

  /// Every count of the masked report, shown or not.
  static func counts(_ d: ReportDocument) -> [ReportCount] {
    var all = [d.cohort.patients] + d.cohort.groups.map(\.patients)
    all += d.attrition.flatMap { [$0.remaining, $0.excluded, $0.notAssessed] }
    if let b = d.baseline {
      all += b.columns.map(\.patients) + b.variables.flatMap { $0.levels.flatMap(\.counts) + $0.missing }
    }
    if let a = d.alterations {
      all += a.genes.flatMap { [$0.altered, $0.assessed] }
      all += a.pairs.flatMap { [$0.both, $0.onlyA, $0.onlyB, $0.neither, $0.assessed] }
    }
    if let p = d.pathway {
      all += p.lines.flatMap { [$0.patients, $0.otherRegimens] + $0.regimens.map(\.patients) }
      all += p.sequences.map(\.patients) + p.links.map(\.patients)
      all += ([p.timeToFirstTreatment].compactMap { $0 } + p.timeToNextTreatment).map(\.patients)
    }
    for o in d.outcomes {
      all += [o.patients] + o.groups.flatMap { [$0.patients, $0.events] + $0.atRisk }
      if let e = o.delayedEntry { all.append(e.excludedBeforeEntry) }
    }
    return all
  }

  @Test func noSmallCountIsShown() throws {
    let original = Self.counts(try SampleReport.document())
    let after = Self.counts(masked.document)
    #expect(original.count == after.count)
    for (before, now) in zip(original, after) {
      let value = before.value ?? 0
      if value >= 1 && value < 10 {
        #expect(now.suppression == .belowThreshold, "count \(value) is shown")
      }
      if let shown = now.value { #expect(shown == value) }
    }
    #expect(masked.belowThreshold == original.filter { ($0.value ?? 0) >= 1 && ($0.value ?? 0) < 10 }.count)
  }

  @Test func noMaskedCountCanBeRecovered() {
    let attack = RecoveryAttack(masked)
    #expect(attack.unknownCount > 10)
    #expect(attack.recovered().isEmpty, "recovered: \(attack.recovered())")
  }

  /// Without complementary suppression the attack recovers a count: the attack is real.
  @Test func attackRecoversNaivelyMaskedCounts() {
    var attack = RecoveryAttack()
    var small = ReportCount(6)
    small = StatisticalSecrecy.maskedAlone(small)
    // Group sizes 42, 12 and a hidden 6 of 60 shown: 60 − 42 − 12.
    attack.sum(attack.term(60), [attack.term(42), attack.term(12), attack.term(small)])
    #expect(attack.recovered() == [0: Fraction(6)])
  }

  /// The masks of the sample, worked out by hand (Fixtures/golden/README.md).
  @Test func handCheckedMasks() {
    let d = masked.document
    #expect(d.cohort.groups.map(\.patients.suppression) == [nil, .complementary, .belowThreshold])
    #expect(d.attrition[2].excluded.suppression == .belowThreshold)
    #expect(d.attrition[2].notAssessed.suppression == .belowThreshold)
    #expect(d.attrition[2].remaining.value == 60)
    let os = d.outcomes[0]
    #expect(os.delayedEntry?.excludedBeforeEntry.suppression == .belowThreshold)
    #expect(os.patients.suppression == .complementary)
    #expect(os.groups.map { $0.curveWithheld == nil } == [true, false, false])
    #expect(os.groups[1].median.value == nil && os.groups[1].curve.isEmpty)
    #expect(os.groups[1].atRisk[0].isMasked, "at risk at 0 equals the masked group size")
    #expect(d.baseline?.variables[0].summaries?[2].median == nil)
    #expect(d.baseline?.variables[0].summaries?[0].median == 66)
    #expect(d.pathway?.timeToNextTreatment[1].days.median == nil)
  }

  @Test func thresholdOfOneShowsEverything() throws {
    let open = StatisticalSecrecy(minCellCount: 0).apply(to: try SampleReport.document())
    #expect(open.minCellCount == 1)
    #expect(Self.counts(open.document).allSatisfy { !$0.isMasked })
  }

  @Test func jsonShowsNoMaskedValue() throws {
    let files = ReportRenderer.render(
      document: try SampleReport.document(), format: .json,
      options: ReportOptions(timestamp: SampleReport.timestamp))
    let json = try #require(files.first?.contents)
    // Masked counts are null with a reason; the small values of the sample never appear as counts.
    #expect(json.contains("\"below_min_cell_count\""))
    #expect(!json.contains("\"excluded_before_entry\": 3"))
    #expect(!json.contains("\"not_assessed\": 6"))
  }
}

extension StatisticalSecrecy {
  /// A count masked on its own (a one-cell document), as a naive rule without complements would.
  static func maskedAlone(_ count: ReportCount) -> ReportCount {
    StatisticalSecrecy(minCellCount: 10).apply(
      to: ReportDocument(
        cohort: CohortDefinition(name: "", reading: "", queryFile: "", queryText: "", patients: count),
        provenance: Provenance(
          toolVersion: "", querySHA256: "", warehouse: [], ontologies: [], lineOfTherapy: nil, commandLine: []
        ))
    ).document.cohort.patients
  }
}
