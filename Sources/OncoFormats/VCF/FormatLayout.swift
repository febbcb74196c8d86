/// Where the FORMAT keys the reader uses sit in a record's FORMAT column (`GT:AD:DP`).
///
/// Records of a file almost always share one FORMAT string, so the layout is cached and only
/// rebuilt when the bytes change.
struct FormatLayout {
  private(set) var key: [UInt8] = []
  private(set) var keys: [String] = []
  var ad: Int?
  var dp: Int?
  var af: Int?
  var fa: Int?
  var freq: Int?
  var ao: Int?
  var ro: Int?
  var rd: Int?
  /// Strelka SNV tier counts `AU`, `CU`, `GU`, `TU`, in that order.
  var baseCounts: [Int?] = [nil, nil, nil, nil]
  var tar: Int?
  var tir: Int?
  /// Delly's reference/variant read pairs (`DR`, `DV`) and junction reads (`RR`, `RV`).
  var dr: Int?
  var dv: Int?
  var rr: Int?
  var rv: Int?
  /// The highest index any used key has; sample values past it are never split.
  var lastUsed = -1

  /// Rebuilds the layout when `format` differs from the cached one; returns true when it did.
  mutating func update(_ format: Bytes) -> Bool {
    if key.count == format.count, key.withUnsafeBufferPointer({ $0.equals(format) }) { return false }
    self = FormatLayout()
    key = Array(format)
    var index = 0
    format.forEachPiece(separatedBy: ASCII.colon) { piece, _ in
      let name = piece.string
      keys.append(name)
      assign(name, index)
      index += 1
      return true
    }
    return true
  }

  private mutating func assign(_ name: String, _ index: Int) {
    func set(_ slot: inout Int?) {
      if slot == nil { slot = index }  // a duplicated key (GT:GT) keeps its first place
      lastUsed = max(lastUsed, index)
    }
    switch name {
    case "AD": set(&ad)
    case "DP": set(&dp)
    case "AF": set(&af)
    case "FA": set(&fa)
    case "FREQ": set(&freq)
    case "AO": set(&ao)
    case "RO": set(&ro)
    case "RD": set(&rd)
    case "AU": set(&baseCounts[0])
    case "CU": set(&baseCounts[1])
    case "GU": set(&baseCounts[2])
    case "TU": set(&baseCounts[3])
    case "TAR": set(&tar)
    case "TIR": set(&tir)
    case "DR": set(&dr)
    case "DV": set(&dv)
    case "RR": set(&rr)
    case "RV": set(&rv)
    default: break
    }
  }
}
