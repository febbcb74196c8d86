/// Counts at one distinct exit time: at risk (entry < t ≤ exit), events and censorings.
struct RiskTally: Sendable, Hashable {
  var time: Double
  var atRisk: Int
  var events: Int
  var censored: Int

  /// The tallies at every distinct exit time, in increasing order.
  ///
  /// The number at risk at t is #{entry < t} − #{exit < t}, found with two sorted arrays.
  /// - Complexity: O(n log n).
  static func byExitTime(_ data: SurvivalData) -> [RiskTally] {
    let order = data.exit.indices.sorted { data.exit[$0] < data.exit[$1] }
    let entries = data.hasDelayedEntry ? data.entry.sorted() : []
    var tallies: [RiskTally] = []
    var position = 0
    var entered = 0
    while position < order.count {
      let time = data.exit[order[position]]
      var events = 0
      var censored = 0
      let exitedBefore = position
      while position < order.count, data.exit[order[position]] == time {
        if data.event[order[position]] { events += 1 } else { censored += 1 }
        position += 1
      }
      let atRisk: Int
      if data.hasDelayedEntry {
        while entered < entries.count, entries[entered] < time { entered += 1 }
        atRisk = entered - exitedBefore
      } else {
        atRisk = order.count - exitedBefore
      }
      tallies.append(RiskTally(time: time, atRisk: atRisk, events: events, censored: censored))
    }
    return tallies
  }
}
