/// Chooses which cells to mask: the small ones, then enough others that no masked value can be
/// worked out from the sums the report shows.
///
/// 1. Primary: every count from 1 to `threshold − 1`. Zero is shown: it describes no patient.
/// 2. Complementary, by the usual rule: a sum with exactly one masked cell gives it away, so the
///    smallest other non-zero cell of that sum is masked too (zeros last, then by position).
/// 3. A check by linear algebra: a masked cell is recoverable when the sums, as linear equations
///    in the masked unknowns, determine it (its unit vector lies in the row space). While one
///    is, the smallest shown cell of a sum containing it is masked. This catches what the rule
///    of step 2 misses (a masked cell pinned by several sums together). When every sum around it
///    is masked, the nearest shown cell through masked ones is taken.
struct SuppressionSolver {
  let values: [Int]
  let equations: [CellLedger.Equation]
  let threshold: Int

  /// The masked cells and why.
  func solve() -> [Int: ReportCount.Suppression] {
    var masked: [Int: ReportCount.Suppression] = [:]
    for (id, value) in values.enumerated() where value > 0 && value < threshold {
      masked[id] = .belowThreshold
    }
    guard !masked.isEmpty else { return masked }
    while true {
      propagate(&masked)
      let exposed = Self.determinedCells(equations: equations, masked: Set(masked.keys))
      guard let extra = exposed.lazy.compactMap({ nearestShown(from: $0, masked) }).first else {
        return masked
      }
      masked[extra] = .complementary
    }
  }

  /// Step 2 to a fixed point.
  private func propagate(_ masked: inout [Int: ReportCount.Suppression]) {
    var changed = true
    while changed {
      changed = false
      for equation in equations where equation.cells.filter({ masked[$0] != nil }).count == 1 {
        if let extra = smallest(equation.cells.filter { masked[$0] == nil }) {
          masked[extra] = .complementary
          changed = true
        }
      }
    }
  }

  /// The shown cell to mask next so that `cell` is no longer recoverable.
  ///
  /// The smallest shown cell of the sums containing `cell`; when they are all masked, of the
  /// sums one masked cell further, and so on (breadth first). `nil` when every sum reachable
  /// through masked cells is fully masked: then the equations can only pin `cell` at zero.
  private func nearestShown(from cell: Int, _ masked: [Int: ReportCount.Suppression]) -> Int? {
    var reached: Set<Int> = [cell]
    var frontier = [cell]
    while !frontier.isEmpty {
      let sums = equations.filter { equation in equation.cells.contains { frontier.contains($0) } }
      if let found = smallest(sums.flatMap(\.cells).filter { masked[$0] == nil }) { return found }
      frontier = sums.flatMap(\.cells).filter { reached.insert($0).inserted }
    }
    return nil
  }

  private func smallest(_ ids: [Int]) -> Int? {
    ids.min { lhs, rhs in
      let l = (values[lhs] == 0 ? 1 : 0, values[lhs], lhs)
      let r = (values[rhs] == 0 ? 1 : 0, values[rhs], rhs)
      return l < r
    }
  }

  /// The masked cells that the equations determine, in increasing id.
  ///
  /// Row-reduces the equations restricted to the masked unknowns; a cell is determined when its
  /// column is a pivot whose row has no other non-zero entry. Coefficients are small integers, so
  /// Double elimination with a 1e-9 tolerance is exact enough.
  static func determinedCells(equations: [CellLedger.Equation], masked: Set<Int>) -> [Int] {
    let unknowns = masked.sorted()
    let column = Dictionary(uniqueKeysWithValues: unknowns.enumerated().map { ($1, $0) })
    var rows: [[Double]] = equations.compactMap { equation in
      var row = [Double](repeating: 0, count: unknowns.count)
      if let c = column[equation.total] { row[c] += 1 }
      for part in equation.parts { if let c = column[part] { row[c] -= 1 } }
      return row.contains { $0 != 0 } ? row : nil
    }
    var pivots: [(row: Int, column: Int)] = []
    var top = 0
    for c in unknowns.indices where top < rows.count {
      guard let p = (top..<rows.count).max(by: { abs(rows[$0][c]) < abs(rows[$1][c]) }),
        abs(rows[p][c]) > 1e-9
      else { continue }
      rows.swapAt(top, p)
      let scale = rows[top][c]
      rows[top] = rows[top].map { $0 / scale }
      for r in rows.indices where r != top && abs(rows[r][c]) > 1e-9 {
        let factor = rows[r][c]
        for k in unknowns.indices { rows[r][k] -= factor * rows[top][k] }
      }
      pivots.append((top, c))
      top += 1
    }
    return pivots.filter { pivot in
      rows[pivot.row].indices.allSatisfy { $0 == pivot.column || abs(rows[pivot.row][$0]) <= 1e-9 }
    }.map { unknowns[$0.column] }
  }
}
