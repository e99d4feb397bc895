"""Mentions: money amounts, percentages, project counts and investor ranks in a sentence.

Each kind is a list of named rules; ``find_mentions`` runs them longest-first and keeps the
non-overlapping matches. A mention is only a figure: which indicator, period and countries it
belongs to is decided later, from the words around it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .numbers import NUMBER, parse_vn_number, scaled
from .rules import Rule
from .vocab import CURRENCY_RE, SCALE_RE, SCALE_WORDS, currency_unit


@dataclass(frozen=True)
class Mention:
    kind: str  # "money" | "percent" | "count" | "rank"
    start: int
    end: int
    surface: str
    value: Decimal
    low: Decimal
    high: Decimal
    unit: str
    rule: str


_CUR = f"(?:{CURRENCY_RE.pattern})(?![\\wÀ-ỹ])"
_SCALE = f"(?:{SCALE_RE})(?![\\wÀ-ỹ])"
_DASH = r"\s*(?:–|-|—|đến|tới|~)\s*"
_DIGIT = re.compile(r"\d")
# Nothing reported in this news is near 10^16 of any currency; beyond it a "number" is noise.
MAX_VALUE = Decimal(10) ** 16


def _money_single(m: re.Match):
    v = scaled(m["a"], m["scale"])
    return v, v, v, currency_unit(m["cur"])


def _money_range(m: re.Match):
    lo = scaled(m["a"], m["a_scale"] or m["scale"])
    hi = scaled(m["b"], m["scale"])
    return (lo + hi) / 2, lo, hi, currency_unit(m["cur"])


def _money_full_range(m: re.Match):
    if currency_unit(m["cur1"]) != currency_unit(m["cur"]):
        raise ValueError("two currencies")  # "5 triệu USD – 120 tỷ đồng" is no range
    lo, hi = scaled(m["a"], m["a_scale"]), scaled(m["b"], m["scale"])
    if lo >= hi:
        raise ValueError("not a range")
    return (lo + hi) / 2, lo, hi, currency_unit(m["cur"])


def _money_compound(m: re.Match):
    v = scaled(m["a"], m["scale"]) + scaled(m["c"], m["c_scale"])
    return v, v, v, currency_unit(m["cur"])


def _english_decimal(m: re.Match):
    v = Decimal(m["a"]) * SCALE_WORDS[m["scale"]]
    return v, v, v, currency_unit(m["cur"])


def _half(m: re.Match):
    v = SCALE_WORDS[m["scale"].lower()] / 2
    return v, v, v, currency_unit(m["cur"])


def _money_currency_first(m: re.Match):
    v = scaled(m["a"], m["scale"])
    return v, v, v, currency_unit(m["cur"])


MONEY_RULES = (
    Rule("<số> tỷ <số> triệu <tiền tệ>",
         re.compile(rf"(?P<a>{NUMBER})\s*(?P<scale>{_SCALE})\s+(?P<c>{NUMBER})\s*"
                    rf"(?P<c_scale>{_SCALE})\s*(?P<cur>{_CUR})"),
         _money_compound,
         (("3 tỷ 370 triệu đôla Mỹ", Decimal("3370000000")),)),
    Rule("<số> tỷ|triệu <tiền tệ> – <số> tỷ|triệu <tiền tệ>",
         re.compile(rf"(?P<a>{NUMBER})\s*(?P<a_scale>{_SCALE})?\s*(?P<cur1>{_CUR}){_DASH}(?P<b>{NUMBER})\s*"
                    rf"(?P<scale>{_SCALE})?\s*(?P<cur>{_CUR})"),
         lambda m: _money_full_range(m),
         (("900 triệu USD – 1 tỷ USD", Decimal("950000000")),)),
    Rule("<số> [tỷ] – <số> tỷ|triệu <tiền tệ>",
         re.compile(rf"(?P<a>{NUMBER})(?:\s*(?P<a_scale>{_SCALE}))?{_DASH}(?P<b>{NUMBER})\s*"
                    rf"(?P<scale>{_SCALE})?\s*(?P<cur>{_CUR})"),
         _money_range,
         (("1,1 – 1,2 tỷ USD", Decimal("1150000000")),
          ("1,1 tỷ - 1,2 tỷ USD", Decimal("1150000000")))),
    Rule("<số> tỷ|triệu|nghìn <tiền tệ>",
         re.compile(rf"(?P<a>{NUMBER})\s*(?P<scale>{_SCALE})?\s*(?P<cur>{_CUR})"),
         _money_single,
         (("476,8 triệu USD", Decimal("476800000")), ("5,5 tỷ USD", Decimal("5500000000")),
          ("1.687 triệu USD", Decimal("1687000000")), ("50.000 USD", Decimal("50000")),
          ("3,4 nghìn tỷ kíp", Decimal("3400000000000")), ("751 tỷ đồng", Decimal("751e9")),
          ("11,33 tỉ USD", Decimal("11330000000")))),
    # English-style decimals ("1.5 tỷ USD", common in translated wires): a dot followed by one or
    # two digits cannot group thousands, so it can only be a decimal point. A separate, named
    # rule: the Vietnamese rules above never read a dot as a decimal.
    Rule("<số kiểu Anh 1.5> tỷ|triệu <tiền tệ>",
         re.compile(rf"(?<![\d.,/])(?P<a>\d{{1,3}}\.\d{{1,2}})(?![\d.,])\s*(?P<scale>{_SCALE})\s*(?P<cur>{_CUR})"),
         lambda m: _english_decimal(m),
         (("1.5 tỷ USD", Decimal("1500000000")), ("12.75 triệu USD", Decimal("12750000")))),
    # "gần nửa tỷ USD": a half written as a word, scaled like any figure
    Rule("nửa tỷ|triệu <tiền tệ>",
         re.compile(rf"(?<![\wÀ-ỹ])nửa\s+(?P<scale>tỷ|tỉ|triệu)\s*(?P<cur>{_CUR})"),
         lambda m: _half(m),
         (("nửa tỷ USD", Decimal("500000000")), ("nửa triệu đô la Mỹ", Decimal("500000")))),
    Rule("USD <số> tỷ|triệu",
         re.compile(rf"(?P<cur>USD|US\$|\$)\s*(?P<a>{NUMBER})\s*(?P<scale>{_SCALE})?"),
         _money_currency_first,
         (("USD 50 triệu", Decimal("50000000")), ("US$ 1,2 tỷ", Decimal("1200000000")))),
)


def _pct_single(m: re.Match):
    v = parse_vn_number(m["a"])
    return v, v, v, "percent"


def _pct_range(m: re.Match):
    lo, hi = parse_vn_number(m["a"]), parse_vn_number(m["b"])
    return (lo + hi) / 2, lo, hi, "percent"


_PCT = r"\s*(?:%|phần trăm)"
PERCENT_RULES = (
    Rule("<số> – <số>%",
         re.compile(rf"(?P<a>{NUMBER})(?:{_PCT})?{_DASH}(?P<b>{NUMBER}){_PCT}"),
         _pct_range,
         (("10 – 15%", Decimal("12.5")), ("10% - 15%", Decimal("12.5")))),
    Rule("<số>%",
         re.compile(rf"(?P<a>{NUMBER}){_PCT}"),
         _pct_single,
         (("12,6%", Decimal("12.6")), ("23,54%", Decimal("23.54")),
          ("12 phần trăm", Decimal("12")))),
)


def _count(m: re.Match):
    v = parse_vn_number(m["a"])
    return v, v, v, "count"


COUNT_RULES = (
    Rule("<số> dự án",
         re.compile(rf"(?P<a>{NUMBER})\s+dự án"),
         _count,
         (("245 dự án", Decimal("245")), ("1.173 dự án", Decimal("1173")))),
    # "265 DA": the abbreviation of headlines and bulletins
    Rule("<số> DA",
         re.compile(rf"(?P<a>{NUMBER})\s+DA(?![\wÀ-ỹ])"),
         _count,
         (("265 DA", Decimal("265")),)),
    # "số dự án … hiện là 209": the count stands alone after the noun phrase it counts.
    Rule("số dự án … là <số>",
         re.compile(rf"số (?:lượng )?dự án[^.;]{{0,80}}?\s(?:là|hiện là|đạt)\s+(?P<fig>(?P<a>{NUMBER}))"
                    rf"(?=\s*[,.;)]|\s+(?:với|và)|$)"),
         _count,
         (("số dự án của Việt Nam còn hiệu lực tại Campuchia là 229", Decimal("229")),)),
)

ORDINALS = {"nhất": 1, "hai": 2, "nhì": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
            "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def _rank_ordinal(m: re.Match):
    word = m["ord"].lower()
    v = Decimal(int(word)) if word.isdigit() else Decimal(ORDINALS[word])
    return v, v, v, "rank"


def _rank_first(m: re.Match):
    return Decimal(1), Decimal(1), Decimal(1), "rank"


RANK_RULES = (
    Rule("thứ <số|ba>",
         re.compile(r"(?<!lần )(?<!kỳ )(?<!khóa )(?<!họp )(?<!đợt )(?<!năm )(?<!tháng )(?<!phiên )(?<!ngày )thứ (?P<ord>\d{1,2}|nhất|nhì|hai|ba|tư|bốn|năm|"
                    r"sáu|bảy|tám|chín|mười)(?![\wÀ-ỹ])"),
         _rank_ordinal,
         (("thứ ba", Decimal(3)), ("thứ 3", Decimal(3)), ("thứ hai", Decimal(2)))),
    Rule("lớn nhất|dẫn đầu|đứng đầu",
         re.compile(r"lớn nhất|dẫn đầu|đứng đầu|số một|số 1(?!\d)"),
         _rank_first,
         (("lớn nhất", Decimal(1)), ("dẫn đầu", Decimal(1)), ("đứng đầu", Decimal(1)))),
)

# Words one of which every match contains (see Rule.gate).
_CURRENCY_WORDS = ("usd", "us$", "$", "đô", "đồng", "vnd", "vnđ", "kíp", "lak", "baht", "bạt",
                   "thb", "nhân dân tệ", "ndt", "cny", "riel", "khr")
MONEY_RULES = tuple(replace(r, gate=_CURRENCY_WORDS) for r in MONEY_RULES)
PERCENT_RULES = tuple(replace(r, gate=("%", "phần trăm")) for r in PERCENT_RULES)
COUNT_RULES = tuple(replace(r, gate=("da",) if r.name == "<số> DA" else ("dự án",)) for r in COUNT_RULES)
RANK_RULES = (replace(RANK_RULES[0], gate=("thứ",)),
              replace(RANK_RULES[1], gate=("lớn nhất", "dẫn đầu", "đứng đầu", "số một", "số 1")))

ALL_RULES = {"money": MONEY_RULES, "percent": PERCENT_RULES, "count": COUNT_RULES,
             "rank": RANK_RULES}


def find_mentions(text: str, start: int, end: int, kinds=("money", "percent", "count", "rank")
                  ) -> list[Mention]:
    """Non-overlapping mentions in text[start:end]; offsets are into ``text``."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    lowered = text[start:end].lower()
    if not _DIGIT.search(lowered):  # only rank words ("dẫn đầu", "thứ ba") need no digit,
        # and a half written as a word ("nửa tỷ USD")
        kinds = tuple(k for k in kinds if k == "rank" or k == "money" and "nửa " in lowered)
    for kind in kinds:
        for rule in ALL_RULES[kind]:
            if not rule.may_match(lowered):
                continue
            for m in rule.finditer(text, start, end):
                # A rule may read its figure from a wider context; the span is the figure.
                a, b = m.span("fig") if "fig" in m.re.groupindex else m.span()
                if any(a < y and x < b for x, y in taken):
                    continue
                try:
                    value, low, high, unit = rule.produce(m)
                except (ArithmeticError, KeyError, ValueError):
                    continue  # garbled number: no figure rather than a wrong one
                if abs(high) >= MAX_VALUE:
                    continue  # "99999999999999999999 tỷ" is a garbled run, not a figure
                found.append(Mention(kind, a, b, text[a:b], value, low, high, unit, rule.name))
                taken.append((a, b))
    found.sort(key=lambda x: x.start)
    return found
