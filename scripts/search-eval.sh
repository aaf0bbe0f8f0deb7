#!/usr/bin/env bash
# Real-archive name-search evaluation (docs/search.md): precision and recall of name queries, Latin and Arabic
# apart, development and held-out apart, over a library of the SaudiNewsNet corpus of ../shared (never shipped).
# Usage: scripts/search-eval.sh [LIBRARY_DIR] [QUERIES.tsv] [--errors N] [--held-out-errors] [--fresh-errors] [--fresh2-errors]
#        [--fresh-ar-errors] [--fresh3-errors] [--fresh-ar2-errors] [--fresh4-errors] [--fresh-ar3-errors]
#        [--fresh5-errors] [--fresh-ar4-errors] [--fresh6-errors] [--fresh-ar5-errors] [--fresh7-errors] [--fresh-ar6-errors]
#        [--fresh8-errors] [--fresh-ar7-errors] [--fresh9-errors] [--fresh-ar8-errors] [--fresh10-errors]
#        [--fresh-ar9-errors] [--fresh11-errors] [--fresh-ar10-errors] [--respell-errors] [--respell-ar-errors]
#   --errors N lists the development queries' errors; --held-out-errors, --fresh-errors, --fresh2-errors, --fresh3-errors,
#   --fresh4-errors, --fresh5-errors (Latin) and --fresh-ar-errors, --fresh-ar2-errors, --fresh-ar3-errors,
#   --fresh-ar4-errors (Arabic) add the held-out parts' ones (final report only); --fresh6-errors (Latin) and
#   --fresh-ar5-errors (Arabic) add those of the development parts fresh6 / fresh-ar5; --fresh7-errors (Latin) and
#   --fresh-ar6-errors (Arabic) add those of the clean held-out parts of session 12 (final report only);
#   --fresh8-errors (Latin) and --fresh-ar7-errors (Arabic) add those of the clean held-out parts of session 13 (final
#   report only);
#   --fresh9-errors (Latin) and --fresh-ar8-errors (Arabic) add those of the clean held-out parts of session 14 (final
#   report only);
#   --fresh10-errors (Latin) and --fresh-ar9-errors (Arabic) add those of the clean held-out parts of session 15 (final
#   report only);
#   --fresh11-errors (Latin), --fresh-ar10-errors (Arabic), --respell-errors (Latin) and --respell-ar-errors (Arabic)
#   add those of the clean held-out parts of session 16 (final report only).
#   LIBRARY_DIR defaults to target/eval-library; it is built by `sahifa import` when missing (a few minutes).
#   SEARCH_EVAL_RESULTS=FILE keeps the search results (score them again: scripts/search_eval.py score DB TSV FILE).
#   Needs target/sahifa.jar (./mvnw -q package -DskipTests) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
lib="${1:-target/eval-library}"
queries="${2:-docs/eval/name-queries.tsv}"
shift $(( $# < 2 ? $# : 2 ))
corpus=../shared/data/bench/saudinewsnet.jsonl.gz
jar=target/sahifa.jar
[ -f "$jar" ] || { echo "missing $jar: run ./mvnw -q package -DskipTests" >&2; exit 1; }
if [ ! -f "$lib/library.db" ]; then
  [ -f "$corpus" ] || { echo "missing $corpus" >&2; exit 1; }
  java -Xmx3g -jar "$jar" import --data "$lib" "$corpus" >/dev/null 2>"$lib.import.log" || true
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
grep -v '^#' "$queries" | cut -f3 | awk 'NF' > "$work/queries.txt"
java -Xmx3g -jar "$jar" search --data "$lib" --json --limit 1000 --queries "$work/queries.txt" > "$work/results.jsonl"
if [ -n "${SEARCH_EVAL_RESULTS:-}" ]; then cp "$work/results.jsonl" "$SEARCH_EVAL_RESULTS"; fi
python3 scripts/search_eval.py score "$lib/library.db" "$queries" "$work/results.jsonl" "$@"
