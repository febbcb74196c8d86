import OncoModel

extension ImportSession {
  mutating func insert(_ alteration: Alteration, file: Int) throws {
    let location = alteration.location
    if alteration.sampleID.isEmpty {
      return try reject("alteration", file: file, at: location, "the alteration names no sample")
    }
    if let vaf = alteration.vaf, !(0...1).contains(vaf) {
      return try reject(
        "alteration", file: file, at: location, "the variant allele fraction \(vaf) is outside [0, 1]")
    }
    if let depth = alteration.depth, depth < 0 {
      return try reject("alteration", file: file, at: location, "the read depth \(depth) is negative")
    }
    let sample = try sampleKey(alteration.sampleID, file: file, line: location?.line)
    let gene = alteration.gene.map { harmonizer.map($0, in: .gene) ?? $0 }
    try statements.insert(
      alteration, sampleKey: sample, gene: gene, fileID: files[file].rowID,
      annotations: options.transcriptAnnotations)
    files[file].imported += 1
  }

  mutating func insert(_ biomarker: Biomarker, file: Int) throws {
    let location = biomarker.location
    if biomarker.sampleID.isEmpty {
      return try reject("biomarker", file: file, at: location, "the biomarker names no sample")
    }
    if biomarker.name.isEmpty {
      return try reject("biomarker", file: file, at: location, "the biomarker has no name")
    }
    if biomarker.value == nil && biomarker.category == nil {
      return try reject(
        "biomarker", file: file, at: location, "biomarker '\(biomarker.name)' has no value")
    }
    let sample = try sampleKey(biomarker.sampleID, file: file, line: location?.line)
    let s = statements.biomarker
    s.bind(1, sample)
    s.bind(2, biomarker.name)
    s.bind(3, biomarker.value)
    s.bind(4, biomarker.category)
    s.bind(5, biomarker.unit)
    s.bind(6, files[file].rowID)
    s.bind(7, location?.line)
    try s.run()
    files[file].imported += 1
  }

  mutating func insert(_ panel: GenePanel, file: Int) throws {
    let location = panel.location
    if panel.id.isEmpty { return try reject("panel", file: file, at: location, "the panel id is empty") }
    if panels.contains(panel.id) {
      return try reject(
        "panel", file: file, at: location, "panel '\(panel.id)' appears twice in source '\(source.name)'")
    }
    let s = statements.panel
    s.bind(1, sourceKey)
    s.bind(2, panel.id)
    s.bind(3, panel.description)
    s.bind(4, files[file].rowID)
    s.bind(5, location?.line)
    let key = try s.run()
    for gene in panel.genes {
      statements.panelGene.bind(1, key)
      statements.panelGene.bind(2, harmonizer.map(gene, in: .gene) ?? gene)
      try statements.panelGene.run()
    }
    panels.insert(panel.id)
    files[file].imported += 1
  }

  mutating func insert(_ treatment: TreatmentExposure, file: Int) throws {
    let location = treatment.location
    if treatment.agent.isEmpty {
      return try reject("treatment", file: file, at: location, "the treatment names no agent")
    }
    if let end = treatment.endDay, end < treatment.startDay {
      return try reject(
        "treatment", file: file, at: location,
        "treatment '\(treatment.agent)' ends (day \(end.value)) before it starts (day \(treatment.startDay.value))",
        hint: "check the start and stop dates; they may be swapped")
    }
    if try rejectBeforeBirth(
      treatment.startDay, what: "the start of treatment '\(treatment.agent)'",
      patientID: treatment.patientID, record: "treatment", file: file, at: location)
    {
      return
    }
    guard let patient = self.patient(treatment.patientID) else { return }
    let concept = treatment.concept ?? harmonizer.map(treatment.agent, in: .drug)
    try statements.insertTreatment(
      patientKey: patient.key, treatment, concept: concept, fileID: files[file].rowID)
    files[file].imported += 1
  }

  mutating func insert(_ event: ClinicalEvent, file: Int) throws {
    let location = event.location
    if try rejectBeforeBirth(
      event.day, what: "the \(event.kind.rawValue) event", patientID: event.patientID,
      record: "event", file: file, at: location)
    {
      return
    }
    guard let patient = self.patient(event.patientID) else { return }
    let s = statements.event
    s.bind(1, patient.key)
    s.bind(2, event.kind.rawValue)
    s.bind(3, event.day.value)
    s.bind(4, event.detail)
    s.bind(5, files[file].rowID)
    s.bind(6, location?.line)
    try s.run()
    files[file].imported += 1
  }
}
