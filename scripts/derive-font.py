#!/usr/bin/python3
"""Derives a font that JavaFX draws exactly as HarfBuzz does (docs/decisions/0086-*.md).

JavaFX on Linux shapes with Pango/HarfBuzz but keeps only each glyph's advance: the x/y offsets that GPOS
positioning gives a glyph (mark attachment, cursive attachment, placement adjustments) are dropped, so marks and
shifted letters land in the wrong place. This script removes exactly those: mark-to-base, mark-to-ligature,
mark-to-mark and cursive lookups lose their subtables, and single/pair adjustments lose their X/Y placement
(advance adjustments, which JavaFX applies, are kept).

JavaFX shapes only runs that hold complex characters (Arabic) through Pango; a run of Latin letters, digits or
punctuation it draws by itself, each character as the glyph the cmap gives it with the advance hmtx gives it: no
substitution (ligatures, locl), no kerning. HarfBuzz applies the features of the run's script, so every feature of
a script other than Arabic is a difference between the two (decision 0087): Noto Serif's kerning and fi/ffi
ligatures, Noto Naskh's Latin locl (another period and exclamation mark), and the locl that fontTools' merger adds
to give the Latin script Noto Serif's own space, digits and punctuation where the cmap holds Noto Naskh's. Only the
'arab' script keeps its features; a subset pass then drops the features, lookups and glyphs nothing reaches. Arabic
substitutions are untouched. The result is renamed as the OFL requires for a modified font.

usage: derive-font.py IN.ttf OUT.ttf "New Family" "New PostScript prefix"
"""
import sys
from fontTools import subset
from fontTools.ttLib import TTFont

OFFSET_TYPES = {3, 4, 5, 6}  # cursive, mark-to-base, mark-to-ligature, mark-to-mark
SHAPED_SCRIPTS = ["arab"]  # the only script whose runs JavaFX hands to Pango/HarfBuzz


def strip_value(vr):
    if vr is None:
        return
    for field in ("XPlacement", "YPlacement", "XPlaDevice", "YPlaDevice"):
        if hasattr(vr, field):
            setattr(vr, field, 0 if not field.endswith("Device") else None)


def real(subtable, lookup_type):
    if lookup_type == 9:  # extension
        return subtable.ExtSubTable, subtable.ExtensionLookupType
    return subtable, lookup_type


def only_arabic_shaping(font):
    """Keeps the GSUB/GPOS features of the Arabic script only, and drops what no feature or cmap entry reaches."""
    options = subset.Options()
    options.layout_features = ["*"]
    options.layout_scripts = SHAPED_SCRIPTS
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=font.getBestCmap().keys())
    subsetter.subset(font)


def derive(src, dst, family, ps):
    font = TTFont(src)
    if "GPOS" in font:
        gpos = font["GPOS"].table
        for lookup in gpos.LookupList.Lookup:
            kept = []
            for st in lookup.SubTable:
                sub, kind = real(st, lookup.LookupType)
                if kind in OFFSET_TYPES:
                    continue
                if kind == 1:
                    if sub.Format == 1:
                        strip_value(sub.Value)
                    else:
                        for v in sub.Value:
                            strip_value(v)
                elif kind == 2:
                    if sub.Format == 1:
                        for ps_ in sub.PairSet:
                            for pvr in ps_.PairValueRecord:
                                strip_value(getattr(pvr, "Value1", None))
                                strip_value(getattr(pvr, "Value2", None))
                    else:
                        for c1 in sub.Class1Record:
                            for c2 in c1.Class2Record:
                                strip_value(getattr(c2, "Value1", None))
                                strip_value(getattr(c2, "Value2", None))
                kept.append(st)
            lookup.SubTable = kept
            lookup.SubTableCount = len(kept)
    only_arabic_shaping(font)
    name = font["name"]
    style = name.getDebugName(2) or "Regular"
    old_family = name.getDebugName(16) or name.getDebugName(1)
    for rec in list(name.names):
        if rec.nameID in (1, 16):
            rec.string = family
        elif rec.nameID == 4:
            rec.string = family + ("" if style == "Regular" else " " + style)
        elif rec.nameID == 6:
            rec.string = ps + "-" + style.replace(" ", "")
        elif rec.nameID == 3:
            rec.string = ps + "-" + style.replace(" ", "") + ";derived from " + old_family
        elif rec.nameID == 17:
            rec.string = style
    font.save(dst)


if __name__ == "__main__":
    derive(*sys.argv[1:5])
