import OncoModel

extension CBioPortalStudySession {
  /// Reads discrete copy number in the wide layout (`Hugo_Symbol Entrez_Gene_Id <sample…>`).
  ///
  /// A record is one gene × sample value. Non-zero levels give an alteration; `0` (neutral) and
  /// missing values (`NA`: not profiled) are accepted without one. A row with no `Hugo_Symbol`
  /// rejects all its values: genes are not resolved from Entrez ids here.
  mutating func readDiscreteCNA(_ path: String) throws -> ReadCounts {
    var counts = ReadCounts()
    var cachedSampleColumns: [Int]?
    try readTable(path, required: ["Hugo_Symbol"]) { columns, row in
      let sampleColumns =
        cachedSampleColumns
        ?? columns.names.indices.filter {
          !["HUGO_SYMBOL", "ENTREZ_GENE_ID", "CYTOBAND"].contains(columns.names[$0].uppercased())
        }
      cachedSampleColumns = sampleColumns
      let values = sampleColumns.filter { $0 < row.fields.count && !row.fields[$0].trimmingSpaces.isEmpty }
      guard let gene = columns.value(row.fields, "Hugo_Symbol") else {
        rejectUnnamedGene(path, row, columns, values: values.count)
        counts.read += values.count
        counts.rejected += values.count
        return
      }
      for position in values {
        let sampleID = columns.names[position]
        let here = TextLocation(
          file: path, line: row.line, column: TableColumns.column(of: position, in: row.fields))
        if try copyNumberValue(row.fields[position], gene: gene, sampleID: sampleID, at: here) {
          counts.accept()
        } else {
          counts.reject()
        }
      }
    }
    return counts
  }

  /// Reads discrete copy number in the long layout (`Hugo_Symbol Entrez_Gene_Id Sample_Id Value`).
  mutating func readDiscreteCNALong(_ path: String) throws -> ReadCounts {
    var counts = ReadCounts()
    try readTable(path, required: ["Hugo_Symbol", "Sample_Id", "Value"]) { columns, row in
      guard let gene = columns.value(row.fields, "Hugo_Symbol") else {
        rejectUnnamedGene(path, row, columns, values: 1)
        counts.reject()
        return
      }
      guard let sampleID = columns.value(row.fields, "Sample_Id") else {
        report(Diagnostic(.error, at: location(path, row, columns, "Sample_Id"), "Sample_Id is empty"))
        counts.reject()
        return
      }
      let position = columns.index(of: "Value") ?? 0
      let here = location(path, row, columns, "Value")
      let text = position < row.fields.count ? row.fields[position] : ""
      if try copyNumberValue(text, gene: gene, sampleID: sampleID, at: here) {
        counts.accept()
      } else {
        counts.reject()
      }
    }
    return counts
  }

  /// Checks and emits one copy-number value; returns false (after an error) when rejected.
  ///
  /// A symbol written `AKT2|TEST` is read as `AKT2`, as cBioPortal's importer does.
  func copyNumberValue(_ raw: String, gene written: String, sampleID: String, at here: TextLocation) throws
    -> Bool
  {
    let text = raw.trimmingSpaces
    let gene = written.split(separator: "|").first.map(String.init) ?? written
    guard checkSample(sampleID, at: here) else { return false }
    if TableColumns.standardMissingValues.contains(text.lowercased()) || text.hasPrefix("[") { return true }
    guard let number = Double(text), number == number.rounded(),
      let level = Alteration.CopyNumberLevel(rawValue: Int(number))
    else {
      report(
        Diagnostic(
          .error, at: here, "copy-number value of \(gene) in \(sampleID) is not a discrete level",
          expected: "-2, -1, 0, 1, 2 or NA", found: text))
      return false
    }
    guard level != .neutral else { return true }
    try emit(
      .alteration(
        Alteration(
          sampleID: sampleID, kind: .copyNumber, gene: gene, origin: .somatic, copyNumber: level,
          location: here)))
    return true
  }

  func rejectUnnamedGene(_ path: String, _ row: DelimitedReader.Row, _ columns: TableColumns, values: Int) {
    let entrez = columns.value(row.fields, "Entrez_Gene_Id") ?? "none"
    report(
      Diagnostic(
        .error, at: location(path, row, columns, "Hugo_Symbol"),
        "Hugo_Symbol is empty (Entrez_Gene_Id \(entrez)); \(values) value(s) rejected",
        hint: "write the HUGO symbol; genes are not looked up from Entrez ids"))
  }

  /// True when the sample is in a clinical sample file (or the study has none); else an error.
  func checkSample(_ sampleID: String, at here: TextLocation) -> Bool {
    guard hasSampleFile, !samples.contains(sampleID) else { return true }
    report(
      Diagnostic(
        .error, at: here, "sample \(sampleID) is not in the clinical sample file",
        hint: "add it to the clinical sample file, or correct the sample id"))
    return false
  }
}
