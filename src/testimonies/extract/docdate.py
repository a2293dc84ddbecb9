"""The date a letter, statement, press release or judgment gives itself, on a line of its own.

"Paris, 20 May 2016", "23 April 2023", "Date of judgment: 14 August 2019", "Dated: March 3,
2021" near the top of a document date the document, not an event: the line anchors relative
expressions ("last October", "twenty years ago") when no publication date is known, and its
date is never an act's date. "Date of birth: 2 May 1985" is a fact about a person, not the
document's date. Wire datelines ("NOUAKHAR, July 18, 2022 (CPA) —") are textcues.dateline.
"""

from __future__ import annotations

import re

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
FULL_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? {MONTH},? \d{{4}}"
    rf"|{MONTH} \d{{1,2}}(?:st|nd|rd|th)?, \d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
PLACE = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?, "
LABEL = (
    r"(?i:date|dated|issued|published)"
    r"(?: of (?!birth|death|arrest|detention|disappearance)[a-z][a-z ]{1,40})?:? "
)
DOCUMENT_DATE = re.compile(rf"^[ \t]*(?:{PLACE}|{LABEL})?{FULL_DATE}\.?[ \t]*$", re.MULTILINE)
WITHIN = 800  # characters from the top: a date line further down is part of the text


def document_date_line(text: str) -> tuple[int, int] | None:
    """Where the document's own date line is, if it has one near the top."""
    match = DOCUMENT_DATE.search(text[:WITHIN])
    if match is None:
        return None
    return match.start(), match.end()
