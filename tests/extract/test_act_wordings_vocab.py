"""The marks acts.yaml gained in version 4: '>!' (none of these words under the head), an act's
'anywhere' wordings, and acts one act turns into, which must be codes of the vocabulary."""

from __future__ import annotations

import pytest

from testimonies.errors import InputError
from testimonies.extract.vocab import _act, check_mapped, load_acts, parse_pattern


def test_no_child_mark() -> None:
    trigger = parse_pattern("detention", "?take >!to|into")
    assert trigger.no_child == frozenset({"to", "into"}) and not trigger.child
    assert [t.words for t in trigger.tokens] == [frozenset({"take"})]


def test_anywhere_wordings_are_marked() -> None:
    entry = {"code": "death_in_custody", "triggers": ["?die"], "anywhere": ["suicide"]}
    act = _act(entry, {})
    assert {t.text: t.anywhere for t in act.triggers} == {"?die": False, "suicide": True}


def test_an_unknown_word_class_for_outside_custody_is_an_error() -> None:
    entry = {"code": "death_in_custody", "outside_custody": "killing", "outside_custody_if": "x"}
    with pytest.raises(InputError, match="unknown word class"):
        _act(entry, {})


def test_an_act_turned_into_an_unknown_code_is_an_error() -> None:
    acts = (_act({"code": "false_accusation", "insulting": "psychological_abus"}, {}),)
    with pytest.raises(InputError, match="unknown act"):
        check_mapped(acts)


def test_the_shipped_vocabulary_is_version_19_and_consistent() -> None:
    vocabulary = load_acts()
    assert vocabulary.version == 19
    check_mapped(vocabulary.acts)
    assert vocabulary.words("violence") and vocabulary.words("custody")
    assert vocabulary.words("remains_of_the_dead") < vocabulary.words("violence")
