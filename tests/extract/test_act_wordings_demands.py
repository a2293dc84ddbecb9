"""What a body asks to be done names an act without stating it: "urged the Government to
disclose the fate and whereabouts of X", "calls on the NDO to return the confiscated passports",
a list of demands. Sentences written for these tests."""

from __future__ import annotations

import pytest

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

DEMANDS = [
    "The committee urged the authorities to disclose the fate and whereabouts of Ahmad Karimi.",
    "The State party is requested to reveal the whereabouts of Leila Nouri.",
    "Amnesty calls on the government to return the confiscated passports of the workers.",
    "The State is under an obligation to disclose the fate of the disappeared teachers.",
    "Write to the minister urging him to:\n- disclose the whereabouts of Sara Nouri;\n",
    "Our demands:\n\n1. Disclose the fate of the missing teachers.\n",
]


@pytest.mark.parametrize("text", DEMANDS)
def test_a_demand_is_no_claim(extractor: SpacyExtractor, text: str) -> None:
    assert [c.to_spec_dict() for c in claims_of(extractor, text)] == []


STATEMENTS = [
    ("The guards urged him to talk, then they beat him.", "physical_assault"),
    (
        "Adult residents were required to hand their passports to the secretariat.",
        "confiscation_of_documents",
    ),
    ("They called him a traitor in front of everyone.", "false_accusation"),
    ("Help me, they beat me every day.", "physical_assault"),
    ("They called him to the office and beat him with a cable.", "physical_assault"),
]


@pytest.mark.parametrize(("text", "act"), STATEMENTS)
def test_an_act_near_a_word_of_asking_is_still_stated(
    extractor: SpacyExtractor, text: str, act: str
) -> None:
    assert act in {c.act for c in claims_of(extractor, text)}
