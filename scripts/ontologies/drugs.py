#!/usr/bin/env python3
"""Writes Ontologies/antineoplastic-drugs.owl: ATC L01/L02 classes and the substances used in
lung, colorectal, breast, melanoma and haematological cancers, plus target-based classes that
ATC does not have (ROS1, MET, RET, NTRK, KRAS G12C inhibitors, immune checkpoint inhibitors).

    python3 scripts/ontologies/drugs.py > Ontologies/antineoplastic-drugs.owl

Substance codes are ATC 2024 (checked against the ATC-DE 2024 value set of the German Medical
Informatics Initiative); classes are WHO ATC levels. Target-based classes live in the project's
own namespace ONCODRUG (urn:oncocohort:drug:). French names (DCI) and brand names are synonyms.
"""
from xml.sax.saxutils import escape

ATC = "http://purl.bioontology.org/ontology/ATC/"
LOCAL = "urn:oncocohort:drug:"

# ATC classes: code, WHO name, parent code (None for the top), French name.
CLASSES = [
    ("L01", "ANTINEOPLASTIC AGENTS", None, "antinéoplasiques"),
    ("L01A", "ALKYLATING AGENTS", "L01", "agents alkylants"),
    ("L01AA", "Nitrogen mustard analogues", "L01A", None),
    ("L01AX", "Other alkylating agents", "L01A", None),
    ("L01B", "ANTIMETABOLITES", "L01", "antimétabolites"),
    ("L01BA", "Folic acid analogues", "L01B", "analogues de l'acide folique"),
    ("L01BC", "Pyrimidine analogues", "L01B", "analogues de la pyrimidine"),
    ("L01C", "PLANT ALKALOIDS AND OTHER NATURAL PRODUCTS", "L01", None),
    ("L01CA", "Vinca alkaloids and analogues", "L01C", "alcaloïdes de la pervenche"),
    ("L01CB", "Podophyllotoxin derivatives", "L01C", None),
    ("L01CD", "Taxanes", "L01C", "taxanes"),
    ("L01CE", "Topoisomerase 1 (TOP1) inhibitors", "L01C", "inhibiteurs de la topoisomérase 1"),
    ("L01D", "CYTOTOXIC ANTIBIOTICS AND RELATED SUBSTANCES", "L01", None),
    ("L01DB", "Anthracyclines and related substances", "L01D", "anthracyclines"),
    ("L01E", "PROTEIN KINASE INHIBITORS", "L01", "inhibiteurs de protéine kinase"),
    ("L01EA", "BCR-ABL tyrosine kinase inhibitors", "L01E", None),
    ("L01EB", "Epidermal growth factor receptor (EGFR) tyrosine kinase inhibitors", "L01E",
     "inhibiteurs de tyrosine kinase de l'EGFR"),
    ("L01EC", "B-Raf serine-threonine kinase (BRAF) inhibitors", "L01E", "inhibiteurs de BRAF"),
    ("L01ED", "Anaplastic lymphoma kinase (ALK) inhibitors", "L01E", "inhibiteurs d'ALK"),
    ("L01EE", "Mitogen-activated protein kinase (MEK) inhibitors", "L01E", "inhibiteurs de MEK"),
    ("L01EF", "Cyclin-dependent kinase (CDK) inhibitors", "L01E", "inhibiteurs de CDK4/6"),
    ("L01EH", "Human epidermal growth factor receptor 2 (HER2) tyrosine kinase inhibitors", "L01E", None),
    ("L01EX", "Other protein kinase inhibitors", "L01E", None),
    ("L01F", "MONOCLONAL ANTIBODIES AND ANTIBODY DRUG CONJUGATES", "L01", "anticorps monoclonaux"),
    ("L01FA", "CD20 (Clusters of Differentiation 20) inhibitors", "L01F", None),
    ("L01FD", "HER2 (Human Epidermal Growth Factor Receptor 2) inhibitors", "L01F", None),
    ("L01FE", "EGFR (Epidermal Growth Factor Receptor) inhibitors", "L01F", None),
    ("L01FF", "PD-1/PDL-1 (Programmed cell death protein 1/death ligand 1) inhibitors", "L01F",
     "inhibiteurs de PD-1/PD-L1"),
    ("L01FG", "VEGF/VEGFR (Vascular Endothelial Growth Factor) inhibitors", "L01F", None),
    ("L01FX", "Other monoclonal antibodies and antibody drug conjugates", "L01F", None),
    ("L01X", "OTHER ANTINEOPLASTIC AGENTS", "L01", None),
    ("L01XA", "Platinum compounds", "L01X", "sels de platine"),
    ("L01XK", "Poly (ADP-ribose) polymerase (PARP) inhibitors", "L01X", "inhibiteurs de PARP"),
    ("L01XX", "Other antineoplastic agents", "L01X", None),
    ("L02", "ENDOCRINE THERAPY", None, "hormonothérapie"),
    ("L02A", "HORMONES AND RELATED AGENTS", "L02", None),
    ("L02AE", "Gonadotropin releasing hormone analogues", "L02A", "analogues de la GnRH"),
    ("L02B", "HORMONE ANTAGONISTS AND RELATED AGENTS", "L02", None),
    ("L02BA", "Anti-estrogens", "L02B", "anti-estrogènes"),
    ("L02BB", "Anti-androgens", "L02B", "anti-androgènes"),
    ("L02BG", "Aromatase inhibitors", "L02B", "inhibiteurs de l'aromatase"),
    ("L02BX", "Other hormone antagonists and related agents", "L02B", None),
]

