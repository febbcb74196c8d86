import Foundation
import OncoModel
import OncoOntology
import OncoPathways

/// Seeded synthetic treatment histories, generated patient by patient so that memory does not
/// grow with the number of patients.
///
/// Each patient has 1 to 4 lines; each line is a regimen of 1 to 3 drugs drawn from a pool of
/// lung and colorectal drugs, given in 21-day cycles (one exposure per drug and cycle), with
/// gaps of 10 to 200 days between lines. The cycle counts are drawn so that the average is
/// 20 exposures per patient: 1M patients give about 20M exposures.
public struct SyntheticHistories: Sequence, Sendable {
  /// How many patients.
  public let patients: Int
  /// The generator's seed.
  public let seed: UInt64

  /// Creates the sequence.
  public init(patients: Int, seed: UInt64 = 42) {
    self.patients = patients
    self.seed = seed
  }

  /// Drugs as (agent, concept): the concepts of the shipped ontology.
  static let pool: [(String, String)] = [
    ("carboplatin", "ATC:L01XA02"), ("cisplatin", "ATC:L01XA01"), ("pemetrexed", "ATC:L01BA04"),
    ("paclitaxel", "ATC:L01CD01"), ("docetaxel", "ATC:L01CD02"), ("gemcitabine", "ATC:L01BC05"),
    ("vinorelbine", "ATC:L01CA04"), ("etoposide", "ATC:L01CB01"), ("pembrolizumab", "ATC:L01FF02"),
    ("nivolumab", "ATC:L01FF01"), ("atezolizumab", "ATC:L01FF05"), ("bevacizumab", "ATC:L01FG01"),
    ("osimertinib", "ATC:L01EB04"), ("alectinib", "ATC:L01ED03"), ("fluorouracil", "ATC:L01BC02"),
    ("capecitabine", "ATC:L01BC06"), ("oxaliplatin", "ATC:L01XA03"), ("irinotecan", "ATC:L01CE02"),
  ]

  /// The iterator: one history per call, from a SplitMix64 stream.
  public struct Iterator: IteratorProtocol {
    var state: UInt64
    var remaining: Int
    var number = 0

    mutating func random() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(random() % UInt64(bound)) }

    /// The next patient's history.
    public mutating func next() -> PatientTreatmentHistory? {
      guard remaining > 0 else { return nil }
      remaining -= 1
      number += 1
      let id = "P\(number)"
      var exposures: [TreatmentExposure] = []
      var day = below(60)
      let lines = 1 + below(4)
      for _ in 0..<lines {
        let drugs = (0..<(1 + below(3))).map { _ in
          SyntheticHistories.pool[below(SyntheticHistories.pool.count)]
        }
        // Cycles per line average 20 / (2.5 lines × 2 drugs) = 4, drawn in 1…7.
        let cycles = 1 + below(7)
        for _ in 0..<cycles {
          for (agent, concept) in drugs {
            exposures.append(
              TreatmentExposure(
                patientID: id, agent: agent, concept: concept, startDay: Day(day), endDay: Day(day)))
          }
          day += 21
        }
        day += 10 + below(190)
      }
      let dies = below(2) == 0
      return PatientTreatmentHistory(
        patientID: id, indexDay: Day(0), diagnosisDay: Day(-below(90)),
        deathDay: dies ? Day(day + below(100)) : nil,
        lastContactDay: Day(day + below(200)), exposures: exposures)
    }
  }

  /// Starts the stream at the seed.
  public func makeIterator() -> Iterator { Iterator(state: seed, remaining: patients) }

  /// The shipped drug ontology, found from this file's place in the checkout.
  public static func ontology() throws -> TermGraph {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("Ontologies/antineoplastic-drugs.owl").path
    return TermGraph(files: [try OntologyLoader.read(path: path)])
  }
}
