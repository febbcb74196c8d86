import Foundation
import OncoModel

/// The state of one reading of a cBioPortal study: what is known so far and what was reported.
///
/// Lives only inside ``CBioPortalStudyReader/read(record:diagnostic:)``; its closures are the
/// caller's, made escaping for that call only.
struct CBioPortalStudySession {
  /// What a data file holds, from its meta file.
  enum Kind: Equatable {
    case patients, samples, timeline, mutations, discreteCNA, discreteCNALong, structuralVariants
    case panelMatrix
    case unsupported(String)
  }

  /// A data file to read, with the meta file that declared it.
  struct DataFile {
    var relativePath: String
    var kind: Kind
    var meta: CBioPortalMetaFile?
    var inferredFromName = false
  }

  let folder: String
  let files: [String]
  let studyID: String
  let source: String
  let emit: (SourceRecord) throws -> Void
  let report: (Diagnostic) -> Void

  var reports: [FileReadReport] = []
  /// Files already accounted for (read, skipped or named by a meta file), relative to `folder`.
  var consumed: Set<String> = []
  /// Patients declared by a patient file, or created from a sample file as cBioPortal does.
  var patients: Set<String> = []
  var hasPatientFile = false
  /// Patients that have a row in a patient file (to find duplicates).
  var patientRows: Set<String> = []
  var samples: Set<String> = []
  var hasSampleFile = false
  /// Panel per sample from the gene-panel matrix, with the matrix row it came from.
  var panelBySample: [String: (panel: String, location: TextLocation)] = [:]
  /// Collection day per sample, from the timelines' `SPECIMEN` rows.
  var specimenDayBySample: [String: Day] = [:]
  var definedPanels: Set<String> = []
  /// Matrix rows waiting for the sample file, to be checked by `checkPanelMatrix`.
  var matrixRows: [(sampleID: String, location: TextLocation)] = []
  var diagnosesSeen: Set<Diagnosis> = []
  /// Stage per patient from the patient file (``stageAttributes``), for the diagnoses that the
  /// sample file gives.
  var stageByPatient: [String: String] = [:]
  /// Files already warned that the study declares no patients.
  var warnedFiles: Set<String> = []

  init(
    folder: String, files: [String], studyID: String, source: String,
    emit: @escaping (SourceRecord) throws -> Void, report: @escaping (Diagnostic) -> Void
  ) {
    self.folder = folder
    self.files = files
    self.studyID = studyID
    self.source = source
    self.emit = emit
    self.report = report
  }

  func path(_ relative: String) -> String {
    (folder as NSString).appendingPathComponent(relative)
  }

  mutating func run() throws {
    consumed.insert("meta_study.txt")
    let dataFiles = try planDataFiles()
    try readPanelDefinitions()
    specimenDayBySample = specimenDays(dataFiles)
    let order: [Kind] = [
      .panelMatrix, .patients, .samples, .timeline, .mutations, .discreteCNA, .discreteCNALong,
      .structuralVariants,
    ]
    var matrixReports: [(index: Int, file: DataFile)] = []
    for kind in order {
      for file in dataFiles where file.kind == kind {
        let counts = readGuarded(file)
        reports.append(
          FileReadReport(path: path(file.relativePath), format: format(of: kind), counts: counts))
        if kind == .panelMatrix { matrixReports.append((reports.count - 1, file)) }
      }
      if kind == .samples {
        for (index, _) in matrixReports { reports[index].counts = checkPanelMatrix(reports[index].counts) }
      }
    }
    for file in dataFiles {
      if case .unsupported(let what) = file.kind { skip(file.relativePath, because: what) }
    }
    try readCaseLists()
    for relative in files where !consumed.contains(relative) {
      skip(relative, because: "no meta file points to it and its content is not a known cBioPortal file")
    }
  }

  /// Reads one data file, turning a file-level error into an error diagnostic and zero counts.
  mutating func readGuarded(_ file: DataFile) -> ReadCounts {
    let full = path(file.relativePath)
    if file.inferredFromName {
      report(
        Diagnostic(
          .warning, at: TextLocation(file: full), "no meta file points to this file",
          hint: "read as a \(format(of: file.kind)) file from its name; add a meta file for cBioPortal"))
    }
    do {
      switch file.kind {
      case .patients: return try readPatients(full)
      case .samples: return try readSamples(full)
      case .timeline: return try readTimeline(full)
      case .mutations: return try readMutations(full)
      case .discreteCNA: return try readDiscreteCNA(full)
      case .discreteCNALong: return try readDiscreteCNALong(full)
      case .structuralVariants: return try readStructuralVariants(full)
      case .panelMatrix: return try readPanelMatrix(full)
      case .unsupported: return ReadCounts()
      }
    } catch let error as FormatError {
      report(error.diagnostic)
    } catch {
      report(Diagnostic(.error, at: TextLocation(file: full), "\(error)"))
    }
    return ReadCounts()
  }

  func format(of kind: Kind) -> String {
    switch kind {
    case .patients: return "cbioportal-clinical-patient"
    case .samples: return "cbioportal-clinical-sample"
    case .timeline: return "cbioportal-timeline"
    case .mutations: return "maf"
    case .discreteCNA: return "cbioportal-cna-discrete"
    case .discreteCNALong: return "cbioportal-cna-discrete-long"
    case .structuralVariants: return "cbioportal-sv"
    case .panelMatrix: return "cbioportal-gene-panel-matrix"
    case .unsupported: return "skipped"
    }
  }