# Target-based classes (ONCODRUG): id, label, parents (ATC codes or ONCODRUG ids), French name.
TARGET_CLASSES = [
    ("EGFR_INHIBITOR", "EGFR inhibitor", [], "inhibiteur de l'EGFR"),
    ("EGFR_TKI", "EGFR tyrosine kinase inhibitor", ["EGFR_INHIBITOR"], "ITK de l'EGFR"),
    ("HER2_TARGETED", "HER2-targeted agent", [], "anti-HER2"),
    ("ALK_INHIBITOR", "ALK inhibitor", [], "inhibiteur d'ALK"),
    ("ROS1_INHIBITOR", "ROS1 inhibitor", [], "inhibiteur de ROS1"),
    ("MET_INHIBITOR", "MET inhibitor", [], "inhibiteur de MET"),
    ("RET_INHIBITOR", "RET inhibitor", [], "inhibiteur de RET"),
    ("NTRK_INHIBITOR", "TRK inhibitor", [], "inhibiteur de TRK"),
    ("KRAS_G12C_INHIBITOR", "KRAS G12C inhibitor", [], "inhibiteur de KRAS G12C"),
    ("BRAF_INHIBITOR", "BRAF inhibitor", [], "inhibiteur de BRAF"),
    ("MEK_INHIBITOR", "MEK inhibitor", [], "inhibiteur de MEK"),
    ("IMMUNE_CHECKPOINT_INHIBITOR", "Immune checkpoint inhibitor", [], "inhibiteur de point de contrôle immunitaire"),
    ("PD1_INHIBITOR", "Anti-PD-1 antibody", ["IMMUNE_CHECKPOINT_INHIBITOR"], "anti-PD-1"),
    ("PDL1_INHIBITOR", "Anti-PD-L1 antibody", ["IMMUNE_CHECKPOINT_INHIBITOR"], "anti-PD-L1"),
    ("CTLA4_INHIBITOR", "Anti-CTLA-4 antibody", ["IMMUNE_CHECKPOINT_INHIBITOR"], "anti-CTLA-4"),
]
# ATC classes placed under a target-based class as well.
CLASS_LINKS = {"L01EB": ["EGFR_TKI"], "L01FE": ["EGFR_INHIBITOR"], "L01FD": ["HER2_TARGETED"],
               "L01EH": ["HER2_TARGETED"], "L01ED": ["ALK_INHIBITOR"], "L01EC": ["BRAF_INHIBITOR"],
               "L01EE": ["MEK_INHIBITOR"]}

