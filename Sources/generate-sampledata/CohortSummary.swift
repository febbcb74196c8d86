/// The figures of the simulated truth that SampleData/README.md reports (printed by the generator).
struct CohortSummary {
  let patients: [SimulatedPatient]
  let excluded: Int

  var text: String {
    var lines: [String] = []
    lines.append(
      "patients sequenced (in the sources): \(patients.count); died or data cut before sequencing (never appear): \(excluded)"
    )
    for source in DataSource.allCases {
      let group = patients.filter { $0.source == source }
      let deaths = group.filter { $0.deathDay != nil }.count
      lines.append(
        "  \(source.rawValue): \(group.count) patients, \(deaths) deaths, "
          + "\(group.reduce(0) { $0 + $1.exposures.count }) drug exposures, "
          + "\(group.reduce(0) { $0 + $1.progressionDays.count }) progressions, "
          + "\(group.reduce(0) { $0 + $1.reported.count }) reported alterations")
    }
    for cancer in CancerType.allCases {
      lines.append("  \(cancer.detailed): \(patients.filter { $0.cancer == cancer }.count)")
    }
    let luad = patients.filter { $0.cancer == .lungAdenocarcinoma }
    let kras = luad.filter { $0.carries("KRAS") }
    let g12c = patients.filter { p in p.cancer.isLung && p.alterations.contains { $0.isKRASG12C } }
    lines.append(
      "  lung adenocarcinoma with KRAS: \(kras.count) of \(luad.count); NSCLC KRAS G12C: \(g12c.count), "
        + "with STK11: \(g12c.filter { $0.carries("STK11") }.count)")
    let osimertinibFirst = patients.filter { $0.exposures.first { $0.line == 1 }?.drug == "osimertinib" }
    lines.append("  osimertinib first line: \(osimertinibFirst.count)")
    return lines.joined(separator: "\n") + "\n"
  }
}

extension SimulatedAlteration {
  var isKRASG12C: Bool {
    if case .small(let variant, _, _) = self { return variant.gene == "KRAS" && variant.short == "p.G12C" }
    return false
  }
}
