/// One link of the treatment Sankey diagram: patients moving from a node of stage k to stage k + 1.
public struct SankeyLink: Sendable, Hashable {
  /// The stage of the source node: 0 for line 1.
  public var stage: Int
  /// The source node's label (a regimen).
  public var source: String
  /// The target node's label (a regimen of the next line, or a terminal state).
  public var target: String
  /// Whether the target is a terminal state.
  public var targetIsTerminal: Bool
  /// Patients on the link: the sum of the sequences that pass through it.
  public var patients: ReportCount
  /// Indices of the sequences that pass through the link (for secrecy's sums).
  public var sequenceIndices: [Int]

  /// Aggregates sequences into links, in order of first appearance (stable, deterministic).
  static func aggregate(_ sequences: [TreatmentSequence]) -> [SankeyLink] {
    var links: [SankeyLink] = []
    var position: [String: Int] = [:]
    for (index, sequence) in sequences.enumerated() {
      let nodes = sequence.regimens + [sequence.terminal]
      for stage in 0..<(nodes.count - 1) where !sequence.regimens.isEmpty {
        let terminal = stage + 1 == nodes.count - 1
        let key = "\(stage)\u{1}\(nodes[stage])\u{1}\(nodes[stage + 1])\u{1}\(terminal)"
        let value = sequence.patients.value ?? 0
        if let at = position[key] {
          links[at].patients = ReportCount((links[at].patients.value ?? 0) + value)
          links[at].sequenceIndices.append(index)
        } else {
          position[key] = links.count
          links.append(
            SankeyLink(
              stage: stage, source: nodes[stage], target: nodes[stage + 1], targetIsTerminal: terminal,
              patients: ReportCount(value), sequenceIndices: [index]))
        }
      }
    }
    return links
  }
}
