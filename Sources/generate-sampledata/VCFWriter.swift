/// Writes one hospital sample as a VEP-annotated somatic VCF 4.2 (a single tumour column, or a
/// normal and a tumour column), GRCh38 with `chr` contigs.
struct VCFWriter {
  static let contigs: [(String, Int)] = [
    ("chr1", 248_956_422), ("chr2", 242_193_529), ("chr3", 198_295_559), ("chr5", 181_538_259),
    ("chr6", 170_805_979), ("chr7", 159_345_973), ("chr10", 133_797_422), ("chr12", 133_275_309),
    ("chr17", 83_257_441), ("chr19", 58_617_616),
  ]
  static let csqFields =
    "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|CANONICAL|MANE_SELECT"

  /// One data line, before sorting: contig order, position, text.
  struct Record {
    var contig: Int
    var position: Int
    var text: String
  }

  let tumour: String
  let normal: String?
  private(set) var records: [Record] = []
  private var rng: SeededGenerator

  init(tumour: String, normal: String?, seed: UInt64) {
    self.tumour = tumour
    self.normal = normal
    rng = SeededGenerator(seed: seed)
  }

  var header: String {
    var lines = [
      "##fileformat=VCFv4.2",
      "##source=Mutect2 (GATK 4.4) + Ensembl VEP 110; OncoCohort SampleData (synthetic)",
      "##reference=GRCh38",
    ]
    lines += Self.contigs.map { "##contig=<ID=\($0.0),length=\($0.1),assembly=GRCh38>" }
    lines += [
      "##FILTER=<ID=PASS,Description=\"All filters passed\">",
      "##FILTER=<ID=weak_evidence,Description=\"Mutation does not meet likelihood threshold\">",
      "##INFO=<ID=SOMATIC,Number=0,Type=Flag,Description=\"Somatic event\">",
      "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type of structural variant\">",
      "##INFO=<ID=MATEID,Number=.,Type=String,Description=\"ID of mate breakend\">",
      "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: \(Self.csqFields)\">",
      "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
      "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths for the ref and alt alleles\">",
      "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">",
      "##FORMAT=<ID=AF,Number=A,Type=Float,Description=\"Allele fraction of the alt allele\">",
      "##VEP=\"v110\" cache=\"homo_sapiens/110_GRCh38\" assembly=\"GRCh38\"",
    ]
    let samples = (normal.map { [$0] } ?? []) + [tumour]
    lines.append(
      (["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT"] + samples).joined(
        separator: "\t"))
    return lines.joined(separator: "\n") + "\n"
  }

  /// The whole file, records sorted by contig and position.
  var text: String {
    header
      + records.sorted { ($0.contig, $0.position) < ($1.contig, $1.position) }.map { $0.text + "\n" }.joined()
  }

  mutating func add(
    _ v: HotspotVariant, vaf: Double, depth: Int, filter: String = "PASS", position: String? = nil
  ) {
    guard let gene = GeneCatalog.genes[v.gene] else { return }
    let csqAllele: String =
      v.ref.count == v.alt.count ? v.alt : v.alt.count == 1 ? "-" : String(v.alt.dropFirst())
    var entries = [
      csq(csqAllele, v, transcript: gene.transcript, protein: gene.protein, gene: gene, canonical: true)
    ]
    if v.gene == "KRAS" {
      entries.append(
        csq(
          csqAllele, v, transcript: "ENST00000256078.10", protein: "ENSP00000256078.5", gene: gene,
          canonical: false,
          exonTotal: 6))
    }
    let info = "SOMATIC;CSQ=" + entries.joined(separator: ",")
    let contig = "chr" + v.chromosome
    let fields = [contig, position ?? String(v.position), ".", v.ref, v.alt, ".", filter, info]
    append(contig: contig, position: v.position, fields: fields, vaf: vaf, depth: depth)
  }

  /// A fusion as a pair of breakends, each annotated with its own gene.
  mutating func add(_ event: FusionEvent, reads: Int) {
    let depth = reads + rng.integer(20...60)
    let vaf = Double(reads) / Double(depth)
    let five = "chr\(event.fivePrimeChromosome):\(event.fivePrimePosition)"
    let three = "chr\(event.threePrimeChromosome):\(event.threePrimePosition)"
    let pairs = [
      (
        event.threePrime, event.threePrimeChromosome, event.threePrimePosition, event.threePrimeIntron,
        "N]\(five)]", "bnd_1", "bnd_2"
      ),
      (
        event.fivePrime, event.fivePrimeChromosome, event.fivePrimePosition, event.fivePrimeIntron,
        "[\(three)[N", "bnd_2", "bnd_1"
      ),
    ]
    for (symbol, chromosome, position, intron, alt, id, mate) in pairs {
      guard let gene = GeneCatalog.genes[symbol] else { continue }
      let csq = [
        alt, "feature_truncation", "HIGH", symbol, gene.ensembl, "Transcript", gene.transcript,
        "protein_coding", "",
        "\(intron)/\(gene.exons - 1)", "", "", "YES", gene.refSeq,
      ].joined(separator: "|")
      let contig = "chr" + chromosome
      let fields = [
        contig, String(position), id, "N", alt, ".", "PASS", "SVTYPE=BND;MATEID=\(mate);SOMATIC;CSQ=\(csq)",
      ]
      append(contig: contig, position: position, fields: fields, vaf: vaf, depth: depth)
    }
  }

  private mutating func append(contig: String, position: Int, fields: [String], vaf: Double, depth: Int) {
    let alt = max(1, Int((vaf * Double(depth)).rounded()))
    var samples: [String] = []
    if normal != nil {
      let normalDepth = rng.integer(60...220)
      samples.append("0/0:\(normalDepth),0:\(normalDepth):0")
    }
    samples.append("0/1:\(depth - alt),\(alt):\(depth):\(Format.fixed(Double(alt) / Double(depth), 3))")
    let index = Self.contigs.firstIndex { $0.0 == contig } ?? Self.contigs.count
    let text = (fields + ["GT:AD:DP:AF"] + samples).joined(separator: "\t")
    records.append(Record(contig: index, position: position, text: text))
  }

  private func csq(
    _ allele: String, _ v: HotspotVariant, transcript: String, protein: String, gene: GeneInfo,
    canonical: Bool,
    exonTotal: Int? = nil
  ) -> String {
    let exon = v.exon.map {
      exonTotal == nil ? $0 : ($0.split(separator: "/").first.map(String.init) ?? $0) + "/\(exonTotal ?? 0)"
    }
    return [
      allele, v.consequence, v.impact, v.gene, gene.ensembl, "Transcript", transcript, "protein_coding",
      exon ?? "",
      v.intron ?? "", "\(transcript):\(v.hgvsc)", v.hgvsp.isEmpty ? "" : "\(protein):\(v.hgvsp)",
      canonical ? "YES" : "", canonical ? gene.refSeq : "",
    ].joined(separator: "|")
  }
}
