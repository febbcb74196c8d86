import OncoModel

/// Sequence Ontology consequence terms: severity ranks and the MAF `Variant_Classification`
/// each maps to, as mskcc/vcf2maf does (`GetEffectPriority`, `GetVariantClassification`).
enum Consequences {
  /// vcf2maf's effect priorities (1 = most severe); unknown terms rank 20, after all of these.
  static let priorities: [(term: String, rank: Int)] = [
    ("transcript_ablation", 1), ("exon_loss_variant", 1),
    ("splice_donor_variant", 2), ("splice_acceptor_variant", 2),
    ("stop_gained", 3), ("frameshift_variant", 3), ("stop_lost", 3),
    ("start_lost", 4), ("initiator_codon_variant", 4),
    ("disruptive_inframe_insertion", 5), ("disruptive_inframe_deletion", 5),
    ("conservative_inframe_insertion", 5), ("conservative_inframe_deletion", 5),
    ("inframe_insertion", 5), ("inframe_deletion", 5), ("protein_altering_variant", 5),
    ("missense_variant", 6), ("conservative_missense_variant", 6),
    ("rare_amino_acid_variant", 6),
    ("transcript_amplification", 7),
    ("splice_region_variant", 8), ("splice_donor_region_variant", 8),
    ("splice_polypyrimidine_tract_variant", 8), ("splice_donor_5th_base_variant", 8),
    ("start_retained_variant", 9), ("stop_retained_variant", 9), ("synonymous_variant", 9),
    ("incomplete_terminal_codon_variant", 10),
    ("coding_sequence_variant", 11), ("mature_miRNA_variant", 11), ("exon_variant", 11),
    ("5_prime_UTR_variant", 12), ("5_prime_UTR_premature_start_codon_gain_variant", 12),
    ("3_prime_UTR_variant", 12),
    ("non_coding_exon_variant", 13), ("non_coding_transcript_exon_variant", 13),
    ("non_coding_transcript_variant", 14), ("nc_transcript_variant", 14),
    ("intron_variant", 14), ("intragenic_variant", 14), ("INTRAGENIC", 14),
    ("NMD_transcript_variant", 15),
    ("upstream_gene_variant", 16), ("downstream_gene_variant", 16),
    ("TFBS_ablation", 17), ("TFBS_amplification", 17), ("TF_binding_site_variant", 17),
    ("regulatory_region_ablation", 17), ("regulatory_region_amplification", 17),
    ("regulatory_region_variant", 17), ("regulatory_region", 17),
    ("feature_elongation", 18), ("feature_truncation", 18),
    ("intergenic_variant", 19), ("intergenic_region", 19),
    // SnpEff structural terms vcf2maf does not rank: ranked with frameshifts so a fusion is
    // the gene's representative.
    ("gene_fusion", 3), ("bidirectional_gene_fusion", 3),
  ]

  /// The rank given to a term vcf2maf does not know.
  static let unknownRank = 20

  private static let rankByTerm: [String: Int] = Dictionary(
    priorities.map { ($0.term, $0.rank) }, uniquingKeysWith: min)

  /// The severity rank of a term (lower is more severe).
  static func rank(_ term: String) -> Int { rankByTerm[term] ?? unknownRank }

  /// Old SnpEff `EFF` effect names and the Sequence Ontology terms they stand for.
  static let snpEffClassic: [String: String] = [
    "NON_SYNONYMOUS_CODING": "missense_variant", "SYNONYMOUS_CODING": "synonymous_variant",
    "STOP_GAINED": "stop_gained", "STOP_LOST": "stop_lost", "START_LOST": "start_lost",
    "START_GAINED": "5_prime_UTR_premature_start_codon_gain_variant",
    "NON_SYNONYMOUS_START": "initiator_codon_variant", "SYNONYMOUS_START": "start_retained_variant",
    "SYNONYMOUS_STOP": "stop_retained_variant", "FRAME_SHIFT": "frameshift_variant",
    "CODON_INSERTION": "inframe_insertion", "CODON_DELETION": "inframe_deletion",
    "CODON_CHANGE_PLUS_CODON_INSERTION": "disruptive_inframe_insertion",
    "CODON_CHANGE_PLUS_CODON_DELETION": "disruptive_inframe_deletion",
    "CODON_CHANGE": "coding_sequence_variant", "SPLICE_SITE_ACCEPTOR": "splice_acceptor_variant",
    "SPLICE_SITE_DONOR": "splice_donor_variant", "SPLICE_SITE_REGION": "splice_region_variant",
    "UTR_5_PRIME": "5_prime_UTR_variant", "UTR_3_PRIME": "3_prime_UTR_variant",
    "UTR_5_DELETED": "5_prime_UTR_variant", "UTR_3_DELETED": "3_prime_UTR_variant",
    "INTRON": "intron_variant", "INTRAGENIC": "intragenic_variant",
    "UPSTREAM": "upstream_gene_variant", "DOWNSTREAM": "downstream_gene_variant",
    "INTERGENIC": "intergenic_variant", "INTERGENIC_CONSERVED": "intergenic_variant",
    "EXON": "exon_variant", "EXON_DELETED": "exon_loss_variant",
    "TRANSCRIPT": "non_coding_transcript_variant", "RARE_AMINO_ACID": "rare_amino_acid_variant",
    "REGULATION": "regulatory_region_variant", "MICRO_RNA": "mature_miRNA_variant",
  ]

