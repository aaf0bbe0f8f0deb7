#!/usr/bin/env python3
"""For the 50 most mentioned persons of a library, the other listed persons that may be the same man:
entries whose name, once titles, بن/آل and spaces after عبد are set aside, shares the first and last part, or
contains / is contained in it. Prints each candidate group; a reader judges which are one person.

    python3 docs/eval/entities-top50-forms.py JAR DATA_DIR
"""
import json
import re
import subprocess
import sys

TITLES = {'الملك', 'الأمير', 'الرئيس', 'الشيخ', 'الإمام', 'السلطان', 'الملا', 'دكتور', 'الدكتور'}


def parts(name):
    w = [x for x in re.sub(r'عبد\s+', 'عبد', name).split() if x not in TITLES]
    out = []
    i = 0
    while i < len(w):
        if w[i] in ('بن', 'ابن', 'بنت'):
            i += 1
            continue
        if w[i] == 'آل' and i + 1 < len(w):
            out.append('آل' + w[i + 1])
            i += 2
            continue
        out.append(w[i].replace('أ', 'ا').replace('إ', 'ا'))
        i += 1
    return out


def related(a, b):
    if not a or not b:
        return False
    s, l = (a, b) if len(a) <= len(b) else (b, a)
    if l[:len(s)] == s or (len(s) >= 2 and s[0] == l[0] and s[-1] == l[-1]):
        return True
    return len(s) == 1 and s[0] == l[-1]


def main():
    jar, data = sys.argv[1], sys.argv[2]
    lines = subprocess.run(['java', '-jar', jar, 'entities', '--data', data, '--type', 'person', '--json',
                            '--limit', '1000'], check=True, capture_output=True, text=True).stdout.splitlines()
    es = [json.loads(x) for x in lines if x.strip()]
    for rank, e in enumerate(es[:50], 1):
        p = parts(e['name'])
        others = [f"{o['name']} ({o['articles']})" for o in es if o is not e and related(p, parts(o['name']))]
        print(f"{rank}\t{e['name']} ({e['articles']})\t" + (' | '.join(others) if others else '-'))


if __name__ == '__main__':
    main()
