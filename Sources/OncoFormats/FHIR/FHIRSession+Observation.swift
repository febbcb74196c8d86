import OncoModel

extension FHIRSession {
  /// Reads an Observation when it is a variant, TMB, MSI or disease status; returns false for
  /// other Observations (not records).
  mutating func observation(_ resource: FHIRJSON, at here: TextLocation, path: String) throws -> Bool {
    let code = resource["code"]
    let profile = FHIRSession.profileName(resource)
    let kind: String
    if profile == "variant" || code?.hasCode("69548-6") == true {
      kind = "variant"
    } else if code?.hasCode("94076-7") == true {
      kind = "TMB"
    } else if code?.hasCode("81695-9") == true {
      kind = "MSI"
    } else if code?.hasCode("97509-4") == true || code?.hasCode("88040-1") == true
      || profile.containsIgnoringCase("disease-status")
    {
      kind = "status"
    } else {
      return false
    }
    guard let patientID = resolve(resource["subject"]) else {
      reject(
        path,
        Diagnostic(
          .error, at: here, "Observation (\(kind)) has no subject",
          hint: "a \(kind) Observation must reference its Patient"))
      return true
    }
    if let status = resource.string("status"), ["entered-in-error", "cancelled"].contains(status) {
      reject(
        path,
        Diagnostic(
          .error, at: here, "Observation status is \(status)", hint: "only results that stand are read"))
      return true
    }
    try ensurePatient(patientID, at: here)
    let sampleID = resolve(resource["specimen"]) ?? patientID
    switch kind {
    case "variant":
      try ensureSample(sampleID, patientID: patientID, at: here)
      // LA9634-2 "Absent": the variant was looked for and not found; no alteration.
      guard resource["valueCodeableConcept"]?.hasCode("LA9634-2") != true else { break }
      try emit(.alteration(variant(resource, sampleID: sampleID, at: here)))
    case "TMB", "MSI":
      try ensureSample(sampleID, patientID: patientID, at: here)
      var biomarker = Biomarker(name: kind, sampleID: sampleID, location: here)
      biomarker.value = resource["valueQuantity"]?.number("value")
      biomarker.unit = resource["valueQuantity"]?.string("unit")
      biomarker.category = resource["valueCodeableConcept"]?.conceptText ?? resource.string("valueString")
      guard biomarker.value != nil || biomarker.category != nil else {
        reject(
          path,
          Diagnostic(
            .error, at: here, "\(kind) Observation has no value",
            expected: "valueQuantity or valueCodeableConcept"))
        return true
      }
      try emit(.biomarker(biomarker))
    default:
      guard
        let day = day(
          resource.string("effectiveDateTime") ?? resource["effectivePeriod"]?.string("start"),
          "effectiveDateTime", at: here)
      else {
        reject(
          path,
          Diagnostic(
            .error, at: here, "disease-status Observation has no date", expected: "effectiveDateTime"))
        return true
      }
      let text = resource["valueCodeableConcept"]?.conceptText
      try emit(
        .event(
          ClinicalEvent(
            patientID: patientID, kind: FHIRSession.statusKind(resource["valueCodeableConcept"]), day: day,
            detail: text, location: here)))
    }
    accept(path)
    return true
  }

  /// mCODE disease status: SNOMED 271299001 (worse) → progression, 268910001 (improved) and
  /// 359746009 (stable) → response, else by the text.
  static func statusKind(_ value: FHIRJSON?) -> ClinicalEvent.Kind {
    guard let value else { return .other }
    if value.hasCode("271299001") { return .progression }
    if value.hasCode("268910001") || value.hasCode("359746009") { return .response }
    let text = value.conceptText?.lowercased() ?? ""
    if text.containsIgnoringCase("progress") || text.containsIgnoringCase("worse") { return .progression }
    if text.containsIgnoringCase("recur") || text.containsIgnoringCase("relapse") { return .recurrence }
    if text.containsIgnoringCase("improv") || text.containsIgnoringCase("respon")
      || text.containsIgnoringCase("remission")
    {
      return .response
    }
    return .other
  }

