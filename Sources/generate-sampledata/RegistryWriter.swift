/// Writes the registry as a cBioPortal study folder: meta files, clinical patient and sample
/// files with their four header rows, timelines (treatment, progression, specimen) in days since
/// diagnosis, MAF, discrete CNA, structural variants, two gene panels and the panel matrix.
///
/// Deliberate problem: one MAF row names a sample absent from the sample file
/// (`REG-99999-T1`), which the import rejects.
struct RegistryWriter {
  static let study = "onco_registry_2025"
  let patients: [SimulatedPatient]

  func write(to folder: OutputFolder) throws {
    let prefix = "registry/"
    for (name, text) in metaFiles() { try folder.write(prefix + name, text) }
    try folder.write(prefix + "data_clinical_patient.txt", patientFile())
    try folder.write(prefix + "data_clinical_sample.txt", sampleFile())
    try folder.write(prefix + "data_timeline_treatment.txt", treatmentTimeline())
    try folder.write(prefix + "data_timeline_progression.txt", progressionTimeline())
    try folder.write(prefix + "data_timeline_specimen.txt", specimenTimeline())
    try folder.write(prefix + "data_mutations.txt", mutations())
    try folder.write(prefix + "data_cna.txt", copyNumber())
    try folder.write(prefix + "data_sv.txt", structuralVariants())
    try folder.write(prefix + "data_gene_panel_matrix.txt", panelMatrix())
    try folder.write(
      prefix + "data_gene_panel_large.txt",
      panel(
        GeneCatalog.largePanelID, "Comprehensive solid-tumour panel, 50 genes (DNA)", GeneCatalog.largePanel))
    try folder.write(
      prefix + "data_gene_panel_small.txt",
      panel(GeneCatalog.smallPanelID, "Hotspot panel, 11 genes (DNA + RNA fusions)", GeneCatalog.smallPanel))
    try folder.write(prefix + "case_lists/cases_sequenced.txt", caseList())
  }

  private func metaFiles() -> [(String, String)] {
    let id = "cancer_study_identifier: \(Self.study)\n"
    func clinical(_ datatype: String, _ file: String) -> String {
      id + "genetic_alteration_type: CLINICAL\ndatatype: \(datatype)\ndata_filename: \(file)\n"
    }
    return [
      (
        "meta_study.txt",
        "type_of_cancer: mixed\n" + id
          + "name: OncoCohort synthetic registry of advanced cancers (2025)\n"
          + "description: Synthetic public-registry study written by OncoCohort's SampleData generator. No real patient.\n"
          + "short_name: Onco registry 2025\nadd_global_case_list: true\nreference_genome: hg38\n"
      ),
      ("meta_clinical_patient.txt", clinical("PATIENT_ATTRIBUTES", "data_clinical_patient.txt")),
      ("meta_clinical_sample.txt", clinical("SAMPLE_ATTRIBUTES", "data_clinical_sample.txt")),
      ("meta_timeline_treatment.txt", clinical("TIMELINE", "data_timeline_treatment.txt")),
      ("meta_timeline_progression.txt", clinical("TIMELINE", "data_timeline_progression.txt")),
      ("meta_timeline_specimen.txt", clinical("TIMELINE", "data_timeline_specimen.txt")),
      (
        "meta_mutations.txt",
        id + "genetic_alteration_type: MUTATION_EXTENDED\ndatatype: MAF\nstable_id: mutations\n"
          + "show_profile_in_analysis_tab: true\nprofile_name: Mutations\n"
          + "profile_description: Mutations from targeted sequencing (two panels).\ndata_filename: data_mutations.txt\n"
      ),
      (
        "meta_cna.txt",
        id + "genetic_alteration_type: COPY_NUMBER_ALTERATION\ndatatype: DISCRETE\nstable_id: cna\n"
          + "show_profile_in_analysis_tab: true\nprofile_name: Putative copy-number alterations\n"
          + "profile_description: Values: -2 = homozygous deletion; -1 = hemizygous deletion; 0 = neutral; 1 = gain; 2 = amplification.\n"
          + "data_filename: data_cna.txt\n"
      ),
      (
        "meta_sv.txt",
        id + "genetic_alteration_type: STRUCTURAL_VARIANT\ndatatype: SV\nstable_id: structural_variants\n"
          + "show_profile_in_analysis_tab: true\nprofile_name: Structural variants\n"
          + "profile_description: Fusions from the panels' RNA part.\ndata_filename: data_sv.txt\n"
      ),
      (
        "meta_gene_panel_matrix.txt",
        id + "genetic_alteration_type: GENE_PANEL_MATRIX\ndatatype: GENE_PANEL_MATRIX\n"
          + "data_filename: data_gene_panel_matrix.txt\n"
      ),
    ]
  }

