/// The cells of one line of a pathway: its patients and its named regimens.
struct PathwayCells {
  var number: Int
  var patients: Int
  var regimens: [String: Int]
}

extension CarePathway {
  /// Declares the sums of the care pathway.
  ///
  /// Each line's regimens and "other" add up to the line; the sequences add up to line 1 and,
  /// counting those that reach line k, to line k; a regimen named in the sequences is the sum of
  /// the sequences through it; each Sankey link is the sum of its sequences.
  ///
  /// - Returns: Each line's cells, for the sums across groups.
  @discardableResult
  mutating func walkCells(_ ledger: inout CellLedger) -> [PathwayCells] {
    var cells: [PathwayCells] = []
    var lineIDs: [Int: Int] = [:]
    var regimenIDs: [(line: Int, regimen: String, id: Int)] = []
    for index in lines.indices {
      let total = ledger.visit(&lines[index].patients)
      lineIDs[lines[index].number] = total
      var parts: [Int] = []
      for r in lines[index].regimens.indices {
        parts.append(ledger.visit(&lines[index].regimens[r].patients))
        regimenIDs.append((lines[index].number, lines[index].regimens[r].regimen, parts[parts.count - 1]))
      }
      parts.append(ledger.visit(&lines[index].otherRegimens))
      ledger.sum(total, parts)
      let named = regimenIDs.filter { $0.line == lines[index].number }.map { ($0.regimen, $0.id) }
      cells.append(
        PathwayCells(
          number: lines[index].number, patients: total,
          regimens: Dictionary(named, uniquingKeysWith: { first, _ in first })))
    }
    let sequenceIDs = sequences.indices.map { ledger.visit(&sequences[$0].patients) }
    // A regimen of line k that the sequences name too is the sum of the sequences through it.
    for entry in regimenIDs {
      let through = sequences.indices.filter {
        sequences[$0].regimens.count >= entry.line && sequences[$0].regimens[entry.line - 1] == entry.regimen
      }
      ledger.sum(entry.id, through.map { sequenceIDs[$0] })
    }
    let deepest = sequences.map(\.regimens.count).max() ?? 0
    if deepest > 0 {
      for number in 1...deepest {
        guard let total = lineIDs[number] else { continue }
        ledger.sum(
          total, sequences.indices.filter { sequences[$0].regimens.count >= number }.map { sequenceIDs[$0] })
      }
    }
    for index in links.indices {
      let link = ledger.visit(&links[index].patients)
      ledger.sum(link, links[index].sequenceIndices.map { sequenceIDs[$0] })
    }
    if var first = timeToFirstTreatment {
      first.walkCells(&ledger)
      timeToFirstTreatment = first
    }
    for index in timeToNextTreatment.indices { timeToNextTreatment[index].walkCells(&ledger) }
    if var share = targetedTherapy {
      // Neither count is a sum of others shown, so each is masked on its own merits.
      _ = ledger.visit(&share.candidates)
      _ = ledger.visit(&share.received)
      targetedTherapy = share
    }
    return cells
  }
}

extension TimeSummary {
  /// A median of a time is masked with the count it is computed on.
  mutating func walkCells(_ ledger: inout CellLedger) {
    let id = ledger.visit(&patients)
    ledger.derived(&days.median, from: [id])
    ledger.derived(&days.q1, from: [id])
    ledger.derived(&days.q3, from: [id])
  }
}
