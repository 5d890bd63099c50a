"""The page for a new user, in a real browser at desktop and phone widths: after submitting,
the brief is on screen; the search page fits a phone; /docs links back. Screenshots are saved
beside ``docs/screenshot.png`` (``screenshot-desktop.png``, ``screenshot-phone.png``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from web.test_web_browser import SCREENSHOT, browser, server  # noqa: F401 (fixtures)

REPO = Path(__file__).resolve().parents[2]
ARTICLE = (REPO / "examples" / "plain-article.txt").read_text()

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("label", "width", "height"), [("desktop", 1280, 800), ("phone", 375, 740)]
)
def test_after_submitting_the_brief_is_on_screen(
    browser: Any,  # noqa: F811
    server: str,  # noqa: F811
    label: str,
    width: int,
    height: int,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(60_000)
    page.goto(server + "/")
    page.get_by_label("Article text").fill(ARTICLE)
    page.get_by_role("button", name="Make the brief").click()
    page.wait_for_selector(".part.topline button.grounded")
    top = page.evaluate("document.getElementById('brief').getBoundingClientRect().top")
    assert -1 <= top < height / 2, f"the brief starts {top}px down a {height}px screen"
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    page.screenshot(path=str(SCREENSHOT.with_name(f"screenshot-{label}.png")))
    page.close()


def test_search_page_fits_a_phone_and_docs_link_back(browser: Any, server: str) -> None:  # noqa: F811
    page = browser.new_page(viewport={"width": 375, "height": 740})
    page.goto(server + "/search?q=ferry")
    assert page.get_by_label("Words to find").input_value() == "ferry"
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    page.goto(server + "/docs")
    page.get_by_role("link", name="← back to topline").click()
    page.wait_for_url(server + "/")
    page.close()
