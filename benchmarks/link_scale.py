"""Linking 1,000,000 synthetic person records with transliteration noise, on this machine.

Persons get Persian/Arabic given names and family names; each is listed one or more times,
each time spelled as another source would write it (o/u, e/a/i, ou/u, doubled letters, gh/q,
w/v, -eh/-ah, ee/i, ey/ei/ay, hyphens or spaces in compounds, al-, titles, 'Family, Given' order,
a missing middle name, a typo), with birth years off by one or missing. The records then go
through the project's list-linking path (link_frames with the victim-list spec, DuckDB).
Prints wall time and peak memory (floors: under 5 minutes, under 8 GB) and pairwise
precision / recall / F1 of the clusters against the true persons.
Run: nice .venv/bin/python benchmarks/link_scale.py [--records N]
"""

from __future__ import annotations

import argparse
import random
import resource
import time

import numpy as np
import pandas as pd

from testimonies.link.linkage import link_frames
from testimonies.link.lists import LIST_SPEC

GIVEN_MALE = [
    "mohammad",
    "ali",
    "hossein",
    "hassan",
    "reza",
    "mahmoud",
    "ahmad",
    "mehdi",
    "javad",
    "jafar",
    "abbas",
    "akbar",
    "asghar",
    "ebrahim",
    "esmail",
    "yousef",
    "mostafa",
    "morteza",
    "mojtaba",
    "qasem",
    "kazem",
    "naser",
    "taher",
    "karim",
    "rahim",
    "mohsen",
    "hadi",
    "sadeq",
    "taqi",
    "baqer",
    "jalal",
    "shahram",
    "saeed",
    "hamid",
    "hamed",
    "abolfazl",
    "rouhollah",
    "masoud",
    "amir",
    "behrouz",
    "dariush",
    "farhad",
    "kamran",
    "manouchehr",
    "parviz",
    "siamak",
    "bijan",
    "nader",
    "davoud",
    "omid",
    "vahid",
    "majid",
    "hamidreza",
    "alireza",
    "gholamreza",
    "abdollah",
    "abdolrahim",
    "abdollatif",
    "heydar",
    "iraj",
    "khosrow",
    "houshang",
    "fereydoun",
    "kourosh",
    "ramin",
    "babak",
]
GIVEN_FEMALE = [
    "fatemeh",
    "zahra",
    "maryam",
    "khadijeh",
    "zeinab",
    "roqayeh",
    "soghra",
    "kobra",
    "sakineh",
    "masoumeh",
    "tahereh",
    "parvin",
    "nasrin",
    "shirin",
    "mahin",
    "azam",
    "akram",
    "ashraf",
    "leila",
    "mina",
    "nahid",
    "fariba",
    "shahla",
    "mojgan",
    "marzieh",
    "afsaneh",
    "elaheh",
    "somayeh",
    "robabeh",
    "tayebeh",
    "batoul",
    "monireh",
    "zohreh",
    "simin",
    "farideh",
    "homa",
]
ROOTS = [
    "ahmad",
    "akbar",
    "alavi",
    "amin",
    "ansar",
    "asadi",
    "azad",
    "bagh",
    "bahram",
    "bani",
    "bakhtiar",
    "darab",
    "dehqan",
    "ebrahim",
    "emami",
    "esfahan",
    "fard",
    "farahani",
    "ghaffar",
    "golestan",
    "hashem",
    "hosseini",
    "jafar",
    "javaheri",
    "kamal",
    "karim",
    "kazem",
    "khalil",
    "khosrav",
    "mahmoud",
    "mansour",
    "mirza",
    "moradi",
    "mousavi",
    "nasir",
    "nouri",
    "qasem",
    "rahim",
    "rajav",
    "rashid",
    "rezaei",
    "sadeq",
    "sadr",
    "salehi",
    "shams",
    "sharif",
    "sobhan",
    "soltan",
    "tabatabai",
    "taheri",
    "tavakol",
    "yazdan",
    "zand",
    "zare",
    "abrisham",
    "ashtiani",
    "baqeri",
    "borujerdi",
    "damghani",
    "ghorbani",
    "habibi",
    "heydari",
    "jalali",
    "kashani",
    "kermani",
    "lashkari",
    "mashhadi",
    "najafi",
    "qomi",
    "rafsanjani",
    "sabzevari",
    "shirazi",
    "tabrizi",
    "tehrani",
    "yazdi",
    "zanjani",
]
SYLLABLES = [
    "ba",
    "da",
    "fa",
    "ga",
    "ha",
    "ja",
    "ka",
    "la",
    "ma",
    "na",
    "pa",
    "ra",
    "sa",
    "ta",
    "va",
    "za",
    "sha",
    "kha",
    "gho",
    "dar",
    "mir",
    "nou",
    "rou",
    "zan",
    "bakh",
]
SUFFIXES = ["", "i", "zadeh", "pour", "nejad", "far", "ian", "lou", "abadi", "vand", "yar", "khani"]
PLACES = """Camp Ashraf|Ashraf|Camp Liberty|Liberty|Baghdad|Tirana|Paris|Auvers-sur-Oise|
Tehran|Mashhad|Isfahan|Shiraz|Tabriz|Karaj|Qom|Ahvaz|Kermanshah|Rasht|Hamadan|Kerman|Urmia|Zahedan|Arak|Yazd|
Ardabil|Bandar Abbas|Qazvin|Zanjan|Sanandaj|Khorramabad""".replace("\n", "").split("|")
SPELLING = [  # (pattern as written, alternatives another source writes)
    ("ou", ["u", "oo"]), ("o", ["u"]), ("ee", ["i"]), ("ei", ["ey", "ai", "ay"]),
    ("eh", ["ah", "e", "a"]), ("gh", ["q"]), ("q", ["gh", "k"]), ("w", ["v"]), ("v", ["w"]),
    ("ss", ["s"]), ("mm", ["m"]), ("e", ["a", "i"]), ("a", ["e"]), ("i", ["ee", "y"]),
    ("dj", ["j"]), ("j", ["dj"]), ("ll", ["l"]), ("kh", ["x"]),
]  # fmt: skip
TITLES = ["Mr.", "Mrs.", "Haj", "Dr.", "Sheikh", "Seyed"]


