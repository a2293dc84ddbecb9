"""The extractor interface ("document in, mentions and claims out") and a registry of extractors.

Another extractor is added by writing a class with this shape and calling :func:`register` with a
factory; nothing else changes. Built in: "spacy" (the rules, the default) and "chat" (an
OpenAI-compatible chat endpoint, chat_extractor.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Protocol, runtime_checkable

from testimonies.errors import InputError
from testimonies.model.claims import ClaimRecord, MentionRecord


@dataclass(frozen=True)
class ExtractionResult:
    mentions: list[MentionRecord] = field(default_factory=list)
    claims: list[ClaimRecord] = field(default_factory=list)


@runtime_checkable
class Extractor(Protocol):
    """Turns one document's text into mentions and claims; never touches a store."""

    name: str
    version: str

    def extract(self, text: str, document: str, published: str | None = None) -> ExtractionResult:
        """`document` is the name claims carry; `published` an EDTF date that anchors
        relative expressions ("two years ago") when the text gives no earlier date."""
        ...


Factory = Callable[..., Extractor]
_REGISTRY: dict[str, Factory] = {}
DEFAULT = "spacy"
VETOING = "spacy-veto"  # the default with the vector veto (extract/README.md, round 17)


def register(name: str, factory: Factory) -> None:
    _REGISTRY[name] = factory


def available() -> list[str]:
    _load_builtins()
    return sorted(_REGISTRY)


def create(name: str = DEFAULT, **settings: Any) -> Extractor:
    """An extractor by registered name, built with its settings (e.g. pipeline="en_core_web_sm")."""
    _load_builtins()
    if name not in _REGISTRY:
        raise InputError(name, f"no such extractor (known: {', '.join(sorted(_REGISTRY))})")
    return _REGISTRY[name](**settings)


def _load_builtins() -> None:
    # Imported lazily: loading spaCy costs time that `--help` should not pay.
    if DEFAULT not in _REGISTRY:
        from testimonies.extract.spacy_extractor import SpacyExtractor

        register(DEFAULT, SpacyExtractor)
        register(VETOING, partial(SpacyExtractor, veto=True))
    if "chat" not in _REGISTRY:
        from testimonies.extract.chat_extractor import ChatExtractor

        register("chat", ChatExtractor)
