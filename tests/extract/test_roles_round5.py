"""Short texts written for these tests: speakers of court and treaty-body documents (round 5)."""

from __future__ import annotations

from testimonies.extract.persons import addressee, defined_acronyms, find_claimant, narrator_body
from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only

ROLES = frozenset({"author", "appellant", "applicant"})

VIEWS = (
    "COMMITTEE AGAINST TORTURE\n\n"
    "Complaint submitted by: Leyla Omarova (represented by counsel)\n\n"
    "The facts as submitted by the complainant\n\n"
    "2.1 On 3 May 2019 police officers arrested the complainant's husband at his workshop.\n\n"
    "2.2 He was beaten with batons at the district police station.\n\n"
    "State party's observations\n\n"
    "4.1 The officers used no force at any time. He was never beaten.\n\n"
    "Consideration of the merits\n\n"
    "8.1 The Committee notes that he was detained for three days without a lawyer.\n"
)


def test_the_claimant_is_who_the_case_names() -> None:
    assert find_claimant("Communication submitted by: Omar Bakri (represented)", ROLES) == (
        "Omar Bakri"
    )
    assert find_claimant("Between\nKM (ANONYMITY ORDER), Appellant\nand", ROLES) == "KM"
    assert find_claimant("Mr. Tal Ben (the author) is a farmer.", ROLES) == "Mr. Tal Ben"
    assert find_claimant("The appellant, RK, is a national of X.", ROLES) == "RK"
    assert find_claimant("IN THE MATTER OF AN APPLICATION FOR PROTECTION", ROLES) is None


def test_a_section_heading_sets_who_asserts(extractor: SpacyExtractor) -> None:
    claims = claims_of(extractor, VIEWS)
    assault = [c for c in claims if c.act == "physical_assault"]
    told = {c.polarity: c.asserted_by for c in assault}
    assert told["asserted"] == "the complainant [Leyla Omarova]"  # under its heading
    assert told["denied"] is not None and "State party" in told["denied"]


def test_a_partys_account_opens_a_section(extractor: SpacyExtractor) -> None:
    text = (
        "Between\nRK (ANONYMITY ORDER MADE), Appellant\nand\nTHE MINISTER, Respondent\n\n"
        "Background\n\n"
        "2. The appellant's account is as follows. She lived in the capital.\n\n"
        "3. In May 2021 she was beaten by soldiers at a checkpoint.\n\n"
        "Findings\n\n"
        "9. We accept that she was detained by soldiers in 2021.\n"
    )
    claims = claims_of(extractor, text)
    assert only(claims, "physical_assault").asserted_by == "the appellant [RK]"
    assert only(claims, "detention").asserted_by is None  # the tribunal's own finding


def test_she_in_a_case_is_its_claimant(extractor: SpacyExtractor) -> None:
    text = (
        "Between\nRK (ANONYMITY ORDER MADE), Appellant\nand\nTHE MINISTER, Respondent\n\n"
        "Background\n\n"
        "1. The appellant is a national of Varnia. She appeals against the refusal.\n\n"
        "2. In 2020 she met a trader, Tomas Bell, who helped her. In May 2021 she was "
        "beaten by soldiers at a checkpoint.\n\n"
        "Findings\n\n"
        "9. We accept that the appellant was detained by soldiers in 2021.\n"
    )
    claims = claims_of(extractor, text)
    assert only(claims, "physical_assault").victims == ["RK"]
    assert only(claims, "detention").victims == ["RK"]


def test_they_in_a_testimony_are_the_men_it_named(extractor: SpacyExtractor) -> None:
    text = (
        "My name is Karim Haddou. I sold bread in the market of Tazrut.\n\n"
        "In 1998 they arrested me at work. Three men came to the bakery, from the "
        "Mukhabarat, the intelligence police. They said I must come with them.\n\n"
        "In the cellar the guards laughed at us.\n\nLater they beat me with a cable every night."
    )
    claims = claims_of(extractor, text)
    assault = only(claims, "physical_assault")
    assert assault.perpetrators and "intelligence police" in assault.perpetrators[0]
    taken = only(claims, "detention")
    assert taken.perpetrators and "intelligence police" in taken.perpetrators[0]


