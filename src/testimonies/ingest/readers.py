"""One reader per format: original bytes in, the document's text out (or a clear InputError).

Text is decoded strictly (no silent guessing of encodings) and line ends are normalised the way
Python's text mode reads a file, so that character offsets agree with `open(path).read()`.
"""

from __future__ import annotations

import codecs
import io
import logging
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from testimonies.errors import InputError
from testimonies.extract.vocab import read_vocab_yaml

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
SNIFF_BYTES = 8192
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def format_of(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(set(FORMATS)))
        raise InputError(str(path), f"unsupported file type {path.suffix or '(none)'!r} ({known})")
    return fmt


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# a page number alone on its line: "12", "- 12 -", "Page 12", "12 of 40"
PAGE_NUMBER = re.compile(
    r"[\W_]*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[\W_]*", re.IGNORECASE
)
RUNNING_LINES = 2  # how many lines at a page's top and bottom may be running heads or feet
SENTENCE_END = tuple('.!?:;"\u201d\u2019)]')


def join_pages(pages: list[str]) -> str:
    """The pages' text without their running heads, feet and page numbers, a paragraph that
    runs over a page break joined again; pages otherwise apart by a blank line."""
    lines_per_page = [page.strip("\n").split("\n") for page in pages]
    running = _running_lines(lines_per_page)
    bodies = [_page_body(lines, running) for lines in lines_per_page]
    text = ""
    for body in (b for b in bodies if b):
        if not text:
            text = body
        elif text.rstrip().endswith(SENTENCE_END) or not body[0].islower():
            text += "\n\n" + body
        else:  # "... the guards" / "beat him": the sentence goes on over the break
            text += "\n" + body
    return text


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def _running_lines(lines_per_page: list[list[str]]) -> set[str]:
    """Lines at a page's edge that recur, numbers aside, on half the pages or more (three at
    least): a report's running title, its publisher, its date."""
    counts: dict[str, int] = {}
    for lines in lines_per_page:
        edge = lines[:RUNNING_LINES] + lines[-RUNNING_LINES:]
        for shape in {_shape(line) for line in edge if line.strip()}:
            counts[shape] = counts.get(shape, 0) + 1
    least = max(3, (len(lines_per_page) + 1) // 2)
    return {shape for shape, n in counts.items() if n >= least}


def _page_body(lines: list[str], running: set[str]) -> str:
    def furniture(line: str) -> bool:
        bare = line.strip()
        return not bare or _shape(line) in running or PAGE_NUMBER.fullmatch(bare) is not None

    start, end = 0, len(lines)
    while start < end and start < RUNNING_LINES and furniture(lines[start]):
        start += 1
    while end > start and len(lines) - end < RUNNING_LINES and furniture(lines[end - 1]):
        end -= 1
    return "\n".join(lines[start:end]).strip("\n")


# marks that show nothing but split a word for every rule: soft hyphens (&shy;, "de\u00adtained"),
# zero-width spaces, word joiners and stray byte order marks. Not the zero-width (non-)joiner,
# which Persian and Arabic names need.
INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def drop_invisible(text: str) -> str:
    """The text without characters that show nothing and split words (HTML and PDF only: a
    plain text file is kept as written, its offsets those of the file)."""
    return INVISIBLE.sub("", text)


# a word broken at a line's end: "de-" / "tained"
LINE_HYPHEN = re.compile(r"(\w+)-[ \t]*\n[ \t]*(?=(\w))")


@cache
def _hyphen_keepers() -> frozenset[str]:
    words = read_vocab_yaml("line_hyphens.yaml")["keep_after"]
    return frozenset(str(word).lower() for word in words)


def join_line_hyphens(text: str) -> str:
    """A word a typesetter broke at a line's end, whole again: the hyphen dropped, or kept where
    it is the word's own (line_hyphens.yaml)."""

    def join(match: re.Match[str]) -> str:
        before, after = match.group(1), match.group(2)
        last = before.lower()
        own = last in _hyphen_keepers() or last[-1].isdigit() or after.isupper() or after.isdigit()
        return before + ("-" if own else "")

    return LINE_HYPHEN.sub(join, text)


def _looks_binary(data: bytes) -> bool:
    head = data[:SNIFF_BYTES]
    return b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def check_encoding(encoding: str | None, option: str = "--encoding") -> None:
    """An encoding Python does not know is refused once, before any file is read (else every
    file of a batch would fail with the same line)."""
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError as exc:
        raise InputError(
            option, f"unknown encoding {encoding!r} (e.g. latin-1, cp1256, utf-16)"
        ) from exc


def decode_text(source: str, data: bytes, encoding: str | None = None) -> str:
    """Decode text bytes: UTF-8 (or UTF-16 with a byte-order mark) unless told otherwise."""
    if _looks_binary(data):
        raise InputError(source, "binary data, not text (contains NUL bytes)")
    if encoding is None:
        has_utf16_bom = data.startswith((b"\xff\xfe", b"\xfe\xff"))
        encoding = "utf-16" if has_utf16_bom else "utf-8-sig"
    try:
        return _normalise_newlines(data.decode(encoding))
    except LookupError as exc:
        raise InputError(source, f"unknown encoding {encoding!r}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(
            source,
            f"not valid {exc.encoding} text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "pass --encoding if you know the file's encoding",
        ) from exc


def _require_text(source: str, text: str, what: str) -> str:
    if not text.strip():
        raise InputError(source, what)
    return text


def read_plain(source: str, data: bytes, encoding: str | None = None) -> str:
    return _require_text(source, decode_text(source, data, encoding), "empty: no text in the file")


# Page furniture that is never the document's content; trafilatura falls back to it when a page
# has nothing else, which would store a menu as if it were a testimony.
BOILERPLATE_TAGS = (
    "nav",
    "header",
    "footer",
    "aside",
    "script",
    "style",
    "noscript",
    "form",
    "iframe",
    "svg",
    "template",
    "button",
)
BOILERPLATE_ROLES = ("navigation", "banner", "contentinfo", "search", "dialog")
# libxml2 stops reading HTML nested this deep and drops the rest of the page without an error:
# a page that deep is refused rather than stored with its text cut.
MAX_HTML_DEPTH = 255


def _depth(root: Any) -> int:
    deepest, stack = 0, [(root, 0)]
    while stack:
        element, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in element)
    return deepest


