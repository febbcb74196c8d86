import OncoModel

extension LineOfTherapy {
  enum CodingKeys: String, CodingKey {
    case number, regimen, additions
    case startDay = "start_day"
    case endDay = "end_day"
    case endReason = "end_reason"
    case isMaintenance = "maintenance"
    case maintenanceStartDay = "maintenance_start_day"
    case isBeforeIndex = "before_index"
    case exposures, explanation
  }

  enum ExposureKeys: String, CodingKey {
    case agent, concept
    case startDay = "start_day"
    case endDay = "end_day"
  }

  /// Encodes the line with `snake_case` keys, days as integers and absent values as `null`.
  ///
  /// Exposures are `{"agent", "concept", "start_day", "end_day"}`; the explanation is a list of
  /// ``LineExplanation`` steps.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(number, forKey: .number)
    try container.encode(regimen, forKey: .regimen)
    try container.encode(additions, forKey: .additions)
    try container.encode(startDay.value, forKey: .startDay)
    try container.encode(endDay.value, forKey: .endDay)
    try container.encode(endReason, forKey: .endReason)
    try container.encode(isMaintenance, forKey: .isMaintenance)
    try container.encode(maintenanceStartDay?.value, forKey: .maintenanceStartDay)
    try container.encode(isBeforeIndex, forKey: .isBeforeIndex)
    var list = container.nestedUnkeyedContainer(forKey: .exposures)
    for exposure in exposures {
      var item = list.nestedContainer(keyedBy: ExposureKeys.self)
      try item.encode(exposure.agent, forKey: .agent)
      try item.encode(exposure.concept, forKey: .concept)
      try item.encode(exposure.startDay.value, forKey: .startDay)
      try item.encode(exposure.endDay?.value, forKey: .endDay)
    }
    try container.encode(explanation, forKey: .explanation)
  }
}
