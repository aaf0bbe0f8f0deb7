#!/usr/bin/env bash
# Decision 0192's held-out checks: institutions typed in English, scored against the articles their quoted Arabic
# name finds. Usage: scripts/institution-eval.sh LIBRARY docs/eval/institutions/FILE.tsv
# (LIBRARY: a library folder, e.g. target/eval-library of scripts/search-eval.sh; needs target/sahifa.jar).
set -euo pipefail
lib="$1"; pairs="$2"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
grep -v '^#' "$pairs" > "$work/pairs.tsv"
{ cut -f1 "$work/pairs.tsv"; cut -f2 "$work/pairs.tsv" | sed 's/.*/"&"/'; } > "$work/queries.txt"
java -Xmx3g -jar target/sahifa.jar search --data "$lib" --json --limit 1000 --queries "$work/queries.txt" > "$work/results.jsonl"
python3 "$(dirname "$0")/institution_eval.py" "$work/results.jsonl" "$work/pairs.tsv"
