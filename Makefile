# The two entry points: `make repl` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: repl test lint clean bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
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

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build *.egg-info
