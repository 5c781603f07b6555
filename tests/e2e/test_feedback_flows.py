"""Complaints in a real browser: a member of the public files an anonymous complaint and follows
it by its reference number; staff triage it, resolve it and publish the outcome, which then shows
on the public status page and the announcements page. Also the complaint commands."""
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_cli import run
from test_main_flows import click_and_wait, sign_in


def step(browser, action, **fields):
    form = browser.find_element(By.CSS_SELECTOR, f"form.step[data-action='{action}']")
    for name, value in fields.items():
        element = form.find_element(By.NAME, name)
        if element.tag_name == "select":
            Select(element).select_by_value(value)
        else:
            element.clear()
            element.send_keys(value)
    click_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def test_anonymous_complaint_is_followed_by_reference_and_its_outcome_published(server, browser):
    browser.get(f"{server}/feedback?lang=en")
    form = browser.find_element(By.ID, "feedback-form")
    Select(form.find_element(By.NAME, "kind")).select_by_value("complaint")
    Select(form.find_element(By.NAME, "service")).select_by_value("study-spaces")
    form.find_element(By.NAME, "summary").send_keys("Reading room lights flicker <b>badly</b>")
    form.find_element(By.NAME, "details").send_keys("Second floor, near the windows.")
    form.find_element(By.NAME, "anonymous").click()
    assert not form.find_element(By.NAME, "website").is_displayed(), "the honeypot is hidden from people"
    click_and_wait(browser, form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    reference = browser.find_element(By.ID, "reference").text
    assert re.fullmatch(r"FB-\d{4}-\d{6}-\d", reference)

    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Follow your feedback"))
    assert browser.find_element(By.ID, "public-status").text == "Received"
    browser.get(f"{server}/feedback/status?ref={reference[:-1]}{(int(reference[-1]) + 1) % 10}")
    mistyped = browser.find_element(By.CSS_SELECTOR, "p.error").text
    assert "No item was found with this reference number" in mistyped
    browser.get(f"{server}/feedback/status?ref=FB-2569-999999-0")
    assert browser.find_element(By.CSS_SELECTOR, "p.error").text == mistyped, "unknown and mistyped look the same"

    sign_in(browser, server, "head", lang="en")
    browser.get(f"{server}/complaints?q={reference}")
    assert "Reading room lights flicker <b>badly</b>" in browser.find_element(By.CSS_SELECTOR, "table.list").text
    click_and_wait(browser, browser.find_element(By.LINK_TEXT, reference))
    step(browser, "triage", track="3")
    step(browser, "add-internal-note", text="Electrician quoted 1,200 baht")
    step(browser, "start")
    step(browser, "resolve", text="All lights on the second floor were replaced.", actionText="Replaced the tubes")
    click_and_wait(browser, browser.find_element(By.ID, "publish"))
    # The confirmation step shows what goes public; nothing is published until it is confirmed.
    assert "All lights on the second floor were replaced." in browser.find_element(By.CSS_SELECTOR, "article.announcement").text
    click_and_wait(browser, browser.find_element(By.ID, "confirm-publish"))
    assert "Outcome published" in browser.page_source

    browser.get(f"{server}/complaints/notice-board")
    assert "All lights on the second floor were replaced." in browser.page_source

    browser.delete_all_cookies()
    browser.get(f"{server}/feedback/status?ref={reference}&lang=en")
    assert browser.find_element(By.ID, "public-status").text == "Resolved"
    assert browser.find_element(By.ID, "public-outcome").text == "All lights on the second floor were replaced."
    assert "1,200 baht" not in browser.page_source, "internal notes stay internal"
    browser.get(f"{server}/feedback/announcements")
    assert reference in browser.page_source
    assert "All lights on the second floor were replaced." in browser.page_source


def test_complaint_reports_and_the_daily_job_from_the_command_line(tmp_path):
    db = tmp_path / "cli.sqlite"
    run(["migrate", "--yes"], db)
    month = run(["report", "complaints", "--month", "2026-09"], db)
    assert "Complaint_01" in month.stdout and "Complaint_02" in month.stdout
    assert "No complaints this month." in month.stdout
    thai = run(["report", "complaints", "--month", "09/2569", "--lang", "th", "--format", "csv"], db)
    assert "ไม่มีข้อร้องเรียนในเดือนนี้" in thai.stdout
    quarter = run(["report", "quarter", "--quarter", "FY2570-Q1"], db)
    assert "No complaints this quarter." in quarter.stdout
    bad = run(["report", "quarter", "--quarter", "2026-Q5"], db, check=False)
    assert bad.returncode != 0
    first = run(["complaints", "escalate", "--as-of", "2026-12-21"], db)
    assert "0 overdue item(s)" in first.stdout
