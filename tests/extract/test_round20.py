"""Round 20 of the extraction rules, read off real web pages (not off the gold): who ordered an act
is among its doers, a passive infinitive befalls the object of the verb it completes, and a
denial of 'those accusations' denies the acts told just before it."""

from __future__ import annotations

import pytest

from testimonies.extract import settings
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only

ORDERED = [
    (
        "The six men were shot on the orders of the camp commandant.",
        "killing",
        "the camp commandant",
    ),
    (
        "By order of the elder, Hanna Ostrova was locked in the grain store.",
        "detention",
        "the elder",
    ),
    ("On Veltman's orders, the boy was beaten in the yard.", "physical_assault", "Veltman"),
    (
        "I was tortured on the direct order of Kasra Dehghan.",
        "torture",
        "Kasra Dehghan",
    ),
    (
        "Pastor Imrie ordered that the two deserters be locked in a cell.",
        "detention",
        "Pastor Imrie",
    ),
]


@pytest.mark.parametrize(("text", "act", "orderer"), ORDERED)
def test_who_ordered_an_act_did_it(
    extractor: SpacyExtractor, text: str, act: str, orderer: str
) -> None:
    assert orderer in only(claims_of(extractor, text), act).perpetrators


@pytest.mark.parametrize(("text", "act", "orderer"), ORDERED)
def test_without_the_rule_the_orderer_was_lost(
    extractor: SpacyExtractor,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    act: str,
    orderer: str,
) -> None:
    monkeypatch.setattr(settings, "ORDERED_BY", False)
    assert orderer not in only(claims_of(extractor, text), act).perpetrators


def test_the_orderer_stands_beside_those_who_did_it(extractor: SpacyExtractor) -> None:
    text = "I was beaten under the order of Roya Abbasi, by Iraj Talesh and Davud Moradi."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.perpetrators == ["Iraj Talesh", "Davud Moradi", "Roya Abbasi"]


def test_in_order_to_names_no_one(extractor: SpacyExtractor) -> None:
    text = "The members were locked in the hall in order to keep them from leaving."
    assert only(claims_of(extractor, text), "detention").perpetrators == []


def test_an_orderer_is_no_doer_the_paragraph_goes_on_with(extractor: SpacyExtractor) -> None:
    text = (
        "The Ndembe Front ran the camp at Kalolo. Nine escapees were shot on the orders of the "
        "camp commander. Dozens of captives were held in pits."
    )
    held = only(claims_of(extractor, text), "detention")
    assert held.perpetrators != ["the camp commander"]


def test_a_passive_infinitive_befalls_the_object_of_the_verb_it_completes(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Bijan Kaveh refused to sign. Hassan Rostami ordered him to be imprisoned."
    claim = only(claims_of(extractor, text), "detention")
    assert (claim.victims, claim.perpetrators) == (["Bijan Kaveh"], ["Hassan Rostami"])
    monkeypatch.setattr(settings, "OBJECT_CONTROLS", False)
    assert only(claims_of(extractor, text), "detention").victims == ["unnamed victims"]


ACCUSED = (
    "Former members say the Order of the Dawn beat them and confiscated their passports. "
    "The group denies those accusations."
)


def test_a_denial_of_those_accusations_denies_the_acts_told_before(
    extractor: SpacyExtractor,
) -> None:
    claims = claims_of(extractor, ACCUSED)
    denied = [c for c in claims if c.polarity == "denied"]
    assert sorted(c.act for c in denied) == ["confiscation_of_documents", "physical_assault"]
    beaten = next(c for c in denied if c.act == "physical_assault")
    assert beaten.victims == ["Former members"]
    assert beaten.asserted_by is not None and "group" in beaten.asserted_by
    assert beaten.evidence.quote == "The group denies those accusations."
    assert (beaten.start, beaten.end) == (None, None)


def test_without_the_rule_the_denial_was_lost(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "DENIALS_POINT_BACK", False)
    assert all(c.polarity == "asserted" for c in claims_of(extractor, ACCUSED))


@pytest.mark.parametrize(
    "denial",
    [
        "Grace Fellowship, however, has refuted these claims.",
        "The fellowship has issued a statement denying the former members' allegations.",
        "Officials of the fellowship have vehemently denied Ms. Albee's claims.",
    ],
)
def test_other_wordings_of_a_denial_that_points_back(
    extractor: SpacyExtractor, denial: str
) -> None:
    text = "Ms. Albee said the pastors of Grace Fellowship beat her in the barn. " + denial
    denied = [c for c in claims_of(extractor, text) if c.polarity == "denied"]
    assert [c.act for c in denied] == ["physical_assault"]


@pytest.mark.parametrize(
    "not_a_denial",
    [
        "Nobody denied the accusations.",
        "The group did not deny the accusations.",
        "Weeks later the group moved to a new farm.",
    ],
)
def test_what_denies_nothing_told_before(extractor: SpacyExtractor, not_a_denial: str) -> None:
    text = "Ms. Albee said the pastors of Grace Fellowship beat her in the barn. " + not_a_denial
    assert all(c.polarity == "asserted" for c in claims_of(extractor, text))


def test_a_denial_of_accusations_far_above_denies_nothing(extractor: SpacyExtractor) -> None:
    text = (
        "Ms. Albee said the pastors beat her in the barn.\n\n"
        "The fellowship was founded in 1971.\n\n"
        "It owns three farms.\n\n"
        "The fellowship denies the allegations."
    )
    assert all(c.polarity == "asserted" for c in claims_of(extractor, text))


def test_a_country_that_says_it_did_an_act_did_it(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "The Ravan Front is an exile group. Kestria said it had arrested 13 of its members."
    assert only(claims_of(extractor, text), "detention").perpetrators == ["Kestria"]
    monkeypatch.setattr(settings, "STATES_SAY_IT", False)
    assert only(claims_of(extractor, text), "detention").perpetrators != ["Kestria"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The exiles said that Iraq had detained 36 residents.", "Iraq"),
        ("He was deported by Turkey to Iran.", "Turkey"),
    ],
)
def test_a_country_named_as_the_doer_is_its_state(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch, text: str, state: str
) -> None:
    assert state in claims_of(extractor, text)[0].perpetrators
    monkeypatch.setattr(settings, "STATES_ACT", False)
    assert state not in claims_of(extractor, text)[0].perpetrators


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("China has detained more than a million Uyghurs.", "more than a million Uyghurs"),
        ("The militants killed thousands of Yazidis.", "thousands of Yazidis"),
    ],
)
def test_a_people_the_tagger_calls_a_group_or_a_country_is_persons(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch, text: str, victims: str
) -> None:
    assert claims_of(extractor, text)[0].victims == [victims]
    monkeypatch.setattr(settings, "NAMED_PEOPLES", False)
    assert claims_of(extractor, text)[0].victims == ["unnamed victims"]


