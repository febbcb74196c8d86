import OncoModel
/// Modifiers joined with `_` (`_GERMLINE`, `_EXON(19)`, `_(746-750)`) and thresholds in
/// brackets (`[vaf>=0.05, depth>=100]`).
extension ParserState {
  /// Splits `MISSENSE_SOMATIC_DRIVER` into its base and modifiers; the base keeps its own
  /// underscores (`E746_A750del`, `INFRAME_DEL`, `EXON19_DEL`).
  mutating func splitModifiers(_ word: ExpressionToken) throws(ExpressionIssue)
    -> (base: String, modifiers: [AlterationModifier])
  {
    let parts = word.text.split(separator: "_", omittingEmptySubsequences: false)
    var first = parts.count
    while first > 0, isModifier(parts[first - 1], last: first == parts.count) { first -= 1 }
    let base = parts[..<first].joined(separator: "_")
    var modifiers: [AlterationModifier] = []
    for part in parts[first...] { modifiers.append(try modifier(part)) }
    return (base, modifiers)
  }

  /// `_GERMLINE…` written right after a `)` (`MUT_(746-750)_GERMLINE`).
  mutating func parseTrailingModifiers(_ atom: inout AlterationAtom) throws(ExpressionIssue) {
    while current.kind == .word, isAdjacent, current.text.hasPrefix("_"), previous?.kind == .closeParen {
      let word = advance()
      let parts = word.text.dropFirst().split(separator: "_", omittingEmptySubsequences: false)
      for (offset, part) in parts.enumerated() {
        guard isModifier(part, last: offset == parts.count - 1) else {
          throw error(
            .unknownAlteration, at: word, "unknown modifier '\(part)'",
            expected: "GERMLINE, SOMATIC, DRIVER, EXON(n) or a range (a-b)",
            hint: ClosestName.closest(to: part.uppercased(), in: AlterationModifier.keywords.keys.sorted())
              .map { "did you mean \($0)?" })
        }
        atom.modifiers.append(try modifier(part))
      }
    }
  }

  private func isKeywordModifier(_ part: Substring) -> Bool {
    AlterationModifier.keywords[part.uppercased()] != nil
  }

  /// Whether `part` is a modifier; `EXON` and the empty part only last and before `(`.
  private func isModifier(_ part: Substring, last: Bool) -> Bool {
    if isKeywordModifier(part) { return true }
    let opensParen = last && current.kind == .openParen && isAdjacent
    return opensParen && (part.isEmpty || part.uppercased() == "EXON")
  }

  private mutating func modifier(_ part: Substring) throws(ExpressionIssue) -> AlterationModifier {
    if let keyword = AlterationModifier.keywords[part.uppercased()] { return keyword }
    if part.isEmpty { return .range(try parseRange()) }
    _ = advance()
    let exon = try parseInteger("an exon number")
    _ = try expect(.closeParen, "')' after the exon number")
    return .exon(exon)
  }

  /// `(a-b)`, `(a-b*)`, `(a-)`, `(-b)`; a single `(a)` is `(a-a)`.
  mutating func parseRange() throws(ExpressionIssue) -> ProteinRange {
    let open = advance()
    var start: Int?
    if current.kind == .word { start = try parseInteger("a protein position") }
    var end = start
    var overlapping = false
    if current.kind == .minus {
      _ = advance()
      end = nil
      if current.kind == .word {
        let word = current
        var text = Substring(word.text)
        if text.hasSuffix("*") {
          overlapping = true
          text = text.dropLast()
        }
        if !text.isEmpty {
          guard let value = Int(text), value >= 0 else {
            throw error(.invalidNumber, at: word, "'\(word.text)' is not a protein position")
          }
          end = value
        }
        _ = advance()
      }
    }
    _ = try expect(.closeParen, "')' to close the range")
    if start == nil, end == nil {
      throw error(
        .invalidRange, at: open, "a range needs a start or an end", hint: "write (746-750), (746-) or (-750)")
    }
    if let start, let end, start > end {
      throw error(
        .invalidRange, at: open, "the range starts at \(start), after its end \(end)",
        hint: "write (\(end)-\(start))")
    }
    return ProteinRange(start: start, end: end, includesOverlapping: overlapping)
  }

  /// `[vaf>=0.05, depth>=100]`.
  mutating func parseThresholds() throws(ExpressionIssue) -> [Threshold] {
    _ = advance()
    var thresholds: [Threshold] = []
    let names = Threshold.Measure.allCases.map(\.rawValue)
    repeat {
      if !thresholds.isEmpty { _ = advance() }
      guard current.kind == .word else { throw unexpected(expected: "vaf, depth or alt_count") }
      let word = advance()
      guard let measure = Threshold.Measure(rawValue: word.text.lowercased()) else {
        throw error(
          .unknownAlteration, at: word, "unknown threshold '\(word.text)'",
          expected: "vaf, depth or alt_count",
          hint: ClosestName.closest(to: word.text.lowercased(), in: names).map { "did you mean \($0)?" })
      }
      guard case .comparison(let comparison) = current.kind else {
        throw unexpected(expected: "a comparison (>=) after \(measure.rawValue)")
      }
      _ = advance()
      thresholds.append(Threshold(measure, comparison, try parseNumber()))
    } while current.kind == .comma
    _ = try expect(.closeBracket, "',' or ']' after a threshold")
    return thresholds
  }
}
