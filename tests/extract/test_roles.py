"""Short texts written for these tests: who did what to whom, according to whom."""

from __future__ import annotations

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of, only


def test_first_person_quote_is_asserted_by_its_named_speaker(extractor: SpacyExtractor) -> None:
    text = (
        "Karim Bahrami, a former commander of the Sunrise Movement, says: "
        "“In 1994 they locked me up in a cellar for six months.”"
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims == ["Karim Bahrami"]
    assert claim.asserted_by == "Karim Bahrami"
    assert claim.perpetrators == ["Sunrise Movement"]
    assert (claim.start, claim.end, claim.duration) == ("1994", "1994", "P6M")
    assert claim.speaker_role == "victim"


def test_anonymous_witness_quote(extractor: SpacyExtractor) -> None:
    text = "“They beat us every night,” said a former member who asked not to be named."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.asserted_by is not None and "former member" in claim.asserted_by
    assert claim.victims == [claim.asserted_by]


def test_attribution_chain_gives_the_innermost_speaker(extractor: SpacyExtractor) -> None:
    text = (
        "According to the Lantern Rights Group, Ana Petrova said that guards of the Sunrise "
        "Movement had detained her brother in 2003."
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.asserted_by == "Ana Petrova"
    assert claim.victims == ["her brother"]
    assert claim.perpetrators == ["guards of the Sunrise Movement"]
    assert claim.start == "2003"


def test_according_to_an_organization(extractor: SpacyExtractor) -> None:
    text = "According to the Lantern Rights Group, 12 members were beaten by guards in 2004."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.asserted_by is not None and "Lantern Rights Group" in claim.asserted_by
    assert claim.victims == ["12 members"]
    assert claim.victim_count == 12


def test_policy_statement_in_the_passive(extractor: SpacyExtractor) -> None:
    text = (
        "The Sunrise Movement ran Camp Delta for a decade. "
        "Those who tried to escape were locked up in a basement."
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims == ["Those who tried to escape"]
    assert claim.perpetrators == ["Sunrise Movement"]
    assert claim.asserted_by is None
    assert claim.evidence.quote == "Those who tried to escape were locked up in a basement."


def test_group_victims_with_a_number_and_an_agent(extractor: SpacyExtractor) -> None:
    text = "On 3 March 2005, 36 residents were detained by the camp police."
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims == ["36 residents"]
    assert claim.victim_count == 36
    assert claim.perpetrators == ["the camp police"]
    assert claim.start == claim.end == "2005-03-03"


def test_quantity_of_people_is_a_victim(extractor: SpacyExtractor) -> None:
    text = "In the early 1990s dozens of members were killed by the guards."
    claim = only(claims_of(extractor, text), "killing")
    assert claim.victims == ["dozens of members"]
    assert claim.start == "199X"


def test_denials_by_the_accused(extractor: SpacyExtractor) -> None:
    text = (
        "The Sunrise Movement denied that anyone was detained. "
        "No one was ever detained at Camp Delta, its spokesman Omar Vell said. "
        "Members are free to leave at any time."
    )
    claims = claims_of(extractor, text)
    assert {c.polarity for c in claims} == {"denied"}
    first = claims[0]
    assert first.act == "detention" and first.asserted_by == "Sunrise Movement"
    exit_claim = only(claims, "denial_of_exit")
    assert exit_claim.victims == ["Members of Sunrise Movement"]  # members of the group


def test_negated_wording_that_is_itself_the_act_stays_asserted(extractor: SpacyExtractor) -> None:
    text = "Both men were told they would not be allowed to leave the camp."
    claim = only(claims_of(extractor, text), "denial_of_exit")
    assert claim.polarity == "asserted"


def test_organization_and_pronouns_resolve_to_the_group(extractor: SpacyExtractor) -> None:
    text = (
        "The Sunrise Movement controlled the valley. "
        "The organization imprisoned Ilse Brandt in 1999. They also threatened her family."
    )
    claims = claims_of(extractor, text)
    detention = only(claims, "detention")
    assert detention.victims == ["Ilse Brandt"]
    assert detention.perpetrators == ["The organization [Sunrise Movement]"]
    assert only(claims, "threat").perpetrators == ["Sunrise Movement"]


def test_first_person_testimony_names_its_narrator(extractor: SpacyExtractor) -> None:
    text = (
        "The testimony of Reza Amini\n\n"
        "I joined the group in 1985. I was young. I believed in it. In 1990 I asked to leave. "
        "They put me in a cell for two years. I never saw my mother again."
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.victims == ["Reza Amini"]
    assert claim.asserted_by == "Reza Amini"


def test_evidence_offsets_are_code_points_into_the_text(extractor: SpacyExtractor) -> None:
    text = "Ünïcödé — “façade” ✓ préface.\n\n\nIn 2001 the guards beat Józef Ñúñez severely."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.quote
    assert "beat" in claim.evidence.quote


def test_no_act_no_claim(extractor: SpacyExtractor) -> None:
    assert claims_of(extractor, "The camp had a library and a football field.") == []


def test_quote_speaker_is_the_one_just_before_the_quote(extractor: SpacyExtractor) -> None:
    text = (
        "Statements from former members indicate that the camp had three prisons. "
        "Karim Bahrami, who ran the guard unit, says: “In 1991 they locked me up in a cellar.”"
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.asserted_by == "Karim Bahrami"
    assert claim.victims == ["Karim Bahrami"]


def test_one_negation_denies_every_coordinated_act(extractor: SpacyExtractor) -> None:
    text = (
        "The Sunrise Movement said in a statement: No member of the Movement has ever been "
        "detained, held in solitary confinement or tortured."
    )
    claims = claims_of(extractor, text)
    assert {c.act for c in claims} >= {"detention", "torture"}
    assert {c.polarity for c in claims} == {"denied"}


def test_allegations_rejected_are_denied(extractor: SpacyExtractor) -> None:
    text = "Allegations that guards beat residents are categorically rejected by the ministry."
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.polarity == "denied"


def test_relatives_named_once_keep_their_name(extractor: SpacyExtractor) -> None:
    text = (
        "My name is Leila Hosseini. My father, Reza Hosseini, joined the Sunrise Movement in "
        "1980. In 1995 guards beat my father in the yard, and I never saw him again."
    )
    claim = only(claims_of(extractor, text), "physical_assault")
    assert claim.victims == ["Reza Hosseini"]
    assert claim.asserted_by == "Leila Hosseini"


def test_wording_with_a_governed_word_far_away(extractor: SpacyExtractor) -> None:
    text = (
        "Karim Bahrami says: “In 1991 they put me, with my wife and our six-month-old son, "
        "in a building called Eskan.”"
    )
    claim = only(claims_of(extractor, text), "detention")
    assert claim.place == "Eskan"
    assert "Karim Bahrami" in claim.victims and "my wife" in claim.victims
