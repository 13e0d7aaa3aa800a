# claimgraph: `make demo` runs the main job, `make test` runs the tests.
# Both install what is missing first (a .venv with the project, Neo4j via Maven).

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPARK_STAMP := $(VENV)/.installed-spark
NATIVE := $(VENV)/claimgraph-native/manifest.json
NATIVE_SOURCES := $(shell find ingest graph -name '*.py') claimgraph/native.py claimgraph/native_build.py

export CLAIMGRAPH_NEO4J_PASSWORD ?= claimgraph-dev
export CLAIMGRAPH_NEO4J_BOLT_PORT ?= 7687
export CLAIMGRAPH_NEO4J_HTTP_PORT ?= 7474
API_HOST ?= 127.0.0.1
API_PORT ?= 8000

# `make check` (lint, types, unit tests; no Neo4j) is the fast loop; `make test` runs it first.

.PHONY: demo test check venv system-deps neo4j-fetch neo4j-up neo4j-down neo4j-status neo4j-backup neo4j-restore \
	store-backup store-restore serve clean

venv: $(STAMP) $(NATIVE)

# PYTHONWARNINGS: the build backend's notes about the editable install are not the user's business.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	PYTHONWARNINGS=ignore $(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Extraction's hot modules compiled with mypyc (claimgraph/native.py), again whenever a source changed:
# about 5 minutes on two busy cores. A failed build leaves extraction in pure Python.
$(NATIVE): $(STAMP) $(NATIVE_SOURCES)
	$(BIN)/python -m claimgraph.native_build

# The Spark extra (pyspark, ~300 MB) only for the tests and spark-ingest: `make demo` runs without it.
$(SPARK_STAMP): $(STAMP)
	PYTHONWARNINGS=ignore $(BIN)/pip install --quiet -e '.[test,spark]'
	touch $@

system-deps:
	scripts/system-deps.sh

neo4j-fetch:
	scripts/neo4j.sh fetch

neo4j-up:
	scripts/neo4j.sh up

neo4j-down:
	scripts/neo4j.sh down

neo4j-status:
	scripts/neo4j.sh status

# Offline dump and load (the server is stopped and, if it ran, started again). FILE: the dump;
# a backup without one goes to var/backups/neo4j-<UTC time>.dump.
neo4j-backup:
	scripts/neo4j.sh backup $(FILE)

neo4j-restore:
	scripts/neo4j.sh restore $(FILE)

# The embedded store's file (CLAIMGRAPH_STORE_PATH), copied under its writers' lock.
store-backup: venv
	$(BIN)/python -m claimgraph.graph.memory.backup backup $(FILE)

store-restore: venv
	$(BIN)/python -m claimgraph.graph.memory.backup restore $(FILE)

demo: venv
	CLAIMGRAPH_PYTHON=$(BIN)/python scripts/demo.sh $(API_HOST) $(API_PORT)

serve: venv
	$(BIN)/claimgraph serve --host $(API_HOST) --port $(API_PORT)

# Not the compiled build: the unit tests run the pure modules while it is stale.
check: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest -q tests/unit

test: system-deps venv $(SPARK_STAMP) neo4j-fetch check
	$(BIN)/pytest --durations=20 tests/integration tests/e2e tests/reliability

clean:
	-scripts/neo4j.sh down
	rm -rf var test-output
