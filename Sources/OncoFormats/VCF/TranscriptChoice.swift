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
    /// The index of the representative in the entries given to ``choose(_:among:)``.
    var representative: Int
    var members: [Int]
  }

  /// Rank from which an entry only lies near a gene (upstream/downstream and beyond).
  static let flankingRank = 16

  /// Chooses one entry per gene among `entries[members]` (the entries of one ALT).
  static func choose(_ entries: [AnnotationEntry], among members: some Collection<Int>) -> [GeneChoice] {
    guard !members.isEmpty else { return [] }
    var groups: [GeneChoice] = []
    for member in members {
      let gene = entries[member].geneKey
      if let index = groups.firstIndex(where: { $0.gene == gene }) {
        groups[index].members.append(member)
      } else {
        groups.append(GeneChoice(gene: gene, representative: member, members: [member]))
      }
    }
    for index in groups.indices {
      groups[index].representative = representative(entries, groups[index].members)
    }
    func key(_ choice: GeneChoice) -> (Int, Int) {
      (entries[choice.representative].rank, entries[choice.representative].order)
    }
    if groups.count > 1 { groups.sort { key($0) < key($1) } }
    func touches(_ choice: GeneChoice) -> Bool {
      choice.gene != nil && entries[choice.representative].rank < flankingRank
    }
    // One gene (the usual record): kept whether it touches the allele or not.
    if groups.count == 1 || groups.allSatisfy(touches) { return groups }
    let touching = groups.filter(touches)
    var kept = touching.isEmpty ? [groups[0]] : touching
    let keptGenes = kept.map(\.gene)
    for group in groups where !keptGenes.contains(group.gene) {
      kept[0].members.append(contentsOf: group.members)
    }
    return kept
  }

  /// Every gene the entries name, in order, `&`-joined lists split (`EML4&ALK`).
  static func allGenes(_ entries: [AnnotationEntry], _ members: some Collection<Int>) -> [String] {
    var genes: [String] = []
    for member in members where entries[member].rank < 19 {
      for gene in entries[member].annotation.gene?.split(separator: "&") ?? []
      where !genes.contains(String(gene)) {
        genes.append(String(gene))
      }
    }
    return genes
  }

  /// The entry that describes a gene: canonical, else MANE Select, else PICK, else most severe.
  static func representative(_ entries: [AnnotationEntry], _ members: [Int]) -> Int {
    var canonical: Int?
    var mane: Int?
    var picked: Int?
    var any: Int?
    var derived: Int?
    func better(_ candidate: Int, than current: Int?) -> Bool {
      guard let current else { return true }
      return (entries[candidate].rank, entries[candidate].order) < (
        entries[current].rank, entries[current].order
      )
    }
    for member in members {
      if entries[member].isDerived {
        if better(member, than: derived) { derived = member }
        continue
      }
      if entries[member].annotation.isCanonical, better(member, than: canonical) { canonical = member }
      if entries[member].annotation.isManeSelect, better(member, than: mane) { mane = member }
      if entries[member].annotation.isPicked, better(member, than: picked) { picked = member }
      if better(member, than: any) { any = member }
    }
    return canonical ?? mane ?? picked ?? any ?? derived ?? members[0]
  }
}
