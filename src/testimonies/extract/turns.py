"""Transcripts: who speaks each turn of a hearing, an interview or an oral history.

'Mr. ARAYA. Thank you...', 'LM: Yes. My mother took us there', 'Dr. Strand: ...': a line
that opens with a speaker's label starts that speaker's turn, and the paragraphs after it are
theirs until the next label. In a turn, "I" is its speaker, who asserts what it tells.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from testimonies.extract import settings
from testimonies.extract.textcues import labelled_person

TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Rev|Sen|Rep|Hon|Judge|Sheikh|Chairman|Chairwoman|Chair)"
# 'Mr. ARAYA.' (a record's title and surname in capitals), 'Dr. Strand:', 'LM:', 'Q:'
LABEL = re.compile(
    rf"^[ \t]*(?P<label>{TITLE}\.?[ \t]+[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+)?)\.[ \t]+(?=\S)"
    rf"|^[ \t]*(?P<named>(?:{TITLE}\.?[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’-]*){{0,2}})"
    r":[ \t]+(?=\S)",
    re.MULTILINE,
)
MIN_TURNS = 3  # labelled lines, of two speakers at least: a transcript, not a 'Note:' line
NAME = r"[A-Z][\w'’-]+"


@dataclass(frozen=True)
class Turns:
    starts: list[int]
    speakers: list[str | None]  # None: the interviewer's questions, or unknown
    askers: frozenset[str] = frozenset()  # who asks more than answers: the interviewer, the chair

    def speaker_at(self, offset: int) -> str | None:
        at = bisect_right(self.starts, offset) - 1
        return self.speakers[at] if at >= 0 else None


def label_at(text: str, at: int) -> tuple[int, int] | None:
    """The span of the speaker's label opening the line that holds offset `at`, if it opens with
    one ('COMMISSIONER ESTRADA:', 'Mr. ARAYA.')."""
    match = LABEL.match(text, text.rfind("\n", 0, at) + 1)
    if match is None:
        return None
    group = "label" if match.group("label") else "named"
    return match.start(group), match.end(group)


def find_turns(
    text: str,
    acronyms: dict[str, str],
    not_labels: frozenset[str],
    answerer: str | None,
    roles: frozenset[str] = frozenset(),
) -> Turns | None:
    """The turns of a transcript, each with the name of its speaker as the text gives it
    ('LM' -> 'Lidia Marek' as the header defines it, 'Mr. ARAYA' -> 'Samson Araya'); None for
    a text that is no transcript."""
    found = []
    asked: Counter[str] = Counter()  # turns with a question, by label
    for match in LABEL.finditer(text):
        label = match.group("label") or match.group("named")
        line_end = text.find("\n", match.end())
        line = text[match.end() : line_end if line_end >= 0 else len(text)]
        if label.lower().rstrip(".") in not_labels or len(label) > 40:
            continue
        if not any(c.islower() for c in line):
            continue  # 'QUSAYRA: LAWYER HELD INCOMMUNICADO': a heading
        found.append((match.start(), label))
        asked[label] += "?" in line
    said = Counter(label for _, label in found)
    # speakers take turns: one of them at least speaks twice ('Name:', 'Gender:' never do)
    if len(found) < MIN_TURNS or len(said) < 2 or said.most_common(1)[0][1] < 2:
        return None
    labels = set(said)
    names = {label: speaker_name(label, text, acronyms, answerer, roles) for label in labels}
    askers = frozenset(
        name
        for label, name in names.items()
        if name is not None and said[label] >= 2 and 2 * asked[label] >= said[label]
    )
    return Turns([start for start, _ in found], [names[label] for _, label in found], askers)


def speaker_name(
    label: str,
    text: str,
    acronyms: dict[str, str],
    answerer: str | None,
    roles: frozenset[str] = frozenset(),
) -> str | None:
    """Who a turn's label names: 'A' the one who answers, 'Q' no one (the questions), initials
    as the text defines or spells them, a title and surname as the full name written elsewhere."""
    if label == "A":
        return answerer
    if label == "Q":
        return None
    if label in acronyms:
        return acronyms[label]
    # 'APPELLANT:' of a hearing whose header says 'Appellant: Kerem ANVARLY'
    role = labelled_person(text, frozenset({label.lower()})) if label.lower() in roles else None
    if settings.ROLE_LINES and role is not None:
        return role
    if label.isupper() and len(label) <= 4:
        return _by_initials(label, text) or label
    words = label.replace(".", ". ").split()
    surname = words[-1]
    if surname.isupper():
        surname = surname.title()
    full = re.search(rf"\b((?:{NAME}[ \t]+){{1,3}}){re.escape(surname)}\b", text)
    if full and not re.match(TITLE, full.group(1).split()[0]):
        return f"{full.group(1).strip()} {surname}"
    # 'ORLA KEANE' named nowhere else: the name as a name is written ('Orla Keane'), a title
    # as it is ('Dr.')
    title = " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in words[:-1])
    return f"{title} {surname}".strip()


def _by_initials(label: str, text: str) -> str | None:
    """'MRZ' for 'Massoud Rahimi-Zand' (a hyphenated part gives its letter)."""
    for match in re.finditer(rf"\b{NAME}(?:[ \t]+{NAME}){{1,3}}", text):
        parts = re.split(r"[ \t\-‐]+", match.group())
        if "".join(p[0] for p in parts if p[:1].isupper()) == label:
            return match.group()
    return None
