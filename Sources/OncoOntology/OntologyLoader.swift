import Foundation

/// Reads ontology files of any supported format, and whole folders of them.
public enum OntologyLoader {
  /// The environment variable naming the default ontology folder.
  public static let folderVariable = "ONCOCOHORT_ONTOLOGIES"

  /// Reads every path: a file in any supported format, or a folder whose supported files are
  /// read in name order (other files, such as a README, are skipped).
  ///
  /// With a `cache`, large files are decoded from it when their source is unchanged (see
  /// ``OntologyCache``); cache problems are warnings on the files, never errors.
  ///
  /// - Throws: the first ``OntologyError`` met.
  public static func read(paths: [String], cache: OntologyCache? = nil) throws -> [OntologyFile] {
    func read(_ path: String, as format: OntologyFile.Format?) throws -> OntologyFile {
      if let cache { return try cache.read(path: path, as: format).file }
      return try Self.read(path: path, as: format)
    }
    var files: [OntologyFile] = []
    for path in paths {
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names.sorted() {
          let child = (path as NSString).appendingPathComponent(name)
          if let format = try? format(of: child) { files.append(try read(child, as: format)) }
        }
      } else {
        files.append(try read(path, as: nil))
      }
    }
    return files
  }

  /// Reads one file, its format detected by ``format(of:)`` unless given.
  public static func read(path: String, as format: OntologyFile.Format? = nil) throws
    -> OntologyFile
  {
    switch try format ?? self.format(of: path) {
    case .owl: try OWLReader.read(path: path)
    case .claml: try ClaMLReader.read(path: path)
    case .oncotreeJSON: try OncoTreeReader.readJSON(path: path)
    case .oncotreeTSV: try OncoTreeReader.readTSV(path: path)
    case .hgncTSV: try HGNCReader.read(path: path)
    }
  }

  /// The format of a file, from its first kilobytes: `<ClaML` → ClaML,
  /// other XML → OWL (so XML errors surface with their position), a JSON
  /// object → OncoTree JSON, a TSV header with `hgnc_id` → HGNC, with `Code` and `Parent` → OncoTree.
  ///
  /// - Throws: ``OntologyError`` `unsupportedFormat` (or `fileNotFound`).
  public static func format(of path: String) throws -> OntologyFile.Format {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw OntologyError(
        exists ? .unreadable : .fileNotFound, file: path, exists ? "cannot read the file" : "no such file")
    }
    defer { try? handle.close() }
    let head = String(decoding: handle.readData(ofLength: 8192), as: UTF8.self)
    let firstLine =
      head.split(whereSeparator: \.isNewline).first { !$0.hasPrefix("#") }?.lowercased() ?? ""
    if head.contains("<ClaML") { return .claml }
    let isXML = head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "<"
    if isXML || ["owl", "rdf", "xml"].contains((path as NSString).pathExtension.lowercased()) {
      return .owl  // RDF/XML; any XML error is then reported with its position
    }
    if head.drop(while: \.isWhitespace).first == "{" { return .oncotreeJSON }
    let columns = Set(firstLine.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) })
    if columns.contains("hgnc_id") { return .hgncTSV }
    if columns.contains("code"), columns.contains("parent") { return .oncotreeTSV }
    throw OntologyError(
      .unsupportedFormat, file: path, line: 1, "not a supported ontology file",
      hint: "supported: OWL RDF/XML, ClaML, OncoTree JSON or TSV, HGNC TSV")
  }
}
