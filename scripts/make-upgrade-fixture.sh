#!/usr/bin/env bash
# Pins the schema of a release: builds a database with the release's own binary, fills it the way a
# library would (demo data, a Koha import, a reminder run, public feedback), and dumps it as SQL for
# SQLite and PostgreSQL under Tests/Fixtures/upgrade/RELEASE/. UpgradeTests load these dumps and
# migrate them to today's schema, so a migration that shipped can never be edited unnoticed.
#
# Run at the release's commit, after `swift build`:
#   scripts/make-upgrade-fixture.sh release-1 postgres://patroncare:patroncare@127.0.0.1:5432/patroncare
set -euo pipefail
cd "$(dirname "$0")/.."
release=${1:?usage: make-upgrade-fixture.sh RELEASE POSTGRES_URL}
postgres_base=${2:?usage: make-upgrade-fixture.sh RELEASE POSTGRES_URL}
binary=.build/debug/patroncare
# A fixed key, so that the sealed ID numbers in the dump are the same from run to run (a test key, never a library's).
export PATRONCARE_DATA_KEY=${PATRONCARE_DATA_KEY:-MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=}
out=Tests/Fixtures/upgrade/$release
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true' EXIT

fill() { # fills the database named by the environment (SQLITE_PATH or DATABASE_URL)
    "$binary" demo
    "$binary" import koha-patrons Tests/Fixtures/koha-patrons-th.csv --skip-invalid --lang en
    "$binary" remind --lang en
    "$binary" serve --port 18091 >"$work/serve.log" 2>&1 & server=$!
    for _ in $(seq 1 60); do curl -fs http://127.0.0.1:18091/healthz >/dev/null && break; sleep 0.5; done
    python3 - <<'PY'
import http.cookiejar, re, urllib.parse, urllib.request
jar = http.cookiejar.CookieJar()
web = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
for summary, email in [("แอร์ห้องอ่านหนังสือชั้น 2 ไม่เย็น", "malee@example.org"), ("ขอบคุณเจ้าหน้าที่เคาน์เตอร์", "")]:
    page = web.open("http://127.0.0.1:18091/feedback").read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    form = {"_csrf": token, "kind": "complaint" if email else "compliment", "service": "study-spaces", "segment": "U1",
            "summary": summary, "details": "ทดสอบการย้ายฐานข้อมูล", "contactName": "มาลี" if email else "",
            "contactEmail": email, "contactPhone": "", "contactChannel": "email", "consent": "on" if email else ""}
    web.open("http://127.0.0.1:18091/feedback", urllib.parse.urlencode(form).encode()).read()
PY
    kill "$server"; wait "$server" 2>/dev/null || true; server=
}

echo "== SQLite"
SQLITE_PATH="$work/release.sqlite" fill
sqlite3 "$work/release.sqlite" .dump > "$out/sqlite.sql"

echo "== PostgreSQL"
database="patroncare_fixture_$$"
psql "$postgres_base" -qc "CREATE DATABASE $database"
url="${postgres_base%/*}/$database"
DATABASE_URL="$url" fill
pg_dump --no-owner --no-privileges --no-comments "$url" > "$out/postgres.sql"
psql "$postgres_base" -qc "DROP DATABASE $database WITH (FORCE)"
git rev-parse HEAD > "$out/COMMIT"
wc -c "$out"/*.sql
