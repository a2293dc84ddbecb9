"""Short texts written for these tests: the fields of a claim once its act is found (round 2)."""

from __future__ import annotations

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only

ACCUSED_WHO_SPEAK = (
    "The Brotherhood of the Red Star denied the reports. The Brotherhood said that the families "
    "at El Marsa were guests. The Brotherhood later said that no one was held at El Marsa. "
    "In 2020 two boys were detained for months."
)


def test_the_accused_group_is_the_default_perpetrator_even_when_it_speaks(
    extractor: SpacyExtractor,
) -> None:
    # the accused deny: speaking does not make a named group a mere reporter, and a name
    # written as a place ("at El Marsa") is not the group
    claims = [c for c in claims_of(extractor, ACCUSED_WHO_SPEAK) if c.act == "detention"]
    assert len(claims) == 2
    for claim in claims:
        assert claim.perpetrators == ["Brotherhood"], claim.to_spec_dict()


def test_by_force_is_a_manner_not_a_perpetrator(extractor: SpacyExtractor) -> None:
    text = (
        "The Sunrise Movement runs the camp. Members of the Sunrise Movement say residents "
        "were prevented by force from leaving the camp in 2004."
    )
    claim = only(claims_of(extractor, text), "denial_of_exit")
    assert claim.perpetrators == ["Sunrise Movement"]


def test_nobody_is_not_a_perpetrator(extractor: SpacyExtractor) -> None:
    text = "I want to say it clearly: nobody hit me in the Sunrise Movement. I chose my life."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.polarity == "denied"
    assert claim.perpetrators == ["Sunrise Movement"]


