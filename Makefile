# claimsdb. `make run` and `make test` are the two commands a newcomer needs.
SWIFT      ?= swift
PREFIX     ?= /usr/local
DB         ?= claims.db
BIN        := .build/release/claimsdb
MANPAGE    := .build/plugins/GenerateManual/outputs/ClaimsCLI/claimsdb.1
# where `make install` puts things; DESTDIR stages a package
ROOT       := $(DESTDIR)$(PREFIX)
SECONDS    ?= 60
FUZZ_DIR   := .build-fuzz
FUZZ       := text markdown html jsonl

.PHONY: run test build deps man install clean eval bench stress fuzz

## deps: the system libraries claimsdb links (Debian's libsqlite3-dev and libxml2-dev).
deps:
	@pkg-config --exists sqlite3 libxml-2.0 2>/dev/null || { \
		echo "installing libsqlite3-dev libxml2-dev"; \
		(apt-get update -qq && apt-get install -y -qq libsqlite3-dev libxml2-dev pkg-config) >/dev/null; }

## build: a release build of the claimsdb binary.
build: deps
	$(SWIFT) build -c release --product claimsdb

## run: build, make a fresh database, ingest the seed articles, ask for the IMF's claims.
run: build
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN) init --db $(DB)
	$(BIN) ingest --db $(DB) seeds/articles
	$(BIN) find --db $(DB) --source IMF

## test: every test, against real SQLite files and the real binary. The tests' scratch folders
## (and the build's) go in a temporary folder of this run, removed after it, pass or fail.
test: deps
	@scratch=$$(mktemp -d -t claimsdb-test-run.XXXXXX); \
	TMPDIR=$$scratch $(SWIFT) build --build-tests && \
	TMPDIR=$$scratch CLAIMSDB_BIN=.build/debug/claimsdb $(SWIFT) test --skip-build; status=$$?; \
	rm -rf "$$scratch"; exit $$status

## man: the manual page, from the commands' own help (swift-argument-parser's generate-manual
## plugin, which builds every product in release mode first).
man: deps
	$(SWIFT) package plugin generate-manual

## install: the binary into $(PREFIX)/bin, its manual page into share/man/man1, and bash, zsh
## and fish completions where those shells look for them.
install: build man
	install -d $(ROOT)/bin $(ROOT)/share/man/man1 $(ROOT)/share/bash-completion/completions \
		$(ROOT)/share/zsh/site-functions $(ROOT)/share/fish/vendor_completions.d
	install -m 0755 $(BIN) $(ROOT)/bin/claimsdb
	install -m 0644 $(MANPAGE) $(ROOT)/share/man/man1/claimsdb.1
	$(BIN) --generate-completion-script bash > $(ROOT)/share/bash-completion/completions/claimsdb
	$(BIN) --generate-completion-script zsh > $(ROOT)/share/zsh/site-functions/_claimsdb
	$(BIN) --generate-completion-script fish > $(ROOT)/share/fish/vendor_completions.d/claimsdb.fish

clean:
	rm -rf .build $(DB) $(DB)-wal $(DB)-shm

## eval: precision, recall and F1 of the extractor on Tests/Eval, and its speed on Reuters-21578.
eval: deps
	$(SWIFT) build -c release --product claimsdb-eval
	.build/release/claimsdb-eval --labels Tests/Eval --corpora ../shared/corpora --speed

## bench: ingest speed and memory at 10/50/100% of Reuters-21578, extraction alone, and query
## latency on a generated database of a million claims. Numbers go to BENCHMARKS.md by hand.
bench: deps
	$(SWIFT) build -c release --product claimsdb
	$(SWIFT) build -c release --product claimsdb-bench
	.build/release/claimsdb-bench --corpora ../shared/corpora

## stress: the long reliability runs on the release binary: 200 kills of ingest, two ingests
## and a reader on 1,500 articles each, a 1 GB JSON line, a million-sentence article, a 10 MB
## sentence, ten million rows of `sql` and an export of 20,000 articles in flat memory. make
## test runs the same tests scaled down.
stress: deps
	$(SWIFT) build -c release --product claimsdb
	$(SWIFT) build --build-tests
	CLAIMSDB_STRESS=1 CLAIMSDB_BIN=$(BIN) $(SWIFT) test --skip-build \
		--filter 'CrashSafetyTests|ConcurrencyTests|ResourceLimitTests|StreamedOutputTests'

## fuzz: each libFuzzer target (normalize + extract of text, markdown, html, jsonl) for
## $(SECONDS) seconds, one after the other, from the seeds in Tests/Fuzz/corpus. Builds in
## .build-fuzz; inputs that crash or hang are saved in .build-fuzz/crashes/TARGET/.
fuzz: deps
	@for t in $(FUZZ); do \
		$(SWIFT) build -c release --scratch-path $(FUZZ_DIR) --product fuzz-$$t --sanitize fuzzer -Xswiftc -DFUZZING || exit 1; \
	done
	@failed=""; for t in $(FUZZ); do \
		mkdir -p $(FUZZ_DIR)/corpus/$$t $(FUZZ_DIR)/crashes/$$t; \
		echo "fuzz-$$t: $(SECONDS) s"; \
		$(FUZZ_DIR)/release/fuzz-$$t $(FUZZ_DIR)/corpus/$$t Tests/Fuzz/corpus/$$t -max_total_time=$(SECONDS) \
			-timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
			-artifact_prefix=$(FUZZ_DIR)/crashes/$$t/ || failed="$$failed $$t"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz: crashes in$$failed (see $(FUZZ_DIR)/crashes)"; exit 1; fi