THOSE_ARRESTED = (
    "Police arrested 13 members of the group on Monday. "
    "The ministry did not say how many of those arrested were women."
)


def test_those_arrested_names_people_by_an_arrest_told_before(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert [c.victims for c in claims_of(extractor, THOSE_ARRESTED)] == [
        ["13 members of the group"]
    ]
    monkeypatch.setattr(settings, "THOSE_DONE_TO", False)
    assert len(claims_of(extractor, THOSE_ARRESTED)) == 2


def test_among_those_detained_still_tells_it(extractor: SpacyExtractor) -> None:
    assert only(claims_of(extractor, "Among those detained were two journalists."), "detention")


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Former members say the leaders kept them from their families.", "denial_of_contact"),
        ("She was kept away from her children for six years.", "denial_of_contact"),
        ("The farm relied on child labour for its harvests.", "forced_labor"),
        ("He was physically attacked by two men in the corridor.", "physical_assault"),
        ("Guards attacked two of the residents with electric batons.", "physical_assault"),
        ("The clashes claimed the lives of at least eight of the refugees.", "killing"),
    ],
)
def test_round_20_wordings(extractor: SpacyExtractor, text: str, act: str) -> None:
    assert act in [c.act for c in claims_of(extractor, text)]


def test_physically_and_mentally_abused_is_both_acts(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, "She was physically and mentally abused by the elders.")
    assert sorted(c.act for c in claims) == ["physical_assault", "psychological_abuse"]
    assert all(c.perpetrators == ["the elders"] for c in claims)


def test_the_lives_an_event_claims_are_of_people(extractor: SpacyExtractor) -> None:
    text = "The raid claimed the lives of 34 residents."
    assert only(claims_of(extractor, text), "killing").victims == ["34 residents"]


