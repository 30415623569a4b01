# Two commands do everything: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
PG_DIR := $(CURDIR)/var/pg
PG_PORT ?= 54329
PG_BIN ?= /usr/lib/postgresql/15/bin

.PHONY: run test test-postgres lint install migrate seed messages clean browser-deps office-deps redis-deps screenshots bench

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py seed_demo

run: seed
	$(PY) manage.py runserver 127.0.0.1:8000

lint: install
	$(BIN)/ruff check .
	@# The layers and the no-circle rule (pyproject.toml, [tool.importlinter]).
	$(BIN)/lint-imports --no-cache
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) manage.py check --fail-level WARNING

test: lint browser-deps office-deps redis-deps
	$(BIN)/pytest -q

# Browser tests drive Debian's chromium and use axe-core and the Nu HTML Checker
# (npm, run with Java); install what is missing (CI runs as root).
browser-deps: node_modules/.installed
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
		|| echo "*** WARNING: chromium could not be installed: browser tests will be SKIPPED ***"
	@command -v java >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq default-jre-headless >/dev/null) \
		|| echo "*** WARNING: java could not be installed: HTML validation will be SKIPPED ***"

# PDF copies of the papers: LibreOffice headless converts, poppler-utils reads them back in tests.
office-deps:
	@command -v soffice >/dev/null 2>&1 || (apt-get update -qq && (apt-get install -y -qq --no-install-recommends \
		libreoffice-writer-nogui >/dev/null || apt-get install -y -qq libreoffice-writer >/dev/null)) \
		|| echo "*** WARNING: LibreOffice could not be installed: PDF tests will be SKIPPED ***"
	@# Writer alone cannot open .xlsx: Calc renders the task list in the print tests.
	@test -e /usr/lib/libreoffice/program/libsclo.so || (apt-get update -qq && apt-get install -y -qq --no-install-recommends \
		libreoffice-calc-nogui >/dev/null) \
		|| echo "*** WARNING: LibreOffice Calc could not be installed: the task list print tests will be SKIPPED ***"
	@command -v pdftotext >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null) \
		|| echo "*** WARNING: poppler-utils could not be installed: PDF tests will be SKIPPED ***"
	@# Times New Roman's metric twin with Vietnamese letters (Liberation 1 lacks them).
	@test -d /usr/share/fonts/truetype/liberation2 || (apt-get update -qq && apt-get install -y -qq fonts-liberation2 >/dev/null) \
		|| echo "*** WARNING: fonts-liberation2 could not be installed: PDF layout will use a wider fallback font ***"

# The shared-cache tests start their own Debian redis-server on a loopback port (core/testing/servers.py).
redis-deps:
	@command -v redis-server >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq redis-server >/dev/null) \
		|| echo "*** WARNING: redis-server could not be installed: the shared-cache tests will be SKIPPED ***"

node_modules/.installed: package.json
	npm install --no-package-lock --no-audit --no-fund --silent \
		&& touch $@ || echo "*** WARNING: npm install failed: accessibility and HTML checks will be SKIPPED ***"

# Desktop and phone screenshots of the main pages, written to docs/screenshots/.
screenshots: install browser-deps
	SCREENSHOTS=1 $(BIN)/pytest -q -m browser -k screenshots

# A throwaway PostgreSQL 15 cluster on a private socket, as the postgres user.
test-postgres: install browser-deps office-deps redis-deps
	rm -rf $(PG_DIR) && mkdir -p $(PG_DIR) && chown postgres $(PG_DIR)
	runuser -u postgres -- $(PG_BIN)/initdb -D $(PG_DIR)/data -A trust -U postgres >/dev/null
	runuser -u postgres -- $(PG_BIN)/pg_ctl -D $(PG_DIR)/data -l $(PG_DIR)/log -w \
		-o "-k $(PG_DIR) -p $(PG_PORT) -c listen_addresses='' -c fsync=off" start >/dev/null
	DATABASE_URL="postgres://postgres@/portal?host=$(PG_DIR)&port=$(PG_PORT)" $(BIN)/pytest -q; \
		status=$$?; \
		runuser -u postgres -- $(PG_BIN)/pg_ctl -D $(PG_DIR)/data -m fast stop >/dev/null; \
		exit $$status

# Load benchmark (docs/performance.md): a throwaway PostgreSQL 15 with 100k articles,
# gunicorn with 2 workers, wrk on loopback; without and with the page cache.
BENCH_PG_DIR := $(CURDIR)/var/pg-bench
BENCH_REDIS_PORT ?= $(shell expr $(PG_PORT) + 1000)
# The Wagtail peer (bench/rows_peer.py) gets its own virtualenv; `make bench BENCH_PEER=` leaves it out.
BENCH_PEER ?= wagtail
# Arguments for bench/bench.py, e.g. BENCH_ARGS="--only 2" for one mode (bench/bench.py --help).
BENCH_ARGS ?=
PEER_VENV := $(CURDIR)/var/wagtail-venv
PEER_REQUIREMENTS := bench/peer/wagtail/requirements.txt
bench: install
	@command -v wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
	@if [ "$(BENCH_PEER)" = wagtail ] && [ ! $(PEER_VENV)/.installed -nt $(PEER_REQUIREMENTS) ]; then \
		($(PYTHON) -m venv $(PEER_VENV) && $(PEER_VENV)/bin/pip install --quiet --upgrade pip \
			&& $(PEER_VENV)/bin/pip install --quiet -r $(PEER_REQUIREMENTS) && touch $(PEER_VENV)/.installed) \
		|| echo "*** WARNING: the Wagtail peer could not be installed: its bench row will be SKIPPED ***"; fi
	bench/pg.sh start $(BENCH_PG_DIR) $(PG_PORT)
	bench/redis.sh start $(CURDIR)/var/redis-bench $(BENCH_REDIS_PORT)
	DATABASE_URL="postgres://postgres@/portal?host=$(BENCH_PG_DIR)&port=$(PG_PORT)" \
		BENCH_REDIS_URL="redis://127.0.0.1:$(BENCH_REDIS_PORT)/1" BENCH_PEER="$(BENCH_PEER)" $(PY) bench/bench.py $(BENCH_ARGS); \
		status=$$?; \
		bench/redis.sh stop $(CURDIR)/var/redis-bench $(BENCH_REDIS_PORT); \
		bench/pg.sh stop $(BENCH_PG_DIR) $(PG_PORT); \
		exit $$status

messages: install
	$(PY) manage.py makemessages -l vi --ignore=.venv --ignore=news --ignore=organisation --ignore=youth --ignore=var --ignore=node_modules --ignore=conftest.py --ignore=tests --ignore=testing
	cd news && ../$(PY) ../manage.py makemessages -l vi --ignore=tests
	cd youth && ../$(PY) ../manage.py makemessages -l vi --ignore=tests
	cd organisation && ../$(PY) ../manage.py makemessages -l vi --ignore=tests
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) var
