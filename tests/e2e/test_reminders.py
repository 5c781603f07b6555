"""Reminders end to end: plan a day's reminders with the command, then print the postcard batch
from the outbox page in a real browser and check the PDF holds the Thai address."""
import base64
import os
import subprocess

from selenium.webdriver.common.by import By

from conftest import BINARY, ROOT
from test_main_flows import click_and_wait, sign_in


def test_planned_postcards_print_to_a_pdf_with_thai_addresses(server, browser, tmp_path):
    # The demo's refund-policy members: plan today's reminders into the server's own database.
    env = dict(os.environ, LOG_LEVEL="error", PATRONCARE_JOBS="off")
    env["SQLITE_PATH"] = server_database(browser, server)
    plan = subprocess.run([BINARY, "remind", "--dry-run"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert plan.returncode == 0, plan.stderr
    assert "Dry run" in plan.stdout
    written = subprocess.run([BINARY, "remind"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert written.returncode == 0, written.stderr
    again = subprocess.run([BINARY, "remind"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert "Written 0 new" in again.stdout

    sign_in(browser, server, "counter", lang="th")
    browser.get(f"{server}/outbox")
    gather = browser.find_elements(By.CSS_SELECTOR, "form[action='/outbox/postcards'] button")
    assert gather, "the demo data has postcards to print today"
    click_and_wait(browser, gather[0])
    assert "/outbox/postcards/" in browser.current_url
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})["data"])
    path = tmp_path / "postcards.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "ถนนห้วยแก้ว" in text or "ห้วยแก้ว" in text
    compact = "".join(text.split())  # the postcode is printed letter-spaced
    assert "50200" in compact
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action$='/printed'] button"))
    assert "พิมพ์แล้ว" in browser.page_source


def server_database(browser, server):
    """The e2e server's SQLite file (conftest starts it with SQLITE_PATH in its work folder)."""
    return os.environ["PATRONCARE_E2E_SQLITE"]
