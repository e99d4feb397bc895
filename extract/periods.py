"""Periods: the time a figure covers, as (start, end) dates.

``find_periods`` returns every period expression in a span with what it says; a year-less
expression ("tháng 12", "9 tháng", "năm nay") keeps ``year=None`` and a ``relative`` marker and
is resolved later against the year in context (``resolve``), because that year comes from
earlier sentences or from the document's date.

>>> [(p.rule, p.resolve(2024)) for p in find_periods("trong Quý I năm 2024 đạt", 0, 24)]
[('quý <I-IV> năm <năm>', (datetime.date(2024, 1, 1), datetime.date(2024, 3, 31)))]
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Callable, Optional

from .numbers import small_int
from .rules import Rule

Span = tuple[date, date]

YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
# "tháng Ba", "tháng Mười Hai", "tháng Giêng": months written as words
MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
               "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_MONTH_WORD = r"(?:mười một|mười hai|giêng|chạp|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?![\wÀ-ỹ])"
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
         "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4}
_NUM_WORD = r"\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?: một| hai)?"
_SEP_YEAR = rf"(?:\s*/\s*|\s*-\s*|\s+(?:của |trong )?năm\s+|\s+){YEAR}"
# "quý I năm nay", "tháng 3 năm ngoái": the year relative to the publication date
_REL_YEAR = r"(?P<rel>\s+(?:của |trong )?năm (?:nay|ngoái|trước)(?![\wÀ-ỹ]))"


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


@dataclass(frozen=True)
class Period:
    """A period expression: which kind, its numbers, and where it stands in the text."""

    kind: str  # year | years | quarter | ytd | month | months | half | day | days | asof | now | sofar | since | fiscal-last
    start: int
    end: int
    surface: str
    rule: str
    year: Optional[int] = None  # None: resolve against the year in context
    a: int = 0  # month / quarter / first month / day, by kind
    b: int = 0  # last month / last day, by kind
    year2: Optional[int] = None  # the end year of multi-year and cross-year spans
    a_month: int = 0
    relative: int = 0  # -1 for "năm ngoái": one year before the context year
    doc_relative: bool = False  # the year counts from the publication date ("năm nay")
    is_base: bool = False  # stands in a comparison ("so với cùng kỳ năm 2021")

    @property
    def is_shift(self) -> bool:
        """"cùng kỳ năm 2023", "cùng kỳ năm ngoái": the figure's period moved to another year."""
        return self.kind == "same-period" or self.surface.lower().startswith("cùng kỳ")

    @property
    def is_stock_marker(self) -> bool:
        return self.kind in {"asof", "now"}

    def with_year(self, year: int) -> "Period":
        return replace(self, year=year)

    def resolve(self, context_year: Optional[int], doc_date: Optional[date] = None
                ) -> Optional[Span]:
        if self.kind == "now":
            return (doc_date, doc_date) if doc_date else None
        if self.kind == "fiscal-last":  # the last October–September year ended before the day
            if not doc_date:
                return None
            end = doc_date.year if doc_date.month >= 10 else doc_date.year - 1
            return date(end - 1, 10, 1), date(end, 9, 30)
        if self.kind == "since":  # "từ năm 2016 đến nay": from that year to the article's day
            return (date(self.year, 1, 1), doc_date) if doc_date and self.year else None
        if self.kind == "sofar":  # "từ đầu năm đến nay": this year up to the article's day
            return (date(doc_date.year, 1, 1), doc_date) if doc_date else None
        if self.kind == "prev-month":
            if not doc_date:
                return None
            y, mo = (doc_date.year, doc_date.month - 1) if doc_date.month > 1 else (doc_date.year - 1, 12)
            return date(y, mo, 1), month_end(y, mo)
        y = self.year if self.year is not None else context_year
        if y is None:
            return None
        y += self.relative
        try:
            if self.kind == "year":
                return date(y, 1, 1), date(y, 12, 31)
            if self.kind == "years":
                return date(y, 1, 1), date(self.year2 or y, 12, 31)
            if self.kind == "quarter":
                return date(y, 3 * self.a - 2, 1), month_end(y, 3 * self.a)
            if self.kind == "half":
                return (date(y, 1, 1), date(y, 6, 30)) if self.a == 1 else (date(y, 7, 1),
                                                                            date(y, 12, 31))
            if self.kind == "ytd":
                return date(y, 1, 1), month_end(y, self.b)
            if self.kind == "months":
                return date(y, self.a, 1), month_end(y, self.b)
            if self.kind == "month":
                return date(y, self.a, 1), month_end(y, self.a)
            if self.kind == "day":
                d = date(y, self.a_month, self.a)
                return d, d
            if self.kind == "days":
                y1 = self.year2 or y
                return date(y1, self.a_month, self.a), date(y, self.b // 100, self.b % 100)
            if self.kind == "span":
                return date(self.year2, 1, 1), month_end(y, self.b)
            if self.kind == "range":
                return date(self.year2, self.a_month, 1), month_end(y, self.b)
            if self.kind == "asof":
                if self.a_month and self.a:
                    d = date(y, self.a_month, self.a)
                elif self.a_month:
                    d = month_end(y, self.a_month)
                else:
                    d = date(y, 12, 31)
                return d, d
        except ValueError:
            return None
        return None

    def as_flow_to_date(self) -> "Period":
        """"Tính đến hết tháng 8/2022" before a flow means January–August 2022."""
        if self.kind == "asof" and self.a_month and not self.a:
            return replace(self, kind="ytd", b=self.a_month)
        if self.kind == "asof" and not self.a_month:
            return replace(self, kind="year")
        return self


def _m(kind: str, **fixed) -> Callable[[re.Match], dict]:
    def produce(m: re.Match) -> dict:
        out = dict(kind=kind, **fixed)
        g = m.groupdict()
        if g.get("y"):
            out["year"] = int(g["y"])
        elif g.get("rel"):
            out["relative"] = 0 if g["rel"].rstrip().endswith("nay") else -1
            out["doc_relative"] = True
        return out
    return produce


def _quarter(m):
    out = _m("quarter")(m)
    out["a"] = ROMAN[m["q"].lower()]
    return out


def _ytd(m):
    out = _m("ytd")(m)
    if m["rel2"]:
        out.update(relative=0, doc_relative=True)
    n = small_int(m["n"])
    if not n or n > 12:
        raise ValueError(m["n"])
    out["b"] = n
    return out


def _month(m):
    out = _m("month")(m)
    out["a"] = int(m["m"])
    if not 1 <= out["a"] <= 12:
        raise ValueError(m["m"])
    return out


def _month_word(m):
    out = _m("month")(m)
    out["a"] = MONTH_WORDS[m["mw"].lower()]
    return out


def _months(m):
    out = _m("months")(m)
    out["a"], out["b"] = int(m["m1"]), int(m["m2"])
    if not (1 <= out["a"] <= out["b"] <= 12):
        raise ValueError("months")
    if out["a"] == 1:
        out["kind"] = "ytd"
    return out


def _months_across(m):
    """A span that crosses a year end, as a Lao fiscal year: 10/2015 – 9/2016."""
    m1, m2, y1, y2 = int(m["m1"]), int(m["m2"]), int(m["y1"]), int(m["y"])
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and (y1, m1) <= (y2, m2) and y2 - y1 <= 10):
        raise ValueError("months")
    return dict(kind="range", year2=y1, a_month=m1, year=y2, b=m2)


