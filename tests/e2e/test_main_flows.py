"""The counter's main flows in a real browser: sign in, find and add members, switch language,
role limits, and the Koha upload."""
import os

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "Fixtures")


def is_gone(element):
    """True once the element's page has been replaced. Chromium reports that either as a stale
    element or as a node that "does not belong to the document"."""
    try:
        element.tag_name
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise


def click_and_wait(browser, element):
    """Clicks a link or submit button and waits for the next page to replace this one."""
    page = browser.find_element(By.TAG_NAME, "html")
    try:
        element.click()
    except WebDriverException as error:
        # The next page can replace this one before the click call returns.
        if "does not belong to the document" not in str(error):
            raise
    WebDriverWait(browser, 30).until(lambda _: is_gone(page))


def sign_in(browser, base, username, lang="th"):
    browser.get(f"{base}/login?lang={lang}")
    browser.find_element(By.NAME, "username").send_keys(username)
    browser.find_element(By.NAME, "password").send_keys("demo-password")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


def test_counter_signs_in_and_sees_the_registry_in_thai(server, browser):
    sign_in(browser, server, "counter")
    assert "ภาพรวมสมาชิก" in browser.find_element(By.TAG_NAME, "h1").text
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "สมาชิก"))
    assert "พบ 125" in browser.page_source  # 85 members of every segment and the 40 of the campaign backlog
    assert "พ.ศ." not in browser.find_element(By.CSS_SELECTOR, "table.list").text  # short B.E. form: 23 พ.ย. 2569
    assert "256" in browser.find_element(By.CSS_SELECTOR, "table.list").text


def test_counter_adds_a_member_and_finds_it(server, browser):
    sign_in(browser, server, "counter")
    browser.get(f"{server}/members/new?lang=en")
    form = browser.find_element(By.CSS_SELECTOR, "form.form-grid")
    form.find_element(By.NAME, "cardNumber").send_keys("E2E-0001")
    Select(form.find_element(By.NAME, "segment")).select_by_value("U5")
    form.find_element(By.NAME, "firstNameTh").send_keys("ทดสอบ")
    form.find_element(By.NAME, "lastNameTh").send_keys("ระบบจริง")
    Select(form.find_element(By.NAME, "membershipType")).select_by_value("external-a")
    form.find_element(By.NAME, "email").send_keys("e2e@example.org")
    click_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Member added." in browser.page_source
    assert "ทดสอบ ระบบจริง" in browser.page_source
    browser.get(f"{server}/members")
    search = browser.find_element(By.NAME, "q")
    search.send_keys("ระบบจริง")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]"))
    assert "Found: 1" in browser.page_source
    assert "E2E-0001" in browser.page_source


def test_a_bad_member_form_keeps_what_was_typed_and_says_why(server, browser):
    sign_in(browser, server, "counter", lang="en")
    browser.get(f"{server}/members/new")
    form = browser.find_element(By.CSS_SELECTOR, "form.form-grid")
    form.find_element(By.NAME, "cardNumber").send_keys("E2E-0002")
    Select(form.find_element(By.NAME, "segment")).select_by_value("U1")
    form.find_element(By.NAME, "firstNameEn").send_keys("Keep Me")
    Select(form.find_element(By.NAME, "membershipType")).select_by_value("student")
    form.find_element(By.NAME, "mobile").send_keys("12345")
    click_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "Nothing was saved" in browser.page_source
    assert "Mobile number “12345” is not valid" in browser.page_source
    assert browser.find_element(By.NAME, "firstNameEn").get_attribute("value") == "Keep Me"


def test_language_switch_is_remembered(server, browser):
    sign_in(browser, server, "counter")
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "English"))
    assert "Members at a glance" in browser.page_source
    browser.get(f"{server}/members")
    assert "Member registry" in browser.page_source


def test_counter_cannot_open_admin_or_import_pages(server, browser):
    sign_in(browser, server, "counter", lang="en")
    browser.get(f"{server}/admin/staff")
    assert "Your role does not allow this page." in browser.page_source
    browser.get(f"{server}/imports")
    assert "Your role does not allow this page." in browser.page_source


def test_head_uploads_a_koha_file_dry_run_then_for_real(server, browser):
    sign_in(browser, server, "head", lang="en")
    browser.get(f"{server}/imports")
    path = os.path.abspath(os.path.join(FIXTURES, "koha-patrons-th.csv"))
    browser.find_element(By.NAME, "file").send_keys(path)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Dry run: nothing was saved." in browser.page_source
    browser.get(f"{server}/imports")
    browser.find_element(By.NAME, "file").send_keys(path)
    browser.find_element(By.NAME, "dryRun").click()  # untick
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))
    assert "Import finished." in browser.page_source


def test_counter_takes_a_deposit_and_prints_the_receipt_to_pdf(server, browser, tmp_path):
    import base64
    import subprocess
    sign_in(browser, server, "counter")
    # A new external type A member: the deposit form is offered only to a current member of a type
    # that pays one and holds none (every demo type A member already holds theirs).
    browser.get(f"{server}/members/new?lang=en")
    form = browser.find_element(By.CSS_SELECTOR, "form.form-grid")
    form.find_element(By.NAME, "cardNumber").send_keys("E2E-DEP1")
    Select(form.find_element(By.NAME, "segment")).select_by_value("Pa1")
    form.find_element(By.NAME, "firstNameTh").send_keys("วางเงิน")
    form.find_element(By.NAME, "lastNameTh").send_keys("ประกันดี")
    Select(form.find_element(By.NAME, "membershipType")).select_by_value("external-a")
    click_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    browser.get(browser.current_url.split("?")[0] + "?lang=th")
    deposit_form = browser.find_element(By.ID, "take-deposit")
    amount = deposit_form.find_element(By.NAME, "amount")
    assert amount.get_attribute("value") == "1,000.00", "the policy's amount, pre-filled"
    click_and_wait(browser, deposit_form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "ใบเสร็จรับเงินประกันการยืม" in browser.page_source
    assert "หนึ่งพันบาทถ้วน" in browser.page_source
    assert "ขอรับเงินประกันคืนได้ภายในวันที่" in browser.page_source
    pdf = base64.b64decode(browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": True, "preferCSSPageSize": True})["data"])
    path = tmp_path / "receipt.pdf"
    path.write_bytes(pdf)
    assert pdf.startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "1,000.00" in text
    assert "พ.ศ." in text
