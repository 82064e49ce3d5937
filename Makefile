# Quick start: `make demo` and `make test`. Everything installs itself.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
SHARED ?= ../shared
FILES  ?= $(wildcard $(SHARED)/seeds/*.txt) $(SHARED)/corpus/milestones
DB     ?= vitrina.db
HOST   ?= 127.0.0.1
PORT   ?= 8000
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo build serve test test-fast lint typecheck bench chromium install install-test clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PIP) install -q -e '.[test]'
	touch $@

$(VENV)/.installed-bench: $(VENV)/.installed-test pyproject.toml
	$(PIP) install -q -e '.[test,bench]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# Debian's Chromium for the browser tests; never a downloaded browser build.
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
		else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; \
	fi

build: install
	$(VENV)/bin/vitrina build --db $(DB) $(FILES)

demo: build
	@echo "Exhibit built into $(DB). Open http://$(HOST):$(PORT)/ (Ctrl-C to stop)"
	$(VENV)/bin/vitrina serve --db $(DB) --host $(HOST) --port $(PORT)

test: install-test chromium
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest -q -p no:cacheprovider

test-fast: install-test
	$(VENV)/bin/pytest -q -m "not browser and not slow"

lint: install-test
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy

bench: $(VENV)/.installed-bench
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) $(DB) build dist *.egg-info