def _years(m):
    y1, y2 = int(m["y1"]), int(m["y"])
    if not y1 < y2 <= y1 + 30:
        raise ValueError("years")
    return dict(kind="years", year=y1, year2=y2)


def _day(m):
    d = int(m["d"])
    mo = int(m["mo"]) if m["mo"].isdigit() else MONTH_WORDS[m["mo"].lower()]
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        raise ValueError("day")
    out = _m("day")(m)
    out["a"], out["a_month"] = d, mo
    return out


def _days(m):
    out = _m("days")(m)
    out["a"], out["a_month"] = int(m["d1"]), int(m["mo1"])
    out["b"] = int(m["mo2"]) * 100 + int(m["d2"])
    if m["y1"]:  # "từ ngày 1/10/2013 đến ngày 30/9/2014" crosses a year end
        out["year2"] = int(m["y1"])
    return out


def _fiscal_year(m):
    """"năm tài khóa 2013–2014": a fiscal year across two calendar years runs October to
    September (Laos' until 2017; the year of the end is the stated second year)."""
    y1, y2 = int(m["y1"]), int(m["y"])
    if y2 != y1 + 1:
        raise ValueError("fiscal year")
    return dict(kind="range", year2=y1, a_month=10, year=y2, b=9)


def _asof(m):
    out = _m("asof")(m)
    g = m.groupdict()
    if g.get("mo"):
        out["a_month"] = int(g["mo"])
    if g.get("d"):
        out["a"] = int(g["d"])
    return out


