"""Validate the staged fact rows with Great Expectations; move failing rows to quarantine."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime

import duckdb
import pandas as pd

from pipelines.store.quarantine import quarantine_row, write_quarantine
from pipelines.store.schema import FACT_TABLES, STAGE_PREFIX, table
from pipelines.validation.gx_runner import TableValidation, validate_frame
from pipelines.validation.rules import OPTIONAL_LINKS, Rule, rules_for, stage_parents, validation_query

# Rows validated in one GX batch: memory stays flat however many articles changed (GX copies the frame).
CHUNK_ROWS = 100_000

# validate_frame here, or the same call run in the GX helper process (validation/gx_process.py).
Validator = Callable[[str, pd.DataFrame, list[Rule]], TableValidation]


def chunk_plan(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int, int]]:
    """(table, chunk, chunks) in validation order: a table after the tables its key rules read.

    Counted once up front: quarantining a table's rows never changes how many rows another table has staged.
    """
    plan = []
    for name in _validation_order():
        staged = con.execute(f"SELECT count(*) FROM {STAGE_PREFIX}{name}").fetchone()[0]
        chunks = max(1, -(-staged // CHUNK_ROWS))
        plan += [(name, i, chunks) for i in range(chunks)]
    return plan


def _validation_order() -> list[str]:
    """Parents first; after each table, one that does not read it if there is one, so its query can overlap GX."""
    ordered: list[str] = []
    remaining = list(FACT_TABLES)
    while remaining:
        ready = [name for name in remaining if stage_parents(name) <= set(ordered)]
        free = [name for name in ready if not (ordered and ordered[-1] in stage_parents(name))]
        ordered.append((free or ready)[0])
        remaining.remove(ordered[-1])
    return ordered


def chunk_frame(con: duckdb.DuckDBPyConnection, name: str, chunk: int, chunks: int) -> pd.DataFrame:
    """One chunk of whole articles' staged rows with the derived columns the rules check."""
    return con.execute(validation_query(name, chunk=(chunk, chunks))).df()


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
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    now: datetime,
    validate: Validator = validate_frame,
    overlap: bool = False,
) -> dict[str, StagedValidation]:
    """Validate every staged chunk and quarantine its failing rows; children after the parents they point to.

    overlap: `validate` runs elsewhere (the GX helper process), so while it checks one chunk this process
    queries the next, unless the next reads the stage of the table being checked (its foreign keys).
    """
    outcomes: dict[str, StagedValidation] = {}
    plan = chunk_plan(con)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gx-wait") if overlap else nullcontext() as waiter:
        frame = chunk_frame(con, *plan[0]) if plan else None
        for position, (name, chunk, chunks) in enumerate(plan):
            upcoming = plan[position + 1] if position + 1 < len(plan) else None
            if waiter is not None:
                pending = waiter.submit(validate, name, frame, rules_for(name))
                prefetched = None
                if upcoming is not None and name not in stage_parents(upcoming[0]):
                    prefetched = chunk_frame(con, *upcoming)
                validation = pending.result()
            else:
                validation, prefetched = validate(name, frame, rules_for(name)), None
            if name not in outcomes:
                outcomes[name] = StagedValidation(validation)
            else:
                _merge(outcomes[name].validation, validation)
            outcomes[name].quarantined += _quarantine_chunk(con, run_id, now, name, validation, frame)
            if chunk == chunks - 1:
                outcomes[name].staged_after = con.execute(f"SELECT count(*) FROM {STAGE_PREFIX}{name}").fetchone()[0]
            if upcoming is not None:
                frame = prefetched if prefetched is not None else chunk_frame(con, *upcoming)
    return {name: outcomes[name] for name in FACT_TABLES}


def _merge(total: TableValidation, validation: TableValidation) -> None:
    total.rows += validation.rows
    for summed, result in zip(total.results, validation.results, strict=True):
        summed.evaluated += result.evaluated
        summed.failed_rows.extend(result.failed_rows)  # positions within their own chunk: counted, not used


def _quarantine_chunk(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    now: datetime,
    name: str,
    validation: TableValidation,
    frame: pd.DataFrame,
) -> int:
    """Rows moved to quarantine."""
    failing = validation.failures_by_row()
    if not failing:
        return 0
    key = list(table(name).key)
    rows = []
    for position, rules in sorted(failing.items()):
        record = frame.iloc[position]
        row_id = ":".join(str(record[c]) for c in key)
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
    keys = frame.iloc[sorted(failing)][key].drop_duplicates()
    con.register("failed_keys", keys)
    try:
        match = " AND ".join(f"s.{c} IS NOT DISTINCT FROM f.{c}" for c in key)
        con.execute(f"DELETE FROM {STAGE_PREFIX}{name} s WHERE EXISTS (SELECT 1 FROM failed_keys f WHERE {match})")
        # A study stands without its paper: a quarantined citation (a misread year, say) leaves the studies that
        # cite it in place, unlinked, rather than taking them, their arms and their outcomes to quarantine too.
        # The citation's own quarantine row, with the article id, says what was dropped and why.
        for child, column in OPTIONAL_LINKS.get(name, ()):
            con.execute(
                f"UPDATE {STAGE_PREFIX}{child} SET {column} = NULL WHERE {column} IN (SELECT {key[0]} FROM failed_keys)"
            )
    finally:
        con.unregister("failed_keys")
    return len(rows)


def _plain(value):
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value
