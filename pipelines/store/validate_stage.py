"""Validate the staged fact rows with Great Expectations; move failing rows to quarantine."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

import duckdb
import pandas as pd

from pipelines.store.quarantine import quarantine_row, write_quarantine
from pipelines.store.schema import FACT_TABLES, STAGE_PREFIX, table
from pipelines.validation.gx_runner import TableValidation, validate_frame
from pipelines.validation.rules import Rule, rules_for, validation_query

# Rows validated in one GX batch: memory stays flat however many articles changed (GX copies the frame).
CHUNK_ROWS = 100_000

# validate_frame here, or the same call run in the GX helper process (validation/gx_process.py).
Validator = Callable[[str, pd.DataFrame, list[Rule]], TableValidation]


def validate_chunks(
    con: duckdb.DuckDBPyConnection, name: str, validate: Validator = validate_frame
) -> Iterator[tuple[TableValidation, pd.DataFrame]]:
    """(validation, frame) per chunk of whole articles' staged rows; at least one, empty when nothing is staged."""
    staged = con.execute(f"SELECT count(*) FROM {STAGE_PREFIX}{name}").fetchone()[0]
    chunks = max(1, -(-staged // CHUNK_ROWS))
    for i in range(chunks):
        frame = con.execute(validation_query(name, chunk=(i, chunks))).df()
        yield validate(name, frame, rules_for(name)), frame


@dataclass
class StagedValidation:
    """One table's GX result over its staged rows, and what quarantining its failures left behind."""

    validation: TableValidation
    quarantined: int = 0  # staged rows that failed a rule and moved to quarantine
    staged_after: int = 0  # rows left staged once the failures moved

    @property
    def reconciled(self) -> bool:
        """Every row GX saw is either still staged or quarantined: none lost, no failing row left behind."""
        return self.staged_after == self.validation.rows - self.quarantined


def quarantine_failures(
    con: duckdb.DuckDBPyConnection, run_id: str, now: datetime, validate: Validator = validate_frame
) -> dict[str, StagedValidation]:
    """Tables in dependency order, so children of a quarantined row fail their foreign-key rule."""
    outcomes: dict[str, StagedValidation] = {}
    for name in FACT_TABLES:
        for validation, frame in validate_chunks(con, name, validate):
            if name not in outcomes:
                outcomes[name] = StagedValidation(validation)
            else:
                _merge(outcomes[name].validation, validation)
            outcomes[name].quarantined += _quarantine_chunk(con, run_id, now, name, validation, frame)
        outcomes[name].staged_after = con.execute(f"SELECT count(*) FROM {STAGE_PREFIX}{name}").fetchone()[0]
    return outcomes


def _merge(total: TableValidation, validation: TableValidation) -> None:
    total.rows += validation.rows
    for summed, result in zip(total.results, validation.results, strict=True):
        summed.evaluated += result.evaluated
        summed.failed_rows.extend(result.failed_rows)  # positions within their own chunk: counted, not used


def _quarantine_chunk(
    con: duckdb.DuckDBPyConnection, run_id: str, now: datetime, name: str, validation: TableValidation,
    frame: pd.DataFrame,
) -> int:
    """Rows moved to quarantine."""
    failing = validation.failures_by_row()
    if not failing:
        return 0
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
    return len(rows)


def _plain(value):
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value
