import Foundation
import OncoModel

/// Reads a cBioPortal study folder as cBioPortal's importer does: `meta_*.txt` files say which
/// data file holds what, and each data file is read by its declared type.
///
/// Read: clinical patient and sample attributes (with survival pairs), timelines, mutations
/// (MAF), discrete copy number (wide genes × samples and long), structural variants, the
/// gene-panel matrix, gene-panel definitions and case lists. Every other file of the folder is
/// reported as skipped with a warning, never as an error. See `docs/sources.md` for the mapping
/// of each column.
///
/// Days are on the study's relative axis (``axis(studyID:)``): timeline `START_DATE`/`STOP_DATE`
/// are days from the study's day 0, and `OS_MONTHS`-style values become days as
/// months × 30.4375 (``OncoModel/Day/daysPerMonth``), rounded.
public struct CBioPortalStudyReader: SourceReader, Sendable {
  /// The study folder (the one holding `meta_study.txt`).
  public let folder: String
  /// The source name given to patients; `nil` uses the study's `cancer_study_identifier`.
  public let source: String?

  /// Creates a reader of the study in `folder`.
  public init(folder: String, source: String? = nil) {
    self.folder = folder
    self.source = source
  }

  /// The relative time axis of a cBioPortal study: day 0 is the study's own origin (usually
  /// diagnosis), which cBioPortal does not name further.
  public static func axis(studyID: String) -> Day.Axis {
    .relative(origin: "cbioportal:\(studyID) day 0")
  }

  /// The study's relative axis, named after its `cancer_study_identifier` (the folder name
  /// when `meta_study.txt` cannot be read).
  public var axis: Day.Axis {
    let studyPath = (folder as NSString).appendingPathComponent("meta_study.txt")
    let declared = (try? CBioPortalMetaFile(path: studyPath))?["cancer_study_identifier"]
    return Self.axis(studyID: declared ?? (folder as NSString).lastPathComponent)
  }

  /// Reads the whole study.
  ///
  /// - Throws: ``FormatError`` when the folder or its `meta_study.txt` cannot be read; problems
  ///   with one data file become diagnostics and that file's report.
  public func read(
    record: (SourceRecord) throws -> Void, diagnostic: (Diagnostic) -> Void
  ) throws -> [FileReadReport] {
    let files = try CBioPortalStudyReader.listFiles(folder)
    let studyPath = (folder as NSString).appendingPathComponent("meta_study.txt")
    var declaredID: String?
    var folderWarning: Diagnostic?
    if files.contains("meta_study.txt") {
      declaredID = try CBioPortalMetaFile(path: studyPath)["cancer_study_identifier"]
    } else if let firstMeta = files.first(where: { $0.hasPrefix("meta_") }) {
      // An incremental-load folder: meta files without meta_study.txt.
      declaredID = try CBioPortalMetaFile(path: (folder as NSString).appendingPathComponent(firstMeta))[
        "cancer_study_identifier"]
      folderWarning = Diagnostic(
        .warning, at: TextLocation(file: studyPath), "meta_study.txt is missing",
        hint: "read as an incremental-load folder of study \(declaredID ?? "?")")
    } else {
      throw FormatError(
        .unknownFormat, at: TextLocation(file: studyPath),
        "not a cBioPortal study folder: no meta_study.txt and no meta_*.txt file",
        hint: "a study folder holds meta_study.txt and meta_*.txt files naming the data files")
    }
    if let folderWarning { diagnostic(folderWarning) }
    let studyID = declaredID ?? (folder as NSString).lastPathComponent
    return try withoutActuallyEscaping(record) { record in
      try withoutActuallyEscaping(diagnostic) { diagnostic in
        var session = CBioPortalStudySession(
          folder: folder, files: files, studyID: studyID, source: source ?? studyID,
          emit: record, report: diagnostic)
        try session.run()
        return session.reports
      }
    }
  }

  /// Every regular file under `folder`, as paths relative to it, sorted.
  static func listFiles(_ folder: String) throws -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw FormatError(
        .fileNotFound, at: TextLocation(file: folder), "cannot open study folder",
        hint: "check the path; a study is a folder with meta_study.txt")
    }
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      var isFolder: ObjCBool = false
      let full = (folder as NSString).appendingPathComponent(relative)
      if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
        files.append(relative)
      }
    }
    return files.sorted()
  }
}
