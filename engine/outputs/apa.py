"""Numbers as journals print them (APA 7), in English or Indonesian.

A small pure module (no NumPy needed) for the thesis kit (issue 18):

- the same number of decimals throughout (3 by default);
- no leading zero for a statistic that cannot exceed 1 in absolute value
  (p-values, R², reliabilities, AVE, correlations: APA 7, section 6.36):
  ``.265``; a coefficient that can exceed 1 (β, t, f², HTMT) keeps it: ``0.265``;
- p-values below .001 as ``< .001`` (never ``.000``);
- Indonesian: decimal comma (``0,265``, ``,265``, ``< ,001``), thousands with a point,
  and intervals separated by a semicolon (``[0,141; 0,389]``) since the comma is taken;
- negative numbers carry the ASCII hyphen-minus, which keeps them searchable and
  machine-readable in the student's document.

Not a number (an estimate that could not be computed) is printed as an en dash.
"""

from __future__ import annotations

import math

from ..base import text

DECIMALS = 3
DASH = "\u2013"


def _finite(value) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def num(value, decimals: int = DECIMALS, lang: str = "en", bounded: bool = False) -> str:
    """``value`` with ``decimals`` decimals; ``bounded`` drops the leading zero (|value| < 1).

    The digits and separators are the catalog's one number rule (``text.number``: decimal
    comma and thousands point in Indonesian); only APA's own style is added here: no
    leading zero for a bounded statistic, and no ``-0.000``."""
    if not _finite(value):
        return DASH
    x = float(value)
    out = text.number(x, lang, f",.{decimals}f")
    if out.startswith("-") and not any(c in "123456789" for c in out):
        out = out[1:]  # no '-0.000'
    digits = out.lstrip("-")
    if bounded and abs(x) < 1 and digits[:1] == "0" and digits[1:2] and not digits[1].isdigit():
        out = out[: len(out) - len(digits)] + digits[1:]  # '0.265' -> '.265', '0,265' -> ',265'
    return out


def integer(value, lang: str = "en") -> str:
    """A count with thousands separators: 5,000 (en), 5.000 (id)."""
    return text.number(int(value), lang, ",d")


def p_value(p, lang: str = "en", decimals: int = DECIMALS) -> str:
    """A p-value for a table cell: ``< .001`` or ``.012`` (``< ,001``, ``,012`` in Indonesian)."""
    if not _finite(p):
        return DASH
    floor = 10.0**-decimals
    if float(p) < floor:
        return "< " + num(floor, decimals, lang, bounded=True)
    return num(p, decimals, lang, bounded=True)


def p_text(p, lang: str = "en", decimals: int = DECIMALS) -> str:
    """A p-value for running text: ``p < .001`` or ``p = .012``."""
    cell = p_value(p, lang, decimals)
    if cell == DASH:
        return f"p = {DASH}"
    return "p " + cell if cell.startswith("<") else "p = " + cell


def interval(lower, upper, decimals: int = DECIMALS, lang: str = "en", bounded: bool = False):
    """A confidence interval: ``[0.141, 0.389]``; ``[0,141; 0,389]`` in Indonesian."""
    sep = "; " if lang == "id" else ", "
    return f"[{num(lower, decimals, lang, bounded)}{sep}{num(upper, decimals, lang, bounded)}]"


def parse(text: str, lang: str = "en") -> float:
    """The number a cell prints (for tests and for reading a document back)."""
    t = text.strip().lstrip("<").strip()
    t = t.replace(".", "").replace(",", ".") if lang == "id" else t.replace(",", "")
    if t.startswith("."):
        t = "0" + t
    if t.startswith("-."):
        t = "-0" + t[1:]
    return float(t)
