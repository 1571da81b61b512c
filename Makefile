# The two entry points: `make repl` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: repl test lint clean bench conformance ffi-libs

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	PYTHONWARNINGS=ignore $(BIN)/pip install --quiet -e '.[test]'  # no setuptools notices
	touch $(STAMP)

repl: $(STAMP)
	$(BIN)/seqrepl

# The C libraries the FFI tests bind (libsqlite3, libedit): installed when missing, as root.
ffi-libs:
	@ldconfig -p | grep -q 'libsqlite3.so.0 ' && ldconfig -p | grep -q 'libedit.so.2 ' || \
	{ [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq libsqlite3-0 libedit2; } || \
	echo "note: libsqlite3.so.0 or libedit.so.2 missing; FFI tests will fail"

test: $(STAMP) ffi-libs
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
	$(BIN)/python benchmarks/session.py

clean:
	rm -rf $(VENV) build *.egg-info
