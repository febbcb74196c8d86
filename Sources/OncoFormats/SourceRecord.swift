import OncoModel

/// One value read from a data source, whatever the format: what importers receive.
public enum SourceRecord: Sendable, Hashable {
  case patient(Patient)
  case diagnosis(Diagnosis)
  case sample(Sample)
  /// Boxed (`indirect`): an ``OncoModel/Alteration`` is several times larger than the other
  /// payloads, and inline it made every record that size and every copy of one retain each of
  /// its strings; boxed, copying a record is one reference count.
  indirect case alteration(Alteration)
  case biomarker(Biomarker)
  case treatment(TreatmentExposure)
  case event(ClinicalEvent)
  case panel(GenePanel)
}

/// What reading one file of a source gave: its format and record counts.
public struct FileReadReport: Sendable, Hashable {
  public var path: String
  /// A short format name (`vcf`, `maf`, `cbioportal-clinical-patient`, `fhir-ndjson`, …).
  public var format: String
  public var counts: ReadCounts

  public init(path: String, format: String, counts: ReadCounts) {
    self.path = path
    self.format = format
    self.counts = counts
  }
}

/// A reader of a whole data source (a study folder, an export, a set of tables).
///
/// It streams records and diagnostics to the caller and returns one report per file it read,
/// including files it skipped (with zero counts and a warning).
public protocol SourceReader {
  /// The time axis of the days the reader gives: ``OncoModel/Day/Axis/calendar`` (the default)
  /// for calendar dates, ``OncoModel/Day/Axis/relative(origin:)`` for sources whose days count
  /// from an event of each patient's history (cBioPortal timelines). The warehouse stores it
  /// with the source.
  var axis: Day.Axis { get }

  /// Reads everything once; records arrive in an order where a patient comes before its samples
  /// and other records where the format allows it.
  func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport]
}

extension SourceReader {
  /// Calendar days, for readers whose dates are calendar dates (or that give no dates).
  public var axis: Day.Axis { .calendar }
}
