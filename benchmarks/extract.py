"""Words per second: the full extractor against bare spaCy nlp.pipe, same pipeline, same texts.

Usage: .venv/bin/python benchmarks/extract.py [--repeat N] [--veto] [FOLDER]
Texts: the .txt files of FOLDER (default examples/gold/train), repeated N times (default 3).
Floor: extractor / bare >= 0.6. Both runs stream the same paragraph chunks through nlp.pipe with
the same batch size (the extractor through `extract_many`), so the ratio measures what the rules
cost on top of the parse. One `extract()` call per document is timed too: short documents then
fill smaller batches. `--veto` times the extractor with the vector veto (`spacy-veto`).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from testimonies.extract.chunks import chunks
from testimonies.extract.spacy_extractor import SpacyExtractor

FLOOR = 0.6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default="examples/gold/train")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pipeline", default="en_core_web_sm")
    parser.add_argument("--veto", action="store_true", help="with the vector veto")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.folder).glob("*.txt"))]
    texts = texts * args.repeat
    words = sum(len(t.split()) for t in texts)
    extractor = SpacyExtractor(args.pipeline, veto=args.veto)
    nlp = extractor.nlp
    warm = texts[0][:2000]
    list(nlp.pipe([warm]))
    extractor.extract(warm, "warm.txt")

    start = time.perf_counter()
    pieces = [c.text for t in texts for c in chunks(t, extractor.chunk_chars)]
    for _ in nlp.pipe(pieces, batch_size=extractor.batch_size):
        pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    documents = [(t, f"{i}.txt", None) for i, t in enumerate(texts)]
    claims = sum(len(result.claims) for result in extractor.extract_many(documents))
    full = time.perf_counter() - start

    start = time.perf_counter()
    for i, t in enumerate(texts):
        extractor.extract(t, f"{i}.txt")
    one_by_one = time.perf_counter() - start

    ratio = bare / full
    print(f"texts: {len(texts)} documents, {words} words, pipeline {args.pipeline}")
    print(f"extractor: {extractor.version}")
    print(f"bare nlp.pipe:   {words / bare:10.0f} words/s ({bare:.2f} s)")
    print(f"full extractor:  {words / full:10.0f} words/s ({full:.2f} s, {claims} claims)")
    print(f"extract() per doc: {words / one_by_one:9.0f} words/s ({one_by_one:.2f} s)")
    print(
        f"ratio extractor/bare: {ratio:.2f} (floor {FLOOR}) "
        f"{'OK' if ratio >= FLOOR else 'BELOW FLOOR'}"
    )


if __name__ == "__main__":
    main()
