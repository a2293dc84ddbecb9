"""The trigger pattern language: word classes, one-token slots, and what a wording that states
no act takes out of a sentence."""

from __future__ import annotations

import itertools

import pytest

from testimonies.errors import InputError
from testimonies.extract.spacy_extractor import SpacyExtractor
from testimonies.extract.triggers import TriggerIndex
from testimonies.extract.vocab import NOT_AN_ACT, load_acts, parse_pattern

CLASSES = {"kin": frozenset({"mother", "father"}), "counsel": frozenset({"lawyer"})}


def test_word_class_spelled_out() -> None:
    trigger = parse_pattern("denial_of_contact", "see * @kin|@counsel|him", classes=CLASSES)
    assert trigger.tokens[-1].words == {"mother", "father", "lawyer", "him"}


def test_unknown_word_class_is_an_error() -> None:
    with pytest.raises(InputError, match="@friends"):
        parse_pattern("denial_of_contact", "see * @friends", classes=CLASSES)


@pytest.mark.parametrize("text", ["* leave", "_ be held"])
def test_pattern_must_open_with_a_word(text: str) -> None:
    with pytest.raises(InputError, match="open with a word"):
        parse_pattern("detention", text)


def test_any_token_and_subtree_marks() -> None:
    any_slot = parse_pattern(NOT_AN_ACT, "may be _")
    assert any_slot.tokens[-1].any and not any_slot.tokens[-1].gap
    assert any_slot.length == 3
    assert parse_pattern(NOT_AN_ACT, "!^fear * that").subtree


def test_vocabulary_classes_used() -> None:
    """acts.yaml defines its classes once; patterns using them load spelled out."""
    texts = {t.text: t for t in load_acts().triggers()}
    spend = texts["?spend * in * @prison"]
    assert {"prison", "jail", "cell"} <= spend.tokens[-1].words


def _acts(extractor: SpacyExtractor, patterns: list[tuple[str, str]], text: str) -> list[str]:
    index = TriggerIndex([parse_pattern(act, p) for act, p in patterns])
    sent = next(iter(extractor.nlp(text).sents))
    return [m.act for m in index.find(sent)]


def test_any_token_slot_matches_one_word(extractor: SpacyExtractor) -> None:
    patterns = [("detention", "held"), (NOT_AN_ACT, "could be _")]
    assert _acts(extractor, patterns, "He could be held for years.") == []
    assert _acts(extractor, patterns, "He was held for years.") == ["detention"]


def test_blocker_takes_coordinated_nouns(extractor: SpacyExtractor) -> None:
    patterns = [
        ("torture", "torture"),
        ("sexual_violence", "rape"),
        (NOT_AN_ACT, "fear of torture"),
    ]
    assert _acts(extractor, patterns, "She spoke of her fear of torture and rape.") == []


def test_blocker_leaves_coordinated_verbs(extractor: SpacyExtractor) -> None:
    patterns = [("detention", "detain"), (NOT_AN_ACT, "!^ban * march")]
    found = _acts(extractor, patterns, "Police banned the march and detained 40 people.")
    assert found == ["detention"]


def test_subtree_blocker(extractor: SpacyExtractor) -> None:
    patterns = [("detention", "arrest"), (NOT_AN_ACT, "!^fear * that")]
    text = "Relatives fear that the students will soon be arrested by the police."
    assert _acts(extractor, patterns, text) == []
    plain = [("detention", "arrest"), (NOT_AN_ACT, "fear * that")]
    assert _acts(extractor, plain, text) == ["detention"]


def test_blocker_leaves_what_follows_a_noun_it_describes(extractor: SpacyExtractor) -> None:
    """'slanderous attacks and psychological pressure': the pressure is stated, not blocked."""
    patterns = [
        ("physical_assault", "attack"),
        ("psychological_abuse", "psychological pressure"),
        (NOT_AN_ACT, "slanderous * attacks"),
    ]
    text = "They were subjected to slanderous attacks and psychological pressure."
    assert _acts(extractor, patterns, text) == ["psychological_abuse"]


def test_no_alternative_swallows_a_phrase() -> None:
    """'nobody|no one' would be cut into 'nobody|no' and 'one': phrases need their own pattern."""
    for trigger in load_acts().triggers():
        tokens = trigger.tokens
        for word_token, following in itertools.pairwise(tokens):
            cut = "no" in word_token.words and len(word_token.words) > 1
            assert not (cut and "one" in following.words), trigger.text
