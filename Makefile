# timeline — two commands from a fresh clone: `make demo` and `make test`.
# Needs only python3 (>= 3.11), pip and make; everything else is installed here.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
OUT    ?= out
DEV    ?= ../shared/corpus/dev

.PHONY: help venv install install-test demo test docs bench bench-dask dev-eval clean

help:
	@echo "make demo   - install and build the chronology of examples/seeds into $(OUT)/"
	@echo "make test   - install test dependencies, build the docs strictly and run the whole test suite"
	@echo "make docs   - build the documentation (MkDocs, strict, offline) into site/"
	@echo "make bench  - run the benchmarks (results appended to benchmarks/RESULTS.md)"
	@echo "make bench-dask MENTIONS=1000000 - only timeline.dask, 1 and 2 workers (default 100000)"
	@echo "make dev-eval DEV=path/to/dev - score timex resolution on the dev set"

$(PY):
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "timeline needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

venv: $(PY)

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test,docs,dask]'
	touch $@

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[bench]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/timeline build examples/seeds --out $(OUT)

docs: install-test
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet -d site

test: install-test
	sh .ci/install-browser
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet -d site
	$(PY) -m pytest -q

dev-eval: install
	$(PY) benchmarks/dev_eval.py $(DEV) --errors
	$(PY) benchmarks/dev_events.py $(DEV)

MENTIONS ?= 100000

$(VENV)/.installed-dask: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[dask]'
	touch $@

bench: $(VENV)/.installed-bench $(VENV)/.installed-dask
	$(PY) benchmarks/run_all.py --with-dask

bench-dask: $(VENV)/.installed-dask
	$(PY) benchmarks/bench_dask.py --mentions $(MENTIONS)

clean:
	rm -rf $(VENV) $(OUT) site build dist *.egg-info .pytest_cache .hypothesis
