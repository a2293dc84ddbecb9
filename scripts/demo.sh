#!/usr/bin/env bash
# The main job on the bundled example corpus: every step is a plain `testimonies` command that a
# user can run on their own documents. Outputs go to $OUT (default out/demo), made anew each run.
set -euo pipefail
OUT=${OUT:-out/demo}
BIN=${BIN:-.venv/bin}
CORPUS=${CORPUS:-examples/corpus}
rm -rf "$OUT"
mkdir -p "$OUT"
export TESTIMONIES_DB="sqlite:///$OUT/testimonies.db"
export TESTIMONIES_USER=${TESTIMONIES_USER:-demo}

step() { printf '\n\033[1m== %s\033[0m\n$ %s\n' "$1" "${*:2}"; "${@:2}"; }

step "1. Ingest the example corpus (text, Markdown, HTML, PDF; metadata from sidecars)" \
  "$BIN/testimonies" ingest "$CORPUS" --quiet
step "2. What is stored" "$BIN/testimonies" documents
step "3. Prove nothing was altered (re-hash originals, walk the audit chain)" \
  "$BIN/testimonies" verify

printf '\nOutputs in %s:\n  %s  the store (SQLite; open it with any SQLite tool or --db)\n' \
  "$OUT" "$OUT/testimonies.db"
