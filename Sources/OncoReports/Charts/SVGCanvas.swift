/// A small SVG writer: elements appended as text, wrapped with an accessible root element.
///
/// Every chart is an `<svg role="img">` with a `<title>` and a `<desc>` (its text alternative,
/// referenced by `aria-labelledby`), so screen readers announce it and print keeps it sharp.
struct SVGCanvas {
  let width: Double
  let height: Double
  /// A prefix making the `id`s unique within an HTML page.
  let id: String
  private(set) var body: [String] = []

  init(width: Double, height: Double, id: String) {
    self.width = width
    self.height = height
    self.id = id
  }

  /// Appends raw SVG markup.
  mutating func add(_ element: String) { body.append(element) }

  /// Appends a text element, escaped.
  mutating func text(
    _ content: String, x: Double, y: Double, anchor: String = "start", cssClass: String = "label"
  ) {
    add(
      "<text class=\"\(cssClass)\" x=\"\(c(x))\" y=\"\(c(y))\" text-anchor=\"\(anchor)\">\(Markup.escape(content))</text>"
    )
  }

  /// Appends a line.
  mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, cssClass: String) {
    add("<line class=\"\(cssClass)\" x1=\"\(c(x1))\" y1=\"\(c(y1))\" x2=\"\(c(x2))\" y2=\"\(c(y2))\"/>")
  }

  /// Appends a rectangle.
  mutating func rect(
    _ x: Double, _ y: Double, _ w: Double, _ h: Double, cssClass: String, fill: String? = nil
  ) {
    let style = fill.map { " fill=\"\($0)\"" } ?? ""
    add(
      "<rect class=\"\(cssClass)\" x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(w))\" height=\"\(c(h))\"\(style)/>"
    )
  }

  /// The complete `<svg>` element.
  func render(title: String, description: String) -> String {
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\""
    out += " viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\""
    out += " aria-labelledby=\"\(id)-title \(id)-desc\">\n"
    out += "<title id=\"\(id)-title\">\(Markup.escape(title))</title>\n"
    out += "<desc id=\"\(id)-desc\">\(Markup.escape(description))</desc>\n"
    out += SVGCanvas.style
    for element in body { out += element + "\n" }
    out += "</svg>"
    return out
  }

  private func c(_ x: Double) -> String { NumberFormat.coordinate(x) }

  /// Styles inside each SVG so a chart written beside a Markdown file looks the same alone.
  static let style = """
    <style>
    .label{font:11px sans-serif;fill:#222}.small{font:9px sans-serif;fill:#444}.heading{font:bold 11px sans-serif;fill:#222}
    .axis{stroke:#222;stroke-width:1}.grid{stroke:#ddd;stroke-width:0.5}.ref{stroke:#888;stroke-dasharray:4 3}
    .km-curve{fill:none;stroke-width:1.8}.km-band{stroke:none;fill-opacity:0.15}.km-censor{stroke-width:1.2}
    .box{fill:#f4f6f8;stroke:#556;stroke-width:1}.exclusion{fill:#fff;stroke:#a55;stroke-width:1}
    .sankey-node{fill:#445}.sankey-node.terminal{fill:#922}.halo{paint-order:stroke;stroke:#fff;stroke-width:3px}.sankey-link{fill-opacity:0.35;stroke:none}.sankey-link.masked{fill:#bbb;fill-opacity:0.5;stroke:#666;stroke-dasharray:3 2}
    .forest-ci{stroke:#222;stroke-width:1.5}.forest-point{fill:#222}
    </style>

    """

  /// Colour-blind-safe palette (Okabe–Ito), cycled.
  static let palette = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000",
  ]

  static func color(_ index: Int) -> String { palette[index % palette.count] }
}
