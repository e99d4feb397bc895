# Two commands do all set-up on a fresh machine:  make run  (the app)  and  make test  (the tests).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test build bench bench-dashboard score chromium clean

run: $(VENV)/.runtime
	$(BIN)/streamlit run app.py

test: $(VENV)/.dev chromium
	$(BIN)/python -m pytest

build: $(VENV)/.runtime
	$(BIN)/python -m extract build

score: $(VENV)/.runtime
	$(BIN)/python -m extract build --corpus ../shared/eval/dev/docs --out /tmp/dev_indicators.csv
	$(BIN)/python ../shared/eval/score.py --pred /tmp/dev_indicators.csv \
	    --gold ../shared/eval/dev/gold.jsonl --gold ../shared/eval/dev/seeds_gold.jsonl

bench: $(VENV)/.bench
	$(BIN)/python -m bench

bench-dashboard: $(VENV)/.dev chromium
	$(BIN)/python -m bench.dashboard --browser

$(VENV)/.runtime: requirements.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

$(VENV)/.bench: requirements.txt requirements-bench.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q -r requirements-bench.txt
	touch $@ $(VENV)/.runtime

# The browser tests drive Debian's chromium (Playwright cannot download its own browser here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium missing and not root: browser tests will be skipped"; fi; }

clean:
	rm -rf $(VENV) .pytest_cache .extract-cache bench-out test-artifacts