def _span_from_year(m):
    if not m["y"]:  # "từ đầu năm đến hết tháng 10": the year from the context
        return dict(kind="ytd", b=int(m["mo"]))
    if not m["y1"] or m["y1"] == m["y"]:
        return dict(kind="ytd", year=int(m["y"]), b=int(m["mo"]))
    return dict(kind="span", year2=int(m["y1"]), year=int(m["y"]), b=int(m["mo"]))


def _relative_year(offset: int, doc: bool = True):
    def produce(m):
        word = m.group(0).lower()
        from_doc = doc and not word.startswith(("trong năm", "cả năm"))
        return dict(kind="year", relative=offset, doc_relative=from_doc)
    return produce


I = re.IGNORECASE
PERIOD_RULES = (
    Rule("từ ngày <d/m> đến <d/m/năm>",
         re.compile(rf"từ (?:ngày )?(?P<d1>\d{{1,2}})/(?P<mo1>\d{{1,2}})(?:/(?P<y1>\d{{4}}))? "
                    rf"(?:đến|tới) (?:hết )?(?:ngày )?(?P<d2>\d{{1,2}})/(?P<mo2>\d{{1,2}})/{YEAR}", I),
         _days, (("từ ngày 1/1 đến 20/2/2022", (date(2022, 1, 1), date(2022, 2, 20))),)),
    Rule("tính đến ngày <d> tháng <m> năm <năm>",
         re.compile(rf"(?:tính |lũy kế |tính lũy kế )?(?:đến|tới) (?:hết |cuối )?ngày (?P<d>\d{{1,2}}) tháng "
                    rf"(?P<mo>\d{{1,2}}) năm {YEAR}", I),
         lambda m: dict(kind="asof", a=int(m["d"]), a_month=int(m["mo"]), year=int(m["y"])),
         (("tính đến ngày 31 tháng 12 năm 2023", (date(2023, 12, 31), date(2023, 12, 31))),)),
    Rule("ngày <d> tháng <m> năm <năm>",
         re.compile(rf"(?:(?:sáng|chiều|tối|trưa) )?ngày (?P<d>\d{{1,2}}) tháng (?P<mo>\d{{1,2}}|{_MONTH_WORD})"
                    rf"(?: năm {YEAR})?", I),
         _day, (("Ngày 15 tháng 3 năm 2024", (date(2024, 3, 15), date(2024, 3, 15))),
                ("ngày 11 tháng 10", (date(2024, 10, 11), date(2024, 10, 11))),
                ("Ngày 15 tháng Mười Một", (date(2024, 11, 15), date(2024, 11, 15))))),
    Rule("từ đầu năm đến ngày <d/m/năm>",
         re.compile(rf"từ đầu năm (?:(?:19|20)\d\d )?(?:đến|tới) (?:hết )?ngày (?P<d2>\d{{1,2}})/(?P<mo2>\d{{1,2}})/{YEAR}", I),
         lambda m: dict(kind="days", a=1, a_month=1, b=int(m["mo2"]) * 100 + int(m["d2"]), year=int(m["y"])),
         (("từ đầu năm đến ngày 31/5/2024", (date(2024, 1, 1), date(2024, 5, 31))),)),
    Rule("từ đầu năm đến ngày <d/m>",
         re.compile(r"từ đầu năm (?:đến|tới) (?:hết )?ngày (?P<d2>\d{1,2})/(?P<mo2>\d{1,2})(?![/\d])", I),
         lambda m: dict(kind="days", a=1, a_month=1, b=int(m["mo2"]) * 100 + int(m["d2"])),
         (("Từ đầu năm đến ngày 20/9", (date(2024, 1, 1), date(2024, 9, 20))),)),
    Rule("từ đầu năm đến nay",
         # "từ đầu năm" alone is "since the start of the year": up to the article's day too
         re.compile(r"(?:kể )?từ đầu năm(?:\s+(?:đến|tới)\s+nay|\s+đến thời điểm này|"
                    r"(?!\s+(?:\d|đến|tới)))", I),
         lambda m: dict(kind="sofar"), (("Từ đầu năm đến nay", None), ("từ đầu năm", None))),
    Rule("từ năm <năm> đến nay",
         re.compile(rf"(?:kể )?từ (?:đầu )?năm {YEAR} (?:đến|tới) (?:nay|thời điểm này)", I),
         lambda m: dict(kind="since", year=int(m["y"])),
         (("Từ năm 2016 đến nay", None), ("từ đầu năm 2018 đến nay", None))),
    Rule("từ đầu năm <năm> đến hết tháng <m/năm>",
         re.compile(rf"từ đầu năm (?:(?P<y1>\d{{4}}) )?(?:đến|tới) (?:hết |cuối )?tháng "
                    rf"(?P<mo>\d{{1,2}})(?:{_SEP_YEAR})?(?![\d/])", I),
         _span_from_year,
         (("từ đầu năm 2022 đến hết tháng 9/2025", (date(2022, 1, 1), date(2025, 9, 30))),
          ("Từ đầu năm đến hết tháng 7/2019", (date(2019, 1, 1), date(2019, 7, 31))),
          ("từ đầu năm đến hết tháng 10", (date(2024, 1, 1), date(2024, 10, 31))))),
    Rule("từ tháng <m/năm> đến tháng <m/năm>",
         re.compile(rf"(?:từ )?tháng (?P<m1>\d{{1,2}})\s*/\s*(?P<y1>(?:19|20)\d\d) (?:đến|tới) (?:hết )?"
                    rf"tháng (?P<m2>\d{{1,2}}){_SEP_YEAR}", I),
         lambda m: _months_across(m),
         (("từ tháng 10/2015 đến hết tháng 9/2016", (date(2015, 10, 1), date(2016, 9, 30))),)),
    Rule("từ tháng <m> đến tháng <m/năm>",
         re.compile(rf"(?:từ )?tháng (?P<m1>\d{{1,2}}) (?:đến|tới) (?:hết )?tháng (?P<m2>\d{{1,2}})"
                    rf"(?:{_SEP_YEAR})?", I),
         _months,
         (("từ tháng 1 đến tháng 10/2022", (date(2022, 1, 1), date(2022, 10, 31))),
          ("từ tháng 10 đến tháng 12/2008", (date(2008, 10, 1), date(2008, 12, 31))))),
    Rule("tháng <m>-<m>/<năm>",
         re.compile(rf"tháng (?P<m1>\d{{1,2}})\s*[-–]\s*(?P<m2>\d{{1,2}})(?:{_SEP_YEAR})?", I),
         _months, (("tháng 1-10/2022", (date(2022, 1, 1), date(2022, 10, 31))),)),
    Rule("năm tài khóa <năm>–<năm>",
         re.compile(rf"(?:năm )?tài khóa\s+(?P<y1>(?:19|20)\d\d)\s*(?:–|-|—|/)\s*{YEAR}", I),
         _fiscal_year, (("năm tài khóa 2013–2014", (date(2013, 10, 1), date(2014, 9, 30))),)),
    Rule("năm tài khóa vừa qua",
         re.compile(r"(?:năm )?tài khóa (?:vừa qua|vừa kết thúc|trước đó)", I),
         lambda m: dict(kind="fiscal-last"), (("năm tài khóa vừa qua", None),)),
    Rule("giai đoạn <năm> – <năm>",
         re.compile(rf"(?:giai đoạn|thời kỳ|từ năm|trong các năm|từ)\s+(?P<y1>(?:19|20)\d\d)"
                    rf"\s*(?:–|-|—|đến|tới)\s*(?:năm\s+)?{YEAR}", I),
         _years, (("giai đoạn 2017 – 2021", (date(2017, 1, 1), date(2021, 12, 31))),)),
    Rule("quý <I-IV> năm <năm>",
         re.compile(rf"(?:quý |Q)(?P<q>IV|III|II|I|[1-4]|một|hai|ba|bốn|tư)(?![\wÀ-ỹ])"
                    rf"(?: tài khóa)?(?:{_SEP_YEAR}|{_REL_YEAR})?", I),
         _quarter,
         (("Quý I năm 2024", (date(2024, 1, 1), date(2024, 3, 31))),
          ("quý I/2022", (date(2022, 1, 1), date(2022, 3, 31))),
          ("quý 3/2023", (date(2023, 7, 1), date(2023, 9, 30))),
          ("Quý I năm nay", (date(2024, 1, 1), date(2024, 3, 31))),
          ("Q2/2024", (date(2024, 4, 1), date(2024, 6, 30))))),
    Rule("quý đầu năm",
         re.compile(rf"quý đầu(?: tiên)?(?: của)?(?: năm)?(?:{_SEP_YEAR})?", I),
         lambda m: dict(_m("quarter")(m), a=1),
         (("quý đầu năm", (date(2024, 1, 1), date(2024, 3, 31))),)),
    Rule("nửa đầu năm <năm>",
         re.compile(rf"(?:nửa đầu năm|(?:6|sáu) tháng đầu năm)(?:{_SEP_YEAR}|(?P<rel> nay| ngoái| trước))?", I),
         lambda m: dict(_m("half")(m), a=1),
         (("nửa đầu năm 2024", (date(2024, 1, 1), date(2024, 6, 30))),
          ("6 tháng đầu năm 2022", (date(2022, 1, 1), date(2022, 6, 30))))),
    Rule("nửa cuối năm <năm>",
         re.compile(rf"(?:nửa cuối|6 tháng cuối|sáu tháng cuối) năm(?:{_SEP_YEAR}|(?P<rel> nay| ngoái| trước))?", I),
         lambda m: dict(_m("half")(m), a=2),
         (("6 tháng cuối năm 2023", (date(2023, 7, 1), date(2023, 12, 31))),)),
    Rule("<N> tháng đầu năm <năm>",
         # not a duration: "trong gần một tháng", "khoảng 3 tháng", "hơn 2 tháng"
         re.compile(rf"(?<![\d,.])(?<!ngày )(?<!gần )(?<!khoảng )(?<!hơn )(?<!suốt )(?<!vòng )(?<!mất )(?<!chừng )"
                    rf"(?!(?:một|1) tháng(?! đầu))"
                    rf"(?P<n>{_NUM_WORD}) tháng(?! \d)(?: đầu)?(?:(?: (?:của )?năm)?(?:{_SEP_YEAR})|{_REL_YEAR}|"
                    rf"(?P<rel2> đầu năm nay)| (?:của )?năm(?! nay))?"
                    rf"(?![\wÀ-ỹ]| tới| gần| liên| sau)", I),
         _ytd,
         (("9 tháng đầu năm 2022", (date(2022, 1, 1), date(2022, 9, 30))),
          ("10 tháng năm 2021", (date(2021, 1, 1), date(2021, 10, 31))),
          ("7 tháng", (date(2024, 1, 1), date(2024, 7, 31))),
          ("10 tháng năm nay", (date(2024, 1, 1), date(2024, 10, 31))))),
    Rule("tính đến hết ngày <d/m/năm>",
         re.compile(rf"(?:(?:tính |lũy kế |tính lũy kế )?(?:đến|tới) (?:hết |cuối |ngày )*"
                    rf"|vào (?:cuối |hết )|vào (?=(?:ngày )?\d))"  # "vào tháng 8/2017" is the month
                    rf"(?:(?:ngày )?(?P<d>\d{{1,2}})/(?P<mo>\d{{1,2}})/{YEAR}"
                    rf"|tháng (?P<mo2>\d{{1,2}}){_SEP_YEAR.replace('?P<y>', '?P<y2>')}"
                    rf"|năm {YEAR.replace('?P<y>', '?P<y3>')})", I),
         lambda m: _asof_any(m),
         (("lũy kế đến ngày 30/11/2023", (date(2023, 11, 30), date(2023, 11, 30))),
          ("tính đến cuối tháng 6/2012", (date(2012, 6, 30), date(2012, 6, 30))),
          ("vào cuối năm 2015", (date(2015, 12, 31), date(2015, 12, 31))))),
    Rule("cuối năm <năm>",
         re.compile(rf"(?<!tháng )cuối năm {YEAR}", I),
         lambda m: dict(kind="asof", year=int(m["y"])),
         (("cuối năm 2020", (date(2020, 12, 31), date(2020, 12, 31))),)),
    Rule("tháng <m>/<năm>",
         re.compile(rf"tháng (?P<m>\d{{1,2}})(?:{_SEP_YEAR}|{_REL_YEAR}| vừa qua)?(?![\d/])", I),
         _month,
         (("tháng 10/2022", (date(2022, 10, 1), date(2022, 10, 31))),
          ("tháng 7 năm 2022", (date(2022, 7, 1), date(2022, 7, 31))),
          ("tháng 12", (date(2024, 12, 1), date(2024, 12, 31))),
          ("tháng 3 năm nay", (date(2024, 3, 1), date(2024, 3, 31))))),
    Rule("cùng kỳ năm ngoái|năm trước",
         re.compile(r"cùng kỳ(?: của)? năm (?:ngoái|trước)|cùng kỳ(?!\s+(?:năm\s+)?\d)", I),
         lambda m: dict(kind="same-period", relative=-1),
         (("cùng kỳ năm ngoái", None),)),
    Rule("tháng <Ba> <năm>",
         re.compile(rf"tháng (?P<mw>{_MONTH_WORD})(?:{_SEP_YEAR}|{_REL_YEAR}| vừa qua)?", I),
         lambda m: _month_word(m),
         (("tháng Ba", (date(2024, 3, 1), date(2024, 3, 31))),
          ("tháng Mười Hai năm 2023", (date(2023, 12, 1), date(2023, 12, 31))))),
    Rule("tháng trước|tháng qua",
         re.compile(r"tháng trước(?! đó)|tháng vừa qua|tháng qua", I),
         lambda m: dict(kind="prev-month"), (("tháng trước", (date(2024, 11, 1), date(2024, 11, 30))),)),
    Rule("năm ngoái|năm trước",
         re.compile(r"năm ngoái|năm trước(?! đó)|năm qua", I),
         _relative_year(-1), (("năm ngoái", (date(2023, 1, 1), date(2023, 12, 31))),)),
    Rule("năm nay|trong năm",
         re.compile(r"năm nay|trong năm(?! (?:\d|tới|sau|trước|qua|ngoái|nay|tài khóa))|cả năm(?! \d)", I),
         _relative_year(0), (("năm nay", (date(2024, 1, 1), date(2024, 12, 31))),)),
    Rule("năm <năm>",
         re.compile(rf"(?:cùng kỳ(?: của)?(?: năm)?|năm|tài khóa|niên khóa)\s+{YEAR}", I),
         _m("year"), (("năm 2019", (date(2019, 1, 1), date(2019, 12, 31))),
                      ("cùng kỳ 2024", (date(2024, 1, 1), date(2024, 12, 31))))),
    Rule("ngày <d/m/năm>",
         re.compile(rf"(?<![\d/.,])(?:(?:ngày|sáng|chiều|tối|trưa|hôm) )?(?P<d>\d{{1,2}})[/.-](?P<mo>\d{{1,2}})"
                    rf"(?:[/.-]{YEAR})?(?![\d/.,]*\d)", I),
         _day, (("chiều 30/7", (date(2024, 7, 30), date(2024, 7, 30))),
                ("ngày 5/9/1962", (date(1962, 9, 5), date(1962, 9, 5))))),
    Rule("hiện nay|lũy kế đến nay",
         re.compile(r"(?:tính |lũy kế |tính lũy kế )?(?:đến|tới) nay|hiện nay|hiện có|hiện là|"
                    r"(?<![\wÀ-ỹ])hiện(?![\wÀ-ỹ])|đến thời điểm này|hiện đang", I),
         lambda m: dict(kind="now"), (("lũy kế đến nay", None),)),
)


