"""Vocabulary as data: the CSV files in ``extract/data/``, checked when loaded.

Every row carries an ``example`` that its pattern must match; a row whose example does not
match, an unknown column or an unknown target key fails at import time, so a typo in a
lexicon file can never silently switch a rule off.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

DATA = Path(__file__).parent / "data"

INDICATOR_KEYS = {"trade_total", "export", "import", "investment_projects",
                  "investment_capital", "investor_rank", "aid"}
STATUS_KEYS = {"actual", "estimate", "forecast", "target"}
UNIT_KEYS = {"USD", "VND", "LAK", "THB", "CNY", "KHR"}
SCOPE_KEYS = {"before", "share", "after", "world", "sentence"}  # share: before a percent only


class VocabError(ValueError):
    pass


def _rows(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    path = DATA / name
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != columns:
            raise VocabError(f"{name}: columns {reader.fieldnames}, expected {list(columns)}")
        rows = list(reader)
    for n, row in enumerate(rows, 2):
        if any(v is None or v == "" for k, v in row.items() if k not in {"direction"}):
            raise VocabError(f"{name}:{n}: empty cell in {row}")
    return rows


@dataclass(frozen=True)
class Entry:
    """One lexicon row: a name, what it means (``target``), its compiled pattern, an example."""

    name: str
    target: str
    pattern: re.Pattern
    example: str
    extra: str = ""
    gate: tuple[str, ...] = ()  # lower-case words one of which every match contains

    gate_re: re.Pattern | None = None  # the gate words as one pattern (set by _entries)

    def may_match(self, lowered: str) -> bool:
        return self.gate_re is None or self.gate_re.search(lowered) is not None


def _entries(name: str, columns: tuple[str, ...], target_col: str, keys: set[str] | None,
             extra_col: str | None = None, flags: int = re.IGNORECASE,
             gate_col: str | None = None) -> tuple[Entry, ...]:
    out = []
    for n, row in enumerate(_rows(name, columns), 2):
        target = row[target_col]
        if keys is not None and target not in keys:
            raise VocabError(f"{name}:{n}: unknown {target_col} {target!r}")
        try:
            pattern = guarded(row["pattern"], flags)
        except re.error as e:
            raise VocabError(f"{name}:{n}: bad pattern {row['pattern']!r}: {e}") from e
        if not pattern.search(row["example"]):
            raise VocabError(f"{name}:{n}: pattern {row['pattern']!r} misses its example "
                             f"{row['example']!r}")
        gate = tuple(row[gate_col].split("|")) if gate_col else ()
        match = pattern.search(row["example"])
        if gate and not any(g in match.group(0).lower() for g in gate):
            raise VocabError(f"{name}:{n}: gate {gate} misses the match {match.group(0)!r}")
        out.append(Entry(row["name"], target, pattern, row["example"],
                         row[extra_col] if extra_col else "", gate,
                         re.compile("|".join(re.escape(g) for g in gate)) if gate else None))
    return tuple(out)


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a match of ``pattern`` can start with, or None when that is not a small
    set. Python's regex engine scans much faster when a pattern opens with a character class,
    so big alternations of names get ``(?=[…])`` in front (COUNTRY_RE: about 15× faster)."""
    from re import _constants as C, _parser  # the stdlib's own parser: exact, never guessed

    def seq(items) -> set[str] | None:
        out: set[str] = set()
        for op, av in items:
            if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
                continue  # zero-width: the next item starts the match
            first = item(op, av)
            if first is None:
                return None
            nullable = op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0
            out |= first
            if not nullable:
                return out
        return None  # the whole sequence may match the empty string

    def item(op, av) -> set[str] | None:
        if op is C.LITERAL:
            return {chr(av)}
        if op is C.IN:
            chars = set()
            for kind, value in av:
                if kind is C.LITERAL:
                    chars.add(chr(value))
                elif kind is C.RANGE and value[1] - value[0] < 64:
                    chars |= {chr(c) for c in range(value[0], value[1] + 1)}
                elif kind is C.CATEGORY and value is C.CATEGORY_DIGIT:
                    chars |= set("0123456789")
                else:
                    return None
            return chars
        if op is C.BRANCH:
            out: set[str] = set()
            for alternative in av[1]:
                first = seq(alternative)
                if first is None:
                    return None
                out |= first
            return out
        if op is C.SUBPATTERN:
            return seq(av[-1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            return seq(av[2])
        return None

    chars = seq(_parser.parse(pattern, flags))
    if chars is None:
        return None
    if flags & re.IGNORECASE:
        chars = {c for ch in chars for c in (ch.lower(), ch.upper())}
    return chars if len(chars) < 80 else None


def guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` compiled with a leading class of its possible first characters."""
    chars = first_chars(pattern, flags)
    if not chars:
        return re.compile(pattern, flags)
    cls = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(f"(?=[{cls}])(?:{pattern})", flags)


def _alternation(entries, flags: int = re.IGNORECASE) -> re.Pattern:
    return guarded("|".join(f"(?:{e.pattern.pattern})" for e in entries), flags)


def _scales() -> dict[str, Decimal]:
    out = {}
    for n, row in enumerate(_rows("scale_words.csv", ("word", "multiplier", "example")), 2):
        if row["word"] not in row["example"]:
            raise VocabError(f"scale_words.csv:{n}: example lacks {row['word']!r}")
        out[row["word"]] = Decimal(row["multiplier"])
    return out


SCALE_WORDS: dict[str, Decimal] = _scales()
CURRENCIES = _entries("currencies.csv", ("name", "unit", "pattern", "example"), "unit", UNIT_KEYS)
# Country names are matched case-sensitively: "lào" is not a word, "Lào" is the country.
COUNTRIES = _entries("countries.csv", ("iso2", "name", "pattern", "example"), "iso2", None,
                     extra_col="name", flags=0)
PLACES = _entries("places.csv", ("iso2", "name", "pattern", "example"), "iso2", None,
                  extra_col="name", flags=0)
# Names of ministries, agencies and agreements that contain cue words ("Bộ Công nghiệp và
# Thương mại Lào", "Cục Xúc tiến thương mại"): a cue inside one of them is a name, not a topic.
# International border gates and the neighbour each faces: a gate's trade with no country
# named ("Cửa khẩu quốc tế Lệ Thanh đạt 21,4 triệu USD") is trade with that neighbour.
BORDER_GATES = _entries("border_gates.csv", ("iso2", "name", "pattern", "example"), "iso2", None,
                        extra_col="name", flags=0)
BORDER_GATE_RE = _alternation(BORDER_GATES, flags=0)
ORGANISATIONS = _entries("organisations.csv", ("name", "pattern", "example"), "name", None, flags=0)
INDICATOR_CUES = _entries("indicator_cues.csv",
                          ("name", "indicator", "direction", "pattern", "gate", "example"),
                          "indicator", INDICATOR_KEYS, gate_col="gate")
STATUS_CUES = _entries("status_cues.csv", ("name", "status", "pattern", "example"), "status",
                       STATUS_KEYS)
COMMODITIES = _entries("commodities.csv", ("name", "pattern", "example"), "name", None)
EXCLUSIONS = _entries("exclusions.csv", ("name", "scope", "pattern", "example"), "scope",
                      SCOPE_KEYS)

# Longest first, so "nghìn tỷ" wins over "nghìn" and "tỷ".
SCALE_RE = "|".join(sorted((re.escape(w) for w in SCALE_WORDS), key=len, reverse=True))
CURRENCY_RE = _alternation(CURRENCIES, flags=0)
# A province or city names its country as an actor ("doanh nghiệp Quảng Trị xuất sang Lào"),
# but "tổ chức tại Đà Nẵng" is where a meeting was held, not where money went: places get their
# own group (``<iso2>_place``) so the pipeline can tell them from country names.
COUNTRY_RE = guarded("|".join(
    [f"(?P<{e.target}>{e.pattern.pattern})" for e in COUNTRIES]
    + [f"(?P<{e.target}_place>(?:{e.pattern.pattern})(?![\\wÀ-ỹ]))" for e in PLACES]))
# Whole words only: "than" (coal) is not the start of "Thanh Hóa", "chè" not of "chèo".
ORGANISATION_RE = _alternation(ORGANISATIONS, flags=0)
COMMODITY_RE = guarded(r"(?<!\w)(?:" + _alternation(
    sorted(COMMODITIES, key=lambda e: -len(e.pattern.pattern))).pattern + r")(?!\w)", re.IGNORECASE)


def currency_unit(surface: str) -> str:
    for e in CURRENCIES:
        if e.pattern.fullmatch(surface):
            return e.target
    raise KeyError(surface)


def country_of(match: re.Match) -> str:
    return (match.lastgroup or "").removesuffix("_place")


def is_place(match: re.Match) -> bool:
    """The match is a province or city (places.csv), not the name of a country."""
    return (match.lastgroup or "").endswith("_place")
