#!/usr/bin/env python3
"""Expected split of the patients of ../shared/data/cbioportal-study_es_0 for a few expressions,
computed from the study files alone (not through OncoCohort), for CBioPortalStudyTests.

Rules, as docs/cohort-engine.md states them: a mutation counts for `MUT` unless its
Variant_Classification is one cBioPortal does not load (Silent, Intron, UTRs, flanks other than
5', IGR, RNA) or its protein change is synonymous (ends with '='); a sample covers a gene when its
panel (gene-panel matrix: `mutations` column, else the first column with a panel) lists it, or it
has no panel; a patient is altered when one of its samples has a matching call, not altered when
one covered the gene, else not assessed.
Usage: python3 cbioportal_es0_expected.py STUDY_FOLDER
"""
import csv, sys, os

study = sys.argv[1]
def rows(name):
    with open(os.path.join(study, name)) as f:
        lines = [l for l in f if not l.startswith('#')]
    return list(csv.DictReader(lines, delimiter='\t'))

patients = {r['PATIENT_ID'] for r in rows('data_clinical_patients.txt')}
sample_patient = {r['SAMPLE_ID']: r['PATIENT_ID'] for r in rows('data_clinical_samples.txt')}
panels = {}
for name in os.listdir(study):
    if name.startswith('data_gene_panel_') and name != 'data_gene_panel_matrix.txt':
        meta = dict(l.rstrip('\n').split(': ', 1) for l in open(os.path.join(study, name)) if ': ' in l)
        panels[meta['stable_id']] = set(meta['gene_list'].split('\t'))
sample_panel = {}
for r in rows('data_gene_panel_matrix.txt'):
    for column in ['mutations', 'gistic']:
        if r.get(column) not in (None, '', 'NA'):
            sample_panel[r['SAMPLE_ID']] = r[column]
            break
skipped = {'Silent', 'Intron', "3'UTR", "5'UTR", "3'Flank", 'IGR', 'RNA'}
mutations = []
for r in rows('data_mutations_extended.maf'):
    protein = r.get('HGVSp_Short', '')
    if r['Variant_Classification'] in skipped or protein.endswith('='):
        continue
    mutations.append((r['Hugo_Symbol'], r['Tumor_Sample_Barcode'], r['Variant_Classification']))

def split(gene, classes=None):
    altered = {sample_patient[s] for g, s, c in mutations if g == gene and (classes is None or c in classes)}
    covered = {sample_patient[s] for s in sample_patient
               if s not in sample_panel or gene in panels.get(sample_panel[s], set())}
    not_altered = covered - altered
    return len(altered), len(not_altered), len(patients) - len(altered) - len(not_altered)

truncating = {'Nonsense_Mutation', 'Frame_Shift_Del', 'Frame_Shift_Ins', 'Splice_Site', 'Nonstop_Mutation',
              'Translation_Start_Site'}
print('patients', len(patients))
print('BRCA2: MUT', *split('BRCA2'))
print('TP53: MUT', *split('TP53'))
print('ATM: TRUNC', *split('ATM', truncating))
print('FGFR3: MUT', *split('FGFR3'))
