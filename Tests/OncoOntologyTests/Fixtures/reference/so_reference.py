#!/usr/bin/env python3
"""Independent reading of ../shared/data/sequence-ontology/so.owl with xml.etree, for the
expected values of OWLReaderTests. Run: python3 so_reference.py PATH/so.owl > so_reference.txt"""
import sys
import xml.etree.ElementTree as ET
NS = {'owl': 'http://www.w3.org/2002/07/owl#', 'rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
      'rdfs': 'http://www.w3.org/2000/01/rdf-schema#', 'obo': 'http://purl.obolibrary.org/obo/',
      'oio': 'http://www.geneontology.org/formats/oboInOwl#'}
R = '{%s}' % NS['rdf']
root = ET.parse(sys.argv[1]).getroot()
classes = [c for c in root.findall('owl:Class', NS) if c.get(R + 'about')]
def deprecated(c):
    d = c.find('owl:deprecated', NS)
    return d is not None and d.text == 'true'
dep = [c for c in classes if deprecated(c)]
print('classes', len(classes), 'deprecated', len(dep),
      'unlabelled', sum(1 for c in classes if c.find('rdfs:label', NS) is None))
curie = lambda iri: iri.split('/')[-1].replace('_', ':', 1)
lab, par = {}, {}
for c in classes:
    i = curie(c.get(R + 'about'))
    l = c.find('rdfs:label', NS)
    lab[i] = l.text if l is not None else None
    par[i] = [curie(s.get(R + 'resource')) for s in c.findall('rdfs:subClassOf', NS) if s.get(R + 'resource')]
print('multi-parent', sum(1 for v in par.values() if len(v) > 1))
print('deprecated with replaced_by', sum(1 for c in dep if c.find('obo:IAO_0100001', NS) is not None))
i, chain = 'SO:0001583', []
while i:
    chain.append((i, lab.get(i)))
    i = par[i][0] if par.get(i) else None
print('missense chain', chain)
