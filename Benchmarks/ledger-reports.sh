#!/usr/bin/env bash
# The unclaimed-deposit report and indicators 5.1/5.2 over a large ledger: ENTRIES ledger entries
# (default 10,000,000) in SQLite — deposits of two per member, each received and, for six in ten,
# refunded or forfeited later, expiry spread over eight years. Baseline, same run, same file:
# sqlite3 running the bare SQL that gives the same figures (per-member balances at the end of the
# day, the count and the totals). Ours: `patroncare report unclaimed` (the listing with the total)
# and the indicators page `/indicators` (5.1 and 5.2), signed in.
#   Benchmarks/ledger-reports.sh BIN [ENTRIES]   (needs sqlite3, bc, curl)
# Prints "<name>: ours X s, baseline Y s, ratio R×" per report.
set -euo pipefail
bin=$1
entries=${2:-10000000}
deposits=$((entries * 10 / 16))   # every deposit received, six in ten also refunded or forfeited
members=$((deposits / 2))
as_of=2026-11-23
work=$(mktemp -d)
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
export SQLITE_PATH="$work/ledger.sqlite" LOG_LEVEL=error PATRONCARE_JOBS=off
export PATRONCARE_DATA_KEY=${PATRONCARE_DATA_KEY:-$(head -c 32 /dev/urandom | base64)}
now() { date +%s.%N; }

# The demo staff (to sign in), then the bulk rows straight into the tables.
"$bin" demo --scale 1 --feedback 0 >/dev/null
start=$(now)
sqlite3 "$SQLITE_PATH" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
INSERT INTO members (id, card_number, first_name_th, last_name_th, first_name_en, last_name_en, segment, membership_type,
    enrolled_on, expires_on, status, email, mobile, line_user_id, address_line1, address_line2, address_line3, postcode,
    preferred_language, consent_postcard, consent_email, consent_sms, consent_line, notes, search_text, reminders_opt_out,
    opt_out_postcard, opt_out_email, opt_out_sms, opt_out_line)
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $members - 1)
SELECT upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-A' || substr(h, 18, 3) || '-' || substr(h, 21, 12)),
       'L' || i, 'สมาชิก', 'ทดสอบ' || i, 'Member', 'Test' || i, 'Pa1', 'external-a', date(e, '-2 years'), e, 'active',
       '', '', '', i || ' ถนนห้วยแก้ว', '', 'ต.สุเทพ อ.เมือง จ.เชียงใหม่', '50200', 'th', 1, 0, 0, 0, '', 'l' || i, 0, 0, 0, 0, 0
FROM (SELECT i, lower(hex(randomblob(16))) AS h, date('$as_of', ((i * 7919) % 2920 - 2190) || ' days') AS e FROM n);
CREATE TEMP TABLE d AS
SELECT upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-A' || substr(h, 18, 3) || '-' || substr(h, 21, 12)) AS id,
       member_id, n, received_on, last_claim_day, n % 10 AS fate, expires_on
FROM (SELECT lower(hex(randomblob(16))) AS h, m.id AS member_id, m.rowid * 2 + k AS n, m.enrolled_on AS received_on,
             date(m.expires_on, '+12 months') AS last_claim_day, m.expires_on AS expires_on
        FROM members m CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1) WHERE m.card_number LIKE 'L%');
INSERT INTO deposits (id, member_id, receipt_number, amount_satang, balance_satang, received_on, last_claim_day, source, created_at, updated_at)
SELECT id, member_id, 'L-' || n, 100000, CASE WHEN fate < 6 THEN 0 ELSE 100000 END, received_on, last_claim_day, 'import',
       strftime('%s', received_on), strftime('%s', received_on) FROM d;
INSERT INTO ledger_entries (id, deposit_id, member_id, kind, amount_satang, balance_effect_satang, reason, recorded_by_id, recorded_by_name,
    recorded_at, counter, payment_method, documents, proxy_name, proxy_id_number, override_reason)
SELECT lower(hex(randomblob(16))), id, member_id, 'received', 100000, 100000, '', 'bench', 'bench', strftime('%s', received_on) + 36000,
       'counter 1', 'cash', '', '', '', '' FROM d;
INSERT INTO ledger_entries (id, deposit_id, member_id, kind, amount_satang, balance_effect_satang, reason, recorded_by_id, recorded_by_name,
    recorded_at, counter, payment_method, documents, proxy_name, proxy_id_number, override_reason)
SELECT lower(hex(randomblob(16))), id, member_id, CASE WHEN fate < 5 THEN 'refunded' ELSE 'forfeited' END, 100000, -100000, '', 'bench', 'bench',
       strftime('%s', CASE WHEN fate < 5 THEN date(expires_on, '+40 days') ELSE date(last_claim_day, '+1 day') END) + 50400,
       'counter 1', CASE WHEN fate < 5 THEN 'cash' END, '', '', '', '' FROM d WHERE fate < 6;
