"""Stored claims: listing with filters, and reviewers' decisions about their extraction.

A claim is never edited; a reviewer's verdict ("wrongly extracted", "correct") is a separate,
audited record, and the newest verdict is the one in force. Claims superseded by a later
extraction of their document are kept with their reviews, and listed only when asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from testimonies.errors import InputError, NotFoundError, TestimoniesError
from testimonies.model.claims import ClaimRecord, Evidence
from testimonies.store import audit
from testimonies.store.schema import ActClaim, Claim, ClaimReview, Document

Verdict = Literal["correct", "wrongly_extracted"]
VERDICTS: tuple[Verdict, ...] = ("correct", "wrongly_extracted")


@dataclass(frozen=True)
class StoredClaim:
    id: int
    document_id: int
    record: ClaimRecord
    review: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "document_id": self.document_id,
            **self.record.to_spec_dict(),
            "review": self.review,
        }


@dataclass(frozen=True)
class ClaimFilter:
    document_id: int | None = None
    act: str | None = None
    polarity: str | None = None
    include_wrong: bool = False
    limit: int | None = None
    include_superseded: bool = False


def _record(claim: Claim, document_name: str) -> ClaimRecord:
    return ClaimRecord(
        document=document_name,
        act=claim.act,
        victims=list(claim.victims),
        perpetrators=list(claim.perpetrators),
        place=claim.place,
        start=claim.start,
        end=claim.end,
        asserted_by=claim.asserted_by,
        polarity="denied" if claim.polarity == "denied" else "asserted",
        evidence=Evidence(claim.evidence_start, claim.evidence_end, claim.quote),
        duration=claim.duration,
        victim_count=claim.victim_count,
        confidence=claim.confidence,
    )


def latest_reviews(session: Session, claim_ids: list[int]) -> dict[int, str]:
    reviews: dict[int, str] = {}
    if claim_ids:
        rows = session.execute(
            select(ClaimReview.claim_id, ClaimReview.decision)
            .where(ClaimReview.claim_id.in_(claim_ids))
            .order_by(ClaimReview.id)
        )
        for claim_id, decision in rows:
            reviews[claim_id] = decision
    return reviews


def wrongly_extracted(session: Session) -> set[int]:
    """Claims whose newest review says the extractor got them wrong."""
    latest = (
        select(ClaimReview.claim_id, func.max(ClaimReview.id).label("last"))
        .group_by(ClaimReview.claim_id)
        .subquery()
    )
    rows = session.execute(
        select(ClaimReview.claim_id)
        .join(latest, ClaimReview.id == latest.c.last)
        .where(ClaimReview.decision == "wrongly_extracted")
    )
    return set(rows.scalars())


def claims_outside_acts(session: Session) -> int:
    """Claims `link` would place under acts but that are under none: extracted (again) since
    the last `link`, so the acts shown are older than the claims."""
    rejected = wrongly_extracted(session)
    query = (
        select(Claim.id)
        .join(Document, Document.id == Claim.document_id)
        .where(Document.is_current.is_(True), Claim.superseded_at.is_(None))
        .where(~select(ActClaim.claim_id).where(ActClaim.claim_id == Claim.id).exists())
    )
    return sum(1 for claim_id in session.execute(query).scalars() if claim_id not in rejected)


def act_code(value: str, option: str = "--act") -> str:
    """``value`` as an act code of the vocabulary; a typo is named, not answered with nothing."""
    from testimonies.extract.vocab import load_acts  # the vocabulary is parsed on first use only

    # 'solitary confinement' and 'solitary-confinement' are how people write the code.
    code = "_".join(value.strip().lower().replace("-", " ").split())
    codes = load_acts().codes
    if code not in codes:
        raise InputError(option, f"{value!r} is not an act code; known: {', '.join(codes)}")
    return code


def _check_document(session: Session, document_id: int) -> None:
    if session.get(Document, document_id) is None:
        raise NotFoundError(f"document {document_id}: no such document")


def list_claims(session: Session, where: ClaimFilter) -> list[StoredClaim]:
    query = (
        select(Claim, Document.name)
        .join(Document, Document.id == Claim.document_id)
        .order_by(Claim.document_id, Claim.evidence_start, Claim.id)
    )
    if not where.include_superseded:
        query = query.where(Claim.superseded_at.is_(None))
    if where.document_id is not None:  # asked for by id: an older version's claims too
        _check_document(session, where.document_id)
        query = query.where(Claim.document_id == where.document_id)
    else:
        query = query.where(Document.is_current.is_(True))
    if where.act is not None:
        query = query.where(Claim.act == act_code(where.act))
    if where.polarity is not None:
        query = query.where(Claim.polarity == where.polarity)
    rows = session.execute(query).all()
    reviews = latest_reviews(session, [claim.id for claim, _ in rows])
    found = [
        StoredClaim(claim.id, claim.document_id, _record(claim, name), reviews.get(claim.id))
        for claim, name in rows
    ]
    if not where.include_wrong:
        found = [c for c in found if c.review != "wrongly_extracted"]
    return found[: where.limit] if where.limit else found


def history_note(session: Session, claim_id: int) -> str | None:
    """Why a claim is history rather than current, if it is: a verdict on it then changes
    nothing that `claims`, `link` or `acts` read, which a reviewer must be told."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        return None
    where = f"see testimonies claims --document {claim.document_id}"
    if claim.superseded_at is not None:
        return (
            f"claim {claim_id} is from an earlier extraction run (superseded): the document's "
            f"current claims are not affected ({where})"
        )
    document = session.get(Document, claim.document_id)
    if document is not None and not document.is_current:
        return (
            f"claim {claim_id} is of an older version of {document.name}: the current "
            "version's claims are not affected"
        )
    return None


def review_claim(
    session: Session,
    claim_id: int,
    decision: str,
    note: str | None = None,
    reviewer: str | None = None,
) -> ClaimReview:
    """Record a reviewer's verdict on how a claim was extracted; the claim itself is untouched."""
    if decision not in VERDICTS:
        raise TestimoniesError(f"decision {decision!r}: expected one of {', '.join(VERDICTS)}")
    if session.get(Claim, claim_id) is None:
        raise NotFoundError(f"claim {claim_id}: no such claim")
    who = reviewer or audit.current_actor()
    review = ClaimReview(
        claim_id=claim_id, decision=decision, reviewer=who, note=note, at=datetime.now(UTC)
    )
    session.add(review)
    session.flush()
    audit.append(
        session,
        "claim.review",
        f"claim:{claim_id}",
        {"decision": decision, "note": note},
        actor=who,
    )
    return review
