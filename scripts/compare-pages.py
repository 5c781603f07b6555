#!/usr/bin/env python3
"""Serve the same demo database with two builds of patroncare and compare every page they answer.

Used when the views change shape (Leaf templates → compiled Swift views): the HTML of each page,
with whitespace between tags collapsed and form tokens blanked, must be the same on both.

    scripts/compare-pages.py --old BINARY --old-root DIR --new BINARY [--new-root DIR] [--pages 200]

`--old-root`/`--new-root` are the source trees each binary reads its Resources/ and Public/ from.
The old build makes the demo database; each server gets its own copy. Only 127.0.0.1 is contacted.
Exit status 0 when every page matches, 1 when some differ (a diff of each is printed), 2 on setup errors.
"""
import argparse
import difflib
import html.parser
import http.cookiejar
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

DATA_KEY = "UGF0cm9uQ2FyZSBkZXZlbG9wbWVudCBrZXkgMDAwMDA="
PUBLIC_PAGES = ["/login", "/feedback", "/refund-steps", "/feedback/announcements", "/feedback/status",
                "/feedback/status?ref=NOPE-0000&contact=x", "/no-such-page"]
# Pages that record the crawl itself (the access log) cannot match between two crawls.
IGNORED = [r"^/admin/audit", r"/logout", r"lang=", r"\.csv", r"/export", r"/scan"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, binary, root, database, demo):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, SQLITE_PATH=database, LOG_LEVEL="error", PATRONCARE_JOBS="off",
                   PATRONCARE_DATA_KEY=DATA_KEY)
        env.pop("DATABASE_URL", None)
        arguments = [binary, "serve", "--hostname", "127.0.0.1", "--port", str(self.port)]
        arguments += ["--demo"] if demo else ["--env", "development"]
        self.process = subprocess.Popen(arguments, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(self.base + "/healthz", timeout=2).status == 200:
                    break
            except OSError:
                time.sleep(0.3)
        else:
            self.stop()
            raise SystemExit(f"compare-pages: {binary} did not start")
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        try:
            response = self.opener.open(self.base + path, timeout=30)
            return response.status, response.headers.get("Content-Type", ""), response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Content-Type", ""), error.read().decode("utf-8", "replace")

    def sign_in(self, username):
        _, _, page = self.get("/login")
        token = re.search(r'name="_csrf" value="([^"]*)"', page).group(1)
        body = urllib.parse.urlencode({"_csrf": token, "username": username, "password": "demo-password"}).encode()
        self.opener.open(urllib.request.Request(self.base + "/login", data=body), timeout=30).read()

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith("/") and not href.startswith("//"):
                self.found.append(href)


def normalised(page):
    # Fresh on every render: form tokens and each money form's idempotency key.
    page = re.sub(r'(name="(?:_csrf|idempotencyKey)" value=")[^"]*"', r'\1"', page)
    # The error page's request id.
    page = re.sub(r"<code>[0-9A-F-]{36}</code>", "<code></code>", page)
    page = re.sub(r"\s+", " ", page)
    page = re.sub(r">\s+<", "><", page)
    page = re.sub(r"\s+>", ">", page)
    return page.strip()


def lines(page):
    return page.replace("><", ">\n<").split("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", required=True)
    parser.add_argument("--old-root", required=True)
    parser.add_argument("--new", required=True)
    parser.add_argument("--new-root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--user", default="admin")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="patroncare-compare-")
    old_db, new_db = os.path.join(workdir, "old.sqlite"), os.path.join(workdir, "new.sqlite")
    maker = Server(args.old, args.old_root, old_db, demo=True)
    maker.stop()
    for suffix in ["", "-wal", "-shm"]:
        if os.path.exists(old_db + suffix):
            shutil.copy(old_db + suffix, new_db + suffix)
    old = Server(args.old, args.old_root, old_db, demo=False)
    new = Server(args.new, args.new_root, new_db, demo=False)
    same, different = 0, []
    try:
        def compare(path):
            nonlocal same
            a, b = old.get(path), new.get(path)
            if a[0] != b[0]:
                different.append((path, [f"status {a[0]} vs {b[0]}"]))
                return a
            if "text/html" not in a[1]:
                return a
            x, y = normalised(a[2]), normalised(b[2])
            if x == y:
                same += 1
            else:
                diff = list(difflib.unified_diff(lines(x), lines(y), "old" + path, "new" + path, lineterm="", n=1))
                different.append((path, diff))
            return a

        for path in PUBLIC_PAGES:
            compare(path)
        old.sign_in(args.user)
        new.sign_in(args.user)
        queue, seen = ["/"], set()
        while queue and len(seen) < args.pages:
            path = queue.pop(0)
            if path in seen or any(re.search(pattern, path) for pattern in IGNORED):
                continue
            seen.add(path)
            status, content_type, body = compare(path)
            if "text/html" in content_type:
                links = Links()
                links.feed(body)
                queue += [link for link in links.found if link not in seen]
    finally:
        old.stop()
        new.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    for path, diff in different:
        print(f"--- differs: {path}")
        print("\n".join(diff[:60]))
    print(f"compare-pages: {same} pages the same, {len(different)} different ({args.user}, {len(seen)} signed-in pages crawled)")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
