#!/bin/sh
# Builds the ingest fuzzer (libFuzzer and AddressSanitizer) and runs it for a bounded time:
#   Fuzz/run.sh [seconds [libFuzzer options…]]   (make fuzz FUZZ_SECONDS=…; default 300)
# Reads the committed seeds in Fuzz/seeds, keeps what it learns in Fuzz/work, writes a crashing input
# to Fuzz/crashes/ and stops there. Exits non-zero on a crash.
set -eu
cd "$(dirname "$0")"
core=../Sources/BriefingCore
# All of Ingest but the loader (it needs the whole config and rule engine), and what Ingest reads into.
sources=$(ls "$core"/Ingest/*.swift | grep -v -e /InputLoader.swift -e /IngestResult.swift)
mkdir -p .build work crashes
if ! swiftc -sanitize=fuzzer,address -parse-as-library -swift-version 6 -O -module-name FuzzIngest \
    FuzzIngest.swift $sources "$core"/Model/*.swift "$core"/Collections/*.swift "$core"/Catalog/*.swift "$core"/Config/Jurisdiction.swift \
    -o .build/fuzz-ingest 2> .build/compile.log; then
    cat .build/compile.log >&2
    exit 1
fi
seconds=${1:-300}
if [ $# -gt 0 ]; then shift; fi
.build/fuzz-ingest -max_total_time="$seconds" -max_len=4096 -artifact_prefix=crashes/ "$@" work seeds
