"""Cues read off a document's raw text: quotation marks, first-person narration, headings,
the lines that date the document."""

from __future__ import annotations

import re
from collections import Counter

from testimonies.extract import settings

QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»"}


FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")
NARRATED_MIN = 5


SELF_NAMED = re.compile(
    r"(?:\b(?:[Mm]y name is|I am|I,)|^Name:)[ \t]+"
    r"((?:(?:[A-Z][\w'’.-]*|de|del|la|al|el|bin|ibn)[ \t]?){1,5})",
    re.MULTILINE,
)


# "asked to be identified only as “Witness B”": the name an interviewee speaks under
PSEUDONYM = re.compile(
    r"\b(?:identified|referred\s+to|named|called|known)\s+(?:here\s+)?(?:only\s+)?as\s+"
    r"[“\"]([A-Z][\w .'’-]{0,30}?)[”\"]"
)


def self_named(text: str) -> str | None:
    """'My name is Ali Mousavi-Tabar.' / 'I, Olga Sheremeteva, declare': the narrator's name."""
    match = SELF_NAMED.search(text)
    if match is None:
        return None
    name = re.split(r"\.\s", match.group(1))[0].strip().rstrip(".,")
    return name if len(name.split()) >= 2 else None


# "Deponent: Rauf KHALMURADZE (also written Halmuradze), born 1988", "Appellant: Kerem ANVARLY":
# a header line naming a person by their role in the document
LINE_NAME = r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})"
ROLE_LINE = re.compile(
    r"^[ \t]*(?P<role>[A-Za-z][A-Za-z ]{1,30}?)[ \t]*:[ \t]*" + LINE_NAME, re.MULTILINE
)
# 'Delivered by Justice Oriel Fanshawe, sitting without a jury', 'Testimony of Rauf Khalmuradze':
# a header line that names the one who speaks the document by a role word and "of" or "by"
ROLE_OF_LINE = re.compile(
    r"^[ \t]*(?P<role>[A-Za-z][A-Za-z ]{1,30}?)[ \t]+(?:of|by)[ \t]+" + LINE_NAME, re.MULTILINE
)
HEADER_CHARS = 1500  # a document's header: its first lines, before the body


def labelled_person(text: str, roles: frozenset[str]) -> str | None:
    """The person a header line names by one of `roles` ('Deponent: Rauf KHALMURADZE'), as a
    name is written ('Rauf Khalmuradze')."""
    lines = [ROLE_LINE] + ([ROLE_OF_LINE] if settings.ROLE_OF_LINES else [])
    header = text[:HEADER_CHARS]
    matches = sorted((m for line in lines for m in line.finditer(header)), key=lambda m: m.start())
    for match in matches:
        if match.group("role").strip().lower() in roles and match.group("name")[:4] != "The ":
            words = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+", "", match.group("name")).split()
            return " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in words)
    return None


def pseudonym(text: str) -> str | None:
    """The name an interviewee speaks under: 'asked to be identified only as “Witness B”'."""
    match = PSEUDONYM.search(text)
    return match.group(1).strip() if match else None


def outside_quotes(text: str) -> str:
    outside = text
    for begin, end in reversed(quote_spans(text)):
        outside = outside[:begin] + " " + outside[end:]
    return outside


def first_person(outside: str) -> bool:
    """Told by its author in the first person: 'I' outside quotation marks, again and again."""
    return len(FIRST_PERSON.findall(outside)) >= NARRATED_MIN


def quote_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    while position < len(text):
        opener = min(
            ((text.find(o, position), o) for o in QUOTE_PAIRS if text.find(o, position) >= 0),
            default=None,
        )
        if opener is None:
            break
        begin, mark = opener
        close = text.find(QUOTE_PAIRS[mark], begin + 1)
        if close < 0:
            spans.append((begin, len(text)))
            break
        spans.append((begin, close + 1))
        position = close + 1
    return [(b, e) for b, e in spans if e - b > 25]


