# Two commands do everything on a fresh machine: `make serve` and `make test`; `make check` is the
# edit loop's lane of the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready
PORT ?= 8000

.PHONY: test check browser-check figures site serve clean distclean bench audit

# Material prints a multi-line notice on every build; the build output should show our own log.
export NO_MKDOCS_2_WARNING := 1

# The virtual environment, from the pinned lock file; rebuilt when the lock or project changes.
# It takes about a minute, so say so first: a silent minute looks like a hang.
$(READY): requirements.lock pyproject.toml
	@if test -x $(BIN)/python; then echo "updating $(VENV) from requirements.lock …"; \
	  else echo "creating $(VENV) from requirements.lock (about a minute) …"; $(PYTHON) -m venv $(VENV); fi
	@$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.lock
	@$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -e .
	@touch $(READY)

test: $(READY) browser-check
	$(BIN)/python -m pytest

# The edit loop's lane: no site build, no browser, nothing that renders every figure (the
# markers come from tests/conftest.py). `make test` runs it all.
check: $(READY)
	$(BIN)/python -m pytest -q -n auto --dist worksteal -m "not site and not browser and not slow"

# The browser tests drive Debian's chromium; without it they are skipped (and fail when CI is set).
browser-check:
	@command -v $${CHROMIUM:-chromium} >/dev/null 2>&1 || echo "chromium not found: apt-get install -y chromium (browser tests will be skipped; CI requires them)" >&2

figures: $(READY)
	$(BIN)/python -m descent figures

# The static site, exactly as GitHub Pages serves it; --strict turns every warning into an error.
# Dated by the last commit (not by today), so the same checkout builds the same bytes.
site: $(READY)
	@echo "mkdocs build --strict --site-dir site (dated by the last commit)"
	@SOURCE_DATE_EPOCH=$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null || echo 0)} \
	  $(BIN)/mkdocs build --strict --site-dir site

# Figures and notebooks are rebuilt by the MkDocs hook; src/ is watched as well as docs/.
# The port is checked first: MkDocs would build the whole site, then fail on a taken port.
serve: $(READY)
	@$(BIN)/python -m descent.cli.port_check 127.0.0.1 $(PORT)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT)

# Lighthouse (pinned in tests/audit/package-lock.json) on every page of a fresh `make site`,
# served gzip-compressed under a sub-path like GitHub Pages; fails when any score is under 95.
AUDIT := tests/audit
$(AUDIT)/node_modules/.ready: $(AUDIT)/package-lock.json
	cd $(AUDIT) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

audit: $(READY) $(AUDIT)/node_modules/.ready site
	$(BIN)/python $(AUDIT)/audit.py site

bench: $(READY)
	$(BIN)/python benchmarks/sweep_bench.py
	$(BIN)/python benchmarks/figures_bench.py
	$(BIN)/python benchmarks/suite_bench.py
	$(BIN)/python benchmarks/optimizer_bench.py
	$(BIN)/python benchmarks/stack_bench.py
	$(BIN)/python benchmarks/limits_bench.py
	$(BIN)/python benchmarks/network_js_bench.py
	$(BIN)/python benchmarks/stop_bench.py

# Built output goes; the computed runs (.cache/runs, every experiment: minutes of CPU) stay, as
# they are keyed by their source and recomputed when it changes. distclean removes them too.
clean:
	rm -rf site .pytest_cache
	test ! -d .cache || find .cache -mindepth 1 -maxdepth 1 ! -name runs -exec rm -rf {} +
	find figures -mindepth 1 ! -name README.md -delete

distclean: clean
	rm -rf .cache
