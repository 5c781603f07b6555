#!/usr/bin/env bash
# Throughput of PatronMail's SMTPSender against Postfix's smtp-sink on 127.0.0.1, with Postfix's own
# smtp-source as the baseline: same message count, same concurrency, connections reused (-d).
#
#   Benchmarks/mail-throughput.sh [COUNT] [CONCURRENCY]      (defaults 5000 and 4)
#
# Needs: apt-get install -y postfix (only the smtp-sink and smtp-source binaries are used; the
# Postfix daemon is never started), python3 (to find a free port), swift.
set -euo pipefail

COUNT="${1:-5000}"
CONCURRENCY="${2:-4}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$PATH:/usr/sbin:/usr/lib/postfix/sbin"

for tool in smtp-sink smtp-source python3 swift; do
  command -v "$tool" >/dev/null || { echo "mail-throughput: $tool not found (apt-get install -y postfix for smtp-sink/smtp-source)" >&2; exit 2; }
done

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

SINK_PID=""
start_sink() {
  PORT="$(free_port)"
  local as_user=()
  [ "$(id -u)" = 0 ] && as_user=(-u nobody)
  # -c: counters on stderr (discarded); backlog 256.
  smtp-sink "${as_user[@]}" 127.0.0.1:"$PORT" 256 >/dev/null 2>&1 &
  SINK_PID=$!
  for _ in $(seq 1 100); do
    if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $PORT), 0.2).close()" 2>/dev/null; then return 0; fi
    sleep 0.05
  done
  echo "mail-throughput: smtp-sink did not start on port $PORT" >&2
  exit 1
}
stop_sink() {
  if [ -n "$SINK_PID" ]; then kill "$SINK_PID" 2>/dev/null || true; wait "$SINK_PID" 2>/dev/null || true; SINK_PID=""; fi
}
trap stop_sink EXIT

now() { date +%s.%N; }
rate() { python3 -c "import sys; print(round(int(sys.argv[1]) / (float(sys.argv[3]) - float(sys.argv[2]))))" "$@"; }

echo "== building MailBenchmark and patroncare (release)"
(cd "$ROOT" && swift build -c "${BENCH_CONFIGURATION:-release}" --product MailBenchmark >/dev/null)
BIN="$(cd "$ROOT" && swift build -c "${BENCH_CONFIGURATION:-release}" --show-bin-path)/MailBenchmark"

echo "== smtp-source: $COUNT messages of 1 KiB, $CONCURRENCY sessions, connections reused (-d)"
start_sink
t0="$(now)"
smtp-source -d -l 1024 -m "$COUNT" -s "$CONCURRENCY" -f from@example.org -t to@example.org 127.0.0.1:"$PORT"
t1="$(now)"
stop_sink
SOURCE_REUSE="$(rate "$COUNT" "$t0" "$t1")"
echo "smtp-source (reuse): $SOURCE_REUSE msgs/s"

echo "== smtp-source: same, one connection per message (its default)"
start_sink
t0="$(now)"
smtp-source -l 1024 -m "$COUNT" -s "$CONCURRENCY" -f from@example.org -t to@example.org 127.0.0.1:"$PORT"
t1="$(now)"
stop_sink
SOURCE_NEW="$(rate "$COUNT" "$t0" "$t1")"
echo "smtp-source (new connection each): $SOURCE_NEW msgs/s"

echo "== PatronMail SMTPSender: $COUNT Thai multipart messages, $CONCURRENCY connections"
start_sink
OUT="$("$BIN" --host 127.0.0.1 --port "$PORT" --count "$COUNT" --concurrency "$CONCURRENCY")"
stop_sink
echo "$OUT" | grep -v '^RATE '
OURS="$(echo "$OUT" | awk '/^RATE /{print $2}')"

echo "== the whole outbox path: patroncare deliver, $COUNT queued Thai reminders in SQLite, $CONCURRENCY connections"
(cd "$ROOT" && swift build -c "${BENCH_CONFIGURATION:-release}" --product patroncare >/dev/null 2>&1)
APP="$(cd "$ROOT" && swift build -c "${BENCH_CONFIGURATION:-release}" --show-bin-path 2>/dev/null)/patroncare"
WORK="$(mktemp -d)"
export SQLITE_PATH="$WORK/outbox.sqlite" LOG_LEVEL=error PATRONCARE_JOBS=off
"$APP" migrate --yes >/dev/null
sqlite3 "$SQLITE_PATH" <<SQL
INSERT INTO outbox_messages (id, dedupe_key, purpose, recipient_name, channel, address, fallback_channels, language, subject, body,
    html_body, status, attempts, next_attempt_at, last_error, provider_message_id, created_at)
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $COUNT - 1)
SELECT upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-A' || substr(h, 18, 3) || '-' || substr(h, 21, 12)),
       'bench/' || i, 'reminder', 'สมาชิก ทดสอบ ' || i, 'email', 'member' || i || '@example.org', '', 'th',
       'สมาชิกภาพห้องสมุดของท่านจะหมดอายุในวันที่ 23 ธันวาคม พ.ศ. 2569',
       'เรียน สมาชิก ทดสอบ ' || i || char(10) || 'บัตรสมาชิกของท่านจะหมดอายุในวันที่ 23 ธันวาคม พ.ศ. 2569 ขั้นตอนการต่ออายุและการขอรับเงินประกันคืน: http://127.0.0.1:8080/refund-steps',
       '', 'queued', 0, 0, '', '', 0
FROM (SELECT i, lower(hex(randomblob(16))) AS h FROM n);
SQL
start_sink
t0="$(now)"
PATRONCARE_SMTP_HOST=127.0.0.1 PATRONCARE_SMTP_PORT="$PORT" PATRONCARE_SMTP_SECURITY=none PATRONCARE_SMTP_CONNECTIONS="$CONCURRENCY" \
  PATRONCARE_MAIL_FROM=library@example.ac.th PATRONCARE_DELIVER_BATCH=500 "$APP" deliver | tail -n 1
t1="$(now)"
stop_sink
OUTBOX="$(rate "$(sqlite3 "$SQLITE_PATH" "select count(*) from outbox_messages where status = 'sent'")" "$t0" "$t1")"
rm -rf "$WORK"

echo
echo "messages: $COUNT, concurrency: $CONCURRENCY"
echo "patroncare deliver (outbox → SMTP):  $OUTBOX msgs/s   ratio to smtp-source (reused) = $(python3 -c "print(f'{$OUTBOX / $SOURCE_REUSE:.2f}')")"
echo "PatronMail:                          $OURS msgs/s"
echo "smtp-source (reused connections):    $SOURCE_REUSE msgs/s   ratio ours/smtp-source = $(python3 -c "print(f'{$OURS / $SOURCE_REUSE:.2f}')")"
echo "smtp-source (connection per message): $SOURCE_NEW msgs/s   ratio ours/smtp-source = $(python3 -c "print(f'{$OURS / $SOURCE_NEW:.2f}')")"
if [ "$OURS" -lt 1000 ] || [ "$OUTBOX" -lt 1000 ]; then
  echo "BELOW TARGET: fewer than 1,000 messages/s" >&2
  exit 1
fi
