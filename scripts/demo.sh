#!/usr/bin/env bash
# The main job on the bundled example corpus: every step is a plain `testimonies` command that a
# user can run on their own documents. Outputs go to $OUT (default out/demo), made anew each run.
set -euo pipefail
OUT=${OUT:-out/demo}
BIN=${BIN:-.venv/bin}
CORPUS=${CORPUS:-examples/corpus}
LISTS=${LISTS:-examples/lists/victim_lists.csv}
FAMILIES_LIST=${FAMILIES_LIST:-examples/lists/hamdeli_missing_relatives.csv}
NGO_LIST=${NGO_LIST:-examples/lists/hroe_documented_cases.csv}
PERSON=${PERSON:-Mohammed Reza Haqiqi}
rm -rf "$OUT"
mkdir -p "$OUT"
export TESTIMONIES_DB="sqlite:///$OUT/testimonies.db"
export TESTIMONIES_USER=${TESTIMONIES_USER:-demo}
T="$BIN/testimonies"

# Print each command quoted as a shell would need it, so it can be copied and run as shown.
show() { printf '\n\033[1m== %s\033[0m\n$' "$1"; shift; printf ' %q' "$@"; }
step() { show "$@"; printf '\n'; "${@:2}"; }
step_to() {
  local title=$1 file=$2; shift 2
  show "$title" "$@"; printf ' > %q\n' "$file"
  "$@" > "$file"
  wc -l < "$file" | xargs printf '   %s lines written\n'
}

printf 'The store for every step below (the commands read it from the environment):\n$ export TESTIMONIES_DB=%q\n' "$TESTIMONIES_DB"

step "1. Ingest the example corpus (text, Markdown, HTML, PDF; metadata from sidecars)" \
  "$T" ingest "$CORPUS" --quiet
step "2. What is stored, with each document's publisher and stance" "$T" documents
step "3. Extract claims: who did what to whom, when, where, according to whom" "$T" extract
step "4. A few of the claims (all of them: testimonies claims; JSON Lines: --jsonl)" \
  "$T" claims --document 9 --limit 12
step "5. Link: one person across spellings and documents, organizations by alias, claims into acts" \
  "$T" link
step "6. One person linked across documents, spelled differently in each, with a custody timeline" \
  "$T" person "$PERSON"
step "6b. Acts weighed by independent sources: who supports, who denies, from which side" \
  "$T" acts --min-sources 2 --limit 10
step "7. Pairs the linker was unsure about, waiting for a person's decision (testimonies judge)" \
  "$T" review --limit 5
step_to "8a. Linked persons (spec section 5)" "$OUT/persons.jsonl" "$T" export persons --jsonl
step_to "8b. Linked organizations" "$OUT/organizations.jsonl" "$T" export organizations --jsonl
step_to "8c. Acts with every claim under them and the fields the claims disagree on" \
  "$OUT/acts.jsonl" "$T" export acts --jsonl
step_to "8d. All claims" "$OUT/claims.jsonl" "$T" claims --jsonl
step "9a. A families' association's list of missing relatives (its own column names, mapped)" \
  "$T" lists import "$FAMILIES_LIST" --list hamdeli \
  --map 'name=Full name' --map 'date=Last news' --map 'place=Last seen at'
step "9b. An NGO's list of documented cases" "$T" lists import "$NGO_LIST" --list hroe
step "9c. Match the two lists record by record, across spellings (Splink on DuckDB)" \
  "$T" lists link
step "9d. The persons found on both lists, as each list wrote them" "$T" lists persons
step "9e. Record pairs the list linker was unsure about (decide with testimonies lists judge)" \
  "$T" lists review --limit 5
step "10. How many victims were never documented: four overlapping lists, two regions" \
  "$T" estimate "$LISTS" --strata region --plot "$OUT/estimate.png"
step "11. Prove nothing was altered (re-hash originals, walk the audit chain)" "$T" verify

cat <<TXT

Outputs in $OUT/:
  testimonies.db       the store (SQLite); point any command at it with --db $OUT/testimonies.db
  claims.jsonl         every extracted claim, in the shape of the spec (section 3)
  persons.jsonl        persons with every mention (document, offsets, text)
  organizations.jsonl  organizations with every mention
  acts.jsonl           acts with their claims and conflicts
  estimate.png         posterior distributions of the total number of victims
TXT
