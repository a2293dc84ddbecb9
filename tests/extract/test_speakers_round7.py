"""Who asserts a claim (asserted_by), on texts written for these tests."""

from __future__ import annotations

from testimonies.extract.persons import signature
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only

NOTEBOOK = (
    "Winter notes\n\n"
    "Nobody at the Orchard read the Teacher's letters but him. I was twelve when we came.\n\n"
    "In 2010 the elders locked me in the pantry for three days because I had cried at prayers."
    " I was given no food.\n\n"
    "I ran away in 2014. I still dream of the pantry.\n\n"
    "R.T.\n"
)


def test_a_signature_alone_on_the_last_line_names_who_signs() -> None:
    assert signature(NOTEBOOK) == "R.T."
    assert signature("I saw it.\n\nSigned: O. P. Varga\n") == "O. P. Varga"
    assert signature("We demand answers.\n\nMaria Ostrova, President\n") is None
    assert signature("We demand answers.\n\nThe Council of Elders\n") is None


def test_a_signed_notebook_is_told_by_who_signs_it(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, NOTEBOOK)
    locked = only(claims, "detention")
    assert locked.asserted_by == "R.T."
    assert locked.victims == ["R.T."]  # not 'the Teacher', the first person the text names


JUDGMENT = (
    "HIGH COURT OF APPEAL\n\n"
    "Background\n\n"
    "1. The appellant, K.M., is a national of the Republic of Tarvia, born in 1990.\n\n"
    "2. The appellant's account is as follows. In May 2021 he was arrested by the militia at his"
    " home and held in a school for two months.\n\n"
    "3. The Court allows the appeal.\n"
)


def test_a_judgment_s_claimant_asserts_as_the_text_calls_them(extractor: SpacyExtractor) -> None:
    held = only(claims_of(extractor, JUDGMENT), "detention")
    assert held.asserted_by == "the appellant [K.M.]"


REPORTED = (
    "Inside the quarry prison\n\n"
    "Amal Sayegh, a nurse from Tel Rima, was held at the quarry for a year.\n\n"
    "A former warden, who worked at the quarry until 2022, said the commander chose who would"
    ' go home. "Some prisoners were beaten every night in the yard," he said.\n\n'
    "Rana Kassab of Rima Watch said her group had counted 80 people missing since Huda Salem"
    ' was taken. "Their families'
    ' are told nothing, and nobody has been allowed to visit the prisoners," she said.\n\n'
    '"They said I was a spy for the army," Ms. Sayegh said.\n'
)


def test_he_said_after_an_unnamed_speaker_is_that_speaker(extractor: SpacyExtractor) -> None:
    beaten = only(claims_of(extractor, REPORTED), "physical_assault")
    assert beaten.asserted_by is not None and "warden" in beaten.asserted_by


def test_she_said_after_a_person_of_a_body_is_that_person(extractor: SpacyExtractor) -> None:
    kept = only(claims_of(extractor, REPORTED), "denial_of_contact")
    assert kept.asserted_by is not None and "Rana Kassab" in kept.asserted_by


def test_an_accusation_in_a_quote_is_asserted_by_who_quotes_it(
    extractor: SpacyExtractor,
) -> None:
    accused = only(claims_of(extractor, REPORTED), "false_accusation")
    assert accused.asserted_by is not None and "Sayegh" in accused.asserted_by


def test_which_of_a_writing_is_its_writer(extractor: SpacyExtractor) -> None:
    text = (
        "The Commission has the reply of the Ministry of Interior of 2001, which states that"
        " Mr. Farid Osmani was never detained by the police.\n"
    )
    held = only(claims_of(extractor, text), "detention")
    assert held.asserted_by is not None and "Ministry of Interior" in held.asserted_by


