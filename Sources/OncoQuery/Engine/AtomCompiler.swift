import OncoFormats

/// Labels of a Sequence Ontology term and its descendants (`SO:0001818` →
/// `protein_altering_variant`, `missense_variant`, …), or `nil` when the term is unknown.
public typealias ConsequenceResolver = @Sendable (String) -> [String]?

/// Compiles one alteration atom of a gene into a condition on an `alterations` row aliased `a`.
///
/// The condition includes the row filters: the atom's thresholds, else the query's defaults
/// (`min_vaf`, `min_depth`), the origin (the atom's `_GERMLINE`/`_SOMATIC`, else the query's
/// `origin`) and the `filter` policy. docs/cohort-engine.md gives every atom's SQL meaning.
struct AtomCompiler {
  let dialect: any SQLDialect
  let defaults: AlterationDefaults
  let consequences: ConsequenceResolver?

  /// MAF classes and consequences cBioPortal does not load as mutations; `MUT` skips them too.
  static let nonProteinClasses = ["Silent", "Intron", "3'UTR", "5'UTR", "3'Flank", "IGR", "RNA"]
  static let nonProteinConsequences = [
    "synonymous_variant", "intron_variant", "3_prime_UTR_variant", "5_prime_UTR_variant",
    "downstream_gene_variant", "intergenic_variant", "non_coding_transcript_exon_variant",
  ]

  /// The condition for `atom` of `gene`.
  /// - Throws: ``CohortBuildError`` for expression atoms, unreadable protein changes and
  ///   consequences without a Sequence Ontology.
  func condition(_ atom: AlterationAtom, gene: String) throws -> String {
    var parts = [try base(atom.kind, gene: gene)]
    for modifier in atom.modifiers { parts.append(modifierCondition(modifier, gene: gene)) }
    parts.append(contentsOf: rowFilters(atom))
    return "(" + parts.joined(separator: " AND ") + ")"
  }

  /// A mutation that changes the protein or its expression (what cBioPortal loads).
  var mutation: String {
    "a.kind = 'mutation' AND (a.protein_change_kind IS NULL OR a.protein_change_kind <> 'synonymous') "
      + "AND (a.variant_class IS NULL OR a.variant_class NOT IN \(dialect.list(Self.nonProteinClasses))) "
      + "AND (a.consequence IS NULL OR a.consequence NOT IN \(dialect.list(Self.nonProteinConsequences)))"
  }

  private func base(_ kind: AlterationAtom.Kind, gene: String) throws -> String {
    switch kind {
    case .anyMutation:
      return "(\(mutation))"
    case .mutationClass(let mutationClass):
      return "(a.kind = 'mutation' AND \(mutationClass.condition(gene: gene, dialect: dialect)))"
    case .proteinChange(let text, let negated):
      guard let change = ProteinChangeNormalizer.normalize(text) else {
        throw CohortBuildError(
          .invalidProteinChange, "'\(text)' is not a protein change the HGVS normaliser reads",
          hint: "write it as G12C, p.Gly12Cys or E746_A750del")
      }
      let short = dialect.literal(change.short)
      return negated
        ? "(\(mutation) AND (a.protein_change IS NULL OR a.protein_change <> \(short)))"
        : "(a.kind = 'mutation' AND a.protein_change = \(short))"
    case .position(let position, let negated):
      // As in cBioPortal, the residue letter is not checked: transcripts disagree on it less
      // often than on nothing, and `V600` must find `V600E` and `V600K` alike.
      let at = position.position
      return negated
        ? "(\(mutation) AND (a.protein_start IS NULL OR a.protein_start <> \(at)))"
        : "(\(mutation) AND a.protein_start = \(at))"
    case .consequence(let term):
      guard let labels = consequences?(term) else {
        throw CohortBuildError(
          .needsSequenceOntology, "the consequence \(term) is not a Sequence Ontology term known here",
          hint: "check the id (SO:0001583 is missense_variant); the shipped Ontologies/ must hold SO")
      }
      return "(a.kind = 'mutation' AND a.consequence IN \(dialect.list(labels + [term])))"
    case .copyNumber(let comparison, let level):
      return "(a.kind = 'copy_number' AND a.copy_number <> 0 AND a.copy_number "
        + "\(Self.sqlOperator(comparison)) \(level.rawValue))"
    case .fusion:
      return "(a.kind = 'structural')"
    case .expression(let measure, _, _):
      throw CohortBuildError(
        .noExpressionData, "\(measure.rawValue) needs expression data, and the warehouse stores none",
        hint: "remove the \(measure.rawValue) atom; OncoCohort selects on mutations, copy number and fusions")
    }
  }