def _asof_any(m: re.Match) -> dict:
    g = m.groupdict()
    out: dict = dict(kind="asof")
    if g.get("d"):
        out.update(a=int(g["d"]), a_month=int(g["mo"]), year=int(g["y"]))
    elif g.get("mo2"):
        out.update(a_month=int(g["mo2"]), year=int(g["y2"]))
    else:
        out.update(year=int(g["y3"]))
    return out


# A period inside a comparison is the base, not the period of the figure before it.
_BASE_BEFORE = re.compile(r"(?:so với|so cùng kỳ|mức|khi đó|từ mức|lấy mốc|mốc so sánh|gấp|lần)"
                          r"(?:[^,;.()]|(?<=\d)[,.](?=\d)){0,40}$", I)


# Words one of which every match of a rule contains (see Rule.gate): most sentences skip most rules.
_GATES = {
    'từ ngày <d/m> đến <d/m/năm>': ('từ',),
    'từ đầu năm <năm> đến hết tháng <m/năm>': ('từ đầu năm',),
    'từ tháng <m/năm> đến tháng <m/năm>': ('tháng',),
    'từ tháng <m> đến tháng <m/năm>': ('tháng',),
    'tháng <m>-<m>/<năm>': ('tháng',),
    'năm tài khóa <năm>–<năm>': ('tài khóa',),
    'năm tài khóa vừa qua': ('tài khóa',),
    'giai đoạn <năm> – <năm>': ('giai đoạn', 'thời kỳ', 'từ', 'trong các năm'),
    'quý <I-IV> năm <năm>': ('quý', 'q1', 'q2', 'q3', 'q4', 'qi', 'qv'),
    'quý đầu năm': ('quý đầu',),
    'nửa đầu năm <năm>': ('nửa đầu năm', 'tháng đầu năm'),
    'nửa cuối năm <năm>': ('cuối năm',),
    '<N> tháng đầu năm <năm>': ('tháng',),
    'tính đến hết ngày <d/m/năm>': ('đến', 'tới', 'vào'),
    'tháng <m>/<năm>': ('tháng',),
    'cuối năm <năm>': ('cuối năm',),
    'từ đầu năm đến ngày <d/m/năm>': ('từ đầu năm',),
    'từ đầu năm đến ngày <d/m>': ('từ đầu năm',),
    'từ đầu năm đến nay': ('từ đầu năm',),
    'từ năm <năm> đến nay': ('từ năm', 'từ đầu năm'),
    'cùng kỳ năm ngoái|năm trước': ('cùng kỳ',),
    'tháng trước|tháng qua': ('tháng trước', 'tháng vừa qua', 'tháng qua'),
    'năm ngoái|năm trước': ('năm ngoái', 'năm trước', 'năm qua'),
    'năm nay|trong năm': ('năm nay', 'trong năm', 'cả năm'),
    'năm <năm>': ('năm', 'cùng kỳ', 'tài khóa', 'niên khóa'),
    'tính đến ngày <d> tháng <m> năm <năm>': ('ngày',),
    'ngày <d> tháng <m> năm <năm>': ('ngày',),
    'tháng <Ba> <năm>': ('tháng',),
    'ngày <d/m/năm>': ('/', '.', '-'),
    'hiện nay|lũy kế đến nay': ('nay', 'hiện', 'thời điểm')}
