"""Linking settings and domain words, read from ``linking.yaml`` next to this module."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from testimonies.errors import InputError

SETTINGS_FILE = Path(__file__).with_name("linking.yaml")
RESOLUTION_FILE = Path(__file__).resolve().parent.parent / "vocab" / "names" / "resolution.yaml"


@dataclass(frozen=True)
class Thresholds:
    same: float
    unsure: float
    different: float


@dataclass(frozen=True)
class LinkSettings:
    thresholds: Thresholds
    weights: dict[str, dict[str, float]]
    organization_anaphors: frozenset[str]
    acronym_skip: frozenset[str]
    alias_gaps: tuple[str, ...]
    alias_continuations: tuple[str, ...]
    near_gap_days: int
    group_classes: tuple[frozenset[str], ...]
    stop_words: frozenset[str]
    phrase_breaks: frozenset[str]
    organization_words: frozenset[str]
    organization_heads: frozenset[str]
    not_person_words: frozenset[str] = frozenset()
    demonym_endings: tuple[str, ...] = ()
    organization_synonyms: tuple[tuple[str, str], ...] = ()
    organization_short_names: frozenset[str] = frozenset()
    vague_counts: tuple[str, ...] = ()
    completion_heads: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()

    def weight(self, kind: str, feature: str) -> float:
        return self.weights[kind][feature]


def _parse(data: dict[str, Any]) -> LinkSettings:
    acts = data.get("acts") or {}
    return LinkSettings(
        thresholds=Thresholds(**{k: float(v) for k, v in data["thresholds"].items()}),
        weights={k: {f: float(w) for f, w in v.items()} for k, v in data["weights"].items()},
        organization_anaphors=frozenset(data.get("organization_anaphors") or []),
        acronym_skip=frozenset(data.get("acronym_skip") or []),
        alias_gaps=tuple(data.get("alias_gaps") or []),
        alias_continuations=tuple(data.get("alias_continuations") or []),
        near_gap_days=int(acts.get("near_gap_days", 400)),
        group_classes=tuple(frozenset(c) for c in acts.get("group_words_equivalent") or []),
        stop_words=frozenset(acts.get("stop_words") or []),
        phrase_breaks=frozenset(acts.get("phrase_breaks") or []),
        organization_words=frozenset(data.get("organization_words") or []),
        organization_heads=frozenset(data.get("organization_heads") or []),
    )


def _with_resolution(base: LinkSettings, data: dict[str, Any]) -> LinkSettings:
    """Add the entity resolution data of ``resolution.yaml``: further weights and words."""
    weights = {kind: dict(values) for kind, values in base.weights.items()}
    for kind, values in (data.get("weights") or {}).items():
        weights.setdefault(kind, {}).update({f: float(w) for f, w in values.items()})
    return replace(
        base,
        weights=weights,
        not_person_words=frozenset(data.get("not_person_words") or []),
        demonym_endings=tuple(data.get("demonym_endings") or []),
        organization_synonyms=_synonyms(data.get("organization_synonyms") or {}),
        organization_short_names=frozenset(data.get("organization_short_names") or []),
        vague_counts=tuple(str(v) for v in data.get("vague_counts") or []),
        completion_heads=frozenset(data.get("completion_heads") or []),
        place_words=frozenset(data.get("place_words") or []),
    )


def _synonyms(data: dict[str, list[str]]) -> tuple[tuple[str, str], ...]:
    """(phrase, meaning) pairs, longest phrases first, so that "security forces" goes before
    "forces"; phrases in plain lower case."""
    pairs = {(" ".join(str(p).lower().replace(".", " ").split()), str(meaning))
             for meaning, phrases in data.items() for p in phrases}  # fmt: skip
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


def _load(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(str(path), f"cannot read linking settings ({exc})") from exc
    if not isinstance(data, dict):
        raise InputError(str(path), "linking settings must be a mapping")
    return data


@cache
def settings(path: Path = SETTINGS_FILE, resolution: Path = RESOLUTION_FILE) -> LinkSettings:
    try:
        base = _parse(_load(path))
        return _with_resolution(base, _load(resolution)) if resolution.is_file() else base
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(str(path), f"cannot read linking settings ({exc})") from exc
