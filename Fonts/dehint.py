#!/usr/bin/env python3
"""Removes the TrueType hinting from fonts, keeping every glyph, table and name (pip install fonttools==4.*).

usage: Fonts/dehint.py SOURCE.ttf... --out DIR
Hinting (glyph programs, fpgm, prep, cvt, hdmx) fits outlines to screen pixels; a PDF is printed or scaled by
the viewer, and Letterhead shapes with unhinted metrics anyway. Without it the subsets Cairo embeds in every
PDF are a quarter smaller and quicker to compress. Only for fonts whose licence allows it under the same name.
"""
import os, sys
from fontTools import subset
from fontTools.ttLib import TTFont

def dehint(source, target):
    font = TTFont(source)
    options = subset.Options()
    options.hinting = False
    options.glyph_names = True
    options.notdef_outline = True
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.legacy_kern = True
    options.drop_tables = ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(glyphs=font.getGlyphOrder())
    subsetter.subset(font)
    font.save(target)

if __name__ == "__main__":
    out = sys.argv[sys.argv.index("--out") + 1]
    for path in [a for a in sys.argv[1:sys.argv.index("--out")]]:
        target = os.path.join(out, os.path.basename(path))
        dehint(path, target)
        print(f"{path}: {os.path.getsize(path)} -> {target}: {os.path.getsize(target)} bytes")
