# The two commands a new user needs (see README.md):
#   make demo   install what is missing, build, run `briefing nightly` on the bundled sample data
#   make test   install what is missing, build, run every test
# and for speed:
#   make bench  build release, make the national data set once, print each figure beside its target
SWIFT ?= swift
CONFIG ?= Config/briefing.yaml
BIN = .build/release/briefing

.PHONY: deps build demo test bench samples fuzz clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build -c release --product briefing

demo: build
	@$(BIN) nightly --config $(CONFIG) --verbose; status=$$?; \
	  echo; echo "退出码：$$status（0 表示无错误，65 表示部分输入有错误、报表已按有效记录生成）"; \
	  [ $$status -eq 0 ] || [ $$status -eq 65 ]

test: deps
	$(SWIFT) build --product briefing
	$(SWIFT) test

# The benchmark of README.md (基准测试); options go in BENCH_ARGS, e.g. BENCH_ARGS=--quick for a smoke run,
# BENCH_ARGS="--runs 1 --skip-nightly" for a shorter one. See .build/release/briefing-benchmark --help.
BENCH_ARGS ?=
bench: deps
	$(SWIFT) build -c release --product briefing
	$(SWIFT) build -c release --product briefing-benchmark
	.build/release/briefing-benchmark $(BENCH_ARGS)

# Regenerates the committed sample data set; the tests check that it is what the generator writes.
samples: build
	rm -rf Samples && $(BIN) sample --out Samples --config $(CONFIG)

# Fuzzes the ingest layer (CSV, JSON, encodings, values) for FUZZ_SECONDS; see Fuzz/run.sh.
FUZZ_SECONDS ?= 300
fuzz:
	Fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf .build out Fuzz/.build Fuzz/work Fuzz/crashes
