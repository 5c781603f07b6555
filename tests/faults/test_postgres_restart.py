"""PostgreSQL restarted in the middle of a delivery round, with `serve` running: the app reconnects
on its own (health check and pages answer again), nothing is lost, and what was accepted by the SMTP
server while the database was away goes again with the same Message-ID — at most the round that was
in flight. Runs on a throwaway cluster on port 5433, so the shared cluster on 5432 is never disturbed."""
import os
import shutil
import subprocess
import threading
import time
import urllib.error
import urllib.request

import pytest

from faultkit import app_env, postgres_statuses, psql, queue_postgres, report, run, start_serve, wait_for

PORT = 5433
CLUSTER = "faults"
BATCH = 100


def postgres_version():
    folder = "/usr/lib/postgresql"
    versions = sorted(os.listdir(folder), key=lambda v: [int(p) for p in v.split(".")]) if os.path.isdir(folder) else []
    return versions[-1] if versions else None


def as_postgres(sql):
    return subprocess.run(["su", "postgres", "-c", f"psql -p {PORT} -qAtc \"{sql}\""], capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def throwaway_cluster():
    version = postgres_version()
    if not version or not shutil.which("pg_createcluster") or os.geteuid() != 0:
        pytest.skip("needs root and the Debian PostgreSQL server packages (pg_createcluster) for a throwaway cluster on 5433")
    subprocess.run(["pg_dropcluster", "--stop", version, CLUSTER], capture_output=True)
    subprocess.run(["pg_createcluster", version, CLUSTER, "-p", str(PORT)], check=True, capture_output=True)
    subprocess.run(["pg_ctlcluster", version, CLUSTER, "start"], check=True, capture_output=True)
    wait_for(lambda: as_postgres("select 1").returncode == 0, 30, "the throwaway cluster")
    as_postgres("CREATE ROLE patroncare LOGIN CREATEDB PASSWORD 'patroncare'")
    as_postgres("CREATE DATABASE patroncare_faults OWNER patroncare")
    yield version, f"postgres://patroncare:patroncare@127.0.0.1:{PORT}/patroncare_faults"
    subprocess.run(["pg_dropcluster", "--stop", version, CLUSTER], capture_output=True)


def healthy(base):
    try:
        return urllib.request.urlopen(base + "/healthz", timeout=2).status == 200
    except OSError:
        return False


def load_pages_until(stop, base, answers):
    """Loads a page that reads the database, again and again, recording each answer: (status, body bytes)."""
    while not stop.is_set():
        try:
            with urllib.request.urlopen(base + "/feedback/announcements", timeout=20) as response:
                answers.append((response.status, len(response.read())))
        except urllib.error.HTTPError as error:
            answers.append((error.code, len(error.read())))
        except OSError:
            answers.append((0, 0))  # an empty reply or a reset: what must never happen
        time.sleep(0.05)


def test_postgres_restarted_during_delivery_and_page_loads(throwaway_cluster, smtp):
    version, url = throwaway_cluster
    count = 3000
    env = app_env(postgres=url, smtp_port=smtp.port, PATRONCARE_JOBS="on", PATRONCARE_DELIVER_BATCH=BATCH,
                  PATRONCARE_SENDING_TIMEOUT=5, PATRONCARE_RETRY_DELAY=1)
    run(["migrate", "--yes"], env)
    queue_postgres(url, count)
    smtp.stop()
    smtp.delay = 0.005
    smtp.start()
    serve, base = start_serve(env)
    try:
        wait_for(lambda: smtp.received() >= count // 3, 120, "a third of the messages")
        at_restart = smtp.received()
        stop, answers = threading.Event(), []
        loader = threading.Thread(target=load_pages_until, args=(stop, base, answers))
        loader.start()
        started = time.time()
        subprocess.run(["pg_ctlcluster", version, CLUSTER, "restart", "-m", "fast"], check=True, capture_output=True)
        wait_for(lambda: healthy(base), 60, "the health check to answer again")
        reconnected = time.time() - started
        time.sleep(1)
        stop.set()
        loader.join(timeout=30)
        login = urllib.request.urlopen(base + "/login", timeout=5).status
        wait_for(lambda: postgres_statuses(url).get("sent") == count, 240, "every message sent after the restart")
        assert serve.poll() is None, "serve kept running"
    finally:
        serve.terminate()
        serve.wait(timeout=20)
    ids = smtp.message_ids()
    unique = len(set(ids))
    report("PostgreSQL restarted during delivery (serve running)", received_at_restart=at_restart,
           health_back_after=f"{reconnected:.1f}s", login_page=login, sent=postgres_statuses(url).get("sent"),
           received=len(ids), lost=count - unique, repeated=len(ids) - unique,
           page_loads=len(answers), page_answers=sorted({status for status, _ in answers}))
    assert answers and all(status and size > 0 for status, size in answers), "every page load during the restart got a page, none an empty reply"
    assert answers[-1][0] == 200, "pages load again after the restart"
    assert login == 200
    assert postgres_statuses(url) == {"sent": count}
    assert unique == count, "nothing lost"
    assert len(ids) - unique <= BATCH, "repeats only from the round the restart interrupted"
