import OncoModel
import Testing

@testable import OncoFormats

/// The reader's small rules, table-driven: tumour sample choice, allele syntax, vcf2maf's
/// classification, byte-level number and percent decoding.
@Suite struct VCFRulesTests {
  @Test(
    arguments: [
      (["S1"], nil, 0, false),
      (["NORMAL", "TUMOR"], nil, 1, false),
      (["tumor", "normal"], nil, 0, false),
      (["P1_N", "P1_TUMOR"], nil, 1, false),
      (["P1-T", "P1-N"], nil, 0, false),
      (["DNA_NORMAL", "DNA_TUMOR", "RNA_TUMOR"], nil, 1, true),
      (["Patient_Germline", "Patient_Somatic"], nil, 1, false),  // a pair: the second
      (["A", "B", "C"], nil, 0, true),  // nothing tells: the first, with a warning
      (["A", "B", "C"], "C", 2, false),
    ] as [([String], String?, Int, Bool)])
  func tumorSampleChoice(_ names: [String], _ requested: String?, _ index: Int, _ warns: Bool) {
    let choice = TumorSampleChoice.choose(names: names, requested: requested)
    #expect(choice?.index == index)
    #expect((choice?.warning != nil) == warns)
  }

  @Test func tumorSampleChoiceEdgeCases() {
    #expect(TumorSampleChoice.choose(names: ["A", "B"], requested: "Z") == nil)
    #expect(TumorSampleChoice.choose(names: [], requested: "Z") == TumorSampleChoice(index: nil))
  }

  @Test(arguments: [
    ("A", AlleleSyntax.sequence), ("acgtN", .sequence), ("*", .overlappingDeletion),
    ("<DEL>", .symbolic), ("<DUP:TANDEM>", .symbolic), ("<*>", .nonReference),
    ("<NON_REF>", .nonReference), (".", .missing), ("G]chr2:123]", .breakend),
    ("]chr2:123]G", .breakend), ("[chr2:123[G", .breakend), ("G[<ctg1>:7[", .breakend),
    (".A", .breakend), ("A.", .breakend),
  ])
  func alleleSyntax(_ text: String, _ expected: AlleleSyntax) {
    Array(text.utf8).withUnsafeBufferPointer { #expect(AlleleSyntax.classify($0) == expected) }
  }

  @Test(arguments: [
    "R", "A/T", "A T", "<DEL", "<<DEL>>", "]chr2:123]", "G]chr2]", "G]chr2:x]", "", "..", "A*",
  ])
  func invalidAlleles(_ text: String) {
    Array(text.utf8).withUnsafeBufferPointer { #expect(AlleleSyntax.classify($0) == nil) }
  }

  /// vcf2maf `GetVariantClassification` (mskcc/vcf2maf, vcf2maf.pl) for its effect terms.
  @Test(arguments: [
    ("splice_acceptor_variant", Consequences.VariantType.substitution, true, VariantClass.spliceSite),
    ("stop_gained", .substitution, true, .nonsense),
    ("frameshift_variant", .deletion, false, .frameShiftDeletion),
    ("frameshift_variant", .insertion, false, .frameShiftInsertion),
    ("protein_altering_variant", .deletion, false, .frameShiftDeletion),
    ("protein_altering_variant", .insertion, true, .inFrameInsertion),
    ("stop_lost", .substitution, true, .nonstop),
    ("start_lost", .substitution, true, .translationStartSite),
    ("disruptive_inframe_deletion", .deletion, true, .inFrameDeletion),
    ("missense_variant", .substitution, true, .missense),
    ("coding_sequence_variant", .substitution, true, .missense),
    ("intron_variant", .substitution, true, .intron),
    ("splice_region_variant", .substitution, true, .spliceRegion),
    ("synonymous_variant", .substitution, true, .silent),
    ("NMD_transcript_variant", .substitution, true, .silent),
    ("non_coding_transcript_exon_variant", .substitution, true, .rna),
    ("5_prime_UTR_variant", .substitution, true, .fivePrimeUTR),
    ("3_prime_UTR_variant", .substitution, true, .threePrimeUTR),
    ("regulatory_region_variant", .substitution, true, .intergenic),
    ("upstream_gene_variant", .substitution, true, .fivePrimeFlank),
    ("downstream_gene_variant", .substitution, true, .threePrimeFlank),
    ("TFBS_ablation", .substitution, true, .targetedRegion),
  ])
  func vcf2mafClassification(
    _ term: String, _ type: Consequences.VariantType, _ inFrame: Bool, _ expected: VariantClass
  ) {
    #expect(Consequences.variantClass(of: term, type: type, inFrame: inFrame) == expected)
  }

  @Test func severityRanksFollowVcf2maf() {
    #expect(Consequences.rank("transcript_ablation") < Consequences.rank("stop_gained"))
    #expect(Consequences.rank("stop_gained") < Consequences.rank("missense_variant"))
    #expect(Consequences.rank("missense_variant") < Consequences.rank("splice_region_variant"))
    #expect(Consequences.rank("intergenic_variant") < Consequences.rank("no_such_term"))
  }

  @Test(arguments: [
    ("0", 0.0), ("12", 12.0), ("-0.5", -0.5), ("0.146", 0.146), ("1e-3", 0.001), ("1E0", 1.0),
    ("9.98E-34", 9.98e-34), ("3.14159265358979323", 3.14159265358979323),
  ])
  func parsesDoubles(_ text: String, _ value: Double) {
    Array(text.utf8).withUnsafeBufferPointer { #expect($0.parseDouble() == value) }
  }

  @Test(arguments: ["", ".", "-", "1.2.3", "abc", "12%"])
  func refusesNonNumbers(_ text: String) {
    Array(text.utf8).withUnsafeBufferPointer { #expect($0.parseDouble() == nil) }
  }

  @Test func parsesIntegersWithOverflowCheck() {
    Array("9223372036854775807".utf8).withUnsafeBufferPointer { #expect($0.parseInt() == Int.max) }
    Array("9223372036854775808".utf8).withUnsafeBufferPointer { #expect($0.parseInt() == nil) }
    Array("-42".utf8).withUnsafeBufferPointer { #expect($0.parseInt() == -42) }
    Array("4 2".utf8).withUnsafeBufferPointer { #expect($0.parseInt() == nil) }
  }

  @Test(arguments: [
    ("p.%3D", "p.="), ("a%3Bb%2Cc%25d%3A", "a;b,c%d:"), ("100%", "100%"), ("%zz", "%zz"),
    ("%0D%0A%09", "\r\n\t"), ("plain", "plain"),
  ])
  func percentDecoding(_ text: String, _ decoded: String) {
    Array(text.utf8).withUnsafeBufferPointer { #expect($0.percentDecoded() == decoded) }
  }

  @Test func headerStructuredLines() {
    let attributes = VCFHeader.structuredAttributes(
      #"<ID=CSQ , Number = . ,Type=String,Description="a, \"b\" c",Values=[x, y]>"#)
    #expect(attributes?["ID"] == "CSQ" && attributes?["Number"] == ".")
    #expect(attributes?["Description"] == #"a, "b" c"# && attributes?["Values"] == "[x, y]")
    #expect(VCFHeader.Number("A") == .perAlternateAllele && VCFHeader.Number("2") == .fixed(2))
    #expect(VCFHeader.Number("x") == nil && VCFHeader.Number("R")?.description == "R")
  }
}
