import GRDB
import OncoModel

extension Warehouse {
  /// Rebuilds an ``OncoModel/Alteration`` from its `alterations` row (joined to `sample_id` and
  /// the file `path`), with its fusion partners and transcript annotations.
  static func alteration(_ db: Database, _ row: Row) throws -> Alteration {
    let key: Int64 = row["id"]
    let partners = try String.fetchAll(
      db, sql: "SELECT gene FROM fusion_partners WHERE alteration_key = ? ORDER BY ordinal",
      arguments: [key])
    let annotations = try Row.fetchAll(
      db, sql: "SELECT * FROM alteration_transcripts WHERE alteration_key = ? ORDER BY ordinal",
      arguments: [key]
    ).map { a in
      TranscriptAnnotation(
        gene: a["gene"], transcript: a["transcript"],
        consequences: (a["consequences"] as String?)?.split(separator: "&").map(String.init) ?? [],
        impact: a["impact"], hgvsc: a["hgvsc"], hgvsp: a["hgvsp"],
        exon: (a["exon"] as String?).flatMap { FeatureNumber($0) },
        intron: (a["intron"] as String?).flatMap { FeatureNumber($0) }, biotype: a["biotype"],
        isCanonical: a["canonical"], isManeSelect: a["mane_select"], isPicked: a["picked"])
    }
    var position: GenomicPosition?
    if let chromosome: String = row["chromosome"], let start: Int = row["position"] {
      position = GenomicPosition(chromosome: chromosome, position: start)
    }
    var proteinChange: ProteinChange?
    if let short: String = row["protein_change"] {
      proteinChange = ProteinChange(
        short: short, kind: ProteinChange.Kind(rawValue: row["protein_change_kind"] ?? "") ?? .other,
        start: row["protein_start"], end: row["protein_end"])
    }
    func feature(_ prefix: String) -> FeatureNumber? {
      guard let number: Int = row[prefix] else { return nil }
      return FeatureNumber(number: number, last: row["\(prefix)_last"], total: row["\(prefix)_total"])
    }
    return Alteration(
      sampleID: row["sample_id"], kind: Alteration.Kind(rawValue: row["kind"]) ?? .mutation,
      gene: row["gene"], position: position, ref: row["ref"], alt: row["alt"],
      proteinChange: proteinChange, hgvsc: row["hgvsc"], consequence: row["consequence"],
      variantClass: (row["variant_class"] as String?).map(VariantClass.init(rawValue:)),
      impact: row["impact"], transcript: row["transcript"], exon: feature("exon"),
      intron: feature("intron"), vaf: row["vaf"], depth: row["depth"], filter: row["filter"],
      origin: Alteration.Origin(rawValue: row["origin"]) ?? .unknown,
      copyNumber: (row["copy_number"] as Int?).flatMap(Alteration.CopyNumberLevel.init(rawValue:)),
      fusionPartners: partners, structuralClass: row["structural_class"], annotations: annotations,
      location: location(row))
  }
}
