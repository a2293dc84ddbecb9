"""Check the project's gold files against spec/acts.md (sections 3 and 5).

Checks every `*.jsonl` of claims beside its `.txt` (in train/, and dev/, dev2/ to dev10/ and
test/ when present): one JSON object per line, the required keys with the right types, act codes
of the vocabulary, EDTF-looking dates, evidence offsets in the text with quote == text[start:end];
document length 150-1,500 words (a scraped article runs as long as the longer seed, 1,428).
Then the linked gold in links/: every mention's text at its offsets, every act's claims present in
the claims gold with the same polarity, conflicts naming known fields.

Usage: .venv/bin/python examples/gold/check_gold.py [GOLD_DIR]   (exit status 1 on any error)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

# The act codes of spec/acts.md section 2 (version 1). Kept here so the checker runs on its own.
ACTS = {
    "detention",
    "solitary_confinement",
    "denial_of_exit",
    "denial_of_contact",
    "confiscation_of_documents",
    "torture",
    "physical_assault",
    "psychological_abuse",
    "threat",
    "forced_confession",
    "killing",
    "death_in_custody",
    "disappearance",
    "handover",
    "false_accusation",
    "deprivation",
    "forced_separation",
    "sexual_violence",
    "forced_labor",
}
REQUIRED = (
    "document",
    "act",
    "victims",
    "perpetrators",
    "place",
    "start",
    "end",
    "asserted_by",
    "polarity",
    "evidence",
)
ROLES = {"victim", "witness", "relative", "third_party"}
CONFLICT_FIELDS = {"start", "end", "place", "perpetrators", "victims", "polarity", "count"}
# Year (digits or X for unknown digits), optional month (01-12, or a season 21-24), optional day;
# an optional ~ ? or % qualifier.
EDTF = re.compile(r"^-?[0-9X]{4}(-(0[1-9]|1[0-2]|2[1-4]|XX)(-([0-2][0-9]|3[01]|XX))?)?[~?%]?$")
MIN_WORDS, MAX_WORDS = 150, 1500


def is_names(value: Any, allow_empty: bool) -> bool:
    if not isinstance(value, list) or (not value and not allow_empty):
        return False
    return all(isinstance(v, str) and v.strip() for v in value)


def claim_errors(claim: Any, document: str, text: str) -> list[str]:
    if not isinstance(claim, dict):
        return ["not a JSON object"]
    missing = [k for k in REQUIRED if k not in claim]
    if missing:
        return [f"missing keys {missing}"]
    errors = []
    if claim["document"] != document:
        errors.append(f"document is {claim['document']!r}, expected {document!r}")
    if claim["act"] not in ACTS:
        errors.append(f"unknown act {claim['act']!r}")
    if not is_names(claim["victims"], allow_empty=False):
        errors.append("victims must be a non-empty list of names")
    if not is_names(claim["perpetrators"], allow_empty=True):
        errors.append("perpetrators must be a list of names")
    for key in ("place", "asserted_by"):
        if claim[key] is not None and not (isinstance(claim[key], str) and claim[key].strip()):
            errors.append(f"{key} must be a non-empty string or null")
    for key in ("start", "end"):
        value = claim[key]
        if value is not None and not (isinstance(value, str) and EDTF.match(value)):
            errors.append(f"{key} {value!r} is not an EDTF date")
    if claim["polarity"] not in ("asserted", "denied"):
        errors.append(f"polarity {claim['polarity']!r}")
    if "speaker_role" in claim and claim["speaker_role"] not in ROLES:
        errors.append(f"speaker_role {claim['speaker_role']!r}")
    return errors + evidence_errors(claim["evidence"], text)


def evidence_errors(evidence: Any, text: str) -> list[str]:
    if not isinstance(evidence, dict) or set(evidence) < {"start", "end", "quote"}:
        return ["evidence must have start, end and quote"]
    start, end, quote = evidence["start"], evidence["end"], evidence["quote"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return [f"evidence offsets {start}..{end} outside the text ({len(text)} characters)"]
    if text[start:end] != quote:
        return [f"quote differs from text[{start}:{end}]: {text[start:end]!r}"]
    return []


def check_claims_file(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    document = path.with_suffix(".txt").name
    text_path = path.with_suffix(".txt")
    if not text_path.exists():
        return [f"{path.name}: no {document} beside it"], []
    text = text_path.read_text(encoding="utf-8")
    errors, claims = [], []
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        errors.append(f"{document}: {words} words, expected {MIN_WORDS}-{MAX_WORDS}")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            claim = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}:{number}: invalid JSON ({exc.msg})")
            continue
        errors += [f"{path.name}:{number}: {e}" for e in claim_errors(claim, document, text)]
        claims.append(claim)
    if not claims:
        errors.append(f"{path.name}: no claims")
    return errors, claims


def read_jsonl(path: Path) -> list[Any]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def check_entities(path: Path, texts: dict[str, str]) -> list[str]:
    errors, seen = [], set()
    for entity in read_jsonl(path):
        if not {"id", "name", "mentions"} <= set(entity) or not entity["mentions"]:
            errors.append(f"{path.name}: {entity.get('id')}: needs id, name and mentions")
            continue
        for m in entity["mentions"]:
            text = texts.get(m["document"])
            key = (m["document"], m["start"], m["end"])
            if text is None:
                errors.append(f"{path.name}: {entity['id']}: unknown document {m['document']}")
            elif text[m["start"] : m["end"]] != m["text"]:
                errors.append(f"{path.name}: {entity['id']}: text differs at {key}")
            elif key in seen:
                errors.append(f"{path.name}: {entity['id']}: mention {key} in two entities")
            seen.add(key)
    return errors


def check_acts(path: Path, claims: list[dict[str, Any]]) -> list[str]:
    index = {
        (c["document"], c["evidence"]["start"], c["evidence"]["end"], c["polarity"]): c
        for c in claims
    }
    errors = []
    for act in read_jsonl(path):
        for ref in act["claims"]:
            key = (
                ref["document"],
                ref["evidence"]["start"],
                ref["evidence"]["end"],
                ref["polarity"],
            )
            claim = index.get(key)
            if claim is None:
                errors.append(f"{path.name}: {act['id']}: no gold claim at {key}")
            elif claim["act"] != act["act"]:
                errors.append(f"{path.name}: {act['id']}: claim at {key} is {claim['act']}")
        for item in act["conflicts"]:
            if item["field"] not in CONFLICT_FIELDS or len(item["values"]) < 2:
                errors.append(f"{path.name}: {act['id']}: bad conflict {item}")
    return errors


def _dev_splits(gold: Path) -> list[str]:
    """dev2, dev3, ... dev10: every numbered split folder, in order."""
    names = [p.name for p in gold.iterdir() if p.is_dir() and re.fullmatch(r"dev\d+", p.name)]
    return sorted(names, key=lambda name: int(name[3:]))


def main(gold: Path) -> int:
    errors: list[str] = []
    claims: list[dict[str, Any]] = []
    files = [
        p
        for split in ("train", "dev", *_dev_splits(gold), "test")
        for p in sorted(gold.glob(f"{split}/*.jsonl"))
    ]
    for path in files:
        file_errors, file_claims = check_claims_file(path)
        errors += file_errors
        claims += file_claims
    texts = {p.name: p.read_text(encoding="utf-8") for p in gold.glob("train/*.txt")}
    links = gold / "links"
    for name in ("persons", "organizations"):
        if (links / f"{name}.jsonl").exists():
            errors += check_entities(links / f"{name}.jsonl", texts)
    if (links / "acts.jsonl").exists():
        errors += check_acts(links / "acts.jsonl", claims)
    for error in errors:
        print(error)
    print(f"{len(files)} files, {len(claims)} claims, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
