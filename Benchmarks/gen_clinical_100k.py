# Seeded generator of clinical tables matching synth_1m.maf (100k patients, 100k samples, 1M
# treatments), issue 4's import workload. Usage: gen_clinical_100k.py BENCH_DATA_DIR (the folder
# holding synth_1m.maf); writes BENCH_DATA_DIR/clinical-100k/{patients,samples,treatments}.csv.
# The mapping.yaml beside them is Benchmarks/clinical-100k-mapping.yaml.
import os, random, sys, datetime
random.seed(20261129)
bench = sys.argv[1]
os.makedirs(os.path.join(bench, 'clinical-100k'), exist_ok=True)
os.chdir(os.path.join(bench, 'clinical-100k'))
# The samples are synth_1m.maf's Tumor_Sample_Barcode values (column 15), sorted; patient = first 13 chars.
samples = sorted({l.split('\t')[14] for l in open(os.path.join(bench, 'synth_1m.maf')) if not l.startswith(('#', 'Hugo_Symbol'))})
agents = ["cisplatin","carboplatin","paclitaxel","docetaxel","pembrolizumab","nivolumab","osimertinib",
          "erlotinib","gefitinib","bevacizumab","pemetrexed","gemcitabine","vinorelbine","etoposide",
          "atezolizumab","durvalumab","alectinib","crizotinib","trastuzumab","capecitabine"]
mods = ["CT","CT","CT","RT","CHIR"]
with open('patients.csv','w') as p, open('samples.csv','w') as s, open('treatments.csv','w') as t:
    p.write("PatientNumber,Sex,BirthDate,DeathDate,LastSeen\n")
    s.write("SampleID,PatientNumber,Origin,Date\n")
    t.write("PatientNumber,Drug,StartDate,StopDate,Kind\n")
    for bc in samples:
        pid = bc[:13]
        by = random.randint(1930, 1990)
        dead = random.random() < 0.4
        p.write(f"{pid},{random.choice('12')},{by}-{random.randint(1,12):02d}-{random.randint(1,28):02d},"
                f"{'2019-%02d-%02d' % (random.randint(1,12), random.randint(1,28)) if dead else ''},2020-06-30\n")
        s.write(f"{bc},{pid},T,2015-{random.randint(1,12):02d}-{random.randint(1,28):02d}\n")
        day = 0
        for i in range(10):
            day += random.randint(5, 60)
            base = datetime.date(2016, 1, 1)
            start = (base + datetime.timedelta(days=day)).isoformat()
            end = (base + datetime.timedelta(days=day + random.randint(1, 40))).isoformat()
            t.write(f"{pid},{random.choice(agents)},{start},{end},{random.choice(mods)}\n")
# The column mapping the import reads, next to the tables.
import shutil
shutil.copy(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'clinical-100k-mapping.yaml'), 'mapping.yaml')
