/// The Sankey diagram of treatment sequences: columns L1, L2, L3 and terminal states, links as
/// bands whose width is the number of patients.
///
/// A masked link is drawn with a fixed nominal width (half the minimum cell count), dashed and
/// grey, so its width reveals nothing; its label says `<10` or `masked`.
struct SankeyChart {
  let links: [SankeyLink]
  let minCellCount: Int
  let id: String

  private struct Node: Hashable {
    var stage: Int
    var label: String
    var terminal: Bool
  }

  private let columnGap = 170.0
  private let nodeWidth = 12.0
  private let plotHeight = 300.0

  func render() -> String {
    let nominal = max(1, Double(minCellCount) / 2)
    func weight(_ link: SankeyLink) -> Double { link.patients.value.map(Double.init) ?? nominal }
    // Nodes in order of first appearance, per stage.
    var order: [Node] = []
    var incoming: [Node: Double] = [:]
    var outgoing: [Node: Double] = [:]
    for link in links {
      let source = Node(stage: link.stage, label: link.source, terminal: false)
      let target = Node(stage: link.stage + 1, label: link.target, terminal: link.targetIsTerminal)
      for node in [source, target] where !order.contains(node) { order.append(node) }
      outgoing[source, default: 0] += weight(link)
      incoming[target, default: 0] += weight(link)
    }
    // Regimens first, terminal states below them, each in order of first appearance.
    order = order.filter { !$0.terminal } + order.filter(\.terminal)
    let stages = (order.map(\.stage).max() ?? 0) + 1
    func size(_ node: Node) -> Double { max(incoming[node] ?? 0, outgoing[node] ?? 0) }
    let gap = 10.0
    var scale = Double.infinity
    for stage in 0..<stages {
      let column = order.filter { $0.stage == stage }
      let total = column.map(size).reduce(0, +)
      if total > 0 { scale = min(scale, (plotHeight - gap * Double(column.count - 1)) / total) }
    }
    if !scale.isFinite { scale = 1 }
    var position: [Node: Double] = [:]
    for stage in 0..<stages {
      var y = 40.0
      for node in order where node.stage == stage {
        position[node] = y
        y += size(node) * scale + gap
      }
    }
    var svg = SVGCanvas(width: 40 + Double(stages) * columnGap + 60, height: plotHeight + 80, id: id)
    func x(_ stage: Int) -> Double { 20 + Double(stage) * columnGap }
    for stage in 0..<stages {
      let title = order.contains { $0.stage == stage && !$0.terminal } ? "Line \(stage + 1)" : "Outcome"
      svg.text(title, x: x(stage), y: 24, cssClass: "heading")
    }
    var outOffset: [Node: Double] = [:]
    var inOffset: [Node: Double] = [:]
    // Links stacked by source then target position, which keeps bands from crossing at a node.
    func rank(_ link: SankeyLink) -> (Int, Int) {
      let source = Node(stage: link.stage, label: link.source, terminal: false)
      let target = Node(stage: link.stage + 1, label: link.target, terminal: link.targetIsTerminal)
      return (order.firstIndex(of: source) ?? 0, order.firstIndex(of: target) ?? 0)
    }
    let drawing = links.enumerated().sorted { rank($0.element) < rank($1.element) }
    for (index, link) in drawing {
      let source = Node(stage: link.stage, label: link.source, terminal: false)
      let target = Node(stage: link.stage + 1, label: link.target, terminal: link.targetIsTerminal)
      let h = weight(link) * scale
      let y0 = (position[source] ?? 0) + (outOffset[source] ?? 0)
      let y1 = (position[target] ?? 0) + (inOffset[target] ?? 0)
      outOffset[source, default: 0] += h
      inOffset[target, default: 0] += h
      let x0 = x(link.stage) + nodeWidth
      let x1 = x(link.stage + 1)
      let mid = (x0 + x1) / 2
      let c = NumberFormat.coordinate
      let d =
        "M\(c(x0)),\(c(y0)) C\(c(mid)),\(c(y0)) \(c(mid)),\(c(y1)) \(c(x1)),\(c(y1)) "
        + "L\(c(x1)),\(c(y1 + h)) C\(c(mid)),\(c(y1 + h)) \(c(mid)),\(c(y0 + h)) \(c(x0)),\(c(y0 + h)) Z"
      let masked = link.patients.isMasked
      // Coloured by source node, so a regimen's flows share a colour.
      let colour = SVGCanvas.color(order.firstIndex(of: source) ?? index)
      let fill = masked ? "" : " fill=\"\(colour)\""
      let label =
        "\(link.source) → \(link.target): \(NumberFormat.count(link.patients, threshold: minCellCount))"
      svg.add(
        "<path class=\"sankey-link\(masked ? " masked" : "")\"\(fill) d=\"\(d)\"><title>\(Markup.escape(label))</title></path>"
      )
    }
    for node in order {
      let y = position[node] ?? 0
      svg.rect(
        x(node.stage), y, nodeWidth, max(1, size(node) * scale),
        cssClass: node.terminal ? "sankey-node terminal" : "sankey-node")
      svg.text(
        AttritionChart.clip(node.label, 26), x: x(node.stage) + nodeWidth + 4, y: y + 10,
        cssClass: "small halo")
    }
    return svg.render(title: "Treatment sequences (Sankey diagram)", description: description())
  }

  private func description() -> String {
    "Patients moving from one line of therapy to the next or to a terminal state; band width is the number "
      + "of patients (masked links drawn with a nominal width). "
      + links.map {
        "line \($0.stage + 1) \($0.source) → \($0.target): \(NumberFormat.count($0.patients, threshold: minCellCount))"
      }.joined(separator: "; ") + "."
  }
}
