-- The shared DuckLake's own table (pipelines/store/lake.py). The lake also holds `articles` and every fact table
-- with the columns schema.sql gives them; it has no PRIMARY KEY (DuckLake has none), so publishing replaces an
-- article's rows by article_id and keeps this ledger with MERGE INTO.

-- One row per article in the lake. The same text read by the same reader and extractor versions gives the same
-- facts, so an article whose versions match its row here is up to date whichever warehouse published it.
CREATE TABLE IF NOT EXISTS published_articles (
    article_id      VARCHAR NOT NULL,      -- one row per article_id (kept by MERGE INTO, not by a key)
    publisher       VARCHAR NOT NULL,      -- the name the publishing warehouse goes by (evidence publish --as)
    facts_version   VARCHAR NOT NULL,      -- articles.facts_version in that warehouse
    reader_version  VARCHAR,               -- articles.reader_version in that warehouse
    facts_loaded_at TIMESTAMP NOT NULL,
    published_at    TIMESTAMP NOT NULL
);
