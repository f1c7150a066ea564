"""The allow-list of wiki hosts and the https rule (wiki/route.py), table-driven."""

from __future__ import annotations

import pytest

from wiki.route import ApiRoute, HostRefused
from wiki.site import Site

BASE = "http://127.0.0.1:8765"


@pytest.mark.parametrize(("site", "expected"), [
    (Site("https://en.wikipedia.org"), "https://en.wikipedia.org/w/api.php"),
    (Site("https://commons.wikimedia.org", "/w", "commons.wikimedia.org"),
     "https://commons.wikimedia.org/w/api.php"),
    (Site("https://www.wikidata.org"), "https://www.wikidata.org/w/api.php"),
])
def test_wikimedia_wikis_are_called_directly(site: Site, expected: str) -> None:
    assert ApiRoute().url(site) == expected


@pytest.mark.parametrize("site", [
    Site("https://wiki.attacker.example"),
    Site("https://en.wikipedia.org.attacker.example"),
    Site("https://attackerwikipedia.org"),
    Site("http://en.wikipedia.org"),  # plain http
    Site("https://en.wikipedia.org:8443/evil"),
    Site("https://en.wikipedia.org", "/w", "attacker.example"),  # name and address disagree
    Site("https://en.wikipedia.org", "/../x"),
    Site("https://user:pw@en.wikipedia.org.attacker.example"),
    Site("javascript:alert(1)"),
    Site("https://en.wikipedia.org", "/w?x=1"),
])
def test_anything_else_is_refused(site: Site) -> None:
    for route in (ApiRoute(), ApiRoute(BASE)):
        with pytest.raises(HostRefused):
            route.url(site)


def test_a_base_url_takes_every_call_and_only_loopback_may_be_http() -> None:
    assert ApiRoute(BASE).url(Site("https://en.wikipedia.org")) == (
        f"{BASE}/en.wikipedia.org/w/api.php")
    assert ApiRoute("https://mirror.example.org").url(Site("https://en.wikipedia.org"))
    with pytest.raises(ValueError, match="loopback"):
        ApiRoute("http://mirror.example.org")


def test_the_allow_list_is_configurable() -> None:
    route = ApiRoute(hosts=("wiki.example.org",))
    assert route.url(Site("https://fr.wiki.example.org")) == (
        "https://fr.wiki.example.org/w/api.php")
    with pytest.raises(HostRefused):
        route.url(Site("https://en.wikipedia.org"))
