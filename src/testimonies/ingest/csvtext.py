"""The text of a CSV file as spreadsheets save it: UTF-8 (with or without a byte-order mark),
UTF-16 ("Unicode text"), or an encoding the user names (cp1252 for a spreadsheet saved on
Windows). Victim lists and capture tables are both read through it."""

from __future__ import annotations

from pathlib import Path

from testimonies.errors import InputError

UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
NAME_IT = (
    ": save it as UTF-8, or name its encoding"
    " (--encoding cp1252 for a spreadsheet saved on Windows)"
)


def csv_text(path: Path, encoding: str | None = None) -> str:
    """The decoded text; an unreadable, empty, binary or undecodable file raises InputError."""
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot read the file ({exc.strerror})") from exc
    if not raw.strip():
        raise InputError(source, "the file is empty; expected a CSV with a header row")
    utf16 = raw.startswith(UTF16_MARKS)
    if encoding is None and not utf16 and b"\x00" in raw[:4096]:
        raise InputError(source, "binary file, not CSV")
    try:
        text = raw.decode(encoding or ("utf-16" if utf16 else "utf-8-sig"))
    except UnicodeDecodeError as exc:
        named = encoding or ("UTF-16" if utf16 else "UTF-8")
        hint = "" if encoding else NAME_IT
        raise InputError(
            source, f"not {named} text (byte {exc.start}); expected a CSV{hint}"
        ) from exc
    if "\x00" in text:
        raise InputError(source, "binary file, not CSV")
    return text.removeprefix("\ufeff")
