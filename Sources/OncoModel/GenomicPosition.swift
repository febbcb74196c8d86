/// A position on a reference genome.
public struct GenomicPosition: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  /// The contig as the source wrote it (`chr7` and `7` are kept as given).
  public var chromosome: String
  /// The 1-based position of the first reference base (VCF `POS`, MAF `Start_Position`).
  public var position: Int

  @inlinable public init(chromosome: String, position: Int) {
    self.chromosome = chromosome
    self.position = position
  }

  public var description: String { "\(chromosome):\(position)" }

  public static func < (lhs: GenomicPosition, rhs: GenomicPosition) -> Bool {
    (lhs.chromosome, lhs.position) < (rhs.chromosome, rhs.position)
  }
}
