import OncoModel

/// Where each column the reader uses sits in a MAF header, found by name in any order.
///
/// Names are matched exactly first, then ignoring case (`hugo_symbol`), because cBioPortal
/// files carry pairs such as `chromosome_name_wu` and `chromosome_name_WU`. Which columns are
/// required follows cBioPortal's importer rather than the full GDC specification (which lists
/// every column as required but is not what files in the wild carry):
/// - `Tumor_Sample_Barcode`, always;
/// - a gene (`Hugo_Symbol` or `Entrez_Gene_Id`) **or** a genomic locus (`Chromosome`,
///   `Start_Position`, `Reference_Allele`, `Tumor_Seq_Allele2`): vcf2maf's minimal maf2maf input
///   has only the locus and the barcode, and reads with a `nil` gene;
/// - `Variant_Classification` is optional (a `nil` ``OncoModel/Alteration/variantClass``).
struct MAFColumns: Sendable {
  let names: [String]
  let sample: Int
  let gene: Int?
  let variantClass: Int?
  /// Protein-change columns in order of preference: `HGVSp_Short`, `HGVSp`, `Protein_Change`
  /// (MSK / cBioPortal), `Amino_Acid_Change`; the first that holds a protein change wins.
  let proteinChanges: [Int]
  let hgvsp: Int?
  let hgvsc: Int?
  let exon: Int?
  let intron: Int?
  let refCount: Int?
  let altCount: Int?
  let depth: Int?
  let mutationStatus: Int?
  let chromosome: Int?
  let start: Int?
  let ref: Int?
  let alt: Int?
  let consequence: Int?
  let impact: Int?
  let transcript: Int?
  let filter: Int?
  let biotype: Int?
  let canonical: Int?

  static let locusColumns = ["Chromosome", "Start_Position", "Reference_Allele", "Tumor_Seq_Allele2"]

  /// Finds the columns of `header`, or throws when a required one is missing.
  ///
  /// - Throws: ``FormatError`` `.missingColumn` at the header line, naming the column.
  init(header names: [String], location: TextLocation) throws {
    self.names = names
    func find(_ name: String) -> Int? {
      names.firstIndex(of: name)
        ?? names.firstIndex { $0.equalsIgnoringCase(name) }
    }
    guard let sample = find("Tumor_Sample_Barcode") else {
      throw MAFColumns.missing("Tumor_Sample_Barcode", in: names, at: location)
    }
    self.sample = sample
    gene = find("Hugo_Symbol")
    if gene == nil, find("Entrez_Gene_Id") == nil,
      let absent = MAFColumns.locusColumns.first(where: { find($0) == nil })
    {
      throw MAFColumns.missing(
        "Hugo_Symbol", in: names, at: location,
        also: "a MAF row needs a gene (Hugo_Symbol or Entrez_Gene_Id) or a full locus, "
          + "and \(absent) is missing too")
    }
    variantClass = find("Variant_Classification")
    proteinChanges = ["HGVSp_Short", "HGVSp", "Protein_Change", "Amino_Acid_Change"].compactMap(find)
    hgvsp = find("HGVSp")
    hgvsc = find("HGVSc")
    exon = find("Exon_Number")
    intron = find("INTRON")
    refCount = find("t_ref_count")
    altCount = find("t_alt_count")
    depth = find("t_depth")
    mutationStatus = find("Mutation_Status")
    chromosome = find("Chromosome")
    start = find("Start_Position")
    ref = find("Reference_Allele")
    alt = find("Tumor_Seq_Allele2")
    consequence = find("Consequence")
    impact = find("IMPACT")
    transcript = find("Transcript_ID") ?? find("Feature")
    filter = find("FILTER")
    biotype = find("BIOTYPE")
    canonical = find("CANONICAL")
  }

  private static func missing(
    _ column: String, in names: [String], at location: TextLocation, also detail: String? = nil
  ) -> FormatError {
    var hint = detail.map { $0 + "; " } ?? ""
    if let close = ClosestName.closest(to: column, in: names) {
      hint += "did you mean '\(close)'?"
    } else {
      hint += "the header line names the columns; found \(names.prefix(6).joined(separator: ", "))"
      if names.count > 6 { hint += ", …" }
    }
    return FormatError(
      .missingColumn, at: location, "required MAF column \(column) is missing from the header",
      hint: hint)
  }
}

extension String {
  fileprivate func equalsIgnoringCase(_ other: String) -> Bool {
    lowercased() == other.lowercased()
  }
}
