"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright against
`streamlit run app.py` on a free localhost port and a temporary store (samples + two extra articles).

Checks what only a browser shows: filters set on one page hold on the next and live in the URL, a shared
link restores the view, a CSV download holds the filtered rows, HTML in a title or text shows as text
(nothing runs), and an uploaded article is counted. Set SCREENSHOTS_DIR=/some/folder to also save a
screenshot of every page at 1400x900 and 800 px wide.
"""
from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

from analysis.pipeline import build
from extra_articles import HOSTILE_TITLE, extra_articles

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WAIT_MS = 30_000

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> str:
    """`streamlit run app.py` on a temporary store of seven articles; yields its base URL."""
    folder = tmp_path_factory.mktemp("browser")
    store = folder / "store"
    build([ROOT / "data/articles", extra_articles(folder)], store)
    port = free_port()
    env = {**os.environ, "NEWS_DASHBOARD_STORE": str(store)}
    log = (folder / "streamlit.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--server.fileWatcherType", "none",
         "--browser.gatherUsageStats", "false", "--global.developmentMode", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start: {(folder / 'streamlit.log').read_text()[-2000:]}")
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="module")
def browser():
    expect.set_options(timeout=WAIT_MS)  # reruns take longer than Playwright's 5 s default on a busy machine
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh browser context (no shared session), 1400x900, failing on any JavaScript dialog."""
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()
    assert not dialogs, f"a script ran in the page: {dialogs}"


def open_page(page, url: str) -> None:
    page.goto(url)
    expect(page.get_by_test_id("stCaptionContainer").filter(has_text="articles ·").first).to_be_visible(
        timeout=WAIT_MS)


def count_caption(page):
    """The "N of M articles · filters" caption under every page title."""
    return page.get_by_test_id("stCaptionContainer").filter(has_text=" articles · ")


def sidebar(page):
    return page.get_by_test_id("stSidebar")


def go_to(page, label: str) -> None:
    sidebar(page).get_by_role("link", name=label, exact=True).click()
    expect(page.get_by_role("heading", name=label, exact=True)).to_be_visible(timeout=WAIT_MS)


