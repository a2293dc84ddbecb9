"""Score linking against cross-document gold (spec/acts.md section 5 shapes).

The gold folder holds ``persons.jsonl``, ``organizations.jsonl`` and ``acts.jsonl``; the documents
they name sit in ``train/`` beside it (or a folder given). The documents are ingested into a
temporary store, extracted (``extracted``: the default extractor; ``gold``: the gold mentions'
spans and the gold claims, which measures linking alone), linked, and exported; the exports are
aligned with the gold by document and overlapping offsets.

- persons / organizations: B-cubed precision, recall and F1 over gold mentions; a gold mention
  no system mention overlaps counts as a cluster of its own.
- acts: pairwise precision, recall and F1 over pairs of gold claims placed in one act (claims
  aligned by document, act code and overlapping evidence; unaligned ones are in no pair).
- conflicts: the share of gold (act, field) conflicts that the system act holding most of the
  gold act's claims also lists.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from testimonies.errors import InputError
from testimonies.export.linked import acts_jsonl, entities_jsonl
from testimonies.extract.evaluate import read_claims
from testimonies.link.acts import link_all
from testimonies.model.claims import ClaimRecord
from testimonies.store.db import Store, open_store
from testimonies.store.schema import Claim, Document, Mention

GOLD_FILES = ("persons.jsonl", "organizations.jsonl", "acts.jsonl")
INPUTS = ("extracted", "gold")


# --- reading --------------------------------------------------------------------------------


def _is_span(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(value.get(k), int) for k in ("start", "end"))


def _is_mention(value: Any) -> bool:
    return _is_span(value) and all(isinstance(value.get(k), str) for k in ("document", "text"))


def _is_claim(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("document"), str)
        and _is_span(value.get("evidence"))
    )


def _list_of(value: Any, check: Callable[[Any], bool]) -> bool:
    return isinstance(value, list) and all(check(item) for item in value)


def _mention_problem(row: dict[str, Any]) -> str | None:
    if "id" in row and _list_of(row.get("mentions"), _is_mention):
        return None
    return "an entity needs an id and mentions [{document, start, end, text}]"


def _act_problem(row: dict[str, Any]) -> str | None:
    conflicts_ok = _list_of(
        row.get("conflicts", []), lambda c: isinstance(c, dict) and "field" in c
    )
    if "id" in row and _list_of(row.get("claims"), _is_claim) and conflicts_ok:
        return None
    return "an act needs an id, claims [{document, evidence {start, end}}], conflicts [{field}]"


def read_jsonl(
    path: Path, problem: Callable[[dict[str, Any]], str | None] = lambda row: None
) -> list[dict[str, Any]]:
    """The objects of a gold file; a line that is not one, or not of the shape ``problem``
    checks, is an InputError naming the file and the line."""
    if not path.is_file():
        raise InputError(str(path), "gold file not found")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read the gold file ({exc})") from exc
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}", f"not JSON ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise InputError(f"{path}:{number}", "each line must be a JSON object")
        if reason := problem(row):
            raise InputError(f"{path}:{number}", reason)
        rows.append(row)
    return rows


def links_folder(gold_dir: Path) -> Path:
    """The folder holding the gold files: GOLD_DIR itself or GOLD_DIR/links."""
    for candidate in (gold_dir, gold_dir / "links"):
        if (candidate / "persons.jsonl").is_file() and (candidate / "acts.jsonl").is_file():
            return candidate
    raise InputError(str(gold_dir), "no persons.jsonl and acts.jsonl here or in links/")


@dataclass(frozen=True)
class Gold:
    persons: list[dict[str, Any]]
    organizations: list[dict[str, Any]]
    acts: list[dict[str, Any]]

    def documents(self) -> list[str]:
        names = {m["document"] for e in self.persons + self.organizations for m in e["mentions"]}
        names |= {c["document"] for a in self.acts for c in a["claims"]}
        return sorted(names)


def read_gold(links: Path) -> Gold:
    organizations = links / "organizations.jsonl"
    return Gold(
        read_jsonl(links / "persons.jsonl", _mention_problem),
        read_jsonl(organizations, _mention_problem) if organizations.is_file() else [],
        read_jsonl(links / "acts.jsonl", _act_problem),
    )


# --- metrics --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    detail: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            **self.detail,
        }


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


Span = tuple[str, int, int]


def _overlap(a: Span, b: Span) -> int:
    if a[0] != b[0]:
        return 0
    return max(0, min(a[2], b[2]) - max(a[1], b[1]))


def align(gold: Sequence[Span], system: Sequence[Span]) -> dict[int, int]:
    """Gold index -> system index, one to one, by document and overlap (largest first)."""
    by_document: dict[str, list[int]] = defaultdict(list)
    for index, span in enumerate(system):
        by_document[span[0]].append(index)
    pairs = []
    for gi, span in enumerate(gold):
        for si in by_document.get(span[0], []):
            size = _overlap(span, system[si])
            if size > 0:
                pairs.append((size, gi, si))
    matched: dict[int, int] = {}
    used: set[int] = set()
    # Ties broken by the system span, not its position: the score must not depend on the
    # order in which the export lists acts.
    for _, gi, si in sorted(pairs, key=lambda p: (-p[0], p[1], system[p[2]])):
        if gi not in matched and si not in used:
            matched[gi] = si
            used.add(si)
    return matched


def _entity_spans(entities: Iterable[dict[str, Any]]) -> tuple[list[Span], list[str]]:
    spans, labels = [], []
    for entity in entities:
        for mention in entity["mentions"]:
            spans.append((mention["document"], int(mention["start"]), int(mention["end"])))
            labels.append(str(entity["id"]))
    return spans, labels


def bcubed(gold: Sequence[dict[str, Any]], system: Sequence[dict[str, Any]]) -> Scores:
    gold_spans, gold_ids = _entity_spans(gold)
    system_spans, system_ids = _entity_spans(system)
    matched = align(gold_spans, system_spans)
    predicted = [
        system_ids[matched[i]] if i in matched else f"unmatched:{i}" for i in range(len(gold_spans))
    ]
    gold_sizes = Counter(gold_ids)
    system_sizes = Counter(predicted)
    both = Counter(zip(gold_ids, predicted, strict=True))
    n = len(gold_ids) or 1
    precision = (
        sum(both[(g, s)] / system_sizes[s] for g, s in zip(gold_ids, predicted, strict=True)) / n
    )
    recall = sum(both[(g, s)] / gold_sizes[g] for g, s in zip(gold_ids, predicted, strict=True)) / n
    detail: dict[str, Any] = {"gold_mentions": len(gold_ids), "aligned": len(matched)}
    found = [i for i in range(len(gold_ids)) if i in matched]
    if found and len(found) < len(gold_ids):
        # Linking alone: the same measure over the gold mentions the extractor found.
        detail["f1_on_found"] = round(
            _bcubed_f1([gold_ids[i] for i in found], [predicted[i] for i in found]), 4
        )
    return Scores(precision, recall, f1(precision, recall), detail)


def _bcubed_f1(gold_ids: Sequence[str], predicted: Sequence[str]) -> float:
    gold_sizes, system_sizes = Counter(gold_ids), Counter(predicted)
    both = Counter(zip(gold_ids, predicted, strict=True))
    pairs = list(zip(gold_ids, predicted, strict=True))
    precision = sum(both[p] / system_sizes[p[1]] for p in pairs) / len(pairs)
    recall = sum(both[p] / gold_sizes[p[0]] for p in pairs) / len(pairs)
    return f1(precision, recall)


@dataclass(frozen=True)
class ClaimRef:
    span: Span
    act: str
    group: str


def _claim_refs(acts: Iterable[dict[str, Any]]) -> list[ClaimRef]:
    refs = []
    for act in acts:
        for claim in act["claims"]:
            evidence = claim["evidence"]
            span = (claim["document"], int(evidence["start"]), int(evidence["end"]))
            refs.append(ClaimRef(span, str(act["act"]), str(act["id"])))
    return refs


def align_claims(gold: Sequence[ClaimRef], system: Sequence[ClaimRef]) -> dict[int, int]:
    """Claims align by document, act code and overlapping evidence."""
    matched: dict[int, int] = {}
    for code in {g.act for g in gold}:
        gold_idx = [i for i, g in enumerate(gold) if g.act == code]
        system_idx = [i for i, s in enumerate(system) if s.act == code]
        local = align([gold[i].span for i in gold_idx], [system[i].span for i in system_idx])
        matched.update({gold_idx[g]: system_idx[s] for g, s in local.items()})
    return matched


def pairwise(
    gold: Sequence[ClaimRef], system: Sequence[ClaimRef], matched: dict[int, int]
) -> Scores:
    gold_pairs = {
        (i, j) for i, j in combinations(range(len(gold)), 2) if gold[i].group == gold[j].group
    }
    system_pairs = {
        (i, j)
        for i, j in combinations(sorted(matched), 2)
        if system[matched[i]].group == system[matched[j]].group
    }
    hits = len(gold_pairs & system_pairs)
    precision = hits / len(system_pairs) if system_pairs else 1.0
    recall = hits / len(gold_pairs) if gold_pairs else 1.0
    detail = {
        "gold_claims": len(gold),
        "aligned_claims": len(matched),
        "gold_pairs": len(gold_pairs),
        "system_pairs": len(system_pairs),
    }
    return Scores(precision, recall, f1(precision, recall), detail)


def conflicts_found(
    gold_acts: Sequence[dict[str, Any]],
    system_acts: Sequence[dict[str, Any]],
    gold: Sequence[ClaimRef],
    system: Sequence[ClaimRef],
    matched: dict[int, int],
) -> dict[str, Any]:
    system_fields = {
        str(a["id"]): {c["field"] for c in a.get("conflicts", [])} for a in system_acts
    }
    total = found = 0
    missed = []
    for act in gold_acts:
        wanted = [c["field"] for c in act.get("conflicts", [])]
        if not wanted:
            continue
        holders = Counter(
            system[matched[i]].group
            for i, g in enumerate(gold)
            if g.group == act["id"] and i in matched
        )
        fields = system_fields.get(holders.most_common(1)[0][0], set()) if holders else set()
        for name in wanted:
            total += 1
            if name in fields:
                found += 1
            else:
                missed.append(f"{act['id']}:{name}")
    share = found / total if total else 1.0
    return {"share": round(share, 4), "found": found, "total": total, "missed": missed}


# --- the run --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkReport:
    inputs: str
    documents: int
    persons: Scores
    organizations: Scores
    acts: Scores
    conflicts: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "input": self.inputs,
            "documents": self.documents,
            "persons_bcubed": self.persons.to_dict(),
            "organizations_bcubed": self.organizations.to_dict(),
            "claims_into_acts_pairwise": self.acts.to_dict(),
            "conflicts_found": self.conflicts,
        }

    def lines(self) -> list[str]:
        def show(label: str, s: Scores) -> str:
            extra = ", ".join(f"{k} {v}" for k, v in s.detail.items())
            return f"{label:34} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  ({extra})"

        c = self.conflicts
        return [
            f"linking evaluation on {self.documents} documents (input: {self.inputs})",
            show("persons, B-cubed", self.persons),
            show("organizations, B-cubed", self.organizations),
            show("claims into acts, pairwise", self.acts),
            f"{'gold conflicts found':34} {c['share']:.3f}  ({c['found']} of {c['total']})",
        ]


def _document_paths(names: Sequence[str], docs: Path) -> list[Path]:
    paths = [docs / name for name in names]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        raise InputError(str(docs), f"gold documents not found: {', '.join(missing[:5])}")
    return paths


def _ingest(store: Store, paths: Sequence[Path]) -> None:
    from testimonies.ingest.pipeline import IngestOptions, expand_paths, ingest_paths

    failed = [r for r in ingest_paths(store, expand_paths(paths), IngestOptions()) if not r.ok]
    if failed:
        raise InputError(failed[0].path, failed[0].error or "could not ingest")


def _extract(store: Store) -> None:
    from testimonies.extract.base import create
    from testimonies.extract.store_run import extract_stored

    for outcome in extract_stored(store, create()):
        if outcome.status == "failed":
            raise InputError(outcome.name, f"extraction failed: {outcome.error}")


def _documents_by_name(session: Session) -> dict[str, Document]:
    rows = session.execute(select(Document).where(Document.is_current.is_(True))).scalars()
    return {d.name: d for d in rows}


def insert_gold_inputs(session: Session, gold: Gold, docs: Path) -> None:
    """Gold mentions' spans (with their labels, not their entities) and the gold claims."""
    documents = _documents_by_name(session)
    for label, entities in (("PERSON", gold.persons), ("ORG", gold.organizations)):
        for entity in entities:
            for m in entity["mentions"]:
                session.add(
                    Mention(
                        document_id=documents[m["document"]].id, start=m["start"], end=m["end"],
                        text=m["text"], label=label, extractor="gold", extractor_version="1",
                    )
                )  # fmt: skip
    for name, document in documents.items():
        claims_file = docs / (Path(name).stem + ".jsonl")
        if claims_file.is_file():
            for record in read_claims(claims_file):  # a bad line: InputError naming it
                session.add(_claim_row(record, document.id))
    session.flush()


