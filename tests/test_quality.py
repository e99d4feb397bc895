"""Extraction quality on the shared sets: the seeds exactly, the dev set as a floor.

The floor only ever goes up: raise ``DEV_F1_FLOOR`` when the rules improve, never lower it.
Speed is measured by ``make bench``, never here.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.conftest import EVAL, ROOT
from extract.build import build

DEV_F1_FLOOR = 0.995  # reached 1.000 (330/330 with the seeds) when this floor was set
DEV_DATE_FLOOR = 0.90


def _gold(*names):
    paths = [EVAL / "dev" / n for n in names]
    if not all(p.exists() for p in paths):
        pytest.skip("../shared/eval is not beside the checkout")
    return [str(p) for p in paths]


@pytest.fixture(scope="module")
def seed_table(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds") / "indicators.csv"
    build(ROOT / "data" / "articles", out, jobs=1, cache_dir=None)
    return out


@pytest.fixture(scope="module")
def dev_table(tmp_path_factory):
    if not (EVAL / "dev" / "docs").exists():
        pytest.skip("../shared/eval is not beside the checkout")
    out = tmp_path_factory.mktemp("dev") / "dev.csv"
    build(EVAL / "dev" / "docs", out, jobs=1, cache_dir=None)
    return out


def _score(scorer, pred, gold_paths):
    docs, gold = scorer.load_gold(gold_paths)
    rows = [r for r in scorer.load_pred(str(pred), docs) if r.get("indicator") in scorer.SCORED]
    pairs, extra = scorer.match(gold, rows)
    tp = sum(1 for _, r in pairs if r is not None)
    return docs, gold, rows, pairs, extra, scorer.prf(tp, len(rows), len(gold))


def test_seeds_give_exactly_the_gold_claims(scorer, seed_table):
    _, gold, rows, pairs, extra, (p, r, f) = _score(scorer, seed_table,
                                                    _gold("seeds_gold.jsonl"))
    assert (p, r, f) == (1.0, 1.0, 1.0), [g["text"] for g, x in pairs if x is None]
    assert len(rows) == 7
    by_doc = {row["doc_id"][:3] for row in rows}
    assert by_doc == {"000", "001"}  # nothing from seeds 002–004


def test_committed_table_is_what_the_build_produces(seed_table):
    committed = ROOT / "data" / "indicators.csv"
    assert committed.read_bytes() == seed_table.read_bytes(), \
        "data/indicators.csv is stale: run `python -m extract build`"


def test_dev_set_floor(scorer, dev_table):
    _, gold, rows, pairs, extra, (p, r, f) = _score(scorer, dev_table, _gold("gold.jsonl"))
    assert f >= DEV_F1_FLOOR, f"dev F1 {f:.3f} < floor {DEV_F1_FLOOR}"


def test_dev_matched_claims_have_the_right_sentence(scorer, dev_table):
    _, gold, rows, pairs, extra, _ = _score(scorer, dev_table, _gold("gold.jsonl"))
    wrong = [g["text"] for g, x in pairs if x is not None
             and g["sentence_contains"] not in x["sentence"]]
    assert wrong == []


def test_dev_publication_dates(dev_table):
    gold_dates = {}
    for line in Path(_gold("gold.jsonl")[0]).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["kind"] == "doc" and rec.get("doc_date"):
            gold_dates[rec["doc"]] = rec["doc_date"]
    with open(dev_table, encoding="utf-8", newline="") as f:
        found = {r["doc_id"]: r["doc_date"] for r in csv.DictReader(f)}
    scored = [d for d in gold_dates if d in found]
    right = sum(found[d] == gold_dates[d] for d in scored)
    assert right / len(scored) >= DEV_DATE_FLOOR


def test_every_claim_reads_back_its_surface(dev_table):
    docs = EVAL / "dev" / "docs"
    texts = {}
    with open(dev_table, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["doc_id"] not in texts:
                from extract.documents import read_document
                texts[r["doc_id"]] = read_document(docs / f"{r['doc_id']}.txt").text
            text = texts[r["doc_id"]]
            start, end = int(r["start"]), int(r["end"])
            s0, s1 = int(r["sentence_start"]), int(r["sentence_end"])
            assert text[start:end] == r["surface"]
            assert text[s0:s1] == r["sentence"]
            assert s0 <= start <= end <= s1


# Sets written apart from the rules, to catch rules fitted to the first set's words. Each was
# scored blind first (second set 0.777, third 0.796, fourth 0.758, fifth 0.833, sixth 0.679 on
# deliberately unusual phrasing, seventh 0.888 on ordinary articles, eighth 0.770 with HTML
# tables, ninth 0.923, tenth 0.901, eleventh 0.933 with dates supplied, twelfth 0.888, thirteenth 0.837 on monthly customs news, fourteenth 0.753 on investment and aid); the rules then learnt from their errors, so these floors
# guard against regressions, not generalisation.
EXTRA_SETS = [("holdout", 0.995), ("blind3", 0.98), ("blind4", 0.99), ("blind5", 0.97),
              ("blind6", 0.985), ("blind7", 0.96), ("blind8", 0.975), ("blind9", 0.985),
              ("blind10", 0.97), ("blind11", 0.975), ("blind12", 0.97), ("blind13", 0.98),
              ("blind14", 0.99), ("blind15", 0.975), ("blind16", 0.94), ("blind17", 0.97),
              ("blind18", 0.95), ("blind19", 0.97), ("blind20", 0.935), ("blind21", 0.985),
              ("blind22", 0.925)]


@pytest.mark.parametrize("name,floor", EXTRA_SETS, ids=[n for n, _ in EXTRA_SETS])
def test_extra_set_floor(scorer, tmp_path, name, floor):
    folder = ROOT / "tests" / "corpus" / name
    if not (folder / "gold.jsonl").exists():
        pytest.skip(f"no {name} set")
    out = tmp_path / f"{name}.csv"
    build(folder / "docs", out, jobs=1, cache_dir=None)
    docs, gold = scorer.load_gold([str(folder / "gold.jsonl")])
    rows = [r for r in scorer.load_pred(str(out), docs) if r.get("indicator") in scorer.SCORED]
    pairs, _ = scorer.match(gold, rows)
    tp = sum(1 for _, x in pairs if x is not None)
    f = scorer.prf(tp, len(rows), len(gold))[2]
    assert f >= floor, f"{name} F1 {f:.3f} < floor {floor}"
