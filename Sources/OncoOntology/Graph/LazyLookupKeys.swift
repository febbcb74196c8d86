import Foundation

/// The label, synonym and bare-code indexes of a ``TermGraph``, built on first use.
///
/// Most questions a graph answers name terms by id (queries, closure checks, the cache's warm
/// load), and building these indexes costs a third of a large graph's load: they wait until a
/// text lookup needs them, then are kept. Shared by copies of the graph, behind a lock.
final class LazyLookupKeys: @unchecked Sendable {
  private let lock = NSLock()
  private let terms: [Term]
  private var built: TermGraphBuilder.Keys?

  init(terms: [Term]) {
    self.terms = terms
  }

  /// The indexes, built by the first caller (others wait for it).
  var keys: TermGraphBuilder.Keys {
    lock.lock()
    defer { lock.unlock() }
    if let built { return built }
    let keys = TermGraphBuilder.keys(terms)
    built = keys
    return keys
  }
}
