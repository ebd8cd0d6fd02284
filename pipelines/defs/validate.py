"""Validate layer: Great Expectations suites over the staged facts; failing rows go to quarantine."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.defs.extract import extracted_facts
from pipelines.defs.ingest import utc_now
from pipelines.defs.resources import WRITER_POOL
from pipelines.store.schema import FACT_TABLES, apply_schema
from pipelines.store.validate_stage import quarantine_failures, validate_table


@dg.asset(group_name="validate", kinds={"duckdb", "python"}, pool=WRITER_POOL, deps=[extracted_facts])
def validated_facts(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Staged facts that passed every rule; rows that failed are moved to quarantine with the rule and reason."""
    with duckdb.get_connection() as con:
        apply_schema(con)
        con.execute("BEGIN TRANSACTION")
        outcomes = quarantine_failures(con, context.run.run_id, utc_now())
        con.execute("COMMIT")
    quarantined = {name: len(v.failures_by_row()) for name, v in outcomes.items()}
    failed_rules = {
        f"{name}.{r.rule.rule}": len(r.failed_rows) for name, v in outcomes.items() for r in v.results if r.failed_rows
    }
    validated = sum(v.rows for v in outcomes.values())
    context.log.info(f"validated {validated} staged rows, quarantined {sum(quarantined.values())}")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": dg.MetadataValue.int(validated - sum(quarantined.values())),
            "rows_validated": validated,
            "rows_quarantined": sum(quarantined.values()),
            "quarantined_by_table": dg.MetadataValue.json(quarantined),
            "failed_rules": dg.MetadataValue.json(failed_rules),
        }
    )


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec(
            name=f"{name}_rules",
            asset=validated_facts,
            blocking=True,
            description=f"Every staged {name} row passes its GX suite (required, unique, enums, ranges, spans, keys).",
        )
        for name in FACT_TABLES
    ],
    description="Great Expectations suites over what validated_facts left staged; a failure blocks the load.",
)
def staged_table_checks(duckdb: DuckDBResource):
    # One step for all tables: each check step would pay Dagster's per-step overhead for a sub-second suite.
    with duckdb.get_connection() as con:
        validations = {name: validate_table(con, name) for name in FACT_TABLES}
    for name, validation in validations.items():
        failed = {r.rule.rule: len(r.failed_rows) for r in validation.results if r.failed_rows}
        yield dg.AssetCheckResult(
            asset_key=validated_facts.key,
            check_name=f"{name}_rules",
            passed=validation.success,
            severity=dg.AssetCheckSeverity.ERROR,
            description="every staged row passes" if validation.success else f"failing rules {failed}",
            metadata={"rows_checked": validation.rows, "rules": len(validation.results), "failed": failed},
        )
