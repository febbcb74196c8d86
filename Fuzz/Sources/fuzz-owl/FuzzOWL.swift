import FuzzSupport
import OncoOntology

private let file = ScratchFile("input.owl")

/// Reads the input as an OWL RDF/XML file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOWL(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  file.write(start, count)
  _ = try? OWLReader.read(path: file.path)
  return 0
}