def _claim_row(record: ClaimRecord, document_id: int) -> Claim:
    return Claim(
        document_id=document_id, act=record.act, victims=record.victims,
        perpetrators=record.perpetrators, place=record.place, start=record.start, end=record.end,
        victim_count=record.victim_count, asserted_by=record.asserted_by,
        speaker_role=record.speaker_role, polarity=record.polarity,
        evidence_start=record.evidence.start, evidence_end=record.evidence.end,
        quote=record.evidence.quote, extractor="gold", extractor_version="1",
        created_at=datetime.now(UTC),
    )  # fmt: skip


def evaluate(gold_dir: Path, docs: Path | None = None, inputs: str = "extracted") -> LinkReport:
    """Ingest, extract (or load gold inputs), link and score, in a temporary store."""
    if inputs not in INPUTS:
        raise InputError("--input", f"must be one of {', '.join(INPUTS)}")
    links = links_folder(gold_dir)
    gold = read_gold(links)
    docs_dir = docs or links.parent / "train"
    paths = _document_paths(gold.documents(), docs_dir)
    with tempfile.TemporaryDirectory(prefix="testimonies-eval-") as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'eval.db'}")
        try:
            _ingest(store, paths)
            if inputs == "extracted":
                _extract(store)
            else:
                with store.session() as session:
                    insert_gold_inputs(session, gold, docs_dir)
            with store.session() as session:
                link_all(session)
            with store.session() as session:
                persons = list(entities_jsonl(session, "person"))
                organizations = list(entities_jsonl(session, "organization"))
                acts = list(acts_jsonl(session))
        finally:
            store.close()
    return score(gold, persons, organizations, acts, inputs)


def score(
    gold: Gold,
    persons: Sequence[dict[str, Any]],
    organizations: Sequence[dict[str, Any]],
    acts: Sequence[dict[str, Any]],
    inputs: str = "extracted",
) -> LinkReport:
    gold_claims, system_claims = _claim_refs(gold.acts), _claim_refs(acts)
    matched = align_claims(gold_claims, system_claims)
    return LinkReport(
        inputs,
        len(gold.documents()),
        bcubed(gold.persons, persons),
        bcubed(gold.organizations, organizations),
        pairwise(gold_claims, system_claims, matched),
        conflicts_found(gold.acts, acts, gold_claims, system_claims, matched),
    )
