#!/usr/bin/env python3
"""Writes Ontologies/icd10-neoplasms.claml.xml: ICD-10 chapter II (Neoplasms), its blocks, and
the categories and subcategories for lung (C34), colorectal (C18-C20), melanoma (C43) and breast
(C50) cancer, with the English (WHO) and French (CIM-10, ATIH) labels.

    python3 scripts/ontologies/icd10.py > Ontologies/icd10-neoplasms.claml.xml
"""
from xml.sax.saxutils import escape, quoteattr

# code, kind, parent, English, French
ROWS = [
    ("II", "chapter", None, "Neoplasms", "Tumeurs"),
    ("C00-C97", "block", "II", "Malignant neoplasms", "Tumeurs malignes"),
    ("C00-C75", "block", "C00-C97",
     "Malignant neoplasms, stated or presumed to be primary, of specified sites, except of lymphoid, haematopoietic and related tissue",
     "Tumeurs malignes, primitives ou présumées primitives, de sièges précisés, à l'exception des tissus lymphoïde, hématopoïétique et apparentés"),
    ("C00-C14", "block", "C00-C75", "Malignant neoplasms of lip, oral cavity and pharynx",
     "Tumeurs malignes de la lèvre, de la cavité buccale et du pharynx"),
    ("C15-C26", "block", "C00-C75", "Malignant neoplasms of digestive organs",
     "Tumeurs malignes des organes digestifs"),
    ("C30-C39", "block", "C00-C75", "Malignant neoplasms of respiratory and intrathoracic organs",
     "Tumeurs malignes des organes respiratoires et intrathoraciques"),
    ("C40-C41", "block", "C00-C75", "Malignant neoplasms of bone and articular cartilage",
     "Tumeurs malignes des os et du cartilage articulaire"),
    ("C43-C44", "block", "C00-C75", "Melanoma and other malignant neoplasms of skin",
     "Mélanome malin et autres tumeurs malignes de la peau"),
    ("C45-C49", "block", "C00-C75", "Malignant neoplasms of mesothelial and soft tissue",
     "Tumeurs malignes du tissu mésothélial et des tissus mous"),
    ("C50-C50", "block", "C00-C75", "Malignant neoplasm of breast", "Tumeur maligne du sein"),
    ("C51-C58", "block", "C00-C75", "Malignant neoplasms of female genital organs",
     "Tumeurs malignes des organes génitaux de la femme"),
    ("C60-C63", "block", "C00-C75", "Malignant neoplasms of male genital organs",
     "Tumeurs malignes des organes génitaux de l'homme"),
    ("C64-C68", "block", "C00-C75", "Malignant neoplasms of urinary tract",
     "Tumeurs malignes des voies urinaires"),
    ("C69-C72", "block", "C00-C75",
     "Malignant neoplasms of eye, brain and other parts of central nervous system",
     "Tumeurs malignes de l'œil, de l'encéphale et d'autres parties du système nerveux central"),
    ("C73-C75", "block", "C00-C75", "Malignant neoplasms of thyroid and other endocrine glands",
     "Tumeurs malignes de la thyroïde et d'autres glandes endocrines"),
    ("C76-C80", "block", "C00-C97", "Malignant neoplasms of ill-defined, secondary and unspecified sites",
     "Tumeurs malignes de sièges mal définis, secondaires et non précisés"),
    ("C81-C96", "block", "C00-C97",
     "Malignant neoplasms, stated or presumed to be primary, of lymphoid, haematopoietic and related tissue",
     "Tumeurs malignes primitives ou présumées primitives des tissus lymphoïde, hématopoïétique et apparentés"),
    ("C97-C97", "block", "C00-C97", "Malignant neoplasms of independent (primary) multiple sites",
     "Tumeurs malignes de sièges multiples indépendants (primitifs)"),
    ("D00-D09", "block", "II", "In situ neoplasms", "Tumeurs in situ"),
    ("D10-D36", "block", "II", "Benign neoplasms", "Tumeurs bénignes"),
    ("D37-D48", "block", "II", "Neoplasms of uncertain or unknown behaviour",
     "Tumeurs à évolution imprévisible ou inconnue"),
    # Colorectal
    ("C18", "category", "C15-C26", "Malignant neoplasm of colon", "Tumeur maligne du côlon"),
    ("C18.0", "category", "C18", "Caecum", "Cæcum"),
    ("C18.1", "category", "C18", "Appendix", "Appendice"),
    ("C18.2", "category", "C18", "Ascending colon", "Côlon ascendant"),
    ("C18.3", "category", "C18", "Hepatic flexure", "Angle droit du côlon"),
    ("C18.4", "category", "C18", "Transverse colon", "Côlon transverse"),
    ("C18.5", "category", "C18", "Splenic flexure", "Angle gauche du côlon"),
    ("C18.6", "category", "C18", "Descending colon", "Côlon descendant"),
    ("C18.7", "category", "C18", "Sigmoid colon", "Côlon sigmoïde"),
    ("C18.8", "category", "C18", "Overlapping lesion of colon", "Lésion à localisations contiguës du côlon"),
    ("C18.9", "category", "C18", "Colon, unspecified", "Côlon, sans précision"),
    ("C19", "category", "C15-C26", "Malignant neoplasm of rectosigmoid junction",
     "Tumeur maligne de la jonction recto-sigmoïdienne"),
    ("C20", "category", "C15-C26", "Malignant neoplasm of rectum", "Tumeur maligne du rectum"),
    # Lung
    ("C34", "category", "C30-C39", "Malignant neoplasm of bronchus and lung",
     "Tumeur maligne des bronches et du poumon"),
    ("C34.0", "category", "C34", "Main bronchus", "Bronche souche"),
    ("C34.1", "category", "C34", "Upper lobe, bronchus or lung", "Lobe supérieur, bronches ou poumon"),
    ("C34.2", "category", "C34", "Middle lobe, bronchus or lung", "Lobe moyen, bronches ou poumon"),
    ("C34.3", "category", "C34", "Lower lobe, bronchus or lung", "Lobe inférieur, bronches ou poumon"),
    ("C34.8", "category", "C34", "Overlapping lesion of bronchus and lung",
     "Lésion à localisations contiguës des bronches et du poumon"),
    ("C34.9", "category", "C34", "Bronchus or lung, unspecified", "Bronche ou poumon, sans précision"),
    # Melanoma
    ("C43", "category", "C43-C44", "Malignant melanoma of skin", "Mélanome malin de la peau"),
    ("C43.0", "category", "C43", "Malignant melanoma of lip", "Mélanome malin de la lèvre"),
    ("C43.1", "category", "C43", "Malignant melanoma of eyelid, including canthus",
     "Mélanome malin de la paupière, y compris le canthus"),
    ("C43.2", "category", "C43", "Malignant melanoma of ear and external auricular canal",
     "Mélanome malin de l'oreille et du conduit auditif externe"),
    ("C43.3", "category", "C43", "Malignant melanoma of other and unspecified parts of face",
     "Mélanome malin de parties autres et non précisées de la face"),
    ("C43.4", "category", "C43", "Malignant melanoma of scalp and neck", "Mélanome malin du cuir chevelu et du cou"),
    ("C43.5", "category", "C43", "Malignant melanoma of trunk", "Mélanome malin du tronc"),
    ("C43.6", "category", "C43", "Malignant melanoma of upper limb, including shoulder",
     "Mélanome malin du membre supérieur, y compris l'épaule"),
    ("C43.7", "category", "C43", "Malignant melanoma of lower limb, including hip",
     "Mélanome malin du membre inférieur, y compris la hanche"),
    ("C43.8", "category", "C43", "Overlapping malignant melanoma of skin",
     "Mélanome malin à localisations contiguës de la peau"),
    ("C43.9", "category", "C43", "Malignant melanoma of skin, unspecified", "Mélanome malin de la peau, sans précision"),
    # Breast
    ("C50", "category", "C50-C50", "Malignant neoplasm of breast", "Tumeur maligne du sein"),
    ("C50.0", "category", "C50", "Nipple and areola", "Mamelon et aréole"),
    ("C50.1", "category", "C50", "Central portion of breast", "Partie centrale du sein"),
    ("C50.2", "category", "C50", "Upper-inner quadrant of breast", "Quadrant supéro-interne du sein"),
    ("C50.3", "category", "C50", "Lower-inner quadrant of breast", "Quadrant inféro-interne du sein"),
    ("C50.4", "category", "C50", "Upper-outer quadrant of breast", "Quadrant supéro-externe du sein"),
    ("C50.5", "category", "C50", "Lower-outer quadrant of breast", "Quadrant inféro-externe du sein"),
    ("C50.6", "category", "C50", "Axillary tail of breast", "Prolongement axillaire du sein"),
    ("C50.8", "category", "C50", "Overlapping lesion of breast", "Lésion à localisations contiguës du sein"),
    ("C50.9", "category", "C50", "Breast, unspecified", "Sein, sans précision"),
]

