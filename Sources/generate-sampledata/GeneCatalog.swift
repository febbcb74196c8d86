/// A gene's identifiers and its canonical (MANE Select) transcript, GRCh38, as VEP reports them.
struct GeneInfo {
  let symbol: String
  let entrez: Int
  let ensembl: String
  let transcript: String
  let protein: String
  let refSeq: String
  let exons: Int
  /// 1 for genes on the plus strand, -1 for the minus strand (MAF `Strand` is always `+`).
  let strand: Int
}

/// A small variant (SNV or indel) at a real hotspot of a canonical transcript, GRCh38.
///
/// Coordinates and HGVS follow the published hotspots; the reference bases could not be checked
/// against the genome offline, so they are plausible and consistent between VCF and MAF, not
/// guaranteed to match GRCh38.
struct HotspotVariant {
  let gene: String
  let chromosome: String
  /// VCF position (1-based; for indels, the anchor base before the event).
  let position: Int
  /// VCF alleles, with the anchor base for indels.
  let ref: String
  let alt: String
  let hgvsc: String
  /// Three-letter HGVS protein change (`p.Gly12Cys`); empty for splice variants.
  let hgvsp: String
  /// One-letter form as MAF `HGVSp_Short` writes it (`p.G12C`, `p.X1010_splice`).
  let short: String
  let consequence: String
  /// MAF `Variant_Classification`.
  let mafClass: String
  let impact: String
  /// `19/28` exon or, for splice variants, the intron (`14/20`).
  let exon: String?
  let intron: String?
}

/// A gene fusion as two breakends: the 5' partner and the 3' kinase, with intron numbers.
struct FusionEvent {
  let fivePrime: String
  let threePrime: String
  let fivePrimeChromosome: String
  let fivePrimePosition: Int
  let fivePrimeIntron: Int
  let threePrimeChromosome: String
  let threePrimePosition: Int
  let threePrimeIntron: Int
}

/// The genes, hotspots, fusions and panels the generator draws from.
enum GeneCatalog {
  /// The catalogue's genes, by symbol.
  ///
  /// Columns: symbol, Entrez id, Ensembl gene, MANE Select transcript and protein, RefSeq, exons,
  /// strand.
  static let genes: [String: GeneInfo] = Dictionary(
    uniqueKeysWithValues: [
      gene("KRAS", 3845, "ENSG00000133703", "ENST00000311936.8", "ENSP00000308495.3", "NM_004985.5", 5, -1),
      gene("NRAS", 4893, "ENSG00000213281", "ENST00000369535.5", "ENSP00000358548.4", "NM_002524.5", 7, -1),
      gene("EGFR", 1956, "ENSG00000146648", "ENST00000275493.7", "ENSP00000275493.2", "NM_005228.5", 28, 1),
      gene("BRAF", 673, "ENSG00000157764", "ENST00000646891.2", "ENSP00000493543.1", "NM_004333.6", 18, -1),
      gene("MET", 4233, "ENSG00000105976", "ENST00000397752.8", "ENSP00000380860.3", "NM_000245.4", 21, 1),
      gene("ERBB2", 2064, "ENSG00000141736", "ENST00000269571.10", "ENSP00000269571.4", "NM_004448.4", 27, 1),
      gene("STK11", 6794, "ENSG00000118046", "ENST00000326873.12", "ENSP00000324856.6", "NM_000455.5", 10, 1),
      gene("KEAP1", 9817, "ENSG00000079999", "ENST00000171111.10", "ENSP00000171111.5", "NM_203500.2", 6, -1),
      gene("TP53", 7157, "ENSG00000141510", "ENST00000269305.9", "ENSP00000269305.4", "NM_000546.6", 11, -1),
      gene("PIK3CA", 5290, "ENSG00000121879", "ENST00000263967.4", "ENSP00000263967.3", "NM_006218.4", 21, 1),
      gene("APC", 324, "ENSG00000134982", "ENST00000257430.9", "ENSP00000257430.4", "NM_000038.6", 16, 1),
      gene("ALK", 238, "ENSG00000171094", "ENST00000389048.8", "ENSP00000373700.3", "NM_004304.5", 29, -1),
      gene("EML4", 27436, "ENSG00000143924", "ENST00000318522.10", "ENSP00000320663.5", "NM_019063.5", 23, 1),
      gene("ROS1", 6098, "ENSG00000047936", "ENST00000368508.7", "ENSP00000357494.3", "NM_002944.3", 43, -1),
      gene(
        "CD74", 972, "ENSG00000019582", "ENST00000009530.12", "ENSP00000009530.7", "NM_001025159.3", 9, -1),
      gene("RET", 5979, "ENSG00000165731", "ENST00000355710.8", "ENSP00000347942.3", "NM_020975.6", 20, 1),
      gene("KIF5B", 3799, "ENSG00000170759", "ENST00000302418.5", "ENSP00000307078.4", "NM_004521.3", 26, -1),
    ].map { ($0.symbol, $0) })

