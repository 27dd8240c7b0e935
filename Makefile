# Everything a fresh machine needs: `make install`, then `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
PYTHON  := $(BIN)/python
# Knobs for the longer checks, passed to them through the environment.
FUZZ_SECONDS ?= 60
BENCH_SIZES  ?= 1000,10000
export BENCH_SIZES

.PHONY: install test eval eval-realnews bench fuzz browser-check clean

$(PYTHON):
	$(PY) -m venv $(VENV)

# requirements.lock pins every package (runtime and development) exactly;
# the project itself is installed editable without resolving again.
install: $(PYTHON)
	$(PYTHON) -m pip install --quiet -r requirements.lock
	$(PYTHON) -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/claimdiff --version

test:
	$(PYTHON) -m pytest

eval:
	$(PYTHON) -m eval

# Real coverage nobody here wrote (texts rebuilt per machine, never committed).
eval-realnews:
	$(PYTHON) -m eval.realnews

bench:
	$(PYTHON) -m bench

fuzz:
	$(PYTHON) -m fuzz --seconds $(FUZZ_SECONDS)

# The HTML report in headless Chromium (apt-get install chromium); the screenshots go to .browser/.
browser-check:
	CLAIMDIFF_REQUIRE_BROWSER=1 CLAIMDIFF_SCREENSHOT_DIR=$(CURDIR)/.browser $(PYTHON) -m pytest -m browser -p no:cacheprovider
	@echo "screenshots: .browser/claimdiff-report.png, .browser/claimdiff-timeline.png"

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .hypothesis
