/// The canonical text of an expression: parsing it gives back the same tree.
extension AlterationExpression: CustomStringConvertible {
  /// The canonical form: `OR` between statements, one space around operators, parentheses
  /// only where precedence needs them, keywords in upper case.
  public var description: String { formatted(minimumPrecedence: 0) }

  private var precedence: Int {
    switch self {
    case .or: 1
    case .and: 2
    case .not: 3
    default: 4
    }
  }

  private func formatted(minimumPrecedence: Int) -> String {
    let text: String
    switch self {
    case .or(let left, let right):
      text = left.formatted(minimumPrecedence: 1) + " OR " + right.formatted(minimumPrecedence: 2)
    case .and(let left, let right):
      text = left.formatted(minimumPrecedence: 2) + " AND " + right.formatted(minimumPrecedence: 3)
    case .not(let operand):
      text = "NOT " + operand.formatted(minimumPrecedence: 3)
    case .gene(let query):
      text = query.description
    case .fusion(let query):
      text = (query.fivePrime ?? "") + "::" + (query.threePrime ?? "")
    case .biomarker(let condition):
      text = condition.description
    case .reference(let name):
      text = "@" + name
    }
    return precedence < minimumPrecedence ? "(" + text + ")" : text
  }
}

extension GeneQuery: CustomStringConvertible {
  /// `KRAS`, or `KRAS: G12C AMP`.
  public var description: String {
    alterations.isEmpty ? gene : gene + ": " + alterations.map(\.description).joined(separator: " ")
  }
}

extension BiomarkerCondition: CustomStringConvertible {
  /// `TMB >= 10`, `MSI = MSI-H`.
  public var description: String {
    let right =
      switch value {
      case .number(let number): NumberText.format(number)
      case .category(let category): category
      }
    return "\(name) \(comparison.rawValue) \(right)"
  }
}

extension AlterationAtom: CustomStringConvertible {
  /// `MISSENSE_GERMLINE`, `MUT != V600E`, `CNA >= GAIN`, `G12C[vaf>=0.05, depth>=100]`.
  public var description: String {
    var text: String
    switch kind {
    case .anyMutation: text = "MUT"
    case .mutationClass(let mutationClass): text = mutationClass.keyword
    case .proteinChange(let change, let negated): text = (negated ? "MUT != " : "") + change
    case .position(let position, let negated):
      text = (negated ? "MUT != " : "") + (position.residue ?? "") + String(position.position)
    case .consequence(let term): text = "CONSEQUENCE(\(term))"
    case .copyNumber(.equal, let level): text = level.keyword
    case .copyNumber(let comparison, let level): text = "CNA \(comparison.rawValue) \(level.keyword)"
    case .fusion: text = "FUSION"
    case .expression(let measure, let comparison, let value):
      text = "\(measure.rawValue) \(comparison.rawValue) \(NumberText.format(value))"
    }
    for modifier in modifiers { text += "_" + modifier.description }
    if !thresholds.isEmpty {
      text += "[" + thresholds.map(\.description).joined(separator: ", ") + "]"
    }
    return text
  }
}

extension AlterationModifier: CustomStringConvertible {
  /// `GERMLINE`, `EXON(19)`, `(746-750*)`, without the joining `_`.
  public var description: String {
    switch self {
    case .germline: "GERMLINE"
    case .somatic: "SOMATIC"
    case .driver: "DRIVER"
    case .exon(let exon): "EXON(\(exon))"
    case .range(let range):
      "(" + (range.start.map(String.init) ?? "") + "-" + (range.end.map(String.init) ?? "")
        + (range.includesOverlapping ? "*" : "") + ")"
    }
  }
}

extension Threshold: CustomStringConvertible {
  /// `vaf>=0.05`.
  public var description: String {
    measure.rawValue + comparison.rawValue + NumberText.format(value)
  }
}

/// Numbers as the language writes them: `10` rather than `10.0`.
enum NumberText {
  static func format(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    let text = String(value)
    guard let mark = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: mark)...])
    else { return text }
    // Swift writes very large and very small values with an exponent ("7.1e+52", "1e-05"),
    // which the language has no syntax for (found by fuzzing): spell the same digits out.
    var mantissa = text[..<mark]
    let negative = mantissa.hasPrefix("-")
    if negative { mantissa = mantissa.dropFirst() }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let whole = parts[0]
    let digits = String(whole) + (parts.count > 1 ? String(parts[1]) : "")
    let point = whole.count + exponent
    let spelled =
      if point <= 0 {
        "0." + String(repeating: "0", count: -point) + digits
      } else if point >= digits.count {
        digits + String(repeating: "0", count: point - digits.count)
      } else {
        String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
      }
    return (negative ? "-" : "") + spelled
  }
}
