-- A warehouse that accepts concurrent writers: DuckLake keeps the catalog in Postgres and the data as
-- Parquet files on shared or object storage. DuckLake enforces NOT NULL but no PRIMARY KEY: the fact tables of
-- warehouse/schema.sql (keys checked by validation, declared as 'row key' comments) can be created in it as is;
-- raw_files, articles, search_documents, quarantine, ingest_runs and stage_extracted are upserted by their
-- PRIMARY KEY (INSERT OR REPLACE, ON CONFLICT) and would need those statements rewritten as MERGE INTO first.
-- Run this in each writer's connection instead of opening warehouse/evidence.duckdb:
INSTALL ducklake;      -- once per machine, from a mirror when offline
INSTALL postgres;
ATTACH 'ducklake:postgres:dbname=evidence host=catalog-db user=evidence' AS evidence
    (DATA_PATH 's3://evidence-warehouse/');
USE evidence;
-- Then raise the duckdb_writer pool in dagster-cluster.yaml: DuckLake commits are optimistic, so two loads
-- of different articles both succeed, and a conflicting one retries.
