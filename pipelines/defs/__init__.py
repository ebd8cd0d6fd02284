"""The Dagster layer: assets, checks, jobs, schedule and sensor. Thin: the work is in pure modules."""
