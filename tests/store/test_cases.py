"""Cases and known values on both backends."""

from __future__ import annotations

from store.base import QueueStore
from store.cases import cases_for


async def test_revisions_sharing_a_key_form_one_case_and_count_repeats(store: QueueStore) -> None:
    cases = cases_for(store)
    first = await cases.join_case("enwiki", 1, ["phone-a"])
    alone = await cases.join_case("enwiki", 2, ["email-b"])
    repeat = await cases.join_case("dewiki", 3, ["phone-a", "other"])
    again = await cases.join_case("dewiki", 3, ["phone-a", "other"])  # idempotent
    keyless = await cases.join_case("enwiki", 4, [])
    assert (first.earlier, alone.earlier, repeat.earlier) == (0, 0, 1)
    assert first.case_id is not None
    assert repeat.case_id == first.case_id
    assert alone.case_id != first.case_id
    assert again == repeat
    assert keyless.case_id is None
    summary = await cases.case(first.case_id)
    assert summary is not None
    assert set(summary.members) == {("enwiki", 1), ("dewiki", 3)}
    assert [c.id for c in await cases.list_cases()] == [first.case_id]  # a lone one is no case
    found = await cases.cases_of([("enwiki", 1), ("enwiki", 2), ("enwiki", 9)])
    assert found == {("enwiki", 1): first.case_id, ("enwiki", 2): alone.case_id}


async def test_a_revision_linking_two_cases_merges_them(store: QueueStore) -> None:
    cases = cases_for(store)
    one = await cases.join_case("enwiki", 1, ["k1"])
    two = await cases.join_case("enwiki", 2, ["k2"])
    bridge = await cases.join_case("enwiki", 3, ["k1", "k2"])
    assert one.case_id is not None
    assert two.case_id is not None
    assert bridge.case_id == min(one.case_id, two.case_id)
    assert bridge.earlier == 2
    merged = await cases.cases_of([("enwiki", 1), ("enwiki", 2), ("enwiki", 3)])
    assert set(merged.values()) == {bridge.case_id}


async def test_known_values_keep_only_the_digest(store: QueueStore) -> None:
    cases = cases_for(store)
    added, created = await cases.add_known("d" * 32, "phone", "Oversighter")
    same, created_again = await cases.add_known("d" * 32, "phone", "Other")
    await cases.add_known("e" * 32, "name", "Oversighter")
    assert created
    assert not created_again
    assert same.id == added.id
    assert same.added_by == "Oversighter"
    assert await cases.known_digests() == {"d" * 32: "phone", "e" * 32: "name"}
    await cases.count_matches(["d" * 32, "d" * 32, "f" * 32])
    listed = {k.id: k for k in await cases.list_known()}
    assert listed[added.id].matches == 1
    assert await cases.remove_known(added.id)
    assert not await cases.remove_known(added.id)
    assert list(await cases.known_digests()) == ["e" * 32]
