#!/usr/bin/env bash
# Checks that two builds import the same library: the first N SaudiNewsNet lines (../shared, benchmarks only) are
# imported with entity recognition and search indexing by each jar (`bench import --data`), then the article,
# entity, spelling, mention and scan tables are compared row by row (ids included), and the search index by its
# Lucene totals and the (id, score) sets of a few queries (equal-score hits may come back in another order).
# Used for performance work that must not change results (docs/performance.md, "Import").
# Usage: scripts/import-equivalence.sh OLD.jar NEW.jar [LINES=2000]   (needs sqlite3 and python3)
set -euo pipefail
old="$1"; new="$2"; lines="${3:-2000}"
old="$(realpath "$old")"; new="$(realpath "$new")"
corpus="$(dirname "$0")/../../shared/data/bench/saudinewsnet.jsonl.gz"
[ -f "$corpus" ] || { echo "missing $corpus" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(set +o pipefail; zcat "$corpus" | head -n "$lines" > "$work/in.jsonl")

digest() { # JAR LIB
  local db="$2/library.db"
  for sql in "SELECT count(*) FROM articles" "SELECT count(*) FROM entities" "SELECT count(*) FROM entity_spellings" \
             "SELECT count(*) FROM entity_mentions" "SELECT count(*) FROM entity_scanned"; do
    echo "$sql: $(sqlite3 "$db" "$sql")"
  done
  for sql in "SELECT id, title, content_hash FROM articles ORDER BY id" \
             "SELECT id, type, name, state FROM entities ORDER BY id" \
             "SELECT entity_id, normalized, name_key, surface, origin FROM entity_spellings ORDER BY 1, 2" \
             "SELECT article_id, field, start, end, entity_id, surface, normalized FROM entity_mentions ORDER BY 1, 2, 3"; do
    echo "${sql%% FROM*} FROM ${sql#* FROM }: $(sqlite3 "$db" "$sql" | md5sum | cut -c1-16)"
  done
  java -cp "$1" org.apache.lucene.index.CheckIndex "$2/index" 2>&1 | python3 -c '
import re, sys
t = sys.stdin.read()
s = lambda p: sum(int(x) for x in re.findall(p, t))
print("index: docs", s(r"maxDoc=(\d+)"), "deleted", s(r"delCount=(\d+)"), "postings", s(r"(\d+) terms/docs pairs"),
      "tokens", s(r"(\d+) tokens\]"), "ok" if "No problems were detected" in t else "PROBLEMS")'
  for q in "بوتين" "person:أوباما" "الملك سلمان" "جدة -الرياض" "place:اليمن"; do
    echo "search $q: $(java -jar "$1" search --data "$2" --json --limit 5000 "$q" 2>/dev/null | python3 -c '
import hashlib, json, sys
rows = [json.loads(l) for l in sys.stdin if l.strip()]
print(len(rows), "hits", hashlib.md5(repr(sorted((r["id"], round(r["score"], 3)) for r in rows)).encode()).hexdigest()[:16])')"
  done
}

for side in old new; do
  jar="${!side}"
  java -jar "$jar" bench import --data "$work/$side" "$work/in.jsonl" | sed "s/^/$side: /"
  digest "$jar" "$work/$side" > "$work/$side.txt"
done
if diff "$work/old.txt" "$work/new.txt"; then
  cat "$work/new.txt"
  echo "SAME: both builds stored the same articles, entities, spellings, mentions and index"
else
  echo "DIFFERENT (< old, > new)" >&2
  exit 1
fi