  // Hotspots, GRCh38 (chromosome without `chr`; writers add it where the format does).
  static let krasG12C = spot(
    "KRAS", "12", 25_245_351, "C", "A", "c.34G>T", "p.Gly12Cys", "p.G12C", exon: "2/5")
  static let krasOther = [
    spot("KRAS", "12", 25_245_350, "C", "T", "c.35G>A", "p.Gly12Asp", "p.G12D", exon: "2/5"),
    spot("KRAS", "12", 25_245_350, "C", "A", "c.35G>T", "p.Gly12Val", "p.G12V", exon: "2/5"),
    spot("KRAS", "12", 25_245_347, "C", "T", "c.38G>A", "p.Gly13Asp", "p.G13D", exon: "2/5"),
    spot("KRAS", "12", 25_227_341, "T", "G", "c.183A>C", "p.Gln61His", "p.Q61H", exon: "3/5"),
  ]
  static let egfrExon19 = [
    HotspotVariant(
      gene: "EGFR", chromosome: "7", position: 55_174_771, ref: "AGGAATTAAGAGAAGC", alt: "A",
      hgvsc: "c.2235_2249del", hgvsp: "p.Glu746_Ala750del", short: "p.E746_A750del",
      consequence: "inframe_deletion", mafClass: "In_Frame_Del", impact: "MODERATE", exon: "19/28",
      intron: nil),
    HotspotVariant(
      gene: "EGFR", chromosome: "7", position: 55_174_772, ref: "GGAATTAAGAGAAGCA", alt: "G",
      hgvsc: "c.2236_2250del", hgvsp: "p.Glu746_Ala750del", short: "p.E746_A750del",
      consequence: "inframe_deletion", mafClass: "In_Frame_Del", impact: "MODERATE", exon: "19/28",
      intron: nil),
  ]
  static let egfrL858R = spot(
    "EGFR", "7", 55_191_822, "T", "G", "c.2573T>G", "p.Leu858Arg", "p.L858R", exon: "21/28")
  static let egfrExon20Insertion = HotspotVariant(
    gene: "EGFR", chromosome: "7", position: 55_181_319, ref: "C", alt: "CGGT",
    hgvsc: "c.2310_2311insGGT", hgvsp: "p.Asp770_Asn771insGly", short: "p.D770_N771insG",
    consequence: "inframe_insertion", mafClass: "In_Frame_Ins", impact: "MODERATE", exon: "20/28", intron: nil
  )
  static let brafV600E = spot(
    "BRAF", "7", 140_753_336, "A", "T", "c.1799T>A", "p.Val600Glu", "p.V600E", exon: "15/18")
  static let metExon14 = HotspotVariant(
    gene: "MET", chromosome: "7", position: 116_771_989, ref: "G", alt: "A", hgvsc: "c.3028+1G>A",
    hgvsp: "", short: "p.X1010_splice", consequence: "splice_donor_variant", mafClass: "Splice_Site",
    impact: "HIGH", exon: nil, intron: "14/20")
  static let erbb2Exon20Insertion = HotspotVariant(
    gene: "ERBB2", chromosome: "17", position: 39_711_955, ref: "G", alt: "GATACGTGATGGC",
    hgvsc: "c.2324_2325insATACGTGATGGC", hgvsp: "p.Ala775_Gly776insTyrValMetAla", short: "p.A775_G776insYVMA",
    consequence: "inframe_insertion", mafClass: "In_Frame_Ins", impact: "MODERATE", exon: "20/27", intron: nil
  )
  static let stk11 = [
    spot("STK11", "19", 1_207_045, "C", "T", "c.109C>T", "p.Gln37Ter", "p.Q37*", exon: "1/10"),
    spot("STK11", "19", 1_220_487, "G", "T", "c.580G>T", "p.Asp194Tyr", "p.D194Y", exon: "4/10"),
    spot("STK11", "19", 1_219_323, "C", "T", "c.442C>T", "p.Arg148Ter", "p.R148*", exon: "3/10"),
  ]
  static let keap1 = [
    spot("KEAP1", "19", 10_499_476, "C", "A", "c.997G>T", "p.Gly333Cys", "p.G333C", exon: "3/6"),
    spot("KEAP1", "19", 10_491_773, "G", "A", "c.1408C>T", "p.Arg470Cys", "p.R470C", exon: "4/6"),
  ]
  static let tp53 = [
    spot("TP53", "17", 7_673_802, "C", "T", "c.818G>A", "p.Arg273His", "p.R273H", exon: "8/11"),
    spot("TP53", "17", 7_674_220, "C", "T", "c.743G>A", "p.Arg248Gln", "p.R248Q", exon: "7/11"),
    spot("TP53", "17", 7_675_088, "C", "T", "c.524G>A", "p.Arg175His", "p.R175H", exon: "5/11"),
    spot("TP53", "17", 7_674_872, "T", "C", "c.659A>G", "p.Tyr220Cys", "p.Y220C", exon: "6/11"),
  ]
  static let pik3ca = [
    spot("PIK3CA", "3", 179_218_303, "G", "A", "c.1633G>A", "p.Glu545Lys", "p.E545K", exon: "10/21"),
    spot("PIK3CA", "3", 179_234_297, "A", "G", "c.3140A>G", "p.His1047Arg", "p.H1047R", exon: "21/21"),
  ]
  static let nras = [
    spot("NRAS", "1", 114_713_908, "T", "C", "c.182A>G", "p.Gln61Arg", "p.Q61R", exon: "3/7"),
    spot("NRAS", "1", 114_713_909, "G", "T", "c.181C>A", "p.Gln61Lys", "p.Q61K", exon: "3/7"),
  ]
  static let apc = [
    spot("APC", "5", 112_839_942, "C", "T", "c.4348C>T", "p.Arg1450Ter", "p.R1450*", exon: "16/16"),
    spot("APC", "5", 112_838_934, "C", "T", "c.3340C>T", "p.Arg1114Ter", "p.R1114*", exon: "16/16"),
  ]

