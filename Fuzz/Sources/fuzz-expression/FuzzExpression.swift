import OncoQuery

/// Parses the input as an alteration expression; what parses must format to text that parses
/// back to the same expression.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
  guard let expression = try? ExpressionParser().parseOrThrow(text) else { return 0 }
  let formatted = expression.description
  guard let again = try? ExpressionParser().parseOrThrow(formatted) else {
    fatalError("'\(text)' formats as '\(formatted)', which does not parse")
  }
  if again != expression { fatalError("'\(text)' → '\(formatted)' parses differently") }
  return 0
}
