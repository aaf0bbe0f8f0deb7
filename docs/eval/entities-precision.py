#!/usr/bin/env python3
"""Precision of the top N persons and places of a Sahifa library, from the judgments kept beside this script.

    python3 docs/eval/entities-precision.py JAR DATA_DIR [N]

runs `java -jar JAR entities --data DATA_DIR --type person|place --json --limit N` and looks every entry up in
entities-top200-judgments.tsv (type, name, 1 = a real person/place, a single one, correctly bounded). Entries
nobody judged yet are listed and left out of the figure: judge them (add a line) and run again.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def judgments():
    out = {}
    with open(os.path.join(HERE, 'entities-top200-judgments.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            t, name, ok, *why = line.rstrip('\n').split('\t')
            out[(t, name)] = (ok == '1', why[0] if why else '')
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    jar, data = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    judged = judgments()
    for t in ('person', 'place'):
        lines = subprocess.run(['java', '-jar', jar, 'entities', '--data', data, '--type', t, '--json',
                                '--limit', str(n)], check=True, capture_output=True, text=True).stdout.splitlines()
        entries = [json.loads(x) for x in lines if x.strip()]
        good = bad = 0
        missing = []
        for rank, e in enumerate(entries, 1):
            j = judged.get((t, e['name']))
            if j is None:
                missing.append(f"{rank}\t{e['name']}\t{e['articles']} articles")
            elif j[0]:
                good += 1
            else:
                bad += 1
                print(f"  {t} #{rank} wrong: {e['name']} ({e['articles']} articles): {j[1]}")
        total = good + bad
        print(f"{t}: top {len(entries)}, judged {total}, correct {good}, precision {good / max(1, total):.3f}"
              + (f"; {len(missing)} not judged yet:" if missing else ""))
        for m in missing:
            print('   ', m)


if __name__ == '__main__':
    main()
