"""Short texts written for these tests: names of groups, dates of writings, timeless denials."""

from __future__ import annotations

from testimonies.extract.context import with_acronym
from testimonies.extract.persons import defined_acronyms
from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.extract.textcues import document_date_line
from tests.extract.conftest import claims_of


def test_acronyms_defined_in_brackets_of_every_common_shape() -> None:
    found = defined_acronyms(
        "members of the Sunrise Liberation Army (SLA, known locally as Jaysh al-Fajr) and"
        " fighters of the Front populaire du Narev (FPN) and the Jamaat-e Nur (JEN) and"
        " the Lantern Brotherhood (Hermandad del Farol, LB) and the Free Press Union (FPU/UPL)"
    )
    assert found["SLA"] == "Sunrise Liberation Army"
    assert found["FPN"] == "Front populaire du Narev"
    assert found["JEN"] == "Jamaat-e Nur"
    assert found["LB"] == "Lantern Brotherhood"
    assert found["FPU"] == "Free Press Union"
    assert defined_acronyms("on April 9, 2011 (CPA) and in the yard (see below)") == {}


def test_a_group_is_named_with_its_acronym_where_the_text_defines_it() -> None:
    acronyms = {"SLA": "Sunrise Liberation Army"}
    assert with_acronym("the SLA", acronyms) == "Sunrise Liberation Army (SLA)"
    assert with_acronym("the Sunrise Liberation Army", acronyms) == "Sunrise Liberation Army (SLA)"
    assert with_acronym("SLA fighters", acronyms) == "SLA fighters"
    assert with_acronym("the police", acronyms) == "the police"


def test_a_perpetrator_group_carries_both_its_names(extractor: SpacyExtractor) -> None:
    text = (
        "The Sunrise Liberation Army (SLA) runs three camps in the hills. "
        "In 2019 the SLA locked up forty villagers in a school."
    )
    detention = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert detention and detention[0].perpetrators == ["Sunrise Liberation Army (SLA)"]


def test_a_heading_that_ends_with_its_date_dates_the_document() -> None:
    text = "HEARING - Session No. 4 - Wednesday, 8 March 2023\n\nMr. Chair, I was arrested.\n"
    found = document_date_line(text)
    assert found is not None and text[found[0] : found[1]].endswith("8 March 2023")
    assert document_date_line("Detained on 12 July 2023\n\nShe was taken away.\n") is None
    assert document_date_line("Date of birth: 2 May 1985\n\nHe was arrested.\n") is None


def test_last_month_in_a_hearing_counts_from_the_heading_date(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "HEARING - Session No. 4 - Wednesday, 8 March 2023\n\n"
        "My cousin Samir Aziz died in custody last October after nine days in a police cell.\n"
    )
    death = [c for c in claims_of(extractor, text) if c.act == "death_in_custody"]
    assert death and death[0].start == "2022-10"


def test_the_date_of_a_writing_does_not_date_what_it_tells(extractor: SpacyExtractor) -> None:
    text = (
        "2.1 Mr. Omar Said was arrested on 4 May 2018 by police officers in Tarvik.\n\n"
        "5.2 In its observations of 12 August 2021, the State party submitted that Mr. Said was"
        " detained on the basis of a court order; that he was never subjected to beatings or any"
        " other ill-treatment; and that his relatives were told where he was held.\n"
    )
    later = [c for c in claims_of(extractor, text) if c.evidence.end > text.index("5.2")]
    assert later and all(c.start != "2021-08-12" for c in later)


def test_a_denial_takes_no_date_from_the_story(extractor: SpacyExtractor) -> None:
    text = (
        "In March 2015 the movement opened its farm at Kell. "
        "No member of the movement has ever been detained or beaten there.\n"
    )
    denied = [c for c in claims_of(extractor, text) if c.polarity == "denied"]
    assert denied and all(c.start is None and c.end is None for c in denied)


