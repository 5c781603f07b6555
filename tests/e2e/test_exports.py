"""The list exports in a real browser (issue 13, "reports to act on"): the member list filtered by
segment, its "Export CSV" link clicked, the file Chromium downloads read back — the filtered members
only, ISO days, the Thai kept (UTF-8 with a byte-order mark) — and the committee's file masked as its
page is. Then the complaint list's export link carries the list's filters."""
import csv
import glob
import io
import os
import re
import tempfile
import time

from selenium.webdriver.common.by import By

from test_main_flows import click_and_wait, sign_in


def allow_downloads(browser):
    folder = tempfile.mkdtemp(prefix="patroncare-downloads-")
    browser.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": folder})
    return folder


def downloaded(folder, pattern, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        files = [f for f in glob.glob(os.path.join(folder, pattern)) if not f.endswith(".crdownload")]
        if files:
            return files[0]
        time.sleep(0.2)
    raise AssertionError(f"no {pattern} downloaded into {folder}: {os.listdir(folder)}")


def rows_of(path):
    with open(path, "rb") as f:
        data = f.read()
    assert data.startswith("\ufeff".encode()), "a byte-order mark so Excel on a Thai Windows reads UTF-8"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def export_members(browser, base, username, segment):
    sign_in(browser, base, username)
    browser.get(f"{base}/members?segment={segment}")
    found = int(re.search(r"พบ\s*(\d+)", browser.find_element(By.CSS_SELECTOR, "p.count").text).group(1))
    folder = allow_downloads(browser)
    link = browser.find_element(By.ID, "export-csv")
    assert f"segment={segment}" in link.get_attribute("href")
    link.click()
    return found, rows_of(downloaded(folder, "members-*.csv"))


def test_the_counter_downloads_the_filtered_member_list(server, browser):
    found, rows = export_members(browser, server, "counter", "U1")
    header, members = rows[0], rows[1:]
    assert header[0] == "เลขบัตรสมาชิก", "the headers in the reader's language"
    assert len(members) == found > 0, "every filtered member, on every page of the list"
    assert all(row[2] == "U1" for row in members)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[4]) and int(row[4][:4]) < 2400 for row in members), "ISO days, Gregorian"
    assert any(re.search(r"[\u0E00-\u0E7F]", row[1]) for row in members), "Thai names arrive as Thai"


def test_the_committees_file_is_masked_as_its_page(server, browser):
    found, rows = export_members(browser, server, "committee", "U1")
    members = rows[1:]
    assert len(members) == found > 0
    assert all("•" in row[1] for row in members), "initials only, as on the committee's page"
    assert all(row[6] == "" and row[7] == "" for row in members), "no e-mail, no mobile"


def test_the_complaint_lists_export_keeps_its_filters(server, browser):
    sign_in(browser, server, "team")
    browser.get(f"{server}/complaints?status=all&kind=complaint")
    link = browser.find_element(By.ID, "export-csv").get_attribute("href")
    assert "status=all" in link and "kind=complaint" in link and "format=csv" in link
    folder = allow_downloads(browser)
    browser.find_element(By.ID, "export-csv").click()
    rows = rows_of(downloaded(folder, "complaints-*.csv"))
    found = int(browser.find_element(By.ID, "found-count").text)
    assert len(rows) - 1 == found
    assert all(row[8] in ("true", "false") for row in rows[1:])
