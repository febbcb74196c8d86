import OncoReports

/// An attacker who reads a masked report and tries to work out every masked count from the sums
/// it shows, by exact rational Gaussian elimination (independent of the library's solver).
struct RecoveryAttack {
  /// Unknowns are masked counts, numbered as met.
  private(set) var unknownCount = 0
  /// Rows: coefficients per unknown and a constant (Σ coef·x = constant).
  private(set) var rows: [([Int: Fraction], Fraction)] = []

  /// A term of an equation: a shown value or an unknown.
  enum Term {
    case known(Int)
    case unknown(Int)
  }

  mutating func term(_ count: ReportCount) -> Term {
    if let value = count.value { return .known(value) }
    unknownCount += 1
    return .unknown(unknownCount - 1)
  }

  /// total = Σ parts.
  mutating func sum(_ total: Term, _ parts: [Term]) {
    var coefficients: [Int: Fraction] = [:]
    var constant = Fraction(0)
    func add(_ term: Term, _ sign: Int) {
      switch term {
      case .known(let v): constant = constant - Fraction(sign * v)
      case .unknown(let u): coefficients[u] = (coefficients[u] ?? Fraction(0)) + Fraction(sign)
      }
    }
    add(total, 1)
    for part in parts { add(part, -1) }
    rows.append((coefficients, constant))
  }

  /// The unknowns the equations determine, with their values.
  func recovered() -> [Int: Fraction] {
    var matrix = rows.map { row in (0..<unknownCount).map { row.0[$0] ?? Fraction(0) } + [row.1] }
    var pivotRow = 0
    var pivots: [Int: Int] = [:]
    for column in 0..<unknownCount where pivotRow < matrix.count {
      guard let p = (pivotRow..<matrix.count).first(where: { !matrix[$0][column].isZero }) else { continue }
      matrix.swapAt(pivotRow, p)
      let scale = matrix[pivotRow][column]
      matrix[pivotRow] = matrix[pivotRow].map { $0 / scale }
      for r in matrix.indices where r != pivotRow && !matrix[r][column].isZero {
        let factor = matrix[r][column]
        matrix[r] = zip(matrix[r], matrix[pivotRow]).map { $0 - factor * $1 }
      }
      pivots[column] = pivotRow
      pivotRow += 1
    }
    var found: [Int: Fraction] = [:]
    for (column, row) in pivots
    where (0..<unknownCount).allSatisfy({ $0 == column || matrix[row][$0].isZero }) {
      found[column] = matrix[row][unknownCount]
    }
    return found
  }
}

/// An exact fraction of integers.
struct Fraction: Equatable, CustomStringConvertible {
  var numerator: Int
  var denominator: Int

  init(_ value: Int) { (numerator, denominator) = (value, 1) }

  init(_ n: Int, _ d: Int) {
    func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
    let g = max(1, gcd(n, d)) * (d < 0 ? -1 : 1)
    (numerator, denominator) = (n / g, d / g)
  }

  var isZero: Bool { numerator == 0 }
  var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

  static func + (l: Fraction, r: Fraction) -> Fraction {
    Fraction(l.numerator * r.denominator + r.numerator * l.denominator, l.denominator * r.denominator)
  }
  static func - (l: Fraction, r: Fraction) -> Fraction { l + Fraction(-r.numerator, r.denominator) }
  static func * (l: Fraction, r: Fraction) -> Fraction {
    Fraction(l.numerator * r.numerator, l.denominator * r.denominator)
  }
  static func / (l: Fraction, r: Fraction) -> Fraction {
    Fraction(l.numerator * r.denominator, l.denominator * r.numerator)
  }
}

extension RecoveryAttack {
  /// Every sum a reader of the report can see, written from the report's public structure.
  init(_ report: MaskedReport) {
    let d = report.document
    let cohort = term(d.cohort.patients)
    let groupTerms = d.cohort.groups.map { term($0.patients) }
    sum(cohort, groupTerms)
    var previous: Term?
    for row in d.attrition {
      let terms = [term(row.remaining), term(row.excluded), term(row.notAssessed)]
      if let previous { sum(previous, terms) }
      previous = terms[0]
    }
    // The last attrition step is the cohort.
    if let previous { sum(cohort, [previous]) }
    if let table = d.baseline {
      let sizes = table.columns.map { term($0.patients) }
      sum(sizes[sizes.count - 1], Array(sizes.dropLast()))
      // Table 1's columns are the cohort's groups and the cohort.
      for (index, column) in table.columns.enumerated() {
        if let group = d.cohort.groups.firstIndex(where: { $0.name == column.name }) {
          sum(groupTerms[group], [sizes[index]])
        }
      }
      sum(cohort, [sizes[sizes.count - 1]])
      for variable in table.variables {
        let levels = variable.levels.map { $0.counts.map { term($0) } }
        let missing = variable.missing.map { term($0) }
        for row in levels + [missing] { sum(row[row.count - 1], Array(row.dropLast())) }
        if variable.summaries == nil {
          for column in sizes.indices { sum(sizes[column], levels.map { $0[column] } + [missing[column]]) }
        }
      }
    }
    if let landscape = d.alterations {
      for pair in landscape.pairs {
        sum(term(pair.assessed), [term(pair.both), term(pair.onlyA), term(pair.onlyB), term(pair.neither)])
      }
    }
    if let pathway = d.pathway {
      var lineTerms: [Int: Term] = [:]
      var regimenTerms: [[Term]] = []
      for line in pathway.lines {
        let total = term(line.patients)
        lineTerms[line.number] = total
        regimenTerms.append(line.regimens.map { term($0.patients) })
        sum(total, regimenTerms[regimenTerms.count - 1] + [term(line.otherRegimens)])
      }
      let sequences = pathway.sequences.map { term($0.patients) }
      for (l, line) in pathway.lines.enumerated() {
        for (r, regimen) in line.regimens.enumerated() {
          let through = pathway.sequences.indices.filter {
            pathway.sequences[$0].regimens.count >= line.number
              && pathway.sequences[$0].regimens[line.number - 1] == regimen.regimen
          }
          if !through.isEmpty { sum(regimenTerms[l][r], through.map { sequences[$0] }) }
        }
      }
      for (number, total) in lineTerms {
        sum(
          total,
          pathway.sequences.indices.filter { pathway.sequences[$0].regimens.count >= number }.map {
            sequences[$0]
          })
      }
      for link in pathway.links {
        let through = pathway.sequences.indices.filter { index in
          let nodes = pathway.sequences[index].regimens + [pathway.sequences[index].terminal]
          return nodes.count > link.stage + 1 && nodes[link.stage] == link.source
            && nodes[link.stage + 1] == link.target
            && (link.stage + 2 == nodes.count) == link.targetIsTerminal
        }
        sum(term(link.patients), through.map { sequences[$0] })
      }
    }
    for outcome in d.outcomes {
      let total = term(outcome.patients)
      var sizes: [Term] = []
      for group in outcome.groups {
        let size = term(group.patients)
        sizes.append(size)
        // Without delayed entry everyone is analysed and at risk at time 0.
        guard outcome.delayedEntry == nil else { continue }
        if let index = d.cohort.groups.firstIndex(where: { $0.name == group.name }) {
          sum(groupTerms[index], [size])
        }
        if outcome.riskTimes.first == 0, let first = group.atRisk.first { sum(size, [term(first)]) }
      }
      sum(total, sizes)
      if outcome.delayedEntry == nil { sum(cohort, [total]) }
      if let entry = outcome.delayedEntry { sum(cohort, [total, term(entry.excludedBeforeEntry)]) }
    }
  }
}
