import OncoModel

/// A VCF or MAF file read as a data source: its alterations (through ``VariantFiles``), with a
/// sample (and a patient of the same id) for every sample id seen, emitted just before that
/// sample's first alteration.
///
/// Variant files name samples, not patients, so each sample stands for its own patient here;
/// a linkage to clinical patients belongs to the import. When another reader of the same source
/// declares the samples with their patients (a FHIR export's Specimens, a clinical samples table),
/// set ``declaresSamples`` to `false`: the alterations then attach to those samples, and those of
/// a sample nobody declared are rejected by the import.
public struct VariantFileSourceReader: SourceReader, Sendable {
  /// The variant file.
  public let path: String
  /// The source name given to the patients.
  public let source: String
  /// Which sample is the tumour, passed to the VCF or MAF reader.
  public let options: VariantReadOptions
  /// Whether each new sample id gets a `Patient` and a `Sample` record of that id (the default).
  public var declaresSamples = true

  /// Creates a reader of one variant file; its format is recognised from its content.
  public init(
    path: String, source: String = "variants", options: VariantReadOptions = .init(),
    declaresSamples: Bool = true
  ) {
    self.path = path
    self.source = source
    self.options = options
    self.declaresSamples = declaresSamples
  }

  /// Reads the file once.
  ///
  /// - Throws: ``FormatError`` when the file cannot be opened, is not a VCF or MAF, or its
  ///   header is unusable.
  public func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport] {
    var seen: Set<String> = []
    // A file lists a sample's rows together: the previous row's sample needs no set lookup.
    var previous: String?
    func alteration(_ alteration: consuming Alteration) throws {
      if declaresSamples, alteration.sampleID != previous, seen.insert(alteration.sampleID).inserted {
        let here = alteration.location ?? TextLocation(file: path)
        try record(.patient(Patient(id: alteration.sampleID, source: source, location: here)))
        try record(.sample(Sample(id: alteration.sampleID, patientID: alteration.sampleID, location: here)))
      }
      previous = alteration.sampleID
      try record(.alteration(consume alteration))
    }
    let summary = try VariantFiles.read(
      path: path, options: options, handing: alteration, diagnostic: diagnostic)
    return [FileReadReport(path: path, format: summary.format.rawValue, counts: summary.counts)]
  }
}
