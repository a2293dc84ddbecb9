"""Mention resolution without a store: which pairs are proposed, with which decision and why."""

from __future__ import annotations

from itertools import count

from testimonies.link.entities import Decision, MentionView, propose

_ids = count(1)


def mentions(document_id: int, text: str, names: dict[str, str]) -> list[MentionView]:
    """Every occurrence of each name in the text, as mentions of one document."""
    found: list[MentionView] = []
    for name, label in names.items():
        start = text.find(name)
        while start >= 0:
            inside = any(m.start <= start < m.end for m in found)
            if not inside:
                found.append(
                    MentionView(
                        next(_ids), document_id, f"{document_id:03}.txt", start,
                        start + len(name), name, label,
                    )
                )  # fmt: skip
            start = text.find(name, start + 1)
    return found


def decision_between(decisions: list[Decision], a: MentionView, b: MentionView) -> Decision | None:
    wanted = {a.subject, b.subject}
    return next((d for d in decisions if {d.a, d.b} == wanted), None)


def same_groups(all_mentions: list[MentionView], decisions: list[Decision]) -> list[set[str]]:
    parent = {m.subject: m.subject for m in all_mentions}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for d in decisions:
        if d.decision == "same":
            parent[find(d.a)] = find(d.b)
    groups: dict[str, set[str]] = {}
    for m in all_mentions:
        groups.setdefault(find(m.subject), set()).add(m.text)
    return list(groups.values())


def test_spelling_variants_merge_across_documents() -> None:
    one = mentions(1, "Mohammad Hossein Sobhani spoke.", {"Mohammad Hossein Sobhani": "PERSON"})
    two = mentions(2, "Mohammed Hussein Sobhani was held.", {"Mohammed Hussein Sobhani": "PERSON"})
    decisions = propose(one + two, {})
    found = decision_between(decisions, one[0], two[0])
    assert found is not None and found.decision == "same"
    assert "name_similarity" in found.reason and "002.txt" in found.reason


def test_partial_names_resolve_within_a_document() -> None:
    text = "Mohammad Hossein Sobhani was held. Later Mr. Sobhani left. Sobhani said so."
    names = {"Mohammad Hossein Sobhani": "PERSON", "Mr. Sobhani": "PERSON", "Sobhani": "PERSON"}
    found = mentions(1, text, names)
    groups = same_groups(found, propose(found, {}))
    assert {"Mohammad Hossein Sobhani", "Mr. Sobhani", "Sobhani"} in groups


def test_relatives_sharing_a_family_name_stay_apart() -> None:
    text = "Massoud Rajavi and Maryam Rajavi lead it. Mr. Rajavi spoke."
    names = {"Massoud Rajavi": "PERSON", "Maryam Rajavi": "PERSON", "Mr. Rajavi": "PERSON"}
    found = mentions(1, text, names)
    other = mentions(2, "Maryam Rajavi spoke in Paris.", {"Maryam Rajavi": "PERSON"})
    decisions = propose(found + other, {})
    groups = same_groups(found + other, decisions)
    assert not any({"Massoud Rajavi", "Maryam Rajavi"} <= g for g in groups)
    # "Mr. Rajavi" fits both: two open candidates for review, no merge.
    ambiguous = [d for d in decisions if found[2].subject in (d.a, d.b)]
    assert ambiguous and all(d.decision == "unsure" for d in ambiguous)
    assert "fits 2 different names" in ambiguous[0].reason
    # Across documents the relatives are judged different, with the reason.
    apart = decision_between(decisions, found[0], other[0])
    assert apart is not None and apart.decision == "different"
    assert "given names differ" in apart.reason


def test_organization_aliases_and_the_organization_are_one() -> None:
    text = "The MKO, or Mojahedin-e Khalq, held them. The organization denied it."
    names = {"MKO": "ORG", "Mojahedin-e Khalq": "ORG", "The organization": "ORG"}
    one = mentions(1, text, names)
    two = mentions(2, "PMOI members said the MEK lied.", {"PMOI": "ORG", "MEK": "ORG"})
    groups = same_groups(one + two, propose(one + two, {}))
    assert {"MKO", "Mojahedin-e Khalq", "The organization", "PMOI", "MEK"} in groups


def test_an_acronym_defined_in_the_text_joins_its_long_name() -> None:
    text = "The National Deliverance Organization (NDO) runs camps. The NDO denies abuse."
    found = mentions(1, text, {"National Deliverance Organization": "ORG", "NDO": "ORG"})
    decisions = propose(found, {1: text})
    groups = same_groups(found, decisions)
    assert {"National Deliverance Organization", "NDO"} in groups
    assert any("defined_in_document" in d.reason for d in decisions)


def test_unrelated_organizations_are_not_merged() -> None:
    text = "Human Rights Watch and Amnesty International wrote to UNHCR."
    names = {"Human Rights Watch": "ORG", "Amnesty International": "ORG", "UNHCR": "ORG"}
    found = mentions(1, text, names)
    groups = same_groups(found, propose(found, {1: text}))
    assert len(groups) == 3


def test_a_person_name_tagged_as_an_organization_is_read_as_a_person() -> None:
    from testimonies.link.entities import read_as_persons

    one = mentions(1, "Rasoul Ebadi was taken away.", {"Rasoul Ebadi": "PERSON"})
    two = mentions(2, "Rasul Ebadi and the Red Cross.", {"Rasul Ebadi": "ORG", "Red Cross": "ORG"})
    read = read_as_persons(one + two)
    assert [m.label for m in read] == ["PERSON", "PERSON", "ORG"]
    assert read[1].tagged == "ORG"
    decisions = propose(read, {})
    joined = decision_between(decisions, read[0], read[1])
    assert joined is not None and joined.decision == "same"
    assert "was tagged ORG" in joined.reason


def test_a_lone_given_name_does_not_link_across_documents() -> None:
    one = mentions(1, "Ali Mousavi-Tabar wrote.", {"Ali Mousavi-Tabar": "PERSON"})
    two = mentions(2, "Her brother Ali came.", {"Ali": "PERSON"})
    decisions = propose(one + two, {})
    found = decision_between(decisions, one[0], two[0])
    assert found is None or found.decision == "unsure"


def test_a_left_out_given_name_is_a_candidate_not_a_relative() -> None:
    one = mentions(1, "Mohammad Reza Haghighi left.", {"Mohammad Reza Haghighi": "PERSON"})
    two = mentions(2, "Mohammad Haqighi left.", {"Mohammad Haqighi": "PERSON"})
    found = decision_between(propose(one + two, {}), one[0], two[0])
    assert found is not None and found.decision == "unsure"
    assert "contained_name" in found.reason