def _strip_boilerplate(source: str, markup: str) -> str:
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(source, f"unreadable HTML ({exc})") from exc
    if _depth(root) >= MAX_HTML_DEPTH:
        raise InputError(
            source,
            f"HTML nested {MAX_HTML_DEPTH} or more elements deep: the parser would cut the text "
            "there; save the page as text or flatten it",
        )
    roles = " or ".join(f"@role='{role}'" for role in BOILERPLATE_ROLES)
    for element in root.xpath(f"//{' | //'.join(BOILERPLATE_TAGS)} | //*[{roles}]"):
        if element.getparent() is not None:
            element.drop_tree()
    return str(lxml.html.tostring(root, encoding="unicode"))


def read_html(source: str, data: bytes, encoding: str | None = None) -> str:
    """The page's main text, without navigation, banners and other boilerplate."""
    import trafilatura

    markup = decode_text(source, data, encoding)
    if not markup.strip():
        raise InputError(source, "empty: no text in the file")
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    extracted = trafilatura.extract(
        _strip_boilerplate(source, markup),
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        deduplicate=False,
    )
    text = drop_invisible(_normalise_newlines(extracted or ""))
    return _require_text(source, text, "HTML page with no main text to extract")


def read_pdf(source: str, data: bytes, encoding: str | None = None) -> str:
    """The PDF's text layer, pages separated by a blank line."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.strip():
        raise InputError(source, "empty: no bytes in the file")
    if not data.lstrip()[:5] == b"%PDF-":
        raise InputError(source, "not a PDF (no %PDF- header)")
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise InputError(source, "encrypted PDF: decrypt it first, then ingest the copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise InputError(source, f"corrupt PDF ({type(exc).__name__}: {exc})") from exc
    text = join_line_hyphens(join_pages([drop_invisible(_normalise_newlines(p)) for p in pages]))
    return _require_text(source, text, "PDF has no text layer (a scan?): run OCR first")


READERS: dict[str, Callable[[str, bytes, str | None], str]] = {
    "txt": read_plain,
    "md": read_plain,
    "html": read_html,
    "pdf": read_pdf,
}


def read_document(path: Path, data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(format, text) of a file's bytes; raises InputError naming the file and the reason."""
    fmt = format_of(path)
    if not data:
        raise InputError(str(path), "empty file (0 bytes)")
    return fmt, READERS[fmt](str(path), data, encoding)


def check_size(path: Path, max_bytes: int) -> None:
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(str(path), f"file is {size:,} bytes, over the limit of {max_bytes:,}")


def read_file_text(
    path: Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """The text of a file on disk, as ingest would store it (for commands that skip the store)."""
    try:
        check_size(path, max_bytes)
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(str(path), "no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(str(path), "is a folder, not a file") from exc
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror})") from exc
    return read_document(path, data, encoding)[1]