def test_a_report_s_own_investigation_is_its_own_voice(extractor: SpacyExtractor) -> None:
    text = (
        "THE MILL\n\n"
        "A six-month investigation, based on interviews with 30 former prisoners and two guards,"
        " found that at least 300 people were held in the old mill in 2022.\n"
    )
    assert only(claims_of(extractor, text), "detention").asserted_by is None


def test_a_rule_is_no_source(extractor: SpacyExtractor) -> None:
    text = (
        "The Ministry of Justice states that labour in the colonies is voluntary. It is paid"
        " according to the norms of the Labour Code, and no prisoner is forced to work at night.\n"
    )
    for claim in claims_of(extractor, text):
        assert claim.asserted_by is None or "norms" not in claim.asserted_by


def test_a_speech_verb_asserts_what_it_says_not_what_frames_it(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "THE CASE OF OMAR HADDAD\n\n"
        "In its reply to the Committee concerning the case of Omar Haddad, a teacher detained in"
        " 2015, the Government said he had been lawfully arrested for terrorism.\n"
    )
    claims = claims_of(extractor, text)
    framed = [c for c in claims if "detained in" in c.evidence.quote]
    assert framed and all(c.asserted_by is None for c in framed)


def test_a_clause_of_its_own_is_not_what_a_denial_verb_denies(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "LETTER OF THE MOTHERS\n\n"
        "Our daughters came back with children. Some are rejected by their own families, and the"
        ' militia\'s radio calls them "traitors" for running away.\n'
    )
    labelled = only(claims_of(extractor, text), "false_accusation")
    assert labelled.asserted_by is None and labelled.polarity == "asserted"


BULLETIN = (
    "MORNING NEWS\n\n"
    "Sheriff Ana Ruiz told reporters that her deputies found a boy in a shed behind the chapel."
    ' "He told us he had been locked in there for a week," the sheriff said.\n\n'
    "I spoke to a woman who left the farm last year. She said the elders took her passport"
    " when she arrived.\n"
)


def test_he_in_a_quote_is_not_who_says_the_quote(extractor: SpacyExtractor) -> None:
    held = only(claims_of(extractor, BULLETIN), "detention")
    assert held.asserted_by is not None and "boy" in held.asserted_by


def test_she_said_is_the_woman_the_paragraph_spoke_to(extractor: SpacyExtractor) -> None:
    taken = only(claims_of(extractor, BULLETIN), "confiscation_of_documents")
    assert taken.asserted_by is not None and "woman" in taken.asserted_by


def test_the_sheriff_is_the_one_last_named_sheriff(extractor: SpacyExtractor) -> None:
    text = (
        "Sheriff Peter Walsh visited the farm on Monday. The deputies found a cellar there.\n\n"
        '"Three men were locked in the cellar for days," the sheriff said.\n'
    )
    held = only(claims_of(extractor, text), "detention")
    assert held.asserted_by is not None and "Walsh" in held.asserted_by


def test_a_party_that_accepts_a_fact_asserts_it(extractor: SpacyExtractor) -> None:
    text = (
        "3. The Minister accepted that the militia detains persons whom it suspects of"
        " collaboration with the army.\n"
    )
    held = only(claims_of(extractor, text), "detention")
    assert held.asserted_by is not None and "Minister" in held.asserted_by


def test_reports_which_record_are_the_source(extractor: SpacyExtractor) -> None:
    text = (
        "5. Second, the judge did not engage with the evidence before her, including the"
        " reports of Rima Watch and of the United Nations, which record that detainees at the"
        " mill were routinely tortured.\n"
    )
    tortured = only(claims_of(extractor, text), "torture")
    assert tortured.asserted_by is not None and "Rima Watch" in tortured.asserted_by


def test_it_that_speaks_is_the_body_that_spoke_last(extractor: SpacyExtractor) -> None:
    text = (
        "40. Inmates work in the workshops of the Tarvik Correction Centre (TCC). In its reply of"
        " 4 May 2021, the Government stated that the centres are open institutions. It stated"
        " that no inmate was ever beaten by the staff of the TCC.\n"
    )
    beaten = only(claims_of(extractor, text), "physical_assault")
    assert beaten.asserted_by is not None and "Government" in beaten.asserted_by