  /// The broad change a variant makes, as vcf2maf's `GetVariantType` tells it.
  enum VariantType { case substitution, insertion, deletion }

  /// Classes of the terms whose class does not depend on the variant type, looked up once.
  private static let fixedClasses: [String: VariantClass] = Dictionary(
    priorities.map(\.term).filter { $0 != "frameshift_variant" && $0 != "protein_altering_variant" }
      .map { ($0, classify($0, type: .substitution, inFrame: true)) },
    uniquingKeysWith: { first, _ in first })

  /// The MAF `Variant_Classification` of the most severe `term` (vcf2maf's mapping).
  static func variantClass(of term: String, type: VariantType, inFrame: Bool) -> VariantClass {
    fixedClasses[term] ?? classify(term, type: type, inFrame: inFrame)
  }

  /// vcf2maf's `GetVariantClassification`, rule by rule.
  ///
  /// - Parameters:
  ///   - inFrame: whether the length change is a multiple of three.
  private static func classify(_ term: String, type: VariantType, inFrame: Bool) -> VariantClass {
    let proteinAltering = term == "protein_altering_variant"
    switch term {
    case "splice_acceptor_variant", "splice_donor_variant", "transcript_ablation",
      "exon_loss_variant":
      return .spliceSite
    case "stop_gained": return .nonsense
    case "gene_fusion", "bidirectional_gene_fusion": return .fusion
    default: break
    }
    if term == "frameshift_variant" || (proteinAltering && !inFrame) {
      if type == .deletion { return .frameShiftDeletion }
      if type == .insertion { return .frameShiftInsertion }
    }
    switch term {
    case "stop_lost": return .nonstop
    case "initiator_codon_variant", "start_lost": return .translationStartSite
    case "inframe_insertion", "disruptive_inframe_insertion": return .inFrameInsertion
    case "inframe_deletion", "disruptive_inframe_deletion": return .inFrameDeletion
    default: break
    }
    if proteinAltering, inFrame, type == .insertion { return .inFrameInsertion }
    if proteinAltering, inFrame, type == .deletion { return .inFrameDeletion }
    switch term {
    case "missense_variant", "coding_sequence_variant", "conservative_missense_variant",
      "rare_amino_acid_variant":
      return .missense
    case "transcript_amplification", "intron_variant", "INTRAGENIC", "intragenic_variant":
      return .intron
    case "splice_region_variant": return .spliceRegion
    case "incomplete_terminal_codon_variant", "synonymous_variant", "stop_retained_variant",
      "NMD_transcript_variant":
      return .silent
    case "mature_miRNA_variant", "exon_variant", "non_coding_exon_variant",
      "non_coding_transcript_exon_variant", "non_coding_transcript_variant",
      "nc_transcript_variant":
      return .rna
    case "5_prime_UTR_variant", "5_prime_UTR_premature_start_codon_gain_variant":
      return .fivePrimeUTR
    case "3_prime_UTR_variant": return .threePrimeUTR
    case "TF_binding_site_variant", "regulatory_region_variant", "regulatory_region",
      "intergenic_variant", "intergenic_region":
      return .intergenic
    case "upstream_gene_variant": return .fivePrimeFlank
    case "downstream_gene_variant": return .threePrimeFlank
    default: return .targetedRegion
    }
  }
}
