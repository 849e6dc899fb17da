#!/bin/sh
# Run every fuzz target in turn for SECONDS each (default 300), one job, at low priority.
# Usage (from the repository root): tests/fuzz/run-all.sh [SECONDS] [TARGET...]
set -eu
secs="${1:-300}"
[ $# -gt 0 ] && shift
targets="${*:-input_tree sources whatsapp_lines bluesky_car meta_json csv html_to_text json_array}"
for t in $targets; do
    mkdir -p "tests/fuzz/corpus/$t"
    echo "== $t (${secs}s)"
    nice cargo +nightly fuzz run --fuzz-dir tests/fuzz "$t" \
        "tests/fuzz/corpus/$t" "tests/fuzz/seeds/$t" -- \
        -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
done
