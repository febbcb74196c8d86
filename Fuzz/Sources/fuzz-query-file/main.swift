import OncoQuery

/// Reads the input as a query file (no ontology, so only the reader and its own checks run):
/// any input must give a query or diagnostics, never a crash, and a valid query must come with
/// its reading and no error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQueryFile(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
  let result = QueryFileReader(ontology: nil).read(text: text, path: "fuzz.yaml")
  if result.isValid && (result.query == nil || result.reading == nil) {
    fatalError("a valid query file gave no query or no reading")
  }
  if !result.isValid && !result.diagnostics.contains(where: { $0.severity == .error }) {
    fatalError("an invalid query file gave no error")
  }
  return 0
}