PERIOD_RULES = tuple(replace(r, gate=_GATES[r.name]) for r in PERIOD_RULES)


# Rules every match of which contains a digit: a sentence without one skips them.
_NEED_DIGIT = {"từ ngày <d/m> đến <d/m/năm>", "từ đầu năm <năm> đến hết tháng <m/năm>",
               "từ tháng <m/năm> đến tháng <m/năm>",
               "từ tháng <m> đến tháng <m/năm>", "tháng <m>-<m>/<năm>", "giai đoạn <năm> – <năm>",
               "năm tài khóa <năm>–<năm>",
               "tính đến hết ngày <d/m/năm>", "tháng <m>/<năm>", "năm <năm>", "ngày <d/m/năm>",
               "tính đến ngày <d> tháng <m> năm <năm>", "ngày <d> tháng <m> năm <năm>",
               "cuối năm <năm>", "từ đầu năm đến ngày <d/m/năm>", "từ đầu năm đến ngày <d/m>"}
_DIGIT = re.compile(r"\d")
_SINCE = re.compile(r"(?<![\wÀ-ỹ])(?:kể từ|bắt đầu từ|từ)\s+(?:(?:đầu|giữa|cuối)\s+)?$", I)
_UNTIL = re.compile(r"\s*(?:đến|tới|[-–])", I)


