# The project's commands. `make run` opens the dashboard on the shipped data; `make test` runs
# every test: the Swift unit and screen tests, then the end-to-end tests in a real terminal.

SWIFT ?= swift

.PHONY: deps build run test unit-test e2e release

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

run: build
	$(SWIFT) run coalition

test: build
	$(SWIFT) test
	Tests/EndToEnd/run.sh

unit-test: deps
	$(SWIFT) test

e2e: build
	Tests/EndToEnd/run.sh

release: deps
	$(SWIFT) build -c release
