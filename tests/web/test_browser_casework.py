"""The page's filters, case chips and known values in a real Chromium."""

from __future__ import annotations

import asyncio
from pathlib import Path

from aiohttp import web
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.select import Select

from store.cases import cases_for
from store.ledger import LedgerRow, ledger_for
from store.open import open_store
from tests.store.factory import make_request
from tests.web.server import serving
from tests.web.test_browser import (  # noqa: F401  (the driver fixture)
    LiveQueue,
    driver,
    sign_in,
    wait,
)
from web.casework import KNOWN_SETUP, KnownSetup
from web.config import WebConfig
from web.routes import setup_queue_app

SECRET = "Hortensia Quillfeather"


class CaseworkQueue(LiveQueue):
    async def _serve(self, ready: asyncio.Future[str]) -> None:
        self.store = await open_store(f"sqlite:///{self.database}")
        app = web.Application()
        app[KNOWN_SETUP] = KnownSetup(b"browser-test-key")
        try:
            setup_queue_app(app, self.store, WebConfig())
            async with serving(app) as url:
                ready.set_result(url)
                await self.stopped.wait()
        finally:
            await self.store.close()


def cards(browser: WebDriver) -> set[str]:
    """The cards shown (read in one script call: a re-render cannot make them stale)."""
    ids = browser.execute_script(
        "return Array.from(document.querySelectorAll('.card'), (card) => card.id)")
    return set(ids)


def test_filters_cases_and_known_values(tmp_path: Path, driver: WebDriver) -> None:  # noqa: F811
    queue = CaseworkQueue(tmp_path / "queue.sqlite3")
    url = queue.start()
    try:
        assert queue.store is not None
        store = queue.store
        cases, ledger = cases_for(store), ledger_for(store)
        ids = {rev: queue.run(store.enqueue(make_request(rev, wiki=wiki, score=score)))[0]
               for rev, wiki, score in ((1, "enwiki", 0.9), (2, "dewiki", 0.6),
                                        (3, "enwiki", 0.5))}
        for rev, wiki in ((1, "enwiki"), (2, "dewiki")):
            queue.run(cases.join_case(wiki, rev, ["v:shared-phone"]))
        queue.run(ledger.add_judged([LedgerRow("enwiki", 1, 0.9, "likely", "email", True, 0),
                                     LedgerRow("dewiki", 2, 0.6, "possible", "email", True, 0),
                                     LedgerRow("enwiki", 3, 0.5, "possible", "email", True, 0)]))
        sign_in(driver, url, queue.run(store.add_user("alice")))
        every = {f"request-{i}" for i in ids.values()}
        wait(driver).until(lambda b: cards(b) == every)

        # a case chip shows the case's requests together
        chip = wait(driver).until(ec.element_to_be_clickable(
            (By.CSS_SELECTOR, f"#request-{ids[1]} .case-chip")))
        assert driver.find_elements(By.CSS_SELECTOR, f"#request-{ids[3]} .case-chip") == []
        chip.click()
        wait(driver).until(lambda b: cards(b) == {f"request-{ids[1]}", f"request-{ids[2]}"})

        # the filters: wiki, tier, then clear
        driver.find_element(By.ID, "f-clear").click()
        wait(driver).until(lambda b: cards(b) == every)
        driver.find_element(By.ID, "f-wiki").send_keys("dewiki")
        driver.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
        wait(driver).until(lambda b: cards(b) == {f"request-{ids[2]}"})
        driver.find_element(By.ID, "f-clear").click()
        Select(driver.find_element(By.ID, "f-tier")).select_by_visible_text("likely")
        driver.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
        wait(driver).until(lambda b: cards(b) == {f"request-{ids[1]}"})

        # a known value goes in, and only its type, author and count come back
        Select(driver.find_element(By.ID, "k-type")).select_by_visible_text("name")
        driver.find_element(By.ID, "k-value").send_keys(SECRET)
        driver.find_element(By.CSS_SELECTOR, "#known-form button[type=submit]").click()
        wait(driver).until(ec.text_to_be_present_in_element((By.ID, "known-status"),
                                                            "Added a known name"))
        wait(driver).until(lambda b: len(b.find_elements(By.CSS_SELECTOR, ".known-value")) == 1)
        assert driver.find_element(By.ID, "k-value").get_attribute("value") == ""
        assert "alice" in driver.find_element(By.CSS_SELECTOR, ".known-value").text
        assert SECRET.lower() not in driver.page_source.lower()
        known = queue.run(cases.list_known())
        assert [(k.type, k.added_by) for k in known] == [("name", "alice")]
        driver.find_element(By.CSS_SELECTOR, ".known-remove").click()
        wait(driver).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".known-value") == [])
        assert queue.run(cases.list_known()) == []
    finally:
        queue.stop()
    stored = b"".join(p.read_bytes() for p in tmp_path.glob("queue.sqlite3*"))
    assert SECRET.encode() not in stored
    assert SECRET.lower().encode() not in stored.lower()
