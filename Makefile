# The two commands a fresh machine needs: `make serve` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

export NO_MKDOCS_2_WARNING := 1
# Python may keep its compiled modules (__pycache__/, git-ignored): a machine that sets PYTHONDONTWRITEBYTECODE
# recompiles every module on every run (make test-fast here: 15.3-16.3 s without the caches, 8.8-9.7 s with them).
export PYTHONDONTWRITEBYTECODE :=
# Reproducible builds: dates MkDocs writes (sitemap, gzip header) come from the last commit, not the clock.
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(SOURCE_DATE_EPOCH),)
export SOURCE_DATE_EPOCH
endif

.PHONY: serve build test test-fast validate schemas lock clean bench

# From npm, exactly as locked: build-time data (country shapes for the maps) and, for the tests, Lighthouse.
MAP_SHAPES := node_modules/world-atlas/countries-110m.json
$(MAP_SHAPES): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable '.[test]'
	rm -f $(VENV)/.installed-* && touch $@

## serve: build the site and serve it on http://127.0.0.1:8000, rebuilding when data/ or docs/ change
##        (--dirty: after an edit to a record, only the pages that show it are rebuilt; not --strict:
##        MkDocs warns about every dirty build, and a warning would stop the server. `make build` is strict.)
SERVE_ADDR ?= 127.0.0.1:8000
serve: $(STAMP) $(MAP_SHAPES)
	$(BIN)/mkdocs serve --dirty --dev-addr $(SERVE_ADDR)

## build: write the site to site/ (fails on any data, template or link problem; a failed build leaves
##        the previous site/ as it was: it is built in build/site-next and moved into place on success).
##        MkDocs builds the pages, then Pagefind indexes them once MkDocs has exited (accords/build.py).
build: $(STAMP) $(MAP_SHAPES)
	rm -rf build/site-next
	$(BIN)/python -m accords.build --site-dir build/site-next || { rm -rf build/site-next; exit 1; }
	rm -rf site && mv build/site-next site

## test: lint (ruff), types (mypy) and the whole test suite (model, loader, build, browser), in 4 processes
##       (pytest-xdist, a test file to a process; the real site is built once, in the background: tests/conftest.py)
test: $(STAMP) $(MAP_SHAPES)
	$(BIN)/ruff check
	$(BIN)/mypy
	$(BIN)/python -m pytest --numprocesses 4 --dist loadscope

## test-fast: the unit tier only (no site build, no process started, no browser): seconds, for the edit loop
##            (the property tests try 10 examples each here; `make test` tries 40)
test-fast: $(STAMP)
	PROPERTY_EXAMPLES=10 $(BIN)/python -m pytest -m unit

## validate: check every record in data/
validate: $(STAMP)
	$(BIN)/accords validate

## schemas: regenerate schemas/*.schema.json from the model
schemas: $(STAMP)
	$(BIN)/accords schemas

## lock: re-resolve dependencies to the newest allowed versions and rewrite constraints.txt
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet --editable '.[test]'
	{ sed -n '1,2p' constraints.txt; .lock-venv/bin/python -m pip freeze --exclude-editable | grep -vi '^accords' | sort -f; } > constraints.new
	mv constraints.new constraints.txt && rm -rf .lock-venv

clean:
	rm -rf site $(VENV) .pytest_cache node_modules

## bench: build 100, 1,000 and 10,000 synthetic agreements and compare with Material alone (reports only)
bench: $(STAMP) $(MAP_SHAPES)
	$(BIN)/python scripts/bench.py
