"""Pure extractors: text in, facts out. Nothing here imports Dagster or DuckDB."""
