/// Rows of a MAF (GDC/vcf2maf columns), as the registry and the industry partner write them.
struct MAFTable {
  static let columns = [
    "Hugo_Symbol", "Entrez_Gene_Id", "Center", "NCBI_Build", "Chromosome", "Start_Position", "End_Position",
    "Strand", "Variant_Classification", "Variant_Type", "Reference_Allele", "Tumor_Seq_Allele1",
    "Tumor_Seq_Allele2", "Tumor_Sample_Barcode", "Matched_Norm_Sample_Barcode", "Mutation_Status", "HGVSc",
    "HGVSp", "HGVSp_Short", "Transcript_ID", "Exon_Number", "INTRON", "t_depth", "t_ref_count", "t_alt_count",
    "Consequence", "IMPACT", "FILTER",
  ]
  let center: String
  /// Whether chromosomes are written `chr12` (GDC) rather than `12` (cBioPortal).
  var chrPrefix = false
  private var tsv = TSV()

  init(center: String, chrPrefix: Bool = false) {
    self.center = center
    self.chrPrefix = chrPrefix
    tsv.line("#version 2.4")
    tsv.row(Self.columns)
  }

  var text: String { tsv.text }

  /// Adds one somatic variant; `altCount` overrides the count computed from the VAF (used to
  /// write a deliberately malformed value).
  mutating func add(
    _ v: HotspotVariant, sample: String, normal: String?, vaf: Double, depth: Int, altCount: String? = nil
  ) {
    let alt = Int((vaf * Double(depth)).rounded())
    let gene = GeneCatalog.genes[v.gene]
    let (start, end, ref, tumour, type) = Self.mafAlleles(v)
    tsv.row([
      v.gene, gene.map { String($0.entrez) } ?? "", center, "GRCh38", (chrPrefix ? "chr" : "") + v.chromosome,
      String(start), String(end), "+", v.mafClass, type, ref, ref, tumour, sample, normal ?? "",
      "Somatic", v.hgvsc, v.hgvsp.isEmpty ? v.short : v.hgvsp, v.short,
      gene.map { String($0.transcript.prefix { $0 != "." }) } ?? "", v.exon ?? "", v.intron ?? "",
      String(depth), String(depth - alt), altCount ?? String(alt), v.consequence, v.impact, "PASS",
    ])
  }

  /// MAF coordinates and alleles from VCF ones: a deletion drops its anchor base and starts after
  /// it (`-` as the allele), an insertion keeps the anchor position and ends one base later.
  static func mafAlleles(_ v: HotspotVariant) -> (Int, Int, String, String, String) {
    if v.ref.count == v.alt.count {
      return (v.position, v.position + v.ref.count - 1, v.ref, v.alt, v.ref.count == 1 ? "SNP" : "DNP")
    }
    if v.ref.count > v.alt.count {
      let deleted = String(v.ref.dropFirst())
      return (v.position + 1, v.position + deleted.count, deleted, "-", "DEL")
    }
    return (v.position, v.position + 1, "-", String(v.alt.dropFirst()), "INS")
  }
}
