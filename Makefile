# The project's commands. `make run` opens the dashboard on the shipped data; `make test` runs
# every test: the Swift unit and screen tests, then the end-to-end suites in a real terminal.

SWIFT ?= swift
PREFIX ?= /usr/local
BINDIR = $(DESTDIR)$(PREFIX)/bin
DATADIR = $(DESTDIR)$(PREFIX)/share/coalition/data
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
# The installed binary carries the Swift runtime, so it runs wherever it is copied. The flags are
# spelt so that `swift package` accepts them too (it has no --static-swift-stdlib): the manual
# plugin then builds with exactly the settings of the release build and finds it done.
RELEASE_FLAGS = -c release -Xswiftc -static-stdlib --scratch-path .build-release
RELEASE_BIN = .build-release/release/coalition

.PHONY: deps build run test unit-test e2e release manual install uninstall

deps:
	@scripts/install-deps

build: deps
	$(SWIFT) build

run: build
	$(SWIFT) run coalition

test: build
	SWIFT=$(SWIFT) scripts/run-tests

unit-test: deps
	$(SWIFT) test

e2e: build
	Tests/EndToEnd/all.sh

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

# The man page comes from the command definitions themselves (swift-argument-parser's plugin).
manual: release
	mkdir -p .build-release/manual
	$(SWIFT) package $(RELEASE_FLAGS) --allow-writing-to-directory .build-release/manual \
		generate-manual --output-directory .build-release/manual
	scripts/finish-manual .build-release/manual/coalition.1 $(RELEASE_BIN)

install: release manual
	install -d $(BINDIR) $(DATADIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(RELEASE_BIN) $(BINDIR)/coalition
	install -m 644 data/*.json $(DATADIR)/
	install -m 644 .build-release/manual/coalition.1 $(MANDIR)/coalition.1
	$(RELEASE_BIN) --generate-completion-script bash > $(BASHDIR)/coalition
	$(RELEASE_BIN) --generate-completion-script zsh > $(ZSHDIR)/_coalition
	$(RELEASE_BIN) --generate-completion-script fish > $(FISHDIR)/coalition.fish

uninstall:
	rm -f $(BINDIR)/coalition $(MANDIR)/coalition.1 $(BASHDIR)/coalition $(ZSHDIR)/_coalition $(FISHDIR)/coalition.fish
	rm -f $(DATADIR)/*.json
	-rmdir $(DATADIR) $(DESTDIR)$(PREFIX)/share/coalition 2>/dev/null