  private func patientFile() -> String {
    var tsv = TSV()
    tsv.line("#Patient Identifier\tSex\tAge at Diagnosis\tOverall Survival Status\tOverall Survival (Months)")
    tsv.line(
      "#Identifier\tSex\tAge in years at diagnosis of advanced disease\tVital status\tMonths from diagnosis of advanced disease to death or last contact"
    )
    tsv.line("#STRING\tSTRING\tNUMBER\tSTRING\tNUMBER")
    tsv.line("#1\t1\t1\t1\t1")
    tsv.row(["PATIENT_ID", "SEX", "AGE", "OS_STATUS", "OS_MONTHS"])
    for p in patients {
      tsv.row([
        p.id, p.female ? "Female" : "Male", String(p.ageAtDiagnosis),
        p.deathDay == nil ? "0:LIVING" : "1:DECEASED",
        Format.fixed(Double(p.lastContactDay) / SimulationParameters.monthDays, 2),
      ])
    }
    return tsv.text
  }

  private func sampleFile() -> String {
    var tsv = TSV()
    tsv.line(
      "#Patient Identifier\tSample Identifier\tCancer Type\tCancer Type Detailed\tOncotree Code\tSample Type\tStage"
    )
    tsv.line(
      "#Identifier\tIdentifier\tCancer type\tCancer type detailed\tOncoTree code\tPrimary or metastasis\tStage at diagnosis"
    )
    tsv.line("#STRING\tSTRING\tSTRING\tSTRING\tSTRING\tSTRING\tSTRING")
    tsv.line("#1\t1\t1\t1\t1\t1\t1")
    tsv.row([
      "PATIENT_ID", "SAMPLE_ID", "CANCER_TYPE", "CANCER_TYPE_DETAILED", "ONCOTREE_CODE", "SAMPLE_TYPE",
      "STAGE",
    ])
    for p in patients {
      tsv.row([
        p.id, p.sampleID, p.cancer.cancerType, p.cancer.detailed, p.cancer.oncotree,
        p.metastaticSite == "Primary tumor" ? "Primary" : "Metastasis", p.stage,
      ])
    }
    return tsv.text
  }

  private func treatmentTimeline() -> String {
    var tsv = TSV()
    tsv.row(["PATIENT_ID", "START_DATE", "STOP_DATE", "EVENT_TYPE", "TREATMENT_TYPE", "SUBTYPE", "AGENT"])
    for p in patients {
      for e in p.exposures.sorted(by: { ($0.start, $0.drug) < ($1.start, $1.drug) }) {
        tsv.row([
          p.id, String(e.start), e.end.map(String.init) ?? "", "TREATMENT", "Medical Therapy",
          DrugNames.subtype(e.drug), DrugNames.registry(e.drug),
        ])
      }
    }
    return tsv.text
  }

  private func progressionTimeline() -> String {
    var tsv = TSV()
    tsv.row(["PATIENT_ID", "START_DATE", "STOP_DATE", "EVENT_TYPE", "STATUS", "SOURCE"])
    for p in patients {
      for day in p.progressionDays.sorted() {
        tsv.row([p.id, String(day), "", "STATUS", "Progression", "Imaging (RECIST 1.1)"])
      }
    }
    return tsv.text
  }

