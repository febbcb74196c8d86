import OncoModel

/// The state of one reading of a set of clinical tables.
struct ClinicalTableSession {
  /// One mapped field of a table: which field, its column and its value map, the same for
  /// every row.
  struct FieldSlot {
    let field: ClinicalField
    let index: Int
    /// The field's value map (written value → meaning), if the mapping gives one.
    let values: [String: String]?
    /// The same map as a list when it is short: comparing a cell with a few codes costs less
    /// than hashing it.
    private let shortValues: [(code: String, meaning: String)]?

    init(field: ClinicalField, index: Int, values: [String: String]?) {
      self.field = field
      self.index = index
      self.values = values
      shortValues = values.flatMap { $0.count <= 8 ? $0.map { ($0.key, $0.value) } : nil }
    }

    /// What the map gives for `text` (`nil` when it has no entry for it, or there is no map).
    func meaning(of text: String) -> String? {
      guard let shortValues else { return values?[text] }
      for pair in shortValues where pair.code == text { return pair.meaning }
      return nil
    }
  }

  /// One row with its fields, values already mapped.
  ///
  /// Values sit in an array indexed by ``ClinicalField`` (the fields the table does not map
  /// stay `nil`), reused from row to row, with the row itself.
  struct Fields {
    /// Column of each field (by ``ClinicalField`` raw value), `nil` when the table does not map it.
    let columns: [Int?]
    var values: [String?]
    var row: DelimitedReader.Row
    let path: String

    init(slots: [FieldSlot], path: String) {
      var columns = [Int?](repeating: nil, count: ClinicalField.allCases.count)
      for slot in slots { columns[slot.field.rawValue] = slot.index }
      self.columns = columns
      values = [String?](repeating: nil, count: ClinicalField.allCases.count)
      row = DelimitedReader.Row(fields: [], line: 0)
      self.path = path
    }

    subscript(field: ClinicalField) -> String? { values[field.rawValue] }

    /// Where `field` starts in the row (the row's line when the table does not map it).
    func location(_ field: ClinicalField) -> TextLocation {
      guard let index = columns[field.rawValue] else { return TextLocation(file: path, line: row.line) }
      return TextLocation(file: path, line: row.line, column: TableColumns.column(of: index, in: row.fields))
    }
  }

  let source: String
  let missingValues: Set<String>
  let emit: (SourceRecord) throws -> Void
  let report: (Diagnostic) -> Void
  /// The patients table's patients, with their birth day when it is known: one table, so that
  /// a row's patient is checked and its birth found with one hash lookup.
  var patientBirths: [String: Day?] = [:]
  var hasPatientTable = false
  /// The patient of the previous row and its birth day, once checked against the patients table:
  /// rows of one patient usually follow each other, and this saves two hash lookups per row.
  var lastPatient: (id: String, birth: Day?)?
  /// The last modality text read and its value (treatment rows repeat a few modalities).
  var lastModality: (text: String, value: TreatmentExposure.Modality)?

  init(
    source: String, missingValues: Set<String>, emit: @escaping (SourceRecord) throws -> Void,
    report: @escaping (Diagnostic) -> Void
  ) {
    self.source = source
    self.missingValues = missingValues
    self.emit = emit
    self.report = report
  }

  /// Required fields per table kind.
  static let required: [String: [String]] = [
    "patients": ["patient_id"], "diagnoses": ["patient_id"], "samples": ["sample_id", "patient_id"],
    "treatments": ["patient_id", "agent", "start_date"], "events": ["patient_id", "kind", "date"],
    "follow_up": ["patient_id", "date"],
  ]