def test_according_to_at_a_paragraphs_head_goes_on(extractor: SpacyExtractor) -> None:
    text = (
        "According to a cellmate, Omar Said was beaten during interrogations. He was then "
        "kept alone in a dark cell for weeks. On 3 May 2020 police officers arrested his wife."
    )
    claims = claims_of(extractor, text)
    assert only(claims, "solitary_confinement").asserted_by == "a cellmate"
    assert only(claims, "detention").asserted_by is None  # a new date: another episode


def test_a_speech_verb_coordinated_shares_its_subject(extractor: SpacyExtractor) -> None:
    text = (
        "My name is Salim Aziz. In 1999 an officer came to our house and said my cousin had "
        "been killed in the prison."
    )
    claim = only(claims_of(extractor, text), "death_in_custody")
    assert claim.asserted_by == "an officer"


def test_accusations_the_next_sentence_calls_lies_are_denied_by_the_text(
    extractor: SpacyExtractor,
) -> None:
    text = (
        "Several websites published the letter and accused the Movement of torturing its "
        "members in 2004. These accusations are lies."
    )
    claim = only(claims_of(extractor, text), "torture")
    assert claim.polarity == "denied"
    assert claim.asserted_by is None


def test_a_feature_tells_the_paragraph_in_its_witness_words(extractor: SpacyExtractor) -> None:
    text = (
        'Peter Odhiambo was sixteen when the militia came. "We ran," he told me.\n\n'
        "The fighters, he says, rounded up the boys at the market. His uncle was beaten "
        "with sticks and left by the road."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.asserted_by == "Peter Odhiambo"


def test_a_name_beside_a_relative_is_a_person(extractor: SpacyExtractor) -> None:
    text = (
        "Innocent never went to the women's camp. His cousin Dorcas did. She was taken in the "
        "same raid, at fourteen, by the fighters."
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims == ["Dorcas"]


def test_cases_reported_by_a_body_frame_the_clause(extractor: SpacyExtractor) -> None:
    text = (
        "In at least three cases documented by the Regional Rights Office in 2021, escaped "
        "workers were recaptured and beaten."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.asserted_by is not None and "Regional Rights Office" in claim.asserted_by


def test_an_acronym_speaker_is_given_with_its_name(extractor: SpacyExtractor) -> None:
    assert defined_acronyms("the Tarvik Centre for Human Rights (TCHR) said") == {
        "TCHR": "Tarvik Centre for Human Rights"
    }
    text = (
        "The Tarvik Centre for Human Rights (TCHR) published its figures on Monday. TCHR said "
        "police officers had beaten at least 12 protesters in custody."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.asserted_by == "Tarvik Centre for Human Rights (TCHR)"


def test_one_described_speaks_as_described(extractor: SpacyExtractor) -> None:
    text = (
        "Released prisoners described the cells. One, a 20-year-old nurse, said guards beat "
        "him with cables."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.asserted_by == "a 20-year-old nurse"


def test_our_association_is_the_body_the_narrator_speaks_for(extractor: SpacyExtractor) -> None:
    assert narrator_body("I appear on behalf of Mothers of Tarvik and its members.") == (
        "Mothers of Tarvik"
    )
    text = (
        "My name is Sara Holm. I speak on behalf of Mothers of Tarvik. Our association has "
        "documented 40 cases of people who were tortured in police custody."
    )
    claim = only(claims_of(extractor, text), "torture")
    assert claim.asserted_by == "Mothers of Tarvik"


def test_you_in_a_letter_is_its_addressee(extractor: SpacyExtractor) -> None:
    assert addressee("OPEN LETTER\n\nTo Colonel Mark Ode and his officers\n\nWe write.") == (
        "Colonel Mark Ode"
    )
    assert addressee("To date, no one has been charged.") is None
    text = (
        "To Colonel Mark Ode and his officers\n\n"
        'In your speech you said that "no prisoner in Tarvik was ever tortured". We know '
        "this is false."
    )
    claim = only(claims_of(extractor, text), "torture")
    assert claim.asserted_by == "Colonel Mark Ode"
