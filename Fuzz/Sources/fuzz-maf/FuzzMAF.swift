import FuzzSupport
import OncoFormats

private let file = ScratchFile("input.maf")

/// The MAF columns SampleData uses, put before inputs that have no header of their own.
private let header =
  "Hugo_Symbol\tChromosome\tStart_Position\tEnd_Position\tReference_Allele\tTumor_Seq_Allele2\t"
  + "Tumor_Sample_Barcode\tVariant_Classification\tVariant_Type\tHGVSp_Short\tHGVSc\tExon_Number\t"
  + "t_ref_count\tt_alt_count\tMutation_Status\n"

/// Reads the input as a MAF (when it names Hugo_Symbol), else as rows under a header.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMAF(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
  if text.contains("Hugo_Symbol") || text.hasPrefix("#") {
    file.write(start, count)
  } else {
    file.write(header + text)
  }
  guard let reader = try? MAFReader(path: file.path) else { return 0 }
  _ = try? reader.read(alteration: { _ in }, diagnostic: { _ in })
  return 0
}
