# Quick start: `make demo` and `make test`. Everything installs itself.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
SHARED ?= ../shared
# `make demo` builds the shared seeds and corpus into vitrina.db; `make demo FILES="a.pdf dir/"`
# builds just those files into their own database, demo-files.db (rebuilt each time).
ifdef FILES
DB     ?= demo-files.db
REBUILT_DB := $(filter demo-files.db,$(DB))
else
FILES  := $(wildcard $(SHARED)/seeds/*.txt) $(SHARED)/corpus/milestones
DB     ?= vitrina.db
# A clone that is not beside the shared material: say so before installing anything.
NO_SHARED := $(if $(wildcard $(SHARED)/corpus/milestones),,$(SHARED))
NO_SHARED_ERROR := Error: no sample material in $(SHARED) (seeds/, corpus/milestones/); \
	say where it is, make demo SHARED=/path/to/shared, or build your own files, make demo FILES="a.pdf folder/"
endif
HOST   ?= 127.0.0.1
PORT   ?= 8000
CHROMIUM ?= /usr/bin/chromium
# The test files holding tests marked timing: the timing run collects only these (collecting all ~440 files
# to keep 13 tests cost ~11 s of CPU).
TIMING_FILES = $(shell grep -l 'mark\.timing' tests/test_*.py)
# pytest-xdist: one worker per core (at most 4), a test file's tests on one worker
# (module fixtures build once), the files in the order tests/conftest.py gives them (those
# holding long tests first); PARALLEL= runs the suite in one process. Tests that
# measure time against a budget (marked timing) run afterwards, alone.
PARALLEL ?= -n auto --maxprocesses 4 --dist loadfile --no-loadscope-reorder
# Bytecode for the test run, kept under build/pycache (out of the source tree): with the machine's
# PYTHONDONTWRITEBYTECODE set (as on the CI image) every worker, every build's worker process and
# every command a test starts compiled vitrina from source again, and each pytest run rewrote the
# assertions of all 400 test files anew (measured in docs/benchmarks.md, "The test suite").
TEST_ENV := PYTHONDONTWRITEBYTECODE= PYTHONPYCACHEPREFIX=$(CURDIR)/build/pycache

.PHONY: check-files demo build serve test test-fast smoke lint typecheck bench bench-build bench-shapes bench-small-docs bench-startup chromium install install-test clean

# pip prints each package as it goes: the first install (spaCy and its model) takes minutes.
PIP_INSTALL := $(PIP) install --disable-pip-version-check --progress-bar on

$(VENV)/.installed: pyproject.toml
	@echo "Installing vitrina and its dependencies into $(VENV) (first time: a few minutes)"
	$(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) --upgrade pip
	$(PIP_INSTALL) -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PIP_INSTALL) -e '.[test]'
	touch $@

$(VENV)/.installed-bench: $(VENV)/.installed-test pyproject.toml
	$(PIP_INSTALL) -e '.[test,bench]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Debian's Chromium for the browser tests; never a downloaded browser build.
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
		else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; \
	fi

# A file that cannot be read is reported and the rest is built: the demo goes on if a database exists.
check-files:
	@$(if $(NO_SHARED),echo '$(NO_SHARED_ERROR)' >&2; exit 2)

build: check-files install
	@$(if $(REBUILT_DB),rm -f $(REBUILT_DB) &&) echo "Building $(FILES) into $(DB)"
	$(VENV)/bin/vitrina build --db $(DB) $(FILES) || test -f $(DB)

demo: build
	@echo "Exhibit built into $(DB). Open http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(VENV)/bin/vitrina serve --db $(DB) --host $(HOST) --port $(PORT)

# The PostgreSQL tests run against a throwaway server (Debian's postgresql, installed if missing).
test: install-test chromium
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy
	$(TEST_ENV) $(PY) -m compileall -q -j 0 src
	$(TEST_ENV) scripts/pg-test-server.sh run $(VENV)/bin/pytest -q -p no:cacheprovider -m "not timing" --durations=30 $(PARALLEL)
	$(TEST_ENV) $(VENV)/bin/pytest -q -p no:cacheprovider -m timing $(TIMING_FILES)

test-fast: install-test
	$(TEST_ENV) scripts/pg-test-server.sh run $(VENV)/bin/pytest -q -m "not browser and not slow and not timing" $(PARALLEL)
	$(TEST_ENV) $(VENV)/bin/pytest -q -m "timing and not slow" $(TIMING_FILES)

# A fresh virtualenv with `pip install .` only (no extras), every command on the seeds.
smoke:
	SHARED=$(SHARED) PYTHON=$(PYTHON) .ci/smoke

lint: install-test
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy

bench: $(VENV)/.installed-bench
	$(PY) bench/run.py

# `vitrina build` of 120 KB, 500 KB and 1 MB of ordinary prose: wall, CPU, memory (issue #14's 10 s / 1 GB).
bench-build: install
	$(PY) bench/build_speed.py

# `vitrina build` of each shape of a 1 MB input (prose with paragraphs, Markdown, one paragraph, TEI, the round 38
# red team's one line), stage by stage: wall, CPU, largest process and tree memory (issue #14).
bench-shapes: install
	$(PY) bench/input_shapes.py --shapes corpus-text,markdown,one-paragraph,tei,one-line

# Each command's start-up (--help, a usage error, search, ask, a build of 2 KB), cold and warm table cache:
# wall, CPU, memory of the process tree (issue #14). Reads the demo's database (make build first).
bench-startup: install
	$(PY) bench/startup.py --db $(DB)

# `vitrina build` of 600 and 3,000 short generated records (the round 43 red team's D3 shape), then 100 more added
# to each: wall, peak RSS and the build's stages (issue #18).
bench-small-docs: install
	$(PY) bench/small_docs.py --sizes 600,3000 --add 100

clean:
	rm -rf $(VENV) $(DB) build dist *.egg-info
