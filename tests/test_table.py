"""The claims table on disk: header, number/date formatting, order, round trip, atomic writes."""
from __future__ import annotations

import os
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.model import CLAIM_COLUMNS, Claim
from extract.table import (claim_to_row, claims_to_csv_text, format_decimal, header_of,
                           open_table, read_claims, read_claims_csv, row_to_claim, write_claims)

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "SCHEMA.md"
REQUIRED_FALLBACK = ("doc_id indicator measure value value_low value_high unit period_start "
                     "period_end status reporter partner commodity sentence doc_date").split()


def make_claim(doc_id="d1", value="1150000000", low=None, high=None, start=10, indicator="trade_total",
               measure="level", unit="USD", doc_date=date(2024, 4, 22), sentence=None, **kw) -> Claim:
    sentence = sentence or "Kim ngạch thương mại Việt Nam – Lào đạt 1,15 tỷ USD, tăng 12,6%."
    return Claim(doc_id=doc_id, indicator=indicator, measure=measure, value=Decimal(value),
                 value_low=Decimal(low or value), value_high=Decimal(high or value), unit=unit,
                 period_start=date(2024, 1, 1), period_end=date(2024, 3, 31), status="actual",
                 reporter="VN", partner="LA", sentence=sentence, doc_date=doc_date,
                 surface="1,15 tỷ USD", start=start, end=start + 11, sentence_start=0,
                 sentence_end=max(len(sentence), start + 11), rule="<số> tỷ USD", **kw)


def required_columns() -> list[str]:
    """The required columns as SCHEMA.md lists them (its first table), or the known list."""
    if not SCHEMA.exists():
        return REQUIRED_FALLBACK
    text = SCHEMA.read_text(encoding="utf-8").split("## Indicator keys")[0]
    names = []
    for cell in re.findall(r"^\| ([a-z_, ]+) \|", text, flags=re.M):
        names += [n.strip() for n in cell.split(",") if n.strip() and n.strip() != "column"]
    return names


def test_header_covers_the_schema_columns(tmp_path):
    path = tmp_path / "t.csv"
    write_claims([], path)
    header = header_of(path)
    assert tuple(header) == CLAIM_COLUMNS
    assert set(required_columns()) <= set(header)
    assert set(REQUIRED_FALLBACK) <= set(header)


@pytest.mark.parametrize("text, expected", [
    ("1150000000", "1150000000"),
    ("1.15E+9", "1150000000"),
    ("476800000.0", "476800000"),
    ("12.60", "12.6"),
    ("-9.2", "-9.2"),
    ("-0", "0"),
    ("0.000", "0"),
    ("0.05", "0.05"),
    ("1E+12", "1000000000000"),
    ("3", "3"),
])
def test_numbers_are_written_plainly(text, expected):
    assert format_decimal(Decimal(text)) == expected


@pytest.mark.parametrize("column, value", [
    ("value", "1150000000"),
    ("value_low", "1100000000"),
    ("period_start", "2024-01-01"),
    ("period_end", "2024-03-31"),
    ("doc_date", "2024-04-22"),
    ("start", "10"),
    ("commodity", ""),
])
def test_claim_to_row_cells(column, value):
    row = claim_to_row(make_claim(value="1.15E+9", low="1.1E+9", high="1.2E+9"))
    assert row[column] == value


def test_missing_doc_date_is_an_empty_cell_and_reads_back_as_none(tmp_path):
    claim = make_claim(doc_date=None)
    assert claim_to_row(claim)["doc_date"] == ""
    path = tmp_path / "t.csv"
    write_claims([claim], path)
    assert read_claims(path)[0].doc_date is None


def test_round_trip(tmp_path):
    claims = [make_claim(), make_claim(doc_id="d0", start=3, value="12.6", unit="percent",
                                        measure="change_pct", commodity="cao su"),
              make_claim(sentence='Câu có "ngoặc kép", dấu phẩy\nvà xuống dòng 1,15 tỷ USD.')]
    path = tmp_path / "t.csv"
    assert write_claims(claims, path) == 3
    back = read_claims(path)
    assert sorted(back, key=lambda c: c.claim_id) == sorted(claims, key=lambda c: c.claim_id)
    assert [r["doc_id"] for r in read_claims_csv(path)] == ["d0", "d1", "d1"]


def test_bytes_utf8_no_bom_lf(tmp_path):
    path = tmp_path / "t.csv"
    write_claims([make_claim()], path)
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" not in data and data.endswith(b"\n")
    assert "Lào".encode("utf-8") in data


def test_same_claims_in_any_order_give_the_same_bytes(tmp_path):
    claims = [make_claim(doc_id=f"d{i % 3}", start=i * 7 % 11, value=str(i + 1)) for i in range(12)]
    write_claims(claims, tmp_path / "a.csv")
    write_claims(list(reversed(claims)), tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert claims_to_csv_text(claims).encode("utf-8") == (tmp_path / "a.csv").read_bytes()


def test_rows_sorted_by_document_then_position(tmp_path):
    claims = [make_claim(doc_id="b", start=5), make_claim(doc_id="a", start=40),
              make_claim(doc_id="a", start=9), make_claim(doc_id="a", start=9, measure="change_pct",
                                                         value="12", unit="percent")]
    write_claims(claims, tmp_path / "t.csv")
    rows = read_claims_csv(tmp_path / "t.csv")
    assert [(r["doc_id"], r["start"], r["measure"]) for r in rows] == [
        ("a", "9", "change_pct"), ("a", "9", "level"), ("a", "40", "level"), ("b", "5", "level")]


def test_failed_write_keeps_the_old_table(tmp_path):
    path = tmp_path / "t.csv"
    write_claims([make_claim()], path)
    before = path.read_bytes()
    with pytest.raises(RuntimeError):
        with open_table(path) as table:
            table.write_rows([claim_to_row(make_claim(doc_id="zz"))])
            raise RuntimeError("the build broke half-way")
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["t.csv"]  # no temporary file left behind


def test_write_creates_missing_folders(tmp_path):
    path = tmp_path / "new" / "dir" / "t.csv"
    write_claims([make_claim()], path)
    assert len(read_claims_csv(path)) == 1


decimals = st.decimals(min_value=Decimal("-1e13"), max_value=Decimal("1e13"), places=4,
                       allow_nan=False, allow_infinity=False)


@settings(max_examples=200, deadline=None)
@given(decimals)
def test_plain_numbers_parse_back_to_the_same_value(d):
    text = format_decimal(d)
    assert "E" not in text and "e" not in text
    assert Decimal(text) == d
    assert not ("." in text and text.endswith("0"))


@settings(max_examples=50, deadline=None)
@given(decimals)
def test_row_round_trip(d):
    claim = make_claim(value=str(d))
    assert row_to_claim(claim_to_row(claim)) == claim
