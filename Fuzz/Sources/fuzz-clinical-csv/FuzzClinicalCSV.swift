import FuzzSupport
import OncoFormats

private let table = ScratchFile("patients.csv")
private let mapping: ScratchFile = {
  let file = ScratchFile("mapping.yaml")
  file.write(
    """
    source: fuzz
    missing_values: ["NK", "?"]
    tables:
      patients:
        file: patients.csv
        date_format: dd/mm/yyyy
        columns:
          patient_id: PatientNumber
          sex: Sex
          birth_date: BirthDate
          death_date: DeathDate
          last_contact_date: LastSeen
        values:
          sex: {"1": male, "2": female}

    """)
  return file
}()

/// Reads the input as the patients table of a fixed mapping (dates, codes, quoting, encodings).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClinicalCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  table.write(start, count)
  let reader = ClinicalTableReader(mapping: mapping.path)
  _ = try? reader.read(record: { _ in }, diagnostic: { _ in })
  return 0
}
