"""Each role's start page is a work queue on the demo's seeded work, in Thai and English, at desktop
and phone width; the current month's report cannot be marked sent; the first page of every feature
has something on it on a fresh demo."""
import datetime
import re

import pytest
from selenium.webdriver.common.by import By

from conftest import serve_demo
from test_main_flows import sign_in

DESKTOP = (1366, 900)
PHONE = (390, 844)

# What the demo seeds for each role: the queue items that must show a count above zero.
# (Committee items are links to reports, without a count.)
SEEDED = {
    "counter": {"expiring-this-week"},
    "team": {"complaints-to-triage"},
    "head": {"escalations", "overdue-complaints"},
    "committee": set(),
    "admin": {"public-address-not-configured"},
}
EVERY_ITEM = {
    "counter": {"refund-requests", "expiring-this-week", "returned-postcards"},
    "team": {"complaints-to-triage", "overdue-complaints", "outcomes-to-publish"},
    "head": {"forfeitures-to-approve", "escalations", "overdue-complaints", "monthly-report", "refund-requests"},
    "committee": {"meeting-agenda", "quarterly-summary", "indicators"},
    "admin": {"failed-messages", "channels-not-configured", "public-address-not-configured", "holidays-missing"},
}


def is_error_page(browser):
    """The error page's heading ends with the status: "… (404)"."""
    return any(re.search(r"\([45]\d\d\)\s*$", h1.text) for h1 in browser.find_elements(By.TAG_NAME, "h1"))


@pytest.fixture(scope="module")
def demo():
    """A demo of its own: these tests sign in a dozen times, which counts against the shared
    server's sign-in limit per address."""
    with serve_demo() as (base, _database):
        yield base


def queue_items(browser):
    """(item, count or None, href, is waiting) for every entry of the start page's queue."""
    items = []
    for entry in browser.find_elements(By.CSS_SELECTOR, "section.work-queue li[data-item]"):
        link = entry.find_element(By.TAG_NAME, "a")
        counts = link.find_elements(By.CSS_SELECTOR, "span.n")
        count = int(counts[0].text) if counts else None
        items.append((entry.get_attribute("data-item"), count, link.get_attribute("href"), "waiting" in entry.get_attribute("class")))
    return items


def fits_the_width(browser):
    """No horizontal scrolling: the page is no wider than the window."""
    return browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")


@pytest.mark.parametrize("lang", ["th", "en"])
@pytest.mark.parametrize("role", sorted(SEEDED))
def test_each_role_lands_on_its_work_queue(demo, browser, role, lang):
    sign_in(browser, demo, role, lang=lang)
    start = browser.current_url
    for size in (DESKTOP, PHONE):
        browser.set_window_size(*size)
        browser.get(start)
        items = queue_items(browser)
        assert {item for item, *_ in items} == EVERY_ITEM[role], f"{role}'s queue lists its own items only"
        waiting = {item for item, count, _, _ in items if count}
        assert SEEDED[role] <= waiting, f"{role} sees the demo's seeded work: {SEEDED[role] - waiting} missing"
        for item, count, _, is_waiting in items:
            # Zero counts are quiet; items with work (or a report to open) are not.
            assert is_waiting == (count != 0), f"{item}: count {count}, waiting={is_waiting}"
        headline = browser.find_element(By.CSS_SELECTOR, "section.work-queue h2").text
        assert headline.strip(), "the queue has a heading"
        if lang == "th":
            assert re.search(r"[\u0E00-\u0E7F]", headline), "a Thai heading on a Thai page"
        assert fits_the_width(browser), f"{role}'s start page scrolls sideways at {size[0]} px"
    # Every item leads somewhere this role may open.
    for item, _, href, _ in items:
        browser.get(href)
        assert not is_error_page(browser), f"{role}: {item} → {href} is an error page"


def test_the_current_months_report_cannot_be_marked_sent(demo, browser):
    server = demo
    sign_in(browser, server, "head", lang="th")
    today = datetime.date.today()
    browser.get(f"{server}/complaints/reports/monthly?month={today:%Y-%m}")
    later = browser.find_element(By.ID, "mark-sent-later")
    button = later.find_element(By.TAG_NAME, "button")
    assert not button.is_enabled(), "the button is shown disabled for a month that has not ended"
    next_month = (today.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    assert str(next_month.year + 543) in later.text, f"it says from when (a Buddhist-era date): {later.text!r}"
    assert not browser.find_elements(By.CSS_SELECTOR, "form[action$='/complaints/reports/monthly/sent']")
    # The last month has ended: its report may be marked sent (unless the demo already did).
    last = (today.replace(day=1) - datetime.timedelta(days=1))
    browser.get(f"{server}/complaints/reports/monthly?month={last:%Y-%m}")
    assert browser.find_elements(By.CSS_SELECTOR, "form[action$='/complaints/reports/monthly/sent'] button") \
        or browser.find_elements(By.ID, "sent-info"), "an ended month offers the button or says when it was sent"


# The first page of each feature on a fresh demo, and what must be on it (a row, an item, a figure).
FIRST_PAGES = [
    ("/members", "table.list tbody tr"),
    ("/complaints", "table tbody tr"),
    ("/outbox", "table tbody tr"),
    ("/campaigns", "main form"),
    ("/forfeitures", "main table tbody tr, main form"),
    ("/reports/unclaimed", "table tbody tr"),
    ("/complaints/reports/monthly", "section.card table tbody tr"),
    ("/feedback/announcements", "main article, main li, main table tbody tr"),
    ("/admin/templates", "table tbody tr"),
    ("/admin/staff", "table tbody tr"),
    ("/admin/holidays", "table tbody tr"),
    ("/admin/audit", "table tbody tr"),
]


def test_the_demos_first_page_of_each_feature_is_not_empty(demo, browser):
    sign_in(browser, demo, "admin", lang="th")
    empty = []
    for path, selector in FIRST_PAGES:
        browser.get(demo + path)
        assert not is_error_page(browser), f"{path} answered an error page"
        if not browser.find_elements(By.CSS_SELECTOR, selector):
            empty.append(f"{path} ({selector})")
    assert not empty, f"nothing on a fresh demo: {empty}"
