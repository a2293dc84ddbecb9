"""A perpetrator written with the name it was read as still names its entity."""

from __future__ import annotations

from testimonies.link.acts import written_forms


def test_a_resolved_group_gives_its_name_its_acronym_and_its_words() -> None:
    assert written_forms("the group [Sunrise Liberation Army (SLA)]") == [
        "Sunrise Liberation Army",
        "SLA",
        "the group",
    ]
    assert written_forms("Sunrise Liberation Army (SLA)") == ["SLA", "Sunrise Liberation Army"]
    assert written_forms("the guards") == ["the guards"]
