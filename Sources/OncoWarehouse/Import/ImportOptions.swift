import OncoOntology

/// How a source is imported.
public struct ImportOptions: Sendable {
  /// Makes any rejected record, and any warning of the reader, fatal: the source's transaction
  /// is rolled back and ``WarehouseError/Code/strictRejection`` thrown.
  public var strict: Bool
  /// Stores every transcript annotation of each alteration (`transcript_annotations`, or the
  /// alteration's own row for an only annotation that repeats it); off, only the fields the
  /// alteration took from its chosen annotation are stored.
  public var transcriptAnnotations: Bool
  /// Code harmonisation (diagnoses, drugs, genes); `nil` keeps codes as written.
  public var codeMapping: (any CodeMapping)?
  /// Ontologies whose `is_a` closure each import writes to the `ontology_closure` table.
  public var ontology: TermGraph?

  /// Creates options; the defaults keep going past rejections, store every annotation, map no code.
  public init(
    strict: Bool = false, transcriptAnnotations: Bool = true, codeMapping: (any CodeMapping)? = nil,
    ontology: TermGraph? = nil
  ) {
    self.strict = strict
    self.transcriptAnnotations = transcriptAnnotations
    self.codeMapping = codeMapping
    self.ontology = ontology
  }

  /// Options that harmonise codes through `graph` (an ``OntologyCodeMapping``) and store its closure.
  public static func harmonising(
    with graph: TermGraph, strict: Bool = false, transcriptAnnotations: Bool = true
  ) -> ImportOptions {
    ImportOptions(
      strict: strict, transcriptAnnotations: transcriptAnnotations,
      codeMapping: OntologyCodeMapping(graph: graph), ontology: graph)
  }
}

/// Where an import stands, reported now and then so a caller can draw a progress bar.
public struct ImportProgress: Sendable, Hashable {
  /// The file whose records are being imported.
  public var file: String
  /// Records received from this file so far.
  public var records: Int
  /// The estimated fraction of the file done (line reached / lines in the file), when known.
  public var fraction: Double?

  /// Creates a progress report.
  public init(file: String, records: Int, fraction: Double?) {
    self.file = file
    self.records = records
    self.fraction = fraction
  }
}
