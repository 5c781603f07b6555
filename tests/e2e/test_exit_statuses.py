"""Every refusal of the command line ends with one clear line on standard error and a documented
exit status (README, "Exit statuses"): 0 done, 1 refused input, 2 usage, 3 environment — never a
backtrace, never status 132. Real processes on a scratch SQLite file (and a PostgreSQL port where
nothing listens)."""
import os
import sqlite3
import subprocess

import pytest

from conftest import BINARY, ROOT

FIXTURES = os.path.join(ROOT, "Tests", "Fixtures")


def run(args, sqlite, **extra):
    env = dict(os.environ, SQLITE_PATH=str(sqlite), LOG_LEVEL="error")
    env.pop("DATABASE_URL", None)
    env.pop("VAPOR_ENV", None)
    env.update(extra)
    return subprocess.run([BINARY] + args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def assert_clean(result, status, first_line):
    output = result.stdout + result.stderr
    assert "Fatal error" not in output and "Backtrace" not in output and "Program crashed" not in output, output
    assert result.returncode == status, f"exit {result.returncode}, expected {status}: {output}"
    lines = result.stderr.strip().splitlines()
    assert lines, f"no message on standard error: {result.stdout}"
    assert lines[0].startswith(first_line), f"first line: {lines[0]!r}"
    assert len(lines) == 1, f"one line, not {len(lines)}: {lines}"


@pytest.fixture()
def migrated(tmp_path):
    database = tmp_path / "cli.sqlite"
    done = run(["migrate", "--yes"], database)
    assert done.returncode == 0, done.stderr
    return database


def test_refused_input_exits_1(tmp_path, migrated):
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    assert_clean(run(["import", "koha-patrons", str(empty)], migrated), 1, "The file is empty")
    assert_clean(run(["import", "koha-patrons", os.path.join(FIXTURES, "koha-patrons-bad.csv")], migrated), 1, "Nothing imported: 8 invalid row(s)")
    assert_clean(run(["import", "koha-patrons", os.path.join(FIXTURES, "koha-patrons-mojibake.csv")], migrated), 1, "")
    backup = tmp_path / "b.sqlite"
    assert run(["backup", str(backup)], migrated).returncode == 0
    assert_clean(run(["backup", str(backup)], migrated), 1, f"{backup} already exists")
    assert_clean(run(["restore", str(empty)], migrated), 1, f"{empty} is not an SQLite backup")
    assert run(["import", "koha-patrons", os.path.join(FIXTURES, "koha-patrons-th.csv")], migrated).returncode == 0
    assert_clean(run(["restore", str(backup)], migrated), 1, "The database is not empty (members: 30)")


def test_a_failed_integrity_check_exits_1(migrated):
    connection = sqlite3.connect(migrated)
    connection.execute("DROP TRIGGER deposits_balance_follows_ledger")
    connection.commit()
    connection.close()
    result = run(["check"], migrated)
    assert_clean(result, 1, "The integrity check found 1 problem(s)")
    assert "trigger deposits_balance_follows_ledger is missing" in result.stdout


def test_usage_mistakes_exit_2(migrated):
    assert_clean(run(["remind", "--as-of", "31/02/2567"], migrated), 2, "--as-of: not a date")
    assert_clean(run(["report", "unclaimed", "--format", "pdf"], migrated), 2, "--format must be text or csv")
    assert_clean(run(["report", "complaints", "--month", "13/2569"], migrated), 2, "--month:")
    assert_clean(run(["frobnicate"], migrated), 2, "Unknown command `frobnicate`")
    assert_clean(run(["import", "koha-patrons"], migrated), 2, "Missing required argument: file")
    assert_clean(run(["forfeit", "--dry-run", "--as-of", "yesterday"], migrated), 2, "--as-of: not a date")


def test_environment_problems_exit_3(tmp_path, migrated):
    assert_clean(run(["import", "koha-patrons", str(tmp_path / "missing.csv")], migrated), 3, f"Cannot read {tmp_path / 'missing.csv'}")
    assert_clean(run(["restore", str(tmp_path / "missing.sqlite")], migrated), 3, "Cannot read the backup")
    assert_clean(run(["report", "unclaimed"], tmp_path / "never-migrated.sqlite"), 3, "The SQLite database cannot be used: no such table")
    assert_clean(run(["report", "unclaimed"], "/nonexistent/folder/x.sqlite"), 3, "The SQLite database cannot be used")
    assert_clean(run(["report", "unclaimed"], migrated, DATABASE_URL="postgres://nobody:x@127.0.0.1:1/nothing"), 3,
                 "The PostgreSQL database refused or could not be reached")
    assert_clean(run(["check"], migrated, PATRONCARE_LANGUAGE="xx"), 3, "Configuration: PATRONCARE_LANGUAGE must be th or en")
    assert_clean(run(["import", "koha-patrons", os.path.join(FIXTURES, "koha-patrons-th.csv"), "--mapping", str(tmp_path / "nope.json")],
                     migrated), 3, "Configuration: Cannot read the category mapping file")


def test_success_exits_0_with_its_summary(migrated):
    result = run(["check"], migrated)
    assert result.returncode == 0, result.stderr
    assert "Integrity check passed" in result.stdout


def test_demo_scale_fills_an_empty_database_once(tmp_path):
    database = tmp_path / "consortium.sqlite"
    key = {"PATRONCARE_DATA_KEY": "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="}
    done = run(["demo", "--scale", "500", "--seed", "3"], database, **key)
    assert done.returncode == 0, done.stderr
    assert "Generated 500 members" in done.stdout, done.stdout
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM members").fetchone()[0] == 500
        segments = {row[0] for row in db.execute("SELECT DISTINCT segment FROM members")}
        assert segments == {"U1", "U2", "U3", "U4", "U5", "F1", "F2", "Pa1", "Pa2", "Pa3"}
    check = run(["check"], database, **key)
    assert check.returncode == 0, check.stdout + check.stderr
    assert_clean(run(["demo", "--scale", "10"], database, **key), 1, "The database is not empty")
    assert_clean(run(["demo", "--scale", "0"], tmp_path / "other.sqlite", **key), 2, "--scale needs a positive number")


def test_a_logo_that_cannot_be_used_exits_3(tmp_path, migrated):
    """PATRONCARE_LOGO_FILE is checked at start: unreadable, not an image by its content, or too large."""
    assert_clean(run(["check"], migrated, PATRONCARE_LOGO_FILE=str(tmp_path / "missing.png")), 3,
                 f"Configuration: PATRONCARE_LOGO_FILE: cannot read {tmp_path / 'missing.png'}")
    pdf = os.path.join(FIXTURES, "uploads", "letter.pdf")
    assert_clean(run(["check"], migrated, PATRONCARE_LOGO_FILE=pdf), 3,
                 f"Configuration: PATRONCARE_LOGO_FILE: {pdf}: The logo must be a PNG, JPEG or SVG image.")
    assert run(["check"], migrated, PATRONCARE_LOGO_FILE=os.path.join(FIXTURES, "uploads", "scan.png")).returncode == 0
