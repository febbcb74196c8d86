#!/bin/bash
# The SQLite floor of issue 4's import: what SQLite alone needs to store the rows of the
# workload with the warehouse schema, no parsing and no binding.
#
# Usage: Benchmarks/import_sqlite_floor.sh IMPORTED.sqlite [SCRATCH.sqlite]
#
# IMPORTED.sqlite is a warehouse that `oncocohort import` wrote for the workload. Its rows are
# copied by `INSERT … SELECT` into an empty warehouse of the same schema, with the import's
# settings (16 KiB pages, 64 MiB page cache, temporary data in memory, foreign keys not
# enforced), the secondary indexes of `alterations` and `treatments` built after the rows as
# the import does, in one transaction committed with SQLite's default `synchronous = FULL`.
# `sqlite3 .timer` prints each step's time; `/usr/bin/time` around the script gives the total.
# The `WHERE` clauses that select every row keep SQLite from its transfer optimisation, which
# copies stored records as they are instead of building them, as an import must.
set -euo pipefail
source_db=$1
target_db=${2:-/tmp/import-floor.sqlite}
rm -f "$target_db" "$target_db-journal"
schema=$(mktemp)
trap 'rm -f "$schema"' EXIT
# Every table, view and index of the source except the three indexes the import builds last.
sqlite3 "$source_db" .schema \
  | grep -v -E '^CREATE INDEX (alterations_gene|alterations_sample|treatments_patient) ' \
  | grep -v sqlite_sequence > "$schema"
sqlite3 "$target_db" "PRAGMA page_size = 16384;" ".read $schema"
sqlite3 "$target_db" <<SQL
PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF;
ATTACH '$source_db' AS src;
.timer on
BEGIN;
INSERT INTO sources SELECT * FROM src.sources;
INSERT INTO files SELECT * FROM src.files;
INSERT INTO patients SELECT * FROM src.patients WHERE id > 0;
INSERT INTO samples SELECT * FROM src.samples WHERE id > 0;
INSERT INTO alterations SELECT * FROM src.alterations WHERE id > 0;
INSERT INTO treatments SELECT * FROM src.treatments WHERE id > 0;
INSERT INTO unmapped_codes SELECT * FROM src.unmapped_codes WHERE occurrences > 0;
CREATE INDEX alterations_gene ON alterations (gene, kind, protein_change);
CREATE INDEX alterations_sample ON alterations (sample_key, gene, kind);
CREATE INDEX treatments_patient ON treatments (patient_key);
COMMIT;
SQL
