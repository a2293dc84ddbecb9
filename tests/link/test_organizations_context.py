"""Organization names written differently across documents: synonyms, people's adjectives,
names contained in one longer name of the corpus, adjectives cut by the tagger."""

from __future__ import annotations

from itertools import count

from testimonies.link.entities import Decision, MentionView, completed, org_words, propose

_ids = count(1)


def org(document_id: int, text: str, start: int = 0) -> MentionView:
    name = f"{document_id:03}.txt"
    return MentionView(next(_ids), document_id, name, start, start + len(text), text, "ORG")


def between(decisions: list[Decision], a: MentionView, b: MentionView) -> Decision | None:
    return next((d for d in decisions if {d.a, d.b} == {a.subject, b.subject}), None)


def test_words_of_one_meaning() -> None:
    assert org_words("Qareshi government") == org_words("Government of Qaresh")
    assert org_words("Zarkandi regime") == org_words("Zarkandi government")
    assert org_words("UN mission in Qaresh") == org_words("United Nations mission in Qaresh")
    assert org_words("Qareshi army") == org_words("Qareshi security forces")
    assert org_words("Qareshi army") != org_words("Qareshi police")


def test_synonyms_join_across_documents() -> None:
    a, b = org(1, "Qareshi government"), org(2, "Government of Qaresh")
    found = between(propose([a, b], {}), a, b)
    assert found is not None and found.decision == "same"


def test_a_name_contained_in_one_longer_name_of_the_corpus() -> None:
    long, short = (
        org(1, "Ministry of Justice of the Republic of Karatau"),
        org(2, "Ministry of Justice"),
    )
    found = between(propose([long, short], {}), short, long)
    assert found is not None and found.decision == "same"
    assert "contained_in_corpus" in found.reason
    other = org(3, "Ministry of Justice of the Republic of Qaresh")
    assert between(propose([long, short, other], {}), short, long) is None


def test_an_adjective_cut_from_its_organization_is_read_with_it() -> None:
    text = "Troops of the Qareshi defence ministry arrived."
    cut = org(1, "Qareshi", text.index("Qareshi"))
    assert completed(cut, text).text == "Qareshi defence ministry"
    assert completed(cut, "The Qareshi officials said.").text == "Qareshi"


def test_a_lone_adjective_names_no_organization() -> None:
    text = "Qareshi officials said so. The Government of Qaresh denied it."
    lone, government = org(1, "Qareshi", 0), org(1, "Government of Qaresh", text.index("Gov"))
    other = org(2, "Qareshi government", 0)
    decisions = propose([lone, government, other], {1: text, 2: "Qareshi government"})
    assert all(lone.subject not in (d.a, d.b) for d in decisions)
    found = between(decisions, government, other)
    assert found is not None and found.decision == "same"


def test_british_and_american_spellings_and_word_order() -> None:
    a, b = (
        org(1, "Organisation for National Deliverance"),
        org(2, "National Deliverance Organization"),
    )
    found = between(propose([a, b], {}), a, b)
    assert found is not None and found.decision == "same"


def test_a_short_name_its_document_cannot_resolve_goes_where_others_resolve_it() -> None:
    docs = {}
    mentions = []
    for doc in (1, 2):
        text = "The Zarkandi Ministry of Intelligence wrote. The Ministry denied it."
        docs[doc] = text
        mentions += [org(doc, "Zarkandi Ministry of Intelligence", 4), org(doc, "Ministry", 50)]
    letter = org(3, "Ministry", 10)
    docs[3] = "My son and the Ministry."
    decisions = propose([*mentions, letter], docs)
    assert any(letter.subject in (d.a, d.b) and d.decision == "same" for d in decisions)


def _completed(text: str, name: str) -> str:
    return completed(org(1, name, text.index(name)), text).text


def test_names_cut_short_by_the_tagger_are_read_whole() -> None:
    assert _completed("a UN mission in Qaresh said", "UN") == "UN mission in Qaresh"
    assert (
        _completed("the Human Rights Observatory for Exiles said", "Human Rights Observatory")
        == "Human Rights Observatory for Exiles"
    )
    heading = "REPORT OF THE HUMAN RIGHTS OBSERVATORY FOR EXILES\n"
    assert _completed(heading, "EXILES") == "HUMAN RIGHTS OBSERVATORY FOR EXILES"
    # What the tagger took whole, and anaphors, stay as they are.
    assert _completed("the NDO camp in Qaresh", "NDO") == "NDO"
    assert _completed("the UN said in Geneva", "UN") == "UN"
    assert _completed("the Organization in Europe", "Organization") == "Organization"
