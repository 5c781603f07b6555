"""The SQLite file on a full disk, then on a read-only one: a write fails with status 3 and a clear
line, nothing is half-written (the import is one transaction), and everything works again once
space (or write access) is back. A small tmpfs is mounted for the database (needs root)."""
import http.cookiejar
import os
import re
import sqlite3
import subprocess
import urllib.error
import urllib.parse
import urllib.request

import pytest

from faultkit import ROOT, app_env, report, run, start_serve

CSV = os.path.join(ROOT, "scripts", "make-koha-csv.py")


@pytest.fixture()
def small_disk(tmp_path):
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"needs root to mount a small tmpfs: {mounted.stderr.strip()}")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def rows(database, table):
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)
    try:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def members(database):
    return rows(database, "members")


def fill(folder):
    """Fills the disk to the last byte (unbuffered writes, smaller and smaller); returns the filler file."""
    filler = folder / "filler"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(descriptor, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(descriptor)
    return filler


def test_a_full_disk_refuses_the_import_whole_and_works_again_with_space(tmp_path, small_disk):
    database = small_disk / "patroncare.sqlite"
    env = app_env(database=database)
    run(["migrate", "--yes"], env)
    patrons = tmp_path / "patrons.csv"
    with open(patrons, "w") as handle:
        subprocess.run(["python3", CSV, "3000"], stdout=handle, check=True)
    filler = fill(small_disk)
    at_open = run(["import", "koha-patrons", str(patrons)], env, check=False)
    # Then room to open the database and start writing, but not for 3,000 members: the disk fills mid-import.
    os.truncate(filler, max(0, os.path.getsize(filler) - 256 * 1024))
    full = run(["import", "koha-patrons", str(patrons)], env, check=False)
    output = full.stdout + full.stderr
    assert "Fatal error" not in output and "Backtrace" not in output
    assert full.returncode == 3, output
    assert full.stderr.startswith("The SQLite database cannot be used: the disk"), full.stderr
    assert at_open.returncode == 3 and at_open.stderr.startswith("The SQLite database cannot be used: the disk"), at_open.stderr
    filler.unlink()
    after_failure = members(database)
    check = run(["check"], env, check=False)
    again = run(["import", "koha-patrons", str(patrons)], env, check=False)
    report("SQLite on a full disk", status_when_full_at_open=at_open.returncode, status_when_full_mid_import=full.returncode,
           message=repr(full.stderr.strip()[:100]),
           members_after_failed_import=after_failure,
           check_after_space_freed=check.returncode, import_after_space_freed=again.returncode, members_after=members(database))
    assert after_failure == 0, "nothing half-written"
    assert check.returncode == 0, check.stdout + check.stderr
    assert again.returncode == 0, again.stderr
    assert members(database) == 3000


def test_a_read_only_disk_refuses_writes_clearly_and_works_again_when_writable(tmp_path, small_disk):
    database = small_disk / "patroncare.sqlite"
    env = app_env(database=database)
    run(["migrate", "--yes"], env)
    patrons = tmp_path / "patrons.csv"
    with open(patrons, "w") as handle:
        subprocess.run(["python3", CSV, "200"], stdout=handle, check=True)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        refused = run(["import", "koha-patrons", str(patrons)], env, check=False)
        output = refused.stdout + refused.stderr
        assert "Fatal error" not in output and "Backtrace" not in output
        first_line = refused.stderr.strip().splitlines()[0] if refused.stderr.strip() else ""
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    after_failure = members(database)
    again = run(["import", "koha-patrons", str(patrons)], env, check=False)
    report("SQLite on a read-only disk", import_status=refused.returncode, message=repr(first_line[:80]),
           members_after_failed_import=after_failure, import_when_writable=again.returncode, members_after=members(database))
    assert refused.returncode == 3, output
    assert first_line.startswith("The SQLite database cannot be used"), first_line
    assert after_failure == 0
    assert again.returncode == 0, again.stderr
    assert members(database) == 200


def submit_feedback(base, summary):
    """Files a compliment through the public form as a browser would: the page's form token and its cookie."""
    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirects)
    page = browser.open(base + "/feedback").read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    form = {"_csrf": token, "kind": "compliment", "service": "study-spaces", "segment": "U1", "summary": summary,
            "details": "", "contactName": "", "contactEmail": "", "contactPhone": "", "contactChannel": "email"}
    try:
        with browser.open(base + "/feedback", urllib.parse.urlencode(form).encode(), timeout=30) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode()


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def feedback_items(database):
    return rows(database, "feedback_items")


def test_a_full_disk_under_serve_answers_the_error_page_and_a_form_works_again_with_space(small_disk):
    database = small_disk / "patroncare.sqlite"
    env = app_env(database=database)
    run(["migrate", "--yes"], env)
    serve, base = start_serve(env)
    try:
        filler = fill(small_disk)
        full_status, full_type, full_page = submit_feedback(base, "ขอบคุณเจ้าหน้าที่ (ดิสก์เต็ม)")
        after_failure = feedback_items(database)
        filler.unlink()
        again_status, _, _ = submit_feedback(base, "ขอบคุณเจ้าหน้าที่")
        assert serve.poll() is None, "serve kept running"
    finally:
        serve.terminate()
        serve.wait(timeout=20)
    report("SQLite full disk under serve (public form)", status_when_full=full_status, page_bytes=len(full_page),
           items_after_failure=after_failure, status_with_space=again_status, items_after=feedback_items(database))
    assert full_status >= 500 and full_type.startswith("text/html") and "<html" in full_page.lower(), (full_status, full_page[:300])
    assert after_failure == 0, "nothing half-written"
    assert again_status == 303
    assert feedback_items(database) == 1
