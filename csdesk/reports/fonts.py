"""Register the bundled CJK font with reportlab, once, and fix CJK line breaking.

reportlab embeds TrueType outlines only (CFF ``.otf`` fonts are refused), so the bundled
WenQuanYi Micro Hei ``.ttc`` is used and embedded as a subset; the built-in CID fonts
would depend on the reader's machine. Its single face serves as bold and italic too.
"""

from __future__ import annotations

from functools import cache

from csdesk.common.paths import cjk_font_file

FONT = "WQYMicroHei"

#: Full-width punctuation that must never begin a line (reportlab's list lacks these).
CJK_CANNOT_START = "，。、；：！？）》〉」』】〕”’…—·％"


@cache
def register_fonts() -> str:
    """Register the font family and extend the no-line-start list; return the font name."""
    from reportlab.lib import textsplit
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import paragraph

    pdfmetrics.registerFont(TTFont(FONT, str(cjk_font_file()), subfontIndex=0))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    # Both modules bind the list at import: paragraph.py for mixed fonts, textsplit.py for
    # single-font paragraphs.
    for module in (textsplit, paragraph):
        missing = "".join(c for c in CJK_CANNOT_START if c not in module.ALL_CANNOT_START)
        module.ALL_CANNOT_START = module.ALL_CANNOT_START + missing
    return FONT
