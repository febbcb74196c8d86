#!/usr/bin/env python3
"""Writes Ontologies/ncit-neoplasms.owl, a small subset of NCI Thesaurus neoplasm concepts.

    python3 scripts/ontologies/neoplasms.py > Ontologies/ncit-neoplasms.owl

Each row: NCIt code, NCIt preferred name, parents (NCIt codes), OncoTree codes, synonyms.
An is_a edge here is a subsumption that holds in NCIt, possibly through intermediate concepts
left out of this subset. NCIt codes of concepts with an OncoTree code were checked against the
NCI cross-references of OncoTree 2025-10-03 (../shared/data/oncotree/).
"""
from xml.sax.saxutils import escape

NCIT = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl#"
ROWS = [
    ("C3262", "Neoplasm", [], [], ["Tumor", "Neoplasia"]),
    ("C9305", "Malignant Neoplasm", ["C3262"], [], ["Cancer", "Malignancy", "Malignant Tumor"]),
    ("C2916", "Carcinoma", ["C9305"], [], []),
    ("C2852", "Adenocarcinoma", ["C2916"], [], []),
    ("C2929", "Squamous Cell Carcinoma", ["C2916"], [], ["SCC"]),
    # Lung
    ("C4878", "Lung Carcinoma", ["C2916"], [], ["Lung Cancer", "cancer du poumon", "carcinome pulmonaire"]),
    ("C2926", "Lung Non-Small Cell Carcinoma", ["C4878"], ["NSCLC"],
     ["Non-Small Cell Lung Carcinoma", "Non-Small Cell Lung Cancer", "NSCLC", "CBNPC",
      "cancer bronchique non à petites cellules"]),
    ("C3512", "Lung Adenocarcinoma", ["C2926", "C2852"], ["LUAD"], ["adénocarcinome pulmonaire"]),
    ("C3493", "Lung Squamous Cell Carcinoma", ["C2926", "C2929"], ["LUSC"],
     ["carcinome épidermoïde pulmonaire"]),
    ("C4450", "Lung Large Cell Carcinoma", ["C2926"], ["LCLC"], []),
    ("C4917", "Lung Small Cell Carcinoma", ["C4878"], ["SCLC"],
     ["Small Cell Lung Carcinoma", "Small Cell Lung Cancer", "SCLC", "CBPC",
      "cancer bronchique à petites cellules"]),
    # Breast
    ("C4872", "Breast Carcinoma", ["C2916"], [], ["Breast Cancer", "cancer du sein"]),
    ("C9245", "Invasive Breast Carcinoma", ["C4872"], ["BRCA"], []),
    ("C4194", "Invasive Breast Carcinoma of No Special Type", ["C9245", "C2852"], ["IDC"],
     ["Invasive Ductal Carcinoma, Not Otherwise Specified", "Breast Invasive Ductal Carcinoma"]),
    ("C7950", "Invasive Lobular Breast Carcinoma", ["C9245", "C2852"], ["ILC"], []),
    # Colorectal
    ("C2955", "Colorectal Carcinoma", ["C2916"], [], ["Colorectal Cancer", "CRC", "cancer colorectal"]),
    ("C5105", "Colorectal Adenocarcinoma", ["C2955", "C2852"], ["COADREAD"], []),
    ("C4349", "Colon Adenocarcinoma", ["C5105"], ["COAD"], ["adénocarcinome du côlon"]),
    ("C9383", "Rectal Adenocarcinoma", ["C5105"], ["READ"], ["adénocarcinome du rectum"]),
    # Melanoma
    ("C3224", "Melanoma", ["C9305"], ["MEL"], ["Malignant Melanoma", "mélanome"]),
    ("C3510", "Cutaneous Melanoma", ["C3224"], ["SKCM"], ["mélanome cutané"]),
    ("C7712", "Uveal Melanoma", ["C3224"], ["UM"], ["mélanome uvéal"]),
    # Other solid tumours
    ("C8294", "Pancreatic Adenocarcinoma", ["C2852"], ["PAAD"], []),
    ("C2919", "Prostate Adenocarcinoma", ["C2852"], ["PRAD"], []),
    ("C4004", "Gastric Adenocarcinoma", ["C2852"], ["STAD"], ["Stomach Adenocarcinoma"]),
    ("C4025", "Esophageal Adenocarcinoma", ["C2852"], ["ESCA"], []),
    ("C3099", "Hepatocellular Carcinoma", ["C2916"], ["HCC"], ["carcinome hépatocellulaire", "CHC"]),
    ("C9385", "Renal Cell Carcinoma", ["C2916"], ["RCC"], ["carcinome à cellules rénales"]),
    ("C4033", "Clear Cell Renal Cell Carcinoma", ["C9385"], ["CCRCC"], ["Renal Clear Cell Carcinoma"]),
    ("C39851", "Bladder Urothelial Carcinoma", ["C2916"], ["BLCA"], []),
    ("C7558", "Endometrial Carcinoma", ["C2916"], ["UCEC"], []),
    ("C4035", "Thyroid Gland Papillary Carcinoma", ["C2916"], ["THPA"], ["Papillary Thyroid Carcinoma"]),
    ("C34447", "Head and Neck Squamous Cell Carcinoma", ["C2929"], ["HNSC"], ["HNSCC"]),
    ("C3058", "Glioblastoma", ["C9305"], ["GB"], ["GBM", "glioblastome"]),
    # Haematological malignancies
    ("C27134", "Hematopoietic and Lymphoid Cell Neoplasm", ["C3262"], [], ["Hematologic Neoplasm"]),
    ("C3161", "Leukemia", ["C27134", "C9305"], [], ["leucémie"]),
    ("C3171", "Acute Myeloid Leukemia", ["C3161"], ["AML"], ["AML", "LAM", "leucémie aiguë myéloïde"]),
    ("C3167", "Acute Lymphoblastic Leukemia", ["C3161"], [], ["ALL", "LAL", "leucémie aiguë lymphoblastique"]),
    ("C3163", "Chronic Lymphocytic Leukemia", ["C3161"], [], ["CLL", "LLC", "leucémie lymphoïde chronique"]),
    ("C3208", "Lymphoma", ["C27134", "C9305"], [], ["lymphome"]),
    ("C9357", "Hodgkin Lymphoma", ["C3208"], ["HL"], ["Hodgkin's Lymphoma", "lymphome de Hodgkin"]),
    ("C3211", "Non-Hodgkin Lymphoma", ["C3208"], ["NHL"], ["NHL", "lymphome non hodgkinien"]),
    ("C3209", "Follicular Lymphoma", ["C3211"], ["FL"], ["lymphome folliculaire"]),
    ("C3242", "Plasma Cell Myeloma", ["C27134", "C9305"], ["PCM"], ["Multiple Myeloma", "myélome multiple"]),
    ("C3247", "Myelodysplastic Syndrome", ["C27134"], ["MDS"], ["MDS", "syndrome myélodysplasique"]),
    ("C4345", "Myeloproliferative Neoplasm", ["C27134"], ["MPN"], ["MPN", "néoplasme myéloprolifératif"]),
]

