# Two entry points that work on a machine with only Python 3 (>= 3.10): each builds .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint fuzz bench clean lock

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/runstrength-tui $(ARGS)

lint: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

# After changing pyproject.toml's dependencies: the newest versions it allows, installed and written down.
lock:
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	{ sed -n '1,2p' constraints.txt; $(BIN)/python -m pip freeze --exclude-editable | grep -v '^runstrength'; } > constraints.tmp
	mv constraints.tmp constraints.txt
	touch $(STAMP)

test: lint
	$(BIN)/python -m pytest -n auto $(PYTEST_ARGS)

# The fuzz tests with many more examples than `make test` runs, random ones (different every run): slow.
fuzz: $(STAMP)
	RUNSTRENGTH_FUZZ=1 $(BIN)/python -m pytest -n auto tests/fuzz tests/app/test_hostile_forms.py $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python -m bench.run $(ARGS)

clean:
	rm -rf $(VENV) dist build
