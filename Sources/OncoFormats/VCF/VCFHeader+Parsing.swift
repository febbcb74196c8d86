import OncoModel

extension VCFHeader {
  /// Adds one `##key=value` line; problems are warnings with the fallback taken.
  mutating func addMetaLine(
    _ line: String, at location: TextLocation, warn: (Diagnostic) -> Void
  ) {
    let body = line.dropFirst(2)
    guard let equals = body.firstIndex(of: "=") else {
      warn(Diagnostic(.warning, at: location, "header line without '=' ignored", found: line))
      return
    }
    let key = String(body[..<equals]).trimmingSpaces
    let value = String(body[body.index(after: equals)...]).trimmingSpaces
    switch key {
    case "fileformat":
      if value.isEmpty {
        warn(
          Diagnostic(
            .warning, at: location, "empty ##fileformat", expected: "VCFv4.x",
            hint: "reading the file as VCF 4.2"))
      }
      fileFormat = value
    case "INFO", "FORMAT":
      guard let attributes = Self.structuredAttributes(value), let id = attributes["ID"] else {
        warn(
          Diagnostic(
            .warning, at: location, "malformed ##\(key) line ignored",
            expected: "<ID=…,Number=…,Type=…,Description=\"…\">", found: value))
        return
      }
      let definition = Self.definition(id: id, attributes, at: location, warn: warn)
      if key == "INFO" {
        if info[id] == nil { infoOrder.append(id) }
        info[id] = definition
      } else {
        format[id] = definition
      }
    case "FILTER":
      if let attributes = Self.structuredAttributes(value), let id = attributes["ID"] {
        filters[id] = attributes["Description"] ?? ""
      }
    case "contig":
      if let attributes = Self.structuredAttributes(value), let id = attributes["ID"] {
        contigs.append(Contig(id: id, length: attributes["length"].flatMap { Int($0) }))
      }
    default:
      other.append(MetaLine(key: key, value: value))
    }
  }

  /// Reads `Number` and `Type`, falling back (with a warning) where they are missing or wrong.
  private static func definition(
    id: String, _ attributes: [String: String], at location: TextLocation,
    warn: (Diagnostic) -> Void
  ) -> Definition {
    var number = Number.unbounded
    if let text = attributes["Number"] {
      if let parsed = Number(text) {
        number = parsed
      } else {
        warn(
          Diagnostic(
            .warning, at: location, "\(id): unknown Number", expected: "A, R, G, . or a count",
            found: text, hint: "assuming Number=."))
      }
    }
    var type = ValueType.string
    if let text = attributes["Type"] {
      if let parsed = ValueType(rawValue: text) {
        type = parsed
      } else {
        warn(
          Diagnostic(
            .warning, at: location, "\(id): unknown Type",
            expected: "Integer, Float, Flag, Character or String", found: text,
            hint: "assuming Type=String"))
      }
    }
    return Definition(
      id: id, number: number, type: type, description: attributes["Description"],
      attributes: attributes)
  }

  /// Parses `<ID=DP,Number=1,Description="a, \"quoted\" text">` into its attributes.
  ///
  /// Quoted values may contain commas and escaped quotes; bracketed values (`Values=[a, b]`,
  /// VCF 4.3 `##META`) may contain commas; spaces around keys, `=` and values are ignored.
  static func structuredAttributes(_ text: String) -> [String: String]? {
    let scalars = Array(text.unicodeScalars)
    guard scalars.first == "<", scalars.last == ">" else { return nil }
    var attributes: [String: String] = [:]
    var index = 1
    let end = scalars.count - 1
    while index < end {
      var key = String.UnicodeScalarView()
      while index < end, scalars[index] != "=", scalars[index] != "," {
        key.append(scalars[index])
        index += 1
      }
      let name = String(key).trimmingSpaces
      guard index < end, scalars[index] == "=" else {
        if !name.isEmpty { attributes[name] = "" }
        index += 1
        continue
      }
      index += 1
      while index < end, scalars[index] == " " { index += 1 }
      var value = String.UnicodeScalarView()
      if index < end, scalars[index] == "\"" {
        index += 1
        while index < end, scalars[index] != "\"" {
          if scalars[index] == "\\", index + 1 < end { index += 1 }
          value.append(scalars[index])
          index += 1
        }
        index += 1
        while index < end, scalars[index] != "," { index += 1 }
      } else {
        var depth = 0
        while index < end, depth > 0 || scalars[index] != "," {
          if scalars[index] == "[" { depth += 1 }
          if scalars[index] == "]" { depth = max(0, depth - 1) }
          value.append(scalars[index])
          index += 1
        }
      }
      index += 1
      attributes[name] = String(value).trimmingSpaces
    }
    return attributes
  }
}

extension String {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    // Most cells have no surrounding space: keep the string (and its storage) as it is.
    if let first = utf8.first, let last = utf8.last, first != 0x20, first != 0x09, last != 0x20, last != 0x09
    {
      return self
    }
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(scalars[first...last])
  }
}
