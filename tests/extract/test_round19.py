"""Round 19 of the extraction rules, read off real web pages (not off the gold): paragraphs whose
last sentence ends inside a bracket or lacks its full stop are body text, an act told again of
another doer is another statement, transliterated names joined by hyphened particles, and the
group an act is laid at written with its acronyms (known aliases count where the tagger misses
them)."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import acts_of, claims_of, only

BRACKETED = "Two former residents said they had been beaten by camp officials (the Unit.)"
LONG_LINE = (
    "The residents of the farm were woken before dawn every day and sent to the fields without "
    "breakfast. Those who complained were beaten by the overseers in front of the others. "
    "Several of them told us the work went on until long after dark and nobody was paid for it"
)


def test_a_sentence_ending_inside_a_bracket_is_read(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, BRACKETED), "physical_assault")
    assert claim.perpetrators == ["camp officials"]


def test_without_the_rule_it_was_taken_for_a_heading(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "BRACKETED_ENDS", False)
    assert acts_of(extractor, BRACKETED) == []


def test_a_long_line_of_sentences_without_a_last_full_stop_is_read(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "physical_assault" in acts_of(extractor, LONG_LINE)
    monkeypatch.setattr(settings, "BRACKETED_ENDS", False)
    assert acts_of(extractor, LONG_LINE) == []


@pytest.mark.parametrize(
    "title",
    ["Escapees beaten at farm camp", "Former members describe beatings (part 2)"],
)
def test_headings_still_name_no_act(extractor: SpacyExtractor, title: str) -> None:
    assert acts_of(extractor, title) == []


OTHER_DOER = (
    "The guards beat Daniyar Suleimenov in the yard. "
    "Later that night Commander Vaskin beat Daniyar Suleimenov."
)


def test_an_act_told_again_of_another_doer_is_another_claim(extractor: SpacyExtractor) -> None:
    claims = [c for c in claims_of(extractor, OTHER_DOER) if c.act == "physical_assault"]
    assert [c.perpetrators for c in claims] == [["The guards"], ["Commander Vaskin"]]


def test_without_the_rule_the_second_doer_is_lost(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "REPEATS_DIFFER_IN_DOER", False)
    assert acts_of(extractor, OTHER_DOER).count("physical_assault") == 1


@pytest.mark.parametrize(
    "second",
    [
        "Later that night the guards beat Daniyar Suleimenov again.",
        "Later that night Daniyar Suleimenov was beaten again.",
    ],
)
def test_an_act_told_again_of_the_same_or_no_doer_is_one_claim(
    extractor: SpacyExtractor, second: str
) -> None:
    text = f"The guards beat Daniyar Suleimenov in the yard. {second}"
    assert acts_of(extractor, text).count("physical_assault") == 1


HYPHENED = "Former members of the Sazman-e Tavana Organization say the organization locked them up."


def test_a_name_takes_the_hyphen_joined_words_before_it(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, HYPHENED), "detention")
    assert claim.perpetrators == ["the organization [Sazman-e Tavana Organization]"]
    names = [m.text for m in extractor.extract(HYPHENED, "t.txt").mentions]
    assert "the Sazman-e Tavana Organization" in names


def test_without_the_rule_the_name_is_cut_at_the_hyphen(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "HYPHENED_NAMES", False)
    claim = only(claims_of(extractor, HYPHENED), "detention")
    assert claim.perpetrators == ["the organization [Tavana Organization]"]


def test_a_dash_set_off_by_spaces_joins_nothing(extractor: SpacyExtractor) -> None:
    text = HYPHENED.replace("Sazman-e", "Sazman - e")
    names = [m.text for m in extractor.extract(text, "t.txt").mentions]
    assert not any("Sazman" in name and "Tavana" in name for name in names)


ACRONYMS = (
    "Nazanin left the Mojahedin-e Khalq Organization (MKO) in 2009. The MKO calls itself a "
    "resistance movement.\n\nMembers were held in the camp for years."
)


def test_the_group_laid_at_an_act_is_written_with_its_acronyms(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, ACRONYMS), "detention")
    assert claim.perpetrators == ["Mojahedin-e Khalq Organization (MKO)"]


def test_every_acronym_the_text_uses_is_written(extractor: SpacyExtractor) -> None:
    text = ACRONYMS.replace("The MKO calls", "The MEK, as it is also known, calls")
    claim = only(claims_of(extractor, text), "detention")
    assert claim.perpetrators == ["Mojahedin-e Khalq Organization (MKO, MEK)"]


def test_without_the_rule_the_group_is_written_as_last_written(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "GROUP_WITH_ACRONYM", False)
    claim = only(claims_of(extractor, ACRONYMS), "detention")
    assert claim.perpetrators == ["Mojahedin-e Khalq Organization"]


KNOWN = (
    "The Hope Society met three defectors of the MKO in May. They were in the MKO for twenty "
    "years. The MKO sent them to Iraq. The Hope Society helps families.\n\n"
    "Members were beaten in the camp."
)


def test_an_acronym_of_a_known_group_names_the_group(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, KNOWN), "physical_assault")
    assert claim.perpetrators == ["MKO"]


def test_without_the_rule_the_association_was_taken_for_the_group(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "KNOWN_GROUPS_NAMED", False)
    claim = only(claims_of(extractor, KNOWN), "physical_assault")
    assert claim.perpetrators == ["Hope Society"]


NO_YEAR = "On April 8, guards beat two residents of the camp. The residents were later denied food."


def test_a_day_of_no_known_year_is_written_with_an_unspecified_year(
    extractor: SpacyExtractor,
) -> None:
    claim = only(claims_of(extractor, NO_YEAR), "physical_assault")
    assert (claim.start, claim.end) == ("XXXX-04-08", "XXXX-04-08")


def test_a_month_of_no_known_year_too(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, "Guards beat two residents in February."), "physical_assault")
    assert claim.start == "XXXX-02"


def test_a_date_of_no_known_year_dates_no_later_clause(extractor: SpacyExtractor) -> None:
    assert only(claims_of(extractor, NO_YEAR), "deprivation").start is None


def test_the_publication_date_still_gives_the_year(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, NO_YEAR, published="2019-06-01"), "physical_assault")
    assert claim.start == "2019-04-08"


def test_without_the_rule_a_date_of_no_known_year_is_dropped(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "UNSPECIFIED_YEARS", False)
    assert only(claims_of(extractor, NO_YEAR), "physical_assault").start is None


def test_members_trapped_in_a_camp_are_held_there(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, "Some members have been trapped inside the camp for years.")
    claim = only(claims, "detention")
    assert claim.victims == ["Some members"]
    assert "denial_of_exit" not in [c.act for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "Arsalan was forced by his commanders to appear on television and denounce his family.",
        "The leaders forced the members to speak against their own parents.",
    ],
)
def test_statements_forced_on_camera_or_against_kin_are_forced_confessions(
    extractor: SpacyExtractor, text: str
) -> None:
    assert "forced_confession" in acts_of(extractor, text)


def test_being_made_to_stand_against_a_wall_is_no_confession(extractor: SpacyExtractor) -> None:
    assert "forced_confession" not in acts_of(extractor, "They made him stand against the wall.")


@pytest.mark.parametrize("writing", ["The indictment", "The verdict", "The lawsuit"])
def test_they_in_what_a_legal_writing_says_is_not_the_writing(
    extractor: SpacyExtractor, writing: str
) -> None:
    text = f"{writing} says church leaders confiscated their ID papers and beat them."
    for claim in claims_of(extractor, text):
        assert writing not in claim.victims
        assert claim.asserted_by != writing


KIN_KEPT_AWAY = "He wasn’t allowed to be comforted by his mother."


def test_a_relative_kept_away_is_no_doer(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, KIN_KEPT_AWAY), "denial_of_contact")
    assert claim.victims == ["He"]
    assert claim.perpetrators == []


def test_without_the_rule_the_mother_kept_him_from_contact(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "VISITORS_KEEP_NO_ONE", False)
    claim = only(claims_of(extractor, KIN_KEPT_AWAY), "denial_of_contact")
    assert claim.perpetrators == ["his mother"]


def test_a_relative_who_beats_is_still_a_doer(extractor: SpacyExtractor) -> None:
    text = "He died after repeated beatings by his father."
    assert only(claims_of(extractor, text), "physical_assault").perpetrators == ["his father"]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Detainees have no access to lawyers.", ["Detainees"]),
        ("Members of the group have no free access to the free media.", ["Members of the group"]),
        ("The residents had little access to the internet.", ["The residents"]),
    ],
)
def test_who_has_no_access_is_kept_from_contact(
    extractor: SpacyExtractor, text: str, victims: list[str]
) -> None:
    claim = only(claims_of(extractor, text), "denial_of_contact")
    assert claim.victims == victims
    assert claim.polarity == "asserted"


def test_without_the_rule_those_out_of_reach_were_the_victims(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "WHO_HAS_NO_ACCESS", False)
    claim = only(claims_of(extractor, "Detainees have no access to lawyers."), "denial_of_contact")
    assert claim.victims == ["lawyers"]


def test_members_kept_unaware_of_their_families_are_kept_from_contact(
    extractor: SpacyExtractor,
) -> None:
    text = "The members are kept unaware about the outside world and about their families."
    assert only(claims_of(extractor, text), "denial_of_contact").victims == ["The members"]


def test_having_access_denies_the_act(extractor: SpacyExtractor) -> None:
    text = "Members have access to the internet and can call their families."
    assert only(claims_of(extractor, text), "denial_of_contact").polarity == "denied"


@pytest.mark.parametrize(
    ("text", "act", "victim"),
    [
        (
            "Karim Haqi spoke of his 27 years of detention in the commune.",
            "detention",
            "Karim Haqi",
        ),
        (
            "Members suffer deprivation of family contact and visits.",
            "denial_of_contact",
            "Members",
        ),
        (
            "They took away from the members the right to communicate with their families.",
            "denial_of_contact",
            "the members",
        ),
        (
            "The Order has always tried to cut the relation of its members with their families.",
            "denial_of_contact",
            "its members",
        ),
        ("In 1991 we were separated by the order of the commune.", "forced_separation", "we"),
    ],
)
def test_wordings_read_off_real_pages(
    extractor: SpacyExtractor, text: str, act: str, victim: str
) -> None:
    assert victim in only(claims_of(extractor, text), act).victims


def test_places_separated_by_a_river_are_no_forced_separation(extractor: SpacyExtractor) -> None:
    text = "The two villages were separated by a river."
    assert "forced_separation" not in acts_of(extractor, text)


def test_a_penalty_told_of_leavers_is_a_threat_to_them(extractor: SpacyExtractor) -> None:
    text = "Anyone who wants to defect from the commune faces the death penalty."
    claim = only(claims_of(extractor, text), "threat")
    assert claim.victims == ["Anyone who wants to defect from the commune"]


def test_made_to_watch_others_beaten_is_psychological_abuse(extractor: SpacyExtractor) -> None:
    text = "She was then made to watch how the guards beat the other women."
    assert only(claims_of(extractor, text), "psychological_abuse").victims == ["She"]


def test_a_man_and_his_wife_separated_are_forcibly_separated(extractor: SpacyExtractor) -> None:
    text = "He and his wife were frequently separated."
    assert only(claims_of(extractor, text), "forced_separation").victims == ["He", "his wife"]


def test_wings_separated_by_a_wall_are_no_family(extractor: SpacyExtractor) -> None:
    assert acts_of(extractor, "The two wings of the building are separated by a wall.") == []


ACCOUNT = (
    "Daniyar Suleimenov was a member of the commune for eleven years. He now lives in Almaty. "
    "What follows is his account.\n\n"
    "“In 2009 I asked to go home. They locked me in the cellar for a month.\n\n"
    "“After that they took my passport.”"
)


def test_quoted_first_person_paragraphs_are_told_by_who_was_introduced(
    extractor: SpacyExtractor,
) -> None:
    claims = claims_of(extractor, ACCOUNT)
    detention = only(claims, "detention")
    assert detention.victims == ["Daniyar Suleimenov"]
    assert detention.asserted_by == "Daniyar Suleimenov"
    papers = only(claims, "confiscation_of_documents")  # the next quoted paragraph goes on
    assert papers.asserted_by == "Daniyar Suleimenov"


def test_without_the_rule_the_quoted_account_has_no_teller(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "QUOTED_ACCOUNTS", False)
    detention = only(claims_of(extractor, ACCOUNT), "detention")
    assert detention.asserted_by != "Daniyar Suleimenov"


QUOTED_THEN_HE = (
    '"The guards shot into the crowd with machine guns," an EDA spokesman, Yemane Zerai, told '
    "Horn Wire by telephone. He said 11 prisoners were killed on the spot."
)


def test_he_who_speaks_after_a_quote_is_its_speaker(extractor: SpacyExtractor) -> None:
    assert only(claims_of(extractor, QUOTED_THEN_HE), "killing").asserted_by == "Yemane Zerai"


def test_without_the_rule_he_stays_he(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "HE_WHO_WAS_QUOTED", False)
    assert only(claims_of(extractor, QUOTED_THEN_HE), "killing").asserted_by == "He"


def test_without_whole_appositive_names_the_speaker_is_the_description(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "APPOSITIVE_NAMES_WHOLE", False)
    claim = only(claims_of(extractor, QUOTED_THEN_HE), "killing")
    assert claim.asserted_by == "an EDA spokesman"