  mutating func read(kind: String, table: ClinicalTableMapping.Table, path: String) throws -> ReadCounts {
    let delimiter = ClinicalTableSession.delimiter(table.delimiter, path: path)
    guard let dates = ClinicalDateFormat(table.dateFormat),
      let baseDates = ClinicalDateFormat(table.daysFromFormat)
    else {
      throw FormatError(
        .unknownFormat, at: TextLocation(file: path),
        "unknown date format '\(table.dateFormat ?? table.daysFromFormat ?? "")'",
        hint: "use iso, dd/mm/yyyy, mm/dd/yyyy, yyyymmdd or days")
    }
    let reader = try DelimitedReader(path: path, delimiter: delimiter, quoting: true)
    guard let headerRow = try reader.next() else {
      throw FormatError(
        .emptyFile, at: TextLocation(file: path), "table is empty", hint: "the first row names the columns")
    }
    let columns = TableColumns(headerRow.fields, missingValues: missingValues)
    for field in ClinicalTableSession.required[kind] ?? [] where table.columns[field] == nil {
      throw FormatError(
        .missingColumn, at: TextLocation(file: path), "the mapping names no column for '\(field)' of \(kind)")
    }
    for (field, name) in table.columns where columns.index(of: name) == nil {
      throw FormatError(
        .missingColumn, at: TextLocation(file: path, line: headerRow.line),
        "column \(name) (\(field)) is not in the header",
        hint: "the header has: \(columns.names.prefix(12).joined(separator: ", "))")
    }
    if let base = table.daysFrom, columns.index(of: base) == nil {
      throw FormatError(
        .missingColumn, at: TextLocation(file: path, line: headerRow.line),
        "days_from column \(base) is not in the header")
    }
    let slots = table.columns.compactMap { name, column -> FieldSlot? in
      guard let field = ClinicalField(name: name), let index = columns.index(of: column) else { return nil }
      return FieldSlot(field: field, index: index, values: table.values?[name])
    }
    // The last cell mapped by each slot and what the map gave for it (`nil`: not in the map, the
    // cell is kept): a coded column repeats a few codes, and this saves hashing each one.
    var lastMapped = [(cell: String, value: String?)?](repeating: nil, count: slots.count)
    let baseColumn = table.daysFrom.flatMap { columns.index(of: $0) }
    // The slots' plain parts apart: reading a whole slot per row retains its maps.
    let slotColumns = slots.map(\.index)
    let slotFields = slots.map(\.field.rawValue)
    let isMapped = slots.map { $0.values != nil }
    if kind == "patients" { hasPatientTable = true }
    var counts = ReadCounts()
    var warnedEncoding = false
    var fields = Fields(slots: slots, path: path)
    while try reader.next(into: &fields.row) {
      if fields.row.fields.allSatisfy(TableColumns.isBlank) { continue }
      if reader.usedLatin1Fallback, !warnedEncoding {
        warnedEncoding = true
        report(
          Diagnostic(
            .warning, at: TextLocation(file: path, line: fields.row.line), "file is not valid UTF-8",
            hint: "read as Latin-1 (ISO 8859-1); save it as UTF-8 to silence this"))
      }
      for position in slotColumns.indices {
        var value = columns.value(fields.row.fields, at: slotColumns[position])
        if isMapped[position], let text = value {
          if let last = lastMapped[position], last.cell == text {
            value = last.value ?? text
          } else {
            let mapped = slots[position].meaning(of: text)
            lastMapped[position] = (text, mapped)
            value = mapped ?? text
          }
        }
        fields.values[slotFields[position]] = value
      }
      var dateContext = DateContext(format: dates, base: nil, path: path)
      if let base = table.daysFrom, dates == .days {
        let baseText = baseColumn.flatMap { columns.value(fields.row.fields, at: $0) }
        guard let text = baseText, let (day, _) = baseDates.parse(text) else {
          report(
            Diagnostic(
              .error, at: TextLocation(file: path, line: fields.row.line),
              "days_from column \(base) holds no date",
              found: baseText ?? ""))
          counts.reject()
          continue
        }
        dateContext.base = day
      }
      do {
        try emit(try build(kind, fields, table: table, dates: dateContext))
        counts.accept()
      } catch let problem as RowProblem {
        report(problem.diagnostic)
        counts.reject()
      }
    }
    if let line = reader.unterminatedQuoteLine {
      report(
        Diagnostic(
          .error, at: TextLocation(file: path, line: line),
          "quoted field is not closed before the end of the file"))
    }
    return counts
  }

  static func delimiter(_ text: String?, path: String) -> UInt8 {
    switch text {
    case "tab", "\t", "\\t": return UInt8(ascii: "\t")
    case let text? where text.utf8.count == 1: return text.utf8.first ?? UInt8(ascii: ",")
    default:
      let lower = path.lowercased()
      return lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") || lower.hasSuffix(".tsv.gz")
        ? UInt8(ascii: "\t") : UInt8(ascii: ",")
    }
  }
}

/// A row-level problem: the row is rejected with this diagnostic.
struct RowProblem: Error {
  var diagnostic: Diagnostic
}

/// How one row's dates are read.
struct DateContext {
  var format: ClinicalDateFormat
  var base: Day?
  var path: String
}
