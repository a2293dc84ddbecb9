"""Short texts written for these tests: the fields of a claim once its act is found (round 2)."""

from __future__ import annotations

from testimonies.extract.spacy_extractor import SpacyExtractor
from tests.extract.conftest import claims_of

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
