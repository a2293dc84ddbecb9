"""Linking speed: mentions of N synthetic documents into entities, and their claims into acts.

Each document names a few people (drawn from a pool, in transliteration variants and partial
forms), two organizations and a place, and states two claims. Prints the time of `link_all` on
a fresh SQLite store, next to the time of a plain pass over the same mentions (the baseline: the
cost of reading them and normalising every name once).

Usage: .venv/bin/python benchmarks/link_docs.py [N_DOCUMENTS]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from testimonies.link.acts import link_all
from testimonies.link.judgements import load_mentions
from testimonies.link.names import normalize_name
from testimonies.store.db import open_store
from testimonies.store.schema import Blob, Claim, Document, Mention

GIVEN = [
    ("Mohammad", "Mohammed", "Muhammad"),
    ("Hossein", "Hussein", "Husayn"),
    ("Mehdi", "Mahdi"),
    ("Zahra",),
    ("Ali",),
    ("Reza",),
    ("Fatemeh", "Fatima"),
    ("Massoud", "Masoud"),
    ("Maryam", "Mariam"),
    ("Karim",),
    ("Abbas",),
    ("Leila", "Layla"),
]
FAMILY = [
    ("Sobhani",),
    ("Haghighi", "Haqiqi"),
    ("Khosravani", "Khosravany"),
    ("Abdollahzadeh", "Abdullahzadeh", "Abdollah-Zadeh"),
    ("Rajavi",),
    ("Nasseri", "Naseri"),
    ("Tavakoli", "Tavakkoli"),
    ("Karimi",),
    ("Ahangari",),
    ("Bakhtiari",),
]
ORGS = ["National Deliverance Organization", "NDO", "the Organization", "UNHCR", "MEK", "PMOI"]
PLACES = ["Camp Nour", "Camp Ashraf", "Qaresh City", "Tirana"]


def person(rng: random.Random, index: int) -> tuple[str, str]:
    given, family = GIVEN[index % len(GIVEN)], FAMILY[(index // len(GIVEN)) % len(FAMILY)]
    full = f"{rng.choice(given)} {rng.choice(family)}"
    return full, rng.choice([f"Mr. {rng.choice(family)}", rng.choice(family)])


def document_text(rng: random.Random, people: int) -> tuple[str, list[tuple[str, str]]]:
    names: list[tuple[str, str]] = []
    sentences = []
    for _ in range(3):
        full, short = person(rng, rng.randrange(people))
        org, place = rng.choice(ORGS), rng.choice(PLACES)
        sentences.append(f"{full} was held by {org} at {place} in {rng.randint(1985, 2015)}.")
        sentences.append(f"Later {short} asked to leave.")
        names += [(full, "PERSON"), (org, "ORG"), (place, "PLACE"), (short, "PERSON")]
    return " ".join(sentences), names


def build(url: str, documents: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    store = open_store(url)
    now = datetime.now(UTC)
    with store.session() as session:
        for number in range(documents):
            text, names = document_text(rng, people=documents // 3 + 5)
            sha = f"{number:064x}"
            session.add(Blob(sha256=sha, size=len(text), content=text.encode()))
            doc = Document(
                source_path=f"/bench/{number}.txt",
                name=f"{number}.txt",
                sha256=sha,
                format="txt",
                text=text,
                ingested_at=now,
                ingested_by="bench",
            )
            session.add(doc)
            session.flush()
            cursor = 0
            for name, label in names:
                start = text.index(name, cursor)
                cursor = start + len(name)
                session.add(
                    Mention(
                        document_id=doc.id,
                        start=start,
                        end=cursor,
                        text=name,
                        label=label,
                        extractor="bench",
                        extractor_version="1",
                    )
                )
            victim = names[0][0]
            session.add(
                Claim(
                    document_id=doc.id,
                    act="detention",
                    victims=[victim],
                    perpetrators=[names[1][0]],
                    place=names[2][0],
                    start=None,
                    end=None,
                    polarity="asserted",
                    evidence_start=0,
                    evidence_end=len(victim),
                    quote=victim,
                    extractor="bench",
                    extractor_version="1",
                    created_at=now,
                )
            )


def main() -> None:
    documents = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        build(url, documents)
        store = open_store(url)
        began = time.perf_counter()
        with store.session() as session:
            views = load_mentions(session)
            for view in views:
                normalize_name(view.text)
        baseline = time.perf_counter() - began
        began = time.perf_counter()
        with store.session() as session:
            run = link_all(session)
        linked = time.perf_counter() - began
    print(f"{documents} documents, {len(views)} mentions")
    print(f"baseline (read and normalise every mention): {baseline:.2f} s")
    print(
        f"link (entities and acts): {linked:.2f} s -> {run.entities.entities.entities} entities, "
        f"{run.acts.acts} acts, judgements {dict(run.entities.recorded)}"
    )


if __name__ == "__main__":
    main()
