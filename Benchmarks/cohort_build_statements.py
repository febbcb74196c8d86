import sqlite3, time, sys
db = sqlite3.connect('/work/bench-data/warehouse-100k.sqlite', isolation_level=None)
desc = "(SELECT o.descendant FROM ontology_closure o WHERE o.ancestor IN ('NCIT:C2926'))"
br = ["dc.concept IN ('NCIT:C2926')", "dc.concept IN " + desc, "dc.code IN ('NCIT:C2926')"]
dq = lambda c: "SELECT d.patient_key FROM diagnosis_codes dc CROSS JOIN diagnoses d WHERE d.id = dc.diagnosis_key AND " + c
holds = " UNION ALL ".join(dq(b) for b in br)
known = dq("dc.concept IS NOT NULL")
codes = " UNION ALL ".join("SELECT dc.diagnosis_key FROM diagnosis_codes dc WHERE " + b for b in br)
def step(n, status, idx):
    i = " LEFT JOIN oc_index i ON i.patient_key = c.patient_key" if idx else ""
    return [f"CREATE TEMP TABLE oc_status_{n+1} AS SELECT c.patient_key, {status} AS status FROM oc_kept_{n} c{i}",
            f"CREATE TEMPORARY TABLE oc_kept_{n+1} (patient_key INTEGER PRIMARY KEY)",
            f"INSERT INTO oc_kept_{n+1} (patient_key) SELECT patient_key FROM oc_status_{n+1} WHERE status = 2",
            f"SELECT COUNT(*), SUM(CASE WHEN status = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN status = 0 THEN 1 ELSE 0 END) FROM oc_status_{n+1}"]
def three(a, b): return f"(CASE WHEN c.patient_key IN ({a}) THEN 2 WHEN c.patient_key IN ({b}) THEN 0 ELSE 1 END)"
covered = lambda g: f"SELECT s.patient_key FROM oc_selected s WHERE s.panel_key IS NULL OR s.panel_key IN (SELECT g.panel_key FROM panel_genes g WHERE g.gene IN ('{g}'))"
kras = three("SELECT s.patient_key FROM oc_selected s JOIN alterations a ON a.sample_key = s.sample_key WHERE a.gene = 'KRAS' AND (((a.kind = 'mutation' AND a.protein_change = 'G12C')))", covered('KRAS'))
mut = "a.kind = 'mutation' AND (a.protein_change_kind IS NULL OR a.protein_change_kind <> 'synonymous') AND (a.variant_class IS NULL OR a.variant_class NOT IN ('Silent', 'Intron', '3''UTR', '5''UTR', '3''Flank', 'IGR', 'RNA')) AND (a.consequence IS NULL OR a.consequence NOT IN ('synonymous_variant', 'intron_variant', '3_prime_UTR_variant', '5_prime_UTR_variant', 'downstream_gene_variant', 'intergenic_variant', 'non_coding_transcript_exon_variant'))"
stk = "(2 - " + three(f"SELECT s.patient_key FROM oc_selected s JOIN alterations a ON a.sample_key = s.sample_key WHERE a.gene = 'STK11' AND ((({mut})))", covered('STK11')) + ")"
stmts = ["PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536",
 "CREATE TEMP TABLE oc_kept_0 AS SELECT p.id AS patient_key FROM patients p", "SELECT COUNT(*) FROM oc_kept_0"]
stmts += step(0, three(holds, known), False)
stmts += ["CREATE TEMPORARY TABLE oc_index (patient_key INTEGER PRIMARY KEY, diagnosis_day INTEGER, index_day INTEGER)",
 f"INSERT INTO oc_index (patient_key, diagnosis_day, index_day) SELECT k.patient_key, dx.day AS diagnosis_day, dx.day AS index_day FROM oc_kept_1 k LEFT JOIN (SELECT d.patient_key, MIN(d.day) AS day FROM ({codes}) m CROSS JOIN diagnoses d WHERE d.id = m.diagnosis_key AND d.patient_key IN (SELECT patient_key FROM oc_kept_1) GROUP BY d.patient_key) dx ON dx.patient_key = k.patient_key",
 "CREATE TEMPORARY TABLE oc_selected (sample_key INTEGER PRIMARY KEY, patient_key INTEGER NOT NULL, panel_key INTEGER, day INTEGER)",
 "INSERT INTO oc_selected (sample_key, patient_key, panel_key, day) SELECT sample_key, patient_key, panel_key, day FROM (SELECT s.patient_key, s.id AS sample_key, pn.id AS panel_key, s.collection_day AS day, 1 AS position FROM samples s JOIN oc_index i ON i.patient_key = s.patient_key LEFT JOIN panels pn ON pn.source_id = s.source_id AND pn.panel_id = s.panel_id WHERE s.patient_key IS NOT NULL AND 1 = 1) ranked WHERE position = 1",
 "CREATE INDEX oc_selected_patient ON oc_selected (patient_key)"]
stmts += step(1, kras, True) + step(2, stk, True)
stmts += ["SELECT c.patient_key, p.patient_id, so.name, i.index_day FROM oc_kept_3 c JOIN patients p ON p.id = c.patient_key JOIN sources so ON so.id = p.source_id LEFT JOIN oc_index i ON i.patient_key = c.patient_key ORDER BY so.name, p.patient_id",
 "SELECT s.patient_key, sm.sample_id FROM oc_selected s JOIN samples sm ON sm.id = s.sample_key WHERE s.patient_key IN (SELECT patient_key FROM oc_kept_3) ORDER BY s.patient_key, CASE WHEN s.day IS NULL THEN 1 ELSE 0 END, s.day, sm.sample_id"]
tot = {}
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
for r in range(runs):
    for t in ["oc_index","oc_selected"] + [f"oc_kept_{i}" for i in range(4)] + [f"oc_status_{i}" for i in range(1,4)]:
        db.execute(f"DROP TABLE IF EXISTS temp.{t}")
    for k, s in enumerate(stmts):
        t0 = time.process_time(); db.execute(s).fetchall(); t1 = time.process_time()
        if r > 0: tot[k] = tot.get(k, 0) + (t1 - t0)
for k, s in enumerate(stmts):
    print(f"{tot.get(k,0)/(runs-1)*1000:7.1f} ms  {s[:110]}")
print(f"{sum(tot.values())/(runs-1)*1000:7.1f} ms total CPU")
