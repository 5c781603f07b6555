"""`kill -9` of a delivery run halfway: nothing is lost, and what the dead worker had in flight on its
connections goes out again with the same Message-ID, so it is recognisably one message.
Real processes and a real SMTP server (aiosmtpd) on 127.0.0.1."""
import email
import os
import signal
import sqlite3
import subprocess
import time
import uuid

import pytest

from conftest import BINARY, ROOT

SERVER = os.path.join(ROOT, "Sources", "MailTestSupport", "smtp_server.py")
COUNT = 300
BATCH = 50


@pytest.fixture()
def smtp(tmp_path):
    folder = tmp_path / "mail"
    folder.mkdir()
    process = subprocess.Popen(["python3", SERVER, "serve", "--dir", str(folder), "--delay", "0.01"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline().strip()
    assert line.startswith("PORT "), line
    yield int(line.split()[1]), folder
    process.terminate()
    process.wait(timeout=10)


def queue_messages(database):
    connection = sqlite3.connect(database)
    rows = [(str(uuid.uuid4()).upper(), f"fault/{n}", "reminder", f"สมาชิก {n}", "email", f"m{n}@example.org", "", "th",
             f"แจ้งเตือน {n}", f"เรียน สมาชิก {n}\nโปรดต่ออายุสมาชิกภาพ http://127.0.0.1:8080/refund-steps", "", "queued", 0, 0, "", "", 0)
            for n in range(COUNT)]
    connection.executemany("""INSERT INTO outbox_messages (id, dedupe_key, purpose, recipient_name, channel, address,
        fallback_channels, language, subject, body, html_body, status, attempts, next_attempt_at, last_error,
        provider_message_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows)
    connection.commit()
    connection.close()


def test_killing_the_sender_halfway_loses_nothing(tmp_path, smtp):
    port, folder = smtp
    database = str(tmp_path / "outbox.sqlite")
    env = dict(os.environ, SQLITE_PATH=database, LOG_LEVEL="error", PATRONCARE_JOBS="off", PATRONCARE_SMTP_HOST="127.0.0.1",
               PATRONCARE_SMTP_PORT=str(port), PATRONCARE_SMTP_SECURITY="none", PATRONCARE_MAIL_FROM="library@example.ac.th",
               PATRONCARE_DELIVER_BATCH=str(BATCH), PATRONCARE_SMTP_CONNECTIONS="2")
    env.pop("DATABASE_URL", None)
    subprocess.run([BINARY, "migrate", "--yes"], cwd=ROOT, env=env, check=True, capture_output=True)
    queue_messages(database)

    sender = subprocess.Popen([BINARY, "deliver"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 30
    while len(list(folder.glob("*.eml"))) < COUNT // 3 and time.time() < deadline:
        time.sleep(0.05)
    sender.send_signal(signal.SIGKILL)
    sender.wait()
    received_before = len(list(folder.glob("*.eml")))
    assert 0 < received_before < COUNT, "the run was killed halfway"

    # A new worker: rows the dead one left in `sending` are due again at once with this timeout.
    env["PATRONCARE_SENDING_TIMEOUT"] = "0"
    finished = subprocess.run([BINARY, "deliver"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr

    connection = sqlite3.connect(database)
    statuses = dict(connection.execute("SELECT status, COUNT(*) FROM outbox_messages GROUP BY status").fetchall())
    connection.close()
    assert statuses == {"sent": COUNT}, statuses

    message_ids = []
    for path in folder.glob("*.eml"):
        with open(path, "rb") as handle:
            message_ids.append(email.message_from_binary_file(handle)["Message-ID"])
    assert len(set(message_ids)) == COUNT, "every message arrived"
    repeats = len(message_ids) - COUNT
    print(f"killed after {received_before} of {COUNT}; repeats: {repeats}")
    # Each message is recorded as the server accepts it: only what was in flight on the killed
    # worker's connections (PATRONCARE_SMTP_CONNECTIONS=2) can go again, as the same message.
    assert repeats <= 2, f"{repeats} repeats, more than the messages in flight"
