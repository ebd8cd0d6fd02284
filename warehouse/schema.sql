-- Every warehouse table, defined once. Loaders, staging tables and Great Expectations suites read
-- column lists, types and NOT NULL constraints from here (pipelines/store/schema.py).
-- Offsets (char_start, char_end) index articles.text as a Python string; `sentence` is the sentence
-- (or sentences) holding the span, so every fact can be checked against its source.

-- One row per path ever seen under the raw folder. article_id is the SHA-256 of the file's bytes,
-- so two paths with the same content share one article.
CREATE TABLE IF NOT EXISTS raw_files (
    path            VARCHAR PRIMARY KEY,   -- relative to the raw folder, '/'-separated
    article_id      VARCHAR,               -- SHA-256 of the content; NULL when the file could not be read
    size_bytes      BIGINT NOT NULL,
    format          VARCHAR,               -- txt | html | md | NULL (unsupported)
    modified_at     TIMESTAMP,
    first_seen      TIMESTAMP NOT NULL,
    last_seen       TIMESTAMP NOT NULL,
    status          VARCHAR NOT NULL,      -- new | changed | unchanged | deleted | unreadable (as of the last run)
    deleted_at      TIMESTAMP
);

-- One row per distinct content. facts_version says which extractor produced the loaded facts;
-- NULL means the facts are not loaded yet (a run died between ingest and load, or the text is new).
CREATE TABLE IF NOT EXISTS articles (
    article_id      VARCHAR PRIMARY KEY,
    path            VARCHAR NOT NULL,      -- first path with this content (all paths: raw_files)
    format          VARCHAR NOT NULL,
    encoding        VARCHAR,
    title           VARCHAR,
    text            VARCHAR NOT NULL,
    char_count      INTEGER NOT NULL,
    removed_lines   INTEGER NOT NULL,      -- web-cruft lines the reader dropped
    ingested_at     TIMESTAMP NOT NULL,
    facts_version   VARCHAR,
    facts_loaded_at TIMESTAMP,
    -- The publication date the page gives, ISO text of its precision: '2025-10-02', '2025-10' or '2025'.
    -- This column and the next are last because a warehouse made before them gets them added at the end
    -- (schema.py).
    published       VARCHAR,
    -- Which reader code made text, title and published; NULL or another value means the next run reads the
    -- file again (and re-extracts its facts if what the reader gives changed).
    reader_version  VARCHAR
);

