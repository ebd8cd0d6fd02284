"""Evidence warehouse: study facts from lay health articles, loaded into DuckDB by Dagster."""