def find_periods(text: str, start: int, end: int) -> list[Period]:
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    lowered = text[start:end].lower()
    has_digit = _DIGIT.search(lowered) is not None
    for rule in PERIOD_RULES:
        if not has_digit and rule.name in _NEED_DIGIT:
            continue
        if not rule.may_match(lowered):
            continue
        for m in rule.finditer(text, start, end):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            try:
                fields = rule.produce(m)
            except (ValueError, KeyError):
                continue
            if fields.get("kind") == "month" and _SINCE.search(text, max(start, a - 12), a) \
                    and not _UNTIL.match(text, b, min(end, b + 8)):
                continue  # "dỡ bỏ biện pháp phòng dịch từ tháng 5": a starting point, not a period
            is_base = bool(_BASE_BEFORE.search(text, max(start, a - 45), a)) and not re.search(
                r"(?:vào|đến|tới)\s+(?:cuối\s+|hết\s+)?$", text[max(start, a - 12):a], I)
            # ("hướng tới mốc 5 tỷ USD vào năm 2030": a date to reach, not a base)
            if fields.get("kind") == "same-period" and not is_base and m.group(0).lower() == "cùng kỳ":
                fields["relative"] = 0  # "Tại Campuchia, cùng kỳ có 21 dự án": the same period
            found.append(Period(start=a, end=b, surface=m.group(0), rule=rule.name,
                                is_base=is_base, **fields))
            taken.append((a, b))
    found.sort(key=lambda p: p.start)
    return found
