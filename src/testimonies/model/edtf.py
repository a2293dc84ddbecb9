"""EDTF (ISO 8601-2) date strings: uncertain dates stay uncertain ("1991~", "199X", "1992-09")."""

from __future__ import annotations

import edtf
from edtf.parser.edtf_exceptions import EDTFParseException


class EdtfError(ValueError):
    pass


def check_edtf(value: str) -> str:
    """Return ``value`` if it is a valid EDTF date or interval; raise EdtfError otherwise."""
    try:
        edtf.parse_edtf(value)
    except (EDTFParseException, ValueError, TypeError) as exc:
        raise EdtfError(
            f"{value!r} is not an EDTF date (e.g. 1991, 1992-09, 2009-07-28, 1991~, 199X)"
        ) from exc
    return value