def test_one_who_shares_the_bylines_surname_speaks_for_herself(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "Inside the mill\n\nBy Lina Haddad\n\n"
        "Samira Haddad, a teacher from the valley, said she was beaten by the guards of the mill"
        " for three days in May 2022.\n"
    )
    beaten = only(claims_of(extractor, text), "physical_assault")
    assert beaten.asserted_by == "Samira Haddad"


def test_who_utters_a_threat_does_not_assert_it(extractor: SpacyExtractor) -> None:
    told = claims_of(
        extractor,
        "A mother who went to the checkpoint to ask for her son was told by the soldiers that if"
        " she came back she would be shot.\n",
    )
    assert only(told, "threat").asserted_by is None
    reported = claims_of(
        extractor,
        "Rana Kassab said the guards told the prisoners that they would be shot if they spoke.\n",
    )
    assert only(reported, "threat").asserted_by == "Rana Kassab"
    rule = claims_of(
        extractor,
        "Two former residents stated that anyone who tries to escape will be killed by the"
        " guards.\n",
    )
    for claim in rule:  # a rule reported, said to no one: the residents assert it
        assert claim.asserted_by == "Two former residents"


FEATURE = (
    "THE PITS\n\nBy Anna Berg | The Review | May 2024\n\n"
    'The first thing Patience Mwamba noticed was the noise. "You could not hear yourself," she'
    " told me outside her aunt's house, where she has lived since the spring.\n\n"
    "What Patience describes is closer to a prison than a mine. The workers dug at gunpoint,"
    " unpaid, from before first light until after dark.\n"
)


def test_a_feature_s_witness_named_by_first_name_tells_the_paragraph(
    extractor: SpacyExtractor,
) -> None:
    dug = only(claims_of(extractor, FEATURE), "forced_labor")
    assert dug.asserted_by == "Patience Mwamba"


def test_a_bare_he_said_after_a_comma_names_the_source(extractor: SpacyExtractor) -> None:
    text = (
        "THE MILL\n\nKarim Nasser was held in the mill for a year. Two men in his row died that"
        " winter, he said; one of them after a beating by a guard.\n"
    )
    died = [c for c in claims_of(extractor, text) if c.act == "death_in_custody"]
    assert died and died[0].asserted_by == "Karim Nasser"


def test_a_speaker_described_then_named_is_given_by_the_name(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "Late last night a lawyer for the Fellowship, Carole Deems, told the station that no one"
        " at the farm has ever been held against their will.\n"
    )
    held = only(claims_of(extractor, text), "detention")
    assert held.asserted_by == "Carole Deems"


def test_one_who_saw_an_act_tells_it(extractor: SpacyExtractor) -> None:
    text = (
        "My name is Rima Haddad. I am the sister of Sami Haddad. I last saw my brother in 2016,"
        " when I visited him in the prison. I was not allowed to see him again.\n\n"
        "In 2017 a fellow prisoner saw him hung by the wrists in the yard.\n"
    )
    hung = [c for c in claims_of(extractor, text) if "hung" in c.evidence.quote]
    assert hung and hung[0].asserted_by == "a fellow prisoner"


INTERVIEW = (
    "Narrator: Ilse Varga (IV). Interviewer: Tomas Bek (TB).\n\n"
    "TB: Where did you live in 2015?\n\n"
    "IV: On the farm of the Circle, with my mother.\n\n"
    "TB: Your brother was arrested by the elders in 2016. Where were you then?\n\n"
    "IV: In the kitchen. I heard him shout.\n"
)


def test_the_interviewer_asserts_nothing_of_their_own(extractor: SpacyExtractor) -> None:
    arrested = only(claims_of(extractor, INTERVIEW), "detention")
    assert arrested.asserted_by is None
