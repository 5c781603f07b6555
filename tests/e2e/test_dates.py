"""Dates in the reader's calendar in a real browser: a Buddhist-era date typed into a form is stored as
the right day, the picker (Public/js/datepicker.js) writes B.E. in Thai and Gregorian in English, the
report periods are selects, the language does not follow the browser, and the administrator's holiday
calendar (page and command)."""
import datetime
import os
import sqlite3
import subprocess

from selenium.webdriver import ChromeOptions
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import pytest

from conftest import BINARY, ROOT, serve_demo
from test_main_flows import click_and_wait, sign_in

FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "holidays")
DATABASE = {}


@pytest.fixture(scope="module")
def server():
    """A demo server of this module's own: the members and holidays these tests add stay out of the
    counts the other modules check on the shared one."""
    with serve_demo() as (base, database):
        DATABASE["path"] = database
        yield base


def stored(sql, *args):
    connection = sqlite3.connect(DATABASE["path"])
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def bangkok_today():
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=7)).date()


def fill_new_member(form, card):
    form.find_element(By.NAME, "cardNumber").send_keys(card)
    Select(form.find_element(By.NAME, "segment")).select_by_value("U5")
    form.find_element(By.NAME, "firstNameTh").send_keys("วันที่")
    form.find_element(By.NAME, "lastNameTh").send_keys("พุทธศักราช")
    Select(form.find_element(By.NAME, "membershipType")).select_by_value("external-b")


def test_a_buddhist_era_date_typed_into_the_member_form_is_stored_as_the_right_day(server, browser):
    sign_in(browser, server, "counter", lang="th")
    browser.get(f"{server}/members/new")
    form = browser.find_element(By.CSS_SELECTOR, "form.form-grid")
    enrolled = form.find_element(By.NAME, "enrolledOn")
    assert enrolled.get_attribute("type") == "text", "never the browser's own date input"
    assert enrolled.get_attribute("placeholder") == "วว/ดด/ปปปป"
    fill_new_member(form, "E2E-DATE-1")
    enrolled.clear()
    enrolled.send_keys("01/10/2569")
    expires = form.find_element(By.NAME, "expiresOn")
    expires.clear()
    expires.send_keys("30/09/2570")
    click_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert stored("SELECT enrolled_on, expires_on FROM members WHERE card_number = ?", "E2E-DATE-1") == [("2026-10-01", "2027-09-30")]
    assert "30 ก.ย. 2570" in browser.page_source


def test_a_day_that_does_not_exist_is_refused_in_thai_and_kept_as_typed(server, browser):
    sign_in(browser, server, "counter", lang="th")
    browser.get(f"{server}/members/new")
    form = browser.find_element(By.CSS_SELECTOR, "form.form-grid")
    fill_new_member(form, "E2E-DATE-2")
    expires = form.find_element(By.NAME, "expiresOn")
    expires.clear()
    expires.send_keys("31/02/2570")
    click_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "ไม่ใช่วันที่ที่ถูกต้อง" in browser.page_source
    assert browser.find_element(By.NAME, "expiresOn").get_attribute("value") == "31/02/2570"
    assert stored("SELECT count(*) FROM members WHERE card_number = ?", "E2E-DATE-2") == [(0,)]


def pick(browser, field_name, months_ahead, day):
    """Opens the picker beside the field, goes `months_ahead` months on and clicks `day`."""
    field = browser.find_element(By.NAME, field_name)
    wrapper = field.find_element(By.XPATH, "..")
    assert "datefield" in wrapper.get_attribute("class")
    wrapper.find_element(By.CSS_SELECTOR, "button.datefield-open").click()
    popup = wrapper.find_element(By.CSS_SELECTOR, ".datepicker")
    for _ in range(months_ahead):
        popup.find_element(By.CSS_SELECTOR, "button.datepicker-next").click()
    title = wrapper.find_element(By.CSS_SELECTOR, ".datepicker-title").text
    wrapper.find_element(By.CSS_SELECTOR, f"button.datepicker-day[data-day='{day}']").click()
    assert not wrapper.find_elements(By.CSS_SELECTOR, ".datepicker"), "the picker closes after a day is chosen"
    return title, field.get_attribute("value")


def test_the_picker_writes_the_buddhist_era_in_thai_and_the_form_stores_the_day(server, browser):
    sign_in(browser, server, "counter", lang="th")
    browser.get(f"{server}/members/new")
    form = browser.find_element(By.CSS_SELECTOR, "form.form-grid")
    fill_new_member(form, "E2E-DATE-3")
    today = bangkok_today()
    browser.find_element(By.NAME, "enrolledOn").clear()
    title, enrolled = pick(browser, "enrolledOn", 0, 1)
    assert title.endswith(str(today.year + 543)), title
    assert enrolled == f"01/{today.month:02d}/{today.year + 543}"
    title, expires = pick(browser, "expiresOn", 13, 15)
    thai_months = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
                   "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
    # The field held the form's default expiry, so the grid opened on that month: the title says where it went.
    name, be_year = title.split()
    assert int(be_year) > 2500, title
    assert expires == f"15/{thai_months.index(name) + 1:02d}/{be_year}", (title, expires)
    click_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    (enrolled_on, expires_on), = stored("SELECT enrolled_on, expires_on FROM members WHERE card_number = ?", "E2E-DATE-3")
    assert enrolled_on == f"{today.year}-{today.month:02d}-01"
    day, mon, be_year = expires.split("/")
    assert expires_on == f"{int(be_year) - 543}-{mon}-{day}"