def test_captive_of_names_the_captor(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim = only(claims_of(extractor, "She is captive of the PRF."), "detention")
    assert (claim.victims, claim.perpetrators) == (["She"], ["the PRF"])
    monkeypatch.setattr(settings, "CAPTIVE_OF", False)
    claim = only(claims_of(extractor, "She is captive of the PRF."), "detention")
    assert claim.perpetrators == []


def test_the_captive_members_are_held(extractor: SpacyExtractor) -> None:
    text = "The captive members in Camp Ashraf want to leave."
    assert only(claims_of(extractor, text), "detention").victims == ["The captive members"]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("No one has been allowed to defect from the group since 2003.", "denial_of_exit"),
        ("Those who attempted to leave the church were punished.", "denial_of_exit"),
        ("The leader spends money to stop people running away.", "denial_of_exit"),
        ("The residents are not allowed to own mobile sets or radios.", "denial_of_contact"),
        (
            "The commanders refuse to allow the residents to have interviews with the UN.",
            "denial_of_contact",
        ),
        ("Using the telephone or the Internet is forbidden in the camp.", "denial_of_contact"),
        ("Women are mentally abused in the organisation.", "psychological_abuse"),
        ("Members were forbidden to seek outside medical attention.", "deprivation"),
        ("The director imposed severe dietary restrictions on the boys.", "deprivation"),
        ("Residents are not free to move between sections of the camp.", "detention"),
        ("Thousands of Kazakhs are held in internment camps.", "detention"),
        ("The rebels abducted boys, forcing them to serve as porters.", "forced_labor"),
    ],
)
def test_round_20_wordings_read_off_real_pages(
    extractor: SpacyExtractor, text: str, act: str
) -> None:
    assert act in [c.act for c in claims_of(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Any attempt to escape would be punished by the killing of her mother.",
        "She took a job in the internment camp's kitchen as a cook.",
        "Smoking is forbidden in the camp.",
        "Those who wanted to leave early were given a lift to the station.",
    ],
)
def test_what_those_wordings_leave_alone(extractor: SpacyExtractor, text: str) -> None:
    acts = [c.act for c in claims_of(extractor, text)]
    assert "denial_of_exit" not in acts and "denial_of_contact" not in acts
    assert "detention" not in acts


@pytest.mark.parametrize(
    "text",
    [
        "Rajavi uses the Albanian police to terrorize and intimidate the defectors.",
        "The families faced intimidation by camp officials.",
    ],
)
def test_intimidating_people_is_threatening_them(extractor: SpacyExtractor, text: str) -> None:
    acts = [c.act for c in claims_of(extractor, text)]
    assert "threat" in acts and "psychological_abuse" not in acts


BEFORE_A_NAMED_DESCRIPTION = (
    "Guards of the Fellowship beat the children. "
    "The founder, Ortwin Vorhagen, ordered the beatings."
)


def test_names_after_a_description_are_looked_for_in_its_own_sentence(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    claims = claims_of(extractor, BEFORE_A_NAMED_DESCRIPTION)
    assert claims[0].victims == ["the children"]
    monkeypatch.setattr(settings, "APPOSITIVES_IN_SENTENCE", False)
    assert claims_of(extractor, BEFORE_A_NAMED_DESCRIPTION)[0].victims == ["Ortwin Vorhagen"]


def test_who_ordered_the_beatings_did_them(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, BEFORE_A_NAMED_DESCRIPTION)
    assert [c.perpetrators for c in claims][1] == ["Ortwin Vorhagen"]


def test_a_place_with_an_untagged_given_name_before_it_is_a_person(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Police beat Bahrom Turgunov."  # the tagger's place: "Turgunov" alone
    assert only(claims_of(extractor, text), "physical_assault").victims == ["Bahrom Turgunov"]
    monkeypatch.setattr(settings, "UNTAGGED_GIVEN_NAMES", False)
    assert only(claims_of(extractor, text), "physical_assault").victims == ["unnamed victims"]


RAID = (
    "The Free Dawn Organization runs Camp Nour. Iraqi troops entered the camp on Friday. "
    "Ten people had been killed and 40 were injured."
)


def test_dead_counted_in_a_raid_are_laid_at_no_group(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    killed = only(claims_of(extractor, RAID), "killing")
    assert killed.victims == ["Ten people"] and killed.perpetrators == []
    monkeypatch.setattr(settings, "COUNTED_DEAD_NO_GROUP", False)
    assert only(claims_of(extractor, RAID), "killing").perpetrators != []


def test_detainees_counted_dead_keep_their_custodian(extractor: SpacyExtractor) -> None:
    text = "The Free Dawn Organization runs Camp Nour. Nineteen detainees were executed there."
    assert only(claims_of(extractor, text), "killing").perpetrators != []


CUT_OFF = (
    "In one case, some time ago, Mr. Amir Parvizi escaped from the group in Albania with the "
    "intention of leaving it for good, but unfortunately, he was arrested by the Albanian police"
)


def test_a_page_cut_off_in_mid_sentence_is_read(
    extractor: SpacyExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert only(claims_of(extractor, CUT_OFF), "detention").victims == ["Amir Parvizi"]
    monkeypatch.setattr(settings, "CUT_SENTENCES", False)
    assert claims_of(extractor, CUT_OFF) == []


@pytest.mark.parametrize(
    "headline",
    [
        "Behind the hedge at Erlengrund: former members describe locked rooms, confiscated "
        "passports and evenings of correction at the farm",
        "Former Members Describe Locked Rooms, Confiscated Passports And Beatings At The Farm Of "
        "The Community In The Hills",
    ],
)
def test_long_headlines_are_still_headings(extractor: SpacyExtractor, headline: str) -> None:
    assert claims_of(extractor, headline) == []
