import Foundation
import OncoSurvival
import OncoWarehouse

/// The adjustment covariates of a report's Cox model, read from the follow-up facts.
///
/// `age` (years at diagnosis, numeric), `sex`, `stage` (main stage I–IV, `IVA` → `IV`),
/// `source` and `origin` (categorical); any other name is a clinical attribute of the patients
/// (`patient_attributes`, matched exactly, else ignoring case), numeric when every value present
/// is a number, categorical otherwise. One that does not vary in the data, or that no patient
/// has, is left out. Rows missing any covariate are dropped (complete cases).
struct CoxCovariates {
  /// The covariate names that are not built in: the clinical attributes to read.
  static func attributeNames(_ names: [String]) -> [String] {
    names.filter { !builtIn.contains($0.lowercased()) }
  }

  static let builtIn: Set<String> = ["age", "sex", "stage", "source", "origin"]

  /// One covariate's values, `nil` where missing.
  enum Column {
    case numeric(String, [Double?])
    case categorical(String, [String?])

    var isMissing: [Bool] {
      switch self {
      case .numeric(_, let values): values.map { $0 == nil }
      case .categorical(_, let values): values.map { $0 == nil }
      }
    }

    /// The covariate on the given rows (all complete).
    func restricted(to rows: [Int]) -> CoxDesign.Covariate {
      switch self {
      case .numeric(let name, let values): .numeric(name: name, values: rows.map { values[$0] ?? 0 })
      case .categorical(let name, let values):
        .categorical(name: name + ": ", values: rows.map { values[$0] ?? "" })
      }
    }
  }

  var columns: [Column]
  /// Rows with every covariate present.
  var complete: [Int]

  /// Reads the covariates of each row.
  ///
  /// - Parameters:
  ///   - names: the query's `report.covariates`.
  ///   - facts: each row's follow-up facts.
  ///   - attributes: each clinical attribute's value on each row (`nil` where missing), by the
  ///     name the query wrote.
  init(_ names: [String], facts: [PatientFollowUp?], attributes: [String: [String?]] = [:]) {
    columns = names.compactMap { name -> Column? in
      if let values = attributes[name] { return Self.attribute(name, values) }
      return switch name.lowercased() {
      case "age": .numeric("age (per year)", facts.map { $0?.ageAtDiagnosis })
      case "sex": .categorical("sex", facts.map { $0.flatMap { $0.sex == .unknown ? nil : $0.sex.rawValue } })
      case "stage": .categorical("stage", facts.map { $0?.stage.flatMap(Self.mainStage) })
      case "source": .categorical("source", facts.map { $0?.source })
      case "origin":
        .categorical("origin", facts.map { $0.flatMap { $0.origin == .unknown ? nil : $0.origin.rawValue } })
      default: nil
      }
    }
    let missing = columns.map(\.isMissing)
    complete = facts.indices.filter { row in !missing.contains { $0[row] } }
  }

  /// A clinical attribute as a numeric covariate when every value present is a finite number
  /// (`ECOG`: 0, 1, 2), else as a categorical one (levels sorted, the first the reference, as R's
  /// `factor()`); `nil` when no row has a value.
  static func attribute(_ name: String, _ values: [String?]) -> Column? {
    let present = values.compactMap { $0 }
    guard !present.isEmpty else { return nil }
    let numbers = values.map { $0.flatMap(Double.init) }
    if numbers.compactMap({ $0 }).count == present.count, numbers.allSatisfy({ $0?.isFinite ?? true }) {
      return .numeric(name, numbers)
    }
    return .categorical(name, values)
  }

  /// Whether a covariate takes two values or more: a constant one (every patient of one source)
  /// has no estimable effect and would make the design singular, so it is left out.
  static func varies(_ covariate: CoxDesign.Covariate) -> Bool {
    switch covariate {
    case .numeric(_, let values): Set(values).count > 1
    case .categorical(_, let values, _): Set(values).count > 1
    }
  }

  /// `IVA` → `IV`, `IIIB` → `III`, `2` → `II`; `nil` when no stage is recognised.
  static func mainStage(_ stage: String) -> String? {
    let upper = stage.uppercased().replacingOccurrences(of: "STAGE", with: "").trimmingCharacters(
      in: .whitespaces)
    let arabic = ["1": "I", "2": "II", "3": "III", "4": "IV"]
    if let first = upper.first, let roman = arabic[String(first)] { return roman }
    for roman in ["IV", "III", "II", "I"] where upper.hasPrefix(roman) { return roman }
    return nil
  }
}
