"""`serve` killed with -9 while it writes the day's reminder plan, then started again: the plan is
finished by the new process, every member gets exactly one message (the outbox's dedupe key), and
nothing is written twice. On a SQLite file and on PostgreSQL; 40,000 members whose membership ends
in 30 days."""
import datetime
import sqlite3
import time

import pytest

from faultkit import app_env, drop_postgres, postgres_available, psql, report, run, scratch_postgres, start_serve, wait_for

MEMBERS = 40_000
COUNT_SQL = "SELECT COUNT(*), COUNT(DISTINCT dedupe_key) FROM outbox_messages"


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request, tmp_path):
    """(name, app settings, a function counting the outbox rows and their distinct keys)."""
    if request.param == "sqlite":
        database = tmp_path / "plan.sqlite"

        def count():
            connection = sqlite3.connect(database, timeout=30)
            try:
                return tuple(connection.execute(COUNT_SQL).fetchone())
            finally:
                connection.close()
        yield "SQLite", {"database": database}, count
    else:
        if not postgres_available():
            pytest.skip("needs PostgreSQL on 127.0.0.1:5432 with the patroncare role (.ci/postgres.sh)")
        url = scratch_postgres()
        yield "PostgreSQL", {"postgres": url}, lambda: tuple(int(n) for n in psql(url, COUNT_SQL).split("|"))
        drop_postgres(url)


def test_serve_killed_mid_plan_then_restarted_finishes_it_once(tmp_path, engine):
    name, settings, outbox_count = engine
    env = app_env(**settings, PATRONCARE_JOBS="on", PATRONCARE_REMIND_AT="00:00")
    run(["migrate", "--yes"], env)
    bangkok_today = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=7)).date()
    expiry = (bangkok_today + datetime.timedelta(days=30)).isoformat()
    patrons = tmp_path / "patrons.csv"
    with open(patrons, "w", encoding="utf-8") as handle:
        handle.write("cardnumber,surname,firstname,categorycode,dateenrolled,dateexpiry,address,city,zipcode\n")
        for n in range(MEMBERS):
            handle.write(f"P{n:06d},ใจดี,สมาชิก{n},EXA,2020-01-01,{expiry},\"{n} ถนนพหลโยธิน\",กรุงเทพมหานคร,10400\n")
    run(["import", "koha-patrons", str(patrons)], env)
    planned = run(["remind", "--dry-run"], env).stdout

    serve, _ = start_serve(env)
    wait_for(lambda: outbox_count()[0] > 0, 120, "the plan to start writing")
    serve.kill()
    serve.wait()
    at_kill = outbox_count()[0]
    serve, _ = start_serve(env)
    try:
        wait_for(lambda: outbox_count()[0] >= MEMBERS, 180, "the plan to be finished")
        time.sleep(1)
    finally:
        serve.terminate()
        serve.wait(timeout=20)
    rows, keys = outbox_count()
    again = run(["remind"], env).stdout
    report(f"kill -9 of serve mid reminder plan ({name})", members=MEMBERS, rows_at_kill=at_kill, rows_after_restart=rows,
           distinct_keys=keys, lost=MEMBERS - keys, repeated=rows - keys)
    assert f"{MEMBERS}" in planned, planned
    assert rows == keys == MEMBERS, "one message per member, none twice, none lost"
    assert "Written 0 new outbox message(s)" in again, again
