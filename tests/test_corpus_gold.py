"""Every evaluation set's gold passes the shared validator (tests/corpus/validate_gold.py).

The gold files are hand-written; a claim whose text is not in its document, or whose figure
disagrees with its text, would silently cost the extractor a point in every score."""
from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent / "corpus"
SETS = sorted(p.parent for p in CORPUS.glob("*/gold.jsonl"))


def _load_validator():
    # tests/corpus is excluded from collection (conftest.collect_ignore_glob), so import by path
    spec = importlib.util.spec_from_file_location("validate_gold", CORPUS / "validate_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


validate_gold = _load_validator()


def test_sets_found():
    assert len(SETS) >= 7, SETS


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_gold_has_no_errors(folder, capsys):
    status = validate_gold.main([str(folder), "--quiet"])
    out = capsys.readouterr().out
    assert status == 0, out
    assert "\n0 errors," in "\n" + out, out


@pytest.mark.parametrize("folder", SETS, ids=[p.name for p in SETS])
def test_perfect_csv_has_one_row_per_claim(folder, tmp_path, capsys):
    out = tmp_path / "perfect.csv"
    assert validate_gold.main([str(folder), "--quiet", "--perfect-csv", str(out)]) == 0
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    claims = [g for g in map(json.loads, filter(str.strip, lines)) if g["kind"] == "claim"]
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(claims)
    # each row's sentence holds the claim's sentence_contains, as score.py's provenance needs
    for row, claim in zip(rows, claims):
        assert validate_gold.nfc(claim["sentence_contains"]) in row["sentence"]
