import OncoModel

extension LineDraft {
  /// How the patient's last line ends, from the days that bound the history.
  ///
  /// An open exposure (no end day) runs to death or last contact. Otherwise a death on or
  /// before the last covered day ends the line by death; a horizon (death, else last contact)
  /// more than the gap after the last covered day ends it by gap, unless it holds a gap-exempt
  /// drug; then a death ends it by death; an exposure covering the last contact means still on
  /// treatment; anything else is the end of follow-up.
  func finalEnd(deathDay: Day?, lastContactDay: Day?, context: Context) -> (LineOfTherapy.EndReason, Day) {
    if isOpen {
      if let deathDay { return (.death, max(deathDay, start)) }
      return (.stillOnTreatment, max(lastContactDay ?? coveredUntil, coveredUntil))
    }
    if let deathDay, deathDay <= coveredUntil { return (.death, max(deathDay, start)) }
    let exempt = gapExemptDrug(context) != nil
    if let horizon = deathDay ?? lastContactDay, !exempt,
      horizon - coveredUntil > context.gapDays
    {
      return (.gap, coveredUntil)
    }
    if let deathDay { return (.death, deathDay) }
    if let lastContactDay, lastContactDay <= coveredUntil { return (.stillOnTreatment, coveredUntil) }
    return (.endOfFollowUp, coveredUntil)
  }

  /// The finished line, with its maintenance phase found and its end explained.
  consuming func close(_ reason: LineOfTherapy.EndReason, end: Day, context: Context) -> LineOfTherapy {
    let profiles = context.profiles
    func drug(_ index: Int) -> LineOfTherapy.Drug {
      LineOfTherapy.Drug(name: profiles[index].name, concept: profiles[index].concept)
    }
    let maintenance = maintenancePhase(context)
    if context.explain {
      if let maintenance {
        explanation.append(
          .maintenance(day: maintenance.day, continuing: maintenance.continuing, dropped: maintenance.dropped)
        )
      }
      explanation.append(.ended(day: end, reason: reason, detail: detail(reason, end: end, context: context)))
    }
    return LineOfTherapy(
      number: number, regimen: regimen.map(drug).sorted { $0.name < $1.name },
      additions: additions.map(drug).sorted { $0.name < $1.name }, startDay: start, endDay: end,
      endReason: reason, isMaintenance: maintenance != nil, maintenanceStartDay: maintenance?.day,
      isBeforeIndex: start < context.indexDay, exposures: items.map { context.exposures[$0.source] },
      explanation: explanation)
  }

  /// The first day some regimen drug starts again after another stopped for good, when at least
  /// one drug still going is a maintenance drug (any drug when the list is empty).
  func maintenancePhase(_ context: Context) -> (day: Day, continuing: [String], dropped: [String])? {
    guard regimenKeys.count >= 2 else { return nil }
    let profiles = context.profiles
    // The last covered day of each regimen drug, by position in regimenKeys.
    var lastDay = [Int](repeating: Int.min, count: regimenKeys.count)
    for item in items {
      guard let position = regimenKeys.firstIndex(of: profiles[item.profile].equivalence) else { continue }
      lastDay[position] = max(lastDay[position], item.end?.value ?? Int.max)
    }
    let anyDrug = context.anyMaintenanceDrug
    for item in items where item.start - start > context.windowDays {
      let day = item.start.value
      let key = profiles[item.profile].equivalence
      guard regimenKeys.contains(key) else { continue }
      let dropped = regimenKeys.indices.filter { lastDay[$0] < day }.map { regimenKeys[$0] }
      guard !dropped.isEmpty else { continue }
      let continuing = regimen.filter { !dropped.contains(profiles[$0].equivalence) }
      guard anyDrug || continuing.contains(where: { profiles[$0].isMaintenance }) else { continue }
      let names = { (keys: [Int]) in keys.map { profiles[$0].name }.sorted() }
      return (
        item.start, names(continuing),
        names(regimen.filter { dropped.contains(profiles[$0].equivalence) })
      )
    }
    return nil
  }

  private func detail(_ reason: LineOfTherapy.EndReason, end: Day, context: Context) -> String {
    let gap = context.gapDays
    switch reason {
    case .newDrug: return "the next line starts with a drug outside this regimen, after its window"
    case .gap: return "no drug of the line for more than \(gap) days after day \(coveredUntil.value)"
    case .death: return "death on day \(end.value)"
    case .endOfFollowUp:
      return "follow-up ended within \(gap) days of the last exposure; whether the line went on is unknown"
    case .stillOnTreatment: return "an exposure was still running at last contact"
    }
  }
}
