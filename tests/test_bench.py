"""The benchmark's own parts, checked for what they count, never for how fast they are."""
from __future__ import annotations

import csv
from pathlib import Path

from bench.corpus import generate
from bench.measure import corpus_files, measure_floor

ROOT = Path(__file__).resolve().parent.parent


def test_floor_writes_every_row_of_the_table_it_is_given():
    table = ROOT / "data" / "indicators.csv"
    with table.open(encoding="utf-8", newline="") as handle:
        rows = sum(1 for _ in csv.DictReader(handle))
    result = measure_floor(corpus_files(ROOT / "data" / "articles"), table)
    assert result["claims"] == rows > 0
    assert set(result["stages"]) == {"read_decode_nfc", "sentences_numbers", "claims_csv"}
    assert result["numbers"] > rows  # every claim's figure is among the scanned numbers


def test_corpus_is_the_same_bytes_every_time(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    generate(first, 0.05)
    generate(second, 0.05)
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir()) and len(names) > 5
    assert all((first / n).read_bytes() == (second / n).read_bytes() for n in names)
