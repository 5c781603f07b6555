"""Fault tests: real `patroncare` processes, a real SMTP server (aiosmtpd), SQLite files and
PostgreSQL databases, broken on purpose — kill -9, servers stopped, a full or read-only disk.
Each test prints what it observed (sent, lost, repeated); `.ci/run` runs them as their own stage."""
import email
import os
import signal
import socket
import sqlite3
import subprocess
import time
import urllib.request
import uuid

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# Commands run in production by default, which needs a data key: the tests use the public development key.
os.environ.setdefault("PATRONCARE_DATA_KEY", "UGF0cm9uQ2FyZSBkZXZlbG9wbWVudCBrZXkgMDAwMDA=")
BINARY = os.environ.get("PATRONCARE_BINARY", os.path.join(ROOT, ".build", "debug", "patroncare"))
SMTP_SERVER = os.path.join(ROOT, "Sources", "MailTestSupport", "smtp_server.py")
POSTGRES_URL = os.environ.get("FAULTS_DATABASE_URL", "postgres://patroncare:patroncare@127.0.0.1:5432/patroncare")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SMTPServer:
    """aiosmtpd on 127.0.0.1 writing each message to a file; can be stopped and started again on the same port."""

    def __init__(self, folder, delay=0.0):
        self.folder = folder
        self.delay = delay
        self.port = free_port()
        self.process = None

    def start(self):
        self.process = subprocess.Popen(["python3", SMTP_SERVER, "serve", "--dir", str(self.folder), "--port", str(self.port),
                                         "--delay", str(self.delay)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline().strip()
        assert line == f"PORT {self.port}", line

    def stop(self, kill=False):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            self.process.wait(timeout=10)

    def received(self):
        return len(list(self.folder.glob("*.eml")))

    def message_ids(self):
        ids = []
        for path in self.folder.glob("*.eml"):
            with open(path, "rb") as handle:
                ids.append(email.message_from_binary_file(handle)["Message-ID"])
        return ids


@pytest.fixture()
def smtp(tmp_path):
    folder = tmp_path / "mail"
    folder.mkdir()
    server = SMTPServer(folder)
    server.start()
    yield server
    server.stop()


def app_env(database=None, postgres=None, smtp_port=None, **extra):
    env = dict(os.environ, LOG_LEVEL="error", PATRONCARE_JOBS="off")
    env.pop("DATABASE_URL", None)
    env.pop("VAPOR_ENV", None)
    if database:
        env["SQLITE_PATH"] = str(database)
    if postgres:
        env["DATABASE_URL"] = postgres
    if smtp_port:
        env.update(PATRONCARE_SMTP_HOST="127.0.0.1", PATRONCARE_SMTP_PORT=str(smtp_port), PATRONCARE_SMTP_SECURITY="none",
                   PATRONCARE_MAIL_FROM="library@example.ac.th", PATRONCARE_SMTP_CONNECTIONS="2")
    env.update({key: str(value) for key, value in extra.items()})
    return env


def run(args, env, check=True, timeout=300):
    result = subprocess.run([BINARY] + args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} exited {result.returncode}: {result.stdout}\n{result.stderr}")
    return result


def message_rows(count, prefix="fault"):
    return [(str(uuid.uuid4()).upper(), f"{prefix}/{n}", "reminder", f"สมาชิก {n}", "email", f"m{n}@example.org", "", "th",
             f"แจ้งเตือน {n}", f"เรียน สมาชิก {n}\nโปรดต่ออายุสมาชิกภาพ http://127.0.0.1:8080/refund-steps", "", "queued", 0, 0, "", "", 0)
            for n in range(count)]


def queue_sqlite(database, count):
    connection = sqlite3.connect(database)
    connection.executemany("""INSERT INTO outbox_messages (id, dedupe_key, purpose, recipient_name, channel, address,
        fallback_channels, language, subject, body, html_body, status, attempts, next_attempt_at, last_error,
        provider_message_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", message_rows(count))
    connection.commit()
    connection.close()


def sqlite_statuses(database):
    connection = sqlite3.connect(database, timeout=30)
    rows = dict(connection.execute("SELECT status, COUNT(*) FROM outbox_messages GROUP BY status").fetchall())
    connection.close()
    return rows


def psql(url, sql):
    result = subprocess.run(["psql", url, "-v", "ON_ERROR_STOP=1", "-qAtc", sql], capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise AssertionError(result.stderr)
    return result.stdout.strip()


def scratch_postgres(base=POSTGRES_URL):
    """A new database on the server of `base`; returns its URL (dropped by the caller with drop_postgres)."""
    name = "patroncare_fault_" + uuid.uuid4().hex[:12]
    psql(base, f"CREATE DATABASE {name}")
    return base.rsplit("/", 1)[0] + "/" + name


def drop_postgres(url, base=POSTGRES_URL):
    name = url.rsplit("/", 1)[1]
    try:
        psql(base, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    except AssertionError:
        pass


def postgres_available(base=POSTGRES_URL):
    try:
        psql(base, "SELECT 1")
        return True
    except (AssertionError, FileNotFoundError, subprocess.TimeoutExpired):
        return False


def queue_postgres(url, count, prefix="fault"):
    psql(url, f"""INSERT INTO outbox_messages (id, dedupe_key, purpose, recipient_name, channel, address, fallback_channels, language,
        subject, body, html_body, status, attempts, next_attempt_at, last_error, provider_message_id, created_at)
        SELECT gen_random_uuid(), '{prefix}/' || n, 'reminder', 'สมาชิก ' || n, 'email', 'm' || n || '@example.org', '', 'th',
               'แจ้งเตือน ' || n, 'เรียน สมาชิก ' || n || E'\\nโปรดต่ออายุสมาชิกภาพ', '', 'queued', 0, now() - interval '1 minute', '', '', now()
        FROM generate_series(1, {count}) AS n""")


def postgres_statuses(url):
    text = psql(url, "SELECT status || '=' || COUNT(*) FROM outbox_messages GROUP BY status")
    return {line.split("=")[0]: int(line.split("=")[1]) for line in text.splitlines() if line}


def wait_for(condition, timeout, what):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def start_serve(env):
    port = free_port()
    process = subprocess.Popen([BINARY, "serve", "--hostname", "127.0.0.1", "--port", str(port)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    def up():
        try:
            return urllib.request.urlopen(base + "/healthz", timeout=2).status == 200
        except OSError:
            return process.poll() is not None
    wait_for(up, 60, "serve to start")
    assert process.poll() is None, process.stderr.read()
    return process, base


def report(name, **counts):
    """One line per fault, collected by .ci/run for the closing note."""
    line = f"FAULT {name}: " + ", ".join(f"{key} {value}" for key, value in counts.items())
    print(line)
    with open(os.environ.get("FAULTS_REPORT", "/tmp/patroncare-faults.txt"), "a") as handle:
        handle.write(line + "\n")
