import OncoModel

/// The columns of an alteration in `oncocohort variants` output, in contract order.
///
/// The same names serve as JSON keys and TSV headers (see DESIGN.md, command-line contract).
enum AlterationRecord {
  static let columns = [
    "sample", "gene", "kind", "chromosome", "position", "ref", "alt", "protein_change",
    "protein_start", "protein_end", "hgvsc", "consequence", "variant_class", "exon", "vaf",
    "depth", "filter", "origin",
  ]

  /// The values of ``columns`` for one alteration; `nil` where the source said nothing.
  static func values(_ alteration: Alteration) -> [Value] {
    [
      .text(alteration.sampleID), .text(alteration.gene), .text(alteration.kind.rawValue),
      .text(alteration.position?.chromosome), .integer(alteration.position?.position),
      .text(alteration.ref), .text(alteration.alt), .text(alteration.proteinChange?.short),
      .integer(alteration.proteinChange?.start), .integer(alteration.proteinChange?.end),
      .text(alteration.hgvsc), .text(alteration.consequence),
      .text(alteration.variantClass?.rawValue), .text(alteration.exon?.description),
      .real(alteration.vaf), .integer(alteration.depth), .text(alteration.filter),
      .text(alteration.origin.rawValue),
    ]
  }

  /// One cell, typed so JSON writes numbers as numbers.
  enum Value {
    case text(String?)
    case integer(Int?)
    case real(Double?)

    var json: String {
      switch self {
      case .text(let value): JSONWriter.string(value)
      case .integer(let value): JSONWriter.number(value)
      case .real(let value): JSONWriter.number(value)
      }
    }

    /// TSV cell: empty when absent; tabs and newlines inside a value become spaces.
    var tsv: String {
      let raw: String? =
        switch self {
        case .text(let value): value
        case .integer(let value): value.map(String.init)
        case .real(let value): value.map { "\($0)" }
        }
      guard let raw else { return "" }
      return String(raw.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
  }

  static func json(_ alteration: Alteration) -> String {
    JSONWriter.object(Array(zip(columns, values(alteration).map(\.json))))
  }

  static func tsv(_ alteration: Alteration) -> String {
    values(alteration).map(\.tsv).joined(separator: "\t")
  }
}
