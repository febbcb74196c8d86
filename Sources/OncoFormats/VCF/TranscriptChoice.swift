import OncoModel

/// The genes one ALT allele touches, each described by one chosen transcript annotation.
///
/// Rules, in order:
/// - entries are grouped by gene (the symbol, else the gene id); intergenic entries have no gene;
/// - a gene only *touches* the allele when one of its entries is more severe than up/downstream
///   (vcf2maf rank < 16); when no gene does, the allele gets one alteration for the most severe
///   gene (or none), as vcf2maf would;
/// - within a gene the representative is the canonical transcript (the most severe canonical one
///   if several), else the MANE Select one, else VEP's `PICK`, else the most severe entry (ties
///   keep the tool's order); SnpEff cancer-mode derived entries (`ALT-OTHER`) are chosen only
///   when nothing else exists;
/// - a gene list `A&B` (SnpEff fusions) groups under its first gene;
/// - genes come out most severe first; entries of genes that were not kept (flanking,
///   intergenic, regulatory) are appended to the first gene's annotations, so every entry
///   stays reachable exactly once.
struct TranscriptChoice {
  /// One gene's representative entry and all its entries.
  struct GeneChoice {
    var gene: String?
    var representative: AnnotationEntry
    var annotations: [TranscriptAnnotation]
  }

  /// Rank from which an entry only lies near a gene (upstream/downstream and beyond).
  static let flankingRank = 16

  /// Chooses, for the entries of one ALT (already filtered to it), one entry per gene.
  static func choose(_ entries: [AnnotationEntry]) -> [GeneChoice] {
    guard !entries.isEmpty else { return [] }
    var groups: [(gene: String?, entries: [AnnotationEntry])] = []
    for entry in entries {
      let gene = entry.rank >= 19 ? nil : entry.annotation.gene.map(firstGene)
      if let index = groups.firstIndex(where: { $0.gene == gene }) {
        groups[index].entries.append(entry)
      } else {
        groups.append((gene, [entry]))
      }
    }
    var choices = groups.map { group in
      GeneChoice(
        gene: group.gene, representative: representative(of: group.entries),
        annotations: group.entries.map(\.annotation))
    }
    choices.sort { ($0.representative.rank, $0.representative.order) < ($1.representative.rank, $1.representative.order) }
    let touching = choices.filter { $0.gene != nil && $0.representative.rank < flankingRank }
    var kept = touching.isEmpty ? [choices[0]] : touching
    let keptGenes = Set(kept.map(\.gene))
    for choice in choices where !keptGenes.contains(choice.gene) {
      kept[0].annotations.append(contentsOf: choice.annotations)
    }
    return kept
  }

  /// `EML4` for SnpEff's fusion gene list `EML4&ALK`.
  static func firstGene(_ gene: String) -> String {
    guard let ampersand = gene.firstIndex(of: "&") else { return gene }
    return String(gene[..<ampersand])
  }

  /// Every gene an allele's entries name, in order, `&`-joined lists split (`EML4&ALK`).
  static func allGenes(_ entries: [AnnotationEntry]) -> [String] {
    var genes: [String] = []
    for entry in entries where entry.rank < 19 {
      for gene in entry.annotation.gene?.split(separator: "&") ?? [] where !genes.contains(String(gene)) {
        genes.append(String(gene))
      }
    }
    return genes
  }

  /// The entry that describes a gene: canonical, else MANE Select, else PICK, else most severe.
  static func representative(of entries: [AnnotationEntry]) -> AnnotationEntry {
    let direct = entries.filter { !$0.isDerived }
    let pool = direct.isEmpty ? entries : direct
    func mostSevere(_ candidates: [AnnotationEntry]) -> AnnotationEntry? {
      candidates.min { ($0.rank, $0.order) < ($1.rank, $1.order) }
    }
    if let canonical = mostSevere(pool.filter(\.annotation.isCanonical)) { return canonical }
    if let mane = mostSevere(pool.filter(\.annotation.isManeSelect)) { return mane }
    if let picked = mostSevere(pool.filter(\.annotation.isPicked)) { return picked }
    return mostSevere(pool) ?? entries[0]
  }
}
