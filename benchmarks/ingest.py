"""Ingest speed and memory: 10,000 text documents and 200 PDFs into SQLite and into PostgreSQL.

Prints documents per second and peak memory (max RSS) per backend and format, beside the floor
the spine issue sets (300 text documents/s into SQLite on a 2-core machine). Each measurement
runs in its own process so peak memory is that run's own.

    .venv/bin/python benchmarks/ingest.py [--texts 10000] [--pdfs 200]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR_TEXT_PER_S_SQLITE = 300
NAMES = ["Karim Haqi", "Maryam Javaheri-Yar", "Hossein Sobhani", "Leyla Farahani", "Omid Rostami"]
PLACES = ["Camp Nur", "the northern compound", "Block 4", "the river settlement"]
ACTS = [
    "was detained",
    "was held in solitary confinement",
    "had his passport confiscated",
    "was beaten during interrogation",
    "was not allowed to contact her family",
]


def _sentence(rng: random.Random) -> str:
    year = rng.randint(1985, 2020)
    return f"{rng.choice(NAMES)} {rng.choice(ACTS)} at {rng.choice(PLACES)} in {year}."


def make_corpus(folder: Path, texts: int, pdfs: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rng = random.Random(7)
    (folder / "txt").mkdir(parents=True)
    (folder / "pdf").mkdir()
    for i in range(texts):
        body = " ".join(_sentence(rng) for _ in range(rng.randint(8, 30)))
        (folder / "txt" / f"doc{i:05d}.txt").write_text(f"Testimony {i}\n\n{body}\n")
    for i in range(pdfs):
        pdf = canvas.Canvas(str(folder / "pdf" / f"report{i:03d}.pdf"), pagesize=A4)
        for _page in range(3):
            for line in range(40):
                pdf.drawString(60, 800 - 18 * line, _sentence(rng))
            pdf.showPage()
        pdf.save()


def child(url: str, folder: Path) -> None:
    from testimonies.ingest.pipeline import expand_paths, ingest_paths
    from testimonies.store.db import open_store

    store = open_store(url)
    candidates = expand_paths([folder])
    started = time.perf_counter()
    results = list(ingest_paths(store, candidates))
    seconds = time.perf_counter() - started
    failed = sum(not r.ok for r in results)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {"documents": len(results), "failed": failed, "seconds": seconds, "peak_mb": peak_mb}
        )
    )


def measure(url: str, folder: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", url, str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def report(backend: str, kind: str, result: dict[str, float]) -> None:
    rate = result["documents"] / result["seconds"]
    floor = f"(floor {FLOOR_TEXT_PER_S_SQLITE}/s)" if (backend, kind) == ("sqlite", "text") else ""
    print(
        f"{backend:<10} {kind:<5} {int(result['documents']):>6} docs {result['seconds']:8.1f} s "
        f"{rate:9.1f} docs/s  peak {result['peak_mb']:7.1f} MB  "
        f"failed {int(result['failed'])} {floor}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=10_000)
    parser.add_argument("--pdfs", type=int, default=200)
    parser.add_argument("--child", nargs=2, metavar=("URL", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    from testimonies.store.throwaway_pg import throwaway_postgres

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        make_corpus(folder, args.texts, args.pdfs)
        print(f"corpus: {args.texts} text files, {args.pdfs} PDFs (3 pages each)")
        for kind in ("text", "pdf"):
            url = f"sqlite:///{folder / f'bench-{kind}.db'}"
            report("sqlite", kind, measure(url, folder / ("txt" if kind == "text" else "pdf")))
        with throwaway_postgres() as server:
            for kind in ("text", "pdf"):
                url = server.create_database()
                report(
                    "postgresql", kind, measure(url, folder / ("txt" if kind == "text" else "pdf"))
                )


if __name__ == "__main__":
    main()
