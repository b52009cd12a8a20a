"""Makes the "grid" variant of a Fandol font: every full-width character (1000 units wide) is given an advance of
RATIO x 1000 units, leaving the outlines alone. With 0.984375 a 3号 (16 pt) character advances 15.75 pt, so 28 of
them fill the 156 mm 版心 - how Word's document grid fits GB/T 9704's 28 characters a line. JasperReports has no
character spacing of its own.

    python3 make-grid-font.py FandolFang-Regular.otf FandolFangGrid-Regular.otf 0.984375

Needs fontTools (Debian: python3-fonttools). The Fandol fonts are GPL with the font exception; this is a modified
version, renamed FandolFangGrid.
"""
import sys
from fontTools.ttLib import TTFont
src, dst, ratio = sys.argv[1], sys.argv[2], float(sys.argv[3])
f = TTFont(src)
hmtx = f['hmtx'].metrics
changed = 0
upem = f['head'].unitsPerEm
for name, (adv, lsb) in list(hmtx.items()):
    if adv == upem:  # full-width characters: Chinese characters, full-width punctuation and spaces
        new = round(upem * ratio)
        hmtx[name] = (new, lsb)
        changed += 1
# (the CFF charstrings' own widths are left alone: in an OpenType font hmtx is the advance that counts)
f['hhea'].advanceWidthMax = max(a for a, _ in hmtx.values())
for record in f['name'].names:
    if record.nameID in (1, 3, 4, 6, 16):
        text = record.toUnicode()
        record.string = text.replace('FandolFang', 'FandolFangGrid').replace('Fandol Fang', 'Fandol Fang Grid')
f.save(dst)
print('changed', changed, 'of', len(hmtx))
