"""Build the gold JSON Lines from hand-written annotation sources.

Annotators write, per document, the quote that states each act and its fields
(`src/NNN_slug.yaml`), and the entities and acts of the linked world (`src/links.yaml`).
Offsets are never typed by hand: this script finds each quote in the document's text and
writes `train/NNN_slug.jsonl` and `links/*.jsonl`. The dev split is built the same way from
`src/dev/NNN_slug.yaml` beside `dev/NNN_slug.txt` (no links), and each of dev2 to dev10 from
its own folder under `src/` (`src/dev2/` to `src/dev10/`).
Run `check_gold.py` afterwards.

Usage: .venv/bin/python examples/gold/build_gold.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
TRAIN = HERE / "train"
# The dev split: fresh documents for measuring generalisation, outside the linked world.
DEV_SRC = SRC / "dev"
DEV = HERE / "dev"
# dev2, dev3, ...: further splits written without reading the rules, each built from its own
# folder under src/ (README "The dev2 split" and on; the later ones have their own README).
DEV_SPLIT = re.compile(r"dev\d+")
LINKS = HERE / "links"

# Short keys of the annotation sources -> the spec's field names.
KEYS = {"act", "v", "p", "at", "s", "e", "d", "by", "neg", "q", "nth", "role", "fact"}


class GoldError(Exception):
    pass


def locate(text: str, quote: str, nth: int | None, where: str) -> int:
    """Start offset of the quote; an ambiguous quote must say which occurrence (1-based)."""
    hits = [m.start() for m in re.finditer(re.escape(quote), text)]
    if not hits:
        raise GoldError(f"{where}: quote not found: {quote!r}")
    if len(hits) > 1 and nth is None:
        raise GoldError(f"{where}: quote occurs {len(hits)} times, give nth: {quote!r}")
    return hits[(nth or 1) - 1]


def as_date(value: Any) -> str | None:
    # YAML turns 1991 into an int and 2009-07-28 into a date; EDTF wants the text.
    return None if value is None else str(value)


def build_claim(
    document: str, text: str, raw: dict[str, Any], defaults: dict[str, Any]
) -> dict[str, Any]:
    unknown = set(raw) - KEYS
    if unknown:
        # An unquoted comma in a YAML flow mapping splits a value into a stray key: refuse it.
        raise GoldError(f"{document}: unknown keys {sorted(unknown)} in claim {raw.get('q')!r}")
    item = {**defaults, **raw}
    where = f"{document} claim {raw.get('q', '')[:40]!r}"
    start = locate(text, item["q"], item.get("nth"), where)
    date_start = as_date(item.get("s", item.get("d")))
    date_end = as_date(item.get("e", item.get("d", item.get("s"))))
    claim: dict[str, Any] = {
        "document": document,
        "act": item["act"],
        "victims": [str(v) for v in item["v"]],
        "perpetrators": [str(p) for p in item.get("p") or []],
        "place": item.get("at"),
        "start": date_start,
        "end": date_end,
        "asserted_by": item.get("by"),
        "polarity": "denied" if item.get("neg") else "asserted",
        "evidence": {"start": start, "end": start + len(item["q"]), "quote": item["q"]},
    }
    if item.get("role"):
        claim["speaker_role"] = item["role"]
    return claim


def build_document(src: Path, texts: Path = TRAIN) -> tuple[list[dict[str, Any]], dict[int, str]]:
    """Claims of one document, and the fact id (act in the linked world) of each claim."""
    document = src.stem + ".txt"
    text = (texts / document).read_text(encoding="utf-8")
    spec = yaml.safe_load(src.read_text(encoding="utf-8"))
    defaults = spec.get("defaults") or {}
    claims, facts = [], {}
    for raw in spec["claims"]:
        claims.append(build_claim(document, text, raw, defaults))
        if raw.get("fact"):
            facts[len(claims) - 1] = raw["fact"]
    return claims, facts


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def find_forms(text: str, forms: list[str]) -> list[tuple[int, int]]:
    spans = []
    for form in forms:
        pattern = r"(?<!\w)" + re.escape(form) + r"(?!\w)"
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    return spans


def entity_mentions(
    entities: list[dict[str, Any]], documents: list[str]
) -> dict[str, list[dict[str, Any]]]:
    """Every mention of every entity: longest form first, overlapping shorter ones dropped."""
    found: dict[str, list[dict[str, Any]]] = {e["id"]: [] for e in entities}
    for document in documents:
        text = (TRAIN / document).read_text(encoding="utf-8")
        candidates = []
        for entity in entities:
            forms = list(entity.get("forms", [])) + list(
                entity.get("doc_forms", {}).get(document, [])
            )
            candidates += [(s, e, entity["id"]) for s, e in find_forms(text, forms)]
        taken: list[tuple[int, int]] = []
        for s, e, eid in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found[eid].append({"document": document, "start": s, "end": e, "text": text[s:e]})
    for mentions in found.values():
        mentions.sort(key=lambda m: (m["document"], m["start"]))
    return found


def check_forms_unique(entities: list[dict[str, Any]]) -> None:
    owner: dict[str, str] = {}
    for entity in entities:
        for form in entity.get("forms", []):
            if form in owner:
                raise GoldError(f"form {form!r} in {owner[form]} and {entity['id']}: use doc_forms")
            owner[form] = entity["id"]


def build_entities(kind: str, entities: list[dict[str, Any]], documents: list[str]) -> None:
    check_forms_unique(entities)
    found = entity_mentions(entities, documents)
    rows = []
    for entity in entities:
        if not found[entity["id"]]:
            raise GoldError(f"{entity['id']} has no mention")
        rows.append({"id": entity["id"], "name": entity["name"], "mentions": found[entity["id"]]})
    write_jsonl(LINKS / f"{kind}.jsonl", rows)


def field_values(field: str, claims: list[dict[str, Any]]) -> list[str]:
    """Distinct values the claims give for a field, in claim order (empty ones left out)."""
    values: list[str] = []
    for claim in claims:
        raw = claim[field]
        for value in raw if isinstance(raw, list) else [raw]:
            if value is not None and value not in values:
                values.append(value)
    return values


def conflict(act_id: str, field: Any, claims: list[dict[str, Any]]) -> dict[str, Any]:
    """A declared conflict: a field name (values taken from the claims) or {field, values}."""
    if isinstance(field, dict):
        # str(): YAML reads 2003-04-11 as a date.
        return {"field": field["field"], "values": [str(v) for v in field["values"]]}
    values = field_values(field, claims)
    if len(values) < 2:
        raise GoldError(f"act {act_id}: declared conflict on {field} but the claims agree")
    return {"field": field, "values": values}


def warn_undeclared(act: dict[str, Any], claims: list[dict[str, Any]]) -> None:
    # Dates at another precision (1991, 1991-03) are no conflict: only warn, a person decides.
    declared = {f if isinstance(f, str) else f["field"] for f in act.get("conflicts", [])}
    for field in ("start", "end", "polarity"):
        values = {v.rstrip("~?%") for v in field_values(field, claims)}
        if len(values) > 1 and field not in declared:
            print(f"note: act {act['id']} {field} differs, not declared: {sorted(values)}")


def build_acts(acts: list[dict[str, Any]], claims_by_fact: dict[str, list[dict[str, Any]]]) -> None:
    rows = []
    for act in acts:
        claims = claims_by_fact.pop(act["id"], [])
        if not claims:
            raise GoldError(f"act {act['id']} has no claim")
        for claim in claims:
            if claim["act"] != act["act"]:
                raise GoldError(f"act {act['id']} is {act['act']} but a claim is {claim['act']}")
        rows.append(
            {
                "id": act["id"],
                "act": act["act"],
                "victims": act["victims"],
                "claims": [
                    {
                        "document": c["document"],
                        "evidence": {"start": c["evidence"]["start"], "end": c["evidence"]["end"]},
                        "polarity": c["polarity"],
                    }
                    for c in claims
                ],
                "conflicts": [
                    conflict(act["id"], field, claims) for field in act.get("conflicts", [])
                ],
            }
        )
        warn_undeclared(act, claims)
    if claims_by_fact:
        raise GoldError(f"claims point to undeclared acts: {sorted(claims_by_fact)}")
    write_jsonl(LINKS / "acts.jsonl", rows)


def build_dev(src_dir: Path = DEV_SRC, out_dir: Path = DEV) -> int:
    """A dev split's claims; its documents belong to no linked act, so `fact:` is refused."""
    total = 0
    for src in sorted(src_dir.glob("[0-9]*.yaml")):
        claims, facts = build_document(src, out_dir)
        if facts:
            raise GoldError(f"{src.name}: the dev split has no linked acts, drop fact:")
        write_jsonl(out_dir / (src.stem + ".jsonl"), claims)
        total += len(claims)
    return total


