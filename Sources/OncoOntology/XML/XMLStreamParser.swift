import CLibXML2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Streams an XML file through libxml2's SAX2 push parser into an ``XMLContentHandler``.
///
/// This is one of the two files of the module that touch libxml2. The parser is hardened: no
/// network (`XML_PARSE_NONET`), no external DTD or entity loading (no `XML_PARSE_DTDLOAD`, no
/// `XML_PARSE_NOENT`, no entity resolver), and any entity declaration stops the parse with
/// ``OntologyError/Code/entityRefused``, so a "billion laughs" or an XXE file fails at its first
/// `<!ENTITY` and never reads a file or a URL. Memory stays bounded: the file is fed in 256 KiB
/// chunks and no tree is built.
///
/// The one class of the module: it owns the C parser context, frees it in `deinit`, and never
/// escapes ``parse(path:handler:)``.
final class XMLStreamParser {
  private let path: String
  private var context: xmlParserCtxtPtr?
  // The state below is touched for every element, only from libxml2's callbacks, on the one
  // thread running `parse`, never concurrently: dynamic exclusivity checks are switched off.
  @exclusivity(unchecked) private var handler: any XMLContentHandler
  /// libxml2 interns element and attribute names in its dictionary, so a name's pointer
  /// identifies it: a small direct-mapped cache, backed by a dictionary, turns each pointer into
  /// its symbol (see ``XMLName``) once.
  @exclusivity(unchecked) private var recentSymbols = [(UnsafeRawPointer?, Int32)](
    repeating: (nil, XMLName.unknown), count: 256)
  @exclusivity(unchecked) private var symbols: [UnsafeRawPointer: Int32] = [:]
  private let vocabulary: [String: Int32]
  private let emptySymbol: Int32
  @exclusivity(unchecked) private var depth = 0
  @exclusivity(unchecked) private var captureDepth: Int?
  @exclusivity(unchecked) private var text: [UInt8] = []
  @exclusivity(unchecked) private var attributeNames: [XMLName] = []
  @exclusivity(unchecked) private var attributeValues: [(UnsafePointer<UInt8>?, UnsafePointer<UInt8>?)] = []
  private var failure: OntologyError?

  private init(path: String, handler: any XMLContentHandler) {
    self.path = path
    self.handler = handler
    var vocabulary: [String: Int32] = [:]
    for (index, spelling) in type(of: handler).vocabulary.enumerated() {
      vocabulary[spelling] = Int32(index)
    }
    self.vocabulary = vocabulary
    emptySymbol = vocabulary[""] ?? XMLName.unknown
  }

  deinit {
    if let context {
      // A DOCTYPE makes libxml2's SAX2 callbacks build a document for the DTD, which the
      // context does not own (a leak found by fuzzing with LeakSanitizer).
      if let document = context.pointee.myDoc { xmlFreeDoc(document) }
      xmlFreeParserCtxt(context)
    }
  }

  /// Reads the XML file at `path`, feeding `handler`, and returns the handler when done.
  ///
  /// - Throws: ``OntologyError`` with the file, line and column of the first XML error, or of a
  ///   refused entity declaration; `fileNotFound`/`unreadable` when the file cannot be opened.
  static func parse<Handler: XMLContentHandler>(path: String, handler: Handler) throws -> Handler {
    let parser = XMLStreamParser(path: path, handler: handler)
    try parser.run()
    guard let result = parser.handler as? Handler else {
      preconditionFailure("the handler's type cannot change during a parse")
    }
    return result
  }

  private func run() throws {
    guard let file = fopen(path, "rb") else {
      let code: OntologyError.Code = errno == ENOENT ? .fileNotFound : .unreadable
      throw OntologyError(
        code, file: path, "cannot open the file (\(String(cString: strerror(errno))))",
        hint: code == .fileNotFound ? "check the path, or pass --ontology with an existing file" : nil)
    }
    defer { fclose(file) }
    var sax = Self.saxHandler()
    let chunkSize = 256 * 1024
    var buffer = [CChar](repeating: 0, count: chunkSize)
    let first = fread(&buffer, 1, 4, file)
    let me = Unmanaged.passUnretained(self).toOpaque()
    context = xmlCreatePushParserCtxt(&sax, me, buffer, Int32(first), path)
    guard let context else {
      throw OntologyError(.unreadable, file: path, "libxml2 could not create a parser")
    }
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
    xmlCtxtUseOptions(context, options)
    // The hardened handler stays in place: xmlCtxtUseOptions does not touch entity callbacks.
    while failure == nil {
      let count = fread(&buffer, 1, chunkSize, file)
      if count == 0 { break }
      if xmlParseChunk(context, buffer, Int32(count), 0) != 0 { break }
    }
    if failure == nil, ferror(file) != 0 {
      throw OntologyError(.unreadable, file: path, "read error after \(ftell(file)) bytes")
    }
    if failure == nil { xmlParseChunk(context, nil, 0, 1) }
    if let failure { throw failure }
    if context.pointee.wellFormed == 0 {
      throw xmlCtxtGetLastError(context).map { Self.error(from: $0.pointee, path: path) }
        ?? OntologyError(.malformedXML, file: path, "the document is not well-formed XML")
    }
  }

  // MARK: Events

  private func symbol(_ pointer: UnsafePointer<xmlChar>?) -> Int32 {
    guard let pointer else { return emptySymbol }
    let key = UnsafeRawPointer(pointer)
    let slot = Int(truncatingIfNeeded: UInt(bitPattern: key) >> 3) & 255
    if recentSymbols[slot].0 == key { return recentSymbols[slot].1 }
    let found: Int32
    if let known = symbols[key] {
      found = known
    } else {
      found = vocabulary[String(cString: pointer)] ?? XMLName.unknown
      symbols[key] = found
    }
    recentSymbols[slot] = (key, found)
    return found
  }

