"""The money forms in a real browser (issue 13): a second deposit needs a head and a reason; Pay the
refund is offered only where a refund is possible now, and otherwise the page says why and when; a
refund paid by a proxy on the demo gives a refund slip, printed to PDF with Chromium and read back
with pdftotext (the amount in Thai words, who collected, the signature lines), on A5 and 80 mm."""
import base64
import datetime
import os
import subprocess
import tempfile

import pytest
from selenium.webdriver.common.by import By

from conftest import launch_server, stop_server
from test_main_flows import click_and_wait, sign_in

BANGKOK = datetime.timezone(datetime.timedelta(hours=7))


def bangkok_now():
    return datetime.datetime.now(BANGKOK)


@pytest.fixture(scope="module")
def open_counter():
    """A demo server whose counter is open at every hour of every day (no holidays), so a refund
    can be paid whenever the tests run."""
    holidays = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False)
    holidays.write("# no holidays: the counter never closes for these tests\n")
    holidays.close()
    base, process, _ = launch_server({"PATRONCARE_COUNTER_HOURS": "mon-sun 00:00-23:59",
                                      "PATRONCARE_HOLIDAYS_FILE": holidays.name})
    yield base
    stop_server(process)
    os.unlink(holidays.name)


@pytest.fixture(scope="module")
def closed_counter():
    """A demo server whose counter opens for two minutes after midnight only: closed now."""
    if bangkok_now().hour == 0 and bangkok_now().minute < 3:
        pytest.skip("the counter of this fixture is open right now (00:00–00:01 Bangkok)")
    base, process, _ = launch_server({"PATRONCARE_COUNTER_HOURS": "mon-sun 00:00-00:01"})
    yield base
    stop_server(process)


def open_member(browser, base, card):
    browser.get(f"{base}/members?q={card}")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, card))


def open_deposit(browser, base, card, receipt):
    open_member(browser, base, card)
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, receipt))


def print_to_pdf(browser, path):
    """Chromium's print-to-PDF with the page's own @page size; returns pdftotext's text and pdfinfo's page size."""
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})["data"])
    assert pdf.startswith(b"%PDF")
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    width, height = (float(n) for n in size.split(":")[1].split("pts")[0].split(" x "))
    return text, (width, height)


def test_a_second_deposit_needs_a_head_and_a_reason(server, browser):
    # DEMO-RENEW7: a current external type A member who holds the deposit taken on enrolment.
    sign_in(browser, server, "counter", lang="en")
    open_member(browser, server, "DEMO-RENEW7")
    assert not browser.find_elements(By.ID, "take-deposit"), "no pre-filled form: one click would take a second 1,000 baht"
    assert not browser.find_elements(By.ID, "take-second-deposit")
    assert "A second deposit needs a head and a reason." in browser.find_element(By.ID, "deposit-held").text

    browser.delete_all_cookies()
    sign_in(browser, server, "head", lang="en")
    open_member(browser, server, "DEMO-RENEW7")
    browser.find_element(By.CSS_SELECTOR, "details summary").click()
    form = browser.find_element(By.ID, "take-second-deposit")
    assert form.find_element(By.NAME, "amount").get_attribute("value") == "", "a second deposit is never pre-filled"
    form.find_element(By.NAME, "amount").send_keys("500")
    # The browser would stop an empty reason itself; the server must refuse it as well.
    browser.execute_script("arguments[0].removeAttribute('required')", form.find_element(By.NAME, "reason"))
    click_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    errors = browser.find_element(By.ID, "deposit-errors").text
    assert "No deposit was taken; nothing was recorded" in errors
    assert "Give the reason for taking a second deposit." in errors
    form = browser.find_element(By.ID, "take-second-deposit")
    assert form.find_element(By.NAME, "amount").get_attribute("value") == "500", "the form keeps what was typed"
    form.find_element(By.NAME, "reason").send_keys("Borrows the rare-book set as well")
    click_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "500.00" in browser.page_source, "the receipt of the second deposit"


