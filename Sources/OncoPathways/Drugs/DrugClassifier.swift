import Foundation
import OncoOntology

/// Names each exposure's drug and tells which rules apply to it, using the drug ontology.
///
/// A drug is identified by its concept (`ATC:L01BA04`) when the exposure has one, else by the
/// ontology term its name denotes, else by its name folded to lower case without accents. A rule
/// entry (`gap_exempt: [ATC:L01EB]`) that names an ontology term covers the term and all its
/// descendants; an entry the ontology does not know (`nab-paclitaxel`) matches drug names.
/// Results are memoised per distinct concept or name, so classifying is a dictionary lookup.
struct DrugClassifier: Sendable {
  /// What the rules say about one drug.
  struct Profile: Sendable, Hashable {
    var key: String
    var name: String
    var concept: String?
    /// The drug's substitution group (its index in the rules), or `nil`.
    var substitutionGroup: Int?
    var isGapExempt: Bool
    var isAdditionExempt: Bool
    var isMaintenance: Bool
    /// The number that equates substitutes: −1 − group for a substitution group, else the index
    /// of the first profile with the same key (`Tagrisso` and `osimertinib` are one drug).
    var equivalence = 0
  }

  /// A rule entry: an ontology term (covering descendants) or a folded name.
  struct Entry: Sendable, Hashable {
    var node: TermGraph.Node?
    var name: String
  }

  let ontology: TermGraph?
  let substitutionGroups: [[Entry]]
  let gapExempt: [Entry]
  let additionExempt: [Entry]
  let maintenance: [Entry]
  /// Rule entries that named no ontology term and so match drug names only.
  let unresolvedEntries: [String]
  var profiles: [Profile] = []
  var indexByCode: [String: Int] = [:]
  var firstIndexByKey: [String: Int] = [:]

  /// Prepares the rules' drug lists against an ontology (or names only, without one).
  init(rules: LineOfTherapyRules, ontology: TermGraph?) {
    self.ontology = ontology
    var unresolved: [String] = []
    func entries(_ names: [String]) -> [Entry] {
      names.map { name in
        let node = ontology.flatMap { try? $0.resolve(name).node }
        if node == nil, ontology != nil { unresolved.append(name) }
        return Entry(node: node, name: DrugClassifier.fold(name))
      }
    }
    substitutionGroups = rules.substitutions.map(entries)
    gapExempt = entries(rules.gapExempt)
    additionExempt = entries(rules.additionExempt)
    maintenance = entries(rules.maintenanceDrugs)
    unresolvedEntries = Array(Set(unresolved)).sorted()
  }

  /// The index of the profile of a drug given by concept and agent name, memoised.
  mutating func profileIndex(concept: String?, agent: String) -> Int {
    let code = concept ?? agent
    if let index = indexByCode[code] { return index }
    var profile = makeProfile(concept: concept, agent: agent)
    profile.equivalence =
      profile.substitutionGroup.map { -1 - $0 } ?? firstIndexByKey[profile.key, default: profiles.count]
    firstIndexByKey[profile.key] = profile.equivalence
    profiles.append(profile)
    indexByCode[code] = profiles.count - 1
    return profiles.count - 1
  }

  private func makeProfile(concept: String?, agent: String) -> Profile {
    var node = concept.flatMap { ontology?.node($0) }
    if node == nil, concept == nil, let ontology, let match = try? ontology.resolve(agent) {
      node = match.node
    }
    let term = node.flatMap { node in ontology.map { $0[node] } }
    let name = DrugClassifier.fold(term?.label ?? agent)
    let key = concept ?? term?.id ?? name
    func matches(_ entries: [Entry]) -> Bool {
      entries.contains { entry in
        if let entryNode = entry.node, let node, let ontology { return ontology.isA(node, entryNode) }
        return entry.name == name || entry.name == DrugClassifier.fold(agent)
      }
    }
    return Profile(
      key: key, name: name, concept: concept ?? term?.id,
      substitutionGroup: substitutionGroups.firstIndex(where: matches), isGapExempt: matches(gapExempt),
      isAdditionExempt: matches(additionExempt), isMaintenance: matches(maintenance))
  }

  /// Lower case, no accents, trimmed: how drug names are compared.
  static func fold(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespaces).folding(
      options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
