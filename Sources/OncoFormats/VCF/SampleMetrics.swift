/// The allele fractions and depth of the tumour sample of one record, read from its FORMAT values.
///
/// VAF, for the ALT at index `i`, from the first source present:
/// 1. an allele fraction the caller wrote: `AF` (`Number=A`: value `i`; `Number=R`, or
///    `Number=.` with one value per allele as RADIA writes it: value `i + 1`), Mutect `FA`,
///    VarScan `FREQ` (`"38.46%"` → 0.3846);
/// 2. allele counts: `AD` (`Number=R`: `AD[i+1]` ÷ the sum of all `AD`; when a count is `.`,
///    the denominator is `DP` instead; VarScan's one-value `AD` with `RD`: `AD ÷ (RD + AD)`),
///    `AO`/`RO` (`AO[i] ÷ (RO + ΣAO)`), Strelka tier-1 counts (`<ALT>U ÷ (<REF>U + Σ<ALT>U)`
///    for SNVs, `TIR ÷ (TAR + TIR)` for indels), Delly read counts (`RV ÷ (RR + RV)` from
///    junction reads, else `DV ÷ (DR + DV)` from read pairs).
///
/// Depth: `DP`, else the sum of `AD`, else `RO + ΣAO`, else Delly's `RR + RV` (or `DR + DV`).
struct SampleMetrics {
  private var values: [Bytes] = []
  private var alleleCount = 0
  private var fractions: [Double?] = []
  private var adCounts: [Int?] = []
  private var fractionIsPerAllele = false
  private var depthValue: Int?
  /// The sum of `AD`, or `nil` when a count is missing.
  private var adTotal: Int?
  /// Problems met while reading the values (the FORMAT key and the bad text).
  private(set) var problems: [(key: String, found: String)] = []

  /// Splits the sample column and reads the fields the layout points at.
  mutating func load(
    sample: Bytes, layout: FormatLayout, header: VCFHeader, alternateCount: Int
  ) {
    values.removeAll(keepingCapacity: true)
    problems.removeAll(keepingCapacity: true)
    fractions.removeAll(keepingCapacity: true)
    adCounts.removeAll(keepingCapacity: true)
    depthValue = nil
    adTotal = nil
    alleleCount = alternateCount + 1
    if layout.lastUsed >= 0 {
      sample.forEachPiece(separatedBy: ASCII.colon) { piece, _ in
        values.append(piece)
        return values.count <= layout.lastUsed
      }
    }
    if let index = layout.af ?? layout.fa, let bytes = value(index) {
      let key = index == layout.af ? "AF" : "FA"
      if !Self.readList(bytes, into: &fractions, { $0.parseDouble() }) {
        problems.append((key, bytes.string))
      }
      let declared = header.format[key]?.number
      fractionIsPerAllele =
        declared == .perAllele
        || (declared != .perAlternateAllele && fractions.count == alleleCount && alleleCount > 1)
    } else if let bytes = value(layout.freq) {
      let readable = Self.readList(bytes, into: &fractions) { piece in
        let number = piece.last == ASCII.percent ? piece.slice(0..<(piece.count - 1)) : piece
        return number.parseDouble().map { $0 / 100 }
      }
      if !readable { problems.append(("FREQ", bytes.string)) }
      fractionIsPerAllele = false
    }
    if let bytes = value(layout.ad) {
      if !Self.readList(bytes, into: &adCounts, { $0.parseInt() }) { problems.append(("AD", bytes.string)) }
      adTotal = sum(adCounts)
    }
    if let bytes = value(layout.dp) {
      depthValue = bytes.parseInt()
      if depthValue == nil { problems.append(("DP", bytes.string)) }
    }
  }