def heading(text: str) -> bool:
    """A title or heading: short lines with no sentence end ("Escapees shot dead at farm camp",
    a report's title over its date)."""
    lines = [line.strip() for line in text.strip().split("\n")]
    return all(_heading_line(line) for line in lines) and (
        len(lines) == 1 or all(len(line) <= HEADING_LINE_MAX for line in lines)
    )


HEADING_LINE_MAX = 120


SENTENCE_END_MARKS = (".", "!", "?", "”", '"', ":", ";")
CLOSING_MARKS = ")]’'»"
# 'was beaten. Then they': a sentence end inside a line, after a word (not an initial's point)
SENTENCE_WITHIN = re.compile(r"[a-z]{2}[.!?][”\"’)]* +[A-Z]")
PARAGRAPH_LINE_MIN = 250


def _heading_line(line: str) -> bool:
    if not line or line.endswith(SENTENCE_END_MARKS):
        return False
    return not (settings.BRACKETED_ENDS and _body_line(line))


def _cut_sentence(line: str) -> bool:
    """Longer than any heading, with a comma, no colon or dash of a title, and mostly words in
    lower case: a sentence the page was cut in, not a long headline ('Behind the hedge: ...')."""
    if len(line) <= HEADING_LINE_MAX or "," not in line or TITLE_MARKS.search(line):
        return False
    words = WORDS.findall(line)
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) > 0 and capitalised / len(words) < TITLE_CASE_SHARE


TITLE_MARKS = re.compile(r":|—|–| - |\|")
WORDS = re.compile(r"[^\W\d_][\w'’-]*")
TITLE_CASE_SHARE = 0.3


def _body_line(line: str) -> bool:
    """A sentence end before closing marks ('cult.)'), a long line with sentences in it, or a
    line longer than any heading (a page cut off in mid-sentence: '..., but unfortunately, he
    was arrested by the Albanian police')."""
    if settings.CUT_SENTENCES and _cut_sentence(line):
        return True
    return line.rstrip(CLOSING_MARKS).endswith(SENTENCE_END_MARKS) or (
        len(line) >= PARAGRAPH_LINE_MIN and SENTENCE_WITHIN.search(line) is not None
    )


# A wire dateline opening a line: "NOUAKHAR, July 18, 2022 (CPA) —", "KHALIS, Qaresh, Sept 27 —"
DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,40}(?:,[ \t]+[A-Z][\w .'’-]{1,30})?,[ \t]+[^\n—–]{3,40}?"
    r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*[—–-]{1,2}[ \t]",
    re.MULTILINE,
)
DATELINE_WITHIN = 1000


def dateline(text: str) -> tuple[int, int] | None:
    """Where a news dateline is: it dates the report (its publication), not the events."""
    match = DATELINE.search(text[:DATELINE_WITHIN])
    return (match.start(), match.end()) if match else None


# A letter's, statement's or judgment's own date line ("Paris, 20 May 2016", "23 April 2023",
# "Date of judgment: 14 August 2019") near the top dates the document, not an event; "Date of
# birth: 2 May 1985" is a fact about a person.
DATE_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
FULL_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? {DATE_MONTH},? \d{{4}}"
    rf"|{DATE_MONTH} \d{{1,2}}(?:st|nd|rd|th)?, \d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
DATE_PLACE = (
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"  # "Paris", "Geneva, Switzerland"
    r"(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?, "
)
DATE_LABEL = (
    r"(?i:date|dated|issued|published)"
    r"(?: of (?!birth|death|arrest|detention|disappearance)[a-z][a-z ]{1,40})?:? "
)
DOCUMENT_DATE = re.compile(
    rf"^[ \t]*(?:{DATE_PLACE}|{DATE_LABEL})?{FULL_DATE}\.?[ \t]*$", re.MULTILINE
)
WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?)"
)
# A heading line that ends with its date after a separator ("EVIDENCE - Meeting No. 27 - Tuesday,
# 6 June 2023", "Press briefing notes, 14 March 2023"); after a preposition ("Detained on 12 July
# 2023") the date is an event's.
# ("MONTHLY BULLETIN - No. 19 - OCTOBER 2021": a bulletin's heading gives its month)
MONTH_YEAR = rf"(?i:{DATE_MONTH}) \d{{4}}"


