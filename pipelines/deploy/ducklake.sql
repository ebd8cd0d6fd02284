-- The shared DuckLake that shard warehouses publish into (pipelines/store/lake.py, README "Scale past one machine").
-- Each shard keeps its own warehouse/evidence.duckdb, with one writer; `evidence publish` (or the published_lake
-- asset, with EVIDENCE_LAKE and EVIDENCE_LAKE_DATA set) copies its new and changed articles and facts into the lake
-- in one transaction, retried when another shard's commit got in first. It attaches the lake like this:
--
--   many hosts: the catalog in Postgres (uv sync --extra lake-postgres), the data in object storage
--     EVIDENCE_LAKE='postgres:dbname=evidence host=catalog-db user=evidence'
--     EVIDENCE_LAKE_DATA='s3://evidence-warehouse/'
--   one host, several writers: the catalog in a SQLite file (what the tests run)
--     EVIDENCE_LAKE='sqlite:/srv/lake/catalog.sqlite'  EVIDENCE_LAKE_DATA='/srv/lake/data/'
--
-- The extensions are loaded from their wheels (duckdb-extension-ducklake, -sqlite-scanner, -postgres-scanner), never
-- downloaded. To query the lake from any DuckDB client with those extensions:
ATTACH 'ducklake:postgres:dbname=evidence host=catalog-db user=evidence' AS lake
    (DATA_PATH 's3://evidence-warehouse/', READ_ONLY);
USE lake;
-- e.g. every shard's randomised trials with their sample sizes, and which shard published them:
SELECT p.publisher, s.article_id, s.design, s.sample_size
FROM studies s JOIN published_articles p USING (article_id)
WHERE s.design = 'randomized_controlled_trial';
