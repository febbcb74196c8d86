/// The observations of each stratum, in order of first appearance of the stratum code.
struct StratumPartition: Sendable {
  /// For each stratum, the indices of its observations.
  let members: [[Int]]

  init(_ strata: [Int]?, count: Int) {
    guard let strata else {
      members = [Array(0..<count)]
      return
    }
    var slot: [Int: Int] = [:]
    var members: [[Int]] = []
    for (index, code) in strata.enumerated() {
      if let position = slot[code] {
        members[position].append(index)
      } else {
        slot[code] = members.count
        members.append([index])
      }
    }
    self.members = members
  }
}
