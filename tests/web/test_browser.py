"""The page in a real Chromium: sign in, claim, resolve; hostile wiki strings stay inert text."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from aiohttp import web
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from store.base import QueueStore
from store.open import open_store
from tests.store.factory import make_request
from tests.support import require_program
from tests.web.server import serving
from web.config import WebConfig
from web.routes import setup_queue_app
from web.suppress import Suppressor
from wiki.revisiondelete import OAuthToken
from wiki.route import ApiRoute
from wiki.server import ApiServer, serve_api
from wiki.serverauth import ServerAuth

pytestmark = pytest.mark.browser
T = TypeVar("T")

TITLE = "User talk:<img src=x onerror=\"window.__pwned='title';document.title='PWNED'\">"
EDITOR = "<script>window.__pwned='user'</script>Mallory"
EXCERPT = ("call [PHONE] <img src=x onerror=window.__pwned='excerpt'>"
           "<script>document.title='PWNED'</script>")
CHROME_ARGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run", "--window-size=1200,900",
)
SCREENSHOT = Path("/tmp/outingwatch-queue.png")
OAUTH = "alice-oauth-token"


class LiveQueue:
    """The queue app on its own event loop in a thread, since selenium blocks."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.stopped = asyncio.Event()
        self.ready: asyncio.Future[str] | None = None
        self.store: QueueStore | None = None
        self.wiki = ApiServer(auth=ServerAuth(oauth_tokens={OAUTH: "Alice"}))

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=30)

    async def _serve(self, ready: asyncio.Future[str]) -> None:
        self.store = await open_store(f"sqlite:///{self.database}")
        app = web.Application()
        try:
            async with serve_api(self.wiki) as running:
                suppressor = Suppressor({"alice": OAuthToken(OAUTH), "carol": OAuthToken("nope")},
                                        route=ApiRoute(running.base_url))
                setup_queue_app(app, self.store, WebConfig(), suppressor)
                async with serving(app) as url:
                    ready.set_result(url)
                    await self.stopped.wait()
        finally:
            await self.store.close()

    def start(self) -> str:
        self.thread.start()

        async def begin() -> asyncio.Future[str]:
            ready: asyncio.Future[str] = self.loop.create_future()
            self.task = self.loop.create_task(self._serve(ready))
            return ready

        ready = self.run(begin())
        return self.run(_wait(ready))

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.stopped.set)
        self.run(_wait(self.task))
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.loop.close()


async def _wait(future: asyncio.Future[T]) -> T:
    return await future


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[LiveQueue, str]]:
    queue = LiveQueue(tmp_path / "queue.sqlite3")
    url = queue.start()
    try:
        yield queue, url
    finally:
        queue.stop()