  /// The allele fraction of ALT `index`, or `nil` when the sample does not give one.
  func vaf(alternate index: Int, layout: FormatLayout, reference: Bytes, alternate: Bytes) -> Double? {
    if !fractions.isEmpty {
      let position = fractionIsPerAllele ? index + 1 : index
      return position < fractions.count ? fractions[position] : nil
    }
    if !adCounts.isEmpty {
      if adCounts.count == alleleCount, let alt = adCounts[index + 1] {
        if let total = adTotal, total > 0 { return Double(alt) / Double(total) }
        if let depthValue, depthValue > 0 { return Double(alt) / Double(depthValue) }
        return nil
      }
      if adCounts.count == alleleCount - 1, let alt = adCounts[index],
        let ref = value(layout.rd)?.parseInt(), let others = adTotal, ref + others > 0
      {
        return Double(alt) / Double(ref + others)
      }
    }
    if let observed = counts(layout.ao), index < observed.count, let alt = observed[index],
      let ref = value(layout.ro)?.parseInt(), let others = sum(observed), ref + others > 0
    {
      return Double(alt) / Double(ref + others)
    }
    if let fraction = strelkaFraction(
      alternate: index, layout: layout, reference: reference, alternate: alternate)
    {
      return fraction
    }
    return dellyCounts(layout).map { Double($0.variant) / Double($0.total) }
  }

  /// Delly's supporting and total reads: junction reads when there are any, else read pairs.
  private func dellyCounts(_ layout: FormatLayout) -> (variant: Int, total: Int)? {
    if let reference = value(layout.rr)?.parseInt(), let variant = value(layout.rv)?.parseInt(),
      reference + variant > 0
    {
      return (variant, reference + variant)
    }
    if let reference = value(layout.dr)?.parseInt(), let variant = value(layout.dv)?.parseInt(),
      reference + variant > 0
    {
      return (variant, reference + variant)
    }
    return nil
  }

  /// The read depth of the sample: `DP`, else the sum of `AD`, else `RO + ΣAO`.
  func depth(layout: FormatLayout) -> Int? {
    if let depthValue { return depthValue }
    if let adTotal { return adTotal }
    if let observed = counts(layout.ao), let others = sum(observed),
      let ref = value(layout.ro)?.parseInt()
    {
      return ref + others
    }
    return dellyCounts(layout)?.total
  }

  private func strelkaFraction(
    alternate index: Int, layout: FormatLayout, reference: Bytes, alternate: Bytes
  ) -> Double? {
    if reference.count == 1, alternate.count == 1,
      let refCount = tierOne(baseKey(reference[0]).flatMap { layout.baseCounts[$0] }),
      let altCount = tierOne(baseKey(alternate[0]).flatMap { layout.baseCounts[$0] }),
      refCount + altCount > 0
    {
      return Double(altCount) / Double(refCount + altCount)
    }
    if let refCount = tierOne(layout.tar), let altCount = tierOne(layout.tir), refCount + altCount > 0 {
      return Double(altCount) / Double(refCount + altCount)
    }
    return nil
  }

  /// The index in `baseCounts` of a base (`A` → `AU` …).
  private func baseKey(_ base: UInt8) -> Int? {
    switch base | 0x20 {
    case UInt8(ascii: "a"): return 0
    case UInt8(ascii: "c"): return 1
    case UInt8(ascii: "g"): return 2
    case UInt8(ascii: "t"): return 3
    default: return nil
    }
  }

  /// The first (tier-1) number of a Strelka `t1,t2` pair.
  private func tierOne(_ index: Int?) -> Int? {
    value(index)?.piece(0, separatedBy: ASCII.comma)?.parseInt()
  }

  private func counts(_ index: Int?) -> [Int?]? {
    guard let bytes = value(index) else { return nil }
    var list: [Int?] = []
    bytes.forEachPiece(separatedBy: ASCII.comma) { piece, _ in
      list.append(piece.parseInt())
      return true
    }
    return list
  }

  private func value(_ index: Int?) -> Bytes? {
    guard let index, index < values.count, !values[index].isMissing else { return nil }
    return values[index]
  }

  private func sum(_ list: [Int?]) -> Int? {
    var total = 0
    for item in list {
      guard let item else { return nil }
      total += item
    }
    return total
  }

  /// Appends `parse` of each comma-separated value; false when a value that is present could
  /// not be read (`parse` gave `nil`).
  private static func readList<Value>(
    _ bytes: Bytes, into list: inout [Value?], _ parse: (Bytes) -> Value?
  ) -> Bool {
    var bad = false
    bytes.forEachPiece(separatedBy: ASCII.comma) { piece, _ in
      let parsed = piece.isMissing ? nil : parse(piece)
      if parsed == nil, !piece.isMissing { bad = true }
      list.append(parsed)
      return true
    }
    return !bad
  }
}
