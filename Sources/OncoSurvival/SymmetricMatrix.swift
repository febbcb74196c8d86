/// A small dense symmetric positive (semi)definite matrix, row-major, with the Cholesky
/// operations the estimators need (solve, inverse, quadratic forms).
struct SymmetricMatrix: Sendable, Hashable {
  /// The order of the matrix.
  let size: Int
  /// The entries, row-major, both triangles filled.
  var values: [Double]

  init(size: Int, values: [Double]) {
    self.size = size
    self.values = values
  }

  init(zero size: Int) {
    self.size = size
    values = [Double](repeating: 0, count: size * size)
  }

  subscript(row: Int, column: Int) -> Double {
    get { values[row * size + column] }
    set { values[row * size + column] = newValue }
  }

  /// The sub-matrix on `indices` (rows and columns).
  func restricted(to indices: [Int]) -> SymmetricMatrix {
    var result = SymmetricMatrix(zero: indices.count)
    for (r, i) in indices.enumerated() {
      for (c, j) in indices.enumerated() { result[r, c] = self[i, j] }
    }
    return result
  }

  /// The lower-triangular Cholesky factor L with A = L·Lᵀ, or `nil` if A is not positive
  /// definite to the tolerance R's `coxph` uses (a pivot below ε^0.75 times the largest diagonal).
  func cholesky() -> [Double]? {
    let n = size
    var l = [Double](repeating: 0, count: n * n)
    var largest = 0.0
    for i in 0..<n { largest = max(largest, abs(self[i, i])) }
    let tolerance = Self.pivotTolerance * largest
    for j in 0..<n {
      var pivot = self[j, j]
      for k in 0..<j { pivot -= l[j * n + k] * l[j * n + k] }
      guard pivot.isFinite, pivot > tolerance else { return nil }
      let root = pivot.squareRoot()
      l[j * n + j] = root
      for i in (j + 1)..<max(j + 1, n) {
        var sum = self[i, j]
        for k in 0..<j { sum -= l[i * n + k] * l[j * n + k] }
        l[i * n + j] = sum / root
      }
    }
    return l
  }

  /// Solves A·x = b, or `nil` if A is singular.
  func solve(_ b: [Double]) -> [Double]? {
    guard let l = cholesky() else { return nil }
    return Self.solve(factor: l, size: size, b)
  }

  /// The inverse of A, or `nil` if A is singular.
  func inverse() -> SymmetricMatrix? {
    guard let l = cholesky() else { return nil }
    var result = SymmetricMatrix(zero: size)
    for column in 0..<size {
      var unit = [Double](repeating: 0, count: size)
      unit[column] = 1
      let x = Self.solve(factor: l, size: size, unit)
      for row in 0..<size { result[row, column] = x[row] }
    }
    return result
  }

  /// bᵀ·A⁻¹·b, or `nil` if A is singular.
  func inverseQuadraticForm(_ b: [Double]) -> Double? {
    guard let x = solve(b) else { return nil }
    return zip(x, b).reduce(0) { $0 + $1.0 * $1.1 }
  }

  static let pivotTolerance = 1.8189894035458565e-12  // .Machine$double.eps^0.75, R's toler.chol

  static func solve(factor l: [Double], size n: Int, _ b: [Double]) -> [Double] {
    var y = b
    for i in 0..<n {
      var sum = y[i]
      for k in 0..<i { sum -= l[i * n + k] * y[k] }
      y[i] = sum / l[i * n + i]
    }
    var i = n - 1
    while i >= 0 {
      var sum = y[i]
      for k in (i + 1)..<max(i + 1, n) { sum -= l[k * n + i] * y[k] }
      y[i] = sum / l[i * n + i]
      i -= 1
    }
    return y
  }
}