  /// A variant Observation's components as an Alteration (see `docs/sources.md`).
  func variant(_ resource: FHIRJSON, sampleID: String, at here: TextLocation) -> Alteration {
    var alteration = Alteration(sampleID: sampleID, kind: .mutation, gene: nil, location: here)
    var start: Double?
    var zeroBased = false
    var chromosome: String?
    for component in resource.array("component") {
      guard let code = component["code"]?.codings.first?.string("code") else { continue }
      let concept = component["valueCodeableConcept"]
      switch code {
      case "48018-6":
        alteration.gene = concept?.codings.first?.string("display") ?? concept?.string("text")
      case "48004-6":
        alteration.hgvsc = concept?.code() ?? concept?.string("text")
      case "48005-3":
        if let text = concept?.code() ?? concept?.string("text") {
          let protein = text.split(separator: ":").last.map(String.init) ?? text
          alteration.proteinChange = ProteinChangeNormalizer.normalize(protein)
        }
      case "51958-7":
        alteration.transcript = concept?.code()
      case "48013-7":
        chromosome = chromosome ?? FHIRSession.chromosome(refSeq: concept?.code() ?? "")
      case "48001-2":
        chromosome = concept?.conceptText ?? chromosome
      case "81254-5", "exact-start-end":
        start = component["valueRange"]?["low"]?.number("value")
      case "92822-6":
        zeroBased = concept?.hasCode("LA30100-4") == true
      case "69547-8":
        alteration.ref = component.string("valueString")
      case "69551-0":
        alteration.alt = component.string("valueString")
      case "81258-6":
        if let value = component["valueQuantity"]?.number("value") {
          let percent =
            component["valueQuantity"]?.string("unit") == "%"
            || component["valueQuantity"]?.string("code") == "%"
          alteration.vaf = percent ? value / 100 : value
        }
      case "82121-5":
        alteration.depth = component["valueQuantity"]?.number("value").map { Int($0) }
      case "48002-0":
        let text = (concept?.conceptText ?? "").lowercased()
        if concept?.hasCode("LA6684-0") == true || text.containsIgnoringCase("somatic") {
          alteration.origin = .somatic
        }
        if concept?.hasCode("LA6683-2") == true || text.containsIgnoringCase("germline") {
          alteration.origin = .germline
        }
      case "82155-3":
        alteration.kind = .copyNumber
        alteration.copyNumber = component["valueQuantity"]?.number("value").flatMap(
          FHIRSession.copyNumberLevel)
      default:
        continue
      }
    }
    if let chromosome, let start {
      alteration.position = GenomicPosition(
        chromosome: chromosome, position: Int(start) + (zeroBased ? 1 : 0))
    }
    return alteration
  }

  /// `NC_000007.13` → `7` (23 → X, 24 → Y); other accessions are kept as written.
  static func chromosome(refSeq: String) -> String? {
    guard !refSeq.isEmpty else { return nil }
    guard refSeq.hasPrefix("NC_0000"), let number = Int(refSeq.dropFirst(7).prefix { $0 != "." }) else {
      return refSeq
    }
    switch number {
    case 23: return "X"
    case 24: return "Y"
    default: return String(number)
    }
  }

  /// An absolute copy number as a discrete level, assuming a diploid genome: 0 deep deletion,
  /// 1 shallow deletion, 2 neutral, 3–4 gain, 5 or more amplification.
  static func copyNumberLevel(_ copies: Double) -> Alteration.CopyNumberLevel? {
    switch copies {
    case ..<0.5: return .deepDeletion
    case ..<1.5: return .shallowDeletion
    case ..<2.5: return .neutral
    case ..<4.5: return .gain
    default: return .amplification
    }
  }
}
