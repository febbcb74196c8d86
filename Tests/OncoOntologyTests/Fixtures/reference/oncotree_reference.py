#!/usr/bin/env python3
"""Independent reading of the OncoTree releases in ../shared/data/oncotree/ (json module), for
the expected values of OncoTreeReaderTests. Run from that folder; output in oncotree_reference.txt."""
import json
from collections import Counter
for name in ['oncotree_2021_11_02.json', 'oncotree_2025_10_03.json']:
    nodes = {}
    def walk(n):
        nodes[n['code']] = n
        for c in n['children'].values():
            walk(c)
    walk(json.load(open(name))['TISSUE'])
    levels = Counter(n['level'] for n in nodes.values())
    path, code = [], 'LUAD'
    while code:
        path.append(code)
        code = nodes[code]['parent']
    print(name, 'nodes', len(nodes), 'levels', sorted(levels.items()), 'LUAD path', path)
    print('  GB revocations', nodes.get('GB', {}).get('revocations'), 'GBM present', 'GBM' in nodes)
