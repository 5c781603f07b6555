#!/usr/bin/env bash
# The complaint reports over the feedback of a `demo --scale` database: Complaint_01/02 for one month
# (`patroncare report complaints`) and the MT quarterly summary (`patroncare report quarter`), each
# against the bare SQL that produces the same figures, run by sqlite3 on the same file in the same run.
#   Benchmarks/complaint-reports.sh BIN    (SQLITE_PATH names the database; needs sqlite3 and bc)
# With DATABASE_URL set, the same on that PostgreSQL database (baseline: psql).
# Prints one line per report: "<name>: ours X s, baseline Y s, ratio R×".
set -euo pipefail
bin=$1
now() { date +%s.%N; }
# The engine's client, its instant literal and its "days between two instants".
if [ -n "${DATABASE_URL:-}" ]; then
    db=$(mktemp)
    query() { psql -qAt "$DATABASE_URL" -c "$1"; }
    run_file() { psql -qAt "$DATABASE_URL" -f "$1"; }
    ts() { echo "to_timestamp($1)"; }
    days_between() { echo "EXTRACT(EPOCH FROM ($2 - $1)) / 86400"; }
else
    db=${SQLITE_PATH:?SQLITE_PATH must name the demo database}
    query() { sqlite3 "$db" "$1"; }
    run_file() { sqlite3 "$db" ".read $1"; }
    ts() { echo "$1"; }
    days_between() { echo "julianday($2, 'unixepoch') - julianday($1, 'unixepoch')"; }
fi
# The latest complete month and calendar quarter of the data (the reports' own defaults are relative
# to the clock; the data ends today, so these are the previous month and quarter).
month=$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m)
first="$month-01"
last=$(date -u -d "$first +1 month -1 day" +%F)
year=$(date -u +%Y); q=$(( ($(date -u +%-m) - 1) / 3 + 1 ))
if [ "$q" -eq 1 ]; then year=$((year - 1)); q=4; else q=$((q - 1)); fi
q_first=$(printf '%d-%02d-01' "$year" $(( (q - 1) * 3 + 1 )))
q_last=$(date -u -d "$q_first +3 month -1 day" +%F)
p_first=$(date -u -d "$q_first -3 month" +%F)
p_last=$(date -u -d "$q_first -1 day" +%F)
# Bangkok midnight as stored (seconds since 1970, UTC).
instant() { ts "$(date -u -d "$1 00:00:00 +0700" +%s)"; }
m_start=$(instant "$first"); m_end=$(instant "$(date -u -d "$last +1 day" +%F)")
q_start=$(instant "$q_first"); q_end=$(instant "$(date -u -d "$q_last +1 day" +%F)")
handling=$(days_between received_at resolved_at)
items=$(query "SELECT COUNT(*) FROM feedback_items")
echo "feedback items: $items; month $month ($first … $last); quarter $year-Q$q ($q_first … $q_last)"

# time_of COMMAND… → seconds, the best of BENCH_REPEAT (3) runs (output discarded).
time_of() {
    local best="" start t
    for _ in $(seq 1 "${BENCH_REPEAT:-3}"); do
        start=$(now); "$@" >/dev/null; t=$(echo "$(now) - $start" | bc)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" -eq 1 ]; then best=$t; fi
    done
    echo "$best"
}
report() { # NAME OURS BASELINE
    printf '%s: ours %.3f s, baseline %.3f s, ratio %.2f×\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"
}

# Complaint_01 is a listing of the month's items, Complaint_02 counts them by kind, track, service and
# status with the handling times, and the month's follow-up answers.
cat >"$db.month.sql" <<SQL
SELECT reference, received_day, channel, kind, service, summary, track, action, outcome, status FROM feedback_items
 WHERE received_day BETWEEN '$first' AND '$last' ORDER BY received_at, reference;
SELECT kind, track, service, status, COUNT(*), AVG($handling)
  FROM feedback_items WHERE received_day BETWEEN '$first' AND '$last' GROUP BY kind, track, service, status;
SELECT i.track, COUNT(*), AVG(s.score) FROM feedback_surveys s JOIN feedback_items i ON i.id = s.item_id
 WHERE s.answered_at >= $m_start AND s.answered_at < $m_end GROUP BY i.track;
SQL
base=$(time_of run_file "$db.month.sql")
ours=$(time_of "$bin" report complaints --month "$month")
report "report complaints (Complaint_01/02)" "$ours" "$base"
"$bin" report complaints --month "$month" --format csv | wc -l | sed 's/^/  csv lines: /'

# The quarter: counts of this and the previous quarter, open track-4 items, lessons, answers.
cat >"$db.quarter.sql" <<SQL
SELECT kind, track, service, status, COUNT(*), AVG($handling)
  FROM feedback_items WHERE received_day BETWEEN '$q_first' AND '$q_last' GROUP BY kind, track, service, status;
SELECT kind, COUNT(*) FROM feedback_items WHERE received_day BETWEEN '$p_first' AND '$p_last' GROUP BY kind;
SELECT reference, received_day, summary, status, decision, decision_at FROM feedback_items
 WHERE kind = 'complaint' AND track = 4 AND received_day <= '$q_last'
   AND (status NOT IN ('resolved', 'closed') OR (decision_at >= $q_start AND decision_at < $q_end)) ORDER BY received_at;
SELECT reference, service, lesson FROM feedback_items
 WHERE share_with_staff = true AND lesson IS NOT NULL AND resolved_at >= $q_start AND resolved_at < $q_end ORDER BY resolved_at;
SELECT i.track, COUNT(*), AVG(s.score) FROM feedback_surveys s JOIN feedback_items i ON i.id = s.item_id
 WHERE s.answered_at >= $q_start AND s.answered_at < $q_end GROUP BY i.track;
SQL
base=$(time_of run_file "$db.quarter.sql")
ours=$(time_of "$bin" report quarter --quarter "$year-Q$q")
report "report quarter (MT summary)" "$ours" "$base"
rm -f "$db.month.sql" "$db.quarter.sql"; [ -n "${DATABASE_URL:-}" ] && rm -f "$db"
# What the command costs before it reads anything (start, configuration, database open): a month with no items.
printf 'command start (report on an empty month): %.3f s\n' "$(time_of "$bin" report complaints --month 2001-01)"
