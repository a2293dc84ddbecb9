"""Long texts cut into paragraph chunks with exact offsets: nlp.pipe never sees a whole book."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")
MAX_CHARS = 5000
# Note calls of reports ("separately.[32] \"They tied us...\"", "in 2019.¹²"): glued to the full
# stop they hide the sentence end from the parser, so they are blanked (same length) before parsing.
NOTE_CALL = re.compile(r"\[\d{1,3}(?:\s?[,–-]\s?\d{1,3})*\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


@dataclass(frozen=True)
class Chunk:
    """`text` is document[offset:offset + len(text)]; `paragraph` counts paragraphs from 0."""

    offset: int
    text: str
    paragraph: int


LINE_BREAK = re.compile(r"\n+")
# A short line without a sentence end followed by a capital is a heading, even with no blank line.
HEADING_BREAK = re.compile(r"(?<=\n)[^\n]{1,60}(?<![.!?:;,”\"'])\n(?=[A-Z“\"])")


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Paragraphs: separated by blank lines; in a text with none (HTML, PDF extracts), each
    line is one. Heading lines are split from the paragraph under them."""
    breaks = PARAGRAPH_BREAK if PARAGRAPH_BREAK.search(text) else LINE_BREAK
    position = 0
    for brk in breaks.finditer(text):
        yield from _split_heading(position, text[position : brk.start()])
        position = brk.end()
    yield from _split_heading(position, text[position:])


def _split_heading(offset: int, para: str) -> Iterator[tuple[int, str]]:
    start = 0
    for match in HEADING_BREAK.finditer("\n" + para):
        end = match.end() - 1  # positions in para (the "\n" prefix shifts by one)
        yield offset + start, para[start:end]
        start = end
    yield offset + start, para[start:]


def split_long(offset: int, text: str, limit: int = MAX_CHARS) -> Iterator[tuple[int, str]]:
    """A paragraph longer than `limit` cut at sentence ends (or hard, when it has none)."""
    while len(text) > limit:
        cut = _last_sentence_end(text, limit) or limit
        yield offset, text[:cut]
        offset, text = offset + cut, text[cut:]
    yield offset, text


def _last_sentence_end(text: str, limit: int) -> int | None:
    ends = [m.end() for m in SENTENCE_END.finditer(text, 0, limit)]
    return ends[-1] if ends and ends[-1] > limit // 4 else None


def chunks(text: str, limit: int = MAX_CHARS) -> Iterator[Chunk]:
    for number, (offset, para) in enumerate(paragraphs(text)):
        if not para.strip():
            continue
        for piece_offset, piece in split_long(offset, para, limit):
            yield Chunk(piece_offset, piece, number)


def blank_note_calls(text: str) -> str:
    """The text with note calls replaced by as many spaces (offsets unchanged)."""
    return NOTE_CALL.sub(lambda m: " " * len(m.group()), text)
