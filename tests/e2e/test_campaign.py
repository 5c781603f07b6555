"""The unclaimed-deposit campaign on the demo backlog, end to end: the command's refusals (clear
message, non-zero exit, nothing written, no backtrace), the dry run and the run on the heads' page,
the postcards printed to PDF with the Thai address and a Code 128 barcode that decodes to the card
number, a returned postcard scanned back in, and the campaign report."""
import base64
import datetime
import os
import re
import shutil
import sqlite3
import subprocess

from selenium.webdriver.common.by import By

from conftest import BINARY, ROOT
from test_main_flows import click_and_wait, sign_in


def bangkok_today():
    """The server's "today" is Bangkok's (UTC+7), whatever this machine's zone."""
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).date()


def cli(args):
    env = dict(os.environ, LOG_LEVEL="error", PATRONCARE_JOBS="off", SQLITE_PATH=os.environ["PATRONCARE_E2E_SQLITE"])
    env.pop("DATABASE_URL", None)
    return subprocess.run([BINARY] + args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def counts():
    with sqlite3.connect(os.environ["PATRONCARE_E2E_SQLITE"]) as db:
        return tuple(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("campaigns", "claim_deadline_changes", "outbox_messages"))


def test_bad_campaign_input_is_refused_with_a_message_and_writes_nothing(server):
    today = bangkok_today()
    later = (today + datetime.timedelta(days=90)).isoformat()
    before = counts()
    cases = [
        (["--claim-by", (today - datetime.timedelta(days=1)).isoformat(), "--as", "head"], "before the campaign day"),
        (["--claim-by", (today + datetime.timedelta(days=10)).isoformat(), "--as", "head"], "at least 30 days"),
        (["--claim-by", later, "--as", "nobody"], "No active staff account"),
        (["--claim-by", later, "--as", "counter"], "is not a head"),
        (["--claim-by", later, "--as", "head", "--expired-from", "1990-01-01", "--expired-to", "1990-12-31"], "No expired member"),
        (["--claim-by", later, "--as", "head", "--channels", ","], "at least one channel"),
        (["--claim-by", later, "--as", "head", "--channels", "postcard,fax"], "Unknown channel"),
        (["--claim-by", "31/02/2570", "--as", "head"], "is not a date"),
    ]
    for args, message in cases:
        result = cli(["campaign", "unclaimed", "--dry-run"] + args)
        output = result.stdout + result.stderr
        assert result.returncode != 0, (args, output)
        assert message in output, (args, output)
        assert "Fatal error" not in output and "Stack" not in output and "backtrace" not in output.lower(), output
    thai = cli(["campaign", "unclaimed", "--claim-by", (today + datetime.timedelta(days=10)).isoformat(), "--as", "head", "--lang", "th"])
    assert thai.returncode != 0 and "อย่างน้อย 30 วัน" in thai.stdout + thai.stderr
    assert counts() == before


def test_a_campaign_on_the_demo_backlog_from_dry_run_to_printed_postcards_and_report(server, browser, tmp_path):
    dry = cli(["campaign", "unclaimed", "--claim-by", (bangkok_today() + datetime.timedelta(days=90)).isoformat(),
               "--dry-run", "--as", "head"])
    assert dry.returncode == 0, dry.stderr
    assert "Cannot be reached: 2 members" in dry.stdout
    last = dry.stdout.strip().splitlines()[-1]
    line = re.fullmatch(r"(\d+) members, ([\d,]+\.\d\d) baht notified \(postcard (\d+), e-mail (\d+)\)", last)
    assert line, last
    members, postcards = int(line.group(1)), int(line.group(3))
    assert members >= 38 and postcards == members, "the demo backlog's 38 reachable members have addresses"

    # The heads' page: dry run, then run.
    sign_in(browser, server, "head", lang="en")
    browser.get(f"{server}/campaigns")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#campaign-form button[type=submit]"))
    summary = browser.find_element(By.ID, "campaign-summary").text
    assert summary == last, (summary, last)
    assert "DEMO-B07" in browser.find_element(By.ID, "campaign-unreachable").text
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "#campaign-run button[type=submit]"))
    assert "/campaigns/" in browser.current_url
    assert last in browser.page_source
    report_url = browser.current_url

    again = cli(["campaign", "unclaimed", "--claim-by", (bangkok_today() + datetime.timedelta(days=90)).isoformat(), "--as", "head"])
    assert again.returncode != 0 and "already queued" in again.stdout + again.stderr

    # The counter prints the postcards with the day's batch.
    sign_in(browser, server, "counter", lang="th")
    browser.get(f"{server}/outbox")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/outbox/postcards'] button"))
    assert "/outbox/postcards/" in browser.current_url
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})["data"])
    path = tmp_path / "campaign-postcards.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "ห้วยแก้ว" in text
    assert "DEMO-B01" in text, "the card number printed under its barcode"
    assert "เงินประกัน" in text
    if shutil.which("zbarimg") and shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "300", "-png", "-f", "1", "-l", "12", str(path), str(tmp_path / "page")], check=True)
        pages = sorted(str(p) for p in tmp_path.glob("page*.png"))
        decoded = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Scode128.enable"] + pages,
                                 capture_output=True, text=True).stdout.split()
        # Cards are sorted by name, six address sides in these twelve pages: each barcode reads back as
        # the card number printed under it.
        assert len(decoded) >= 5, decoded
        assert all(card in text for card in decoded), decoded
        assert any(card.startswith("DEMO-B") for card in decoded), decoded
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action$='/printed'] button"))

    # A postcard comes back: scanned in, the e-mail on file carries the notice instead.
    browser.get(f"{server}/outbox/returned?lang=en")
    field = browser.find_element(By.NAME, "cardNumber")
    field.send_keys("DEMO-B01")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/outbox/returned'] button"))
    result = browser.find_element(By.ID, "returned-result").text
    assert "DEMO-B01" in result

    # The report: counts only; the committee cannot open the campaign pages.
    sign_in(browser, server, "head", lang="en")
    browser.get(report_url)
    assert "What the notices brought back" in browser.page_source
    assert "Postcard" in browser.find_element(By.ID, "effect-rows").text
    report = cli(["report", "campaign"])
    assert report.returncode == 0, report.stderr
    # Printed postcards count as notices; the returned one does not (it never reached the member).
    assert f"{postcards - 1} members notified" in report.stdout, report.stdout
    sign_in(browser, server, "committee", lang="en")
    browser.get(f"{server}/campaigns")
    assert "campaign-form" not in browser.page_source
