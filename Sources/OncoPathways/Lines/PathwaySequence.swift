/// Patients' pathways built lazily, one history at a time, from a sequence of histories.
///
/// Memory is that of one patient's exposures and lines (plus the builder's drug memo), whatever
/// the number of patients: the histories can come from a database cursor or a generator.
public struct PathwaySequence<Base: Sequence>: Sequence where Base.Element == PatientTreatmentHistory {
  var builder: LineOfTherapyBuilder
  let base: Base

  /// The iterator: builds each pathway when it is asked for.
  public struct Iterator: IteratorProtocol {
    var builder: LineOfTherapyBuilder
    var base: Base.Iterator

    /// The next patient's pathway, or `nil` at the end.
    public mutating func next() -> PatientPathway? {
      guard let history = base.next() else { return nil }
      return builder.pathway(for: history)
    }
  }

  /// Starts building from the first history.
  public func makeIterator() -> Iterator { Iterator(builder: builder, base: base.makeIterator()) }
}

extension LineOfTherapyBuilder {
  /// The pathways of a sequence of histories (one per patient), built lazily as it is iterated.
  ///
  /// - Complexity: each step costs one ``pathway(for:)``; nothing is kept between patients but
  ///   the drug memo.
  public func pathways<Histories: Sequence>(of histories: Histories) -> PathwaySequence<Histories> {
    PathwaySequence(builder: self, base: histories)
  }
}
