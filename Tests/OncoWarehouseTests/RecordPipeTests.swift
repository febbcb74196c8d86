import Foundation
import OncoFormats
import OncoModel
import Synchronization
import Testing

@testable import OncoWarehouse

/// How many records a reader handed over, read from the test's thread.
private final class Counter: Sendable {
  let value = Atomic(0)
}

/// A reader that yields `count` patients P0, P1, … with a warning after every 1000th.
///
/// It then fails or reports one file; it counts the records its callback accepted. With
/// `alterations`, two records in three are instead an alteration whose gene is that id or a
/// treatment whose agent is that id (the pipe carries those apart from the other records).
private struct CountingReader: SourceReader {
  var count: Int
  var fails = false
  var alterations = false
  var accepted = Counter()

  func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport] {
    for index in 0..<count {
      let location = TextLocation(file: "p.csv", line: index + 2)
      if alterations && index % 3 == 2 {
        try record(
          .alteration(Alteration(sampleID: "S", kind: .mutation, gene: "P\(index)", location: location)))
      } else if alterations && index % 3 == 1 {
        try record(
          .treatment(
            TreatmentExposure(patientID: "P", agent: "P\(index)", startDay: Day(0), location: location)))
      } else {
        try record(.patient(Patient(id: "P\(index)", source: "s", location: location)))
      }
      accepted.value.add(1, ordering: .relaxed)
      if index % 1000 == 999 {
        diagnostic(Diagnostic(.warning, at: TextLocation(file: "p.csv", line: index + 2), "after P\(index)"))
      }
    }
    if fails { throw FormatError(.unreadable, at: TextLocation(file: "p.csv"), "simulated failure") }
    let counts = ReadCounts(read: count, accepted: count, rejected: 0)
    return [FileReadReport(path: "p.csv", format: "test", counts: counts)]
  }
}

@Suite struct RecordPipeTests {
  /// Everything the pipe delivered, as text, in order; with `givingBack`, each batch handled is
  /// given back to the reader, as the importer does.
  private func drain(_ pipe: RecordPipe, givingBack: Bool = false) -> [String] {
    var seen: [String] = []
    while let batch = pipe.take() {
      var alterations = batch.alterations.makeIterator()
      var treatments = batch.treatments.makeIterator()
      for item in batch.items {
        switch item {
        case .record(.patient(let patient)): seen.append(patient.id)
        case .record: seen.append("other")
        case .alteration: seen.append(alterations.next()?.gene ?? "missing alteration")
        case .treatment: seen.append(treatments.next()?.agent ?? "missing treatment")
        case .diagnostic(let diagnostic): seen.append(diagnostic.message)
        }
      }
      if alterations.next() != nil || treatments.next() != nil { seen.append("record left over") }
      if givingBack { pipe.giveBack(batch) }
    }
    return seen
  }

  /// The ids P0 … P(count - 1) with the reader's warning after every 1000th.
  private func expectedOrder(_ count: Int) -> [String] {
    var expected: [String] = []
    for index in 0..<count {
      expected.append("P\(index)")
      if index % 1000 == 999 { expected.append("after P\(index)") }
    }
    return expected
  }

  @Test func recordsAndDiagnosticsArriveInReadingOrderAcrossBatches() throws {
    let reader = CountingReader(count: 5000)
    let pipe = RecordPipe.start(reader, batchSize: 64)
    #expect(drain(pipe) == expectedOrder(5000))
    #expect(try pipe.result().map(\.counts.read) == [5000])
  }

  @Test func batchesGivenBackAreReusedWithoutLosingOrReorderingRecords() throws {
    // 20,000 records in batches of 64: the reader refills buffers the importer gave back many times.
    let reader = CountingReader(count: 20_000)
    let pipe = RecordPipe.start(reader, batchSize: 64)
    #expect(drain(pipe, givingBack: true) == expectedOrder(20_000))
    #expect(try pipe.result().map(\.counts.read) == [20_000])
  }

  @Test func alterationsAndTreatmentsTravelApartButInTheirPlace() throws {
    let reader = CountingReader(count: 5000, alterations: true)
    let pipe = RecordPipe.start(reader, batchSize: 64)
    #expect(drain(pipe, givingBack: true) == expectedOrder(5000))
  }

  @Test func theReadersErrorComesAfterEveryRecordItSent() throws {
    let reader = CountingReader(count: 300, fails: true)
    let pipe = RecordPipe.start(reader, batchSize: 64)
    #expect(drain(pipe).count == 300)
    #expect(throws: FormatError.self) { try pipe.result() }
  }

  @Test func cancellingStopsAReaderThatRunsAheadAndBoundsWhatItRead() throws {
    let reader = CountingReader(count: 10_000_000)
    let pipe = RecordPipe.start(reader, batchSize: 100)
    _ = pipe.take()
    pipe.cancel()
    // Capacity 8 batches of 100, one taken, one being filled: the reader cannot have gone far.
    #expect(reader.accepted.value.load(ordering: .relaxed) <= 100 * 11)
    #expect(throws: RecordPipe.Cancelled.self) { try pipe.result() }
  }
}