  private func specimenTimeline() -> String {
    var tsv = TSV()
    tsv.row([
      "PATIENT_ID", "START_DATE", "STOP_DATE", "EVENT_TYPE", "SAMPLE_ID", "SPECIMEN_SITE", "SPECIMEN_TYPE",
      "SOURCE",
    ])
    for p in patients {
      tsv.row([
        p.id, String(p.sequencingDay), "", "SPECIMEN", p.sampleID, p.metastaticSite, "Tissue",
        "Molecular report",
      ])
    }
    return tsv.text
  }

  private func mutations() -> String {
    var maf = MAFTable(center: "REGISTRY")
    for p in patients {
      for case .small(let variant, let vaf, let depth) in p.reported {
        maf.add(variant, sample: p.sampleID, normal: nil, vaf: vaf, depth: depth)
      }
    }
    // Deliberate problem: a sample that the sample file does not list.
    maf.add(GeneCatalog.krasG12C, sample: "REG-99999-T1", normal: nil, vaf: 0.31, depth: 412)
    return maf.text
  }

  private func copyNumber() -> String {
    let genes = ["ERBB2", "MET", "CDKN2A"]
    var tsv = TSV()
    tsv.row(["Hugo_Symbol", "Entrez_Gene_Id"] + patients.map(\.sampleID))
    for gene in genes {
      let entrez = GeneCatalog.genes[gene].map { String($0.entrez) } ?? (gene == "CDKN2A" ? "1029" : "")
      tsv.row(
        [gene, entrez]
          + patients.map { p in
            guard p.assesses(gene) else { return "NA" }
            let amplified = p.alterations.contains {
              if case .amplification(let g) = $0 { return g == gene }
              return false
            }
            return amplified ? "2" : "0"
          })
    }
    return tsv.text
  }

  private func structuralVariants() -> String {
    var tsv = TSV()
    tsv.row([
      "Sample_Id", "Site1_Hugo_Symbol", "Site1_Entrez_Gene_Id", "Site1_Ensembl_Transcript_Id",
      "Site1_Region_Number",
      "Site1_Chromosome", "Site1_Position", "Site1_Region", "Site2_Hugo_Symbol", "Site2_Entrez_Gene_Id",
      "Site2_Ensembl_Transcript_Id", "Site2_Region_Number", "Site2_Chromosome", "Site2_Position",
      "Site2_Region",
      "Site2_Effect_On_Frame", "NCBI_Build", "DNA_Support", "RNA_Support", "Tumor_Split_Read_Count",
      "Event_Info",
      "Class", "SV_Status",
    ])
    for p in patients {
      for case .fusion(let event, let reads) in p.reported {
        let five = GeneCatalog.genes[event.fivePrime]
        let three = GeneCatalog.genes[event.threePrime]
        tsv.row([
          p.sampleID, event.fivePrime, five.map { String($0.entrez) } ?? "", five?.transcript ?? "",
          String(event.fivePrimeIntron), event.fivePrimeChromosome, String(event.fivePrimePosition), "INTRON",
          event.threePrime, three.map { String($0.entrez) } ?? "", three?.transcript ?? "",
          String(event.threePrimeIntron), event.threePrimeChromosome, String(event.threePrimePosition),
          "INTRON",
          "In_frame", "GRCh38", "no", "yes", String(reads), "\(event.fivePrime)-\(event.threePrime) fusion",
          "FUSION", "SOMATIC",
        ])
      }
    }
    return tsv.text
  }

  private func panelMatrix() -> String {
    var tsv = TSV()
    tsv.row(["SAMPLE_ID", "mutations", "cna", "structural_variants"])
    for p in patients {
      let panel = p.panel ?? "NA"
      tsv.row([p.sampleID, panel, panel, panel])
    }
    return tsv.text
  }

  private func panel(_ id: String, _ description: String, _ genes: [String]) -> String {
    "stable_id: \(id)\ndescription: \(description)\ngene_list: " + genes.joined(separator: "\t") + "\n"
  }

  private func caseList() -> String {
    "cancer_study_identifier: \(Self.study)\nstable_id: \(Self.study)_sequenced\n"
      + "case_list_name: Sequenced samples\ncase_list_description: All samples with a molecular report.\n"
      + "case_list_ids: " + patients.map(\.sampleID).joined(separator: "\t") + "\n"
  }
}
