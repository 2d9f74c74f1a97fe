# Two commands do all set-up on a fresh machine (each creates .venv itself):
#   make run   crawl every registered source live, then serve Datasette on 127.0.0.1:8001
#   make test  run the test suite (no network needed)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PORT ?= 8001

.PHONY: install browser run crawl serve test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

# A failed source (offline, a site down) is recorded and must not stop the serve step.
run: $(STAMP)
	-$(BIN)/hotline-watch crawl
	$(BIN)/hotline-watch serve --port $(PORT)

crawl: $(STAMP)
	$(BIN)/hotline-watch crawl

serve: $(STAMP)
	$(BIN)/hotline-watch serve --port $(PORT)

# Headless Chromium + Playwright for tests/test_browser.py (Debian package + pinned pip).
# Best effort: without them (no root, no registry) the browser tests skip with the reason.
browser: $(STAMP)
	-./.ci/install-browser

test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# All five benchmarks (throughput, incremental, memory, coding speed, Datasette at scale) in
# under 15 minutes on 2 cores; figures printed and written to bench/results/*.json.
bench: $(STAMP)
	$(BIN)/python bench/measure_coding.py --quiet
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
