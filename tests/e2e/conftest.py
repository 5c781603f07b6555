"""Real-browser tests: start the built `patroncare` on a free loopback port with a fresh SQLite
file and demo data, and drive it with headless Chromium. Only 127.0.0.1 is ever contacted."""
import contextlib
import os
import socket
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
# Commands started without --demo need a data key (a production start without one refuses); the
# tests use the public development key so they can read what `serve --demo` sealed.
os.environ.setdefault("PATRONCARE_DATA_KEY", "UGF0cm9uQ2FyZSBkZXZlbG9wbWVudCBrZXkgMDAwMDA=")
BINARY = os.environ.get("PATRONCARE_BINARY", os.path.join(ROOT, ".build", "debug", "patroncare"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch_server(extra_env=None):
    """Starts `patroncare serve --demo` on a free loopback port with a fresh SQLite file; returns
    (base address, process, database path). `extra_env` adds settings (counter hours, …)."""
    workdir = tempfile.mkdtemp(prefix="patroncare-e2e-")
    port = free_port()
    database = os.path.join(workdir, "e2e.sqlite")
    env = dict(os.environ, SQLITE_PATH=database, LOG_LEVEL="warning", PATRONCARE_JOBS="off", **(extra_env or {}))
    env.pop("DATABASE_URL", None)
    process = subprocess.Popen(
        [BINARY, "serve", "--demo", "--hostname", "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(base + "/healthz", timeout=2).status == 200:
                break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        raise RuntimeError("patroncare did not start: " + process.stdout.read().decode(errors="replace"))
    return base, process, database


def stop_server(process):
    process.terminate()
    process.wait(timeout=10)


@contextlib.contextmanager
def serve_demo(extra_env=None):
    """A server of its own for one test module: yields (base URL, database path), stops it after."""
    base, process, database = launch_server(extra_env)
    try:
        yield base, database
    finally:
        stop_server(process)


@pytest.fixture(scope="session")
def server():
    base, process, database = launch_server()
    # Commands run by the tests (remind, …) reach the same database through this variable.
    os.environ["PATRONCARE_E2E_SQLITE"] = database
    yield base
    stop_server(process)


@pytest.fixture()
def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900",
                     "--disable-dev-shm-usage", "--no-proxy-server"]:
        options.add_argument(argument)
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    # An explicit driver keeps Selenium Manager (which would go online) out of the picture.
    driver = webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")))
    driver.implicitly_wait(10)
    yield driver
    driver.quit()
