"""Reminders end to end: the demo plans the day's reminders when it loads (the command then adds
nothing), the postcard batch prints from the outbox page in a real browser and the PDF holds the
Thai address. A server of its own: other modules gather the shared server's postcards."""
import base64
import os
import subprocess

from selenium.webdriver.common.by import By

import pytest

from conftest import BINARY, ROOT, serve_demo
from test_main_flows import click_and_wait, sign_in


@pytest.fixture(scope="module")
def own_server():
    with serve_demo() as (base, database):
        yield base, database


def test_planned_postcards_print_to_a_pdf_with_thai_addresses(own_server, browser, tmp_path):
    server, database = own_server
    env = dict(os.environ, LOG_LEVEL="error", PATRONCARE_JOBS="off", SQLITE_PATH=database)
    env.pop("DATABASE_URL", None)
    plan = subprocess.run([BINARY, "remind", "--dry-run"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert plan.returncode == 0, plan.stderr
    assert "Dry run" in plan.stdout
    # The demo planned today's reminders at load: the command finds them all queued already.
    again = subprocess.run([BINARY, "remind"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
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

