import GRDB
import OncoModel

/// An alteration as stored, with the source and patient its sample belongs to.
public struct SourcedAlteration: Sendable, Hashable {
  /// The name of the source the alteration was imported from.
  public var source: String
  /// The patient of the sample; `nil` for a sample known only from variant files.
  public var patientID: String?
  /// The alteration, with the file and line it was read from as its location.
  public var alteration: Alteration

  /// Creates a sourced alteration.
  public init(source: String, patientID: String?, alteration: Alteration) {
    self.source = source
    self.patientID = patientID
    self.alteration = alteration
  }
}

extension Warehouse {
  /// The patients of a source, by id, with their attributes and where each was read.
  public func patients(source: String) throws -> [Patient] {
    try read { db in
      let attributes = try Row.fetchAll(
        db,
        sql: """
          SELECT a.patient_key, a.name, a.value FROM patient_attributes a
          JOIN patients p ON p.id = a.patient_key JOIN sources s ON s.id = p.source_id WHERE s.name = ?
          """, arguments: [source]
      ).reduce(into: [Int64: [String: String]]()) { $0[$1[0], default: [:]][$1[1]] = $1[2] }
      return try Row.fetchAll(
        db,
        sql: """
          SELECT p.*, f.path FROM patients p JOIN sources s ON s.id = p.source_id
          LEFT JOIN files f ON f.id = p.file_id WHERE s.name = ? ORDER BY p.patient_id
          """, arguments: [source]
      ).map { row in
        Patient(
          id: row["patient_id"], source: source, sex: Patient.Sex(rawValue: row["sex"]) ?? .unknown,
          birthDay: Self.day(row["birth_day"]), ageYears: row["age_years"],
          deathDay: Self.day(row["death_day"]), lastContactDay: Self.day(row["last_contact_day"]),
          attributes: attributes[row["id"]] ?? [:], location: Self.location(row))
      }
    }
  }

  /// The samples of the given patients of a source (all its samples when `patientIDs` is `nil`,
  /// including samples known only from variant files, whose patient id is empty).
  public func samples(source: String, patientIDs: [String]? = nil) throws -> [Sample] {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT sa.*, p.patient_id, f.path FROM samples sa JOIN sources s ON s.id = sa.source_id
          LEFT JOIN patients p ON p.id = sa.patient_key LEFT JOIN files f ON f.id = sa.file_id
          WHERE s.name = ? ORDER BY sa.sample_id
          """, arguments: [source]
      ).compactMap { row in
        let patientID: String = row["patient_id"] ?? ""
        if let patientIDs, !patientIDs.contains(patientID) { return nil }
        return Sample(
          id: row["sample_id"], patientID: patientID,
          type: Sample.SampleType(rawValue: row["sample_type"]) ?? .unknown, assay: row["assay"],
          panel: row["panel_id"], collectionDay: Self.day(row["collection_day"]),
          location: Self.location(row))
      }
    }
  }

  /// The alterations of one gene (HUGO symbol as stored), in every source or one, in import order.
  ///
  /// - Complexity: Uses the `(gene, …)` indexes: proportional to the gene's alterations.
  public func alterations(gene: String, source: String? = nil) throws -> [SourcedAlteration] {
    try read { db in
      var sql = """
        SELECT a.*, sa.sample_id, p.patient_id, s.name AS source_name, f.path FROM alterations a
        JOIN samples sa ON sa.id = a.sample_key JOIN sources s ON s.id = sa.source_id
        LEFT JOIN patients p ON p.id = sa.patient_key LEFT JOIN files f ON f.id = a.file_id
        WHERE a.gene = ?
        """
      var arguments: StatementArguments = [gene]
      if let source {
        sql += " AND s.name = ?"
        arguments += [source]
      }
      sql += " ORDER BY a.id"
      let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
      return try rows.map { row in
        SourcedAlteration(
          source: row["source_name"], patientID: row["patient_id"],
          alteration: try Self.alteration(db, row))
      }
    }
  }

  /// The treatments of the given patients of a source (all when `patientIDs` is `nil`), by
  /// patient then start day.
  public func treatments(source: String, patientIDs: [String]? = nil) throws -> [TreatmentExposure] {
    try patientRows(table: "treatments", order: "t.start_day", source: source, patientIDs: patientIDs).map {
      row in
      TreatmentExposure(
        patientID: row["patient_id"], agent: row["agent"], concept: row["concept"],
        modality: TreatmentExposure.Modality(rawValue: row["modality"]) ?? .other,
        startDay: Day(row["start_day"]), endDay: Self.day(row["end_day"]), location: Self.location(row))
    }
  }

  /// The clinical events of the given patients of a source (all when `patientIDs` is `nil`), by
  /// patient then day.
  public func events(source: String, patientIDs: [String]? = nil) throws -> [ClinicalEvent] {
    try patientRows(table: "events", order: "t.day", source: source, patientIDs: patientIDs).map { row in
      ClinicalEvent(
        patientID: row["patient_id"], kind: ClinicalEvent.Kind(rawValue: row["kind"]) ?? .other,
        day: Day(row["day"]), detail: row["detail"], location: Self.location(row))
    }
  }

  /// The diagnoses of the given patients of a source (all when `patientIDs` is `nil`), with their
  /// codes as written.
  public func diagnoses(source: String, patientIDs: [String]? = nil) throws -> [Diagnosis] {
    let rows = try patientRows(table: "diagnoses", order: "t.id", source: source, patientIDs: patientIDs)
    let codes = try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT c.diagnosis_key, c.code FROM diagnosis_codes c JOIN diagnoses d ON d.id = c.diagnosis_key
          JOIN patients p ON p.id = d.patient_key JOIN sources s ON s.id = p.source_id
          WHERE s.name = ? ORDER BY c.diagnosis_key, c.ordinal
          """, arguments: [source]
      ).reduce(into: [Int64: [String]]()) { $0[$1[0], default: []].append($1[1]) }
    }
    return rows.map { row in
      Diagnosis(
        patientID: row["patient_id"], codes: codes[row["id"]] ?? [], label: row["label"],
        day: Self.day(row["day"]), stage: row["stage"], advancedDay: Self.day(row["advanced_day"]),
        location: Self.location(row))
    }
  }

  /// Rows of a per-patient table joined to their patient id and file path.
  private func patientRows(table: String, order: String, source: String, patientIDs: [String]?) throws
    -> [Row]
  {
    try read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT t.*, p.patient_id, f.path FROM \(table) t JOIN patients p ON p.id = t.patient_key
          JOIN sources s ON s.id = p.source_id LEFT JOIN files f ON f.id = t.file_id
          WHERE s.name = ? ORDER BY p.patient_id, \(order), t.id
          """, arguments: [source]
      ).filter { row in patientIDs.map { $0.contains(row["patient_id"]) } ?? true }
    }
  }

  static func day(_ value: Int?) -> Day? { value.map(Day.init) }

  /// The stored provenance of a row (its file `path` and `line` columns).
  static func location(_ row: Row) -> TextLocation? {
    guard let path: String = row["path"] else { return nil }
    return TextLocation(file: path, line: row["line"])
  }
}
