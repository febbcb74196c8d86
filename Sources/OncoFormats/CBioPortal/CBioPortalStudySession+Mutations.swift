import OncoModel

extension CBioPortalStudySession {
  /// Reads the study's MAF through ``MAFReader``; a mutation of a sample that is not in the
  /// clinical sample file is rejected, as cBioPortal's validator does.
  mutating func readMutations(_ path: String) throws -> ReadCounts {
    let reader = try MAFReader(path: path)
    var unknown = 0
    var counts = try reader.read(
      alteration: { alteration in
        let here = alteration.location ?? TextLocation(file: path)
        guard checkSample(alteration.sampleID, at: here) else {
          unknown += 1
          return
        }
        try emit(.alteration(alteration))
      }, diagnostic: report)
    counts.accepted -= unknown
    counts.rejected += unknown
    return counts
  }
}
