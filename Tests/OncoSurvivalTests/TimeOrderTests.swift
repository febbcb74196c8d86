import Testing

@testable import OncoSurvival

/// The ordering every estimator sorts with: the same as a stable comparison sort, on whole days
/// (counting sort) and on other reals (comparison sort).
@Suite struct TimeOrderTests {
  static let cases: [[Double]] = [
    [3, -2, 0, 5, 3, -2, 7, 0, 3],  // whole days, negatives, ties
    [3, -1.5, 0, -0.0, 2.25, 3, -7, 1e300, 2.25, 0.5],  // reals
    [1e9, 0, 5, 1e9],  // whole numbers with a range too wide to count
    [],
  ]

  @Test(arguments: cases) func matchesAStableComparisonSort(_ keys: [Double]) {
    let ascending = keys.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
    let descending = keys.indices.sorted {
      keys[$0] > keys[$1] || (keys[$0] == keys[$1] && $0 < $1)
    }
    #expect(TimeOrder.order(keys) == ascending)
    #expect(TimeOrder.order(keys, descending: true) == descending)
  }

  @Test func groupsByStratumKeepingTheOrderWithin() {
    #expect(TimeOrder.grouped([4, 0, 3, 1, 2], by: [7, 2, 7, 2, 7]) == [3, 1, 4, 0, 2])
  }
}
