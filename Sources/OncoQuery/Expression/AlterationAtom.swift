/// One alteration after a gene's colon: a kind, `_`-joined modifiers and optional thresholds.
///
/// `MISSENSE_SOMATIC_DRIVER[vaf>=0.05]` is a missense mutation that is somatic AND a driver
/// AND has a variant allele fraction of at least 5 %.
public struct AlterationAtom: Sendable, Hashable {
  /// What kind of alteration is meant.
  public enum Kind: Sendable, Hashable {
    /// Any mutation (`MUT`).
    case anyMutation
    /// A mutation class (`MISSENSE`, `TRUNC`, `EXON19_DEL`, …).
    case mutationClass(MutationClass)
    /// A protein change as written (`G12C`, `MUT = G12C`), or its negation (`MUT != V600E`).
    case proteinChange(String, negated: Bool)
    /// Any change at one residue (`V600`, or `MUT != V600` negated).
    case position(ProteinPosition, negated: Bool)
    /// A Sequence Ontology consequence with its descendants (`CONSEQUENCE(SO:0001818)`).
    case consequence(String)
    /// A copy-number level compared with the sample's (`AMP` is `= AMP`; `CNA >= GAIN`).
    case copyNumber(Comparison, CopyNumberLevel)
    /// Any fusion involving the gene (`FUSION`).
    case fusion
    /// mRNA or protein expression compared with a z-score (`EXP > 2`); never matches here.
    case expression(ExpressionMeasure, Comparison, Double)
  }

  /// The kind.
  public var kind: Kind
  /// Restrictions joined with `_` (all must hold).
  public var modifiers: [AlterationModifier]
  /// Read-level thresholds in brackets (all must hold).
  public var thresholds: [Threshold]

  /// Creates an alteration atom.
  public init(_ kind: Kind, modifiers: [AlterationModifier] = [], thresholds: [Threshold] = []) {
    self.kind = kind
    self.modifiers = modifiers
    self.thresholds = thresholds
  }
}

/// A residue named by position, with the reference amino acid when written (`V600`).
public struct ProteinPosition: Sendable, Hashable {
  /// The reference residue's one-letter code as written, or `nil`.
  public var residue: String?
  /// The 1-based position.
  public var position: Int

  /// Creates a residue position.
  public init(residue: String?, position: Int) {
    self.residue = residue
    self.position = position
  }
}

/// Which expression measure an `EXP`/`PROT` atom names.
public enum ExpressionMeasure: String, Sendable, Hashable, CaseIterable {
  /// mRNA expression (`EXP`).
  case mrna = "EXP"
  /// Protein level (`PROT`).
  case protein = "PROT"
}
