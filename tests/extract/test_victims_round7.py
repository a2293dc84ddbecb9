"""Short texts written for these tests: who suffered each act (round 7, victims)."""

from __future__ import annotations

from spacy.tokens import Doc

from testimonies.extract import grammar as g
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only


def test_an_adverb_led_wording_takes_its_verbs_object(extractor: SpacyExtractor) -> None:
    text = "In 2019 the soldiers sexually abused two girls at the checkpoint."
    assert only(claims_of(extractor, text), "sexual_violence").victims == ["two girls"]


def test_a_noun_beside_a_name_is_that_person(extractor: SpacyExtractor) -> None:
    text = "In March the movement's treasurer, Joseph Kamanda, was arrested in the capital."
    assert only(claims_of(extractor, text), "detention").victims == ["Joseph Kamanda"]


def test_the_appellant_is_a_person(extractor: SpacyExtractor) -> None:
    text = "The tribunal found that the appellant had been beaten in custody."
    assert only(claims_of(extractor, text), "physical_assault").victims == ["the appellant"]


def test_who_is_the_person_not_the_last_noun(extractor: SpacyExtractor) -> None:
    text = (
        "The Committee is concerned about Ms. Amina Diallo, a reporter for the daily Horizon, "
        "who was detained in Bako on 3 June 2021."
    )
    assert only(claims_of(extractor, text), "detention").victims == ["Amina Diallo"]


def test_a_bare_participle_shares_the_passives_subject(extractor: SpacyExtractor) -> None:
    text = (
        "Police received a letter from a neighbour, who said the orphans were kept indoors, "
        "made to work in the quarry."
    )
    assert only(claims_of(extractor, text), "forced_labor").victims == ["the orphans"]


def test_who_hands_over_their_own_papers_loses_them(extractor: SpacyExtractor) -> None:
    text = "On arrival all recruits hand their passports to the camp commander."
    claim = only(claims_of(extractor, text), "confiscation_of_documents")
    assert claim.victims == ["all recruits"]
    assert "all recruits" not in claim.perpetrators


def test_had_it_taken(extractor: SpacyExtractor) -> None:
    text = "He had his passport taken at the border."
    assert only(claims_of(extractor, text), "confiscation_of_documents").victims == ["He"]


def test_their_is_the_people_named_before(extractor: SpacyExtractor) -> None:
    text = "The workers were recruited in Manila. On arrival, the managers took their passports."
    claim = only(claims_of(extractor, text), "confiscation_of_documents")
    assert claim.victims == ["The workers"]


def test_a_capitals_name_is_no_one_he_stands_for(extractor: SpacyExtractor) -> None:
    text = (
        "Ms. Dina Koro, a nurse, was arrested in the capital, Velmar, by officers of the "
        "Ministry of Interior and Public Order. She was beaten in custody."
    )
    assert only(claims_of(extractor, text), "physical_assault").victims == ["Dina Koro"]


def test_a_name_inside_a_ministrys_is_no_one_he_stands_for(extractor: SpacyExtractor) -> None:
    text = (
        "Mr. Jonas Abara was arrested on 2 May by officers of the Ministry of Justice and "
        "Public Order. He was beaten at the station."
    )
    assert only(claims_of(extractor, text), "physical_assault").victims == ["Jonas Abara"]


def test_kept_from_contact_is_who_is_visited(extractor: SpacyExtractor) -> None:
    text = "Her lawyers have not been allowed to visit her since May."
    assert only(claims_of(extractor, text), "denial_of_contact").victims == ["her"]


def test_him_is_not_who_may_not_see_him(extractor: SpacyExtractor) -> None:
    text = "Mr. Kasi Dembe was detained in March. His wife has not been allowed to see him since."
    assert only(claims_of(extractor, text), "denial_of_contact").victims == ["Kasi Dembe"]


def test_no_one_allowed_to_visit_states_the_act(extractor: SpacyExtractor) -> None:
    text = "No doctor and no relative has been permitted to see the detainees."
    claim = only(claims_of(extractor, text), "denial_of_contact")
    assert claim.victims == ["the detainees"]
    assert claim.polarity == "asserted"


