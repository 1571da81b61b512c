# The two entry points: `make repl` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: repl test lint clean bench conformance

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	PYTHONWARNINGS=ignore $(BIN)/pip install --quiet -e '.[test]'  # no setuptools notices
	touch $(STAMP)

repl: $(STAMP)
	$(BIN)/seqrepl

test: $(STAMP)
	$(BIN)/ruff check backend seqrepl seqkernel tests
	$(BIN)/mypy
	$(BIN)/python -m pytest -q
	$(BIN)/seqrepl test tests/seq

lint: $(STAMP)
	$(BIN)/ruff check backend seqrepl seqkernel tests

# How much of patch-seq's own tests and examples pass: make conformance REF=path/to/patch-seq
conformance: $(STAMP)
	@test -n "$(REF)" || { echo "usage: make conformance REF=DIR (a checkout of patch-seq)"; exit 2; }
	$(BIN)/python -m seqjit.tools.conformance $(REF)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build *.egg-info
