# Two commands set everything up on a fresh machine with Python 3.11 and make:
#   make run    install the pinned environment, materialize every asset over raw/, print a summary
#   make test   install the pinned environment (with test tools), run the whole test suite
SHELL := /bin/bash
PYTHON ?= python3.11
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
export UV_PROJECT_ENVIRONMENT := $(VENV)
# Tests and runs never reach the network: no Dagster telemetry, no GX analytics.
export DAGSTER_DISABLE_TELEMETRY := 1
export GX_ANALYTICS_ENABLED := false

.PHONY: run test dev eval bench lint clean

$(UV):
	@command -v $(PYTHON) >/dev/null || { echo "make: $(PYTHON) not found: install Python 3.11 (or make PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# --compile-bytecode: Python would otherwise compile Dagster, GX and pandas from source at every start wherever
# it cannot write __pycache__ (PYTHONDONTWRITEBYTECODE, read-only installs): ~5 s more per run, ~4 s per GX import.
$(VENV)/.synced: $(UV) pyproject.toml uv.lock Makefile
	$(UV) sync --frozen --compile-bytecode --python $(PYTHON)
	@touch $@

run: $(VENV)/.synced
	$(VENV)/bin/evidence run

test: $(VENV)/.synced
	$(VENV)/bin/ruff check pipelines tests
	$(VENV)/bin/ruff format --check pipelines tests
	$(VENV)/bin/pytest

dev: $(VENV)/.synced
	$(VENV)/bin/evidence dev

# Builds a warehouse from each gold folder through the real pipeline, exports and scores it with
# ../shared/eval/score.py: the dev set, the citation set, and the fifty-one independent generalization sets
# (check4, check8, check14, check16, check18, check22, check24, check26, check28, check30, check32, check33, check35,
# check37, check39, check41, check43, check45, check47, check49 and check51 are never tuned on).
GEN := tests/fixtures/generalization
eval: $(VENV)/.synced
	$(VENV)/bin/evidence eval
	$(VENV)/bin/evidence eval --articles ../shared/eval/citations/articles --gold ../shared/eval/citations/gold
	$(VENV)/bin/evidence eval --articles $(GEN)/articles --gold $(GEN)/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check/articles --gold $(GEN)_check/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check3/articles --gold $(GEN)_check3/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check5/articles --gold $(GEN)_check5/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check6/articles --gold $(GEN)_check6/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check7/articles --gold $(GEN)_check7/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check9/articles --gold $(GEN)_check9/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check10/articles --gold $(GEN)_check10/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check4/articles --gold $(GEN)_check4/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check8/articles --gold $(GEN)_check8/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check11/articles --gold $(GEN)_check11/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check12/articles --gold $(GEN)_check12/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check13/articles --gold $(GEN)_check13/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check14/articles --gold $(GEN)_check14/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check15/articles --gold $(GEN)_check15/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check16/articles --gold $(GEN)_check16/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check17/articles --gold $(GEN)_check17/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check18/articles --gold $(GEN)_check18/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check19/articles --gold $(GEN)_check19/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check20/articles --gold $(GEN)_check20/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check21/articles --gold $(GEN)_check21/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check22/articles --gold $(GEN)_check22/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check23/articles --gold $(GEN)_check23/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check24/articles --gold $(GEN)_check24/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check25/articles --gold $(GEN)_check25/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check26/articles --gold $(GEN)_check26/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check27/articles --gold $(GEN)_check27/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check28/articles --gold $(GEN)_check28/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check29/articles --gold $(GEN)_check29/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check30/articles --gold $(GEN)_check30/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check31/articles --gold $(GEN)_check31/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check32/articles --gold $(GEN)_check32/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check33/articles --gold $(GEN)_check33/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check34/articles --gold $(GEN)_check34/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check35/articles --gold $(GEN)_check35/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check36/articles --gold $(GEN)_check36/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check37/articles --gold $(GEN)_check37/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check38/articles --gold $(GEN)_check38/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check39/articles --gold $(GEN)_check39/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check40/articles --gold $(GEN)_check40/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check41/articles --gold $(GEN)_check41/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check42/articles --gold $(GEN)_check42/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check43/articles --gold $(GEN)_check43/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check44/articles --gold $(GEN)_check44/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check45/articles --gold $(GEN)_check45/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check46/articles --gold $(GEN)_check46/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check47/articles --gold $(GEN)_check47/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check48/articles --gold $(GEN)_check48/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check49/articles --gold $(GEN)_check49/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check50/articles --gold $(GEN)_check50/gold
	$(VENV)/bin/evidence eval --articles $(GEN)_check51/articles --gold $(GEN)_check51/gold

lint: $(VENV)/.synced
	$(VENV)/bin/ruff check pipelines tests
	$(VENV)/bin/ruff format --check pipelines tests

clean:
	rm -rf $(VENV) $(TOOLS) .dagster warehouse/evidence.duckdb warehouse/evidence.duckdb.wal warehouse/evidence.duckdb.lock warehouse/evidence.snapshot.duckdb

# Synthetic corpora of 1,000, 10,000 and 100,000 articles: about 25 minutes on 2 cores, most of it the 100k cold
# run (BENCH_SIZES="1000 10000" for a quick look).
BENCH_SIZES ?= 1000 10000 100000
bench: $(VENV)/.synced
	$(VENV)/bin/python -m pipelines.bench --articles $(BENCH_SIZES)
