"""Speed guards never change what a rule matches.

Rules and vocabulary are compiled with a leading class of their possible first characters
(``vocab.guarded``) and skipped by gate words (``Rule.gate``); both are optimisations only.
This runs every guarded pattern and its plain form over real text and compares the matches.
"""
import re

import pytest

from extract import vocab
from extract.mentions import ALL_RULES
from extract.periods import PERIOD_RULES
from tests.conftest import EVAL, ROOT

TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "articles").glob("*.txt"))]
TEXTS += [p.read_text(encoding="utf-8") for p in sorted((EVAL / "dev" / "docs").glob("*.txt"))]
TEXTS += [p.read_text(encoding="utf-8")
          for p in sorted((ROOT / "tests" / "corpus" / "holdout" / "docs").glob("*.txt"))]
CORPUS = "\n".join(TEXTS)


def _unguarded(p: re.Pattern) -> re.Pattern:
    m = re.fullmatch(r"\(\?=\[.*?\]\)\(\?:(.*)\)", p.pattern, re.S)
    return re.compile(m.group(1), p.flags) if m else p


PATTERNS = ([(f"rule {r.name}", r.pattern) for r in PERIOD_RULES]
            + [(f"rule {r.name}", r.pattern) for rs in ALL_RULES.values() for r in rs]
            + [(f"{t} {e.name}", e.pattern) for t in ("cue", "status", "exclusion", "commodity")
               for e in {"cue": vocab.INDICATOR_CUES, "status": vocab.STATUS_CUES,
                         "exclusion": vocab.EXCLUSIONS, "commodity": vocab.COMMODITIES}[t]]
            + [("COUNTRY_RE", vocab.COUNTRY_RE), ("COMMODITY_RE", vocab.COMMODITY_RE)])


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_guard_keeps_matches(name, pattern):
    plain = _unguarded(pattern)
    assert [m.span() for m in pattern.finditer(CORPUS)] == [m.span() for m in plain.finditer(CORPUS)]


@pytest.mark.parametrize("pattern,expected", [
    (r"Lào|Việt Nam", set("LV")),
    (r"(?<!\d)\d+%", set("0123456789")),
    (r"(?:tính )?đến", set("tđ")),
    (r"x*", None),  # may match the empty string: no guard
])
def test_first_chars(pattern, expected):
    assert vocab.first_chars(pattern) == expected


@pytest.mark.parametrize("name,rule", [(r.name, r) for r in PERIOD_RULES]
                         + [(r.name, r) for rs in ALL_RULES.values() for r in rs])
def test_gate_words_never_hide_a_match(name, rule):
    for m in rule.pattern.finditer(CORPUS):
        assert rule.may_match(m.group(0).lower()), (name, m.group(0))


@pytest.mark.parametrize("table", ["COUNTRIES", "PLACES", "ORGANISATIONS", "COMMODITIES",
                                   "INDICATOR_CUES", "STATUS_CUES", "EXCLUSIONS", "BORDER_GATES",
                                   "CURRENCIES"])
def test_every_vocabulary_row_keeps_its_guard(table):
    # A row whose possible first characters cannot be computed (a pattern opening with a
    # look-behind) switches off the guard of the whole alternation it joins: country names
    # once fell from 30 to 4 MB/s that way. Such a row must start with its literal text.
    unguarded = [e.name for e in getattr(vocab, table)
                 if not vocab.first_chars(e.pattern.pattern, e.pattern.flags)]
    assert unguarded == []
