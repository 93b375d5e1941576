# Two commands do everything on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready

.PHONY: test figures site serve clean bench

# The virtual environment, from the pinned lock file; rebuilt when the lock or project changes.
$(READY): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -e .
	@touch $(READY)

test: $(READY)
	$(BIN)/python -m pytest

figures: $(READY)
	$(BIN)/python -m descent figures

bench: $(READY)
	$(BIN)/python benchmarks/sweep_bench.py

clean:
	rm -rf site .pytest_cache
	find figures -mindepth 1 ! -name README.md -delete
