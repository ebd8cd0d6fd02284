"""DuckDB side of the warehouse: schema, connections, loads and exports. No Dagster here."""
