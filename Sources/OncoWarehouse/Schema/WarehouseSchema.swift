import GRDB

/// The warehouse schema as an ordered list of migrations; `docs/warehouse.md` documents every
/// table and column.
///
/// A migration is never edited once released: a change is a new migration appended to ``migrations``,
/// and ``version`` grows with it. The version is also written to SQLite's `user_version`, so a
/// tool that does not know the newer migrations refuses the file with a clear error.
enum WarehouseSchema {
  /// One migration: its identifier in GRDB's `grdb_migrations` table and its SQL.
  struct Migration {
    let identifier: String
    let sql: String
  }

  /// Every migration, oldest first.
  static let migrations: [Migration] = [
    Migration(identifier: "v1-initial", sql: initialSQL),
    Migration(identifier: "v2-patient-links", sql: linkageSQL),
    Migration(identifier: "v3-one-gene-index", sql: geneIndexSQL),
    Migration(identifier: "v4-primary-annotation", sql: primaryAnnotationSQL),
  ]

  /// The schema version this tool writes: the number of migrations it knows.
  static var version: Int { migrations.count }

  /// A migrator that applies the migrations this tool knows, in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for (index, migration) in migrations.enumerated() {
      migrator.registerMigration(migration.identifier) { db in
        try db.execute(sql: migration.sql)
        try db.execute(sql: "PRAGMA user_version = \(index + 1)")
      }
    }
    return migrator
  }

  /// The first schema: sources, files and every record table, with provenance on each row.
  ///
  /// Deleting a source cascades through indexed foreign keys to every row it owns. `file_id`
  /// columns of record tables carry no foreign key on purpose: files go with their source, and an
  /// unindexed cascade from `files` would scan the largest tables once per file.
  static let initialSQL = """
    CREATE TABLE sources (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      origin TEXT NOT NULL CHECK (origin IN ('public', 'private', 'unknown')),
      time_axis TEXT NOT NULL CHECK (time_axis IN ('calendar', 'relative')),
      time_origin TEXT,
      imported_at TEXT NOT NULL
    );
    CREATE TABLE files (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      path TEXT NOT NULL,
      sha256 TEXT,
      size_bytes INTEGER,
      format TEXT,
      records_read INTEGER NOT NULL DEFAULT 0,
      imported INTEGER NOT NULL DEFAULT 0,
      rejected INTEGER NOT NULL DEFAULT 0,
      imported_at TEXT NOT NULL,
      UNIQUE (source_id, path)
    );
    CREATE TABLE patients (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      patient_id TEXT NOT NULL,
      sex TEXT NOT NULL,
      birth_day INTEGER,
      age_years REAL,
      death_day INTEGER,
      last_contact_day INTEGER,
      file_id INTEGER,
      line INTEGER,
      UNIQUE (source_id, patient_id)
    );
    CREATE TABLE patient_attributes (
      patient_key INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      value TEXT NOT NULL,
      PRIMARY KEY (patient_key, name)
    ) WITHOUT ROWID;
    CREATE TABLE diagnoses (
      id INTEGER PRIMARY KEY,
      patient_key INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
      label TEXT,
      day INTEGER,
      stage TEXT,
      advanced_day INTEGER,
      file_id INTEGER,
      line INTEGER
    );
    CREATE INDEX diagnoses_patient ON diagnoses (patient_key);
    CREATE TABLE diagnosis_codes (
      diagnosis_key INTEGER NOT NULL REFERENCES diagnoses(id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      code TEXT NOT NULL,
      concept TEXT,
      PRIMARY KEY (diagnosis_key, ordinal)
    ) WITHOUT ROWID;
    CREATE INDEX diagnosis_codes_code ON diagnosis_codes (code);
    CREATE INDEX diagnosis_codes_concept ON diagnosis_codes (concept);
    CREATE TABLE panels (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      panel_id TEXT NOT NULL,
      description TEXT,
      file_id INTEGER,
      line INTEGER,
      UNIQUE (source_id, panel_id)
    );
    CREATE TABLE panel_genes (
      panel_key INTEGER NOT NULL REFERENCES panels(id) ON DELETE CASCADE,
      gene TEXT NOT NULL,
      PRIMARY KEY (panel_key, gene)
    ) WITHOUT ROWID;
    CREATE TABLE samples (
      id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      sample_id TEXT NOT NULL,
      patient_key INTEGER REFERENCES patients(id) ON DELETE CASCADE,
      declared INTEGER NOT NULL,
      sample_type TEXT NOT NULL,
      assay TEXT,
      panel_id TEXT,
      collection_day INTEGER,
      file_id INTEGER,
      line INTEGER,
      UNIQUE (source_id, sample_id)
    );
    CREATE INDEX samples_patient ON samples (patient_key);
    CREATE TABLE alterations (
      id INTEGER PRIMARY KEY,
      sample_key INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      gene TEXT,
      chromosome TEXT,
      position INTEGER,
      ref TEXT,
      alt TEXT,
      protein_change TEXT,
      protein_change_kind TEXT,
      protein_start INTEGER,
      protein_end INTEGER,
      hgvsc TEXT,
      consequence TEXT,
      variant_class TEXT,
      impact TEXT,
      transcript TEXT,
      exon INTEGER,
      exon_last INTEGER,
      exon_total INTEGER,
      intron INTEGER,
      intron_last INTEGER,
      intron_total INTEGER,
      vaf REAL,
      depth INTEGER,
      filter TEXT,
      origin TEXT NOT NULL,
      copy_number INTEGER,
      structural_class TEXT,
      file_id INTEGER,
      line INTEGER
    );
    CREATE INDEX alterations_gene_protein ON alterations (gene, protein_change);
    CREATE INDEX alterations_gene_class ON alterations (gene, variant_class);
    CREATE INDEX alterations_gene_kind ON alterations (gene, kind);
    CREATE INDEX alterations_sample ON alterations (sample_key);
    CREATE TABLE fusion_partners (
      alteration_key INTEGER NOT NULL REFERENCES alterations(id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      gene TEXT NOT NULL,
      PRIMARY KEY (alteration_key, ordinal)
    ) WITHOUT ROWID;
    CREATE INDEX fusion_partners_gene ON fusion_partners (gene);
    CREATE TABLE transcript_annotations (
      alteration_key INTEGER NOT NULL REFERENCES alterations(id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      gene TEXT,
      transcript TEXT,
      consequences TEXT,
      impact TEXT,
      hgvsc TEXT,
      hgvsp TEXT,
      exon TEXT,
      intron TEXT,
      biotype TEXT,
      canonical INTEGER NOT NULL,
      mane_select INTEGER NOT NULL,
      picked INTEGER NOT NULL,
      PRIMARY KEY (alteration_key, ordinal)
    ) WITHOUT ROWID;
    CREATE TABLE biomarkers (
      id INTEGER PRIMARY KEY,
      sample_key INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      value REAL,
      category TEXT,
      unit TEXT,
      file_id INTEGER,
      line INTEGER
    );
    CREATE INDEX biomarkers_sample ON biomarkers (sample_key, name);
    CREATE TABLE treatments (
      id INTEGER PRIMARY KEY,
      patient_key INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
      agent TEXT NOT NULL,
      concept TEXT,
      modality TEXT NOT NULL,
      start_day INTEGER NOT NULL,
      end_day INTEGER,
      file_id INTEGER,
      line INTEGER
    );
    CREATE INDEX treatments_patient ON treatments (patient_key);
    CREATE INDEX treatments_concept ON treatments (concept);
    CREATE TABLE events (
      id INTEGER PRIMARY KEY,
      patient_key INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      day INTEGER NOT NULL,
      detail TEXT,
      file_id INTEGER,
      line INTEGER
    );
    CREATE INDEX events_patient ON events (patient_key);
    CREATE TABLE rejects (
      id INTEGER PRIMARY KEY,
      file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
      line INTEGER,
      "column" INTEGER,
      record TEXT,
      message TEXT NOT NULL,
      hint TEXT
    );
    CREATE INDEX rejects_file ON rejects (file_id);
    CREATE TABLE unmapped_codes (
      source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
      vocabulary TEXT NOT NULL,
      code TEXT NOT NULL,
      occurrences INTEGER NOT NULL,
      PRIMARY KEY (source_id, vocabulary, code)
    ) WITHOUT ROWID;
    CREATE TABLE ontology_closure (
      ontology TEXT NOT NULL,
      ancestor TEXT NOT NULL,
      descendant TEXT NOT NULL,
      depth INTEGER NOT NULL,
      PRIMARY KEY (ancestor, descendant)
    ) WITHOUT ROWID;
    CREATE INDEX ontology_closure_descendant ON ontology_closure (descendant);
    """

  /// Record linkage: pairs of patients of two sources known to be one person, and the person
  /// each linked patient belongs to (``PatientLinkage``).
  static let linkageSQL = """
    CREATE TABLE patient_links (
      id INTEGER PRIMARY KEY,
      source_a TEXT NOT NULL,
      patient_a TEXT NOT NULL,
      source_b TEXT NOT NULL,
      patient_b TEXT NOT NULL,
      linkage_file TEXT NOT NULL,
      line INTEGER NOT NULL,
      UNIQUE (source_a, patient_a, source_b, patient_b)
    );
    CREATE TABLE person_members (
      patient_key INTEGER PRIMARY KEY REFERENCES patients(id) ON DELETE CASCADE,
      person INTEGER NOT NULL
    );
    CREATE INDEX person_members_person ON person_members (person);
    CREATE VIEW patient_persons AS
      SELECT p.id AS patient_key, COALESCE(m.person, p.id) AS person
      FROM patients p LEFT JOIN person_members m ON m.patient_key = p.id;
    """

  /// Two indexes on `alterations`, one per way the cohort engine reaches the rows, instead of
  /// four.
  ///
  /// Every alteration atom the engine compiles names the gene and the kind, and a protein
  /// change also names the change, so `(gene, kind, protein_change)` serves them all as a seek
  /// when a step starts from the gene. When few patients remain, a step starts from their
  /// samples instead, and `(sample_key, gene, kind)` gives each sample's rows of that gene in
  /// one seek (it still serves every lookup by sample). Each index costs about 1.2 s per
  /// million rows to build at the end of an import, so two fewer matter there.
  static let geneIndexSQL = """
    DROP INDEX alterations_gene_protein;
    DROP INDEX alterations_gene_class;
    DROP INDEX alterations_gene_kind;
    DROP INDEX alterations_sample;
    CREATE INDEX alterations_gene ON alterations (gene, kind, protein_change);
    CREATE INDEX alterations_sample ON alterations (sample_key, gene, kind);
    """

  /// An alteration's only transcript annotation kept in its own row, and one index fewer on
  /// `treatments`.
  ///
  /// A MAF row, or a VCF annotated with VEP `--pick`, gives each alteration exactly one
  /// annotation, and it repeats the alteration's own columns: a second row for it in
  /// `transcript_annotations` doubled the rows a large import writes. Such an annotation now
  /// adds only what the alteration lacks (`hgvsp`, `biotype`, every consequence term, the
  /// flags); `annotation_flags` is not NULL exactly when the row holds one. The view
  /// `alteration_transcripts` shows both kinds as rows of `transcript_annotations`' shape.
  ///
  /// `treatments_concept` goes: the cohort engine reaches treatments from the patients it keeps
  /// (`treatments_patient`), never from a concept, and the index cost ≈ 0.8 s per million rows
  /// to build at the end of an import.
  static let primaryAnnotationSQL = """
    ALTER TABLE alterations ADD COLUMN hgvsp TEXT;
    ALTER TABLE alterations ADD COLUMN biotype TEXT;
    ALTER TABLE alterations ADD COLUMN consequences TEXT;
    ALTER TABLE alterations ADD COLUMN annotation_flags INTEGER;
    DROP INDEX treatments_concept;
    CREATE VIEW alteration_transcripts AS
      SELECT alteration_key, ordinal, gene, transcript, consequences, impact, hgvsc, hgvsp, exon,
        intron, biotype, canonical, mane_select, picked
      FROM transcript_annotations
      UNION ALL
      SELECT id, 0, gene, transcript, coalesce(consequences, consequence), impact, hgvsc, hgvsp,
        CASE WHEN exon IS NOT NULL
          THEN exon || coalesce('-' || exon_last, '') || coalesce('/' || exon_total, '') END,
        CASE WHEN intron IS NOT NULL
          THEN intron || coalesce('-' || intron_last, '') || coalesce('/' || intron_total, '') END,
        biotype, annotation_flags & 1, (annotation_flags >> 1) & 1, (annotation_flags >> 2) & 1
      FROM alterations WHERE annotation_flags IS NOT NULL;
    """
}
