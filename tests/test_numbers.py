"""Vietnamese notation, as a table: surface -> value (the examples are the spec)."""
from decimal import Decimal

import pytest

from extract.mentions import find_mentions
from extract.numbers import parse_vn_number

NUMBERS = [
    ("1.000", Decimal("1000")),
    ("476,8", Decimal("476.8")),
    ("1,091", Decimal("1.091")),  # three-digit decimal, never a thousands group
    ("1.234,5", Decimal("1234.5")),
    ("14.062", Decimal("14062")),
    ("2022", Decimal("2022")),
]


@pytest.mark.parametrize("surface,expected", NUMBERS, ids=[s for s, _ in NUMBERS])
def test_parse_vn_number(surface, expected):
    assert parse_vn_number(surface) == expected


# surface -> (kind, value, low, high, unit); each must be read whole, as one mention
FIGURES = [
    ("1,1 – 1,2 tỷ USD", ("money", "1150000000", "1100000000", "1200000000", "USD")),
    ("1,1 - 1,2 tỷ USD", ("money", "1150000000", "1100000000", "1200000000", "USD")),
    ("từ 1,5 đến 1,7 tỷ USD", ("money", "1600000000", "1500000000", "1700000000", "USD")),
    ("476,8 triệu USD", ("money", "476800000", "476800000", "476800000", "USD")),
    ("1.234,5 triệu USD", ("money", "1234500000", "1234500000", "1234500000", "USD")),
    ("1.250 triệu USD", ("money", "1250000000", "1250000000", "1250000000", "USD")),
    ("3 tỷ 370 triệu đôla Mỹ", ("money", "3370000000", "3370000000", "3370000000", "USD")),
    ("3,4 nghìn tỷ kíp", ("money", "3400000000000", "3400000000000", "3400000000000", "LAK")),
    ("751 tỷ đồng", ("money", "751000000000", "751000000000", "751000000000", "VND")),
    ("200 ngàn USD", ("money", "200000", "200000", "200000", "USD")),
    ("11,33 tỉ USD", ("money", "11330000000", "11330000000", "11330000000", "USD")),
    ("50.000 USD", ("money", "50000", "50000", "50000", "USD")),
    ("USD 15 triệu", ("money", "15000000", "15000000", "15000000", "USD")),
    ("5 triệu đô la Mỹ", ("money", "5000000", "5000000", "5000000", "USD")),
    ("1.5 tỷ USD", ("money", "1500000000", "1500000000", "1500000000", "USD")),  # English-style
    ("12,6%", ("percent", "12.6", "12.6", "12.6", "percent")),
    ("10 – 15%", ("percent", "12.5", "10", "15", "percent")),
    ("245 dự án", ("count", "245", "245", "245", "count")),
    ("thứ ba", ("rank", "3", "3", "3", "rank")),
    ("thứ 3", ("rank", "3", "3", "3", "rank")),
    ("dẫn đầu", ("rank", "1", "1", "1", "rank")),
]


@pytest.mark.parametrize("surface,expected", FIGURES, ids=[s for s, _ in FIGURES])
def test_figure_read_whole(surface, expected):
    text = f"Kim ngạch đạt {surface} trong năm"
    found = [m for m in find_mentions(text, 0, len(text))]
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start:m.end] == m.surface
    assert surface.endswith(m.surface) or m.surface in surface
    kind, value, low, high, unit = expected
    assert (m.kind, m.value, m.low, m.high, m.unit) == (kind, Decimal(value), Decimal(low),
                                                         Decimal(high), unit)


# Garbled or non-figures: no mention rather than a wrong one.
NOT_FIGURES = [
    "1,2,3 tỷ USD",
    "1..5 tỷ USD",
    "giai đoạn 2020-2025",
    "Hotline: 0274 383 347",
    "ngày 25/12/2019",
    "lần thứ 6",
    "Kỳ họp thứ 45",
    "200 triệu lít xăng dầu",
    "143,3 nghìn tấn",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_a_money_or_percent_figure(text):
    assert [m for m in find_mentions(text, 0, len(text)) if m.kind in ("money", "percent", "rank")] == []
