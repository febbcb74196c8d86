import OncoFormats
import OncoModel

extension ImportSession {
  /// Checks one record against what the source holds so far and inserts it, or rejects it.
  ///
  /// With `waiting`, a record whose patient is not known yet is kept for ``finish(reports:)``;
  /// without, it is rejected.
  mutating func handle(_ record: SourceRecord, file: Int, waiting: Bool) throws {
    if let patientID = record.patientID, patient(patientID) == nil {
      if waiting {
        pending.append(Pending(record: record, file: file))
      } else {
        try reject(
          record.kindName, file: file, at: record.location,
          "\(record.kindName) names patient '\(patientID)', who is not in source '\(source.name)'",
          hint: "every patient that a sample, diagnosis, treatment or event names needs a patient record")
      }
      return
    }
    switch record {
    case .patient(let patient): try insert(patient, file: file)
    case .diagnosis(let diagnosis): try insert(diagnosis, file: file)
    case .sample(let sample): try insert(sample, file: file)
    case .alteration(let alteration): try insert(alteration, file: file)
    case .biomarker(let biomarker): try insert(biomarker, file: file)
    case .treatment(let treatment): try insert(treatment, file: file)
    case .event(let event): try insert(event, file: file)
    case .panel(let panel): try insert(panel, file: file)
    }
  }

  /// Rejects a record dated before its patient's birth; returns whether it did.
  mutating func rejectBeforeBirth(
    _ day: Day?, what: String, patientID: String, record: String, file: Int, at location: TextLocation?
  ) throws -> Bool {
    guard let day, let birth = patient(patientID)?.birthDay, day < birth else { return false }
    try reject(
      record, file: file, at: location,
      "\(what) (day \(day.value)) is before the birth of patient '\(patientID)' (day \(birth.value))",
      hint: "check the date and the patient's birth date")
    return true
  }

  mutating func insert(_ patient: Patient, file: Int) throws {
    let location = patient.location
    if patient.id.isEmpty {
      return try reject("patient", file: file, at: location, "the patient id is empty")
    }
    if let first = patients[patient.id] {
      return try reject(
        "patient", file: file, at: location,
        "patient '\(patient.id)' appears twice in source '\(source.name)'",
        hint: first.location.map { "first seen at \($0)" })
    }
    if let birth = patient.birthDay {
      for (what, day) in [("death", patient.deathDay), ("last contact", patient.lastContactDay)] {
        if let day, day < birth {
          return try reject(
            "patient", file: file, at: location,
            "\(what) (day \(day.value)) is before the birth of patient '\(patient.id)' (day \(birth.value))",
            hint: "check the date and the patient's birth date")
        }
      }
    }
    let s = statements.patient
    s.bind(1, sourceKey)
    s.bind(2, patient.id)
    s.bind(3, patient.sex.rawValue)
    s.bind(4, patient.birthDay?.value)
    s.bind(5, patient.ageYears)
    s.bind(6, patient.deathDay?.value)
    s.bind(7, patient.lastContactDay?.value)
    s.bind(8, files[file].rowID)
    s.bind(9, location?.line)
    let key = try s.run()
    for (name, value) in patient.attributes.sorted(by: { $0.key < $1.key }) {
      statements.attribute.bind(1, key)
      statements.attribute.bind(2, name)
      statements.attribute.bind(3, value)
      try statements.attribute.run()
    }
    patients[patient.id] = PatientEntry(key: key, birthDay: patient.birthDay, location: location)
    files[file].imported += 1
  }

