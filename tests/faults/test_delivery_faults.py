"""Delivery under faults, on SQLite and PostgreSQL: `serve` killed with -9 in the middle of a round
and started again, the SMTP server stopped mid-round and started again, two deliverers sharing
10,000 messages on PostgreSQL. Nothing may be lost; a repeat may only be a message that was in
flight (same Message-ID), never a row sent twice by two workers."""
import subprocess
import time

import pytest

from faultkit import (BINARY, ROOT, app_env, drop_postgres, postgres_available, postgres_statuses, queue_postgres, queue_sqlite, report,
                      run, scratch_postgres, sqlite_statuses, start_serve, wait_for)

ENGINES = ["sqlite", "postgres"]


@pytest.fixture(params=ENGINES)
def database(request, tmp_path):
    """(engine, env settings, queue(count), statuses()) for a fresh migrated database."""
    if request.param == "sqlite":
        path = tmp_path / "faults.sqlite"
        settings = {"database": path}
        run(["migrate", "--yes"], app_env(**settings))
        yield "sqlite", settings, lambda n: queue_sqlite(path, n), lambda: sqlite_statuses(path)
    else:
        if not postgres_available():
            pytest.skip("needs PostgreSQL on 127.0.0.1:5432 with the patroncare role (.ci/postgres.sh)")
        url = scratch_postgres()
        settings = {"postgres": url}
        run(["migrate", "--yes"], app_env(**settings))
        yield "postgres", settings, lambda n: queue_postgres(url, n), lambda: postgres_statuses(url)
        drop_postgres(url)


def outcome(smtp, count):
    ids = smtp.message_ids()
    unique = len(set(ids))
    return {"received": len(ids), "lost": count - unique, "repeated": len(ids) - unique}


def test_serve_killed_mid_round_then_restarted(database, smtp):
    engine, settings, queue, statuses = database
    count = 600
    queue(count)
    smtp.delay = 0
    env = app_env(smtp_port=smtp.port, PATRONCARE_JOBS="on", PATRONCARE_DELIVER_BATCH=100, **settings)
    # Slow the server a little so the round is still going when it is killed.
    smtp.stop()
    smtp.delay = 0.005
    smtp.start()
    serve, _ = start_serve(env)
    wait_for(lambda: smtp.received() >= count // 3, 60, "a third of the messages")
    serve.kill()
    serve.wait()
    at_kill = smtp.received()
    assert at_kill < count, "killed before the round ended"
    env["PATRONCARE_SENDING_TIMEOUT"] = "0"
    serve, _ = start_serve(env)
    wait_for(lambda: statuses().get("sent") == count, 120, "every message sent after the restart")
    serve.terminate()
    serve.wait(timeout=20)
    seen = outcome(smtp, count)
    report(f"kill -9 of serve mid-delivery ({engine})", killed_after=at_kill, sent=statuses().get("sent"), **seen)
    assert statuses() == {"sent": count}
    assert seen["lost"] == 0
    assert seen["repeated"] <= 2, "only what was in flight on the 2 connections may go again"


def test_smtp_server_stopped_mid_round_and_started_again(database, smtp):
    engine, settings, queue, statuses = database
    count = 400
    queue(count)
    smtp.stop()
    smtp.delay = 0.005
    smtp.start()
    env = app_env(smtp_port=smtp.port, PATRONCARE_DELIVER_BATCH=100, PATRONCARE_RETRY_DELAY=1, **settings)
    deliverer = subprocess.Popen([BINARY, "deliver"], cwd=ROOT, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for(lambda: smtp.received() >= count // 3, 60, "a third of the messages")
    smtp.stop(kill=True)
    at_stop = smtp.received()
    out, err = deliverer.communicate(timeout=120)
    assert deliverer.returncode == 0, err
    waiting = statuses()
    assert waiting.get("failed", 0) > 0 and "dead" not in waiting, waiting
    smtp.delay = 0
    smtp.start()
    for _ in range(20):
        if statuses().get("sent") == count:
            break
        time.sleep(1.5)
        run(["deliver"], env)
    seen = outcome(smtp, count)
    report(f"SMTP server killed mid-round, started again ({engine})", stopped_after=at_stop, waiting_for_retry=waiting.get("failed", 0),
           sent=statuses().get("sent"), **seen)
    assert statuses() == {"sent": count}
    assert seen["lost"] == 0
    assert seen["repeated"] <= 2


def test_two_deliverers_on_postgres_send_each_of_10000_messages_once(smtp):
    if not postgres_available():
        pytest.skip("needs PostgreSQL on 127.0.0.1:5432 with the patroncare role (.ci/postgres.sh)")
    url = scratch_postgres()
    try:
        env = app_env(postgres=url, smtp_port=smtp.port, PATRONCARE_DELIVER_BATCH=200, PATRONCARE_SMTP_CONNECTIONS=3)
        run(["migrate", "--yes"], env)
        count = 10_000
        queue_postgres(url, count)
        started = time.time()
        workers = [subprocess.Popen([BINARY, "deliver"], cwd=ROOT, env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outputs = [worker.communicate(timeout=600) for worker in workers]
        seconds = time.time() - started
        for worker, (out, err) in zip(workers, outputs):
            assert worker.returncode == 0, err
        handled = [int(out.strip().splitlines()[-1].split("Handled ")[1].split(" ")[0]) for out, _ in outputs]
        seen = outcome(smtp, count)
        report("two deliverers on PostgreSQL, 10,000 messages", worker_a=handled[0], worker_b=handled[1],
               sent=postgres_statuses(url).get("sent"), seconds=f"{seconds:.1f}", **seen)
        assert postgres_statuses(url) == {"sent": count}
        assert sum(handled) == count, "no row was claimed by both"
        assert min(handled) > 0, "both workers took a share (SKIP LOCKED)"
        assert seen == {"received": count, "lost": 0, "repeated": 0}
    finally:
        drop_postgres(url)
