#!/usr/bin/env python3
"""Independent counts of the shared cBioPortal test studies, for CBioPortalStudyReaderTests.

Run: python3 cbioportal_counts.py ../../../../../shared/data > cbioportal_counts.txt
Missing values: empty, NA, N/A, NaN, null, none (any case) and any "[...]" text.
"""
import os, sys

root = sys.argv[1]

def missing(v):
    v = v.strip()
    return v.lower() in ("", "na", "n/a", "nan", "null", "none") or (v.startswith("[") and v.endswith("]"))

def table(path):
    rows = [l.rstrip("\n").rstrip("\r").split("\t") for l in open(path, encoding="utf-8")]
    rows = [r for r in rows if not r[0].startswith("#") and any(c.strip() for c in r)]
    return rows[0], rows[1:]

def val(header, row, name):
    if name not in header: return None
    i = header.index(name)
    if i >= len(row) or missing(row[i]): return None
    return row[i].strip()

def study(name):
    d = os.path.join(root, name)
    out = {}
    patients = set()
    hp, rows = table(os.path.join(d, "data_clinical_patients.txt"))
    out["patient_rows"] = len(rows)
    deaths = alive = dfs_events = 0
    for r in rows:
        patients.add(val(hp, r, "PATIENT_ID"))
        st, mo = val(hp, r, "OS_STATUS"), val(hp, r, "OS_MONTHS")
        if st and mo:
            if st.startswith("1:"): deaths += 1
            elif st.startswith("0:"): alive += 1
        st, mo = val(hp, r, "DFS_STATUS"), val(hp, r, "DFS_MONTHS")
        if st and mo and st.startswith("1:"): dfs_events += 1
    out["os_deaths"], out["os_censored"], out["dfs_events"] = deaths, alive, dfs_events
    hs, rows = table(os.path.join(d, "data_clinical_samples.txt"))
    samples = set(); extra_patients = set()
    for r in rows:
        p, s = val(hs, r, "PATIENT_ID"), val(hs, r, "SAMPLE_ID")
        samples.add(s)
        if p not in patients: extra_patients.add(p)
    out["sample_rows"] = len(rows)
    out["patients_only_in_sample_file"] = len(extra_patients)
    out["patients_without_sample"] = len(patients - {val(hs, r, "PATIENT_ID") for r in rows})
    # panel matrix
    hm, rows = table(os.path.join(d, "data_gene_panel_matrix.txt"))
    out["matrix_rows"] = len(rows)
    out["matrix_unknown_samples"] = sum(1 for r in rows if r[0] not in samples)
    return d, out, samples, patients

def cna_long(path, samples):
    h, rows = table(path)
    read = rejected = alterations = 0
    for r in rows:
        read += 1
        g, s, v = val(h, r, "Hugo_Symbol"), val(h, r, "Sample_Id"), r[h.index("Value")].strip()
        if g is None or s not in samples: rejected += 1; continue
        if missing(v): continue
        if v not in ("-2", "-1", "0", "1", "2"): rejected += 1; continue
        if int(v) != 0: alterations += 1
    return read, rejected, alterations

def cna_wide(path, samples):
    h, rows = table(path)
    read = rejected = alterations = 0
    for r in rows:
        g = val(h, r, "Hugo_Symbol")
        for i in range(2, len(h)):
            if i >= len(r) or r[i].strip() == "": continue
            read += 1
            if g is None or h[i] not in samples: rejected += 1; continue
            v = r[i].strip()
            if not missing(v) and int(v) != 0: alterations += 1
    return read, rejected, alterations

def sv(path, samples):
    h, rows = table(path)
    rejected = alts = 0
    for r in rows:
        s = val(h, r, "Sample_Id")
        genes = {g for g in (val(h, r, "Site1_Hugo_Symbol"), val(h, r, "Site2_Hugo_Symbol")) if g}
        if s not in samples or not genes: rejected += 1; continue
        alts += len(genes)
    return len(rows), rejected, alts

def case_lists(d, samples):
    res = {}
    for f in sorted(os.listdir(os.path.join(d, "case_lists"))):
        for l in open(os.path.join(d, "case_lists", f)):
            if l.startswith("case_list_ids:"):
                ids = [x.strip() for x in l.split(":", 1)[1].split("\t") if x.strip()]
                res[f] = (len(ids), sum(1 for x in ids if x not in samples))
    return res

d, out, samples, patients = study("cbioportal-study_es_0")
print("study_es_0", out)
print("study_es_0 cna_long read,rejected,alterations", cna_long(os.path.join(d, "data_cna_discrete.txt"), samples))
print("study_es_0 sv read,rejected,alterations", sv(os.path.join(d, "data_structural_variants.txt"), samples))
print("study_es_0 case_lists ids,unknown", case_lists(d, samples))

es0_samples = samples
d, out, samples, patients = study("cbioportal-study_es_0_inc")
print("study_es_0_inc", out)
print("study_es_0_inc cna_wide read,rejected,alterations", cna_wide(os.path.join(d, "data_cna_discrete.txt"), samples))
print("study_es_0_inc cna_long with es_0 samples read,rejected,alterations", cna_long(os.path.join(d, "cna_long/data_cna_discrete_long.txt"), es0_samples))
print("study_es_0_inc sv read,rejected,alterations", sv(os.path.join(d, "data_structural_variants.txt"), samples))
print("study_es_0_inc case_lists ids,unknown", case_lists(d, samples))

lgg = os.path.join(root, "cbioportal-frontend-lgg_ucsf_2014_timeline")
for f in ("data_timeline_treatment.txt", "data_timeline_status.txt", "data_timeline_surgery.txt"):
    h, rows = table(os.path.join(lgg, f))
    exposures = sum(len([a for a in (val(h, r, "AGENT") or "x").split("+") if a.strip()]) for r in rows)
    pts = len({r[0] for r in rows})
    radiation = sum(1 for r in rows if (val(h, r, "SUBTYPE") or "") == "XRT")
    print("lgg", f, "rows", len(rows), "patients", pts, "exposures_if_treatment", exposures, "radiation_rows", radiation)

for st in ("cbioportal-study_es_0", "cbioportal-study_es_0_inc"):
    d = os.path.join(root, st)
    hs, rows = table(os.path.join(d, "data_clinical_samples.txt"))
    known = {val(hs, r, "SAMPLE_ID") for r in rows}
    lines = [l.rstrip("\n").rstrip("\r") for l in open(os.path.join(d, "data_mutations_extended.maf"))]
    lines = [l for l in lines if l.strip() and not l.startswith("#")]
    h = lines[0].split("\t"); data = [l.split("\t") for l in lines[1:]]
    unknown = [r for r in data if r[h.index("Tumor_Sample_Barcode")] not in known]
    print(st, "maf rows", len(data), "rows of samples not in the sample file", len(unknown))