def test_a_threat_is_made_to_whom_its_if_hangs_on(extractor: SpacyExtractor) -> None:
    text = (
        "My name is Ana Ruiz. In 2019 I was held at the base. The officer told me that if I "
        "did not sign, they would arrest my brother."
    )
    assert only(claims_of(extractor, text), "threat").victims == ["Ana Ruiz", "my brother"]


def test_him_is_not_his_own_clauses_subject(extractor: SpacyExtractor) -> None:
    text = (
        "My father, Samuel Okafor, refused to leave. At the meeting Pastor Daniel Eze stood up "
        "and called him a traitor and a spy."
    )
    claim = only(claims_of(extractor, text), "false_accusation")
    assert claim.victims == ["Samuel Okafor"]
    assert claim.perpetrators == ["Daniel Eze"]


def test_they_are_whom_it_is_told_to(extractor: SpacyExtractor) -> None:
    text = "The supervisors told the trainees that they could not leave the camp."
    assert only(claims_of(extractor, text), "denial_of_exit").victims == ["the trainees"]


def test_one_of_them_is_who_the_description_says(extractor: SpacyExtractor) -> None:
    text = "Soldiers fired on the crowd; one of them, a young shepherd, was killed."
    assert only(claims_of(extractor, text), "killing").victims == ["a young shepherd"]


def test_none_of_whom_are_the_noun_before(extractor: SpacyExtractor) -> None:
    text = "The militia holds forty hostages, none of whom has been mistreated, its commander said."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.victims == ["none of forty hostages"]
    assert claim.polarity == "denied"


def test_whom_the_fire_or_the_hand_is_turned_on(extractor: SpacyExtractor) -> None:
    text = (
        "The police did not open fire on anyone. "
        "Brother Tomas has never raised his hand against anyone."
    )
    claims = claims_of(extractor, text)
    assert only(claims, "killing").victims == ["anyone"]
    assert only(claims, "physical_assault").victims == ["anyone"]


def test_he_with_no_one_named_is_the_claimant(extractor: SpacyExtractor) -> None:
    text = (
        "IN THE UPPER TRIBUNAL\n\nBetween\nKM (ANONYMITY ORDER MADE), Appellant\nand\n"
        "THE MINISTER, Respondent\n\n"
        "1. He was arrested at a checkpoint in 2021 and beaten in custody.\n"
    )
    assert only(claims_of(extractor, text), "physical_assault").victims == ["KM"]


def test_who_disappeared_is_the_one_sought(extractor: SpacyExtractor) -> None:
    text = (
        "Ms. Rana Saleh was detained in 2020. Her family has been unable to obtain any "
        "information on her whereabouts."
    )
    assert only(claims_of(extractor, text), "disappearance").victims == ["Rana Saleh"]
    text = "The families of the detained men were never told where their sons were held."
    assert only(claims_of(extractor, text), "disappearance").victims == ["their sons"]


def test_a_passive_shares_the_subject_of_a_bare_participle(extractor: SpacyExtractor) -> None:
    # the parse the tagger gives 'Inmates may write; those labelled X are denied visits'
    words = ["Inmates", "may", "write", ";", "those", "labelled", "are", "denied", "visits"]
    heads = [2, 2, 2, 2, 5, 2, 7, 2, 7]
    deps = ["nsubj", "aux", "ROOT", "punct", "nsubj", "conj", "auxpass", "conj", "dobj"]
    tags = ["NNS", "MD", "VB", ":", "DT", "VBN", "VBP", "VBN", "NNS"]
    pos = ["NOUN", "AUX", "VERB", "PUNCT", "PRON", "VERB", "AUX", "VERB", "NOUN"]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    found = g.passive_subject(doc[7])
    assert found is not None and found.text == "those"


def test_neither_son_is_the_pair_named_before(extractor: SpacyExtractor) -> None:
    text = (
        "Her two sons, Omar and Tariq Haddad, were arrested in 2021. "
        "Neither son has been seen since."
    )
    claim = only(claims_of(extractor, text), "disappearance")
    assert claim.victims == ["Omar", "Tariq Haddad"]
