/// How each source names a drug: the registry by its generic name, the hospital by its French
/// name (DCI, upper case, as French prescription software exports it), the industry partner by
/// its brand name where the drug has one in the shipped ontology.
enum DrugNames {
  static func registry(_ drug: String) -> String {
    drug.prefix(1).uppercased() + drug.dropFirst()
  }

  static let french: [String: String] = [
    "carboplatin": "CARBOPLATINE", "cisplatin": "CISPLATINE", "oxaliplatin": "OXALIPLATINE",
    "fluorouracil": "FLUOROURACILE", "pemetrexed": "PÉMÉTREXED", "docetaxel": "DOCÉTAXEL",
    "irinotecan": "IRINOTÉCAN", "capecitabine": "CAPÉCITABINE", "bevacizumab": "BÉVACIZUMAB",
    "cetuximab": "CÉTUXIMAB", "dabrafenib": "DABRAFÉNIB", "trametinib": "TRAMÉTINIB",
    "encorafenib": "ENCORAFÉNIB", "letrozole": "LÉTROZOLE", "tepotinib": "TÉPOTINIB",
    "trastuzumab deruxtecan": "TRASTUZUMAB DÉRUXTÉCAN",
  ]

  static func hospital(_ drug: String) -> String {
    french[drug] ?? drug.uppercased()
  }

  static let brands: [String: String] = [
    "osimertinib": "Tagrisso", "sotorasib": "Lumakras", "adagrasib": "Krazati", "pembrolizumab": "Keytruda",
    "pemetrexed": "Alimta", "alectinib": "Alecensa", "lorlatinib": "Lorbrena", "crizotinib": "Xalkori",
    "docetaxel": "Taxotere", "paclitaxel": "Taxol", "gemcitabine": "Gemzar", "capmatinib": "Tabrecta",
    "tepotinib": "Tepmetko", "dabrafenib": "Tafinlar", "trametinib": "Mekinist", "encorafenib": "Braftovi",
    "cetuximab": "Erbitux", "bevacizumab": "Avastin", "irinotecan": "Camptosar", "oxaliplatin": "Eloxatin",
    "capecitabine": "Xeloda", "trastuzumab": "Herceptin", "pertuzumab": "Perjeta",
    "trastuzumab deruxtecan": "Enhertu", "letrozole": "Femara", "palbociclib": "Ibrance",
    "fulvestrant": "Faslodex", "nivolumab": "Opdivo", "ipilimumab": "Yervoy", "fluorouracil": "5-FU",
  ]

  static func industry(_ drug: String) -> String {
    brands[drug] ?? drug
  }

  /// cBioPortal timeline `SUBTYPE`.
  static func subtype(_ drug: String) -> String {
    switch drug {
    case "pembrolizumab", "nivolumab", "ipilimumab": "Immunotherapy"
    case "letrozole", "fulvestrant": "Hormone Therapy"
    case "carboplatin", "cisplatin", "oxaliplatin", "pemetrexed", "paclitaxel", "docetaxel", "gemcitabine",
      "fluorouracil", "irinotecan", "capecitabine":
      "Chemotherapy"
    default: "Targeted Therapy"
    }
  }
}
