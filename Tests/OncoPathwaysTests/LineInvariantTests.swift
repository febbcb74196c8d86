import OncoModel
import OncoPathways
import OncoTestSupport
import Testing

/// Invariants that hold for every history, checked on seeded random histories under each preset.
@Suite struct LineInvariantTests {
  /// A small seeded generator (SplitMix64) of messy histories: overlaps, open ends, same-day
  /// starts, deaths, exposures before the index.
  struct Generator {
    var random: SeededGenerator

    mutating func below(_ bound: Int) -> Int { random.below(bound) }

    mutating func history() -> PatientTreatmentHistory {
      let drugs = [
        "cisplatin", "carboplatin", "pemetrexed", "docetaxel", "osimertinib", "bevacizumab", "xyz",
      ]
      let exposures = (0..<below(12)).map { _ in
        let start = below(700) - 100
        let end: Int? = below(8) == 0 ? nil : start + below(90)
        return History.given(drugs[below(drugs.count)], start, end)
      }
      let death: Int? = below(3) == 0 ? below(900) : nil
      return History.patient(index: below(50), death: death, lastContact: below(900), exposures)
    }
  }

  @Test(arguments: LineOfTherapyRules.presetNames)
  func linesAreOrderedCoverTheirExposuresAndNeverOverlap(preset: String) throws {
    var generator = Generator(random: SeededGenerator(seed: 7))
    let histories = (0..<400).map { _ in generator.history() }
    let builder = LineOfTherapyBuilder(
      rules: try LineOfTherapyRules.resolve(preset: preset), ontology: History.drugs)
    var count = 0
    for (history, pathway) in zip(histories, builder.pathways(of: histories)) {
      count += 1
      let lines = pathway.lines
      #expect(lines.map(\.number) == Array(1..<(lines.count + 1)))
      for (index, line) in lines.enumerated() {
        #expect(line.endDay >= line.startDay)
        #expect(!line.regimen.isEmpty)
        #expect(line.exposures.allSatisfy { $0.startDay <= line.endDay || line.endReason == .death })
        #expect(line.explanation.last?.event == "ended")
        if index + 1 < lines.count {
          let next = lines[index + 1]
          #expect(line.endDay < next.startDay, "\(history)")
          #expect([.newDrug, .gap].contains(line.endReason))
        }
        if let death = history.deathDay { #expect(line.startDay <= death) }
      }
      // Every systemic exposure kept (from the index, before death) belongs to a line.
      let kept = history.exposures.filter { exposure in
        exposure.startDay >= history.indexDay && (history.deathDay.map { exposure.startDay <= $0 } ?? true)
      }
      #expect(kept.count + pathway.ignoredBeforeIndex + pathway.ignoredAfterDeath == history.exposures.count)
      let placed = lines.reduce(0) { $0 + $1.exposures.count }
      #expect(placed >= kept.count)
    }
    #expect(count == histories.count)
  }
}
