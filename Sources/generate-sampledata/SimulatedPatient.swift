/// The three data sources of the dataset, each written in its own format.
enum DataSource: String, CaseIterable {
  case registry, hospital, industry
}

/// The cancers of the dataset, with their codes in the vocabularies each source uses.
enum CancerType: CaseIterable {
  case lungAdenocarcinoma, lungSquamous, nsclcOther, colorectal, melanoma, breast

  var isLung: Bool { self == .lungAdenocarcinoma || self == .lungSquamous || self == .nsclcOther }

  var oncotree: String {
    switch self {
    case .lungAdenocarcinoma: "LUAD"
    case .lungSquamous: "LUSC"
    case .nsclcOther: "NSCLC"
    case .colorectal: "COAD"
    case .melanoma: "SKCM"
    case .breast: "IDC"
    }
  }

  var cancerType: String {
    switch self {
    case .lungAdenocarcinoma, .lungSquamous, .nsclcOther: "Non-Small Cell Lung Cancer"
    case .colorectal: "Colorectal Cancer"
    case .melanoma: "Melanoma"
    case .breast: "Breast Cancer"
    }
  }

  var detailed: String {
    switch self {
    case .lungAdenocarcinoma: "Lung Adenocarcinoma"
    case .lungSquamous: "Lung Squamous Cell Carcinoma"
    case .nsclcOther: "Non-Small Cell Lung Cancer"
    case .colorectal: "Colon Adenocarcinoma"
    case .melanoma: "Cutaneous Melanoma"
    case .breast: "Breast Invasive Ductal Carcinoma"
    }
  }

  /// ICD-10 topography candidates (the generator picks one).
  var icd10: [String] {
    switch self {
    case .lungAdenocarcinoma, .lungSquamous, .nsclcOther: ["C34.1", "C34.1", "C34.3", "C34.2", "C34.9"]
    case .colorectal: ["C18.7", "C18.2", "C18.0", "C18.4"]
    case .melanoma: ["C43.5", "C43.6", "C43.7", "C43.4"]
    case .breast: ["C50.4", "C50.9", "C50.2"]
    }
  }

  /// ICD-O-3 morphology and its label.
  var icdo3: (code: String, label: String) {
    switch self {
    case .lungAdenocarcinoma: ("8140/3", "Adenocarcinoma, NOS")
    case .lungSquamous: ("8070/3", "Squamous cell carcinoma, NOS")
    case .nsclcOther: ("8046/3", "Non-small cell carcinoma")
    case .colorectal: ("8140/3", "Adenocarcinoma, NOS")
    case .melanoma: ("8720/3", "Malignant melanoma, NOS")
    case .breast: ("8500/3", "Infiltrating duct carcinoma, NOS")
    }
  }

  /// French label, as a French hospital warehouse writes it.
  var frenchLabel: String {
    switch self {
    case .lungAdenocarcinoma: "Adénocarcinome pulmonaire"
    case .lungSquamous: "Carcinome épidermoïde pulmonaire"
    case .nsclcOther: "Carcinome bronchique non à petites cellules"
    case .colorectal: "Adénocarcinome colique"
    case .melanoma: "Mélanome cutané"
    case .breast: "Carcinome canalaire infiltrant du sein"
    }
  }
}

/// One molecular alteration a patient's tumour truly carries (reported if the panel covers it).
enum SimulatedAlteration {
  case small(HotspotVariant, vaf: Double, depth: Int)
  case amplification(gene: String)
  case fusion(FusionEvent, supportingReads: Int)

  var gene: String {
    switch self {
    case .small(let variant, _, _): variant.gene
    case .amplification(let gene): gene
    case .fusion(let event, _): event.threePrime
    }
  }

  /// The genes a panel must cover for the alteration to be reported.
  var genes: [String] {
    switch self {
    case .fusion(let event, _): [event.threePrime]
    default: [gene]
    }
  }
}

/// One drug exposure, in days after the diagnosis of advanced disease (both ends inclusive).
struct Exposure {
  /// Generic (INN) name, lower case, as in the drug ontology.
  var drug: String
  var start: Int
  var end: Int?
  /// The line of therapy the simulation gave it (for the README's figures, not written out).
  var line: Int
}

/// A simulated patient: the truth from which every source's files are written.
///
/// Days are counted from the diagnosis of advanced disease (day 0); calendar sources add
/// ``diagnosisDate``.
struct SimulatedPatient {
  var number: Int
  var source: DataSource
  var id: String
  var sampleID: String
  var cancer: CancerType
  var icd10: String
  var female: Bool
  var ageAtDiagnosis: Int
  /// Calendar day (since 1970-01-01) of the diagnosis of advanced disease.
  var diagnosisDate: Int
  var birthDate: Int
  var stage: String
  var alterations: [SimulatedAlteration] = []
  /// Registry only: the panel the sample was sequenced with.
  var panel: String?
  /// Day the tumour sample was sequenced (molecular report), after diagnosis.
  var sequencingDay: Int
  var deathDay: Int?
  /// Last day known alive, or the death day.
  var lastContactDay: Int
  var exposures: [Exposure] = []
  var progressionDays: [Int] = []
  /// Whether the hospital VCF is a tumour/normal pair.
  var pairedNormal = false
  /// Where the sequenced specimen was taken (primary tumour or a metastasis site).
  var metastaticSite: String

  func carries(_ gene: String) -> Bool { alterations.contains { $0.gene == gene } }

  /// Whether the patient's panel assessed `gene` (sources without panels assess every gene).
  func assesses(_ gene: String) -> Bool {
    switch panel {
    case GeneCatalog.smallPanelID: GeneCatalog.smallPanel.contains(gene)
    case GeneCatalog.largePanelID: GeneCatalog.largePanel.contains(gene)
    default: true
    }
  }

  /// The alterations the sequencing reported: those on genes the panel covers.
  var reported: [SimulatedAlteration] {
    alterations.filter { $0.genes.allSatisfy(assesses) }
  }
}
