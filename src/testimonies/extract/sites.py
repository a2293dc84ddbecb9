"""Places of custody a document names in its own words ("the Khalvat (seclusion), a row of
single rooms", "houses the members called Mosaferkhaneh", "the prison of Abu Sakhr", the
"silence room"): once named, a text writes "they took me to the Mosaferkhaneh" or "he was in
the Khalvat for three years" with no word of custody left in the sentence.
"""

from __future__ import annotations

import re

from testimonies.extract.vocab import Lexicon

SENTENCE = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+")
NAME = r"[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,2}"
QUOTE_OPEN, QUOTE_CLOSE = r"[“\"«]", r"[”\"»]"
# "houses that the members called Mosaferkhaneh", "small units known as Mehmansara": named
# within a few words of the word of custody it names
NAMED = re.compile(
    rf"\b(?:called|known as|named|nicknamed|dubbed)\s+(?:the\s+)?{QUOTE_OPEN}?({NAME})"
)
NAMED_WITHIN = 60  # characters between the word of custody and "called"
# 'the "Quiet Room"', 'the "silence room"', 'the “Qarantineh”'
QUOTED = re.compile(rf"\bthe\s+{QUOTE_OPEN}([A-Za-z][\w’' -]{{1,30}}?){QUOTE_CLOSE}(?!\s+[a-z])")
# "the Khalvat (seclusion), a row of single rooms"
# (not "the North (ADDN)": an acronym in brackets belongs to the longer name before it)
GLOSSED = re.compile(rf"\bthe\s+({NAME})\s*\((?![A-Z]{{2,}}\))([^)]{{1,40}})\)")
# "the prison of Abu Sakhr" (not "the camp of Pishgaman", the group's, or "the prisons of
# Samarand", a country's)
OF_NAME = re.compile(rf"\bthe (?:prison|jail) of ({NAME})")


# "The Bothy is an old stone shed", "Reset was a room in the old bunkhouse": a name the text
# defines as a room of custody (a word of `custody_rooms` ends the defining noun phrase)
DEFINED = r"(?:^|(?<=[.!?]\s)|(?<=\bthe\s))[“\"«]?(?:The\s+)?({name})[”\"»]?,?\s+(?:is|was)\s+"
DEFINED_AS = r"(?:a|an|one)\s+(?:[a-z-]+\s+){{0,3}}?(?:{rooms})\b(?!\s+[a-z]+(?:er|or)\b)"


def custody_sites(text: str, lex: Lexicon, defined: bool = True) -> dict[str, bool]:
    """Each name the text gives a place of custody, and whether the text tells of it as a place
    of solitary confinement (its defining sentence says 'solitary', 'isolation', 'alone'...)."""
    confinement = lex.words("confinement_nouns") | lex.words("custody_rooms")
    rooms, solitary = lex.words("custody_rooms"), lex.words("solitary_words")
    not_names = lex.words("not_site_names")
    sites: dict[str, bool] = {}
    defining = _defining(rooms) if defined else None
    for sentence in SENTENCE.split(text):
        words = set(re.findall(r"[a-z]+", sentence.lower()))
        if not words & confinement:
            continue
        alone = bool(words & solitary)
        names = _names_in(sentence, confinement, rooms)
        names += [m.group(1) for m in defining.finditer(sentence)] if defining else []
        for name in names:
            if _a_site_name(name, not_names):
                sites[name] = sites.get(name, False) or alone
    return sites


def _defining(rooms: frozenset[str]) -> re.Pattern[str]:
    nouns = "|".join(sorted(rooms, key=len, reverse=True))
    return re.compile(DEFINED.format(name=NAME) + DEFINED_AS.format(rooms=nouns), re.MULTILINE)


def _names_in(sentence: str, confinement: frozenset[str], rooms: frozenset[str]) -> list[str]:
    near = [m for m in NAMED.finditer(sentence) if _near(sentence, m.start(), confinement)]
    found = [m.group(1) for m in near]
    found += _so_called(sentence, rooms)
    found += [m.group(1) for m in OF_NAME.finditer(sentence)]
    found += [m.group(1) for m in GLOSSED.finditer(sentence)]
    quoted = [m.group(1).strip() for m in QUOTED.finditer(sentence)]
    # a quoted phrase is a site's name when it is a name or a room ('the "silence room"'), not
    # a word before another ('the "Nejat" association', 'the "media section" work')
    return found + [q for q in quoted if q[:1].isupper() or set(q.lower().split()) & rooms]


def _a_site_name(name: str, not_names: frozenset[str]) -> bool:
    """Not a group's name ('National Army of Liberation'), a person's ('Major Kizito'), an
    acronym or a pronoun."""
    words = {w.lower() for w in name.split()}
    return len(name) > 2 and not name.isupper() and not words & not_names


def _near(sentence: str, at: int, confinement: frozenset[str]) -> bool:
    before = set(re.findall(r"[a-z]+", sentence[max(0, at - NAMED_WITHIN) : at].lower()))
    return bool(before & confinement)


def _so_called(sentence: str, rooms: frozenset[str]) -> list[str]:
    """'the so-called silence room': a room the text gives a name of its own."""
    nouns = "|".join(sorted(rooms, key=len, reverse=True))
    pattern = rf"\bso-called\s+{QUOTE_OPEN}?((?:[A-Za-z’'-]+\s){{0,2}}(?:{nouns}))\b"
    return [m.group(1) for m in re.finditer(pattern, sentence)]
