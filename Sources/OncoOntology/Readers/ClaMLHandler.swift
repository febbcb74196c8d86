/// The SAX state machine behind ``ClaMLReader``.
struct ClaMLHandler: XMLContentHandler {
  static let vocabulary = ClaMLName.spellings

  let path: String
  var title: String?
  var version: String?
  var classes: [ClaMLClass] = []
  /// `(parent, child)` codes from `SubClass` elements.
  var subClassLinks: [(String, String)] = []
  var warnings: [OntologyError] = []
  private var declaredKinds: Set<String> = []
  private var depth = 0
  private var inClassKinds = false
  private var current: ClaMLClass?
  private var currentModifier: String?
  private var rubricKind: String?
  private var labelLanguage: String?

  init(path: String) {
    self.path = path
  }

  mutating func startElement(_ name: XMLName, attributes: XMLAttributes, line: Int) -> Bool {
    depth += 1
    let code = attributes.value(ClaMLName.noNamespace, .code)
    switch (depth, ClaMLName(rawValue: name.local)) {
    case (2, .title):
      title = attributes.value(ClaMLName.noNamespace, .name)
      version = attributes.value(ClaMLName.noNamespace, .version)
    case (2, .classKinds):
      inClassKinds = true
    case (3, .classKind), (3, .kindElement):
      if inClassKinds, let kind = attributes.value(ClaMLName.noNamespace, .name) {
        declaredKinds.insert(kind)
      }
    case (2, .classElement), (2, .modifierElement), (2, .modifierClass):
      let element = ClaMLName(rawValue: name.local) ?? .classElement
      startClass(element, code: code, attributes: attributes, line: line)
    case (3, .superClass) where current != nil:
      if let code {
        let parent = qualified(code)
        current?.superClasses.append(parent)
      }
    case (3, .subClass) where current != nil:
      if let code, let parent = current?.code { subClassLinks.append((parent, qualified(code))) }
    case (3, .rubric) where current != nil:
      rubricKind = attributes.value(ClaMLName.noNamespace, .kind)
    case (4, .label) where rubricKind != nil:
      labelLanguage = attributes.value(ClaMLName.xml, .lang)
      return true
    default:
      break
    }
    return false
  }

  mutating func endElement(_ name: XMLName, text: String?) {
    defer { depth -= 1 }
    switch (depth, ClaMLName(rawValue: name.local)) {
    case (2, .classKinds):
      inClassKinds = false
    case (2, _):
      if let finished = current { classes.append(finished) }
      current = nil
      currentModifier = nil
    case (3, .rubric):
      rubricKind = nil
    case (4, .label):
      if let text { addRubric(text.collapsingWhitespace) }
    default:
      break
    }
  }

  private mutating func startClass(
    _ element: ClaMLName, code: String?, attributes: XMLAttributes, line: Int
  ) {
    guard let code, !code.isEmpty else {
      warnings.append(
        OntologyError(
          .malformedRecord, file: path, line: line, "\(element.spelling) without a code attribute; skipped",
          hint: "every ClaML class needs code=\"…\""))
      return
    }
    switch element {
    case .modifierElement:
      current = ClaMLClass(code: code, kind: "modifier")
      currentModifier = code
    case .modifierClass:
      let modifier = attributes.value(ClaMLName.noNamespace, .modifier) ?? ""
      currentModifier = modifier
      current = ClaMLClass(code: modifier + "/" + code, kind: "modifierclass")
      // A modifier class always belongs to its modifier, SuperClass or not.
      if !modifier.isEmpty { current?.superClasses.append(modifier) }
    default:
      let kind = attributes.value(ClaMLName.noNamespace, .kind) ?? ""
      if !declaredKinds.isEmpty, !declaredKinds.contains(kind) {
        warnings.append(
          OntologyError(
            .malformedRecord, file: path, line: line,
            "class \(code) has kind '\(kind)', which ClassKinds does not declare",
            hint: "declared kinds: \(declaredKinds.sorted().joined(separator: ", "))"))
      }
      current = ClaMLClass(code: code, kind: kind)
    }
  }

  /// A code met inside a modifier is relative to that modifier.
  private func qualified(_ code: String) -> String {
    guard let modifier = currentModifier, code != modifier else { return code }
    return modifier + "/" + code
  }

  private mutating func addRubric(_ text: String) {
    guard !text.isEmpty else { return }
    switch rubricKind {
    case "preferred": current?.labels.append((labelLanguage, text))
    case "preferredLong": current?.synonyms.append(Synonym(text, language: labelLanguage))
    case "inclusion":
      current?.synonyms.append(Synonym(text, scope: .narrow, language: labelLanguage))
    case "definition": if current?.definition == nil { current?.definition = text }
    default: break
    }
  }
}

/// The namespaces, elements and attributes ``ClaMLHandler`` looks for.
enum ClaMLName: Int32, XMLVocabulary {
  /// No namespace: ClaML's own elements and attributes.
  case noNamespace, xml
  case title, classKinds, classKind, kindElement, classElement, modifierElement, modifierClass
  case superClass, subClass, rubric, label, code, name, version, kind, modifier, lang

  static let spellings = allCases.map(\.spelling)

  /// The namespace URI or the local name the case stands for.
  var spelling: String {
    switch self {
    case .noNamespace: ""
    case .xml: XMLNamespace.xml
    case .title: "Title"
    case .classKinds: "ClassKinds"
    case .classKind: "ClassKind"
    case .kindElement: "Kind"
    case .classElement: "Class"
    case .modifierElement: "Modifier"
    case .modifierClass: "ModifierClass"
    case .superClass: "SuperClass"
    case .subClass: "SubClass"
    case .rubric: "Rubric"
    case .label: "Label"
    case .code: "code"
    case .name: "name"
    case .version: "version"
    case .kind: "kind"
    case .modifier: "modifier"
    case .lang: "lang"
    }
  }
}

extension String {
  /// The text with runs of white space (line breaks and indentation inside a label) made one space.
  var collapsingWhitespace: String {
    split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