# Substances: ATC 2024 code, INN, ATC parent, extra parents (ONCODRUG), French DCI, brand names.
DRUGS = [
    ("L01AA01", "cyclophosphamide", "L01AA", [], "cyclophosphamide", ["Endoxan"]),
    ("L01AX03", "temozolomide", "L01AX", [], "témozolomide", ["Temodal", "Temodar"]),
    ("L01BA01", "methotrexate", "L01BA", [], "méthotrexate", []),
    ("L01BA04", "pemetrexed", "L01BA", [], "pémétrexed", ["Alimta"]),
    ("L01BC02", "fluorouracil", "L01BC", [], "fluorouracile", ["5-FU"]),
    ("L01BC05", "gemcitabine", "L01BC", [], "gemcitabine", ["Gemzar"]),
    ("L01BC06", "capecitabine", "L01BC", [], "capécitabine", ["Xeloda"]),
    ("L01CA04", "vinorelbine", "L01CA", [], "vinorelbine", ["Navelbine"]),
    ("L01CB01", "etoposide", "L01CB", [], "étoposide", []),
    ("L01CD01", "paclitaxel", "L01CD", [], "paclitaxel", ["Taxol"]),
    ("L01CD02", "docetaxel", "L01CD", [], "docétaxel", ["Taxotere"]),
    ("L01CD04", "cabazitaxel", "L01CD", [], "cabazitaxel", ["Jevtana"]),
    ("L01CE01", "topotecan", "L01CE", [], "topotécan", ["Hycamtin"]),
    ("L01CE02", "irinotecan", "L01CE", [], "irinotécan", ["Campto", "Camptosar"]),
    ("L01DB01", "doxorubicin", "L01DB", [], "doxorubicine", ["Adriamycin"]),
    ("L01EA01", "imatinib", "L01EA", [], "imatinib", ["Glivec", "Gleevec"]),
    ("L01EA02", "dasatinib", "L01EA", [], "dasatinib", ["Sprycel"]),
    ("L01EA03", "nilotinib", "L01EA", [], "nilotinib", ["Tasigna"]),
    ("L01EB01", "gefitinib", "L01EB", [], "géfitinib", ["Iressa"]),
    ("L01EB02", "erlotinib", "L01EB", [], "erlotinib", ["Tarceva"]),
    ("L01EB03", "afatinib", "L01EB", [], "afatinib", ["Giotrif", "Gilotrif"]),
    ("L01EB04", "osimertinib", "L01EB", [], "osimertinib", ["Tagrisso"]),
    ("L01EB07", "dacomitinib", "L01EB", [], "dacomitinib", ["Vizimpro"]),
    ("L01EC01", "vemurafenib", "L01EC", [], "vémurafénib", ["Zelboraf"]),
    ("L01EC02", "dabrafenib", "L01EC", [], "dabrafénib", ["Tafinlar"]),
    ("L01EC03", "encorafenib", "L01EC", [], "encorafénib", ["Braftovi"]),
    ("L01ED01", "crizotinib", "L01ED", ["ROS1_INHIBITOR", "MET_INHIBITOR"], "crizotinib", ["Xalkori"]),
    ("L01ED02", "ceritinib", "L01ED", [], "céritinib", ["Zykadia"]),
    ("L01ED03", "alectinib", "L01ED", [], "alectinib", ["Alecensa"]),
    ("L01ED04", "brigatinib", "L01ED", [], "brigatinib", ["Alunbrig"]),
    ("L01ED05", "lorlatinib", "L01ED", [], "lorlatinib", ["Lorviqua", "Lorbrena"]),
    ("L01EE01", "trametinib", "L01EE", [], "tramétinib", ["Mekinist"]),
    ("L01EE02", "cobimetinib", "L01EE", [], "cobimétinib", ["Cotellic"]),
    ("L01EE03", "binimetinib", "L01EE", [], "binimétinib", ["Mektovi"]),
    ("L01EF01", "palbociclib", "L01EF", [], "palbociclib", ["Ibrance"]),
    ("L01EF02", "ribociclib", "L01EF", [], "ribociclib", ["Kisqali"]),
    ("L01EF03", "abemaciclib", "L01EF", [], "abémaciclib", ["Verzenios", "Verzenio"]),
    ("L01EH01", "lapatinib", "L01EH", [], "lapatinib", ["Tyverb", "Tykerb"]),
    ("L01EH02", "neratinib", "L01EH", [], "nératinib", ["Nerlynx"]),
    ("L01EH03", "tucatinib", "L01EH", [], "tucatinib", ["Tukysa"]),
    ("L01EX12", "larotrectinib", "L01EX", ["NTRK_INHIBITOR"], "larotrectinib", ["Vitrakvi"]),
    ("L01EX14", "entrectinib", "L01EX", ["NTRK_INHIBITOR", "ROS1_INHIBITOR"], "entrectinib", ["Rozlytrek"]),
    ("L01EX17", "capmatinib", "L01EX", ["MET_INHIBITOR"], "capmatinib", ["Tabrecta"]),
    ("L01EX21", "tepotinib", "L01EX", ["MET_INHIBITOR"], "tépotinib", ["Tepmetko"]),
    ("L01EX22", "selpercatinib", "L01EX", ["RET_INHIBITOR"], "selpercatinib", ["Retsevmo"]),
    ("L01EX23", "pralsetinib", "L01EX", ["RET_INHIBITOR"], "pralsétinib", ["Gavreto"]),
    ("L01FA01", "rituximab", "L01FA", [], "rituximab", ["MabThera", "Rituxan"]),
    ("L01FD01", "trastuzumab", "L01FD", [], "trastuzumab", ["Herceptin"]),
    ("L01FD02", "pertuzumab", "L01FD", [], "pertuzumab", ["Perjeta"]),
    ("L01FD03", "trastuzumab emtansine", "L01FD", [], "trastuzumab emtansine", ["Kadcyla", "T-DM1"]),
    ("L01FD04", "trastuzumab deruxtecan", "L01FD", [], "trastuzumab déruxtécan", ["Enhertu", "T-DXd"]),
    ("L01FE01", "cetuximab", "L01FE", [], "cétuximab", ["Erbitux"]),
    ("L01FE02", "panitumumab", "L01FE", [], "panitumumab", ["Vectibix"]),
    ("L01FF01", "nivolumab", "L01FF", ["PD1_INHIBITOR"], "nivolumab", ["Opdivo"]),
    ("L01FF02", "pembrolizumab", "L01FF", ["PD1_INHIBITOR"], "pembrolizumab", ["Keytruda"]),
    ("L01FF03", "durvalumab", "L01FF", ["PDL1_INHIBITOR"], "durvalumab", ["Imfinzi"]),
    ("L01FF04", "avelumab", "L01FF", ["PDL1_INHIBITOR"], "avélumab", ["Bavencio"]),
    ("L01FF05", "atezolizumab", "L01FF", ["PDL1_INHIBITOR"], "atézolizumab", ["Tecentriq"]),
    ("L01FF06", "cemiplimab", "L01FF", ["PD1_INHIBITOR"], "cémiplimab", ["Libtayo"]),
    ("L01FG01", "bevacizumab", "L01FG", [], "bévacizumab", ["Avastin"]),
    ("L01FX04", "ipilimumab", "L01FX", ["CTLA4_INHIBITOR"], "ipilimumab", ["Yervoy"]),
    ("L01FX20", "tremelimumab", "L01FX", ["CTLA4_INHIBITOR"], "trémélimumab", ["Imjudo"]),
    ("L01XA01", "cisplatin", "L01XA", [], "cisplatine", []),
    ("L01XA02", "carboplatin", "L01XA", [], "carboplatine", []),
    ("L01XA03", "oxaliplatin", "L01XA", [], "oxaliplatine", ["Eloxatin"]),
    ("L01XK01", "olaparib", "L01XK", [], "olaparib", ["Lynparza"]),
    ("L01XX73", "sotorasib", "L01XX", ["KRAS_G12C_INHIBITOR"], "sotorasib", ["Lumykras", "Lumakras"]),
    ("L01XX77", "adagrasib", "L01XX", ["KRAS_G12C_INHIBITOR"], "adagrasib", ["Krazati"]),
    ("L02AE02", "leuprorelin", "L02AE", [], "leuproréline", ["Eligard"]),
    ("L02AE03", "goserelin", "L02AE", [], "goséréline", ["Zoladex"]),
    ("L02BA01", "tamoxifen", "L02BA", [], "tamoxifène", ["Nolvadex"]),
    ("L02BA03", "fulvestrant", "L02BA", [], "fulvestrant", ["Faslodex"]),
    ("L02BB03", "bicalutamide", "L02BB", [], "bicalutamide", ["Casodex"]),
    ("L02BB04", "enzalutamide", "L02BB", [], "enzalutamide", ["Xtandi"]),
    ("L02BG03", "anastrozole", "L02BG", [], "anastrozole", ["Arimidex"]),
    ("L02BG04", "letrozole", "L02BG", [], "létrozole", ["Femara"]),
    ("L02BG06", "exemestane", "L02BG", [], "exémestane", ["Aromasin"]),
    ("L02BX03", "abiraterone", "L02BX", [], "abiratérone", ["Zytiga"]),
]


