"""`patroncare backup` from one process while another writes (a 20,000-member import, one
transaction): the backup holds the registry before or after the import, never half of it, and
restores into an empty database that passes `check`. SQLite (WAL lets the backup read while the
import writes) and PostgreSQL (pg_dump's snapshot)."""
import sqlite3
import subprocess

import pytest

from faultkit import (BINARY, ROOT, app_env, drop_postgres, postgres_available, psql, report, run, scratch_postgres,
                      wait_for)

MEMBERS = 20_000


def write_patrons(path):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("cardnumber,surname,firstname,categorycode,dateenrolled,dateexpiry\n")
        for n in range(MEMBERS):
            handle.write(f"B{n:06d},ใจดี,สมาชิก{n},EXA,2020-01-01,2027-01-01\n")


@pytest.mark.parametrize("engine", ["sqlite", "postgres"])
def test_a_backup_taken_during_an_import_is_whole_and_restores(tmp_path, engine):
    created = []
    if engine == "sqlite":
        source = {"database": tmp_path / "live.sqlite"}
        target = {"database": tmp_path / "restored.sqlite"}
        backup = tmp_path / "backup.sqlite"
        def members(settings):
            connection = sqlite3.connect(settings["database"], timeout=30)
            try:
                return connection.execute("SELECT COUNT(*) FROM members").fetchone()[0]
            finally:
                connection.close()
    else:
        if not postgres_available():
            pytest.skip("needs PostgreSQL on 127.0.0.1:5432 with the patroncare role (.ci/postgres.sh)")
        source = {"postgres": scratch_postgres()}
        target = {"postgres": scratch_postgres()}
        created = [source["postgres"], target["postgres"]]
        backup = tmp_path / "backup.dump"
        def members(settings):
            return int(psql(settings["postgres"], "SELECT COUNT(*) FROM members"))
    try:
        run(["migrate", "--yes"], app_env(**source))
        patrons = tmp_path / "patrons.csv"
        write_patrons(patrons)
        importer = subprocess.Popen([BINARY, "import", "koha-patrons", str(patrons)], cwd=ROOT, env=app_env(**source),
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # Start the backup once the import is writing.
        wait_for(lambda: importer.poll() is not None or "written" in (importer.stdout.readline() or ""), 120, "the import to write")
        backed_up = run(["backup", str(backup)], app_env(**source), check=False)
        out, err = importer.communicate(timeout=300)
        assert importer.returncode == 0, err
        assert backed_up.returncode == 0, backed_up.stderr
        restored = run(["restore", str(backup)], app_env(**target), check=False)
        in_backup = members(target)
        report(f"backup during a {MEMBERS:,}-member import ({engine})", members_in_backup=in_backup, members_live=members(source),
               restore_status=restored.returncode)
        assert restored.returncode == 0, restored.stdout + restored.stderr
        assert "Integrity check passed" in restored.stdout
        assert in_backup in (0, MEMBERS), "the import is in the backup whole or not at all"
        assert members(source) == MEMBERS
    finally:
        for url in created:
            drop_postgres(url)
