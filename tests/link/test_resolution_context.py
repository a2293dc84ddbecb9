"""Weak names resolved by the corpus's context, and PERSON tags that name something else."""

from __future__ import annotations

from itertools import count

from testimonies.link.entities import Decision, MentionView, propose, read_as_persons

_ids = count(1)


def mention(document_id: int, text: str, label: str = "PERSON") -> MentionView:
    start = next(_ids) * 100
    name = f"{document_id:03}.txt"
    return MentionView(next(_ids), document_id, name, start, start + len(text), text, label)


def between(decisions: list[Decision], a: MentionView, b: MentionView) -> Decision | None:
    return next((d for d in decisions if {d.a, d.b} == {a.subject, b.subject}), None)


def test_initials_join_the_one_full_name_of_the_corpus_they_fit() -> None:
    short, full = mention(1, "Citizen Nurmatow R."), mention(2, "Rustam Nurmatov")
    found = between(propose([short, full], {}), short, full)
    assert found is not None and found.decision == "same"
    assert "unique_in_corpus" in found.reason


def test_initials_fitting_two_persons_stay_a_candidate() -> None:
    short, full = mention(1, "Nurmatow R."), mention(2, "Rustam Nurmatov")
    other = mention(3, "Ruslan Nurmatov")
    found = between(propose([short, full, other], {}), short, full)
    assert found is None or found.decision == "unsure"


def test_a_given_name_joins_the_family_its_document_names() -> None:
    sister, ali = mention(1, "Zahra Musavi-Tabar"), mention(1, "Ali")
    full = mention(2, "Ali Mousavi-Tabar")
    found = between(propose([sister, ali, full], {}), ali, full)
    assert found is not None and found.decision == "same"
    assert "family_in_document" in found.reason


def test_a_given_name_without_its_family_is_only_a_candidate() -> None:
    rut, full = mention(1, "Sister Rut"), mention(2, "Rut Villalba")
    found = between(propose([rut, full], {}), rut, full)
    assert found is not None and found.decision == "unsure"


def test_two_lone_names_in_two_documents_are_no_candidate() -> None:
    one, two = mention(1, "Nader"), mention(2, "Nader")
    assert between(propose([one, two], {}), one, two) is None


def test_a_name_with_a_given_name_left_out_stays_for_review() -> None:
    short, full = mention(1, "Mohammad Haqighi"), mention(2, "Mohammad Reza Haghighi")
    found = between(propose([short, full], {}), short, full)
    assert found is not None and found.decision == "unsure"
    assert "contained_unique" in found.reason


def test_person_tags_that_name_something_else() -> None:
    org = mention(1, "Zarkandi regime", "ORG")
    read = read_as_persons(
        [
            org,
            mention(1, "Zarkandi"),  # a people's adjective of an organization's word
            mention(1, "Zarkandis"),
            mention(1, "HAMBURG"),  # a dateline
            mention(1, "Observatory"),  # an organization's word: read as an organization
            mention(1, "Davoud"),  # a lone given name stays a person
            mention(1, "Haghighi"),
            mention(2, "Mohammad Reza Haghighi"),
        ]
    )
    labels = {m.text: m.label for m in read}
    assert "Zarkandi" not in labels and "Zarkandis" not in labels and "HAMBURG" not in labels
    assert labels["Observatory"] == "ORG"
    assert labels["Davoud"] == "PERSON" and labels["Haghighi"] == "PERSON"


def test_a_weak_name_does_not_join_a_person_of_another_setting() -> None:
    # "Hassan" in a testimony about one group, "Hussein Ag Alhassane" in a report about another.
    lone, full = mention(1, "Hassan"), mention(2, "Hussein Ag Alhassane")
    here = [mention(1, "National Deliverance Organization", "ORG")]
    there = [mention(2, "Brotherhood of the Green Banner", "ORG")]
    found = between(propose([lone, full, *here, *there], {}), lone, full)
    assert found is None or found.decision != "same"
    # The same two names in documents about one group do join.
    also = [mention(2, "National Deliverance Organization", "ORG")]
    found = between(propose([lone, full, *here, *also], {}), lone, full)
    assert found is not None and found.decision == "same"


def test_places_tagged_as_persons() -> None:
    read = read_as_persons([mention(1, "Upper Nyara"), mention(1, "Oliver North")])
    assert {m.text: m.label for m in read} == {"Upper Nyara": "PLACE", "Oliver North": "PERSON"}