def test_those_who_suffer_acts_are_not_taken_for_their_doers(extractor: SpacyExtractor) -> None:
    text = (
        "The Lantern Brotherhood runs a farm at Kell. "
        "Its residents are free to telephone their relatives and to receive visits.\n"
        "The survivors counted 31 dead after the guards opened fire.\n"
    )
    claims = claims_of(extractor, text)
    assert claims
    named = " ".join(p for c in claims for p in c.perpetrators).lower()
    assert "residents" not in named and "survivors" not in named


def test_members_of_a_force_still_act(extractor: SpacyExtractor) -> None:
    text = "Members of the militia beat the prisoners in Tarvik in 2020.\n"
    beaten = [c for c in claims_of(extractor, text) if c.act == "physical_assault"]
    assert beaten and "militia" in " ".join(beaten[0].perpetrators)


def test_the_group_is_written_as_the_text_has_it_with_its_name(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "The Sunrise Liberation Army (SLA) runs three camps in the hills. "
        "Two years later the group locked up forty villagers in a school.\n"
    )
    detention = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert detention and detention[0].perpetrators == ["the group [Sunrise Liberation Army (SLA)]"]


def test_a_dateline_town_is_not_the_subject_of_the_lead(extractor: SpacyExtractor) -> None:
    text = (
        "TARVIK CITY, Nagara, May 3 (Continental Press) - At least 14 detainees were killed"
        " when guards opened fire at the Kell farm camp on Sunday, hospital staff said.\n"
    )
    killing = [c for c in claims_of(extractor, text) if c.act == "killing"]
    assert killing and killing[0].victims == ["At least 14 detainees"]


def test_a_news_lead_places_its_event_anywhere_in_its_sentence(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "TARVIK CITY, May 3, 2021 (Continental Press) - Security forces stormed Camp Kell on"
        " Friday, leaving dozens dead, according to the movement.\n\n"
        "The movement said 20 residents had been killed.\n"
    )
    killed = [c for c in claims_of(extractor, text) if c.act == "killing"]
    assert killed and all(c.place == "Camp Kell" for c in killed)


def test_a_name_given_to_a_person_is_no_place(extractor: SpacyExtractor) -> None:
    text = (
        "My son was held at the Kell camp in 2019. A prisoner named Efrem died in the pit that"
        " summer after a beating.\n"
    )
    places = {c.place for c in claims_of(extractor, text)}
    assert "Efrem" not in places
    assert "the pit" in places


def test_whose_liberty_is_told_is_the_victim(extractor: SpacyExtractor) -> None:
    text = "The Lantern Brotherhood says its members are free to write to their families.\n"
    contact = [c for c in claims_of(extractor, text) if c.act == "denial_of_contact"]
    assert contact and contact[0].polarity == "denied"
    assert contact[0].victims == ["its members"]


def test_an_act_still_going_on_has_no_end(extractor: SpacyExtractor) -> None:
    text = "In May 2019 police arrested Omar Said. His family has had no news of him since.\n"
    missing = [c for c in claims_of(extractor, text) if c.act == "disappearance"]
    assert missing and missing[0].start == "2019-05" and missing[0].end is None


def test_a_denial_is_about_the_groups_site(extractor: SpacyExtractor) -> None:
    text = (
        "STATEMENT OF THE LANTERN BROTHERHOOD\n\n"
        "The Lantern Brotherhood has lived at Camp Kell since 1994. Camp Kell is open to"
        " visitors.\n\nNo member of the Brotherhood has ever been held in isolation or beaten.\n"
    )
    denied = [c for c in claims_of(extractor, text) if c.polarity == "denied"]
    assert denied and all(c.place == "Camp Kell" for c in denied)


def test_a_numbered_paragraphs_number_is_no_part_of_a_name(extractor: SpacyExtractor) -> None:
    text = (
        "4.3 Ahmad Rizal bin Karim, a 34-year-old rubber tapper, was taken from his home in"
        " Kampung Tebing by uniformed guards on the night of 3 June 2021.\n"
    )
    taken = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert taken and taken[0].victims == ["Ahmad Rizal bin Karim"]
