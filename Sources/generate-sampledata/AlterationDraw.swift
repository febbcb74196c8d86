/// Draws a tumour's alterations with published frequencies for its cancer type.
///
/// Lung adenocarcinoma drivers are mutually exclusive (AACR GENIE and TCGA frequencies, rounded):
/// KRAS 30% (G12C 40% of them), EGFR 15% (exon 19 deletion 45%, L858R 40%, exon 20 insertion
/// 15%), ALK 5%, MET exon 14 skipping 3%, BRAF V600E 2%, ERBB2 exon 20 insertion 2%, ROS1 1.5%,
/// RET 1.5%, ERBB2 amplification 1%. Co-mutations: TP53 50%, STK11 28% of KRAS-mutant and 10% of
/// others (3% of EGFR), KEAP1 40% of STK11-mutant and 12% of others.
enum AlterationDraw {
  static func draw(for cancer: CancerType, rng: inout SeededGenerator) -> [SimulatedAlteration] {
    var result: [SimulatedAlteration] = []
    func small(_ variant: HotspotVariant, clonal: Bool = true) {
      let depth = rng.integer(120...900)
      let vaf = clonal ? 0.08 + rng.uniform() * 0.5 : 0.03 + rng.uniform() * 0.15
      result.append(.small(variant, vaf: vaf, depth: depth))
    }
    func fusion(_ event: FusionEvent) { result.append(.fusion(event, supportingReads: rng.integer(8...80))) }
    switch cancer {
    case .lungAdenocarcinoma, .nsclcOther:
      let scale = cancer == .lungAdenocarcinoma ? 1.0 : 0.6
      let driver = rng.pick([
        ("KRAS", 30 * scale), ("EGFR", 15 * scale), ("ALK", 5 * scale), ("MET", 3.0), ("BRAF", 2.0),
        ("ERBB2ins", 2.0), ("ROS1", 1.5 * scale), ("RET", 1.5 * scale), ("ERBB2amp", 1.0),
        ("none", 100 - 61 * scale),
      ])
      switch driver {
      case "KRAS": small(rng.chance(0.40) ? GeneCatalog.krasG12C : rng.element(GeneCatalog.krasOther))
      case "EGFR":
        let kind = rng.pick([("19", 45.0), ("858", 40.0), ("20", 15.0)])
        small(
          kind == "19"
            ? rng.element(GeneCatalog.egfrExon19)
            : kind == "858" ? GeneCatalog.egfrL858R : GeneCatalog.egfrExon20Insertion)
      case "ALK": fusion(GeneCatalog.alkFusion)
      case "ROS1": fusion(GeneCatalog.ros1Fusion)
      case "RET": fusion(GeneCatalog.retFusion)
      case "MET": small(GeneCatalog.metExon14)
      case "BRAF": small(GeneCatalog.brafV600E)
      case "ERBB2ins": small(GeneCatalog.erbb2Exon20Insertion)
      case "ERBB2amp": result.append(.amplification(gene: "ERBB2"))
      default: break
      }
      let kras = driver == "KRAS"
      let stk11 = rng.chance(kras ? 0.28 : driver == "EGFR" ? 0.03 : 0.10)
      if stk11 { small(rng.element(GeneCatalog.stk11)) }
      if rng.chance(stk11 ? 0.40 : 0.12) { small(rng.element(GeneCatalog.keap1)) }
      if rng.chance(0.50) { small(rng.element(GeneCatalog.tp53)) }
    case .lungSquamous:
      if rng.chance(0.80) { small(rng.element(GeneCatalog.tp53)) }
      if rng.chance(0.10) { small(rng.element(GeneCatalog.pik3ca)) }
      if rng.chance(0.05) {
        small(rng.chance(0.3) ? GeneCatalog.krasG12C : rng.element(GeneCatalog.krasOther))
      }
      if rng.chance(0.05) { small(rng.element(GeneCatalog.stk11)) }
      if rng.chance(0.12) { small(rng.element(GeneCatalog.keap1)) }
    case .colorectal:
      let driver = rng.pick([("KRAS", 42.0), ("BRAF", 9.0), ("NRAS", 4.0), ("none", 45.0)])
      switch driver {
      case "KRAS": small(rng.chance(0.07) ? GeneCatalog.krasG12C : rng.element(GeneCatalog.krasOther))
      case "BRAF": small(GeneCatalog.brafV600E)
      case "NRAS": small(rng.element(GeneCatalog.nras))
      default: break
      }
      if rng.chance(0.75) { small(rng.element(GeneCatalog.apc)) }
      if rng.chance(0.60) { small(rng.element(GeneCatalog.tp53)) }
      if rng.chance(0.15) { small(rng.element(GeneCatalog.pik3ca)) }
      if driver == "none", rng.chance(0.06) { result.append(.amplification(gene: "ERBB2")) }
    case .melanoma:
      let driver = rng.pick([("BRAF", 45.0), ("NRAS", 20.0), ("none", 35.0)])
      if driver == "BRAF" { small(GeneCatalog.brafV600E) }
      if driver == "NRAS" { small(rng.element(GeneCatalog.nras)) }
      if rng.chance(0.15) { small(rng.element(GeneCatalog.tp53)) }
    case .breast:
      if rng.chance(0.35) { small(rng.element(GeneCatalog.pik3ca)) }
      if rng.chance(0.18) { result.append(.amplification(gene: "ERBB2")) }
      if rng.chance(0.35) { small(rng.element(GeneCatalog.tp53), clonal: rng.chance(0.8)) }
    }
    return result
  }
}
