"""A claim as spec/acts.md section 3 defines it: one act as one document states it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Polarity = Literal["asserted", "denied"]
SpeakerRole = Literal["victim", "witness", "relative", "third_party"]
MentionLabel = Literal["PERSON", "ORG", "PLACE", "DATE", "GROUP"]


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "quote": self.quote}


@dataclass(frozen=True)
class ClaimRecord:
    """The spec's required keys, plus optional extras (duration, count, speaker role...)."""

    document: str
    act: str
    victims: list[str]
    perpetrators: list[str]
    place: str | None
    start: str | None
    end: str | None
    asserted_by: str | None
    polarity: Polarity
    evidence: Evidence
    speaker_role: SpeakerRole | None = None
    duration: str | None = None
    victim_count: int | None = None
    confidence: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_spec_dict(self) -> dict[str, Any]:
        """The JSON Lines object of spec section 3; optional keys only when known."""
        out: dict[str, Any] = {
            "document": self.document,
            "act": self.act,
            "victims": list(self.victims),
            "perpetrators": list(self.perpetrators),
            "place": self.place,
            "start": self.start,
            "end": self.end,
            "asserted_by": self.asserted_by,
            "polarity": self.polarity,
            "evidence": self.evidence.to_dict(),
        }
        optional = {
            "speaker_role": self.speaker_role,
            "duration": self.duration,
            "count": self.victim_count,
            "confidence": self.confidence,
        }
        out.update({key: value for key, value in optional.items() if value is not None})
        out.update(self.extra)
        return out

    @classmethod
    def from_spec_dict(cls, data: dict[str, Any]) -> ClaimRecord:
        evidence = data.get("evidence") or {}
        return cls(
            document=str(data["document"]),
            act=str(data["act"]),
            victims=[str(v) for v in data.get("victims") or []],
            perpetrators=[str(p) for p in data.get("perpetrators") or []],
            place=data.get("place"),
            start=data.get("start"),
            end=data.get("end"),
            asserted_by=data.get("asserted_by"),
            polarity=data.get("polarity", "asserted"),
            evidence=Evidence(
                int(evidence.get("start", 0)),
                int(evidence.get("end", 0)),
                str(evidence.get("quote", "")),
            ),
            speaker_role=data.get("speaker_role"),
            duration=data.get("duration"),
            victim_count=data.get("count"),
            confidence=data.get("confidence"),
        )


@dataclass(frozen=True)
class MentionRecord:
    """A span of text naming a person, organization, place or date."""

    start: int
    end: int
    text: str
    label: MentionLabel
    normalized: str | None = None
