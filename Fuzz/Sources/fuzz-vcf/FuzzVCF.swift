import FuzzSupport
import OncoFormats

private let file = ScratchFile("input.vcf")

/// A VCF header with INFO, FORMAT and two samples, put before inputs that have none, so that
/// most executions reach the record parser rather than stopping at the header check.
private let header = """
  ##fileformat=VCFv4.2
  ##INFO=<ID=DP,Number=1,Type=Integer,Description="Depth">
  ##INFO=<ID=SOMATIC,Number=0,Type=Flag,Description="Somatic">
  ##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Gene|Feature|BIOTYPE|EXON|INTRON|HGVSc|HGVSp|CANONICAL">
  ##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
  ##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths">
  ##FORMAT=<ID=AF,Number=A,Type=Float,Description="Allele fractions">
  ##FORMAT=<ID=DP,Number=1,Type=Integer,Description="Depth">
  #CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tNORMAL\tTUMOR

  """

/// Reads the input as a whole VCF file (when it starts with `#`), else as records under a header.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVCF(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = UnsafeRawBufferPointer(start: start, count: count)
  if bytes.first == UInt8(ascii: "#") {
    file.write(start, count)
  } else {
    file.write(header + String(decoding: bytes, as: UTF8.self))
  }
  guard let reader = try? VCFReader(path: file.path) else { return 0 }
  _ = try? reader.read(alteration: { _ in }, diagnostic: { _ in })
  return 0
}
