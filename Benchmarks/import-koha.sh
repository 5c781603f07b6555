#!/usr/bin/env bash
# Koha patron import speed: `patroncare import koha-patrons` (release build) on N generated rows
# into a fresh SQLite file, against a baseline measured in the same run on the same file:
# sqlite3's own `.import` of the CSV into a bare table (no parsing of dates, no validation,
# no mapping). Prints both times and the ratio; then the re-import (which must change nothing).
#   Benchmarks/import-koha.sh [ROWS]      (default 100000; needs python3 and sqlite3)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c "${BENCH_CONFIGURATION:-release}" --product patroncare >/dev/null 2>&1
bin=$(swift build -c "${BENCH_CONFIGURATION:-release}" --show-bin-path 2>/dev/null)/patroncare

python3 scripts/make-koha-csv.py "$rows" > "$work/patrons.csv"
echo "rows: $rows ($(du -h "$work/patrons.csv" | cut -f1))"

now() { date +%s.%N; }

start=$(now)
sqlite3 "$work/baseline.sqlite" <<SQL >/dev/null
.mode csv
.import $work/patrons.csv patrons
SQL
baseline=$(echo "$(now) - $start" | bc)
echo "baseline: sqlite3 .import: ${baseline}s ($(sqlite3 "$work/baseline.sqlite" 'select count(*) from patrons') rows)"

export SQLITE_PATH="$work/patroncare.sqlite" LOG_LEVEL=error
"$bin" migrate --yes >/dev/null
start=$(now)
"$bin" import koha-patrons "$work/patrons.csv" | tail -n 1
ours=$(echo "$(now) - $start" | bc)
echo "patroncare import: ${ours}s ($(sqlite3 "$SQLITE_PATH" 'select count(*) from members') members)"

start=$(now)
"$bin" import koha-patrons "$work/patrons.csv" | tail -n 1
again=$(echo "$(now) - $start" | bc)
echo "patroncare re-import (no changes): ${again}s"

printf 'ratio: patroncare / sqlite3 .import = %.1f×; first import %.0f rows/s\n' \
    "$(echo "$ours / $baseline" | bc -l)" "$(echo "$rows / $ours" | bc -l)"
