# Replays the statements of `CohortBuilder` for the benchmark query (NSCLC, KRAS: G12C, not
# STK11: MUT) one by one on /work/bench-data/warehouse-100k.sqlite and prints the CPU time of
# each (mean over RUNS - 1 warm runs): `python3 Benchmarks/cohort_build_statements.py [RUNS]`.
# The SQL is what the engine writes for this query (set-based steps, see docs/cohort-engine.md).
import sqlite3, time, sys
db = sqlite3.connect('file:/work/bench-data/warehouse-100k.sqlite?mode=ro', uri=True, isolation_level=None)
desc = "(SELECT o.descendant FROM ontology_closure o WHERE o.ancestor IN ('NCIT:C2926'))"
br = ["dc.concept IN ('NCIT:C2926')", "dc.concept IN " + desc, "dc.code IN ('NCIT:C2926')"]
dq = lambda c, day=False: ("SELECT d.patient_key" + (", d.day" if day else "") +
    " FROM diagnosis_codes dc CROSS JOIN diagnoses d WHERE d.id = dc.diagnosis_key AND " + c)
days = " UNION ALL ".join(dq(b, True) for b in br)
known = "SELECT d.patient_key FROM diagnoses d WHERE EXISTS (SELECT 1 FROM diagnosis_codes dc WHERE dc.diagnosis_key = d.id AND (dc.concept IS NOT NULL OR dc.code IN ('NCIT:C2926')))"
pop = lambda n: "(SELECT id AS patient_key FROM patients)" if n == 0 else f"oc_kept_{n}"
remaining = lambda col, n: f"{col} IS NOT NULL" if n == 0 else f"{col} IN (SELECT patient_key FROM oc_kept_{n})"
mut = ("a.kind = 'mutation' AND (a.protein_change_kind IS NULL OR a.protein_change_kind <> 'synonymous') AND "
  "(a.variant_class IS NULL OR a.variant_class NOT IN ('Silent', 'Intron', '3''UTR', '5''UTR', '3''Flank', 'IGR', 'RNA')) AND "
  "(a.consequence IS NULL OR a.consequence NOT IN ('synonymous_variant', 'intron_variant', '3_prime_UTR_variant', "
  "'5_prime_UTR_variant', 'downstream_gene_variant', 'intergenic_variant', 'non_coding_transcript_exon_variant'))")
altered = lambda g, c: f"SELECT s.patient_key FROM oc_selected s JOIN alterations a ON a.sample_key = s.sample_key WHERE a.gene = '{g}' AND (({c} AND (a.filter IS NULL OR a.filter = 'PASS')))"
covered = lambda g: f"SELECT s.patient_key FROM oc_selected s WHERE s.panel_key IS NULL OR s.panel_key IN (SELECT g.panel_key FROM panel_genes g WHERE g.gene IN ('{g}'))"
def step(n, holds, known, negated=False, with_days=False, contains=False, fresh=False):
    # fresh: the samples were just selected for exactly the remaining patients (no test)
    remaining = (lambda col, n: f"{col} IS NOT NULL") if fresh else globals()["remaining"]
    h = f"oc_holds_{n+1}" if negated else f"oc_kept_{n+1}"
    cols = "patient_key INTEGER PRIMARY KEY, day INTEGER" if with_days else "patient_key INTEGER PRIMARY KEY"
    sel = (f"SELECT h.patient_key, MIN(h.day) FROM ({holds}) h WHERE {remaining('h.patient_key', n)} GROUP BY h.patient_key"
           if with_days else f"SELECT DISTINCT h.patient_key FROM ({holds}) h WHERE {remaining('h.patient_key', n)}")
    rest = (f"SELECT DISTINCT k.patient_key FROM ({known}) k WHERE {remaining('k.patient_key', n)} "
            f"AND k.patient_key NOT IN (SELECT patient_key FROM {h})")
    out = [f"CREATE TEMPORARY TABLE {h} ({cols})", f"INSERT INTO {h} ({'patient_key, day' if with_days else 'patient_key'}) {sel}",
           f"SELECT COUNT(*) FROM {h}"]
    if negated:
        out += [f"CREATE TEMPORARY TABLE oc_kept_{n+1} (patient_key INTEGER PRIMARY KEY)",
                f"INSERT INTO oc_kept_{n+1} (patient_key) {rest}", f"SELECT COUNT(*) FROM oc_kept_{n+1}"]
    elif contains:  # known contains holds: |c ∩ K| − |H|
        out += [f"SELECT COUNT(*) FROM (SELECT DISTINCT k.patient_key FROM ({known}) k WHERE {remaining('k.patient_key', n)}) r"]
    else:
        out += [f"SELECT COUNT(*) FROM ({rest}) r"]
    return out
