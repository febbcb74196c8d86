import OncoSurvival
import OncoTestSupport
import Testing

/// Properties that hold for any data, checked on many small seeded random data sets:
/// survival non-increasing in [0, 1], numbers at risk non-increasing without delayed entry,
/// log-rank O − E summing to zero, CIF + event-free = 1, and the same answers whatever the
/// order of the input rows.
@Suite struct InvariantTests {

  struct Sample {
    var time: [Double]
    var entry: [Double]
    var event: [Bool]
    var group: [Int]
    var x: [Double]

    init(seed: UInt64, count: Int) {
      var random = SeededGenerator(seed: seed)
      // Integer times in 1…12 make many ties.
      time = (0..<count).map { _ in Double(Int.random(in: 1...12, using: &random)) }
      entry = time.map { Double(Int.random(in: 0..<Int($0), using: &random)) }
      event = (0..<count).map { _ in Bool.random(using: &random) }
      group = (0..<count).map { _ in Int.random(in: 0...2, using: &random) }
      x = (0..<count).map { _ in Double.random(in: -1...1, using: &random) }
      // Make sure every group is used.
      for g in 0...2 where count > g { group[g] = g }
      if !event.contains(true) { event[0] = true }
    }

    func permuted(seed: UInt64) -> Sample {
      var random = SeededGenerator(seed: seed)
      let order = Array(time.indices).shuffled(using: &random)
      var copy = self
      copy.time = order.map { time[$0] }
      copy.entry = order.map { entry[$0] }
      copy.event = order.map { event[$0] }
      copy.group = order.map { group[$0] }
      copy.x = order.map { x[$0] }
      return copy
    }

    func data(delayed: Bool) throws -> SurvivalData {
      try SurvivalData(time: time, event: event, entry: delayed ? entry : nil)
    }
  }

  static let seeds: [UInt64] = Array(1...40)

  @Test(arguments: seeds) func kaplanMeierIsAMonotoneProbability(seed: UInt64) throws {
    let sample = Sample(seed: seed, count: Int(seed % 25) + 2)
    for delayed in [false, true] {
      let fit = try KaplanMeier(try sample.data(delayed: delayed))
      var previous = 1.0
      for step in fit.steps {
        #expect(step.survival >= 0 && step.survival <= 1)
        #expect(step.survival <= previous)
        previous = step.survival
        if let lower = step.lower, let upper = step.upper {
          #expect(lower <= step.survival + 1e-15 && step.survival <= upper + 1e-15)
        }
      }
      if !delayed {
        #expect(zip(fit.steps, fit.steps.dropFirst()).allSatisfy { $0.atRisk >= $1.atRisk })
        #expect(fit.steps.first?.atRisk == sample.time.count)
      }
      #expect(fit.steps.reduce(0) { $0 + $1.events } == fit.eventCount)
    }
  }

  @Test(arguments: seeds) func logRankObservedMinusExpectedIsZero(seed: UInt64) throws {
    let sample = Sample(seed: seed, count: Int(seed % 25) + 3)
    for delayed in [false, true] {
      for rho in [0.0, 1.0] {
        let test = try LogRank(try sample.data(delayed: delayed), groups: sample.group, rho: rho)
        let total = zip(test.observed, test.expected).reduce(0) { $0 + $1.0 - $1.1 }
        #expect(abs(total) < 1e-9)
        #expect(test.chiSquare >= -1e-12)
      }
    }
  }

  @Test(arguments: seeds) func rowOrderDoesNotMatter(seed: UInt64) throws {
    let sample = Sample(seed: seed, count: 30)
    let shuffled = sample.permuted(seed: seed &+ 1000)
    for delayed in [false, true] {
      let a = try KaplanMeier(try sample.data(delayed: delayed))
      let b = try KaplanMeier(try shuffled.data(delayed: delayed))
      #expect(a == b)
      let la = try LogRank(try sample.data(delayed: delayed), groups: sample.group)
      let lb = try LogRank(try shuffled.data(delayed: delayed), groups: shuffled.group)
      #expect(abs(la.chiSquare - lb.chiSquare) <= 1e-9 * max(1, la.chiSquare))
      let ma = try CoxModel(
        try sample.data(delayed: delayed),
        design: try CoxDesign([.numeric(name: "x", values: sample.x)]))
      let mb = try CoxModel(
        try shuffled.data(delayed: delayed),
        design: try CoxDesign([.numeric(name: "x", values: shuffled.x)]))
      #expect(
        abs(ma.coefficients[0] - mb.coefficients[0]) <= 1e-8 * max(1, abs(ma.coefficients[0])))
      #expect(abs(ma.concordance.value - mb.concordance.value) < 1e-12)
    }
  }

  @Test(arguments: seeds) func cumulativeIncidencesAndEventFreeSumToOne(seed: UInt64) throws {
    let sample = Sample(seed: seed, count: 25)
    let cause = zip(sample.event, sample.group).map { $0 ? $1 % 2 + 1 : 0 }
    for entry in [nil, sample.entry] {
      let fit = try CumulativeIncidence(time: sample.time, cause: cause, entry: entry)
      for step in fit.steps {
        #expect(abs(step.incidence.reduce(step.eventFree, +) - 1) < 1e-12)
      }
    }
  }
}
