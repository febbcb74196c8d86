extension PatientPathway {
  /// The lines with their reasoning, as `oncocohort describe --explain PATIENT` prints them.
  ///
  /// One header per line (`line 2: docetaxel, day 240 – 261, gap`, with `maintenance from day N`
  /// and `before index` when they apply), then its explanation steps indented; then the
  /// exposures left out, if any. Text for people, not API.
  public var explained: String {
    var text = "patient \(patientID): index day \(indexDay.value), \(lines.count) line(s)\n"
    for line in lines {
      var header = "line \(line.number): \(line.regimenLabel)"
      if !line.additions.isEmpty { header += " (+ \(line.additions.map(\.name).joined(separator: ", ")))" }
      header += ", day \(line.startDay.value) – \(line.endDay.value), \(line.endReason.rawValue)"
      if let day = line.maintenanceStartDay { header += ", maintenance from day \(day.value)" }
      if line.isBeforeIndex { header += ", before index" }
      text += header + "\n"
      for step in line.explanation { text += "  \(step)\n" }
    }
    let left = [
      (ignoredBeforeIndex, "before the index day"), (ignoredAfterDeath, "after death"),
      (ignoredNotSystemic, "not systemic"),
    ].filter { $0.0 > 0 }
    if !left.isEmpty {
      text += "left out: " + left.map { "\($0.0) exposure(s) \($0.1)" }.joined(separator: ", ") + "\n"
    }
    return text
  }
}
