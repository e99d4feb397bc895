"""Numbers as a Vietnamese reader writes them: ``,`` for decimals, ``.`` between thousands.

    >>> format_number(1234567.891, 2), format_number(12.6), format_number(-9.25, 1)
    ('1.234.567,89', '12,6', '-9,2')
    >>> format_value(1_150_000_000, 1_100_000_000, 1_200_000_000, "USD")
    '1,1–1,2 tỷ USD'
    >>> format_value(476_800_000, unit="USD"), format_value(12.6, unit="percent", signed=True)
    ('476,8 triệu USD', '+12,6%')
    >>> format_value(245, unit="count"), format_value(3, unit="rank")
    ('245', 'no. 3')
"""
from __future__ import annotations

import math
from typing import Optional

# (factor, word) from large to small; the first factor the value reaches is used.
SCALES: dict[str, tuple[tuple[float, str], ...]] = {
    "USD": ((1e9, "tỷ USD"), (1e6, "triệu USD"), (1e3, "nghìn USD"), (1, "USD")),
    "VND": ((1e12, "nghìn tỷ đồng"), (1e9, "tỷ đồng"), (1e6, "triệu đồng"), (1, "đồng")),
    "LAK": ((1e12, "nghìn tỷ kíp"), (1e9, "tỷ kíp"), (1e6, "triệu kíp"), (1, "kíp")),
}
UNIT_AXIS = {"percent": "%", "count": "number (số lượng)", "rank": "rank (thứ hạng)"}


def format_number(x: float, decimals: Optional[int] = None) -> str:
    """Vietnamese notation; ``decimals=None`` keeps up to 3 significant decimals, no trailing 0."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    if decimals is None:
        decimals = 0 if float(x).is_integer() else (1 if abs(x) >= 100 else (2 if abs(x) >= 1 else 3))
    text = f"{abs(x):,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return ("-" if x < 0 and text.strip("0,.") else "") + text


def scale_for(unit: str, magnitude: float) -> tuple[float, str]:
    """The scale that suits ``magnitude`` in ``unit``: ``(1e9, "tỷ USD")``."""
    for factor, word in SCALES.get(unit, ()):
        if abs(magnitude) >= factor:
            return factor, word
    if unit in SCALES:
        return SCALES[unit][-1]
    return 1.0, UNIT_AXIS.get(unit, unit)


def format_value(value: float, low: Optional[float] = None, high: Optional[float] = None,
                 unit: str = "", signed: bool = False) -> str:
    """One figure with its scale word; a range as ``low–high``."""
    low = value if low is None or (isinstance(low, float) and math.isnan(low)) else low
    high = value if high is None or (isinstance(high, float) and math.isnan(high)) else high
    if unit == "rank":
        return f"no. {format_number(value)}"
    factor, word = scale_for(unit, max(abs(value), abs(high)))
    is_range = low != high
    if is_range:
        num = f"{format_number(low / factor)}–{format_number(high / factor)}"
    else:
        num = format_number(value / factor)
        if signed and value > 0:
            num = "+" + num
    if unit == "percent":
        return num + "%"
    if unit == "count":
        return num
    return f"{num} {word}"
