/// Builds a patient's drug exposures, progressions and death from a guideline plan of lines.
///
/// Lines follow one another at progression (the end of a line), after a gap of 2 to 6 weeks, and
/// 75% of patients who progress receive a next line. Within a line: carboplatin is replaced by
/// cisplatin in 15% of lines and switched from cisplatin to carboplatin after two cycles in 8%
/// (a substitution); induction drugs stop after four 21-day cycles and the rest continue
/// (maintenance); 12% of long maintenance phases have a pause of 30 to 90 days (a gap shorter than
/// the usual 120-day discontinuation rule). A line still running at the data cut has no end.
struct TreatmentCourse {
  /// Last day of follow-up (loss to follow-up or data cut), days after diagnosis.
  let censoring: Int
  /// The data cut, days after diagnosis.
  let dataCutDay: Int
  var exposures: [Exposure] = []
  var progressions: [Int] = []
  /// The true death day (possibly after censoring, then not observed).
  var death: Int?
  private var lineNumber = 0

  init(censoring: Int, dataCutDay: Int) {
    self.censoring = censoring
    self.dataCutDay = dataCutDay
  }

  /// A patient whose death day is drawn beforehand: lines run until death or censoring.
  mutating func simulate(plan: [Regimen], death: Int, sequencing: Int, rng: inout SeededGenerator) {
    self.death = death
    var lines = plan
    var start = rng.integer(21...49)
    if lines.first?.targeted == true {
      if sequencing <= 90 {
        start = sequencing + rng.integer(7...21)
      } else {
        // The result came late: chemotherapy first, the targeted therapy at progression.
        lines.insert(.chemoImmunoNonSquamous, at: 0)
      }
    }
    runLines(lines, from: start, bound: min(death, censoring), rng: &rng)
  }

  /// An EGFR-mutant patient: osimertinib (first line, or second after chemotherapy when sequencing
  /// came late) lasts a Weibull time with an 18-month median; then death (20%) or the next line,
  /// and survival after osimertinib is exponential with a 12-month median.
  mutating func simulateEGFR(plan: [Regimen], sequencing: Int, rng: inout SeededGenerator) {
    let start = sequencing + rng.integer(7...21)
    if sequencing > 90 {
      let chemoStart = rng.integer(21...49)
      if start - chemoStart > 60 {
        addLine(
          .platinumPemetrexed, start: chemoStart, stop: start - rng.integer(14...35), ongoing: false,
          rng: &rng)
        progressions.append(start - rng.integer(7...14))
      }
    }
    let duration = max(
      1,
      Int(
        rng.weibull(
          shape: SimulationParameters.osimertinibShape, median: SimulationParameters.osimertinibMedianDays
        )
        .rounded()))
    let end = start + duration
    guard end < censoring else {
      addLine(plan[0], start: start, stop: censoring, ongoing: censoring == dataCutDay, rng: &rng)
      death = censoring + 1 + Int(rng.exponential(median: 365))
      return
    }
    addLine(plan[0], start: start, stop: end - 1, ongoing: false, rng: &rng)
    progressions.append(end - rng.integer(0...14))
    if rng.chance(SimulationParameters.deathAtOsimertinibEnd) {
      death = end
      return
    }
    let after = SimulationParameters.postOsimertinibMedianMonths * SimulationParameters.monthDays
    let death = end + max(1, Int(rng.exponential(median: after)))
    self.death = death
    runLines(Array(plan.dropFirst()), from: end, bound: min(death, censoring), rng: &rng)
  }

  private mutating func runLines(_ lines: [Regimen], from first: Int, bound: Int, rng: inout SeededGenerator)
  {
    var start = first
    for regimen in lines {
      guard start < bound else { return }
      let duration = max(
        21, Int(rng.exponential(median: regimen.medianMonths * SimulationParameters.monthDays)))
      let stop = start + duration
      if stop >= bound {
        let died = death.map { $0 <= censoring } ?? false
        let last = died ? max(start, bound - rng.integer(0...14)) : bound
        addLine(regimen, start: start, stop: last, ongoing: !died && bound == dataCutDay, rng: &rng)
        return
      }
      addLine(regimen, start: start, stop: stop, ongoing: false, rng: &rng)
      progressions.append(max(start + 1, stop - rng.integer(0...10)))
      guard rng.chance(0.75) else { return }
      start = stop + rng.integer(14...42)
    }
  }

  private mutating func addLine(
    _ regimen: Regimen, start: Int, stop: Int, ongoing: Bool, rng: inout SeededGenerator
  ) {
    lineNumber += 1
    for (index, drug) in regimen.drugs.enumerated() {
      var first = index > 0 && rng.chance(0.15) ? min(stop, start + rng.integer(1...3)) : start
      let induction = regimen.induction.contains(drug)
      let last = induction ? min(stop, start + 83) : stop
      var name = drug
      if drug == "carboplatin" {
        if rng.chance(0.15) {
          name = "cisplatin"
        } else if last - first > 60, rng.chance(0.08) {
          append("cisplatin", first, first + 41)
          first += 42
        }
      }
      let end: Int? = ongoing && last == stop ? nil : last
      if !induction, !regimen.targeted, let end, end - first > 240, rng.chance(0.12) {
        let pause = first + rng.integer(100...(end - first - 100))
        let resume = pause + rng.integer(30...90)
        append(name, first, pause)
        append(name, min(resume, end), end)
      } else {
        append(name, first, end)
      }
    }
  }

  private mutating func append(_ drug: String, _ start: Int, _ end: Int?) {
    exposures.append(Exposure(drug: drug, start: start, end: end, line: lineNumber))
  }
}
