import Foundation
import OncoModel

/// Chooses the reader of a data source from what the path holds.
public enum SourceFiles {
  /// The reader for `path`, detected from its content.
  ///
  /// - `fhir+https://HOST/BASE` (or `fhir+http://`) is a FHIR server, read by ``FHIRServerReader``
  ///   with its default searches and the bearer token of `ONCOCOHORT_FHIR_TOKEN`.
  /// - A folder with `meta_study.txt` (or, for an incremental load, `meta_*.txt` files) is a
  ///   cBioPortal study; a folder of `.ndjson` files is a FHIR export.
  /// - `.ndjson` files and JSON files with a `resourceType` are FHIR.
  /// - A YAML file with a `tables:` key, or any path when `mapping` is given, is a set of
  ///   clinical tables.
  /// - A file ``VariantFileFormat/detect(path:)`` recognises as VCF or MAF is read by
  ///   ``VariantFileSourceReader``; gzip is looked through.
  /// - Parameters:
  ///   - path: a file or folder.
  ///   - mapping: the YAML mapping of clinical tables, when the source is one.
  ///   - source: the source name for patients; `nil` lets each reader choose.
  /// - Throws: ``FormatError`` `.fileNotFound` or `.unknownFormat` with a hint.
  public static func reader(for path: String, mapping: String? = nil, source: String? = nil) throws
    -> any SourceReader
  {
    if let mapping { return ClinicalTableReader(mapping: mapping) }
    if path.hasPrefix("fhir+https://") || path.hasPrefix("fhir+http://") {
      return FHIRServerReader(baseURL: path, source: source ?? "fhir")
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw FormatError(.fileNotFound, at: TextLocation(file: path), "cannot open file")
    }
    if isDirectory.boolValue { return try folderReader(path, source: source) }
    let lower = path.lowercased()
    if FHIRReader.isNDJSON(path) { return FHIRReader(paths: [path], source: source ?? "fhir") }
    let head = try LineReader(path: path).peekContent(65_536)
    let text = String(decoding: head, as: UTF8.self)
    if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
      if text.split(separator: "\n").contains(where: { $0.hasPrefix("tables:") }) {
        return ClinicalTableReader(mapping: path)
      }
    }
    let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }
    if trimmed.hasPrefix("{"), text.contains("\"resourceType\"") {
      return FHIRReader(paths: [path], source: source ?? "fhir")
    }
    if (try? VariantFileFormat.detect(path: path)) != nil {
      return VariantFileSourceReader(path: path, source: source ?? "variants")
    }
    throw FormatError(
      .unknownFormat, at: TextLocation(file: path), "cannot tell what kind of source this is",
      hint:
        "expected a cBioPortal study folder, FHIR JSON/NDJSON, a clinical-table mapping (YAML), a VCF or a MAF"
    )
  }

  private static func folderReader(_ path: String, source: String?) throws -> any SourceReader {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    if names.contains("meta_study.txt")
      || names.contains(where: { $0.hasPrefix("meta_") && $0.hasSuffix(".txt") })
    {
      return CBioPortalStudyReader(folder: path, source: source)
    }
    let ndjson = names.filter { FHIRReader.isNDJSON($0) }.sorted()
    if !ndjson.isEmpty {
      return FHIRReader(
        paths: ndjson.map { (path as NSString).appendingPathComponent($0) }, source: source ?? "fhir")
    }
    for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
      let file = (path as NSString).appendingPathComponent(name)
      if let text = try? String(contentsOfFile: file, encoding: .utf8),
        text.split(separator: "\n").contains(where: { $0.hasPrefix("tables:") })
      {
        return ClinicalTableReader(mapping: file)
      }
    }
    throw FormatError(
      .unknownFormat, at: TextLocation(file: path), "folder holds no known source",
      hint:
        "a cBioPortal study has meta_study.txt; a FHIR export has .ndjson files; clinical tables need a mapping YAML"
    )
  }
}
