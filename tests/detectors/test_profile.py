from __future__ import annotations

import pytest

from detectors.base import TextContext
from detectors.profile import ProfileDetector, is_profile_link

DETECTOR = ProfileDetector()


def found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in DETECTOR.detect(TextContext(text))]


POSITIVE = [
    ("é só ver o seu Instagram @renata.moura.prof. Pare", ["@renata.moura.prof"]),
    ("Your Discord is ardentowl#4471, I'll DM you", ["ardentowl#4471"]),
    ("he is also u/kestrel_moor_pics on Reddit", ["u/kestrel_moor_pics"]),
    ("Your TikTok @bellweather.real.98 is hilarious", ["@bellweather.real.98"]),
    ("on your Mastodon, @isolbap@fedi.example.net, marked", ["@isolbap@fedi.example.net"]),
    ("Found you on Instagram, you post as @copperleaf.dana.k — same cat", ["@copperleaf.dana.k"]),
    ("off-wiki then: Telegram @skerry_mor_1988. Yes", ["@skerry_mor_1988"]),
    ("she posts as @jdoe_photos on Insta", ["@jdoe_photos"]),
    ("I found your ORCID iD (0000-0002-1825-0097) and", ["0000-0002-1825-0097"]),
    ("Your LinkedIn (linkedin.example.com/in/oms-conservator) says",
     ["linkedin.example.com/in/oms-conservator"]),
    ("the Facebook user ([https://fb.example.net/marek.hs.88 profile])",
     ["https://fb.example.net/marek.hs.88"]),
    ("https://www.facebook.com/jane.doe.1234", ["https://www.facebook.com/jane.doe.1234"]),
    ("see instagram.com/jane_doe/ and twitter.com/janedoe",
     ["instagram.com/jane_doe/", "twitter.com/janedoe"]),
    ("https://x.com/someone/status/123 and https://t.me/someone",
     ["https://x.com/someone/status/123", "https://t.me/someone"]),
    ("message me on wa.me/447700900123", ["wa.me/447700900123"]),
    ("www.tiktok.com/@dancer99 and youtube.com/@vlogger",
     ["www.tiktok.com/@dancer99", "youtube.com/@vlogger"]),
    ("vk.com/id12345 and reddit.com/user/throwaway_42",
     ["vk.com/id12345", "reddit.com/user/throwaway_42"]),
    ("github.com/jdoe", ["github.com/jdoe"]),
    ("Discord: coolguy and snapchat: snappy.girl", ["coolguy", "snappy.girl"]),
    ("my snapchat is foo_bar99", ["foo_bar99"]),
    ("Facebook: jane.doe.77 and LinkedIn: jdoe_88", ["jane.doe.77", "jdoe_88"]),
]

NEGATIVE = [
    "https://www.facebook.com/sharer/sharer.php?u=https://example.org",
    "https://twitter.com/intent/tweet?text=hello and x.com/hashtag/wiki",
    "#WikiLovesMonuments and instagram.com/explore/tags/cats",
    "@Kestrelmoor: thanks for the Instagram tip, I'll look.",
    ":@Foo, see the Twitter thread above",
    "linkedin.com/company/acme-ltd and reddit.com/r/wikipedia",
    "youtube.com/watch?v=dQw4w9WgXcQ",
    "write to a.b@example.com about Instagram",
    "Discord is a chat app and Telegram is a messenger",
    "Facebook: the company said so. Discord: no.",
    "ping @Someone about it",
    "ORCID-like 0000-0002-1825-0098 with a bad check digit",
    "see example.org/in/path and notlinkedin.org/in/x",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_profiles(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negatives(text: str) -> None:
    assert found(text) == []


def test_discord_tag_without_discord_scores_low() -> None:
    tagged = DETECTOR.detect(TextContext("my Discord: ardentowl#4471"))
    bare = DETECTOR.detect(TextContext("fixed in pywikibot#1234"))
    assert tagged[0].confidence > 0.8
    assert bare[0].confidence < 0.5


def test_is_profile_link_knows_profiles_from_other_links() -> None:
    assert is_profile_link("https://www.instagram.com/jane.doe77")
    assert is_profile_link("https://linkedin.com/in/jdoe")
    assert not is_profile_link("https://www.instagram.com/explore/tags/cats")
    assert not is_profile_link("https://news.example.org/2024/story")


# Sites whose member pages are one person's: each found on its member path only, beside a page
# of the same site that is not a person's (a film, a club, a listing, a question).
MEMBER_PAGES = [
    ("https://www.strava.com/athletes/0004417", "https://www.strava.com/clubs/4417"),
    ("komoot.de/user/5550123", "komoot.de/tour/5550123"),
    ("goodreads.com/user/show/12345-jane", "goodreads.com/book/show/12345"),
    ("letterboxd.com/janedoe/", "letterboxd.com/film/the-young-lions/"),
    ("https://www.last.fm/user/jdoe77", "https://www.last.fm/music/Queen"),
    ("open.spotify.com/user/jdoe", "open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC"),
    ("steamcommunity.com/id/jdoe", "steamcommunity.com/market/listings"),
    ("https://lichess.org/@/jdoe", "https://lichess.org/training"),
    ("chess.com/member/jdoe", "chess.com/news/view/candidates"),
    ("duolingo.com/profile/jdoe", "duolingo.com/course/es/en"),
    ("archiveofourown.org/users/jdoe", "archiveofourown.org/works/123"),
    ("https://vimeo.com/user12345", "https://vimeo.com/123456"),
    ("unsplash.com/@jdoe", "unsplash.com/photos/abc"),
    ("quora.com/profile/Jane-Doe", "quora.com/What-is-a-wiki"),
    ("stackoverflow.com/users/123/jdoe", "stackoverflow.com/questions/1/why"),
    ("linktr.ee/jdoe", "linktr.ee/s/about"),
    ("ko-fi.com/jdoe", "ko-fi.com/explore"),
    ("calendly.com/jane-doe/30min", "calendly.com/app/login"),
    ("www.ebay.de/usr/jdoe_77", "www.ebay.de/itm/1234567"),
    ("etsy.com/people/jdoe", "etsy.com/shop/acmecraft"),
    ("vinted.fr/member/12345-jdoe", "vinted.fr/items/12345-jacket"),
    ("marktplaats.nl/u/jan/5550123/", "marktplaats.nl/l/fietsen/"),
    ("allegro.pl/uzytkownik/jdoe", "allegro.pl/oferta/rower-123"),
    ("es.wallapop.com/app/user/jdoe-123", "es.wallapop.com/item/bici-123"),
    ("wykop.pl/ludzie/jdoe", "wykop.pl/wpis/123"),
    ("https://www.tripadvisor.com/Profile/jdoe", "https://www.tripadvisor.com/Hotel_Review-g1"),
    ("strava.example.com/athletes/123", "strava.example.com/segments/123"),
]


@pytest.mark.parametrize(("member", "other"), MEMBER_PAGES)
def test_member_pages_of_other_sites(member: str, other: str) -> None:
    assert found(f"see {member} for that") == [member]
    assert found(f"see {other} for that") == []