  /// Lists a file as skipped: a report with zero counts and a warning.
  mutating func skip(_ relative: String, because reason: String) {
    consumed.insert(relative)
    let full = path(relative)
    report(Diagnostic(.warning, at: TextLocation(file: full), "file skipped: \(reason)"))
    reports.append(FileReadReport(path: full, format: "skipped", counts: ReadCounts()))
  }

  /// The data files named by the folder's meta files (and timelines found by name only).
  mutating func planDataFiles() throws -> [DataFile] {
    var planned: [DataFile] = []
    for relative in files where relative.hasPrefix("meta_") && relative != "meta_study.txt" {
      let meta = try CBioPortalMetaFile(path: path(relative))
      consumed.insert(relative)
      guard let dataName = meta["data_filename"] else {
        if meta["gene_list"] == nil {
          report(
            Diagnostic(
              .warning, at: TextLocation(file: path(relative)), "meta file names no data_filename",
              hint: "nothing was read for it"))
        }
        continue
      }
      let directory = (relative as NSString).deletingLastPathComponent
      let dataRelative =
        directory.isEmpty ? dataName : (directory as NSString).appendingPathComponent(dataName)
      consumed.insert(dataRelative)
      let kind = CBioPortalStudySession.kind(of: meta)
      guard files.contains(dataRelative) else {
        report(
          Diagnostic(
            .error, at: meta.location(of: "data_filename"), "data file '\(dataName)' does not exist",
            hint: "the meta file names a file missing from the study folder"))
        continue
      }
      planned.append(DataFile(relativePath: dataRelative, kind: kind, meta: meta))
    }
    for relative in files where !consumed.contains(relative) {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix("data_timeline"), name.hasSuffix(".txt") {
        consumed.insert(relative)
        planned.append(DataFile(relativePath: relative, kind: .timeline, meta: nil, inferredFromName: true))
      }
    }
    return planned
  }

  /// What a meta file declares, from `genetic_alteration_type` and `datatype`.
  static func kind(of meta: CBioPortalMetaFile) -> Kind {
    let type = meta["genetic_alteration_type"]?.uppercased() ?? ""
    let datatype = meta["datatype"]?.uppercased() ?? ""
    switch (type, datatype) {
    case ("CLINICAL", "PATIENT_ATTRIBUTES"): return .patients
    case ("CLINICAL", "SAMPLE_ATTRIBUTES"): return .samples
    case ("CLINICAL", "TIMELINE"): return .timeline
    case ("MUTATION_EXTENDED", _): return .mutations
    case ("COPY_NUMBER_ALTERATION", "DISCRETE"): return .discreteCNA
    case ("COPY_NUMBER_ALTERATION", "DISCRETE_LONG"): return .discreteCNALong
    case ("STRUCTURAL_VARIANT", _): return .structuralVariants
    case ("GENE_PANEL_MATRIX", _): return .panelMatrix
    default:
      let what =
        meta["genetic_alteration_type"].map { "\($0) / \(meta["datatype"] ?? "?")" }
        ?? meta["resource_type"].map { "resource \($0)" } ?? "an undeclared type"
      return .unsupported("\(what) is not read by OncoCohort")
    }
  }

  /// Reads a cBioPortal tab-separated data file: skips `#` rows, checks the header has the
  /// `required` columns, then gives each row.
  ///
  /// - Throws: ``FormatError`` `.missingHeader` or `.missingColumn` (at the header line).
  func readTable(
    _ path: String, required: [String],
    body: (_ columns: TableColumns, _ row: DelimitedReader.Row) throws -> Void
  ) throws {
    let reader = try DelimitedReader(path: path)
    var columns: TableColumns?
    while let row = try reader.next() {
      if row.fields.first?.hasPrefix("#") == true { continue }
      if row.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
      guard let header = columns else {
        let header = TableColumns(row.fields)
        for name in required where header.index(of: name) == nil {
          throw FormatError(
            .missingColumn, at: TextLocation(file: path, line: row.line), "column \(name) is missing",
            hint: "the header has: \(header.names.prefix(12).joined(separator: ", "))")
        }
        columns = header
        continue
      }
      try body(header, row)
    }
    if columns == nil {
      throw FormatError(.missingHeader, at: TextLocation(file: path), "file has no header row")
    }
  }

  /// Emits a patient with no attributes for an id only a later file names; the first time per
  /// file, warns that the study has no file declaring patients.
  mutating func createPatient(
    _ id: String, at here: TextLocation, unlessDeclaredBy declaring: String, createdFrom origin: String
  ) throws {
    if !hasPatientFile, warnedFiles.insert(here.file).inserted {
      report(
        Diagnostic(
          .warning, at: TextLocation(file: here.file), "the study has no \(declaring)",
          hint: "patients are created from the \(origin) with no attributes"))
    }
    patients.insert(id)
    try emit(.patient(Patient(id: id, source: source, location: here)))
  }

  func location(_ path: String, _ row: DelimitedReader.Row, _ columns: TableColumns, _ name: String? = nil)
    -> TextLocation
  {
    guard let name, let index = columns.index(of: name) else {
      return TextLocation(file: path, line: row.line)
    }
    return TextLocation(file: path, line: row.line, column: TableColumns.column(of: index, in: row.fields))
  }
}
