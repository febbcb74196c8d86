import OncoModel

/// A line being built: its regimen, exposures and coverage, until it is closed.
struct LineDraft {
  /// An exposure's days with its drug's profile index and its place in the patient's exposures:
  /// plain integers, so sorting and copying items costs no reference counting.
  struct Item {
    var start: Day
    var end: Day?
    var profile: Int
    var source: Int
  }

  /// What the builder shares with its drafts.
  ///
  /// The rules' numbers are copied out, so a context holds no arrays of the rules.
  struct Context {
    var windowDays: Int
    var gapDays: Int
    var anyMaintenanceDrug: Bool
    var profiles: [DrugClassifier.Profile]
    var explain: Bool
    var indexDay: Day
    /// The patient's exposures, which items point into.
    var exposures: [TreatmentExposure]
  }

  /// What an exposure did to the line.
  enum Outcome { case absorbed, endedByGap, endedByNewDrug }

  let number: Int
  let start: Day
  var items: [Item]
  /// Profile indices of the regimen, in the order they joined.
  var regimen: [Int]
  /// Equivalence keys of the regimen (a drug and its substitutes share one).
  var regimenKeys: [Int]
  var additions: [Int] = []
  /// The last day covered by an exposure with an end day (or the start of one without).
  var coveredUntil: Day
  /// Whether an exposure has no end day: the line is running until the end of the history.
  var isOpen = false
  var explanation: [LineExplanation] = []

  init(number: Int, start item: Item, cause: LineExplanation.StartCause, carried: [Item], context: Context) {
    self.number = number
    start = item.start
    items = []
    regimen = []
    regimenKeys = []
    coveredUntil = item.start
    if context.explain {
      explanation.append(.started(day: start, drug: context.profiles[item.profile].name, cause: cause))
    }
    for carriedItem in carried {
      let profile = context.profiles[carriedItem.profile]
      if profile.isAdditionExempt {
        if !additions.contains(carriedItem.profile) { additions.append(carriedItem.profile) }
      } else if !regimenKeys.contains(profile.equivalence) {
        regimen.append(carriedItem.profile)
        regimenKeys.append(profile.equivalence)
        if context.explain { explanation.append(.carriedOver(day: start, drug: profile.name)) }
      }
      cover(carriedItem)
    }
    joinRegimen(item, context: context, starting: true)
    cover(item)
  }

  /// Takes the next exposure into the line, or says why it ends the line.
  mutating func absorb(_ item: Item, context: Context) -> Outcome {
    let profile = context.profiles[item.profile]
    let day = item.start
    let gap = day - coveredUntil
    var bridged: String?
    if !isOpen && gap > context.gapDays {
      guard let exempt = gapExemptDrug(context) else { return .endedByGap }
      bridged = exempt
    }
    if regimenKeys.contains(profile.equivalence) {
      if context.explain {
        if let bridged { explanation.append(.gapBridged(day: day, gapDays: gap, exemptDrug: bridged)) }
        // Explained once, when a substitute first appears under another name (not a brand name).
        let named = items.contains { context.profiles[$0.profile].name == profile.name }
        if !named,
          let replaced = regimen.first(where: {
            context.profiles[$0].equivalence == profile.equivalence
          })
        {
          explanation.append(
            .substituted(day: day, drug: profile.name, replacing: context.profiles[replaced].name))
        }
      }
    } else if day - start <= context.windowDays {
      joinRegimen(item, context: context)
    } else if profile.isAdditionExempt {
      if !additions.contains(item.profile) {
        additions.append(item.profile)
        if context.explain { explanation.append(.added(day: day, drug: profile.name)) }
      }
    } else {
      return .endedByNewDrug
    }
    cover(item)
    return .absorbed
  }

  /// The name of a gap-exempt drug of the regimen, if there is one.
  func gapExemptDrug(_ context: Context) -> String? {
    regimen.first { context.profiles[$0].isGapExempt }.map { context.profiles[$0].name }
  }

  private mutating func joinRegimen(_ item: Item, context: Context, starting: Bool = false) {
    let profile = context.profiles[item.profile]
    guard !regimenKeys.contains(profile.equivalence) else { return }
    regimen.append(item.profile)
    regimenKeys.append(profile.equivalence)
    let offset = item.start - start
    if context.explain && !starting {
      explanation.append(.joinedRegimen(day: item.start, drug: profile.name, daysAfterStart: offset))
    }
  }

  private mutating func cover(_ item: Item) {
    items.append(item)
    if let end = item.end {
      coveredUntil = max(coveredUntil, end)
    } else {
      isOpen = true
      coveredUntil = max(coveredUntil, item.start)
    }
  }
}