def iri(code):
    return (ATC + code) if code[0] == "L" and code[1:3].isdigit() else (LOCAL + code)


def cls(out, code, label, parents, french, brands=(), kind=None):
    out.append('\n    <owl:Class rdf:about="%s">' % iri(code))
    for p in parents:
        out.append('        <rdfs:subClassOf rdf:resource="%s"/>' % iri(p))
    out.append('        <rdfs:label xml:lang="en">%s</rdfs:label>' % escape(label))
    if french and french != label:
        out.append('        <oboInOwl:hasExactSynonym xml:lang="fr">%s</oboInOwl:hasExactSynonym>' % escape(french))
    for b in brands:
        out.append('        <oboInOwl:hasExactSynonym>%s</oboInOwl:hasExactSynonym>' % escape(b))
    out.append('    </owl:Class>')


out = ['''<?xml version="1.0" encoding="UTF-8"?>
<!--
  antineoplastic-drugs.owl: ATC L01/L02 classes and antineoplastic substances used in lung,
  colorectal, breast, melanoma and haematological cancers, with target-based classes
  (ONCODRUG:, this project's namespace) for groupings ATC lacks.
  Origin: WHO ATC classification, 2024 version (codes and class names, WHO Collaborating Centre
  for Drug Statistics Methodology; substance codes checked against the ATC-DE 2024 value set);
  French names are the DCI; brand names are trade marks of their owners, listed as synonyms.
  Authored for OncoCohort by scripts/ontologies/drugs.py. Licence: the ATC codes are reproduced
  as identifiers (WHO permits non-commercial reuse with attribution); this file: Apache-2.0.
-->
<rdf:RDF xmlns:owl="http://www.w3.org/2002/07/owl#"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
     xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
     xmlns:oboInOwl="http://www.geneontology.org/formats/oboInOwl#">
    <owl:Ontology rdf:about="urn:oncocohort:drug:antineoplastic-drugs"/>''']
known = {c[0] for c in CLASSES} | {c[0] for c in TARGET_CLASSES}
for code, label, parent, french in CLASSES:
    cls(out, code, label, ([parent] if parent else []) + CLASS_LINKS.get(code, []), french)
for code, label, parents, french in TARGET_CLASSES:
    assert all(p in known for p in parents)
    cls(out, code, label, parents, french)
for code, inn, parent, extra, french, brands in DRUGS:
    assert parent in known and all(p in known for p in extra) and code.startswith(parent)
    cls(out, code, inn, [parent] + extra, french, brands)
out.append('</rdf:RDF>')
print("\n".join(out))
