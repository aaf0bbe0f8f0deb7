#!/usr/bin/env bash
# Builds the bundled "Sahifa Naskh" fonts (docs/decisions/0086-*.md) from Debian's Noto fonts, reproducibly:
# Noto Naskh Arabic (Arabic) + Noto Serif subset to Latin and general punctuation (so one font covers every
# character of a line), then the GPOS offsets JavaFX drops are removed and the family renamed.
# Needs: apt-get install fonts-noto-core python3-fonttools fonttools
set -euo pipefail
export SOURCE_DATE_EPOCH=1700000000  # fixed head.modified: the same inputs give the same files
# The derivation's version, part of the family and file names ("Sahifa Naskh 2", SahifaNaskh2-Regular.ttf): every
# Sahifa installs its files into the same user font folder for fontconfig, and two files of one family would let an
# older install's font be the one Pango shapes with (decision 0089). Raise it whenever the files change, together
# with AppFonts.VERSION; AppFontsVersionTest fails until both agree with the files.
version=2
cd "$(dirname "$0")/.."
noto=/usr/share/fonts/truetype/noto
out=src/main/resources/org/sahifa/ui/fonts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
latin="U+0020-007E,U+00A0-017F,U+2000-200A,U+202F,U+0192,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2010-2027,U+2030-205E,U+20AC,U+2122,U+2212"
for style in Regular Bold; do
  pyftsubset "$noto/NotoSerif-$style.ttf" --unicodes="$latin" --layout-features='*' --no-hinting \
    --output-file="$work/latin-$style.ttf"
  pyftsubset "$noto/NotoNaskhArabic-$style.ttf" --unicodes='*' --layout-features='*' --no-hinting \
    --output-file="$work/arabic-$style.ttf"
  /usr/bin/python3 - "$work/arabic-$style.ttf" "$work/latin-$style.ttf" "$work/merged-$style.ttf" <<'PY'
import sys
from fontTools.merge import Merger
Merger().merge(sys.argv[1:3]).save(sys.argv[3])
PY
  /usr/bin/python3 scripts/derive-font.py "$work/merged-$style.ttf" "$out/SahifaNaskh$version-$style.ttf" "Sahifa Naskh $version" "SahifaNaskh$version"
done
for f in "$out"/SahifaNaskh*.ttf; do  # the files of earlier versions
  case "$(basename "$f")" in SahifaNaskh$version-*) ;; *) rm -f "$f" ;; esac
done
ls -l "$out"
