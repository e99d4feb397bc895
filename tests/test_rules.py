"""Every rule carries examples, and every example is read by that rule, whole and alone.

This is the Duckling corpus test: the examples written next to each rule are the test corpus,
so a rule cannot exist without one, and a change that breaks an example fails here by name.
"""
from datetime import date
from decimal import Decimal

import pytest

from extract.mentions import ALL_RULES
from extract.periods import PERIOD_RULES, find_periods

MENTION_CASES = [(kind, rule, surface, expected)
                 for kind, rules in ALL_RULES.items()
                 for rule in rules
                 for surface, expected in rule.examples]


def test_every_rule_has_an_example():
    for rules in (*ALL_RULES.values(), PERIOD_RULES):
        for rule in rules:
            assert rule.examples, rule.name


@pytest.mark.parametrize("kind,rule,surface,expected", MENTION_CASES,
                         ids=[f"{r.name} :: {s}" for _, r, s, _ in MENTION_CASES])
def test_mention_rule_examples(kind, rule, surface, expected):
    matches = list(rule.finditer(surface))
    assert len(matches) == 1, f"{len(matches)} parses of {surface!r}"
    m = matches[0]
    if "fig" not in m.re.groupindex:  # rules that read a figure out of a context span it whole
        assert m.group(0) == surface, f"{rule.name} does not read all of {surface!r}"
    value = rule.produce(m)[0]
    assert value == Decimal(expected)


PERIOD_CASES = [(rule, surface, expected) for rule in PERIOD_RULES
                for surface, expected in rule.examples]
CONTEXT_YEAR = 2024
DOC_DATE = date(2024, 12, 31)


@pytest.mark.parametrize("rule,surface,expected", PERIOD_CASES,
                         ids=[f"{r.name} :: {s}" for r, s, _ in PERIOD_CASES])
def test_period_rule_examples(rule, surface, expected):
    found = find_periods(surface, 0, len(surface))
    assert len(found) == 1, found
    p = found[0]
    assert p.rule == rule.name and p.surface == surface
    if expected is not None:
        assert p.resolve(CONTEXT_YEAR, DOC_DATE) == expected