stmts = ["PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536", "PRAGMA mmap_size = 2147483648",
         "SELECT COUNT(*) FROM patients"]
stmts += step(0, days, known, with_days=True, contains=True)
stmts += ["CREATE TEMPORARY TABLE oc_index (patient_key INTEGER PRIMARY KEY, diagnosis_day INTEGER, index_day INTEGER)",
 "INSERT INTO oc_index (patient_key, diagnosis_day, index_day) SELECT k.patient_key, k.day AS diagnosis_day, k.day AS index_day FROM oc_kept_1 k",
 "CREATE TEMPORARY TABLE oc_selected (sample_key INTEGER PRIMARY KEY, patient_key INTEGER NOT NULL, panel_key INTEGER, day INTEGER)",
 "INSERT INTO oc_selected (sample_key, patient_key, panel_key, day) SELECT sample_key, patient_key, panel_key, day FROM (SELECT s.patient_key, s.id AS sample_key, pn.id AS panel_key, s.collection_day AS day, 1 AS position FROM samples s JOIN oc_index i ON i.patient_key = s.patient_key LEFT JOIN panels pn ON pn.source_id = s.source_id AND pn.panel_id = s.panel_id WHERE s.patient_key IS NOT NULL AND 1 = 1) ranked WHERE position = 1"]
stmts += step(1, altered("KRAS", "(a.kind = 'mutation' AND a.protein_change = 'G12C')"), covered("KRAS"), fresh=True)
# At most 5,000 patients remain (1,451): the set starts from their samples (SetStep).
few = " AND a.sample_key IN (SELECT sm.id FROM oc_kept_2 rp CROSS JOIN samples sm WHERE sm.patient_key = rp.patient_key)"
stmts += step(2, altered("STK11", f"({mut})") + few, covered("STK11"), negated=True)
stmts += ["SELECT c.patient_key, p.patient_id, so.name, i.index_day FROM oc_kept_3 c CROSS JOIN patients p CROSS JOIN sources so LEFT JOIN oc_index i ON i.patient_key = c.patient_key WHERE p.id = c.patient_key AND so.id = p.source_id ORDER BY so.name, p.patient_id",
 "SELECT s.patient_key, sm.sample_id, CASE WHEN s.panel_key IS NULL THEN 1 ELSE 0 END FROM oc_kept_3 c CROSS JOIN samples sm CROSS JOIN oc_selected s WHERE sm.patient_key = c.patient_key AND s.sample_key = sm.id ORDER BY s.patient_key, CASE WHEN s.day IS NULL THEN 1 ELSE 0 END, s.day, sm.sample_id"]
tot = {}
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
for r in range(runs):
    for t in ["oc_index", "oc_selected"] + [f"oc_kept_{i}" for i in range(4)] + [f"oc_holds_{i}" for i in range(1, 4)]:
        db.execute(f"DROP TABLE IF EXISTS temp.{t}")
    for k, s in enumerate(stmts):
        t0 = time.process_time(); db.execute(s).fetchall(); t1 = time.process_time()
        if r > 0: tot[k] = tot.get(k, 0) + (t1 - t0)
for k, s in enumerate(stmts):
    print(f"{tot.get(k,0)/(runs-1)*1000:7.1f} ms  {s[:150]}")
print(f"{sum(tot.values())/(runs-1)*1000:7.1f} ms total CPU")