  mutating func insert(_ diagnosis: Diagnosis, file: Int) throws {
    let location = diagnosis.location
    for (what, day) in [("the diagnosis", diagnosis.day), ("advanced disease", diagnosis.advancedDay)] {
      if try rejectBeforeBirth(
        day, what: what, patientID: diagnosis.patientID, record: "diagnosis", file: file, at: location)
      {
        return
      }
    }
    guard let patient = self.patient(diagnosis.patientID) else { return }
    let s = statements.diagnosis
    s.bind(1, patient.key)
    s.bind(2, diagnosis.label)
    s.bind(3, diagnosis.day?.value)
    s.bind(4, diagnosis.stage)
    s.bind(5, diagnosis.advancedDay?.value)
    s.bind(6, files[file].rowID)
    s.bind(7, location?.line)
    let key = try s.run()
    let concepts = harmonizer.mapDiagnosis(diagnosis.codes)
    for (ordinal, code) in diagnosis.codes.enumerated() {
      let c = statements.diagnosisCode
      c.bind(1, key)
      c.bind(2, ordinal)
      c.bind(3, code)
      c.bind(4, concepts[ordinal])
      try c.run()
    }
    files[file].imported += 1
  }

  mutating func insert(_ sample: Sample, file: Int) throws {
    let location = sample.location
    if sample.id.isEmpty { return try reject("sample", file: file, at: location, "the sample id is empty") }
    let existing = samples[sample.id]
    if let existing, existing.declared {
      return try reject(
        "sample", file: file, at: location,
        "sample '\(sample.id)' appears twice in source '\(source.name)'")
    }
    if try rejectBeforeBirth(
      sample.collectionDay, what: "the sample's collection", patientID: sample.patientID,
      record: "sample", file: file, at: location)
    {
      return
    }
    guard let patient = self.patient(sample.patientID) else { return }
    if let existing {
      // Alterations named the sample first; its declaration now completes the row.
      let s = statements.declareSample
      s.bind(1, patient.key)
      s.bind(2, sample.type.rawValue)
      s.bind(3, sample.assay)
      s.bind(4, sample.panel)
      s.bind(5, sample.collectionDay?.value)
      s.bind(6, files[file].rowID)
      s.bind(7, location?.line)
      s.bind(8, existing.key)
      try s.run()
      samples[sample.id] = SampleEntry(key: existing.key, declared: true)
    } else {
      let key = try insertSample(
        id: sample.id, patientKey: patient.key, declared: true, type: sample.type,
        assay: sample.assay, panel: sample.panel, day: sample.collectionDay, file: file, line: location?.line)
      samples[sample.id] = SampleEntry(key: key, declared: true)
    }
    files[file].imported += 1
  }

  /// The patient `id` of this source, if met already; the previous answer is reused while
  /// records keep naming the same patient.
  mutating func patient(_ id: String) -> PatientEntry? {
    if let lastPatient, lastPatient.id == id { return lastPatient.entry }
    guard let entry = patients[id] else { return nil }
    lastPatient = (id, entry)
    return entry
  }

  /// Inserts a sample row and returns its key.
  mutating func insertSample(
    id: String, patientKey: Int64?, declared: Bool, type: Sample.SampleType, assay: String?,
    panel: String?, day: Day?, file: Int, line: Int?
  ) throws -> Int64 {
    let s = statements.sample
    s.bind(1, sourceKey)
    s.bind(2, id)
    s.bind(3, patientKey)
    s.bind(4, declared)
    s.bind(5, type.rawValue)
    s.bind(6, assay)
    s.bind(7, panel)
    s.bind(8, day?.value)
    s.bind(9, files[file].rowID)
    s.bind(10, line)
    return try s.run()
  }

  /// The key of a sample that alterations or biomarkers name, created (undeclared, without
  /// patient) the first time a variant file names it.
  mutating func sampleKey(_ id: String, file: Int, line: Int?) throws -> Int64 {
    if let lastSample, lastSample.id == id { return lastSample.key }
    if let entry = samples[id] {
      lastSample = (id, entry.key)
      return entry.key
    }
    let key = try insertSample(
      id: id, patientKey: nil, declared: false, type: .unknown, assay: nil, panel: nil, day: nil,
      file: file, line: line)
    samples[id] = SampleEntry(key: key, declared: false)
    return key
  }
}
