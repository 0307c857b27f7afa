# Two entry points that work on a machine with only Python 3 (>= 3.10): each builds .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint fuzz bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/runstrength-tui $(ARGS)

lint: $(STAMP)
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

# The fuzz tests with many more examples than `make test` runs, random ones (different every run): slow.
fuzz: $(STAMP)
	RUNSTRENGTH_FUZZ=1 $(BIN)/python -m pytest -n auto tests/fuzz tests/app/test_hostile_forms.py $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python -m bench.run $(ARGS)

clean:
	rm -rf $(VENV) dist build
