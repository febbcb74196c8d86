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
    let exits = RadixOrder.order(data.exit).map {
      TimedEvent(time: data.exit[$0], event: data.event[$0])
    }
    let entries = data.hasDelayedEntry ? RadixOrder.order(data.entry).map { data.entry[$0] } : []
    var tallies: [RiskTally] = []
    var position = 0
    var entered = 0
    while position < exits.count {
      let time = exits[position].time
      var events = 0
      var censored = 0
      let exitedBefore = position
      while position < exits.count, exits[position].time == time {
        if exits[position].event { events += 1 } else { censored += 1 }
        position += 1
      }
      let atRisk: Int
      if data.hasDelayedEntry {
        while entered < entries.count, entries[entered] < time { entered += 1 }
        atRisk = entered - exitedBefore
      } else {
        atRisk = exits.count - exitedBefore
      }
      tallies.append(RiskTally(time: time, atRisk: atRisk, events: events, censored: censored))
    }
    return tallies
  }
}

/// An exit time and whether it is an event, sorted by value (no index indirection).
struct TimedEvent {
  var time: Double
  var event: Bool
}
