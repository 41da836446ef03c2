# kg — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DATA   ?= .kg

.PHONY: demo test lint eval neo4j-up neo4j-down bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

## Build the graph of the bundled sample abstracts in the embedded store and show it.
demo: $(STAMP)
	$(BIN)/kg build samples/ --data-dir $(DATA) --quiet
	$(BIN)/kg stats --data-dir $(DATA)
	$(BIN)/kg query methods-evaluated-on -p dataset=ImageNet --data-dir $(DATA)

## Lint every Cypher statement (library queries, DDL, writers) with Neo4j's own grammar.
lint: $(STAMP)
	$(BIN)/python -m kg.cypher_lint

## The whole suite: lint, then every test against real FalkorDB, Neo4j and spaCy.
test: lint
	$(BIN)/python -m pytest -q -ra

## Extraction quality on SciERC (dev held out, train) and TDMSci; see EVALUATION.md.
SHARED ?= ../shared/data
eval: $(STAMP)
	$(BIN)/kg eval --gold $(SHARED)/scierc/dev.json --format scierc
	$(BIN)/kg eval --gold $(SHARED)/scierc/train.json --format scierc
	$(BIN)/kg eval --gold $(SHARED)/tdmsci/train_1500_v2.conll --format tdmsci

## A local Neo4j 5.26 from Maven Central jars (no Docker); prints NEO4J_URI/USER/PASSWORD.
neo4j-up: $(STAMP)
	@$(BIN)/python -m kg.neo4j_local up

neo4j-down: $(STAMP)
	@$(BIN)/python -m kg.neo4j_local down

## Speed and memory figures, written to BENCHMARKS.md and bench/results.json.
bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(DATA) build dist *.egg-info .pytest_cache test-artifacts