def surnames(rng: random.Random, count: int) -> list[str]:
    roots = list(ROOTS)
    while len(roots) < count // 4:
        roots.append(
            rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + rng.choice(["n", "r", "d", "m", ""])
        )
    names = {root + suffix for root in roots for suffix in SUFFIXES}
    return sorted(names)[:count] if len(names) > count else sorted(names)


def respell(part: str, rng: random.Random, rate: float) -> str:
    for pattern, alternatives in SPELLING:
        if pattern in part and rng.random() < rate:
            at = part.find(pattern)
            part = part[:at] + rng.choice(alternatives) + part[at + len(pattern) :]
    if rng.random() < 0.03 and len(part) > 4:  # a typo
        at = rng.randrange(1, len(part) - 1)
        part = part[:at] + rng.choice("aeiourstnml") + part[at + 1 :]
    return part


def write_name(given: list[str], family: str, rng: random.Random) -> str:
    given = [respell(g, rng, 0.15) for g in given]
    if len(given) > 1 and rng.random() < 0.15:
        given = given[:1]  # the middle name left out
    family = respell(family, rng, 0.15)
    for suffix in ("zadeh", "pour", "nejad", "yar"):
        if family.endswith(suffix) and len(family) > len(suffix) + 2 and rng.random() < 0.3:
            family = family[: -len(suffix)] + rng.choice(["-", " "]) + suffix
    if rng.random() < 0.03:
        family = "al-" + family
    parts = [p.title() for p in given]
    family = family.title()
    if rng.random() < 0.05:
        return f"{family}, {' '.join(parts)}"
    title = rng.choice(TITLES) + " " if rng.random() < 0.05 else ""
    return title + " ".join([*parts, family])


def population(persons: int, seed: int) -> pd.DataFrame:
    rng = random.Random(seed)
    family_pool = surnames(rng, 20000)
    weights = 1.0 / np.arange(1, len(family_pool) + 1) ** 0.6  # a few common family names
    families = np.random.default_rng(seed).choice(
        len(family_pool), persons, p=weights / weights.sum()
    )
    rows = []
    for pid in range(persons):
        female = rng.random() < 0.45
        pool = GIVEN_FEMALE if female else GIVEN_MALE
        given = [rng.choice(pool)] + ([rng.choice(pool)] if rng.random() < 0.25 else [])
        sex = "female" if female else "male"
        born, place, year = rng.randint(1930, 2000), rng.choice(PLACES), rng.randint(1980, 2020)
        rows.append((pid, given, family_pool[families[pid]], sex, born, place, year))
    return pd.DataFrame(rows, columns=["person", "given", "family", "sex", "born", "place", "year"])


def records(people: pd.DataFrame, total: int, seed: int) -> pd.DataFrame:
    rng = random.Random(seed + 1)
    extra = np.random.default_rng(seed).choice(len(people), total - len(people))
    chosen = np.concatenate([np.arange(len(people)), extra])
    people_rows = list(people.itertuples(index=False, name=None))
    rows = []
    for uid, index in enumerate(chosen):
        p = people_rows[int(index)]
        born = p[4] if rng.random() > 0.15 else None
        if born is not None and rng.random() < 0.1:
            born += rng.choice([-1, 1])
        rows.append((str(uid), p[0], write_name(p[1], p[2], rng),
                     p[3] if rng.random() > 0.05 else None, born, p[5], p[6]))  # fmt: skip
    return pd.DataFrame(
        rows, columns=["unique_id", "person", "name", "sex", "birth_year", "place", "act_year"]
    )


def pair_scores(frame: pd.DataFrame, clusters: dict[str, int]) -> tuple[float, float, float]:
    frame = frame.assign(cluster=frame["unique_id"].map(clusters))

    def pairs(counts: pd.Series) -> int:
        return int((counts * (counts - 1) // 2).sum())

    tp = pairs(frame.groupby(["cluster", "person"]).size())
    found, true = pairs(frame.groupby("cluster").size()), pairs(frame.groupby("person").size())
    p, r = tp / found if found else 0.0, tp / true if true else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    start = time.perf_counter()
    people = population(int(args.records * 0.7), args.seed)
    frame = records(people, args.records, args.seed)
    generated = time.perf_counter()
    print(
        f"generated {len(frame):,} records of {len(people):,} persons in {generated - start:.1f} s"
    )
    result = link_frames([frame.drop(columns=["person"])], LIST_SPEC, explain=False)
    linked = time.perf_counter()
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2
    p, r, f1 = pair_scores(frame, result.clusters)
    steps = ", ".join(f"{k} {v:.1f} s" for k, v in result.timings.items())
    print(f"linkage wall time {linked - generated:.1f} s ({steps}); "
          f"{len(result.pairs):,} scored pairs; "
          f"{len(set(result.clusters.values())):,} clusters")  # fmt: skip
    print(f"peak memory (max RSS of the process, generation included) {peak_gb:.2f} GB")
    print(f"pairwise precision {p:.4f}, recall {r:.4f}, F1 {f1:.4f} against the true persons")
    ok = linked - generated < 300 and peak_gb < 8
    print(f"floors (under 300 s, under 8 GB): {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