def dev_splits(folder: Path) -> list[str]:
    """The numbered dev splits under `folder` (dev2, dev3, ... dev10), in their order."""
    names = [p.name for p in folder.iterdir() if p.is_dir() and DEV_SPLIT.fullmatch(p.name)]
    return sorted(names, key=lambda name: int(name[3:]))


def main() -> int:
    claims_by_fact: dict[str, list[dict[str, Any]]] = {}
    total = 0
    for src in sorted(SRC.glob("[0-9]*.yaml")):
        claims, facts = build_document(src)
        write_jsonl(TRAIN / (src.stem + ".jsonl"), claims)
        total += len(claims)
        for index, fact in facts.items():
            claims_by_fact.setdefault(fact, []).append(claims[index])
    links_src = SRC / "links.yaml"
    if links_src.exists():
        links = yaml.safe_load(links_src.read_text(encoding="utf-8"))
        build_entities("persons", links["persons"], links["documents"])
        build_entities("organizations", links["organizations"], links["documents"])
        build_acts(links["acts"], claims_by_fact)
    print(f"{total} claims written")
    if DEV_SRC.is_dir():
        print(f"{build_dev()} dev claims written")
    for name in dev_splits(SRC):
        # only where its texts are present too (a copy of src/ without them still builds)
        if (HERE / name).is_dir():
            print(f"{build_dev(SRC / name, HERE / name)} {name} claims written")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
