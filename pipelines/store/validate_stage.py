"""Validate the staged fact rows with Great Expectations; move failing rows to quarantine."""

from __future__ import annotations

from datetime import datetime

import duckdb
import pandas as pd

from pipelines.store.quarantine import quarantine_row, write_quarantine
from pipelines.store.schema import FACT_TABLES, STAGE_PREFIX, table
from pipelines.validation.gx_runner import TableValidation, validate_frame
from pipelines.validation.rules import rules_for, validation_query


def validate_table(con: duckdb.DuckDBPyConnection, name: str) -> tuple[TableValidation, pd.DataFrame]:
    frame = con.execute(validation_query(name)).df()
    return validate_frame(name, frame, rules_for(name)), frame


def quarantine_failures(con: duckdb.DuckDBPyConnection, run_id: str, now: datetime) -> dict[str, TableValidation]:
    """Tables in dependency order, so children of a quarantined row fail their foreign-key rule."""
    outcomes = {}
    for name in FACT_TABLES:
        validation, frame = validate_table(con, name)
        outcomes[name] = validation
        failing = validation.failures_by_row()
        if not failing:
            continue
        pk = list(table(name).primary_key)
        rows = []
        for position, rules in sorted(failing.items()):
            record = frame.iloc[position]
            row_id = ":".join(str(record[c]) for c in pk)
            offending = {r.column: _plain(record[r.column]) for r in rules}
            rows.append(
                quarantine_row(
                    run_id=run_id,
                    now=now,
                    stage="validate",
                    table_name=name,
                    row_id=row_id,
                    article_id=_plain(record["article_id"]),
                    rule=",".join(r.rule for r in rules),
                    reason="; ".join(r.reason for r in rules),
                    offending=offending,
                )
            )
        write_quarantine(con, rows)
        keys = frame.iloc[sorted(failing)][pk].drop_duplicates()
        con.register("failed_keys", keys)
        try:
            match = " AND ".join(f"s.{c} IS NOT DISTINCT FROM f.{c}" for c in pk)
            con.execute(f"DELETE FROM {STAGE_PREFIX}{name} s WHERE EXISTS (SELECT 1 FROM failed_keys f WHERE {match})")
        finally:
            con.unregister("failed_keys")
    return outcomes


def _plain(value):
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value