codes = [r[0] for r in ROWS]
assert len(set(codes)) == len(codes)
children = {}
for code, _, parent, _, _ in ROWS:
    if parent:
        assert parent in codes, code
        children.setdefault(parent, []).append(code)
out = ['''<?xml version="1.0" encoding="UTF-8"?>
<!--
  icd10-neoplasms.claml.xml: ICD-10 chapter II (Neoplasms): the chapter, its blocks, and the
  categories of lung (C34), colorectal (C18-C20), melanoma (C43) and breast (C50) cancer, with
  English (WHO ICD-10) and French (CIM-10) preferred labels.
  Origin: WHO ICD-10 (2019 edition) and its French version CIM-10 (ATIH), codes and titles;
  authored for OncoCohort by scripts/ontologies/icd10.py in ClaML 2.0 form.
  Licence: ICD-10 codes and titles (c) World Health Organization, reproduced as identifiers and
  labels for coding; this file: Apache-2.0.
-->
<ClaML version="2.0.0">
  <Title name="ICD-10" version="2019" date="2019-01-01">International Statistical Classification of Diseases and Related Health Problems, 10th revision: chapter II subset</Title>
  <ClassKinds>
    <ClassKind name="chapter"/>
    <ClassKind name="block"/>
    <ClassKind name="category"/>
  </ClassKinds>
  <RubricKinds>
    <RubricKind name="preferred"/>
  </RubricKinds>''']
for code, kind, parent, english, french in ROWS:
    out.append('  <Class code=%s kind="%s">' % (quoteattr(code), kind))
    if parent:
        out.append('    <SuperClass code=%s/>' % quoteattr(parent))
    for child in children.get(code, []):
        out.append('    <SubClass code=%s/>' % quoteattr(child))
    out.append('    <Rubric kind="preferred">')
    out.append('      <Label xml:lang="en">%s</Label>' % escape(english))
    out.append('      <Label xml:lang="fr">%s</Label>' % escape(french))
    out.append('    </Rubric>')
    out.append('  </Class>')
out.append('</ClaML>')
print("\n".join(out))
