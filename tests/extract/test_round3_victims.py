"""Short texts written for these tests: victims and polarity (round 3)."""

from __future__ import annotations

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only


def test_the_reports_own_denial_verb_denies_the_act(extractor: SpacyExtractor) -> None:
    text = "We categorically deny that any resident was mistreated."
    assert only(claims_of(extractor, text), "physical_assault").polarity == "denied"


def test_fabricated_charges_are_a_circumstance_not_a_denial(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, "He was held on fabricated charges of espionage.")
    assert only(claims, "detention").polarity == "asserted"


def test_allegations_called_lies_are_denied(extractor: SpacyExtractor) -> None:
    text = "Allegations that residents were tortured are lies."
    assert only(claims_of(extractor, text), "torture").polarity == "denied"


def test_the_next_sentence_may_call_the_accusation_false(extractor: SpacyExtractor) -> None:
    text = (
        "The HROE accused the Organization of killing Mehdi Khosravany in 2003. "
        "These accusations are lies."
    )
    assert only(claims_of(extractor, text), "killing").polarity == "denied"


def test_a_witness_who_never_saw_it_denies_it(extractor: SpacyExtractor) -> None:
    text = "I never saw anyone being beaten in the house."
    assert only(claims_of(extractor, text), "physical_assault").polarity == "denied"


def test_a_negated_description_of_the_act_is_no_denial(extractor: SpacyExtractor) -> None:
    text = (
        "If your self-criticism was not sincere enough, you had to read it again and the "
        "teachers shouted at you."
    )
    found = [c for c in claims_of(extractor, text) if c.act == "psychological_abuse"]
    assert found and all(c.polarity == "asserted" for c in found)


def test_a_coordinated_act_escapes_the_denial_verb(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, "He was denied visits and beaten.")
    assert only(claims, "physical_assault").polarity == "asserted"


def test_her_passport_is_taken_from_the_woman_named_before(extractor: SpacyExtractor) -> None:
    text = "Sara Ahmadi said that her passport was taken when she arrived."
    claim = only(claims_of(extractor, text), "confiscation_of_documents")
    assert claim.victims == ["Sara Ahmadi"]


def test_the_indirect_object_is_the_victim(extractor: SpacyExtractor) -> None:
    text = "Mina Rahimi was held for a year. The guards gave her little food."
    claim = only(claims_of(extractor, text), "deprivation")
    assert claim.victims == ["Mina Rahimi"]


def test_a_name_the_tagger_takes_for_a_place_is_a_victim(extractor: SpacyExtractor) -> None:
    text = "The torture of Karim Bahrami lasted three weeks."
    assert only(claims_of(extractor, text), "torture").victims == ["Karim Bahrami"]


def test_lowercase_groups_are_victims(extractor: SpacyExtractor) -> None:
    claim = only(claims_of(extractor, "Protesters were beaten with batons."), "physical_assault")
    assert claim.victims == ["Protesters"]


def test_who_receives_allegations_is_not_their_victim(extractor: SpacyExtractor) -> None:
    text = "The experts said they had received allegations of torture."
    assert only(claims_of(extractor, text), "torture").victims != ["The experts"]


def test_violence_against_a_group_names_its_victims(extractor: SpacyExtractor) -> None:
    text = "The experts received reports of sexual violence against women detainees."
    claim = only(claims_of(extractor, text), "sexual_violence")
    assert claim.victims == ["women detainees"]


def test_including_that_of_names_the_victim(extractor: SpacyExtractor) -> None:
    text = (
        "At least 14 deaths in custody have been reported since 2018, including that of "
        "Rustam Nurmatov, a 61-year-old imam."
    )
    claims = [c for c in claims_of(extractor, text) if c.act == "death_in_custody"]
    assert claims and all(c.victims == ["Rustam Nurmatov"] for c in claims)


def test_coordinated_passives_share_their_subject(extractor: SpacyExtractor) -> None:
    text = (
        "We have received information that detainees are subjected to indoctrination and "
        "are forced to renounce their religion, the experts said."
    )
    victims = [c.victims for c in claims_of(extractor, text)]
    assert victims and all(v == ["detainees"] for v in victims), victims


def test_him_is_the_one_member_named_before_in_the_sentence(extractor: SpacyExtractor) -> None:
    text = (
        "Ali Karimi described the meetings. One member would sit in the middle of the room "
        "while the others insulted him for hours."
    )
    claims = [c for c in claims_of(extractor, text) if c.act == "psychological_abuse"]
    assert claims and all(c.victims == ["One member"] for c in claims), claims


def test_names_written_after_a_description_are_the_victims(extractor: SpacyExtractor) -> None:
    text = (
        "Guards arrested two members of the Organization, Rasul Ebadi and Kamran Sepahvand, "
        "in 1998."
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims == ["Rasul Ebadi", "Kamran Sepahvand"]


def test_a_name_right_after_a_kin_noun_is_the_victim(extractor: SpacyExtractor) -> None:
    text = "My friend Nasrin was hit in the chest beside me."
    assert only(claims_of(extractor, text), "physical_assault").victims == ["Nasrin"]


def test_deaths_never_investigated_are_asserted(extractor: SpacyExtractor) -> None:
    text = "The deaths of the three residents were never investigated."
    found = claims_of(extractor, text)
    assert found and all(c.polarity == "asserted" for c in found)


def test_it_is_false_that_denies(extractor: SpacyExtractor) -> None:
    text = "It is false that members were held against their will."
    assert only(claims_of(extractor, text), "detention").polarity == "denied"


def test_a_quote_after_a_named_speakers_sentence_is_theirs(extractor: SpacyExtractor) -> None:
    text = (
        "Masoud Karimi, a former official of the group, writes that he was judged corrupt. "
        "\u201cAfter that, my supervisor sent me to solitary confinement for a month.\u201d"
    )
    claim = only(claims_of(extractor, text), "solitary_confinement")
    assert claim.victims == ["Masoud Karimi"], claim.to_spec_dict()


def test_a_facility_the_tagger_names_is_the_place(extractor: SpacyExtractor) -> None:
    # entity spans carry their label again: named facilities and sites are places
    text = "He was held in the Tower of London in 1603."
    assert only(claims_of(extractor, text), "detention").place == "the Tower of London"


def test_him_is_not_someone_in_a_relative_clause(extractor: SpacyExtractor) -> None:
    text = (
        "Hossein Karimi joined the group in 1985. In 1993 the National Deliverance Organization, "
        "which many Zarkandis still call Rahai, locked him in an isolation cell."
    )
    claim = only(claims_of(extractor, text), "solitary_confinement")
    assert claim.victims != ["many Zarkandis"], claim.to_spec_dict()


def test_a_reflexive_object_is_the_subject(extractor: SpacyExtractor) -> None:
    text = "Some members of the organization preferred to kill themselves rather than obey."
    claims = claims_of(extractor, text)
    assert claims and all(c.victims == ["Some members of the organization"] for c in claims)
