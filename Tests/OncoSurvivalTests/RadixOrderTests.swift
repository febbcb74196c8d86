import Testing

@testable import OncoSurvival

/// The radix ordering every estimator sorts with: same order as a stable comparison sort.
@Suite struct RadixOrderTests {
  @Test func matchesAStableComparisonSort() {
    let keys: [Double] = [3, -1.5, 0, -0.0, 2.25, 3, -7, 1e300, -1e-300, 2.25, 0.5, 1000, 3]
    let expected = keys.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
    #expect(RadixOrder.order(keys) == expected)
    let descending = keys.indices.sorted {
      keys[$0] > keys[$1] || (keys[$0] == keys[$1] && $0 < $1)
    }
    #expect(RadixOrder.order(keys, descending: true) == descending)
  }

  @Test func groupsByStratumKeepingTheOrderWithin() {
    let order = [4, 0, 3, 1, 2]
    let strata = [7, 2, 7, 2, 7]
    #expect(RadixOrder.grouped(order, by: strata) == [3, 1, 4, 0, 2])
    #expect(RadixOrder.order([]) == [])
  }
}
