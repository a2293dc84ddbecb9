"""Short texts written for these tests: victims, perpetrators, speakers (round 4)."""

from __future__ import annotations

from testimonies.extract.chunks import blank_note_calls
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only


def test_note_calls_are_blanked_with_offsets_kept() -> None:
    text = "He was held.[12] Then¹ he left.[3, 4]"
    blanked = blank_note_calls(text)
    assert len(blanked) == len(text)
    assert "[" not in blanked and "¹" not in blanked and "Then" in blanked


def test_a_note_call_does_not_join_two_sentences(extractor: SpacyExtractor) -> None:
    text = (
        "Gunmen raided the village in May, according to three residents.[7] "
        '"They beat me with sticks," said Amadou K., a farmer.[8]'
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.asserted_by == "Amadou K."
    assert claim.victims == ["Amadou K."]
    assert claim.evidence.quote in text  # quoted as written, note calls and all


def test_a_reporters_first_person_is_no_testimony(extractor: SpacyExtractor) -> None:
    text = (
        "Samuel Okoro told me about the camp. I asked him twice. Guards beat him every week, "
        "he told me. I could not confirm his account; his brother told me the same."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.victims == ["Samuel Okoro"]
    assert claim.asserted_by == "Samuel Okoro"


def test_he_is_not_the_woman_named_last(extractor: SpacyExtractor) -> None:
    text = (
        "Karim Bahrami was arrested in 2015. His lawyer, Ms. Leila Ahmadi, said that he "
        "was beaten in custody."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.victims == ["Karim Bahrami"]


def test_a_name_the_tagger_misses_is_found_by_its_description(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "I am the sister of Yousif Darwish, a civil engineer. Officers took Yousif from our "
        "home. We later learned that he was held in Branch 40."
    )
    held = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert held and all("Yousif" in " ".join(c.victims) for c in held)


def test_an_adjective_of_a_country_is_no_person(extractor: SpacyExtractor) -> None:
    text = (
        "Said Tavakoli came to Zarkand in 1999. The Zarkandi authorities never answered. "
        "He was held in a locked room for three months."
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims == ["Said Tavakoli"]


def test_an_act_naming_no_one_was_done_by_the_paragraphs_actors(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "The Liberation Army controls the hills. Gunmen surrounded the market in Tiko and took "
        "30 men away. Three of the men were shot dead on the spot."
    )
    claim = only(claims_of(extractor, text), "killing")
    assert claim.perpetrators == ["Gunmen"]


def test_the_agent_phrase_stops_before_what_is_said_of_it(extractor: SpacyExtractor) -> None:
    text = "Two members were handed over by the internal security to the police in 1998."
    claim = only(claims_of(extractor, text), "handover")
    assert claim.perpetrators == ["the internal security"]


def test_died_in_the_custody_of_names_who_held_them(extractor: SpacyExtractor) -> None:
    text = "Two protesters died in the custody of the security services last week."
    claim = only(claims_of(extractor, text), "death_in_custody")
    assert claim.perpetrators == ["the security services"]


def test_the_doer_the_document_names_most_answers_for_impersonal_acts(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "VIEWS OF THE PANEL\n\n"
        "The Panel issued its Views in May. Views were shared with the parties.\n\n"
        "The security services arrested Omar Saleh in 2019. The security services beat him.\n\n"
        "His passport was confiscated."
    )
    claim = only(claims_of(extractor, text), "confiscation_of_documents")
    assert claim.perpetrators == ["The security services"]


def test_a_threat_is_made_by_who_utters_it(extractor: SpacyExtractor) -> None:
    text = "Captain Musa said that if I ran away, his men would kill my mother."
    claim = only(claims_of(extractor, text), "threat")
    assert claim.perpetrators == ["Captain Musa"]


def test_who_threatens_in_the_verb_does_it_not_who_reports_it(extractor: SpacyExtractor) -> None:
    text = "One student said interrogators threatened to detain his mother."
    claim = only(claims_of(extractor, text), "threat")
    assert claim.perpetrators == ["interrogators"]


def test_a_case_sheet_name_is_no_narrator(extractor: SpacyExtractor) -> None:
    text = (
        "Lawyer Amal Nasser has been held incommunicado since May. Officers beat her.\n\n"
        "Name: Amal Nasser\nGender: female"
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.asserted_by is None


def test_a_self_named_narrator_is_named_in_full(extractor: SpacyExtractor) -> None:
    text = (
        "My name is Abd al-Rahman Sweid. I am from the town. In 1992 they took me to the "
        "Branch. I was beaten there. I did not see my family for a year. I was released."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.victims == ["Abd al-Rahman Sweid"]
    assert claim.asserted_by == "Abd al-Rahman Sweid"


def test_she_who_speaks_is_who_spoke_last_in_the_paragraph(extractor: SpacyExtractor) -> None:
    text = (
        "Amina K., 22, said she was given to a commander known as Colonel Moses. "
        '"They beat me every night," she said.'
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.asserted_by == "Amina K."
    assert claim.victims == ["Amina K."]


def test_who_says_it_in_a_relative_clause_is_its_antecedent(extractor: SpacyExtractor) -> None:
    text = "The mission interviewed 11 women who said they had been raped by fighters."
    claim = only(claims_of(extractor, text), "sexual_violence")
    assert claim.asserted_by == "11 women"


def test_a_name_written_as_a_place_is_no_person(extractor: SpacyExtractor) -> None:
    text = (
        "Rana Saleh, 34, is a lawyer. Officers searched her flat in the Jabal district of "
        "Kafr Nabil and took her laptop. She is being held at Branch 9."
    )
    held = [c for c in claims_of(extractor, text) if c.act == "detention"]
    assert held and all(c.victims == ["Rana Saleh"] for c in held)


NARRATED = (
    "My name is Tahmineh Rezaei. I was a member for ten years. I left in 2012. I live in "
    "Cologne now. I was afraid for years.\n\n"
)


def test_i_outside_the_quoted_words_is_the_narrator(extractor: SpacyExtractor) -> None:
    text = NARRATED + 'Mr. Karimi said on their channel that I am "a paid agent of the regime".'
    claim = only(claims_of(extractor, text), "false_accusation")
    assert claim.victims == ["Tahmineh Rezaei"]
    assert claim.asserted_by == "Tahmineh Rezaei"
    assert claim.perpetrators == ["Mr. Karimi"]


def test_you_in_a_quote_told_to_the_narrator_is_the_narrator(extractor: SpacyExtractor) -> None:
    text = NARRATED + 'The commander told me: "If you speak again, we will beat you."'
    claim = only(claims_of(extractor, text), "threat")
    assert claim.victims == ["Tahmineh Rezaei"]


def test_her_son_is_the_son_the_document_names(extractor: SpacyExtractor) -> None:
    text = (
        "The author's son, Karim Haddad, was arrested in 2016.\n\n"
        "Since 2019 the author has had no news of her son."
    )
    claim = only(claims_of(extractor, text), "disappearance")
    assert claim.victims == ["Karim Haddad"]


def test_the_participle_clause_names_the_victims(extractor: SpacyExtractor) -> None:
    text = "Soldiers opened fire on the crowd in the square, killing at least six people."
    killed = [c for c in claims_of(extractor, text) if c.act == "killing"]
    assert killed and killed[0].victims == ["at least six people"]


def test_the_body_that_wrote_the_document_is_its_own_voice(extractor: SpacyExtractor) -> None:
    text = (
        "Association for the Rights of Detainees (ARD)\nReport, May 2021\n\n"
        "ARD has confirmed that 12 detainees were killed by guards in 2020."
    )
    claim = only(claims_of(extractor, text), "killing")
    assert claim.asserted_by is None


def test_who_continues_to_report_is_the_speaker(extractor: SpacyExtractor) -> None:
    text = (
        "The experts noted that relatives abroad continue to report that family members are "
        "missing."
    )
    claim = only(claims_of(extractor, text), "disappearance")
    assert claim.asserted_by == "relatives abroad"
    assert claim.victims == ["family members"]


def test_a_bare_number_counts_what_was_counted_before(extractor: SpacyExtractor) -> None:
    text = (
        "Of 1,214 detainees, 702 were held for more than one year and 188 remain missing: "
        "their relatives have received no information about them."
    )
    claim = only(claims_of(extractor, text), "disappearance")
    assert claim.victims == ["188 detainees"]