  static let alkFusion = FusionEvent(
    fivePrime: "EML4", threePrime: "ALK", fivePrimeChromosome: "2", fivePrimePosition: 42_299_750,
    fivePrimeIntron: 13, threePrimeChromosome: "2", threePrimePosition: 29_223_540, threePrimeIntron: 19)
  static let ros1Fusion = FusionEvent(
    fivePrime: "CD74", threePrime: "ROS1", fivePrimeChromosome: "5", fivePrimePosition: 150_404_680,
    fivePrimeIntron: 6, threePrimeChromosome: "6", threePrimePosition: 117_324_415, threePrimeIntron: 33)
  static let retFusion = FusionEvent(
    fivePrime: "KIF5B", threePrime: "RET", fivePrimeChromosome: "10", fivePrimePosition: 32_017_143,
    fivePrimeIntron: 15, threePrimeChromosome: "10", threePrimePosition: 43_116_584, threePrimeIntron: 11)

  /// The large panel (a comprehensive 50-gene profiling panel, listed in full).
  static let largePanel = [
    "AKT1", "ALK", "APC", "ARID1A", "ATM", "BRAF", "BRCA1", "BRCA2", "CDKN2A", "CTNNB1", "DDR2", "EGFR",
    "ERBB2", "ERBB3", "ESR1", "FGFR1", "FGFR2", "FGFR3", "GNA11", "GNAQ", "HRAS", "IDH1", "IDH2", "KEAP1",
    "KIT", "KRAS", "MAP2K1", "MET", "MTOR", "MYC", "NF1", "NFE2L2", "NOTCH1", "NRAS", "NTRK1", "NTRK2",
    "NTRK3", "PDGFRA", "PIK3CA", "PTEN", "RB1", "RET", "RICTOR", "ROS1", "SMAD4", "SMARCA4", "STK11", "TP53",
    "TSC1", "TSC2",
  ]
  /// The small hotspot panel: the targetable drivers and TP53, but not STK11 or KEAP1.
  static let smallPanel = [
    "ALK", "BRAF", "EGFR", "ERBB2", "KRAS", "MET", "NRAS", "PIK3CA", "RET", "ROS1", "TP53",
  ]
  static let largePanelID = "ONCO-LARGE-50"
  static let smallPanelID = "HOTSPOT-11"

  /// One row of ``genes``, positional so the catalogue reads as a table.
  private static func gene(
    _ symbol: String, _ entrez: Int, _ ensembl: String, _ transcript: String, _ protein: String,
    _ refSeq: String, _ exons: Int, _ strand: Int
  ) -> GeneInfo {
    GeneInfo(
      symbol: symbol, entrez: entrez, ensembl: ensembl, transcript: transcript, protein: protein,
      refSeq: refSeq, exons: exons, strand: strand)
  }

  private static func spot(
    _ gene: String, _ chromosome: String, _ position: Int, _ ref: String, _ alt: String, _ hgvsc: String,
    _ hgvsp: String, _ short: String, exon: String
  ) -> HotspotVariant {
    let stop = hgvsp.hasSuffix("Ter")
    return HotspotVariant(
      gene: gene, chromosome: chromosome, position: position, ref: ref, alt: alt, hgvsc: hgvsc, hgvsp: hgvsp,
      short: short, consequence: stop ? "stop_gained" : "missense_variant",
      mafClass: stop ? "Nonsense_Mutation" : "Missense_Mutation", impact: stop ? "HIGH" : "MODERATE",
      exon: exon, intron: nil)
  }
}
