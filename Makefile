# mieruka — the two commands of the README:
#   make site   builds the sample site into output/
#   make test   runs every test (unit, whole-site, outside validators)
SWIFT ?= swift
BIN := .build/debug/mieruka

.PHONY: site test deps build site-checks browser-check clean bench fuzz

site: build
	$(BIN) build

deps:
	@scripts/deps.sh

build: deps
	$(SWIFT) build

# The project's targets build with warnings as errors (Package.swift), and every
# module a target imports must be among its declared dependencies.
test: deps
	$(SWIFT) build --build-tests --explicit-target-dependency-import-check error
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory site-checks

# The outside validators, run on the sample site as `make site` builds it.
site-checks: build
	$(BIN) build
	scripts/check-svg.sh output/charts
	scripts/check-opendata.sh output
	scripts/check-feed.sh output
	scripts/browser-check.sh output
	$(BIN) build -q --content Tests/SiteFixtures/hostile-ids/content --output .build/site-fixtures/hostile-ids
	scripts/check-html.sh .build/site-fixtures/hostile-ids

# Accessibility and validity in a real browser (also part of `make test`).
browser-check: build
	$(BIN) build
	scripts/browser-check.sh output

clean:
	rm -rf .build output

# mieruka against Hugo and the cmark-plus-copy floor (docs/performance.md).
# BENCH_SIZE=small|large|huge (default large), BENCH_SCALING=1 for 50k vs 10k.
bench:
	bench/run.sh

# libFuzzer harnesses for the YAML, front matter, dataset/CSV and chart block
# readers (docs/fuzzing.md). FUZZ_SECONDS per harness (default 60), FUZZ_JOBS
# at a time (default 1); builds in Fuzz/.build, crashes go to Fuzz/artifacts/.
fuzz: deps
	Fuzz/run.sh