def test_pay_refund_is_explained_for_a_current_member(server, browser):
    sign_in(browser, server, "counter", lang="en")
    open_deposit(browser, server, "DEMO-RENEW7", "H-DEMO-RENEW7")
    assert not browser.find_elements(By.LINK_TEXT, "Pay the refund")
    why = browser.find_element(By.ID, "refund-unavailable").text
    assert "The membership is still current: the deposit can be refunded after the membership expires on" in why
    assert "end" not in why.split("expires on")[0], "no advice to end the membership early"


def test_pay_refund_is_explained_outside_counter_hours(closed_counter, browser):
    sign_in(browser, closed_counter, "counter", lang="th")
    open_deposit(browser, closed_counter, "DEMO-REFUND", "H-DEMO-REFUND")
    assert not browser.find_elements(By.LINK_TEXT, "จ่ายคืนเงินประกัน")
    why = browser.find_element(By.ID, "refund-unavailable").text
    assert "ขณะนี้เคาน์เตอร์ปิด" in why
    assert "เคาน์เตอร์จะเปิดอีกครั้ง" in why and "เวลา 00:00 น." in why, "and when it opens"


def test_a_proxy_collects_on_the_demo_and_the_refund_slip_prints(open_counter, browser, tmp_path):
    sign_in(browser, open_counter, "counter", lang="th")
    open_deposit(browser, open_counter, "DEMO-REFUND", "H-DEMO-REFUND")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "จ่ายคืนเงินประกัน"))

    proxy_fields = browser.find_element(By.ID, "proxy-fields")
    assert not proxy_fields.is_displayed(), "the proxy's fields stay out of the way while the member collects"
    browser.find_element(By.CSS_SELECTOR, "input[name=collector][value=proxy]").click()
    assert proxy_fields.is_displayed()
    for code in ["original-receipt", "id-card-copy", "authorisation-letter", "proxy-id-card-copy"]:
        box = browser.find_element(By.CSS_SELECTOR, f"input[name='documents[]'][value='{code}']")
        if not box.is_selected():
            box.click()
    proxy_fields.find_element(By.NAME, "proxyName").send_keys("วิภา ญาติดี")
    proxy_fields.find_element(By.NAME, "proxyIDNumber").send_keys("1-1017-00230-70-8")
    letter_day = (bangkok_now() - datetime.timedelta(days=2)).date().isoformat()
    browser.execute_script("arguments[0].value = arguments[1]", proxy_fields.find_element(By.NAME, "proxyLetterDate"), letter_day)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.form-grid button[type=submit]"))

    # Right after the refund: the slip, with the one-time notice above it (not printed).
    assert "ใบสำคัญรับเงิน" in browser.find_element(By.TAG_NAME, "h1").text
    assert "จ่ายคืนเงินประกันแล้ว" in browser.page_source
    text, (width, height) = print_to_pdf(browser, tmp_path / "slip-a5.pdf")
    assert "1,000.00" in text
    assert "หนึ่งพันบาทถ้วน" in text, "the amount in Thai words"
    assert "วิภา ญาติดี" in text, "who collected"
    assert "0708" in text and "1-1017-00230-70-8" not in text and "1101700230708" not in text, "the ID number masked"
    assert "หนังสือมอบฉันทะ" in text
    assert text.count("ลงชื่อ") == 2, "a signature line for the collector and one for the clerk"
    assert "เจ้าหน้าที่ผู้จ่ายเงิน" in text
    assert "สมหญิง ใจดี (Counter)" in text, "the clerk's name, not the username"
    assert "H-DEMO-REFUND" in text, "the receipt it closes"
    assert "พ.ศ." in text
    assert "จ่ายคืนเงินประกันแล้ว" not in text, "the notice is not printed"
    assert abs(width - 419.5) < 2 and abs(height - 595.3) < 2, f"A5: {width} x {height} pt"

    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "80 mm"))
    text, (width, _) = print_to_pdf(browser, tmp_path / "slip-80mm.pdf")
    assert "หนึ่งพันบาทถ้วน" in text
    assert abs(width - 226.8) < 2, f"80 mm wide: {width} pt"

    # The deposit page links the slip for a reprint.
    click_and_wait(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "กลับไปที่เงินประกัน"))
    assert browser.find_element(By.LINK_TEXT, "ใบสำคัญรับเงิน").get_attribute("href").endswith("/slip")
