import OncoFormats
import OncoModel
import OncoTestSupport
import Testing

/// Samples take their collection day from the timelines' SPECIMEN rows
/// (`Fixtures/cbioportal/specimen_study`).
@Suite struct CBioPortalSpecimenDayTests {
  @Test func samplesCarryTheirEarliestSpecimenDay() throws {
    let folder = Fixtures.local("OncoFormatsTests", "cbioportal/specimen_study")
    let result = try CBioPortalStudyReaderTests.read(folder)
    let days = Dictionary(uniqueKeysWithValues: result.samples.map { ($0.id, $0.collectionDay) })
    // S1-T has two specimen rows (days 35 and 20): the earliest wins. S2-T's day is "soon",
    // which the timeline's own read rejects once; the sample keeps no day.
    #expect(days == ["S1-T": Day(20), "S1-M": Day(200), "S2-T": nil])
    #expect(result.error("data_timeline_specimen.txt", line: 5)?.message == "START_DATE is not a day number")
    #expect(result.diagnostics.filter { $0.severity == .error }.count == 1)
  }
}
