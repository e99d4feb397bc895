"""Vietnamese number notation: ``.`` groups thousands, ``,`` is the decimal mark.

Notation is fixed by locale, never guessed: "3,125 tỷ" is 3.125e9 and "1.250 triệu" is 1.25e9.

>>> parse_vn_number("465,7")
Decimal('465.7')
>>> parse_vn_number("1.000")
Decimal('1000')
>>> parse_vn_number("1.234,5")
Decimal('1234.5')
>>> parse_vn_number("1,091")
Decimal('1.091')
>>> scaled("476,8", "triệu")
Decimal('476800000.0')
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional

from .vocab import SCALE_WORDS

# A number in Vietnamese notation: "1.000", "1.234,5", "476,8", "2022". Not a piece of a longer
# number, a date ("25/12") or a garbled run ("1,2,3", "1..5").
NUMBER = r"(?<![\d.,/])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d/]|[.,]\d)"
NUMBER_RE = re.compile(NUMBER)

WORD_NUMBERS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
}


def parse_vn_number(s: str) -> Decimal:
    return Decimal(s.replace(".", "").replace(",", "."))


def scaled(number: str, scale: Optional[str]) -> Decimal:
    value = parse_vn_number(number)
    if scale:
        value *= SCALE_WORDS[scale]
    return value


def small_int(s: str) -> Optional[int]:
    """A small count written in digits or words ("9", "chín") — for "9 tháng", "quý ba"."""
    s = s.strip().lower()
    if s.isdigit():
        return int(s)
    return WORD_NUMBERS.get(s)
