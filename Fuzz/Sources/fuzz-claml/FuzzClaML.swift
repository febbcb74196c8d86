import FuzzSupport
import OncoOntology

private let file = ScratchFile("input.xml")

/// Reads the input as a ClaML file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClaML(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  file.write(start, count)
  _ = try? ClaMLReader.read(path: file.path)
  return 0
}