def click_download(page, label: str):
    """Click the download button `label` and return the download. The CSV is made when the button is
    clicked; a click that lands while the app is still rerunning (a busy machine) can be lost with that
    run, so a click without a download is made again, as a user would."""
    button = page.get_by_role("button", name=label).first
    for attempt in range(3):
        # the button stays disabled while the app reruns, which on a slow machine can take longer than a click waits
        expect(button).to_be_enabled(timeout=WAIT_MS * 3)
        try:
            with page.expect_download(timeout=WAIT_MS // 2) as download_info:
                button.click()
            return download_info.value
        except playwright_api.TimeoutError:
            if attempt == 2:
                raise
            page.wait_for_timeout(1_000)


def choose_outlet(page, outlet: str) -> None:
    sidebar(page).get_by_test_id("stMultiSelect").locator("input").click()
    page.keyboard.type(outlet)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")


def type_date(page, label: str, day: str) -> None:
    """Type `day` (YYYYMMDD) into the sidebar date field labelled `label`, then leave it."""
    field = sidebar(page).get_by_test_id("stDateInput").filter(has_text=label)
    field.locator('[data-type="year"]').click()
    page.keyboard.type(day)
    page.keyboard.press("Tab")
    sidebar(page).get_by_role("heading", name="Filters").click()


# ---------------------------------------------------------------------------------------------------------


def test_filters_set_on_one_page_hold_on_the_next_and_live_in_the_url(page, server):
    open_page(page, server)
    expect(count_caption(page)).to_contain_text("7 of 7 articles")
    choose_outlet(page, "The New York Sun")
    expect(count_caption(page)).to_contain_text("1 of 7 articles")
    type_date(page, "From", "20250213")
    expect(count_caption(page)).to_contain_text("0 of 7 articles", timeout=WAIT_MS)
    type_date(page, "From", "20250201")
    expect(count_caption(page)).to_contain_text("1 of 7 articles · from 2025")
    assert "outlet=The+New+York+Sun" in page.url and "from=2025-02-01" in page.url

    go_to(page, "Quotes")
    expect(count_caption(page)).to_contain_text("1 of 7 articles · from 2025")
    expect(sidebar(page).get_by_test_id("stMultiSelect")).to_contain_text("The New York Sun")
    assert "/Quotes?" in page.url and "outlet=The+New+York+Sun" in page.url and "from=2025-02-01" in page.url
    go_to(page, "Articles")
    expect(count_caption(page)).to_contain_text("1 of 7 articles")


def test_a_shared_link_opens_the_same_view(page, server):
    open_page(page, f"{server}/Articles?outlet=MillenniumPost&outlet=Copycat+Daily&to=2025-03-19&undated=0")
    expect(count_caption(page)).to_contain_text("1 of 7 articles · until 2025-03-19, dated only · "
                                                "outlets: MillenniumPost, Copycat Daily")
    expect(sidebar(page).get_by_test_id("stMultiSelect")).to_contain_text("Copycat Daily")
    go_to(page, "Overview")
    expect(page.get_by_test_id("stMetricValue").first).to_have_text("1")


def test_csv_download_holds_the_filtered_rows(page, server):
    open_page(page, f"{server}/Articles?from=2025-03-01&undated=0")
    expect(count_caption(page)).to_contain_text("3 of 7 articles")
    download = click_download(page, "Download CSV (3 rows)")
    assert download.suggested_filename == "articles_2025-03-01_to_end_dated-only.csv"
    table = pd.read_csv(io.BytesIO(Path(download.path()).read_bytes()), encoding="utf-8-sig")
    assert list(table["outlet"]) == ["newswriteups.com", "MillenniumPost", "Copycat Daily"]
    assert list(table["published"]) == ["2025-03-17", "2025-03-19", "2025-03-20"]


def test_html_in_a_title_and_text_shows_as_text(page, server):
    open_page(page, f"{server}/Articles")
    reader = page.get_by_test_id("stSelectbox").filter(has_text="Article")
    reader.click()
    page.keyboard.type("unsigned note")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name=HOSTILE_TITLE)).to_be_visible(timeout=WAIT_MS)
    expect(page.get_by_text("<img src=x onerror=alert(1)>", exact=False)).to_be_visible()
    assert page.locator('img[src="x"]').count() == 0
    assert page.evaluate("() => [...document.scripts].some(s => s.textContent.includes(\"alert('x')\"))") is False


def test_an_uploaded_article_is_counted(page, server):
    open_page(page, f"{server}/Add_articles")
    expect(count_caption(page)).to_contain_text("7 of 7 articles")
    story = ("Ministers from both sides met in Istanbul on Thursday to discuss grain exports and a prisoner "
             "swap. " * 8).encode()
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": "../istanbul talks.txt", "mimeType": "text/plain", "buffer": story}])
    expect(page.get_by_role("button", name="Remove ../istanbul talks.txt")).to_be_visible(timeout=WAIT_MS)
    page.get_by_role("button", name="Add these files").click()
    expect(page.get_by_text("1 article(s) added")).to_be_visible(timeout=60_000)
    expect(count_caption(page)).to_contain_text("8 of 8 articles")
    go_to(page, "Overview")
    expect(page.get_by_test_id("stMetricValue").first).to_have_text("8")


@pytest.mark.skipif(not os.environ.get("SCREENSHOTS_DIR"), reason="set SCREENSHOTS_DIR to save screenshots")
def test_screenshots_of_every_page(browser, server):
    folder = Path(os.environ["SCREENSHOTS_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    paths = ["", "Keywords", "Actors", "Quotes", "Markets", "Articles", "Add_articles"]
    for width, height in ((1400, 900), (800, 900)):
        context = browser.new_context(viewport={"width": width, "height": height})
        tab = context.new_page()
        for path in paths:
            open_page(tab, f"{server}/{path}")
            tab.wait_for_timeout(1500)  # charts draw after the caption
            name = path or "Overview"
            tab.screenshot(path=folder / f"{name}_{width}.png")
            full = tab.get_by_test_id("stMain").evaluate("e => e.scrollHeight")
            tab.set_viewport_size({"width": width, "height": min(max(full, height), 6000)})
            tab.wait_for_timeout(800)
            tab.screenshot(path=folder / f"{name}_{width}_full.png")
            tab.set_viewport_size({"width": width, "height": height})
        context.close()
