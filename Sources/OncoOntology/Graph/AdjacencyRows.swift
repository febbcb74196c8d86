/// Rows of node indices packed into one array (compressed sparse rows): row `i` is
/// `values[offsets[i]..<offsets[i + 1]]`.
///
/// One allocation for a whole relation keeps a 200,000-term closure compact and cache-friendly.
struct AdjacencyRows: Sendable, Hashable {
  private(set) var offsets: [Int32] = [0]
  private(set) var values: [Int32] = []

  /// The number of rows.
  var count: Int { offsets.count - 1 }

  /// Appends a row.
  mutating func append<S: Sequence<Int32>>(_ row: S) {
    values.append(contentsOf: row)
    offsets.append(Int32(values.count))
  }

  /// Empty rows with room for `rows` rows and `values` values in all.
  init(reservingRows rows: Int = 0, values: Int = 0) {
    offsets.reserveCapacity(rows + 1)
    self.values.reserveCapacity(values)
  }

  /// Rows already packed in order: row `i` is `values[offsets[i]..<offsets[i + 1]]`.
  init(offsets: [Int32], values: [Int32]) {
    self.offsets = offsets
    self.values = values
  }

  /// Row `index`, as a slice of the packed values.
  subscript(index: Int) -> ArraySlice<Int32> {
    values[Int(offsets[index])..<Int(offsets[index + 1])]
  }

  /// Whether the sorted row `index` holds `value` (binary search).
  func sortedRow(_ index: Int, contains value: Int32) -> Bool {
    var low = Int(offsets[index])
    var high = Int(offsets[index + 1])
    return values.withUnsafeBufferPointer { buffer in
      while low < high {
        let middle = (low + high) >> 1
        let found = buffer[middle]
        if found == value { return true }
        if found < value { low = middle + 1 } else { high = middle }
      }
      return false
    }
  }

  /// The transposed relation over `nodeCount` nodes (parents → children).
  func transposed(nodeCount: Int) -> AdjacencyRows {
    var counts = [Int32](repeating: 0, count: nodeCount + 1)
    for value in values { counts[Int(value) + 1] += 1 }
    for index in 0..<nodeCount { counts[index + 1] += counts[index] }
    var filled = counts
    var packed = [Int32](repeating: 0, count: values.count)
    for row in 0..<count {
      for value in self[row] {
        packed[Int(filled[Int(value)])] = Int32(row)
        filled[Int(value)] += 1
      }
    }
    var result = AdjacencyRows()
    result.offsets = counts
    result.values = packed
    return result
  }
}