def _heading_date(date: str) -> re.Pattern[str]:
    return re.compile(
        r"^(?!.*\b(?i:birth|born|death|died|arrest|detain|disappear|missing|since|taken|held))"
        rf"[A-Z0-9](?:[^\n.!?]|\b(?:No|Vol|Ref|Doc)\.){{0,100}}?[-–—|,:][ \t]*"
        rf"(?:{WEEKDAY},?[ \t]+)?(?:{date})[ \t]*$",
        re.MULTILINE,
    )


HEADING_DATE = _heading_date(f"{FULL_DATE}|{MONTH_YEAR}")
HEADING_DATE_FULL = _heading_date(FULL_DATE)
DATE_LINE_WITHIN = 800  # characters from the top: a date line further down is part of the text


def document_date_line(text: str) -> tuple[int, int] | None:
    """Where the document's own date line is, if it has one near the top."""
    top = text[:DATE_LINE_WITHIN]
    heading = HEADING_DATE if settings.MONTH_HEADINGS_DATE else HEADING_DATE_FULL
    found = [m for m in (DOCUMENT_DATE.search(top), heading.search(top)) if m is not None]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return first.start(), first.end()


def court_voice(text: str, bodies: frozenset[str], findings: frozenset[str]) -> str | None:
    """The court whose findings a judgment states ('The Trial Chamber finds that ...'), under
    the name the text gives it most; None in a text where no court finds twice (a news report
    quotes a verdict's finding once, in its own voice)."""
    body = "|".join(sorted((re.escape(b.title()) for b in bodies), key=len, reverse=True))
    finding = "|".join(
        sorted((re.escape(f).replace(r"\ ", r"\s+") for f in findings), key=len, reverse=True)
    )
    pattern = re.compile(
        rf"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+){{0,2}}(?:{body})(?:\s+of\s+[A-Z][\w'’-]*)?)"
        rf"\s+(?:{finding})\b"
    )
    names = Counter(" ".join(m.split()) for m in pattern.findall(text))
    if names.total() < COURT_FINDINGS_MIN:
        return None
    return "the " + names.most_common(1)[0][0]


COURT_FINDINGS_MIN = 2


def lower_case_words(text: str) -> set[str]:
    """The words a text writes small somewhere: written with a capital elsewhere, such a word
    opened a sentence or a heading ('Under the ...', 'COMMENTS'); it is no name."""
    return set(re.findall(r"\b[a-z][\w'’-]*", text))


def acronym(text: str) -> bool:
    return " " not in text and text.isupper()


def one_line(name: str) -> str:
    """A name the tagger ran across a line break ('Elsa Marquand\\nLocation', 'CUE
    (PRESENTER):\\nFamilies'): its first line that is no label."""
    if "\n" not in name:
        return name
    lines = [line.strip() for line in name.splitlines() if line.strip()]
    named = [line for line in lines if not line.endswith(":")]
    return (named or lines or [name.strip()])[0]


def clean_name(text: str) -> str:
    for suffix in ("’s", "'s"):
        text = text.removesuffix(suffix)
    # '4.3 Ahmad Rizal bin Karim': a numbered paragraph's number is no part of the name, nor
    # is a transcript label's colon ('AURELIAN MARSH:', which the tagger sometimes takes in)
    name = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", text.strip()).rstrip(":").rstrip()
    if name.count("(") > name.count(")"):  # 'X del Sur (ERSP': the tagger cut the brackets
        name = name[: name.rfind("(")].rstrip()
    return name
