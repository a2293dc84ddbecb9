"""Claims into acts without a store: victims behind descriptions, co-victims written alike."""

from __future__ import annotations

from itertools import count

from testimonies.link.acts import ClaimView, PersonMention, group_claims, name_after_description

_ids = count(1)


def claim(document_id: int, act: str, victims: list[str], start: str | None) -> ClaimView:
    cid = next(_ids)
    return ClaimView(
        cid, document_id, f"{document_id:03}.txt", act, tuple(victims), (), None, start, start,
        None, "asserted", cid * 10, cid * 10 + 5, "quote",
    )  # fmt: skip


def test_a_name_after_a_description() -> None:
    assert name_after_description("witness J.R.S.") == "J.R.S"
    assert name_after_description("The oldest, Rustam Nurmatov") == "Rustam Nurmatov"
    assert name_after_description("tens of thousands of people") is None
    assert name_after_description("Zahra") is None  # already a name
    assert name_after_description("the residents of Colonia Esperanza") is None  # a place


def test_described_victim_is_the_person_the_document_names() -> None:
    one = claim(1, "detention", ["citizen Yusupov D."], "2019")
    two = claim(2, "detention", ["Dilshad Yusupov"], "2019")
    mentions = {
        1: [PersonMention(1, 0, "Yusupov D.", entity_id=7)],
        2: [PersonMention(2, 0, "Dilshad Yusupov", entity_id=7)],
    }
    drafts = group_claims([one, two], mentions)
    assert len(drafts) == 1


def test_co_victims_written_alike_do_not_split_an_act() -> None:
    # Davoud is not linked across the two documents, but written alike he is no other child.
    one = claim(1, "forced_separation", ["Zahra Mousavi-Tabar", "Davoud"], "1990")
    two = claim(2, "forced_separation", ["Zahra Musavi-Tabar", "Davoud"], "1989")
    mentions = {
        1: [PersonMention(1, 0, "Zahra Mousavi-Tabar", 5), PersonMention(2, 30, "Davoud", 6)],
        2: [PersonMention(3, 0, "Zahra Musavi-Tabar", 5), PersonMention(4, 30, "Davoud", 8)],
    }
    assert len(group_claims([one, two], mentions)) == 1
    other = claim(2, "forced_separation", ["Zahra Musavi-Tabar", "Maryam"], "1989")
    mentions[2].append(PersonMention(5, 60, "Maryam", 9))
    assert len(group_claims([one, other], mentions)) == 2


def test_a_described_full_name_the_tagger_missed_is_still_one_person() -> None:
    one = claim(1, "death_in_custody", ["The oldest, Rustam Nurmatov"], "2020-02")
    two = claim(2, "death_in_custody", ["Rustam Nurmatov"], "2020-02")
    assert len(group_claims([one, two], {})) == 1


def _group_claim(document_id: int, victims: str, place: str | None, start: str | None) -> ClaimView:
    cid = next(_ids)
    return ClaimView(
        cid, document_id, f"{document_id:03}.txt", "denial_of_contact", (victims,), (), place,
        start, start, None, "asserted", cid * 10, cid * 10 + 5, "quote",
    )  # fmt: skip


def test_a_document_naming_no_organization_is_set_by_its_places() -> None:
    # The commune's residents (a text naming no organization, only its places) are not the
    # camp's members, though neither claim names a perpetrator.
    camp = _group_claim(1, "members of the NDO", None, None)
    camp_place = _group_claim(1, "members who asked to leave", "Camp Nour", None)
    commune = _group_claim(2, "residents", "Colonia Esperanza", "2005")
    ngo = PersonMention(1, 0, "NDO", entity_id=3, label="ORG")
    drafts = group_claims([camp, camp_place, commune], {1: [ngo]})
    together = [d for d in drafts if len(d.claims) > 1]
    assert all(commune not in d.claims for d in together)
    # The same commune named again with the room inside it is one setting.
    again = _group_claim(3, "its members", "the reflection room of Colonia Esperanza", None)
    assert len(group_claims([commune, again], {})) == 1


def test_a_vague_count_against_a_number_is_a_count_conflict() -> None:
    from testimonies.link.acts import conflicts

    one = _group_claim(1, "36 residents", "Camp Nour", "2011-04-08")
    two = _group_claim(2, "a number of residents", "Camp Nour", "2011-04-08")
    found = {c.field: c.values for c in conflicts([one, two])}
    assert found.get("count") == ["36", "a number"]


def test_victims_that_name_things_give_way_to_the_person_in_the_evidence() -> None:
    from testimonies.link.acts import claim_victims

    slip = ClaimView(
        1, 1, "001.txt", "false_accusation", ("The Ministry",), (), None, "2011", "2011", None,
        "asserted", 100, 200, "the Ministry called Mr. Tavakoli a spy",
    )  # fmt: skip
    mentions = [
        PersonMention(1, 40, "Ministry", entity_id=2, label="ORG"),
        PersonMention(2, 150, "Mr. Tavakoli", entity_id=9),
    ]
    assert [v.key for v in claim_victims(slip, mentions)] == ["entity:9"]
