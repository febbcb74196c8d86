#!/usr/bin/env python3
"""Writes Ontologies/so-consequences.owl: the Sequence Ontology terms Ensembl VEP reports as
consequences, plus every ancestor up to sequence_variant, with their real is_a parents, labels,
exact synonyms and alternative ids, taken from an SO release (facts only; no definitions).

    python3 scripts/ontologies/so_subset.py ../shared/data/sequence-ontology/so.owl > Ontologies/so-consequences.owl
"""
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

# The consequence terms of Ensembl VEP (its "Calculated variant consequences" table), by SO label.
VEP = """transcript_ablation splice_acceptor_variant splice_donor_variant stop_gained
frameshift_variant stop_lost start_lost transcript_amplification feature_elongation
feature_truncation inframe_insertion inframe_deletion missense_variant protein_altering_variant
splice_donor_5th_base_variant splice_region_variant splice_donor_region_variant
splice_polypyrimidine_tract_variant incomplete_terminal_codon_variant start_retained_variant
stop_retained_variant synonymous_variant coding_sequence_variant mature_miRNA_variant
5_prime_UTR_variant 3_prime_UTR_variant non_coding_transcript_exon_variant intron_variant
NMD_transcript_variant non_coding_transcript_variant coding_transcript_variant
upstream_gene_variant downstream_gene_variant TFBS_ablation TFBS_amplification
TF_binding_site_variant regulatory_region_ablation regulatory_region_amplification
regulatory_region_variant intergenic_variant sequence_variant""".split()
# Groupings queries use that VEP does not print.
EXTRA = "splice_site_variant inframe_indel nonsynonymous_variant".split()

NS = {'owl': 'http://www.w3.org/2002/07/owl#', 'rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
      'rdfs': 'http://www.w3.org/2000/01/rdf-schema#', 'oio': 'http://www.geneontology.org/formats/oboInOwl#'}
R = '{%s}' % NS['rdf']
OBO = 'http://purl.obolibrary.org/obo/'
root = ET.parse(sys.argv[1]).getroot()
version = root.find('owl:Ontology/owl:versionIRI', NS).get(R + 'resource')
terms = {}
for c in root.findall('owl:Class', NS):
    about = c.get(R + 'about') or ''
    label = c.find('rdfs:label', NS)
    deprecated = c.find('owl:deprecated', NS)
    if not about.startswith(OBO + 'SO_') or label is None:
        continue
    if deprecated is not None and deprecated.text == 'true':
        continue
    terms[about] = {
        'label': label.text,
        'parents': [s.get(R + 'resource') for s in c.findall('rdfs:subClassOf', NS) if s.get(R + 'resource')],
        'exact': [s.text for s in c.findall('oio:hasExactSynonym', NS)],
        'alt': [s.text for s in c.findall('oio:hasAlternativeId', NS)],
    }
by_label = {t['label']: iri for iri, t in terms.items()}
wanted = [by_label[label] for label in VEP + EXTRA]
keep, stack = set(), list(wanted)
while stack:
    iri = stack.pop()
    if iri in keep:
        continue
    keep.add(iri)
    stack += terms[iri]['parents']

out = sys.stdout
out.write('''<?xml version="1.0" encoding="UTF-8"?>
<!--
  so-consequences.owl: the Sequence Ontology consequence terms used by Ensembl VEP, with every
  ancestor up to sequence_variant and their real is_a parents.
  Origin: Sequence Ontology, %s (The-Sequence-Ontology/SO-Ontologies), selected by
  scripts/ontologies/so_subset.py: ids, labels, is_a parents, exact synonyms and alternative ids
  only. Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); attribution: the
  Sequence Ontology Consortium, Eilbeck et al., Genome Biology 2005;6:R44.
-->
<rdf:RDF xmlns="http://purl.obolibrary.org/obo/so.owl#"
     xml:base="http://purl.obolibrary.org/obo/so.owl"
     xmlns:owl="http://www.w3.org/2002/07/owl#"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
     xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
     xmlns:oboInOwl="http://www.geneontology.org/formats/oboInOwl#">
    <owl:Ontology rdf:about="http://purl.obolibrary.org/obo/so.owl">
        <owl:versionIRI rdf:resource="%s"/>
    </owl:Ontology>
''' % (version, version))
for iri in sorted(keep):
    t = terms[iri]
    out.write('\n    <owl:Class rdf:about="%s">\n' % iri)
    for p in t['parents']:
        out.write('        <rdfs:subClassOf rdf:resource="%s"/>\n' % p)
    out.write('        <rdfs:label>%s</rdfs:label>\n' % escape(t['label']))
    for s in t['exact']:
        out.write('        <oboInOwl:hasExactSynonym>%s</oboInOwl:hasExactSynonym>\n' % escape(s))
    for a in t['alt']:
        out.write('        <oboInOwl:hasAlternativeId>%s</oboInOwl:hasAlternativeId>\n' % escape(a))
    out.write('    </owl:Class>\n')
out.write('</rdf:RDF>\n')
print('%d terms (%d requested)' % (len(keep), len(wanted)), file=sys.stderr)
