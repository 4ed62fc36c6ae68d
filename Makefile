# HazChem: `make demo` and `make test` do all set-up on a fresh machine.
SWIFT ?= swift
BIN := .build/debug/hazchem
DEMO_DIR ?= demo

.PHONY: deps build test demo bench format clean browser-test

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

demo: build
	@bash scripts/demo.sh $(BIN) $(DEMO_DIR)

browser-test: deps
	@bash scripts/browser-test.sh

bench: deps
	@bash scripts/bench.sh

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build $(DEMO_DIR)
