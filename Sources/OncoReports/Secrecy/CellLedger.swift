/// The counts of a report as numbered cells, with the sums that tie them together.
///
/// ``ReportDocument/walkCells(_:)`` visits every count in a fixed order; the same walk runs
/// twice: once to record values and sums (``Mode/record``), once to mask the cells the
/// suppression chose (``Mode/apply(_:)``). Values derived from counts (medians, curves) are
/// declared with ``derived(_:from:)`` and erased when a count they come from is masked.
struct CellLedger {
  /// What a walk does.
  enum Mode {
    /// Records values and sums.
    case record
    /// Masks the listed cells and erases what derives from them.
    case apply([Int: ReportCount.Suppression])
  }

  /// A sum shown in the report: `total` = Σ `parts`.
  struct Equation: Hashable {
    var total: Int
    var parts: [Int]
    var cells: [Int] { [total] + parts }
  }

  let mode: Mode
  private(set) var values: [Int] = []
  private(set) var equations: [Equation] = []
  private var next = 0

  init(mode: Mode) { self.mode = mode }

  /// Numbers a count; in apply mode, masks it if chosen.
  mutating func visit(_ count: inout ReportCount) -> Int {
    let id = next
    next += 1
    switch mode {
    case .record: values.append(count.value ?? 0)
    case .apply(let masked): if let reason = masked[id] { count.mask(reason) }
    }
    return id
  }

  /// Numbers every count of an array.
  mutating func visit(_ counts: inout [ReportCount]) -> [Int] {
    counts.indices.map { visit(&counts[$0]) }
  }

  /// Declares that `total` is shown as the sum of `parts`.
  mutating func sum(_ total: Int, _ parts: [Int]) {
    if case .record = mode, !parts.isEmpty { equations.append(Equation(total: total, parts: parts)) }
  }

  /// Declares two cells that show the same number (at risk at time 0 and the group's size), so
  /// that masking one masks the other.
  mutating func sameIfEqual(_ a: Int, _ b: Int) {
    if case .record = mode, values[a] == values[b] { equations.append(Equation(total: a, parts: [b])) }
  }

  /// Whether any of the cells is masked (always false while recording).
  func anyMasked(_ ids: [Int]) -> Bool {
    guard case .apply(let masked) = mode else { return false }
    return ids.contains { masked[$0] != nil }
  }

  /// Erases a value computed from counts when one of them is masked.
  func derived<Value>(_ value: inout Value?, from ids: [Int]) {
    if anyMasked(ids) { value = nil }
  }
}