CREATE TABLE IF NOT EXISTS citations (
    citation_id     VARCHAR NOT NULL,      -- article_id || ':c' || citation_index
    article_id      VARCHAR NOT NULL,
    citation_index  INTEGER NOT NULL,      -- position in the article's citation list (0-based)
    kind            VARCHAR NOT NULL,      -- reference | inline
    marker          VARCHAR,
    first_author    VARCHAR,
    authors         VARCHAR[],
    year            INTEGER,
    title           VARCHAR,
    journal         VARCHAR,
    volume          VARCHAR,
    issue           VARCHAR,
    pages           VARCHAR,
    doi             VARCHAR,
    pmid            VARCHAR,
    raw             VARCHAR NOT NULL,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS studies (
    study_id        VARCHAR NOT NULL,      -- article_id || ':s' || study_index
    article_id      VARCHAR NOT NULL,
    study_index     INTEGER NOT NULL,      -- order of first mention in the article (0-based)
    design          VARCHAR NOT NULL,
    blinding        VARCHAR,
    sample_size     INTEGER,
    sample_unit     VARCHAR,
    population      VARCHAR,
    sessions        INTEGER,
    citation_id     VARCHAR,               -- the paper reporting the study, when the article gives it
    char_start      INTEGER NOT NULL,      -- the first sentence about the study
    char_end        INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL
);

-- Evidence for each scalar study fact (design, blinding, sample_size, population, sessions).
CREATE TABLE IF NOT EXISTS study_evidence (
    study_id        VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    field           VARCHAR NOT NULL,
    value           VARCHAR,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS study_arms (
    arm_id          VARCHAR NOT NULL,
    study_id        VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    arm_index       INTEGER NOT NULL,
    role            VARCHAR NOT NULL,      -- intervention | comparator
    name            VARCHAR NOT NULL,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS study_durations (
    duration_id     VARCHAR NOT NULL,
    study_id        VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    duration_index  INTEGER NOT NULL,
    value           DOUBLE NOT NULL,
    unit            VARCHAR NOT NULL,      -- minute | hour | day | week | month | year
    role            VARCHAR NOT NULL,      -- session | intervention | follow_up | study_period
    weeks           DOUBLE NOT NULL,       -- value converted to weeks, for comparisons across units
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS study_outcomes (
    outcome_id      VARCHAR NOT NULL,
    study_id        VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    outcome_index   INTEGER NOT NULL,
    name            VARCHAR NOT NULL,
    direction       VARCHAR,               -- improved | worsened | no_difference | mixed | NULL (not stated)
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL
);

-- Numbers in the article that are not study facts: prevalence, money, ages, other counts.
CREATE TABLE IF NOT EXISTS statements (
    statement_id    VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    statement_index INTEGER NOT NULL,
    kind            VARCHAR NOT NULL,
    value           DOUBLE NOT NULL,
    text            VARCHAR NOT NULL,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL
);

-- The fact tables' row keys. Not PRIMARY KEY constraints: DuckDB keeps each in an index that it writes out whole
-- at every checkpoint (1.2 s for a 2.4M-row table after a change of 24k rows) and that makes bulk inserts about
-- five times slower. Validation checks every key is unique before its rows load, and a re-extracted article's
-- rows are deleted before its new ones are inserted. `SELECT table_name, column_name FROM duckdb_columns()
-- WHERE comment = 'row key'` lists them.
COMMENT ON COLUMN citations.citation_id IS 'row key';
COMMENT ON COLUMN studies.study_id IS 'row key';
COMMENT ON COLUMN study_evidence.study_id IS 'row key';
COMMENT ON COLUMN study_evidence.field IS 'row key';
COMMENT ON COLUMN study_arms.arm_id IS 'row key';
COMMENT ON COLUMN study_durations.duration_id IS 'row key';
COMMENT ON COLUMN study_outcomes.outcome_id IS 'row key';
COMMENT ON COLUMN statements.statement_id IS 'row key';

-- Everything that did not load, with the reason: unreadable files (stage 'ingest') and fact rows
-- that failed a validation rule (stage 'validate'). Nothing is dropped silently.
CREATE TABLE IF NOT EXISTS quarantine (
    quarantine_id   VARCHAR PRIMARY KEY,
    run_id          VARCHAR NOT NULL,
    path            VARCHAR,
    article_id      VARCHAR,
    stage           VARCHAR NOT NULL,      -- ingest | validate
    table_name      VARCHAR,
    row_id          VARCHAR,
    rule            VARCHAR NOT NULL,
    reason          VARCHAR NOT NULL,
    offending       VARCHAR,               -- JSON of the offending values
    quarantined_at  TIMESTAMP NOT NULL,
    resolved_at     TIMESTAMP,             -- set when a later run replaced the file or its facts
    -- Ingest rows: the reader version and size limit that refused the file ('<reader_version>|<max bytes>').
    -- A run with other reader code or another limit tries the file again. Last: added to older warehouses.
    attempted_with  VARCHAR
);

CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id             VARCHAR PRIMARY KEY,
    raw_dir            VARCHAR NOT NULL,
    started_at         TIMESTAMP NOT NULL,
    finished_at        TIMESTAMP,
    files_seen         INTEGER NOT NULL,
    files_new          INTEGER NOT NULL,
    files_changed      INTEGER NOT NULL,
    files_unchanged    INTEGER NOT NULL,
    files_deleted      INTEGER NOT NULL,
    files_quarantined  INTEGER NOT NULL,
    articles_extracted INTEGER,
    rows_loaded        INTEGER,
    rows_quarantined   INTEGER,
    status             VARCHAR NOT NULL    -- ingested | loaded
);

-- Full-text search, maintained incrementally: an article's text never changes (its id is the hash of its
-- file), so each run indexes only new articles and drops vanished ones. Query with the search_articles
-- macro (warehouse/search.sql), which ranks by BM25.
CREATE TABLE IF NOT EXISTS search_documents (
    article_id      VARCHAR PRIMARY KEY,
    term_count      INTEGER NOT NULL      -- indexed words in title and text: BM25's document length
);

CREATE TABLE IF NOT EXISTS search_terms (
    article_id      VARCHAR NOT NULL,
    term            VARCHAR NOT NULL,     -- lowercased, accents stripped, Porter-stemmed
    tf              INTEGER NOT NULL      -- occurrences in the article
);

-- Bookkeeping for the load step: the articles whose facts the staging tables (stage_<fact table>,
-- created from the tables above) hold, and the extractor version that made them.
CREATE TABLE IF NOT EXISTS stage_extracted (
    article_id      VARCHAR PRIMARY KEY,
    facts_version   VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL
);
