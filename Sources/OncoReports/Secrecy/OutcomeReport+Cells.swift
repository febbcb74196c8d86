extension OutcomeReport {
  /// Declares the sums of a survival analysis and withholds curves of masked groups.
  ///
  /// Groups add up to the patients analysed; with delayed entry, those plus the patients
  /// excluded before entry make the cohort. A group whose size is masked loses its curve and
  /// every summary read off it.
  mutating func walkCells(_ ledger: inout CellLedger, cohortTotal: Int, cohortGroups: [String: Int]) {
    let total = ledger.visit(&patients)
    ledger.sameIfEqual(cohortTotal, total)
    var groupIDs: [Int] = []
    for index in groups.indices {
      let size = ledger.visit(&groups[index].patients)
      groupIDs.append(size)
      if let group = cohortGroups[groups[index].name] { ledger.sameIfEqual(group, size) }
      _ = ledger.visit(&groups[index].events)
      let risk = ledger.visit(&groups[index].atRisk)
      for (k, time) in riskTimes.enumerated() where time == 0 && k < risk.count {
        ledger.sameIfEqual(size, risk[k])
      }
      if ledger.anyMasked([size]) { groups[index].withhold(patients: groups[index].patients) }
    }
    ledger.sum(total, groupIDs)
    if var entry = delayedEntry {
      let excluded = ledger.visit(&entry.excludedBeforeEntry)
      ledger.sum(cohortTotal, [total, excluded])
      delayedEntry = entry
    }
  }
}

extension SurvivalGroup {
  /// Removes the curve and its summaries, saying why.
  mutating func withhold(patients: ReportCount) {
    curveWithheld =
      patients.suppression == .belowThreshold
      ? "not drawn: the group has fewer patients than the minimum cell count"
      : "not drawn: its size is masked so that a small group elsewhere cannot be recovered by subtraction"
    curve = []
    censorTimes = []
    median = Estimate(value: nil, lower: nil, upper: nil)
    landmarks = landmarks.map {
      LandmarkSurvival(time: $0.time, survival: Estimate(value: nil, lower: nil, upper: nil))
    }
    rmst = rmst.map { RestrictedMean(tau: $0.tau, estimate: nil, standardError: nil) }
  }
}
