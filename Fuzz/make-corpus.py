#!/usr/bin/env python3
"""Builds the seed corpora of the fuzz targets in Fuzz/corpus/<target>/ (not committed).

Seeds come from the project's own fixtures (Tests/*/Fixtures, SampleData, Ontologies) and from
string literals of the parser tests; with --shared DIR (default ../shared/data beside the
checkout, when present) the public test files there are added at run time, never copied into
the repository. Files larger than 256 KB are cut to their first 256 KB.
"""
import argparse, gzip, hashlib, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT = 256 * 1024


def files_under(folder, suffixes):
    for base, _, names in os.walk(folder):
        for name in sorted(names):
            lower = name.lower()
            if any(lower.endswith(s) for s in suffixes):
                yield os.path.join(base, name)


def read(path):
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            return handle.read(LIMIT)
    except (OSError, EOFError):
        with open(path, "rb") as handle:
            return handle.read(LIMIT)


def literals(path, pattern=r'"((?:[^"\\\n]|\\.)*)"'):
    with open(path, encoding="utf-8") as handle:
        return [m.group(1).replace('\\"', '"') for m in re.finditer(pattern, handle.read())]


def main():
    parser = argparse.ArgumentParser()
    default_shared = os.path.join(os.path.dirname(ROOT), "shared", "data")
    parser.add_argument("--shared", default=default_shared if os.path.isdir(default_shared) else None)
    args = parser.parse_args()
    roots = [os.path.join(ROOT, "Tests"), os.path.join(ROOT, "SampleData"), os.path.join(ROOT, "Ontologies")]
    if args.shared:
        roots.append(args.shared)
    seeds = {name: [] for name in
             ["vcf", "maf", "protein-change", "clinical-csv", "owl", "claml", "expression", "query-file"]}
    for root in roots:
        seeds["vcf"] += [read(p) for p in files_under(root, [".vcf", ".vcf.gz"])]
        seeds["maf"] += [read(p) for p in files_under(root, [".maf", ".maf.gz"])]
        seeds["clinical-csv"] += [read(p) for p in files_under(root, [".csv"]) if "Fixtures" in p]
        seeds["owl"] += [read(p) for p in files_under(root, [".owl"])]
        seeds["owl"] += [read(p) for p in files_under(root, [".xml"]) if "xml-attacks" in p]
        seeds["claml"] += [read(p) for p in files_under(root, [".claml.xml"])]
        seeds["claml"] += [read(p) for p in files_under(root, [".xml"]) if "claml" in p]
    # Protein changes: the HGVSp columns of the MAFs and the normaliser tests' literals.
    for data in seeds["maf"]:
        for line in data.decode("utf-8", "replace").splitlines():
            seeds["protein-change"] += [f.encode() for f in line.split("\t") if f.startswith("p.")]
    tests = os.path.join(ROOT, "Tests")
    seeds["protein-change"] += [s.encode() for s in
                                literals(os.path.join(tests, "OncoFormatsTests/HGVS/ProteinChangeNormalizerTests.swift"))]
    for path in files_under(os.path.join(tests, "OncoQueryTests"), [".swift"]):
        seeds["expression"] += [s.encode() for s in literals(path)]
    for root in [os.path.join(ROOT, "SampleData", "queries"), os.path.join(tests, "OncoQueryTests")]:
        seeds["query-file"] += [read(p) for p in files_under(root, [".yaml"])]
    for name, items in seeds.items():
        folder = os.path.join(ROOT, "Fuzz", "corpus", name)
        os.makedirs(folder, exist_ok=True)
        unique = {hashlib.sha1(item).hexdigest(): item for item in items if item}
        for digest, item in unique.items():
            with open(os.path.join(folder, digest), "wb") as handle:
                handle.write(item)
        print(f"{name}: {len(unique)} seeds", file=sys.stderr)


if __name__ == "__main__":
    main()
