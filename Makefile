# tiendo: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements/lock.txt pyproject.toml | sha1sum | cut -c1-12)
SHARED ?= ../shared
ARTIFACTS ?= $(CURDIR)/artifacts

.PHONY: run test lint eval venv system-deps clean bench bench-nation compiled test-compiled bench-extract

$(STAMP):
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements/lock.txt
	$(BIN)/pip install --quiet --no-deps -e .
	@rm -f $(VENV)/.installed-*; touch $@

venv: $(STAMP)

## Install the package, migrate the SQLite database, load the demo and serve it.
run: $(STAMP)
	$(BIN)/tiendo migrate
	$(BIN)/tiendo demo
	$(BIN)/tiendo serve

## Install everything the tests need (Debian packages too) and run the whole suite.
## With DATABASE_URL set, the suite runs against that database instead of SQLite.
test: $(STAMP) system-deps
	@mkdir -p $(ARTIFACTS)
	TIENDO_ARTIFACTS=$(ARTIFACTS) TIENDO_SHARED=$(abspath $(SHARED)) $(BIN)/pytest $(PYTEST_ARGS); \
	  status=$$?; echo "Screenshots and rendered pages: $(ARTIFACTS)"; exit $$status

system-deps:
	@bash scripts/system-deps.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/tiendo manage makemigrations --check --dry-run

eval: $(STAMP)
	$(BIN)/tiendo eval $(SHARED)/corpus/dev

## The engine compiled with mypyc (about 1.6 times as fast) in a copy of the package under
## build/compiled: the sources stay interpreted, so an edit is never hidden behind an old build.
## Run from there: `cd build/compiled && ../../.venv/bin/python -m tiendo extract FILE`.
COMPILED := build/compiled
ENGINE_MODULES := text names phrases numbers dates figures figure_rules indicator items meeting \
  documents people page engine
compiled: $(STAMP)
	rm -rf $(COMPILED) && mkdir -p $(COMPILED)
	cp -r tiendo tests bench docs pyproject.toml $(COMPILED)/
	cd $(COMPILED) && $(abspath $(BIN))/mypyc $(ENGINE_MODULES:%=tiendo/extract/%.py) > mypyc.log 2>&1 \
	  || (tail -n 40 mypyc.log; exit 1)
	cd $(COMPILED) && $(abspath $(BIN))/python -c "import sys, tiendo.extract.engine as e; \
	  sys.exit(0 if e.__file__.endswith('.so') else 'not compiled: ' + e.__file__)"

## The engine's tests on the compiled copy.
test-compiled: compiled
	cd $(COMPILED) && TIENDO_SHARED=$(abspath $(SHARED)) $(abspath $(BIN))/pytest tests/extract

## The extractor's speed, interpreted and then compiled (bench/extract.py of each tree).
bench-extract: compiled
	TIENDO_SHARED=$(abspath $(SHARED)) $(BIN)/python bench/extract.py
	cd $(COMPILED) && TIENDO_SHARED=$(abspath $(SHARED)) $(abspath $(BIN))/python bench/extract.py

## Speed figures (docs/performance.md): province scale on SQLite and PostgreSQL, a few minutes.
## PostgreSQL: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/tiendo_bench).
bench: $(STAMP)
	TIENDO_SHARED=$(abspath $(SHARED)) $(BIN)/python bench/run.py --scale province

## The same at the scale of the nation (~14 000 units, 150 indicators, 10 years): hours.
bench-nation: $(STAMP)
	TIENDO_SHARED=$(abspath $(SHARED)) $(BIN)/python bench/run.py --scale nation

clean:
	rm -rf $(VENV) $(ARTIFACTS)