def test_the_picker_writes_gregorian_years_in_english(server, browser):
    sign_in(browser, server, "head", lang="en")
    browser.get(f"{server}/reports/unclaimed")
    browser.find_element(By.NAME, "asOf").clear()
    today = bangkok_today()
    title, value = pick(browser, "asOf", 0, 1)
    assert title == today.strftime("%B %Y"), title
    assert value == f"01/{today.month:02d}/{today.year}"
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]"))
    assert browser.find_element(By.NAME, "asOf").get_attribute("value") == value


def test_report_periods_are_selects_in_the_readers_calendar(server, browser):
    sign_in(browser, server, "head", lang="th")
    browser.get(f"{server}/complaints/reports/quarterly")
    assert not browser.find_elements(By.CSS_SELECTOR, "input[name=quarter]")
    Select(browser.find_element(By.NAME, "year")).select_by_value("FY2570")
    Select(browser.find_element(By.NAME, "q")).select_by_value("1")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]"))
    assert "ไตรมาส 1 ปีงบประมาณ 2570" in browser.find_element(By.TAG_NAME, "h1").text
    browser.get(f"{server}/complaints/reports/monthly")
    year = Select(browser.find_element(By.NAME, "year"))
    assert all(int(option.text) > 2500 for option in year.options), "Buddhist-era years in Thai"
    year.select_by_value("2026")
    Select(browser.find_element(By.NAME, "month")).select_by_value("9")
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]"))
    assert "กันยายน 2569" in browser.find_element(By.TAG_NAME, "h1").text


def test_an_english_browser_still_gets_the_configured_thai(server):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-proxy-server", "--lang=en-US"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-US,en"})
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    driver = webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")))
    try:
        driver.get(f"{server}/login")
        assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "th"
        assert "เข้าสู่ระบบเจ้าหน้าที่" in driver.page_source
        driver.find_element(By.LINK_TEXT, "English").click()
        assert "Staff sign-in" in driver.page_source
    finally:
        driver.quit()


def test_an_administrator_adds_a_closure_with_the_picker_and_imports_a_year(server, browser):
    sign_in(browser, server, "admin", lang="th")
    browser.get(f"{server}/admin/holidays?year=2028")
    form = browser.find_element(By.CSS_SELECTOR, "form[action='/admin/holidays']")
    form.find_element(By.NAME, "date").send_keys("14/08/2571")
    form.find_element(By.NAME, "nameTh").send_keys("ปิดห้องสมุดเพื่อตรวจนับหนังสือ")
    form.find_element(By.NAME, "nameEn").send_keys("Closed for stock-taking")
    Select(form.find_element(By.NAME, "kind")).select_by_value("closure")
    click_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    assert "เพิ่มวันหยุดแล้ว" in browser.page_source
    assert stored("SELECT day, kind FROM holidays WHERE name_th = ?", "ปิดห้องสมุดเพื่อตรวจนับหนังสือ") == [("2028-08-14", "closure")]
    browser.find_element(By.NAME, "file").send_keys(os.path.join(FIXTURES, "holidays-bad.csv"))
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/admin/holidays/import'] button[type=submit]"))
    assert "ไม่ได้นำเข้า" in browser.page_source
    assert "บรรทัด 3" in browser.page_source and "บรรทัด 6" in browser.page_source
    browser.find_element(By.NAME, "file").send_keys(os.path.join(FIXTURES, "holidays-2571.csv"))
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/admin/holidays/import'] button[type=submit]"))
    assert "นำเข้าวันหยุดแล้ว" in browser.page_source
    assert "วันสงกรานต์" in browser.page_source
    assert stored("SELECT count(*) FROM holidays WHERE day LIKE '2028-%'") == [(10,)]


def run(args, sqlite):
    env = dict(os.environ, SQLITE_PATH=str(sqlite), LOG_LEVEL="error")
    env.pop("DATABASE_URL", None)
    env.pop("VAPOR_ENV", None)
    return subprocess.run([BINARY] + args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_the_holidays_command_refuses_bad_input_with_a_status_and_one_line(tmp_path):
    database = tmp_path / "holidays.sqlite"
    assert run(["migrate", "--yes"], database).returncode == 0
    for args, status, first in [
        (["holidays", "import", os.path.join(FIXTURES, "holidays-bad.csv")], 1, "Nothing imported: 4 invalid row(s)"),
        (["holidays", "import", str(tmp_path / "missing.csv")], 3, "Cannot read"),
        (["holidays", "import"], 2, ""),
    ]:
        result = run(args, database)
        output = result.stdout + result.stderr
        assert "Backtrace" not in output and "Fatal error" not in output, output
        assert result.returncode == status, output
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(first), lines
    assert "line 3:" in run(["holidays", "import", os.path.join(FIXTURES, "holidays-bad.csv")], database).stdout
    dry = run(["holidays", "import", os.path.join(FIXTURES, "holidays-2571.csv"), "--dry-run"], database)
    assert dry.returncode == 0 and "Would import: added 10" in dry.stdout, dry.stdout + dry.stderr
    done = run(["holidays", "import", os.path.join(FIXTURES, "holidays-2571.csv")], database)
    assert done.returncode == 0 and "Imported: added 10" in done.stdout, done.stdout + done.stderr
    listed = run(["holidays", "list", "--year", "2571"], database)
    assert listed.returncode == 0 and "2028-04-13  วันสงกรานต์ | Songkran Festival" in listed.stdout
    assert "2028-08-14  ปิดห้องสมุดเพื่อตรวจนับหนังสือ | Closed for stock-taking [closure]" in listed.stdout
