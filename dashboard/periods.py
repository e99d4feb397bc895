"""Periods: what kind a (start, end) pair is, and the label an analyst reads for it.

A year, a quarter, the first N months and a single month measure different things, so they get
different *kinds*, and the timeline never joins two kinds into one line. Labels are numeric
(``2019``, ``Q1/2024``, ``1–9/2022``, ``7/2022``), never English month names.

    >>> from datetime import date
    >>> [classify(date(*a), date(*b))[1] for a, b in [
    ...     ((2019, 1, 1), (2019, 12, 31)), ((2024, 1, 1), (2024, 3, 31)),
    ...     ((2022, 1, 1), (2022, 9, 30)), ((2022, 7, 1), (2022, 7, 31)),
    ...     ((2024, 4, 22), (2024, 4, 22)), ((2016, 1, 1), (2020, 12, 31)),
    ...     ((2008, 10, 1), (2008, 12, 31)), ((2022, 1, 1), (2022, 2, 20))]]
    ['2019', 'Q1/2024', '1–9/2022', '7/2022', '22/4/2024', '2016–2020', 'Q4/2008', '1/1–20/2/2022']
"""
from __future__ import annotations

import calendar
from datetime import date

import numpy as np
import pandas as pd

# Kind keys sort in this order in legends; ``ytd<N>``, ``m<N>`` and ``y<N>`` carry a length.
KIND_ORDER = ("year", "quarter", "ytd", "m", "month", "y", "day", "span")


def _month_end(d: date) -> bool:
    return d.day == calendar.monthrange(d.year, d.month)[1]


def classify(start: date, end: date) -> tuple[str, str]:
    """``(kind, label)`` of one period."""
    if start == end:
        return "day", f"{end.day}/{end.month}/{end.year}"
    if start.day == 1 and _month_end(end):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if start.year == end.year:
            if months == 12:
                return "year", str(start.year)
            if months == 1:
                return "month", f"{start.month}/{start.year}"
            if months == 3 and start.month in (1, 4, 7, 10):
                return "quarter", f"Q{(start.month - 1) // 3 + 1}/{start.year}"
            if start.month == 1:
                return f"ytd{months}", f"1–{end.month}/{start.year}"
            return f"m{months}", f"{start.month}–{end.month}/{start.year}"
        if start.month == 1 and end.month == 12:
            return f"y{end.year - start.year + 1}", f"{start.year}–{end.year}"
        return f"m{months}", f"{start.month}/{start.year}–{end.month}/{end.year}"
    if start.year == end.year:
        return "span", f"{start.day}/{start.month}–{end.day}/{end.month}/{end.year}"
    return "span", f"{start.day}/{start.month}/{start.year}–{end.day}/{end.month}/{end.year}"


def kind_label(kind: str) -> str:
    """The legend name of a period kind.

    >>> kind_label("ytd9"), kind_label("year"), kind_label("y5")
    ('First 9 months (9 tháng đầu năm)', 'Year (năm)', '5-year period (giai đoạn)')
    """
    fixed = {
        "year": "Year (năm)", "quarter": "Quarter (quý)", "month": "Month (tháng)",
        "day": "As of a date (tính đến ngày)", "span": "Other period (khoảng khác)",
    }
    if kind in fixed:
        return fixed[kind]
    if kind.startswith("ytd"):
        n = kind[3:]
        return f"First {n} months ({n} tháng đầu năm)"
    if kind.startswith("m"):
        return f"{kind[1:]}-month period (giai đoạn {kind[1:]} tháng)"
    if kind.startswith("y"):
        return f"{kind[1:]}-year period (giai đoạn)"
    return kind


def kind_sort_key(kind: str) -> tuple[int, int]:
    for i, prefix in enumerate(KIND_ORDER):
        if kind == prefix:
            return (i, 0)
        if kind.startswith(prefix) and kind[len(prefix):].isdigit():
            return (i, int(kind[len(prefix):]))
    return (len(KIND_ORDER), 0)


def period_columns(start: pd.Series, end: pd.Series) -> pd.DataFrame:
    """Kind, label, midpoint and length for every row, computed once per distinct period.

    A million claims carry a few thousand distinct periods, so the Python work is per period
    and the per-row work is one ``take``.
    """
    from .data import categorical, combine_codes

    codes, uniques = combine_codes(start, end)
    kinds, labels, mids, days = [], [], [], []
    for u in uniques:
        s, e = (date.fromisoformat(str(x)) for x in u)
        kind, label = classify(s, e)
        kinds.append(kind)
        labels.append(label)
        mids.append(pd.Timestamp(s) + (pd.Timestamp(e) + pd.Timedelta(days=1) - pd.Timestamp(s)) / 2)
        days.append((e - s).days + 1)
    codes = np.asarray(codes)
    out = pd.DataFrame(index=start.index)
    out["period_kind"] = categorical(codes, kinds)
    out["period_label"] = categorical(codes, labels)
    out["period_mid"] = np.asarray(mids, dtype="datetime64[ns]")[codes]
    out["period_days"] = np.asarray(days, dtype="int32")[codes]
    return out