  private func start(
    _ local: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ count: Int,
    _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    depth += 1
    attributeNames.removeAll(keepingCapacity: true)
    attributeValues.removeAll(keepingCapacity: true)
    if let attributes, count > 0 {
      for index in 0..<count {
        let base = attributes + index * 5
        attributeNames.append(XMLName(namespace: symbol(base[2]), local: symbol(base[0])))
        attributeValues.append((base[3], base[4]))
      }
    }
    let element = XMLName(namespace: symbol(uri), local: symbol(local))
    let line = context.map { Int(xmlSAX2GetLineNumber($0)) } ?? 0
    let capture = attributeNames.withUnsafeBufferPointer { names in
      attributeValues.withUnsafeBufferPointer { values in
        handler.startElement(
          element, attributes: XMLAttributes(names: names, values: values), line: line)
      }
    }
    if capture, captureDepth == nil {
      captureDepth = depth
      text.removeAll(keepingCapacity: true)
    }
  }

  private func end(_ local: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) {
    var captured: String?
    if captureDepth == depth {
      captured = String(decoding: text, as: UTF8.self)
      captureDepth = nil
    }
    handler.endElement(XMLName(namespace: symbol(uri), local: symbol(local)), text: captured)
    depth -= 1
  }

  private func characters(_ bytes: UnsafePointer<xmlChar>?, _ count: Int32) {
    guard captureDepth != nil, let bytes, count > 0 else { return }
    text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: Int(count)))
  }

  private func refuseEntity(_ entity: UnsafePointer<xmlChar>?) {
    guard failure == nil, let context else { return }
    failure = OntologyError(
      .entityRefused, file: path, line: Int(xmlSAX2GetLineNumber(context)),
      column: Int(xmlSAX2GetColumnNumber(context)),
      "entity declaration '\(entity.map { String(cString: $0) } ?? "")' refused",
      hint: "ontology files never need DTD entities; an entity can expand without bound"
        + " (\"billion laughs\") or read a local file or URL (XXE)")
    xmlStopParser(context)
  }

  private func record(_ error: UnsafePointer<xmlError>?) {
    guard failure == nil, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else {
      return
    }
    failure = Self.error(from: error.pointee, path: path)
    if let context { xmlStopParser(context) }
  }

  /// The one place where a libxml2 error becomes an ``OntologyError``.
  static func error(from error: xmlError, path: String) -> OntologyError {
    var message = error.message.map { String(cString: $0) } ?? "XML error \(error.code)"
    while message.last?.isWhitespace == true { message.removeLast() }
    message = message.split(whereSeparator: \.isNewline).joined(separator: " ")
    let code: OntologyError.Code
    let hint: String?
    switch Int(error.code) {
    case Int(XML_ERR_UNDECLARED_ENTITY.rawValue), Int(XML_WAR_UNDECLARED_ENTITY.rawValue),
      Int(XML_ERR_ENTITY_LOOP.rawValue), Int(XML_ERR_ENTITY_PE_INTERNAL.rawValue):
      code = .entityRefused
      hint = "entities are not expanded: replace the reference by its text"
    case Int(XML_ERR_UNKNOWN_ENCODING.rawValue), Int(XML_ERR_UNSUPPORTED_ENCODING.rawValue),
      Int(XML_ERR_INVALID_CHAR.rawValue), Int(XML_ERR_INVALID_ENCODING.rawValue):
      code = .malformedXML
      hint = "check that the bytes match the encoding in the XML declaration (usually UTF-8)"
    case Int(XML_ERR_TAG_NOT_FINISHED.rawValue), Int(XML_ERR_TAG_NAME_MISMATCH.rawValue),
      Int(XML_ERR_DOCUMENT_END.rawValue), Int(XML_ERR_LTSLASH_REQUIRED.rawValue):
      code = .malformedXML
      hint = "an element is not closed where it should be; the file may be truncated"
    default:
      code = .malformedXML
      hint = nil
    }
    return OntologyError(
      code, file: path, line: error.line > 0 ? Int(error.line) : nil,
      column: error.int2 > 0 ? Int(error.int2) : nil, message, hint: hint)
  }

  /// The SAX2 handler: element, text and error callbacks, and the entity refusal.
  private static func saxHandler() -> xmlSAXHandler {
    var sax = xmlSAXHandler()
    sax.initialized = UInt32(XML_SAX2_MAGIC)
    sax.startElementNs = { context, local, _, uri, _, _, count, _, attributes in
      parser(context)?.start(local, uri, Int(count), attributes)
    }
    sax.endElementNs = { context, local, _, uri in parser(context)?.end(local, uri) }
    sax.characters = { context, bytes, count in parser(context)?.characters(bytes, count) }
    sax.cdataBlock = { context, bytes, count in parser(context)?.characters(bytes, count) }
    sax.entityDecl = { context, entity, _, _, _, _ in parser(context)?.refuseEntity(entity) }
    sax.unparsedEntityDecl = { context, entity, _, _, _ in parser(context)?.refuseEntity(entity) }
    sax.serror = { context, error in parser(context)?.record(error) }
    // getEntity, resolveEntity, externalSubset and reference stay nil: nothing is ever loaded.
    return sax
  }
}

/// The parser behind a libxml2 callback's user-data pointer.
private func parser(_ context: UnsafeMutableRawPointer?) -> XMLStreamParser? {
  context.map { Unmanaged<XMLStreamParser>.fromOpaque($0).takeUnretainedValue() }
}
