# The Kjentmann platform. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
# Use uv from PATH, or bootstrap a private copy under .local/ on a fresh machine.
UV := $(shell command -v uv 2>/dev/null || echo $(CURDIR)/.local/bootstrap/bin/uv)
MANAGE := $(UV) run --frozen python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
VENDOR := korus_site/static/vendor
DS_CSS_VERSION := 1.22.0
HTMX_VERSION := 2.0.8
INTER_VERSION := 5.3.0
DEJAVU_VERSION := 2.37.3
PDF_GLYPHS := U+0020-007E,U+00A0-024F,U+0259,U+02C6-02DD,U+1E00-1EFF,U+2010-2027,U+2030-203A,U+20AC,U+2122,U+2190-2193,U+2212,U+25CF

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(CURDIR)/.local/bootstrap/bin/uv:
	@echo "uv is missing: installing it into .local/bootstrap"
	$(PYTHON) -m venv .local/bootstrap
	.local/bootstrap/bin/python -m pip install --quiet --disable-pip-version-check uv

.PHONY: install
install: $(UV) ## Create .venv from uv.lock
	$(UV) sync --frozen

.PHONY: run
run: install ## Set up, migrate, load the demo and serve on http://127.0.0.1:8000
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo
	@echo ""
	@echo "  The site:  http://$(HOST):$(PORT)/"
	@echo "  The admin: http://$(HOST):$(PORT)/admin/  (log in as admin@korus.test / $${DEMO_PASSWORD:-kjentmann-demo})"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

TEST_WORKERS ?= auto

.PHONY: test
test: install ## Set up and run the whole test suite (TEST_WORKERS=1 to run it in one process)
	$(UV) run --frozen pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

.PHONY: lint
lint: install ## ruff (lint and format) and djhtml on the templates
	$(UV) run --frozen ruff check .
	$(UV) run --frozen ruff format --check .
	$(UV) run --frozen djhtml --check $$(git ls-files 'templates/*.html')

.PHONY: format
format: install ## Apply ruff's and djhtml's formatting
	$(UV) run --frozen ruff check --fix .
	$(UV) run --frozen ruff format .
	$(UV) run --frozen djhtml $$(git ls-files 'templates/*.html')

.PHONY: bench
bench: install ## Seed a large data set, serve with gunicorn on PostgreSQL and measure the main pages
	$(UV) run --frozen python tests/bench/run.py $(BENCH_ARGS)

.PHONY: messages
messages: install ## Update the nb/nn/en catalogues and compile them
	$(MANAGE) makemessages --locale nb --locale nn --locale en --ignore '.venv/*' --ignore '.local/*' --ignore 'tests/*' --no-obsolete
	$(MANAGE) compilemessages --ignore '.venv/*'

.PHONY: vendor
vendor: ## Fetch Designsystemet, Inter, htmx (static/vendor) and the PDF font (korus_site/fonts) from npm
	rm -rf .local/npm && mkdir -p .local/npm $(VENDOR)/designsystemet $(VENDOR)/inter $(VENDOR)/htmx
	cd .local/npm && npm pack --silent @digdir/designsystemet-css@$(DS_CSS_VERSION) htmx.org@$(HTMX_VERSION) @fontsource/inter@$(INTER_VERSION) dejavu-fonts-ttf@$(DEJAVU_VERSION) >/dev/null
	cd .local/npm && for f in *.tgz; do mkdir -p "$${f%.tgz}" && tar xzf "$$f" -C "$${f%.tgz}"; done
	cp .local/npm/digdir-designsystemet-css-$(DS_CSS_VERSION)/package/dist/src/index.css $(VENDOR)/designsystemet/designsystemet.css
	cp .local/npm/digdir-designsystemet-css-$(DS_CSS_VERSION)/package/dist/theme/designsystemet.css $(VENDOR)/designsystemet/theme.css
	cp .local/npm/digdir-designsystemet-css-$(DS_CSS_VERSION)/package/LICENSE $(VENDOR)/designsystemet/LICENSE
	cp .local/npm/htmx.org-$(HTMX_VERSION)/package/dist/htmx.min.js $(VENDOR)/htmx/htmx.min.js
	cp .local/npm/htmx.org-$(HTMX_VERSION)/package/LICENSE $(VENDOR)/htmx/LICENSE
	for w in 400 600 700; do for s in latin latin-ext; do cp .local/npm/fontsource-inter-$(INTER_VERSION)/package/files/inter-$$s-$$w-normal.woff2 $(VENDOR)/inter/; done; done
	cp .local/npm/fontsource-inter-$(INTER_VERSION)/package/LICENSE $(VENDOR)/inter/LICENSE
	mkdir -p korus_site/fonts
	# Only the Latin letters (Norwegian and Sámi included) and punctuation: a tenth of the size, quick to load.
	for f in DejaVuSans DejaVuSans-Bold; do $(UV) run --frozen pyftsubset .local/npm/dejavu-fonts-ttf-$(DEJAVU_VERSION)/package/ttf/$$f.ttf \
		--unicodes="$(PDF_GLYPHS)" --layout-features='*' --output-file=korus_site/fonts/$$f.ttf; done
	cp .local/npm/dejavu-fonts-ttf-$(DEJAVU_VERSION)/package/LICENSE korus_site/fonts/LICENSE-DejaVu
	@echo "Vendored into $(VENDOR) and korus_site/fonts"

.PHONY: clean
clean: ## Remove the local database, media and caches (keeps .venv)
	rm -rf .local/db.sqlite3 .local/media .local/static .local/mail .pytest_cache
