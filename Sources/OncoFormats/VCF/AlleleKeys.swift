/// The ALT alleles of one record, in the forms annotation tools write them, for matching
/// annotation entries to ALTs.
struct AlleleKeys {
  /// The ALT alleles as written in the record.
  var alternates: [Bytes] = []
  /// Whether VEP dropped the first base of every allele (an indel site where all alleles,
  /// REF included, begin with the same base).
  var vepTrimsFirstBase = false

  /// Sets the alleles of a new record.
  mutating func reset(reference: Bytes, alternates: [Bytes]) {
    self.alternates = alternates
    vepTrimsFirstBase = Self.vepTrims(reference: reference, alternates: alternates)
  }

  /// Whether VEP trims the first base of this site's alleles.
  ///
  /// VEP's rule (`Bio::EnsEMBL::VEP::Parser::VCF`): at an indel site (some ALT differs in length
  /// from REF) where every allele begins with the same base, that base is removed (`-` if nothing
  /// is left). Symbolic and breakend alleles are left as they are.
  static func vepTrims(reference: Bytes, alternates: [Bytes]) -> Bool {
    guard let first = reference.first else { return false }
    var indel = false
    for alternate in alternates {
      guard AlleleSyntax.isBases(alternate) || alternate.equals("*") else { continue }
      if alternate.count != reference.count { indel = true }
      if alternate.first != first, !alternate.equals("*") { return false }
    }
    return indel
  }

  /// The ALT index an entry's allele names, and whether it is a SnpEff cancer-mode derived allele.
  func match(_ allele: Bytes, style: AnnotationLayout.Style, alleleNumber: Bytes?)
    -> (index: Int?, isDerived: Bool)
  {
    if let number = alleleNumber?.parseInt(), number >= 1, number <= alternates.count {
      return (number - 1, false)
    }
    if let index = find(allele, style: style) { return (index, false) }
    if style != .vep, let dash = allele.index(of: ASCII.minus), dash > 0,
      let index = find(allele.slice(0..<dash), style: style)
    {
      return (index, true)
    }
    if style == .classicSnpEff, let number = allele.parseInt(), number >= 1, number <= alternates.count {
      return (number - 1, false)
    }
    // One ALT: an entry with an empty or unusual allele can only describe it.
    if alternates.count == 1, allele.isEmpty || style == .classicSnpEff { return (0, false) }
    return (nil, false)
  }

  private func find(_ allele: Bytes, style: AnnotationLayout.Style) -> Int? {
    for (index, alternate) in alternates.enumerated() where matches(allele, alternate, style: style) {
      return index
    }
    return nil
  }

  private func matches(_ allele: Bytes, _ alternate: Bytes, style: AnnotationLayout.Style) -> Bool {
    guard style == .vep, vepTrimsFirstBase, AlleleSyntax.isBases(alternate) else {
      return allele.equals(alternate)
    }
    if alternate.count == 1 { return allele.equals("-") }
    return allele.equals(alternate.suffix(from: 1))
  }
}
