"""Printed addresses end to end: the postcard sheet printed to PDF by Chromium carries the refund
steps' absolute address (PATRONCARE_PUBLIC_URL) as a QR code a real reader decodes (pdftoppm → PNG
→ zbarimg), and the loopback warning is on the screen but never on the paper. The postcards come
from a server of its own (other modules gather the shared server's postcards)."""
import base64
import shutil
import subprocess

import pytest
from selenium.webdriver.common.by import By

from conftest import serve_demo
from test_main_flows import click_and_wait, sign_in

PUBLIC_URL = "https://library.example.ac.th"


@pytest.fixture(scope="module")
def configured_server():
    with serve_demo({"PATRONCARE_PUBLIC_URL": PUBLIC_URL}) as (base, _database):
        yield base


def print_to_pdf(browser, path):
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})["data"])
    path.write_bytes(pdf)
    return path


def decode_qr_codes(pdf, tmp_path, pages):
    """Every QR code zbarimg finds on the PDF's first `pages` pages, rendered at 200 dpi."""
    for tool in ("pdftoppm", "zbarimg"):
        assert shutil.which(tool), f"{tool} is not installed (Debian: poppler-utils, zbar-tools); CI installs them"
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "200", "-f", "1", "-l", str(pages), "-png", str(pdf), str(prefix)], check=True)
    images = sorted(str(p) for p in tmp_path.glob("page*.png"))
    assert images, "pdftoppm wrote no page"
    found = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", *images],
                           capture_output=True, text=True)
    return [line for line in found.stdout.splitlines() if line]


def test_the_postcard_sheet_prints_a_qr_code_of_the_refund_steps_address(configured_server, browser, tmp_path):
    sign_in(browser, configured_server, "counter", lang="th")
    browser.get(f"{configured_server}/outbox")
    gather = browser.find_elements(By.CSS_SELECTOR, "form[action='/outbox/postcards'] button")
    assert gather, "the demo data has postcards to print today"
    click_and_wait(browser, gather[0])
    assert "/outbox/postcards/" in browser.current_url
    assert not browser.find_elements(By.CSS_SELECTOR, ".print-warning"), "a configured address needs no warning"
    pdf = print_to_pdf(browser, tmp_path / "postcards.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert f"{PUBLIC_URL}/refund-steps" in "".join(text.split()), "the address is printed as text too"
    # Page 1 is the first card's address side (its Code 128), page 2 its message side with the QR code.
    codes = decode_qr_codes(pdf, tmp_path, pages=2)
    assert codes == [f"{PUBLIC_URL}/refund-steps"], codes


def test_the_loopback_warning_is_on_screen_and_never_on_paper(server, browser, tmp_path):
    # The shared server runs with the default address, http://127.0.0.1:…
    sign_in(browser, server, "team", lang="en")
    browser.get(f"{server}/complaints/notice-board?lang=en")
    warning = browser.find_element(By.CSS_SELECTOR, ".print-warning")
    assert warning.is_displayed()
    assert "PATRONCARE_PUBLIC_URL" in warning.text and "this machine only" in warning.text
    pdf = print_to_pdf(browser, tmp_path / "notice-board.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "PATRONCARE_PUBLIC_URL" not in text and "this machine only" not in text, "the warning is not printed"
    assert "/feedback/status" in "".join(text.split())
    codes = decode_qr_codes(pdf, tmp_path, pages=3)
    assert any(code.endswith("/feedback/status") and code.startswith("http://127.0.0.1:") for code in codes), codes
    assert any(code.endswith("/feedback") for code in codes), codes
