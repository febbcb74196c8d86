import OncoModel

/// The running counts and times of one set of patients (the cohort or a group).
struct PathwayTally: Sendable {
  /// Line buckets: L1, L2, L3, L4+.
  static let buckets = 4

  var patients = 0
  var treated = 0
  var linePatients = [Int](repeating: 0, count: buckets)
  var regimenPatients = [[String: Int]](repeating: [:], count: buckets)
  var maintenance = [Int](repeating: 0, count: buckets)
  var endReasons = [[String: Int]](repeating: [:], count: buckets)
  var durations = [[Int]](repeating: [], count: buckets)
  var timeToNext = [TimeToEventInput](repeating: TimeToEventInput(), count: buckets)
  var timeOnTreatment = [TimeToEventInput](repeating: TimeToEventInput(), count: buckets)
  /// Paths as label numbers: a million patients' paths share a few hundred labels.
  var sequences: [[Int32]: Int] = [:]
  var labelNumbers: [String: Int32] = [:]
  var labels: [String] = []
  var fromIndex: [Int] = []
  var fromDiagnosis: [Int] = []
  var targetCandidates = 0
  var targetReceived = 0

  mutating func add(_ facts: PatientFacts) {
    patients += 1
    if let received = facts.receivedTargeted {
      targetCandidates += 1
      if received { targetReceived += 1 }
    }
    let lines = Array(facts.lines)
    guard let first = lines.first else { return }
    treated += 1
    fromIndex.append(first.startDay - facts.pathway.indexDay)
    if let diagnosis = facts.pathway.diagnosisDay { fromDiagnosis.append(first.startDay - diagnosis) }
    var seenBuckets = Set<Int>()
    var seenRegimens = Set<String>()
    for (position, line) in lines.enumerated() {
      let bucket = min(line.number, PathwayTally.buckets) - 1
      if seenBuckets.insert(bucket).inserted { linePatients[bucket] += 1 }
      let label = line.regimenLabel
      if bucket < PathwayTally.buckets - 1 || seenRegimens.insert(label).inserted {
        regimenPatients[bucket][label, default: 0] += 1
      }
      if line.isMaintenance { maintenance[bucket] += 1 }
      endReasons[bucket][line.endReason.rawValue, default: 0] += 1
      durations[bucket].append(line.durationDays)
      timeOnTreatment[bucket].append(line.durationDays, event: line.endReason.isDiscontinuation)
      if position + 1 < lines.count {
        timeToNext[bucket].append(lines[position + 1].startDay - line.startDay, event: true)
      } else if let death = facts.pathway.deathDay {
        timeToNext[bucket].append(death - line.startDay, event: true)
      } else {
        let censor = max(facts.pathway.lastContactDay ?? line.endDay, line.endDay)
        timeToNext[bucket].append(censor - line.startDay, event: false)
      }
    }
    var path = lines.prefix(3).map { number(for: $0.regimenLabel) }
    if lines.count <= 3 { path.append(number(for: facts.terminalState)) }
    sequences[path, default: 0] += 1
  }

  private mutating func number(for label: String) -> Int32 {
    if let number = labelNumbers[label] { return number }
    labels.append(label)
    labelNumbers[label] = Int32(labels.count - 1)
    return Int32(labels.count - 1)
  }

  func descriptors(topRegimens: Int, targets: Bool) -> PathwayDescriptors {
    func share(_ count: Int, of total: Int) -> Double? { total > 0 ? Double(count) / Double(total) : nil }
    let lines = (0..<PathwayTally.buckets).map { bucket in
      let onLine = linePatients[bucket]
      let ranked = regimenPatients[bucket].sorted {
        $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
      }
      var regimens = ranked.prefix(topRegimens).map {
        PathwayDescriptors.Regimen(regimen: $0.key, patients: $0.value, share: share($0.value, of: onLine))
      }
      let rest = ranked.dropFirst(topRegimens)
      if !rest.isEmpty {
        let count = rest.reduce(0) { $0 + $1.value }
        regimens.append(
          PathwayDescriptors.Regimen(
            regimen: "other", patients: count, share: share(count, of: onLine), regimensGrouped: rest.count))
      }
      return PathwayDescriptors.Line(
        line: bucket + 1, label: bucket == PathwayTally.buckets - 1 ? "L\(bucket + 1)+" : "L\(bucket + 1)",
        patients: onLine, share: share(onLine, of: patients), regimens: regimens,
        maintenance: maintenance[bucket], endReasons: endReasons[bucket],
        duration: DaySummary(durations[bucket]),
        timeToNextTreatment: PathwayDescriptors.EventCount(
          n: timeToNext[bucket].time.count, events: timeToNext[bucket].events))
    }
    let paths = sequences.map { (path: $0.key.map { labels[Int($0)] }, patients: $0.value) }.sorted {
      $0.patients != $1.patients ? $0.patients > $1.patients : $0.path.lexicographicallyPrecedes($1.path)
    }
    return PathwayDescriptors(
      patients: patients, treated: treated, treatedShare: share(treated, of: patients), lines: lines,
      sequences: paths.map { PathwayDescriptors.Path(path: $0.path, patients: $0.patients) },
      timeToFirstTreatment: PathwayDescriptors.TimeToFirstTreatment(
        fromIndex: DaySummary(fromIndex), fromDiagnosis: DaySummary(fromDiagnosis)),
      targetedTherapy: targets
        ? PathwayDescriptors.TargetedTherapy(
          candidates: targetCandidates, received: targetReceived,
          share: share(targetReceived, of: targetCandidates)) : nil,
      timeToNextTreatment: timeToNext, timeOnTreatment: timeOnTreatment)
  }
}