COMMIT;
SQL
echo "generated $(sqlite3 "$SQLITE_PATH" 'select count(*) from deposits') deposits and $(sqlite3 "$SQLITE_PATH" 'select count(*) from ledger_entries') ledger entries in $(echo "$(now) - $start" | bc) s"

time_of() { # best of BENCH_REPEAT (3) runs, output discarded
    local best="" start t
    for _ in $(seq 1 "${BENCH_REPEAT:-3}"); do
        start=$(now); "$@" >/dev/null; t=$(echo "$(now) - $start" | bc)
        if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" -eq 1 ]; then best=$t; fi
    done
    echo "$best"
}
report() { printf '%s: ours %.3f s, baseline %.3f s, ratio %.2f×\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"; }
end_of_day() { sqlite3 "$SQLITE_PATH" "SELECT strftime('%s', date('$1', '+1 day') || ' 00:00:00', '-7 hours')"; }
cut=$(end_of_day "$as_of")
baseline_day=$(date -u -d "$as_of -1 year" +%F)
cut0=$(end_of_day "$baseline_day")

# The listing: expired members with money held at the end of the day, their balance and deadline, and the total.
cat >"$work/unclaimed.sql" <<SQL
SELECT m.card_number, m.first_name_th || ' ' || m.last_name_th, m.expires_on, COUNT(*), SUM(b.balance), MIN(d.last_claim_day)
  FROM (SELECT deposit_id, SUM(CASE WHEN kind IN ('refunded', 'forfeited') THEN -amount_satang ELSE amount_satang END) AS balance
          FROM ledger_entries WHERE recorded_at < $cut GROUP BY deposit_id) b
  JOIN deposits d ON d.id = b.deposit_id JOIN members m ON m.id = d.member_id
 WHERE b.balance > 0 AND m.expires_on < '$as_of' GROUP BY m.id ORDER BY m.expires_on;
SQL
base=$(time_of sqlite3 "$SQLITE_PATH" ".read $work/unclaimed.sql")
ours=$(time_of "$bin" report unclaimed --as-of "$as_of")
report "report unclaimed" "$ours" "$base"
# What any command costs before it reads anything: the same report on a day before the first deposit.
start_cost=$(time_of "$bin" report unclaimed --as-of 1990-01-01)
printf 'command start (report on no data): %.3f s\n' "$start_cost"
"$bin" report unclaimed --as-of "$as_of" | tail -n 1 | sed 's/^/  ours: /'
sqlite3 "$SQLITE_PATH" ".read $work/unclaimed.sql" | awk -F'|' '{n++; t+=$5} END {printf "  bare SQL: %d members, %.2f baht\n", n, t/100}'

# 5.1 (members expired with money held, on the baseline day and the day) and 5.2 (held past the deadline, forfeited).
cat >"$work/indicators.sql" <<SQL
SELECT SUM(c0 > 0 AND expires_on < '$baseline_day'), SUM(c1 > 0 AND expires_on < '$as_of') FROM (
  SELECT m.id, m.expires_on, SUM(b0) AS c0, SUM(b1) AS c1 FROM (
    SELECT deposit_id,
           SUM(CASE WHEN recorded_at < $cut0 THEN CASE WHEN kind IN ('refunded', 'forfeited') THEN -amount_satang ELSE amount_satang END END) AS b0,
           SUM(CASE WHEN kind IN ('refunded', 'forfeited') THEN -amount_satang ELSE amount_satang END) AS b1
      FROM ledger_entries WHERE recorded_at < $cut GROUP BY deposit_id) b
  JOIN deposits d ON d.id = b.deposit_id JOIN members m ON m.id = d.member_id GROUP BY m.id);
SELECT SUM(CASE WHEN d.last_claim_day < '$as_of' AND b.balance > 0 THEN b.balance END), SUM(d.last_claim_day < '$as_of' AND b.balance > 0), SUM(b.forfeited)
  FROM (SELECT deposit_id, SUM(CASE WHEN kind IN ('refunded', 'forfeited') THEN -amount_satang ELSE amount_satang END) AS balance,
               SUM(CASE WHEN kind = 'forfeited' THEN amount_satang ELSE 0 END) AS forfeited
          FROM ledger_entries WHERE recorded_at < $cut GROUP BY deposit_id) b JOIN deposits d ON d.id = b.deposit_id;
SQL
base=$(time_of sqlite3 "$SQLITE_PATH" ".read $work/indicators.sql")
port=18081
"$bin" serve --hostname 127.0.0.1 --port "$port" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
jar="$work/cookies"
token=$(curl -fs -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode username=admin \
    --data-urlencode "password=demo-password" "http://127.0.0.1:$port/login"
page="http://127.0.0.1:$port/indicators?asOf=$as_of&baseline=$baseline_day"
code=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$page")
if [ "$code" = "200" ]; then
    ours=$(time_of curl -fs -o /dev/null -b "$jar" "$page")
    report "indicators 5.1/5.2 page" "$ours" "$base"
else
    echo "indicators 5.1/5.2 page: HTTP $code"
fi
sqlite3 "$SQLITE_PATH" ".read $work/indicators.sql" | sed 's/^/  bare SQL: /'
