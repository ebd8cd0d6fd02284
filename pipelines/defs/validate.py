"""Validate layer: Great Expectations suites over the staged facts; failing rows go to quarantine."""

from collections.abc import Iterator

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines.defs.extract import extracted_facts
from pipelines.defs.ingest import utc_now
from pipelines.defs.resources import WRITER_POOL, GreatExpectations
from pipelines.store.schema import FACT_TABLES, apply_schema
from pipelines.store.validate_stage import StagedValidation, quarantine_failures

RULE_CHECKS = [
    dg.AssetCheckSpec(
        name=f"{name}_rules",
        asset="validated_facts",
        blocking=True,
        description=f"The GX suite over the staged {name} rows (required, unique, enums, ranges, spans, keys): "
        "warns when rows failed and went to quarantine, blocks the load when the stage does not reconcile.",
    )
    for name in FACT_TABLES
]


@dg.asset(
    group_name="validate", kinds={"duckdb", "python"}, pool=WRITER_POOL, deps=[extracted_facts], check_specs=RULE_CHECKS
)
def validated_facts(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, great_expectations: GreatExpectations
) -> dg.MaterializeResult:
    """Staged facts that passed every rule; rows that failed are moved to quarantine with the rule and reason."""
    with duckdb.get_connection() as con:
        apply_schema(con)
        con.execute("BEGIN TRANSACTION")
        outcomes = quarantine_failures(
            con,
            context.run.run_id,
            utc_now(),
            great_expectations.validate,
            overlap=great_expectations.helper_process,
        )
        con.execute("COMMIT")
    quarantined = {name: v.quarantined for name, v in outcomes.items()}
    failed_rules = {
        f"{name}.{r.rule.rule}": len(r.failed_rows)
        for name, v in outcomes.items()
        for r in v.validation.results
        if r.failed_rows
    }
    validated = sum(v.validation.rows for v in outcomes.values())
    context.log.info(f"validated {validated} staged rows, quarantined {sum(quarantined.values())}")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": dg.MetadataValue.int(validated - sum(quarantined.values())),
            "rows_validated": validated,
            "rows_quarantined": sum(quarantined.values()),
            "quarantined_by_table": dg.MetadataValue.json(quarantined),
            "failed_rules": dg.MetadataValue.json(failed_rules),
        },
        check_results=list(rule_check_results(outcomes)),
    )


def rule_check_results(outcomes: dict[str, StagedValidation]) -> Iterator[dg.AssetCheckResult]:
    """The checks report the validation the asset just ran, so GX reads each changed row once, not twice.

    Passed: no row failed. Warning: rows failed and are in quarantine, the rest load. Error (blocks the load):
    the staged rows do not add up to validated minus quarantined, so a row was lost or a failure left behind.
    """
    for name, outcome in outcomes.items():
        validation = outcome.validation
        failed = {r.rule.rule: len(r.failed_rows) for r in validation.results if r.failed_rows}
        severity = dg.AssetCheckSeverity.WARN if outcome.reconciled else dg.AssetCheckSeverity.ERROR
        expected = validation.rows - outcome.quarantined
        if not outcome.reconciled:
            description = f"{outcome.staged_after} rows staged after quarantine, expected {expected}"
        elif failed:
            description = f"{outcome.quarantined} rows quarantined: {failed}"
        else:
            description = "every staged row passes"
        yield dg.AssetCheckResult(
            check_name=f"{name}_rules",
            passed=validation.success and outcome.reconciled,
            severity=severity,
            description=description,
            metadata={
                "rows_checked": validation.rows,
                "rules": len(validation.results),
                "failed": failed,
                "quarantined": outcome.quarantined,
                "staged_after": outcome.staged_after,
            },
        )
