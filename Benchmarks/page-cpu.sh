#!/usr/bin/env bash
# serve's CPU time per request for each page, against /healthz in the same run: on a shared, busy
# machine requests/s move with the neighbours' load, CPU per request much less. Builds nothing:
#   Benchmarks/page-cpu.sh [BIN]     (default .build/release/patroncare; needs wrk, curl, bc)
# Serves a fresh demo database, signs in as admin, runs wrk -c16 for 4 s per page (after 1 s of
# warm-up) and reads serve's utime+stime from /proc before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/patroncare}
work=$(mktemp -d)
port=${PORT:-18112}
export SQLITE_PATH="$work/demo.sqlite" PATRONCARE_DATA_KEY=$(head -c 32 /dev/urandom | base64) LOG_LEVEL=error PATRONCARE_JOBS=off
"$bin" demo >/dev/null 2>&1
"$bin" serve --hostname 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
jar="$work/jar"
token=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode username=admin \
    --data-urlencode password=demo-password "http://127.0.0.1:$port/login"
cookie=$(sed 's/^#HttpOnly_//' "$jar" | awk '!/^#/ && NF >= 7 {printf "%s=%s; ", $6, $7}')
member=$(sqlite3 "$SQLITE_PATH" "SELECT m.id FROM members m JOIN deposits d ON d.member_id = m.id LIMIT 1")
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
printf '%-24s %6s %10s %7s %10s %9s\n' page status "µs CPU" ratio "req/s" p99
for path in /healthz /refund-steps /feedback /login / /members "/members/$member" /complaints /outbox /reports/unclaimed; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://127.0.0.1:$port$path")
    wrk -t2 -c16 -d1s -H "Cookie: $cookie" "http://127.0.0.1:$port$path" >/dev/null
    before=$(ticks)
    out=$(wrk -t2 -c16 -d4s --latency -H "Cookie: $cookie" "http://127.0.0.1:$port$path")
    after=$(ticks)
    n=$(echo "$out" | grep -Eo '^ +[0-9]+ requests' | grep -Eo '[0-9]+')
    us=$(( (after - before) * 1000000 / hz / n ))
    [ "$path" = /healthz ] && base=$us
    label=$path; [ "$path" = "/members/$member" ] && label=/members/:id
    printf '%-24s %6s %10s %7s %10s %9s\n' "$label" "$code" "$us" "$(echo "scale=3; $base / $us" | bc)" \
        "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" "$(echo "$out" | awk '$1 == "99%" {print $2}')"
done
