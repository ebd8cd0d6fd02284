-- A warehouse that accepts concurrent writers: DuckLake keeps the catalog in Postgres and the data as
-- Parquet files on shared or object storage. Every table of warehouse/schema.sql can be created in it as is.
-- Run this in each writer's connection instead of opening warehouse/evidence.duckdb:
INSTALL ducklake;      -- once per machine, from a mirror when offline
INSTALL postgres;
ATTACH 'ducklake:postgres:dbname=evidence host=catalog-db user=evidence' AS evidence
    (DATA_PATH 's3://evidence-warehouse/');
USE evidence;
-- Then raise the duckdb_writer pool in dagster-cluster.yaml: DuckLake commits are optimistic, so two loads
-- of different articles both succeed, and a conflicting one retries.
