import OncoModel

extension CBioPortalStudySession {
  /// Reads the study's MAF through the shared MAF reader.
  ///
  /// The MAF reader lives on another branch; until it is merged, the file is listed as skipped.
  mutating func readMutations(_ path: String) throws -> ReadCounts {
    report(
      Diagnostic(
        .warning, at: TextLocation(file: path), "mutation file not read: the MAF reader is not available",
        hint: "merge the MAF reader (MAFReader) to read MUTATION_EXTENDED files"))
    return ReadCounts()
  }
}