  private func modifierCondition(_ modifier: AlterationModifier, gene: String) -> String {
    switch modifier {
    case .germline: return "a.origin = 'germline'"
    case .somatic: return "a.origin = 'somatic'"
    case .driver: return driver(gene: gene)
    case .exon(let exon): return MutationClass.inExon(exon, gene: gene)
    case .range(let range):
      let start = range.start.map(String.init) ?? "a.protein_start"
      let end = range.end.map(String.init) ?? "COALESCE(a.protein_end, a.protein_start)"
      return range.includesOverlapping
        ? "(a.protein_start <= \(end) AND COALESCE(a.protein_end, a.protein_start) >= \(start))"
        : "(a.protein_start >= \(start) AND COALESCE(a.protein_end, a.protein_start) <= \(end))"
    }
  }

  /// ``DriverRules`` in SQL.
  private func driver(gene: String) -> String {
    var mutationRules: [String] = []
    if DriverRules.tumourSuppressors.contains(gene.uppercased()) {
      mutationRules.append(MutationClass.truncating.condition(gene: gene, dialect: dialect))
    }
    if let residues = DriverRules.hotspots[gene.uppercased()] {
      mutationRules.append("a.protein_start IN (\(residues.map(String.init).joined(separator: ", ")))")
    }
    let mutationRule = mutationRules.isEmpty ? "1 = 0" : mutationRules.joined(separator: " OR ")
    return "((a.kind = 'mutation' AND (\(mutationRule))) OR (a.kind = 'copy_number' AND "
      + "a.copy_number IN (-2, 2)) OR a.kind = 'structural')"
  }

  /// Filter policy, origin, VAF and depth: the atom's own thresholds replace the defaults.
  func rowFilters(_ atom: AlterationAtom) -> [String] {
    var filters: [String] = []
    if defaults.filter == .pass { filters.append("(a.filter IS NULL OR a.filter = 'PASS')") }
    let namesOrigin = atom.modifiers.contains { $0 == .germline || $0 == .somatic }
    switch (namesOrigin, defaults.origin) {
    case (false, .somatic): filters.append("a.origin = 'somatic'")
    case (false, .germline): filters.append("a.origin = 'germline'")
    default: break
    }
    let measured = Set(atom.thresholds.map(\.measure))
    for threshold in atom.thresholds {
      let column =
        switch threshold.measure {
        case .vaf: "a.vaf"
        case .depth: "a.depth"
        case .altCount: "(a.vaf * a.depth)"
        }
      filters.append(
        "(\(column) IS NOT NULL AND \(column) \(Self.sqlOperator(threshold.comparison)) "
          + "\(dialect.literal(threshold.value)))")
    }
    // A default keeps calls that do not report the measure (copy number, fusions, some VCFs).
    if let minVAF = defaults.minVAF, !measured.contains(.vaf) {
      filters.append("(a.vaf IS NULL OR a.vaf >= \(dialect.literal(minVAF)))")
    }
    if let minDepth = defaults.minDepth, !measured.contains(.depth) {
      filters.append("(a.depth IS NULL OR a.depth >= \(minDepth))")
    }
    return filters
  }

  /// The SQL spelling of a comparison (`!=` is `<>`).
  static func sqlOperator(_ comparison: Comparison) -> String {
    comparison == .notEqual ? "<>" : comparison.rawValue
  }
}
