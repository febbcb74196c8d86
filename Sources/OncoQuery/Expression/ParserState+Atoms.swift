import OncoModel
/// The alterations after a gene's colon: `MUT`, `G12C`, `MUT != V600E`, `CNA >= GAIN`,
/// `MISSENSE_GERMLINE`, `MUT_(746-750)`, `CONSEQUENCE(SO:0001818)`, `[vaf>=0.05]`.
extension ParserState {
  mutating func parseAtom() throws(ExpressionIssue) -> AlterationAtom {
    var atom: AlterationAtom
    if current.kind == .openParen {
      atom = AlterationAtom(.anyMutation, modifiers: [.range(try parseRange())])
    } else {
      let word = advance()
      switch (word.text.uppercased(), current.kind) {
      case ("MUT", .comparison(let comparison)):
        _ = advance()
        atom = try parseMutationComparison(comparison)
      case ("CNA", .comparison(let comparison)):
        _ = advance()
        atom = try parseCopyNumberComparison(comparison)
      case ("EXP", _), ("PROT", _):
        return try parseExpressionAtom(word)
      case ("CONSEQUENCE", .openParen) where isAdjacent:
        atom = AlterationAtom(.consequence(try parseConsequence()))
      default:
        let (base, modifiers) = try splitModifiers(word)
        atom = AlterationAtom(try kind(of: base, in: word), modifiers: modifiers)
      }
    }
    try parseTrailingModifiers(&atom)
    if current.kind == .openBracket { atom.thresholds = try parseThresholds() }
    return atom
  }

  /// `MUT = G12C`, `MUT = MISSENSE`, `MUT != V600E`, `MUT != V600`.
  private mutating func parseMutationComparison(_ comparison: Comparison) throws(ExpressionIssue)
    -> AlterationAtom
  {
    let expected = "a protein change, position or class after 'MUT \(comparison.rawValue)'"
    guard comparison == .equal || comparison == .notEqual else {
      throw issue(at: previous ?? current, expected: "'=' or '!=' after MUT")
    }
    guard current.kind == .word else { throw unexpected(expected: expected) }
    let word = advance()
    let (base, modifiers) = try splitModifiers(word)
    let negated = comparison == .notEqual
    var kind = try kind(of: base, in: word)
    switch kind {
    case .proteinChange(let text, _): kind = .proteinChange(text, negated: negated)
    case .position(let position, _): kind = .position(position, negated: negated)
    case .mutationClass where !negated: break
    default:
      throw error(
        .unknownAlteration, at: word, "'\(base)' cannot follow 'MUT \(comparison.rawValue)'",
        expected: expected)
    }
    return AlterationAtom(kind, modifiers: modifiers)
  }

  /// `CNA >= GAIN`.
  private mutating func parseCopyNumberComparison(_ comparison: Comparison) throws(ExpressionIssue)
    -> AlterationAtom
  {
    let expected = "a copy-number level (HOMDEL, HETLOSS, GAIN, AMP)"
    guard current.kind == .word else { throw unexpected(expected: expected) }
    let word = advance()
    let (base, modifiers) = try splitModifiers(word)
    guard let level = CopyNumberLevel(keyword: base) else {
      throw error(
        .unknownAlteration, at: word, "'\(base)' is not a copy-number level", expected: expected,
        hint: ClosestName.closest(to: base, in: CopyNumberLevel.allCases.map(\.keyword))
          .map { "did you mean \($0)?" })
    }
    return AlterationAtom(.copyNumber(comparison, level), modifiers: modifiers)
  }

  /// `EXP > 2`, `PROT < -1.5`: parsed, then reported, since no expression data are stored.
  private mutating func parseExpressionAtom(_ word: ExpressionToken) throws(ExpressionIssue)
    -> AlterationAtom
  {
    guard case .comparison(let comparison) = current.kind else {
      throw unexpected(expected: "a comparison after \(word.text.uppercased()) (EXP > 2)")
    }
    _ = advance()
    let measure: ExpressionMeasure = word.isKeyword("EXP") ? .mrna : .protein
    let value = try parseNumber()
    issues.append(
      error(
        .noExpressionData, at: word,
        "no expression data: OncoCohort stores no \(measure == .mrna ? "mRNA" : "protein") expression,"
          + " so '\(measure.rawValue)' can match no sample",
        hint: "remove the \(measure.rawValue) criterion; mutations, copy number and fusions can be queried"))
    return AlterationAtom(.expression(measure, comparison, value))
  }

  /// `(SO:0001818)` after `CONSEQUENCE`.
  private mutating func parseConsequence() throws(ExpressionIssue) -> String {
    _ = advance()
    let expected = "a Sequence Ontology term (SO:0001818)"
    guard current.kind == .word else { throw unexpected(expected: expected) }
    var term = advance().text
    if current.kind == .colon {
      _ = advance()
      guard current.kind == .word else { throw unexpected(expected: expected) }
      term += ":" + advance().text
    }
    _ = try expect(.closeParen, "')' after the consequence term")
    return term
  }

  /// What a base keyword or protein change names, or an unknown-alteration error with a hint.
  func kind(of base: String, in word: ExpressionToken) throws(ExpressionIssue) -> AlterationAtom.Kind {
    let upper = base.uppercased()
    if upper == "MUT" || upper.isEmpty { return .anyMutation }
    if upper == "FUSION" { return .fusion }
    if let mutationClass = MutationClass(keyword: upper) { return .mutationClass(mutationClass) }
    if let level = CopyNumberLevel(keyword: upper) { return .copyNumber(.equal, level) }
    if let position = Self.position(base) { return .position(position, negated: false) }
    if Self.looksLikeProteinChange(base) { return .proteinChange(base, negated: false) }
    let suggestion = ClosestName.closest(to: upper, in: Self.vocabulary)
    let genes = upper.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" }
    throw error(
      .unknownAlteration, at: word, "unknown alteration '\(base)'",
      expected: "MUT, a protein change (G12C), a class (MISSENSE, TRUNC, …), AMP, GAIN, HETLOSS,"
        + " HOMDEL or FUSION",
      hint: suggestion.map { "did you mean \($0)?" }
        ?? (genes ? "to name another gene, separate statements with ';' or a new line" : nil))
  }

  /// The keywords an unknown alteration is compared with for a "did you mean" hint.
  static let vocabulary: [String] =
    ["MUT", "FUSION", "CNA", "EXP", "PROT", "CONSEQUENCE", "EXON"]
    + MutationClass.named.map(\.0) + CopyNumberLevel.allCases.map(\.keyword)
    + AlterationModifier.keywords.keys.sorted() + ["EXON19_DEL", "EXON20_INS", "EXON14_SKIP"]

  /// `V600` or `600`: a residue position with no change.
  static func position(_ text: String) -> ProteinPosition? {
    var digits = Substring(text)
    var residue: String?
    if let first = digits.first, first.isLetter, first.isASCII {
      residue = String(first).uppercased()
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else {
      return nil
    }
    return ProteinPosition(residue: residue, position: value)
  }

  /// A protein change as OQL writes it (`G12C`, `E746_A750del`, `p.Gly12Cys`, `Q61*`): it
  /// starts with a residue (or `p.`, or `*`) and names a position.
  static func looksLikeProteinChange(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter || first == "*" else { return false }
    return text.contains(where: \.isNumber)
  }
}
