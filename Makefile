# The README's commands. `make run` and `make test` each do all the set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
CKG    := $(VENV)/bin/conflictkg
STAMP  := $(VENV)/.installed
LOCK   := .ci/constraints.txt
ASSETS := src/conflictkg/web/assets
WEB    := $(ASSETS)/node_modules/.installed

.PHONY: run test virtuoso browser bench docs build validate answers export clean lock audit

# Every package at the version in $(LOCK) (what CI tested); `make lock` moves them on.
$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c $(LOCK) -e '.[dev,server]'
	touch $(STAMP)

## lock: resolve the newest versions pyproject.toml allows into .ci/constraints.txt
lock:
	rm -rf build/lock-venv
	$(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip install --quiet --upgrade pip
	build/lock-venv/bin/python -m pip install --quiet '.[dev,server]'
	head -3 $(LOCK) > build/constraints.txt
	build/lock-venv/bin/python -m pip freeze --exclude-editable | grep -iv '^conflictkg' >> build/constraints.txt
	mv build/constraints.txt $(LOCK)

## audit: known vulnerabilities in the locked versions (pip-audit, PyPI's advisory data)
audit: $(STAMP)
	$(PY) -m pip install --quiet pip-audit
	$(VENV)/bin/pip-audit --strict --disable-pip --no-deps -r $(LOCK)

# The workspace's browser libraries (Leaflet, vis-timeline, Cytoscape.js, Natural Earth
# outlines), at the versions of $(ASSETS)/package-lock.json, from the npm registry; the
# pages load them from 127.0.0.1 only. Without npm the workspace says they are missing.
$(WEB): $(ASSETS)/package.json $(ASSETS)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --prefix $(ASSETS) --no-audit --no-fund --loglevel=error && touch $(WEB); \
	else echo "WARNING: npm is not installed; the workspace's map, timeline and network need it"; fi

## run: build the graph, validate it, answer the competency questions, write build/conflict-kg.ttl
run: $(STAMP) $(WEB)
	$(CKG) build
	$(CKG) export --format ttl -o build/conflict-kg.ttl
	$(CKG) answer

## corpus: build the constructed corpus (the seed and eleven example reports that disagree),
## check its expected answers, list the disagreements and Albu Kamal's timeline
corpus: $(STAMP)
	$(CKG) build --data data/corpus
	$(CKG) answer -q
	$(CKG) disagreements
	$(CKG) timeline place:albu-kamal

## test: lint, type-check and run the whole test suite
test: $(STAMP) $(WEB) virtuoso browser
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest

# The second real store the integration tests use (Debian's Virtuoso). Run as root with
# apt-get, this installs it (and says so); elsewhere its tests are skipped, and say so.
virtuoso:
	@command -v virtuoso-t >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	    echo "make test: installing Debian's virtuoso-opensource-7-bin with apt-get (root)" && \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >/dev/null; } || \
	  echo "WARNING: Virtuoso is not installed; its integration tests will be skipped"

# The browser the workspace's tests drive (Debian's chromium and its chromedriver: a
# browser download cannot work here). Run as root with apt-get, this installs them (and
# says so); elsewhere the browser tests are skipped, and say so.
browser:
	@{ command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; } || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	    echo "make test: installing Debian's chromium and chromium-driver with apt-get (root)" && \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null; } || \
	  echo "WARNING: chromium is not installed; the workspace's browser tests will be skipped"

## bench: the scale benchmark at 1k, 10k and 100k events (conflict-kg beside the naive
## pipeline), the SHACL engines side by side, then figures on the seed graph and on reasoning
bench: $(STAMP)
	$(PY) benchmarks/run.py --events 1000 10000 100000 --json build/bench.json
	$(PY) benchmarks/engines.py
	$(CKG) build -q
	$(PY) benchmarks/seed.py
	$(PY) benchmarks/reasoning.py --copies 1 10

## docs: the ontology reference (HTML, RDF/XML for Protégé, Graphviz pictures) in build/docs
docs: $(STAMP)
	@command -v dot >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	    echo "make docs: installing Debian's graphviz with apt-get (root)" && \
	    apt-get install -y -qq --no-install-recommends graphviz >/dev/null; } || \
	  echo "WARNING: Graphviz is not installed; the pictures are left as .dot files"
	$(CKG) build -q
	$(CKG) docs

build validate: $(STAMP)
	$(CKG) $@

answers: $(STAMP)
	$(CKG) answer

export: $(STAMP)
	$(CKG) export --format ttl -o build/conflict-kg.ttl
	$(CKG) export --format trig -o build/conflict-kg.trig
	$(CKG) export --format nq -o build/conflict-kg.nq


clean:
	rm -rf build .conflictkg-cache .pytest_cache .mypy_cache .ruff_cache
