"""Round 11: acts that happen at no site take no place from the document; sentences written for
this test."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.extract.vocab import load_acts
from tests.extract.conftest import claims_of, only

CAMP_TEXT = (
    "Camp Selvan lies in the hills east of Dorrak. Camp Selvan holds about 400 people. "
    "Former residents of Camp Selvan describe hunger. Visitors are never let into Camp Selvan.\n\n"
    "Residents were beaten by the guards with sticks.\n\n"
    "Her brother Tomas Vell disappeared in 2015.\n\n"
    "The guards publicly called Anna Rusk a spy and a traitor."
)


def test_an_act_done_in_the_camp_happens_at_the_place_the_document_is_about(
    extractor: SpacyExtractor,
) -> None:
    assert only(claims_of(extractor, CAMP_TEXT), "physical_assault").place == "Camp Selvan"


def test_a_disappearance_and_a_label_take_no_carried_place(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, CAMP_TEXT)
    assert only(claims, "disappearance").place is None
    assert only(claims, "false_accusation").place is None


def test_a_disappearance_keeps_the_place_its_own_clause_names(extractor: SpacyExtractor) -> None:
    text = CAMP_TEXT + "\n\nHis cousin disappeared at the gate of Camp Selvan in 2016."
    places = {c.place for c in claims_of(extractor, text) if c.act == "disappearance"}
    assert places == {None, "Camp Selvan"}


def test_without_the_switch_every_act_takes_the_documents_place(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "PLACES_CARRIED_BY_ACT", False)
    assert only(claims_of(extractor, CAMP_TEXT), "disappearance").place == "Camp Selvan"


def test_the_acts_that_carry_no_place_are_read_from_the_vocabulary() -> None:
    assert load_acts().without_carried_place() == {"disappearance", "false_accusation"}


JUDGMENT_TEXT = (
    "JUDGMENT\n\n"
    "1. The accused Dario Venn led the Order of the Grey Lantern at Hollin Farm from 2009.\n\n"
    "2. The Trial Chamber finds the following facts established. The Chamber is satisfied "
    "that the accused gave the orders.\n\n"
    "3. Mara Quell was locked in the cellar for eleven days in March 2014.\n\n"
    "4. The witness Petra Sand told the Chamber that she was beaten by the guards."
)


def test_a_judgments_findings_are_asserted_by_its_court(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, JUDGMENT_TEXT)
    assert only(claims, "detention").asserted_by == "the Trial Chamber"


def test_a_witness_heard_by_the_court_still_asserts_her_own_account(
    extractor: SpacyExtractor,
) -> None:
    claims = claims_of(extractor, JUDGMENT_TEXT)
    assert only(claims, "physical_assault").asserted_by == "Petra Sand"


def test_without_a_court_finding_the_documents_voice_is_nobodys(
    extractor: SpacyExtractor,
) -> None:
    text = JUDGMENT_TEXT.replace("The Trial Chamber finds", "The Chamber lists")
    text = text.replace("The Chamber is satisfied", "The Chamber heard")
    assert only(claims_of(extractor, text), "detention").asserted_by is None


def test_without_the_switch_the_courts_findings_are_the_documents_voice(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "COURT_VOICE", False)
    assert only(claims_of(extractor, JUDGMENT_TEXT), "detention").asserted_by is None


def test_a_committee_that_finds_is_no_court() -> None:
    from testimonies.extract.textcues import court_voice

    bodies, findings = frozenset({"court", "chamber"}), frozenset({"finds", "is satisfied"})
    assert court_voice("The Committee finds that he was held.", bodies, findings) is None
    appeal = "The Court of Appeal is satisfied that X. The Court of Appeal finds that Y."
    assert court_voice(appeal, bodies, findings) == "the Court of Appeal"
    assert court_voice("The Court of Appeal finds that Y.", bodies, findings) is None


def test_a_disappearance_dated_to_one_day_began_that_day(extractor: SpacyExtractor) -> None:
    text = (
        "Camp Selvan guards took Ivo Marsh away on 3 May 2016. Ivo Marsh disappeared on 3 May 2016."
    )
    claim = only(claims_of(extractor, text), "disappearance")
    assert (claim.start, claim.end) == ("2016-05-03", None)


def test_a_detention_dated_to_one_day_keeps_its_end(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, "Ivo Marsh was arrested on 3 May 2016."), "detention")
    assert (claim.start, claim.end) == ("2016-05-03", "2016-05-03")


def test_without_the_switch_a_disappearance_ends_the_day_it_began(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "ONGOING_ACTS", False)
    fresh = SpacyExtractor()
    claim = only(claims_of(fresh, "Ivo Marsh disappeared on 3 May 2016."), "disappearance")
    assert claim.end == "2016-05-03"


PAPERS_TEXT = (
    "The leadership of the organization confiscated the passports and identity documents of "
    "new members on their arrival."
)


def test_whose_papers_were_taken_is_who_the_act_befell(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, PAPERS_TEXT), "confiscation_of_documents")
    assert claim.victims == ["new members"]


def test_the_people_counted_by_of_are_still_the_victims(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, "Dozens of residents were detained."), "detention")
    assert claim.victims == ["Dozens of residents"]


def test_without_the_switch_the_papers_stood_for_their_owners(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "OWNER_OF_THINGS", False)
    claim = only(claims_of(extractor, PAPERS_TEXT), "confiscation_of_documents")
    assert claim.victims == ["the passports"]


TOLD_TEXT = "Inmates were told at the meeting that anyone who tried to escape would be shot."


def test_a_threat_is_made_to_whom_it_is_told(extractor: SpacyExtractor) -> None:
    victims = only(claims_of(extractor, TOLD_TEXT), "threat").victims
    assert victims == ["Inmates", "anyone who tried to escape"]


def test_without_the_switch_only_those_it_would_harm_are_threatened(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "THREAT_ADDRESSEE", False)
    assert only(claims_of(extractor, TOLD_TEXT), "threat").victims == ["anyone who tried to escape"]


def test_a_pages_breadcrumb_tagged_as_a_person_is_no_narrator() -> None:
    from testimonies.extract.persons import PersonContext

    ctx = PersonContext(narrated=True)
    ctx.add_person(0, "Afterglow Network › Voices ›")
    assert ctx.narrator() is None
    ctx.add_person(40, "Mara Quell | tags")
    assert ctx.narrator() == "Mara Quell"


FACTS_TEXT = (
    "Hollin House: myths and facts\n\n"
    "MYTH: Residents are locked up at Hollin House.\n\n"
    "FACT: No resident has ever been locked in any room at Hollin House.\n\n"
    "MYTH: Residents cannot call their families.\n\n"
    "FACT: Residents call their families every week."
)


def test_myth_and_fact_labels_are_no_speakers(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, FACTS_TEXT)
    assert claims
    assert all(c.asserted_by not in ("MYTH", "FACT") for c in claims)


DEFINED_ROOM_TEXT = (
    "The Bothy is an old stone shed behind the farmhouse at Hollin House.\n\n"
    "In March 2013 I was in the Bothy for nine days."
)


def test_a_room_the_text_defines_is_a_named_site(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, DEFINED_ROOM_TEXT), "detention")
    assert "in the Bothy for nine days" in claim.evidence.quote


def test_without_the_switch_a_stay_in_the_defined_room_is_no_act(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "SITES_DEFINED_AS_ROOMS", False)
    assert "detention" not in [c.act for c in claims_of(extractor, DEFINED_ROOM_TEXT)]


def test_a_pronoun_defined_as_a_room_is_no_site() -> None:
    from testimonies.extract.sites import custody_sites
    from testimonies.extract.vocab import load_lexicon

    sites = custody_sites("Reset was a room with no handle. It is a stone shed.", load_lexicon())
    assert sites == {"Reset": False}


def test_a_name_run_across_a_line_break_keeps_the_line_that_names() -> None:
    from testimonies.extract.textcues import one_line

    assert one_line("Elsa Marquand\nLocation") == "Elsa Marquand"
    assert one_line("CUE (PRESENTER):\nFamilies") == "Families"
    assert one_line("Anna Rusk") == "Anna Rusk"
