/// A protein change in one canonical short form, with the residues it affects.
///
/// Every spelling of the same change (`p.Gly12Cys`, `p.G12C`, `G12C`, `p.(G12C)`) has one
/// ``short`` form, the one cBioPortal and OQL use (`G12C`, `E746_A750del`, `L747fs`, `R213*`,
/// `X1010_splice`), so that alteration criteria can compare strings.
public struct ProteinChange: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The kind of change, which alteration classes (`TRUNC`, `INFRAME`, …) are built from.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    case missense
    case nonsense
    case synonymous
    case frameshift
    case inframeDeletion = "inframe_deletion"
    case inframeInsertion = "inframe_insertion"
    case duplication
    case delins
    case startLoss = "start_loss"
    case stopLoss = "stop_loss"
    case splice
    case other
  }

  /// The canonical short form without the `p.` prefix.
  public var short: String
  public var kind: Kind
  /// The first affected residue (1-based), when the notation names one.
  public var start: Int?
  /// The last affected residue; equal to `start` for single-residue changes.
  public var end: Int?

  @inlinable public init(short: String, kind: Kind, start: Int?, end: Int?) {
    self.short = short
    self.kind = kind
    self.start = start
    self.end = end
  }

  public var description: String { short }
}
