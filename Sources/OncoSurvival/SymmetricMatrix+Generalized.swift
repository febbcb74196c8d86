extension SymmetricMatrix {
  /// bᵀ·A⁻·b with a generalised inverse, and the rank of A.
  ///
  /// As R's `cholesky2`/`chsolve2`: an LDLᵀ factorisation in which a pivot below the tolerance
  /// makes its column zero (the direction is dropped), so a rank-deficient covariance (a group
  /// only ever at risk alone) still gives a statistic on the estimable directions.
  func generalizedQuadraticForm(_ b: [Double]) -> (value: Double, rank: Int) {
    let n = size
    var l = [Double](repeating: 0, count: n * n)
    var d = [Double](repeating: 0, count: n)
    var largest = 0.0
    for i in 0..<n { largest = max(largest, abs(self[i, i])) }
    let tolerance = Self.pivotTolerance * largest
    var rank = 0
    for j in 0..<n {
      var pivot = self[j, j]
      for k in 0..<j { pivot -= l[j * n + k] * l[j * n + k] * d[k] }
      guard pivot > tolerance else { continue }
      d[j] = pivot
      rank += 1
      l[j * n + j] = 1
      for i in (j + 1)..<max(j + 1, n) {
        var sum = self[i, j]
        for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] * d[k] }
        l[i * n + j] = sum / pivot
      }
    }
    // y = L⁻¹b on the kept directions; value = Σ y_j² / d_j.
    var y = b
    var value = 0.0
    for i in 0..<n {
      guard d[i] > 0 else {
        y[i] = 0
        continue
      }
      for k in 0..<i where d[k] > 0 { y[i] -= l[i * n + k] * y[k] }
      value += y[i] * y[i] / d[i]
    }
    return (value, rank)
  }
}