# ICD-10 categories and ICD-O-3 morphology codes (behaviour /3) as cross-references, for the
# import's code harmonisation. An ICD-10 site category points to the nearest concept of this
# subset (C34 bronchus and lung -> Lung Carcinoma); its subcategories (C34.1) inherit it.
# Morphology codes point to the NCIt concept of the same histology, site-independent.
OTHER_XREFS = {
    "C9305": ["ICDO3:8000/3"],
    "C2916": ["ICDO3:8010/3"],
    "C2852": ["ICDO3:8140/3"],
    "C2929": ["ICDO3:8070/3"],
    "C4878": ["ICD10:C34"],
    "C4872": ["ICD10:C50"],
    "C2955": ["ICD10:C18", "ICD10:C19", "ICD10:C20"],
    "C3224": ["ICDO3:8720/3"],
    "C3510": ["ICD10:C43"],
    "C3099": ["ICDO3:8170/3"],
    "C9385": ["ICDO3:8312/3"],
    "C3058": ["ICDO3:9440/3"],
    "C3171": ["ICD10:C92.0", "ICDO3:9861/3"],
    "C3167": ["ICD10:C91.0"],
    "C3163": ["ICD10:C91.1", "ICDO3:9823/3"],
    "C9357": ["ICD10:C81", "ICDO3:9650/3"],
    "C3209": ["ICD10:C82", "ICDO3:9690/3"],
    "C3242": ["ICD10:C90.0", "ICDO3:9732/3"],
    "C3247": ["ICDO3:9989/3"],
}

codes = {row[0] for row in ROWS}
assert all(code in codes for code in OTHER_XREFS)
for code, _, parents, _, _ in ROWS:
    assert all(p in codes for p in parents), code
print('''<?xml version="1.0" encoding="UTF-8"?>
<!--
  ncit-neoplasms.owl: neoplasm concepts of the NCI Thesaurus for the major solid tumours and
  haematological malignancies, with their hierarchy and OncoTree codes, ICD-10 categories and
  ICD-O-3 morphology codes as cross-references.
  Origin: NCI Thesaurus (https://ncit.nci.nih.gov), codes and preferred names; authored for
  OncoCohort by scripts/ontologies/neoplasms.py. An is_a edge is a subsumption that holds in NCIt,
  possibly through concepts left out here. French names are synonyms with xml:lang="fr".
  Licence: NCIt is published by the National Cancer Institute under CC BY 4.0.
-->
<rdf:RDF xmlns="%s"
     xml:base="http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl"
     xmlns:owl="http://www.w3.org/2002/07/owl#"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
     xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
     xmlns:oboInOwl="http://www.geneontology.org/formats/oboInOwl#">
    <owl:Ontology rdf:about="http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl"/>''' % NCIT)
for code, label, parents, oncotree, synonyms in ROWS:
    print('\n    <owl:Class rdf:about="%s%s">' % (NCIT, code))
    for p in parents:
        print('        <rdfs:subClassOf rdf:resource="%s%s"/>' % (NCIT, p))
    print('        <rdfs:label xml:lang="en">%s</rdfs:label>' % escape(label))
    for s in synonyms:
        lang = ' xml:lang="fr"' if any(ord(ch) > 127 for ch in s) or s.islower() else ''
        print('        <oboInOwl:hasExactSynonym%s>%s</oboInOwl:hasExactSynonym>' % (lang, escape(s)))
    for o in oncotree:
        print('        <oboInOwl:hasDbXref>ONCOTREE:%s</oboInOwl:hasDbXref>' % o)
    for x in OTHER_XREFS.get(code, []):
        print('        <oboInOwl:hasDbXref>%s</oboInOwl:hasDbXref>' % x)
    print('    </owl:Class>')
print('</rdf:RDF>')