@pytest.fixture
def driver(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[WebDriver]:
    chromium = require_program("chromium", "chromium")
    chromedriver = require_program("chromedriver", "chromium-driver")
    monkeypatch.setenv("SE_OFFLINE", "true")  # selenium manager must never download anything
    options = Options()
    options.binary_location = chromium
    for arg in (*CHROME_ARGS, f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(arg)
    browser = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    try:
        yield browser
    finally:
        browser.quit()


def wait(browser: WebDriver) -> WebDriverWait[WebDriver]:
    return WebDriverWait(browser, 15)


def card_css(request_id: int) -> str:
    return f"#request-{request_id}"


def test_sign_in_claim_resolve_and_hostile_text_stays_inert(
        live: tuple[LiveQueue, str], driver: WebDriver) -> None:
    queue, url = live
    assert queue.store is not None
    store = queue.store
    token = queue.run(store.add_user("alice"))
    hostile = queue.run(store.enqueue(make_request(
        42, title=TITLE, user=EDITOR, excerpt=EXCERPT, score=0.95)))[0]
    plain = queue.run(store.enqueue(make_request(43, score=0.4)))[0]

    driver.get(url + "/")
    wait(driver).until(ec.visibility_of_element_located((By.ID, "token"))).send_keys(token)
    driver.find_element(By.CSS_SELECTOR, "#sign-in-form button[type=submit]").click()
    card = wait(driver).until(ec.visibility_of_element_located(
        (By.CSS_SELECTOR, card_css(hostile))))
    assert driver.find_element(By.ID, "user").text == "alice"

    # the hostile strings are shown literally and nothing in them ran
    assert card.find_element(By.CSS_SELECTOR, ".title").text == TITLE
    assert card.find_element(By.CSS_SELECTOR, ".editor").text == EDITOR
    assert card.find_element(By.CSS_SELECTOR, ".excerpt").text == EXCERPT
    assert driver.execute_script("return window.__pwned === undefined") is True
    assert driver.title == "outingwatch: suppression queue"
    assert driver.find_elements(By.TAG_NAME, "img") == []
    assert len(driver.find_elements(By.TAG_NAME, "script")) == 1
    diff = card.find_element(By.LINK_TEXT, "Diff on the wiki")
    assert diff.get_attribute("href") == "https://en.wikipedia.org/w/index.php?diff=42"
    assert diff.get_attribute("rel") == "noopener noreferrer"
    order = [e.get_attribute("id") for e in driver.find_elements(By.CSS_SELECTOR, ".card")]
    assert order == [f"request-{hostile}", f"request-{plain}"]

    # claim: the card is re-rendered with the resolve form
    card.find_element(By.CSS_SELECTOR, "button.claim").click()
    form = wait(driver).until(ec.visibility_of_element_located(
        (By.CSS_SELECTOR, f"{card_css(hostile)} form.resolve")))
    assert "Claimed by alice" in driver.find_element(
        By.CSS_SELECTOR, f"{card_css(hostile)} .claim-state").text
    assert queue.run(store.get(hostile)).claimed_by == "alice"
    driver.save_screenshot(str(SCREENSHOT))

    Select(form.find_element(By.CSS_SELECTOR, "select.outcome")).select_by_value("dismissed")
    form.find_element(By.CSS_SELECTOR, "input.note").send_keys("self-disclosure")
    form.find_element(By.CSS_SELECTOR, "button.resolve-button").click()
    wait(driver).until(ec.invisibility_of_element_located((By.CSS_SELECTOR, card_css(hostile))))
    done = queue.run(store.get(hostile))
    assert (done.state, done.note) == ("dismissed", "self-disclosure")
    assert driver.find_elements(By.CSS_SELECTOR, card_css(plain))
    assert driver.execute_script("return window.__pwned === undefined") is True


def sign_in(browser: WebDriver, url: str, token: str) -> None:
    browser.get(url + "/")
    wait(browser).until(ec.visibility_of_element_located((By.ID, "token"))).send_keys(token)
    browser.find_element(By.CSS_SELECTOR, "#sign-in-form button[type=submit]").click()


def claim_in_page(browser: WebDriver, request_id: int) -> None:
    card = wait(browser).until(ec.visibility_of_element_located(
        (By.CSS_SELECTOR, card_css(request_id))))
    card.find_element(By.CSS_SELECTOR, "button.claim").click()


def test_suppress_from_the_page(live: tuple[LiveQueue, str], driver: WebDriver) -> None:
    queue, url = live
    assert queue.store is not None
    store = queue.store
    request_id = queue.run(store.enqueue(make_request(777)))[0]
    sign_in(driver, url, queue.run(store.add_user("alice")))
    claim_in_page(driver, request_id)
    wait(driver).until(ec.element_to_be_clickable(
        (By.CSS_SELECTOR, f"{card_css(request_id)} button.suppress"))).click()
    wait(driver).until(ec.invisibility_of_element_located(
        (By.CSS_SELECTOR, card_css(request_id))))
    assert queue.run(store.get(request_id)).state == "suppressed"
    [call] = queue.wiki.revision_deletes
    assert (call.user, call.params["ids"], call.params["suppress"], call.params["hide"]) == (
        "Alice", "777", "yes", "content")


def test_a_refused_suppression_is_shown(live: tuple[LiveQueue, str], driver: WebDriver) -> None:
    queue, url = live
    assert queue.store is not None
    store = queue.store
    request_id = queue.run(store.enqueue(make_request(778)))[0]
    sign_in(driver, url, queue.run(store.add_user("carol")))
    claim_in_page(driver, request_id)
    wait(driver).until(ec.element_to_be_clickable(
        (By.CSS_SELECTOR, f"{card_css(request_id)} button.suppress"))).click()
    wait(driver).until(ec.text_to_be_present_in_element(
        (By.CSS_SELECTOR, f"{card_css(request_id)} .error"), "not_logged_in"))
    # renewing the claim changes the card, so the next poll re-renders it: the error stays
    shown = driver.find_element(By.CSS_SELECTOR, card_css(request_id))
    queue.run(store.claim(request_id, "carol", 3600))
    wait(driver).until(ec.staleness_of(shown))
    assert "not_logged_in" in driver.find_element(
        By.CSS_SELECTOR, f"{card_css(request_id)} .error").text
    stored = queue.run(store.get(request_id))
    assert (stored.state, stored.claimed_by) == ("claimed", "carol")
    assert queue.wiki.revision_deletes == []


def test_sign_in_with_a_wrong_token_shows_an_error(
        live: tuple[LiveQueue, str], driver: WebDriver) -> None:
    _, url = live
    driver.get(url + "/")
    wait(driver).until(ec.visibility_of_element_located((By.ID, "token"))).send_keys("ow_bogus")
    driver.find_element(By.CSS_SELECTOR, "#sign-in-form button[type=submit]").click()
    wait(driver).until(ec.text_to_be_present_in_element((By.ID, "status"), "Sign-in failed"))
    assert driver.find_element(By.ID, "queue").is_displayed() is False
    assert driver.get_cookies() == []


def test_an_oversighter_sees_only_their_wikis_in_the_page(
        live: tuple[LiveQueue, str], driver: WebDriver) -> None:
    queue, url = live
    assert queue.store is not None
    store, shared = queue.store, "f" * 64
    en = queue.run(store.enqueue(make_request(50, wiki="enwiki", fingerprints=(shared,))))[0]
    de = queue.run(store.enqueue(make_request(51, wiki="dewiki", score=0.99,
                                              fingerprints=(shared,))))[0]
    sign_in(driver, url, queue.run(store.add_user("en-oversighter", ("enwiki",))))
    card = wait(driver).until(ec.visibility_of_element_located((By.CSS_SELECTOR, card_css(en))))
    assert driver.find_elements(By.CSS_SELECTOR, card_css(de)) == []
    assert card.find_elements(By.CSS_SELECTOR, ".linked") == []  # #de is not even named
    assert driver.find_element(By.ID, "summary").text.startswith("1 pending, 0 claimed")
    driver.get(f"{url}/api/v1/requests/{de}")  # the session cookie, straight at the API
    assert f'"no request {de}"' in driver.find_element(By.TAG_NAME, "body").text


def test_a_dismissal_made_in_error_is_reopened_from_the_page(
        live: tuple[LiveQueue, str], driver: WebDriver) -> None:
    queue, url = live
    assert queue.store is not None
    store = queue.store
    rid = queue.run(store.enqueue(make_request(60)))[0]
    queue.run(store.resolve(rid, "bob", "dismissed"))
    sign_in(driver, url, queue.run(store.add_user("alice")))
    wait(driver).until(ec.visibility_of_element_located((By.ID, "summary")))
    assert driver.find_elements(By.CSS_SELECTOR, card_css(rid)) == []  # not in the open view
    Select(driver.find_element(By.ID, "view")).select_by_value("resolved")
    card = wait(driver).until(ec.visibility_of_element_located((By.CSS_SELECTOR, card_css(rid))))
    assert "Resolved (dismissed)" in card.find_element(By.CSS_SELECTOR, ".claim-state").text
    card.find_element(By.CSS_SELECTOR, "button.reopen").click()
    wait(driver).until(ec.invisibility_of_element_located((By.CSS_SELECTOR, card_css(rid))))
    assert queue.run(store.get(rid)).state == "pending"
    last = queue.run(store.audit(rid))[-1]
    assert (last.actor, last.from_state, last.to_state) == ("alice", "dismissed", "pending")
    Select(driver.find_element(By.ID, "view")).select_by_value("open")
    wait(driver).until(ec.visibility_of_element_located((By.CSS_SELECTOR, card_css(rid))))
