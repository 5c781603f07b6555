"""The command line as an operator uses it: imports with their exit codes, line numbers, reject
files and re-imports, the unclaimed report's closing line, and the forfeiture dry run."""
import os
import subprocess

from conftest import BINARY, ROOT

FIXTURES = os.path.join(ROOT, "Tests", "Fixtures")


def run(args, sqlite, check=True):
    env = dict(os.environ, SQLITE_PATH=str(sqlite), LOG_LEVEL="error")
    env.pop("DATABASE_URL", None)
    result = subprocess.run([BINARY] + args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} exited {result.returncode}: {result.stdout}\n{result.stderr}")
    return result


def test_koha_import_then_reimport_changes_nothing(tmp_path):
    db = tmp_path / "cli.sqlite"
    run(["migrate", "--yes"], db)
    first = run(["import", "koha-patrons", os.path.join(FIXTURES, "koha-patrons-th.csv")], db)
    assert "new 30, updated 0, unchanged 0, invalid 0" in first.stdout
    again = run(["import", "koha-patrons", os.path.join(FIXTURES, "koha-patrons-th.csv")], db)
    assert "new 0, updated 0, unchanged 30, invalid 0" in again.stdout


def test_bad_rows_import_nothing_and_are_listed_by_line(tmp_path):
    db = tmp_path / "cli.sqlite"
    run(["migrate", "--yes"], db)
    bad = run(["import", "koha-patrons", os.path.join(FIXTURES, "koha-patrons-bad.csv")], db, check=False)
    assert bad.returncode != 0
    output = bad.stdout + bad.stderr
    for line in (5, 6, 7, 8, 9, 10, 11, 12):
        assert f"line {line}:" in output
    assert "Nothing imported" in output
    dry = run(["import", "koha-patrons", os.path.join(FIXTURES, "koha-patrons-th.csv"), "--dry-run"], db)
    assert "Dry run" in dry.stdout


def test_skip_invalid_writes_a_reject_file(tmp_path):
    db = tmp_path / "cli.sqlite"
    rejects = tmp_path / "rejects.csv"
    run(["migrate", "--yes"], db)
    result = run(["import", "koha-patrons", os.path.join(FIXTURES, "koha-patrons-bad.csv"), "--skip-invalid",
                  "--reject-file", str(rejects)], db)
    assert "new 3" in result.stdout
    text = rejects.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("cardnumber,surname")
    assert len(text.strip().splitlines()) == 1 + 8


def test_tis620_file_is_converted_not_garbled(tmp_path):
    db = tmp_path / "cli.sqlite"
    run(["migrate", "--yes"], db)
    result = run(["import", "koha-patrons", os.path.join(FIXTURES, "koha-patrons-tis620.csv")], db)
    assert "Windows-874" in result.stdout or "TIS-620" in result.stdout
    mojibake = run(["import", "koha-patrons", os.path.join(FIXTURES, "koha-patrons-mojibake.csv")], db, check=False)
    assert mojibake.returncode != 0


def test_deposit_history_and_the_unclaimed_report(tmp_path):
    db = tmp_path / "cli.sqlite"
    members = tmp_path / "members.csv"
    deposits = tmp_path / "deposits.csv"
    members.write_text("cardnumber,surname,firstname,categorycode,dateenrolled,dateexpiry\n"
                       "A1,ใจดี,สมชาย,EXA,2004-01-01,2005-01-01\n"
                       "A2,รักเรียน,มาลี,EXA,2008-01-01,2009-01-01\n"
                       "A3,ศรีสุข,วิชัย,EXA,2008-01-01,2009-01-01\n", encoding="utf-8")
    deposits.write_text("cardnumber,amount,received,receipt,refunded\n"
                        "A1,1000,01/01/2547,R1,\n"
                        "A2,\"1,500\",2008-01-01,R2,\n"
                        "A3,1000,2008-01-01,R3,2009-02-01\n", encoding="utf-8")
    run(["migrate", "--yes"], db)
    run(["import", "koha-patrons", str(members)], db)
    imported = run(["import", "deposits", str(deposits)], db)
    assert "new 3" in imported.stdout
    again = run(["import", "deposits", str(deposits)], db)
    assert "new 0, unchanged 3" in again.stdout
    report = run(["report", "unclaimed", "--expired-from", "2002-01-22", "--expired-to", "2010-11-29", "--as-of", "2010-11-30"], db)
    assert report.stdout.strip().splitlines()[-1] == "2 members, 2,500.00 baht"
    thai = run(["report", "unclaimed", "--as-of", "2010-11-30", "--lang", "th"], db)
    assert thai.stdout.strip().splitlines()[-1] == "สมาชิก 2 ราย รวม 2,500.00 บาท"
    csv = run(["report", "unclaimed", "--as-of", "2010-11-30", "--format", "csv"], db)
    assert "A2" in csv.stdout and "1,500.00" in csv.stdout
    dry = run(["forfeit", "--as-of", "2026-11-23", "--dry-run"], db)
    assert "2 deposit(s) past their claim deadline" in dry.stdout
    assert "Dry run" in dry.stdout


def test_a_production_start_without_a_data_key_refuses(tmp_path):
    env = dict(os.environ, SQLITE_PATH=str(tmp_path / "nokey.sqlite"), LOG_LEVEL="error")
    env.pop("DATABASE_URL", None)
    env.pop("PATRONCARE_DATA_KEY", None)
    result = subprocess.run([BINARY, "migrate", "--yes"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "PATRONCARE_DATA_KEY is not set" in result.stderr
    assert "Fatal error" not in result.stderr and "backtrace" not in result.stderr.lower()
