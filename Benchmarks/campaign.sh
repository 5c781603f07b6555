#!/usr/bin/env bash
# The unclaimed-deposit campaign on a large backlog: N expired external type A members (default
# 100,000) holding deposits whose claim deadlines passed years ago, plus as many current members,
# in SQLite. Postal address for all, e-mail for seven in ten, no consent flags (a Koha import).
# Baseline, measured in the same run: sqlite3 running the very SELECT the campaign uses
# (`campaign unclaimed --print-sql`). Ours: the dry run (select, decode, plan) and the real run
# (one transaction: campaign row, deadline changes, one outbox notice per member and channel,
# rendered in Thai). Prints the times and the ratios to the baseline.
#   Benchmarks/campaign.sh [MEMBERS] [debug|release]        (needs sqlite3 and bc)
set -euo pipefail
cd "$(dirname "$0")/.."
members=${1:-100000}
configuration=${2:-release}
as_of=2026-11-23
claim_by=2027-03-31
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c "$configuration" --product patroncare >/dev/null 2>&1
bin=$(swift build -c "$configuration" --show-bin-path 2>/dev/null)/patroncare
export SQLITE_PATH="$work/campaign.sqlite" PATRONCARE_DATA_KEY=$(head -c 32 /dev/urandom | base64) LOG_LEVEL=error PATRONCARE_JOBS=off PATRONCARE_ADMIN_PASSWORD=benchmark-password
"$bin" migrate --yes >/dev/null
"$bin" create-admin bench >/dev/null

now() { date +%s.%N; }
start=$(now)
sqlite3 "$SQLITE_PATH" <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
INSERT INTO members (id, card_number, first_name_th, last_name_th, first_name_en, last_name_en, segment, membership_type,
    enrolled_on, expires_on, status, email, mobile, line_user_id, address_line1, address_line2, address_line3, postcode,
    preferred_language, consent_postcard, consent_email, consent_sms, consent_line, notes, search_text, reminders_opt_out)
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 2 * $members - 1)
SELECT upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-A' || substr(h, 18, 3) || '-' || substr(h, 21, 12)),
       'B' || i, 'สมาชิก', 'ทดสอบ' || i, '', '', 'Pa1', 'external-a', date(e, '-1 year'), e, 'active',
       CASE WHEN i % 10 < 7 THEN 'm' || i || '@example.org' ELSE '' END, '', '',
       i || ' ถนนห้วยแก้ว', '', 'ต.สุเทพ อ.เมือง จ.เชียงใหม่', '50200', 'th', 0, 0, 0, 0, '', 'b' || i, 0
FROM (SELECT i, lower(hex(randomblob(16))) AS h,
             CASE WHEN i % 2 = 0 THEN date('$as_of', '-' || (400 + (i * 7919) % 5000) || ' days')
                  ELSE date('$as_of', '+' || (1 + (i * 7919) % 700) || ' days') END AS e FROM n);
INSERT INTO deposits (id, member_id, receipt_number, amount_satang, balance_satang, received_on, last_claim_day, source)
SELECT upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-B' || substr(h, 18, 3) || '-' || substr(h, 21, 12)),
       id, 'H-' || card_number, 100000, 100000, enrolled_on, date(expires_on, '+12 months'), 'import'
FROM (SELECT *, lower(hex(randomblob(16))) AS h FROM members WHERE expires_on < '$as_of');
COMMIT;
SQL
echo "generated $(sqlite3 "$SQLITE_PATH" 'select count(*) from members') members and $(sqlite3 "$SQLITE_PATH" 'select count(*) from deposits') deposits in $(echo "$(now) - $start" | bc) s"

"$bin" campaign unclaimed --as-of "$as_of" --claim-by "$claim_by" --print-sql > "$work/select.sql"
start=$(now)
rows=$(sqlite3 "$SQLITE_PATH" < "$work/select.sql" | wc -l)
baseline=$(echo "$(now) - $start" | bc)
echo "baseline: sqlite3 runs the campaign's SELECT: ${baseline} s ($rows rows)"

start=$(now)
"$bin" campaign unclaimed --as-of "$as_of" --claim-by "$claim_by" --dry-run --as bench | tail -n 1
dry=$(echo "$(now) - $start" | bc)
echo "patroncare campaign unclaimed --dry-run ($configuration): ${dry} s"

start=$(now)
"$bin" campaign unclaimed --as-of "$as_of" --claim-by "$claim_by" --as bench | tail -n 3
real=$(echo "$(now) - $start" | bc)
echo "patroncare campaign unclaimed ($configuration, writes the outbox and the deadlines): ${real} s;" \
     "outbox rows: $(sqlite3 "$SQLITE_PATH" 'select count(*) from outbox_messages'), deadline changes: $(sqlite3 "$SQLITE_PATH" 'select count(*) from claim_deadline_changes')"
start=$(now)
"$bin" campaign unclaimed --as-of "$as_of" --claim-by "$claim_by" --as bench 2>&1 | tail -n 1 || true
again=$(echo "$(now) - $start" | bc)
echo "the same campaign again (refused, adds nothing): ${again} s"
printf 'ratio to the bare SQL: dry run %.1f×, real run %.1f× (target: well under 10 s in release)\n' \
    "$(echo "$dry / $baseline" | bc -l)" "$(echo "$real / $baseline" | bc -l)"
