#!/usr/bin/env bash
# Suggestion evaluation (docs/search.md, decision 0164): the suggestions of every prefix (>= 3 characters) of every
# query of the name-query file over a library, their latency, and the share that are a gold spelling of the name.
# Usage: scripts/suggest-eval.sh [LIBRARY_DIR] [QUERIES.tsv] [--parts dev,held-out,...] [--examples N]
#   SUGGEST_EVAL_RESULTS=FILE keeps the suggestions (score them again: scripts/suggest_eval.py TSV FILE).
#   Needs target/sahifa.jar (./mvnw -q package -DskipTests) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
lib="${1:-target/eval-library}"
queries="${2:-docs/eval/name-queries.tsv}"
shift $(( $# < 2 ? $# : 2 ))
jar=target/sahifa.jar
[ -f "$jar" ] || { echo "missing $jar: run ./mvnw -q package -DskipTests" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
grep -v '^#' "$queries" | cut -f3 | awk 'NF' > "$work/queries.txt"
java -Xmx3g -jar "$jar" bench suggest --data "$lib" --json --rounds 2 "$work/queries.txt" > "$work/suggestions.jsonl"
if [ -n "${SUGGEST_EVAL_RESULTS:-}" ]; then cp "$work/suggestions.jsonl" "$SUGGEST_EVAL_RESULTS"; fi
python3 scripts/suggest_eval.py "$queries" "$work/suggestions.jsonl" "$@"
