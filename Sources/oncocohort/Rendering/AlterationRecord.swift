import OncoModel

/// The columns of an alteration in `oncocohort variants` output, in contract order.
///
/// The same names serve as JSON keys and TSV headers (see DESIGN.md, command-line contract);
/// ``forEachValue(_:_:)`` lists the values in that order, once for both formats.
enum AlterationRecord {
  static let columns = [
    "sample", "gene", "kind", "chromosome", "position", "ref", "alt", "protein_change",
    "protein_start", "protein_end", "hgvsc", "consequence", "variant_class", "exon", "vaf",
    "depth", "filter", "origin",
  ]

  /// One cell, typed so JSON writes numbers as numbers; `nil` where the source said nothing.
  enum Value {
    case text(String?)
    case integer(Int?)
    case real(Double?)
  }

  /// Calls `body` with the values of ``columns`` for one alteration, in order.
  static func forEachValue(_ alteration: Alteration, _ body: (Value) -> Void) {
    body(.text(alteration.sampleID))
    body(.text(alteration.gene))
    body(.text(alteration.kind.rawValue))
    body(.text(alteration.position?.chromosome))
    body(.integer(alteration.position?.position))
    body(.text(alteration.ref))
    body(.text(alteration.alt))
    body(.text(alteration.proteinChange?.short))
    body(.integer(alteration.proteinChange?.start))
    body(.integer(alteration.proteinChange?.end))
    body(.text(alteration.hgvsc))
    body(.text(alteration.consequence))
    body(.text(alteration.variantClass?.rawValue))
    body(.text(alteration.exon?.description))
    body(.real(alteration.vaf))
    body(.integer(alteration.depth))
    body(.text(alteration.filter))
    body(.text(alteration.origin.rawValue))
  }

  /// One TSV row: empty cells for absent values, ended by a newline.
  static func writeTSV(_ alteration: Alteration, to output: inout OutputBuffer) {
    var first = true
    forEachValue(alteration) { value in
      if !first { output.append(byte: 0x09) }
      first = false
      switch value {
      case .text(let text): if let text { output.appendTSVCell(text) }
      case .integer(let number): if let number { output.append(String(number)) }
      case .real(let number): if let number { output.append(number.description) }
      }
    }
    output.append(byte: 0x0A)
  }

  /// One JSON object with every key, `null` for absent values.
  static func writeJSON(_ alteration: Alteration, to output: inout OutputBuffer) {
    var index = 0
    output.append(byte: 0x7B)
    forEachValue(alteration) { value in
      if index > 0 { output.append(byte: 0x2C) }
      output.appendJSONString(columns[index])
      output.append(byte: 0x3A)
      switch value {
      case .text(let text): if let text { output.appendJSONString(text) } else { output.append("null") }
      case .integer(let number): output.append(JSONWriter.number(number))
      case .real(let number): output.append(JSONWriter.number(number))
      }
      index += 1
    }
    output.append(byte: 0x7D)
  }
}
