# Pressefakten: `make run` sets everything up on a fresh machine and runs the main job;
# `make test` runs the test suite. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test lint format evaluate bench repro clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/pressefakten extract corpus --out outputs

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check pipeline tests bench
	$(VENV)/bin/ruff format --check pipeline tests bench

format: $(STAMP)
	$(VENV)/bin/ruff format pipeline tests bench
	$(VENV)/bin/ruff check --fix pipeline tests bench

evaluate: $(STAMP)
	$(PY) -m pipeline.stages.evaluate

bench: $(STAMP)
	$(PY) bench/run_bench.py

repro: $(STAMP)
	$(PY) -m pip install --quiet -e ".[dev,dvc]"
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" dvc repro

clean:
	rm -rf $(VENV) build outputs/*.csv outputs/*.parquet outputs/schema metrics.json
