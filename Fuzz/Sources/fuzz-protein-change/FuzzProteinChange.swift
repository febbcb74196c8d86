import OncoFormats

/// Normalises the input as an HGVS protein change; a result must format back to text that
/// normalises to itself (the normal form is a fixed point).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProteinChange(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
  guard let change = ProteinChangeNormalizer.normalize(text) else { return 0 }
  let again = ProteinChangeNormalizer.normalize(change.short)
  if again != change {
    fatalError(
      "not a fixed point: '\(text)' → '\(change)' → '\(again.map(String.init(describing:)) ?? "nil")'")
  }
  return 0
}
