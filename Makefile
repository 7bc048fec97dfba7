# mieruka — the two commands of the README:
#   make site   builds the sample site into output/
#   make test   runs every test (unit, whole-site, outside validators)
SWIFT ?= swift
BIN := .build/debug/mieruka

.PHONY: site test deps build site-checks browser-check clean bench fuzz install dist install-check format format-check

site: build
	$(BIN) build

deps:
	@scripts/deps.sh

build: deps
	$(SWIFT) build

# The project's targets build with warnings as errors (Package.swift), and every
# module a target imports must be among its declared dependencies.
test: deps format-check
	$(SWIFT) build --build-tests --explicit-target-dependency-import-check error
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory site-checks

# The code style (.swift-format; swift-format ships with the toolchain): `make format`
# applies it, `make test` fails on any file it would change.
FORMATTED := Package.swift Sources Tests Fuzz/Package.swift Fuzz/Sources Fuzz/Harnesses
format:
	$(SWIFT) format format --in-place --recursive --parallel $(FORMATTED)

format-check:
	$(SWIFT) format lint --strict --recursive --parallel $(FORMATTED)

# The outside validators, run on the sample site as `make site` builds it.
site-checks: build
	$(BIN) build
	scripts/check-svg.sh output/charts
	scripts/check-opendata.sh output
	scripts/check-feed.sh output
	scripts/check-schemas.sh $(BIN)
	scripts/browser-check.sh output
	$(BIN) build -q --content Tests/SiteFixtures/hostile-ids/content --output .build/site-fixtures/hostile-ids
	scripts/check-html.sh .build/site-fixtures/hostile-ids
	@if [ "$${SKIP_INSTALL_CHECK:-}" = 1 ]; then echo "install-check skipped (SKIP_INSTALL_CHECK=1)"; else scripts/check-install.sh; fi

# Accessibility and validity in a real browser (also part of `make test`).
browser-check: build
	$(BIN) build
	scripts/browser-check.sh output

clean:
	rm -rf .build output dist

# Installs the binary and what it reads beside it (the default theme and the starter
# site of `mieruka init`) under PREFIX: bin/mieruka, share/mieruka/themes/default,
# share/mieruka/starter. BIN is the binary to install (a release build by default).
PREFIX ?= /usr/local
DESTDIR ?=
BIN ?= .build/release/mieruka
install:
	@[ "$(BIN)" != ".build/release/mieruka" ] || [ -x "$(BIN)" ] || scripts/dist.sh >/dev/null
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/mieruka/themes"
	install -m 755 "$(BIN)" "$(DESTDIR)$(PREFIX)/bin/mieruka"
	rm -rf "$(DESTDIR)$(PREFIX)/share/mieruka/themes/default" "$(DESTDIR)$(PREFIX)/share/mieruka/starter"
	cp -R themes/default "$(DESTDIR)$(PREFIX)/share/mieruka/themes/default"
	cp -R starter "$(DESTDIR)$(PREFIX)/share/mieruka/starter"

# A release in dist/: a tarball and a Debian package (docs/publishing.md).
dist: deps
	scripts/dist.sh

# The release installed with dpkg and used with no Swift on the PATH (part of make test).
install-check: deps
	scripts/check-install.sh

# mieruka against Hugo and the cmark-plus-copy floor (docs/performance.md).
# BENCH_SIZE=small|large|huge (default large), BENCH_SCALING=1 for 50k vs 10k.
bench:
	bench/run.sh

# libFuzzer harnesses for the YAML, front matter, dataset/CSV and chart block
# readers (docs/fuzzing.md). FUZZ_SECONDS per harness (default 60), FUZZ_JOBS
# at a time (default 1); builds in Fuzz/.build, crashes go to Fuzz/artifacts/.
fuzz: deps
	Fuzz/run.sh
