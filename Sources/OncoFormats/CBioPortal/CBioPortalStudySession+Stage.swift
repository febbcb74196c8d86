extension CBioPortalStudySession {
  /// The clinical attributes read as the diagnosis stage, in order of precedence.
  ///
  /// cBioPortal has no reserved stage attribute; studies name it. `STAGE` is what curated studies
  /// (MSK, GENIE-derived) use; TCGA studies carry the pathologic stage
  /// (`AJCC_PATHOLOGIC_TUMOR_STAGE`, the legacy `PATHOLOGIC_STAGE`) and sometimes a clinical one
  /// (`CLINICAL_STAGE`, `AJCC_CLINICAL_TUMOR_STAGE`). A pathologic stage, from the resected
  /// tumour, is preferred to a clinical one, and an explicit `STAGE` to both because the study
  /// chose it.
  static let stageAttributes = [
    "STAGE", "AJCC_PATHOLOGIC_TUMOR_STAGE", "PATHOLOGIC_STAGE", "TUMOR_STAGE", "CLINICAL_STAGE",
    "AJCC_CLINICAL_TUMOR_STAGE",
  ]

  /// The row's stage: the first non-missing value among ``stageAttributes`` (as recorded,
  /// trimmed), or `nil`.
  func stage(_ columns: TableColumns, _ row: DelimitedReader.Row) -> String? {
    for name in Self.stageAttributes {
      if let value = columns.value(row.fields, name), !Self.unknownStages.contains(value.lowercased()) {
        return value
      }
    }
    return nil
  }

  /// Stage values that say the stage is not known (TCGA's bracketed ones are missing values
  /// already): they give no stage, so a lower-precedence attribute can.
  static let unknownStages: Set<String> = ["unknown", "not reported", "stage x", "x", "unk"]
}
