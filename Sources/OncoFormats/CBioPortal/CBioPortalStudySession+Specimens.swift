import OncoModel

extension CBioPortalStudySession {
  /// The earliest `SPECIMEN` day of each sample the timelines name (`SAMPLE_ID` column), read
  /// before the sample file so each sample carries its collection day.
  ///
  /// cBioPortal keeps specimen dates only in timelines, yet the collection day is what delayed
  /// entry and sample selection need. This pass is lenient on purpose: rows it cannot use are
  /// skipped silently, because the timeline's own read reports each of them once.
  func specimenDays(_ dataFiles: [DataFile]) -> [String: Day] {
    var days: [String: Day] = [:]
    for file in dataFiles where file.kind == .timeline {
      try? readTable(path(file.relativePath), required: ["START_DATE", "EVENT_TYPE", "SAMPLE_ID"]) {
        columns, row in
        guard columns.value(row.fields, "EVENT_TYPE")?.uppercased() == "SPECIMEN",
          let sampleID = columns.value(row.fields, "SAMPLE_ID"),
          let start = columns.value(row.fields, "START_DATE").flatMap(CBioPortalStudySession.dayNumber)
        else { return }
        days[sampleID] = min(days[sampleID] ?? Day(start), Day(start))
      }
    }
    return days
  }
}
