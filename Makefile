# The two entry points: `make repl` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: repl test lint clean bench conformance ffi-libs labextension browser graphviz prebuilt

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	PYTHONWARNINGS=ignore $(BIN)/pip install --quiet -e '.[test]'  # no setuptools notices
	touch $(STAMP)

# What an installation carries so that starts are quick: bytecode (where
# PYTHONDONTWRITEBYTECODE is set every start would compile seqjit's modules)
# and the runtime compiled for this machine (seqjit/tools/prebuild.py).
prebuilt: $(STAMP)
	$(BIN)/python -m compileall -q backend seqrepl seqkernel
	$(BIN)/python -m seqjit.tools.prebuild

repl: prebuilt
	$(BIN)/seqrepl

# The C libraries the FFI tests bind (libsqlite3, libedit): installed when missing, as root.
ffi-libs:
	@ldconfig -p | grep -q 'libsqlite3.so.0 ' && ldconfig -p | grep -q 'libedit.so.2 ' || \
	{ [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq libsqlite3-0 libedit2; } || \
	echo "note: libsqlite3.so.0 or libedit.so.2 missing; FFI tests will fail"

# Graphviz's `dot` lays out the strand console's graph (:graph): installed when missing, as root.
graphviz:
	@command -v dot >/dev/null || \
	{ [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq graphviz >/dev/null; } || \
	echo "note: graphviz (dot) missing; :graph shows its text form only"

test: $(STAMP) ffi-libs browser graphviz
	$(BIN)/ruff check backend seqrepl seqkernel tests
	$(BIN)/mypy
	$(BIN)/python -m pytest -q
	$(BIN)/seqrepl test tests/seq
	SEQ_THREADS=1 $(BIN)/seqrepl test tests/seq  # strands on one worker thread too (~10 s)

# Debian's Chromium for the JupyterLab browser test (tests/kernel/test_jupyterlab.py), when
# missing and we may install it; without it that test is skipped and says why.
browser:
	@test -x /usr/bin/chromium || { test "$$(id -u)" = 0 && command -v apt-get >/dev/null \
		&& echo "installing Chromium for the JupyterLab browser test" \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
		|| echo "no Chromium (not root, or no apt-get): the JupyterLab browser test will be skipped"

lint: $(STAMP)
	$(BIN)/ruff check backend seqrepl seqkernel tests

# How much of patch-seq's own tests and examples pass: make conformance REF=path/to/patch-seq
conformance: $(STAMP)
	@test -n "$(REF)" || { echo "usage: make conformance REF=DIR (a checkout of patch-seq)"; exit 2; }
	$(BIN)/python -m seqjit.tools.conformance $(REF)

# For developers changing Seq highlighting in JupyterLab (needs Node and npm): rebuilds the
# prebuilt extension committed under seqkernel/lab-extension from jupyterlab-seq/.
LAB_STAGING = $$($(BIN)/python -c 'import jupyterlab, os; print(os.path.dirname(jupyterlab.__file__))')/staging
labextension: $(STAMP)
	$(BIN)/python -m seqjit.shell.highlight > jupyterlab-seq/src/vocabulary.json
	cd jupyterlab-seq && npm install --no-audit --no-fund && node_modules/.bin/tsc
	rm -rf seqkernel/lab-extension
	node jupyterlab-seq/node_modules/@jupyterlab/builder/lib/build-labextension.js \
		--core-path "$(LAB_STAGING)" jupyterlab-seq
	$(BIN)/pip install --quiet --no-deps -e .

bench: prebuilt
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/session.py

clean:
	rm -rf $(VENV) build *.egg-info
