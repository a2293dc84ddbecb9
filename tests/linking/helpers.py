"""Build small stores by hand: documents with the mentions and claims a test needs."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from testimonies.store.db import Store
from testimonies.store.schema import Blob, Claim, Document, Mention


def add_document(session: Session, name: str, text: str) -> Document:
    data = text.encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    if session.get(Blob, sha) is None:
        session.add(Blob(sha256=sha, size=len(data), content=data))
    document = Document(
        source_path=f"/tmp/{name}",
        name=name,
        sha256=sha,
        format="txt",
        text=text,
        title=None,
        publisher=None,
        author=None,
        published=None,
        url=None,
        language="en",
        stance=None,
        ingested_at=datetime.now(UTC),
        ingested_by="test",
    )
    session.add(document)
    session.flush()
    return document


def add_mention(
    session: Session, document: Document, text: str, label: str, nth: int = 1
) -> Mention:
    """A mention of the nth occurrence of ``text`` in the document."""
    hits = [m.start() for m in re.finditer(re.escape(text), document.text)]
    start = hits[nth - 1]
    mention = Mention(
        document_id=document.id,
        start=start,
        end=start + len(text),
        text=text,
        label=label,
        extractor="test",
        extractor_version="1",
    )
    session.add(mention)
    session.flush()
    return mention


def add_all_mentions(session: Session, document: Document, names: dict[str, str]) -> None:
    """Every occurrence of each name (longest first, no overlaps) with its label."""
    taken: list[tuple[int, int]] = []
    for text in sorted(names, key=len, reverse=True):
        for found in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", document.text):
            s, e = found.start(), found.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            session.add(
                Mention(
                    document_id=document.id,
                    start=s,
                    end=e,
                    text=text,
                    label=names[text],
                    extractor="test",
                    extractor_version="1",
                )
            )
    session.flush()


def add_claim(session: Session, document: Document, quote: str, act: str, **fields: Any) -> Claim:
    start = document.text.index(quote)
    claim = Claim(
        document_id=document.id,
        act=act,
        victims=fields.get("victims", []),
        perpetrators=fields.get("perpetrators", []),
        place=fields.get("place"),
        start=fields.get("start"),
        end=fields.get("end", fields.get("start")),
        victim_count=fields.get("count"),
        asserted_by=fields.get("asserted_by"),
        polarity=fields.get("polarity", "asserted"),
        evidence_start=start,
        evidence_end=start + len(quote),
        quote=quote,
        extractor="test",
        extractor_version="1",
        created_at=datetime.now(UTC),
    )
    session.add(claim)
    session.flush()
    return claim


def entity_of(store: Store, mention_id: int) -> int | None:
    with store.session() as session:
        return session.get(Mention, mention_id).entity_id  # type: ignore[union-attr]
