import OncoModel

extension CBioPortalStudySession {
  /// Reads `data_sv.txt`-style structural variants: one alteration per distinct gene of a row
  /// (an intragenic event, the same gene at both sites, gives one), with both genes as fusion
  /// partners, Site1 first.
  mutating func readStructuralVariants(_ path: String) throws -> ReadCounts {
    var counts = ReadCounts()
    try readTable(path, required: ["Sample_Id"]) { columns, row in
      func value(_ name: String) -> String? { columns.value(row.fields, name) }
      guard let sampleID = value("Sample_Id") else {
        report(Diagnostic(.error, at: location(path, row, columns, "Sample_Id"), "Sample_Id is empty"))
        counts.reject()
        return
      }
      guard checkSample(sampleID, at: location(path, row, columns, "Sample_Id")) else {
        counts.reject()
        return
      }
      let sites = ["Site1", "Site2"].map { site in
        (
          gene: value("\(site)_Hugo_Symbol"), chromosome: value("\(site)_Chromosome"),
          position: value("\(site)_Position").flatMap { Int($0) },
          region: value("\(site)_Region"), number: value("\(site)_Region_Number").flatMap { Int($0) }
        )
      }
      let partners = sites.compactMap(\.gene)
      guard !partners.isEmpty else {
        report(
          Diagnostic(
            .error, at: location(path, row, columns, "Site1_Hugo_Symbol"),
            "neither Site1_Hugo_Symbol nor Site2_Hugo_Symbol names a gene"))
        counts.reject()
        return
      }
      let structuralClass = value("Class") ?? value("Event_Info")
      var emitted: Set<String> = []
      for site in sites {
        guard let gene = site.gene, emitted.insert(gene).inserted else { continue }
        var alteration = Alteration(
          sampleID: sampleID, kind: .structural, gene: gene, origin: .somatic, fusionPartners: partners,
          structuralClass: structuralClass, location: location(path, row, columns))
        if let chromosome = site.chromosome, let position = site.position {
          alteration.position = GenomicPosition(chromosome: chromosome, position: position)
        }
        if let number = site.number {
          if site.region?.uppercased() == "INTRON" {
            alteration.intron = FeatureNumber(number: number)
          } else {
            alteration.exon = FeatureNumber(number: number)
          }
        }
        if let status = value("SV_Status")?.lowercased() {
          alteration.origin = status == "germline" ? .germline : .somatic
        }
        try emit(.alteration(alteration))
      }
      counts.accept()
    }
    return counts
  }
}
