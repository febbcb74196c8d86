import OncoModel

extension CBioPortalStudySession {
  /// Reads the gene-panel matrix (`SAMPLE_ID <profile…>`) into a panel per sample.
  ///
  /// The `mutations` column wins, else the first profile column with a panel; `NA` means "not
  /// profiled". Rows are checked against the sample file later (``checkPanelMatrix(_:)``).
  mutating func readPanelMatrix(_ path: String) throws -> ReadCounts {
    var counts = ReadCounts()
    try readTable(path, required: ["SAMPLE_ID"]) { columns, row in
      guard let sampleID = columns.value(row.fields, "SAMPLE_ID") else {
        report(Diagnostic(.error, at: location(path, row, columns, "SAMPLE_ID"), "SAMPLE_ID is empty"))
        counts.reject()
        return
      }
      let profiles = columns.names.indices.filter { columns.names[$0].uppercased() != "SAMPLE_ID" }
      let preferred = columns.index(of: "mutations").map { [$0] } ?? []
      let panel = (preferred + profiles).lazy.compactMap { columns.value(row.fields, at: $0) }.first
      if let panel {
        if !definedPanels.isEmpty, !definedPanels.contains(panel) {
          report(
            Diagnostic(
              .warning, at: location(path, row, columns), "gene panel \(panel) has no definition file",
              hint: "add a gene-panel file with stable_id: \(panel)"))
        }
        panelBySample[sampleID] = (panel, location(path, row, columns))
      }
      matrixRows.append((sampleID, location(path, row, columns)))
      counts.accept()
    }
    return counts
  }

  /// Moves matrix rows whose sample is not in the sample file from accepted to rejected.
  mutating func checkPanelMatrix(_ counts: ReadCounts) -> ReadCounts {
    var checked = counts
    for (sampleID, here) in matrixRows where hasSampleFile && !samples.contains(sampleID) {
      report(
        Diagnostic(
          .error, at: here, "sample \(sampleID) of the gene-panel matrix is not in the clinical sample file"))
      checked.accepted -= 1
      checked.rejected += 1
    }
    matrixRows.removeAll()
    return checked
  }

  /// Reads gene-panel definitions: files whose first line is `stable_id:` and that hold a
  /// `gene_list:` (cBioPortal's `data_gene_panel_*.txt` / `meta_gene_panel*` files).
  mutating func readPanelDefinitions() throws {
    for relative in files where !consumed.contains(relative) || relative.hasPrefix("meta_gene_panel") {
      let full = path(relative)
      guard try firstLine(full)?.hasPrefix("stable_id:") == true else { continue }
      let file = try CBioPortalMetaFile(path: full)
      guard file["gene_list"] != nil, let id = file["stable_id"], !id.isEmpty else { continue }
      consumed.insert(relative)
      var counts = ReadCounts()
      let genes = file.list("gene_list")
      if genes.isEmpty {
        report(Diagnostic(.error, at: file.location(of: "gene_list"), "gene panel \(id) lists no gene"))
        counts.reject()
      } else {
        definedPanels.insert(id)
        try emit(
          .panel(
            GenePanel(
              id: id, description: file["description"], genes: genes, location: file.location(of: "stable_id")
            )))
        counts.accept()
      }
      reports.append(FileReadReport(path: full, format: "cbioportal-gene-panel", counts: counts))
    }
  }

  /// Reads the case lists under `case_lists/`: a record per listed sample id, rejected when the
  /// sample is not in the sample file.
  mutating func readCaseLists() throws {
    for relative in files where relative.hasPrefix("case_lists/") && !consumed.contains(relative) {
      let full = path(relative)
      let file = try CBioPortalMetaFile(path: full)
      guard file["case_list_ids"] != nil else { continue }
      consumed.insert(relative)
      var counts = ReadCounts()
      for id in file.list("case_list_ids") {
        if checkSample(id, at: file.location(of: "case_list_ids")) {
          counts.accept()
        } else {
          counts.reject()
        }
      }
      reports.append(FileReadReport(path: full, format: "cbioportal-case-list", counts: counts))
    }
  }

  private func firstLine(_ path: String) throws -> String? {
    let reader = try LineReader(path: path)
    return try reader.nextLine()
  }
}