def test_a_dateline_dates_the_report_and_anchors_last_week(extractor: SpacyExtractor) -> None:
    text = (
        "Grey news item\n\n"
        "TARVIK, March 3, 2015 (CPA) — Guards of the Sunrise Movement beat three residents "
        "of Camp Ostra last week, a survivor said."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert (claim.start, claim.end) == ("2015-02-24", "2015-02-24")
    # the dateline is no part of the parse: the subject is read whole
    assert claim.perpetrators == ["Guards of the Sunrise Movement"]


def test_a_month_range_sharing_its_year(extractor: SpacyExtractor) -> None:
    text = "Ana Petrova was confined in Camp Ostra from March to November 1991."
    claim = only(claims_of(extractor, text), "detention")
    assert (claim.start, claim.end) == ("1991-03", "1991-11")


def test_we_of_a_report_is_its_own_voice(extractor: SpacyExtractor) -> None:
    text = (
        "The Lantern Rights Group interviewed 40 former detainees. We documented 23 deaths "
        "of detainees in the centres between 2018 and 2020."
    )
    claim = only(claims_of(extractor, text), "death_in_custody")
    assert claim.asserted_by is None
    assert (claim.start, claim.end) == ("2018", "2020")


def test_a_speech_verb_set_aside_names_the_speaker(extractor: SpacyExtractor) -> None:
    text = (
        "Ali Rezaei, 52, left the Sunrise Movement in 2001. During the first weeks he was "
        "interrogated and given electric shocks, he said, until he agreed to sign a statement."
    )
    claim = only(claims_of(extractor, text), "torture")
    assert claim.victims == ["Ali Rezaei"]
    assert claim.asserted_by == "Ali Rezaei"


def test_by_whom_the_sentence_says_when_the_act_names_no_one(extractor: SpacyExtractor) -> None:
    text = (
        "The Sunrise Movement ran Camp Ostra. Ali Rezaei, an engineer, died in Camp Ostra in "
        "1996 after repeated beatings by guards of the security section. Sara Amini was not "
        "seen by her family since 1997."
    )
    claims = claims_of(extractor, text)
    died = [c for c in claims if c.victims == ["Ali Rezaei"]]
    assert died and all(c.perpetrators == ["guards of the security section"] for c in died)
    missing = only(claims, "disappearance")
    assert "her family" not in missing.perpetrators


def test_a_counted_room_is_not_a_named_place(extractor: SpacyExtractor) -> None:
    text = (
        "The Sunrise Movement ran Camp Ostra, where I lived for years. "
        "In 1995 I was held with two other men in one room."
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.place != "one room"
    assert claim.start == "1995"


def test_a_site_written_without_a_name_where_the_act_happened(extractor: SpacyExtractor) -> None:
    text = (
        "The Sunrise Movement ran Camp Ostra in the hills. In 1997 Ali Rezaei was taken to "
        "the punishment room and locked in for a week."
    )
    claim = only(claims_of(extractor, text), "solitary_confinement")
    assert claim.place == "the punishment room"


def test_during_the_raid_takes_the_date_of_the_raid(extractor: SpacyExtractor) -> None:
    text = (
        "On 8 April 2011 troops stormed Camp Ostra, the base of the Sunrise Movement.\n\n"
        "A doctor said troops detained 36 residents during the raid."
    )
    claim = only(claims_of(extractor, text), "detention")
    assert (claim.start, claim.end) == ("2011-04-08", "2011-04-08")
    assert claim.perpetrators == ["troops"]
    assert claim.asserted_by == "A doctor"


def test_speakers_as_the_text_names_them(extractor: SpacyExtractor) -> None:
    text = (
        "The Sunrise Movement runs Camp Ostra. The group said that troops detained 36 residents "
        "in 2011. The defendants submitted that Ali Rezaei had never been confined."
    )
    claims = [c for c in claims_of(extractor, text) if c.act == "detention"]
    by_victim = {c.victims[0]: c for c in claims}
    assert by_victim["36 residents"].asserted_by == "The group"
    assert by_victim["36 residents"].perpetrators == ["troops"]
    assert by_victim["Ali Rezaei"].asserted_by == "The defendants"
    assert by_victim["Ali Rezaei"].polarity == "denied"


def test_a_bare_number_of_victims_takes_the_noun_it_counts(extractor: SpacyExtractor) -> None:
    text = "Of the 1,214 detainees we documented, 702 were held for more than one year."
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims == ["702 detainees"]


def test_bare_members_are_members_of_the_group(extractor: SpacyExtractor) -> None:
    text = (
        "The Sunrise Movement runs Camp Ostra. Members were not allowed to leave the camp in 2004."
    )
    claim = only(claims_of(extractor, text), "denial_of_exit")
    assert claim.victims == ["Members of Sunrise Movement"]


INTERVIEW = (
    "An interview with a former member\n\n"
    "The interview was recorded in 2019 by Lena Ford. The speaker asked to be identified only "
    "as “Witness K”, because his family still lives in the valley.\n\n"
    "Q: Were you held yourself?\n\n"
    "A: Yes. In 1998 I was locked up in a cellar for five months. I was beaten by guards of the "
    "Sunrise Movement. I never saw my brother again. I think about it every day, and I tell my "
    "children what I saw."
)


def test_an_interviewee_speaks_under_the_name_given_to_him(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, INTERVIEW), "detention")
    assert claim.victims == ["Witness K"]
    assert claim.asserted_by == "Witness K"


def test_a_pseudonym_does_not_make_a_news_report_first_person(extractor: SpacyExtractor) -> None:
    text = (
        "A man who asked to be identified only as “Omar from the valley” said guards of the "
        "Sunrise Movement detained his brother in 2003."
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims == ["his brother"]


def test_they_are_the_actors_the_paragraph_named_last(extractor: SpacyExtractor) -> None:
    text = (
        "The Sunrise Movement ran the valley. In 2018 two policemen came to our house at "
        "night. They arrested my husband and took him away."
    )
    claims = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert claims and all(c.perpetrators == ["two policemen"] for c in claims)


def test_a_role_named_once_is_that_person_later(extractor: SpacyExtractor) -> None:
    text = (
        "The applicant, Ms. Lena Ford, was a member of the Sunrise Movement from 1999 to 2009. "
        "The applicant said that guards had locked her in a cellar in 2004."
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.asserted_by == "Lena Ford"
    assert claim.victims == ["Lena Ford"]
    assert claim.speaker_role == "victim"


def test_the_centre_of_a_circle_is_no_site(extractor: SpacyExtractor) -> None:
    text = (
        "The Society for Clear Light ran the house at Lake Orva. In 2016 I was made to stand "
        "in the centre of the circle and the others insulted me."
    )
    for claim in claims_of(extractor, text):
        assert claim.place != "the centre of the circle"


def test_a_temple_named_once_is_the_group(extractor: SpacyExtractor) -> None:
    text = (
        "Former followers say the Temple of the Quiet Dawn controls every part of their lives. "
        "In 2010 two women were locked up for weeks after they asked to leave."
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.perpetrators and "Temple" in claim.perpetrators[0]


def test_a_stay_that_began_at_a_date_ends_a_duration_later(extractor: SpacyExtractor) -> None:
    text = "In March 2016 Lena Ford was locked in a cellar of Camp Ostra for one year."
    claim = only(claims_of(extractor, text), "detention")
    assert (claim.start, claim.end, claim.duration) == ("2016-03", "2017-03", "P1Y")


def test_an_age_is_not_a_duration(extractor: SpacyExtractor) -> None:
    text = "Ali Rezaei, a 61-year-old imam, was detained at Camp Ostra in February 2020."
    claim = only(claims_of(extractor, text), "detention")
    assert (claim.start, claim.end, claim.duration) == ("2020-02", "2020-02", None)


def test_a_long_speaker_phrase_keeps_its_of(extractor: SpacyExtractor) -> None:
    text = (
        "A member of the Sunrise Movement, who managed to escape from the camp in the mountains "
        "last year, later said: “In 2003 the guards locked us up in a cellar for weeks without "
        "any light.”"
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.asserted_by == "A member of the Sunrise Movement"
    assert claim.perpetrators == ["the guards"]


def test_a_finding_that_an_act_is_not_proven_denies_it(extractor: SpacyExtractor) -> None:
    text = (
        "The court did not find it proven that residents of Camp Ostra were prevented from "
        "leaving the settlement. The evidence did not establish that medical treatment had been "
        "withheld from Ana Petrova."
    )
    claims = claims_of(extractor, text)
    assert {c.act for c in claims} >= {"denial_of_exit", "deprivation"}
    assert {c.polarity for c in claims} == {"denied"}


NARRATED_LETTER = (
    "My name is Lena Ford. I was born in Camp Ostra in 1987 and I lived there with my family "
    "for years. I left the camp in 2005 and I now live in Oslo. Kazem Rahnavard, who was held "
    "in the cell next to my father, told me that my father was beaten with cables in 1995. "
    "In 2004 Mr. Vell told me that they would have us shot if I spoke to anyone."
)


def test_a_narrator_reporting_a_named_source_gives_the_source(
    extractor: SpacyExtractor,
) -> None:
    claims = claims_of(extractor, NARRATED_LETTER)
    beaten = only(claims, "physical_assault")
    assert beaten.asserted_by == "Kazem Rahnavard"
    assert beaten.victims == ["my father"]
    threat = only(claims, "threat")  # the one who threatens is no source: the narrator tells it
    assert threat.asserted_by == "Lena Ford"
    assert threat.victims == ["Lena Ford"]
