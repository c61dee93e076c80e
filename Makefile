# The README's commands. `make run` and `make test` each do all the set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
CKG    := $(VENV)/bin/conflictkg
STAMP  := $(VENV)/.installed

.PHONY: run test build validate answers export clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,server]'
	touch $(STAMP)

## run: build the graph, validate it, answer the competency questions, write build/conflict-kg.ttl
run: $(STAMP)
	$(CKG) build
	$(CKG) answer

## test: lint, type-check and run the whole test suite
test: $(STAMP)
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/ruff format --check src tests
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest

build validate: $(STAMP)
	$(CKG) $@

answers: $(STAMP)
	$(CKG) answer

export: $(STAMP)
	$(CKG) export --format trig -o build/conflict-kg.trig


clean:
	rm -rf build .pytest_cache .mypy_cache .ruff_cache
