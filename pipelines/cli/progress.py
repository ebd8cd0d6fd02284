"""A Dagster logger that prints one line per step, materialization and check: the CLI's progress display."""

from __future__ import annotations

import logging
import sys
import time

import dagster as dg

_SHOWN = {"STEP_START", "STEP_FAILURE", "ASSET_MATERIALIZATION", "ASSET_CHECK_EVALUATION"}


class _ProgressHandler(logging.Handler):
    def __init__(self, stream):
        super().__init__()
        self.stream = stream
        self.started: dict[str, float] = {}

    def emit(self, record: logging.LogRecord) -> None:
        event = getattr(record, "dagster_event", None)
        if event is None or event.event_type_value not in _SHOWN:
            return
        kind, step = event.event_type_value, event.step_key or ""
        if kind == "STEP_START":
            self.started[step] = time.monotonic()
            line = f"  … {step}"
        elif kind == "ASSET_MATERIALIZATION":
            materialization = event.event_specific_data.materialization
            rows = materialization.metadata.get("dagster/row_count")
            took = time.monotonic() - self.started.get(step, time.monotonic())
            count = f"{rows.value:,} rows" if rows is not None else ""
            line = f"  ✓ {materialization.asset_key.to_user_string():<18} {count:>14}  {took:5.1f}s"
        elif kind == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            warned = not evaluation.passed and evaluation.severity == dg.AssetCheckSeverity.WARN
            mark = "✓" if evaluation.passed else "!" if warned else "✗"
            line = f"    {mark} check {evaluation.check_name}" + (f": {evaluation.description}" if warned else "")
        else:
            error = event.event_specific_data.error
            line = f"  ✗ {step} failed: {_root_cause(error) if error else 'see the Dagster UI'}"
        print(line, file=self.stream, flush=True)


def _root_cause(error) -> str:
    """The error the step's own code raised: Dagster wraps it in "Error occurred while executing op ..."."""
    while getattr(error, "cause", None) is not None:
        error = error.cause
    return error.message.strip().splitlines()[-1]


@dg.logger(description="One line per step, materialization and check, for the `evidence` CLI.")
def progress_logger(init_context) -> logging.Logger:
    logger = logging.getLogger("evidence.progress")
    logger.handlers = [_ProgressHandler(sys.stderr)]
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    return logger
