#!/usr/bin/env bash
# Reminder planning on a large registry: N members (default 1,000,000) in SQLite, one in ten an
# external type A member holding a deposit, expiry dates spread over six years around the as-of day.
# Baseline, measured in the same run: sqlite3 running the very SELECT the planner uses
# (`remind --print-sql`). Ours: `patroncare remind --dry-run` (release build: select, decode, plan)
# and the real run that writes the outbox. Prints the times and the ratio to the baseline.
#   Benchmarks/remind-plan.sh [MEMBERS]        (needs sqlite3 and bc)
set -euo pipefail
cd "$(dirname "$0")/.."
members=${1:-1000000}
as_of=2026-11-23
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c "${BENCH_CONFIGURATION:-release}" --product patroncare >/dev/null 2>&1
bin=$(swift build -c "${BENCH_CONFIGURATION:-release}" --show-bin-path 2>/dev/null)/patroncare
export SQLITE_PATH="$work/remind.sqlite" LOG_LEVEL=error PATRONCARE_JOBS=off
"$bin" migrate --yes >/dev/null

now() { date +%s.%N; }
start=$(now)
sqlite3 "$SQLITE_PATH" <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
INSERT INTO members (id, card_number, first_name_th, last_name_th, first_name_en, last_name_en, segment, membership_type,
    enrolled_on, expires_on, status, email, mobile, line_user_id, address_line1, address_line2, address_line3, postcode,
    preferred_language, consent_postcard, consent_email, consent_sms, consent_line, notes, search_text, reminders_opt_out)
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $members - 1)
SELECT upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-A' || substr(h, 18, 3) || '-' || substr(h, 21, 12)),
       'B' || i, 'สมาชิก', 'ทดสอบ' || i, 'Member', 'Test' || i,
       CASE i % 5 WHEN 0 THEN 'U5' WHEN 1 THEN 'U1' WHEN 2 THEN 'U2' WHEN 3 THEN 'U3' ELSE 'U5' END,
       CASE i % 10 WHEN 0 THEN 'external-a' WHEN 4 THEN 'external-b' WHEN 9 THEN 'external-b' WHEN 1 THEN 'student' WHEN 2 THEN 'student' ELSE 'staff' END,
       date(e, '-1 year'), e, 'active', 'm' || i || '@example.org', '08' || substr('00000000' || i, -8), '',
       i || ' ถนนห้วยแก้ว', '', 'ต.สุเทพ อ.เมือง จ.เชียงใหม่', '50200', CASE i % 7 WHEN 0 THEN 'en' ELSE 'th' END,
       1, i % 3 != 0, i % 2 = 0, 0, '', 'b' || i, 0
FROM (SELECT i, lower(hex(randomblob(16))) AS h, date('$as_of', ((i * 7919) % 2190 - 1095) || ' days') AS e FROM n);
INSERT INTO deposits (id, member_id, receipt_number, amount_satang, balance_satang, received_on, last_claim_day, source)
SELECT lower(hex(randomblob(16))), id, 'H-' || card_number, 100000, 100000, enrolled_on, date(expires_on, '+12 months'), 'import'
FROM members WHERE membership_type = 'external-a';
COMMIT;
SQL
echo "generated $members members and $(sqlite3 "$SQLITE_PATH" 'select count(*) from deposits') deposits in $(echo "$(now) - $start" | bc) s"

"$bin" remind --as-of "$as_of" --print-sql > "$work/select.sql"
start=$(now)
rows=$(sqlite3 "$SQLITE_PATH" < "$work/select.sql" | wc -l)
baseline=$(echo "$(now) - $start" | bc)
echo "baseline: sqlite3 runs the planner's SELECT: ${baseline} s ($rows members)"

start=$(now)
"$bin" remind --as-of "$as_of" --dry-run | grep -E "members in the reminder windows|Dry run"
dry=$(echo "$(now) - $start" | bc)
echo "patroncare remind --dry-run: ${dry} s"

start=$(now)
"$bin" remind --as-of "$as_of" | tail -n 1
real=$(echo "$(now) - $start" | bc)
echo "patroncare remind (writes the outbox): ${real} s; outbox rows: $(sqlite3 "$SQLITE_PATH" 'select count(*) from outbox_messages')"
start=$(now)
"$bin" remind --as-of "$as_of" | tail -n 1
again=$(echo "$(now) - $start" | bc)
echo "patroncare remind again (adds nothing): ${again} s"
printf 'ratio to the bare SQL: dry run %.1f×, real run %.1f× (target: under 20 s and within 3×)\n' \
    "$(echo "$dry / $baseline" | bc -l)" "$(echo "$real / $baseline" | bc -l)"
