"""Building the table: determinism, parallel = serial, incremental cache, bad input, the CLI.

Most tests use ``fake_extract`` (below), a tiny deterministic extractor, so they do not depend on
the state of the real rules; it is passed by reference, which also reaches worker processes.
The tests marked "real rules" run the project's extractor on the seeds and the dev set.
"""
from __future__ import annotations

import os
import re
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from extract import build as build_module
from extract import pipeline
from extract.__main__ import main
from extract.build import BuildError, build, extract_paths
from extract.model import Claim, Document
from extract.table import read_claims_csv, write_claims

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "data" / "articles"
DEV_DOCS = ROOT.parent / "shared" / "eval" / "dev" / "docs"

FIGURE = re.compile(r"(\d+(?:[.,]\d+)*)\s*(tỷ|triệu)\s*USD")
CALLS: list[str] = []  # doc_ids extracted in this process (jobs=1 runs inline)


def fake_extract(doc: Document) -> list[Claim]:
    """One trade_total claim per "<number> tỷ|triệu USD"; the sentence is the line."""
    CALLS.append(doc.doc_id)
    text, claims = doc.text, []
    for m in FIGURE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        number = Decimal(m.group(1).replace(".", "").replace(",", "."))
        value = number * (10**9 if m.group(2) == "tỷ" else 10**6)
        claims.append(Claim(
            doc_id=doc.doc_id, indicator="trade_total", measure="level", value=value,
            value_low=value, value_high=value, unit="USD", period_start=date(2024, 1, 1),
            period_end=date(2024, 12, 31), status="actual", reporter="VN", partner="LA",
            sentence=text[line_start:line_end], doc_date=doc.doc_date, surface=m.group(0),
            start=m.start(), end=m.end(), sentence_start=line_start, sentence_end=line_end,
            rule="fake <số> tỷ|triệu USD", doc_title=doc.title, doc_url=doc.url))
    return claims


def failing_extract(doc: Document) -> list[Claim]:
    if doc.doc_id.endswith("_02"):
        raise ZeroDivisionError("a rule divided by zero")
    return fake_extract(doc)


def make_corpus(root: Path, n: int = 12) -> Path:
    """Seeds and dev documents (real Vietnamese news text) copied into a writable folder."""
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    sources = sorted(SEEDS.glob("*.txt")) + sorted(DEV_DOCS.glob("*.txt"))
    for src in sources[:n]:
        shutil.copy(src, corpus / src.name)
    return corpus


def age(corpus: Path, seconds: int = 3600) -> None:
    """Date the files back so the stat index trusts them (fresh files are never trusted)."""
    for p in corpus.iterdir():
        st = p.stat()
        os.utime(p, ns=(st.st_atime_ns - seconds * 10**9, st.st_mtime_ns - seconds * 10**9))


@pytest.fixture
def corpus(tmp_path):
    return make_corpus(tmp_path)


def run(corpus: Path, out: Path, **kw):
    kw.setdefault("extractor", fake_extract)
    kw.setdefault("cache_dir", None)
    kw.setdefault("jobs", 1)
    return build(corpus, out, **kw)


def test_build_writes_every_claim_of_every_document(corpus, tmp_path):
    report = run(corpus, tmp_path / "t.csv")
    assert report.claims > 10
    assert [d.status for d in report.documents] == ["ok"] * 12
    assert [d.doc_id for d in report.documents] == sorted(p.stem for p in corpus.iterdir())
    # The table is exactly what write_claims makes of the extractor's claims.
    from extract.documents import read_document
    claims = [c for p in sorted(corpus.iterdir()) for c in fake_extract(read_document(p))]
    write_claims(claims, tmp_path / "direct.csv")
    assert (tmp_path / "t.csv").read_bytes() == (tmp_path / "direct.csv").read_bytes()
    assert sum(d.claims for d in report.documents) == report.claims == len(claims)


def test_same_input_same_bytes(corpus, tmp_path):
    run(corpus, tmp_path / "a.csv")
    run(corpus, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


@pytest.mark.parametrize("jobs", [2, 3])
def test_parallel_build_gives_the_same_bytes(corpus, tmp_path, jobs):
    run(corpus, tmp_path / "serial.csv", jobs=1)
    report = run(corpus, tmp_path / "parallel.csv", jobs=jobs)
    assert report.jobs == jobs
    assert (tmp_path / "parallel.csv").read_bytes() == (tmp_path / "serial.csv").read_bytes()


def test_progress_is_reported_per_document(corpus, tmp_path):
    seen = []
    run(corpus, tmp_path / "t.csv", progress=lambda done, total, doc_id: seen.append((done, total)))
    assert seen == [(i, 12) for i in range(1, 13)]


def test_rebuild_from_cache_extracts_nothing_and_gives_the_same_bytes(corpus, tmp_path):
    cache = tmp_path / "cache"
    run(corpus, tmp_path / "first.csv", cache_dir=cache)
    CALLS.clear()
    report = run(corpus, tmp_path / "second.csv", cache_dir=cache)
    assert CALLS == []
    assert {d.status for d in report.documents} == {"cached"}
    assert (tmp_path / "second.csv").read_bytes() == (tmp_path / "first.csv").read_bytes()


def test_parallel_rebuild_from_cache_gives_the_same_bytes(corpus, tmp_path):
    cache = tmp_path / "cache"
    run(corpus, tmp_path / "plain.csv")
    run(corpus, tmp_path / "first.csv", cache_dir=cache, jobs=2)
    report = run(corpus, tmp_path / "second.csv", cache_dir=cache, jobs=2)
    assert {d.status for d in report.documents} == {"cached"}
    for name in ("first.csv", "second.csv"):
        assert (tmp_path / name).read_bytes() == (tmp_path / "plain.csv").read_bytes()


@pytest.mark.parametrize("change", ["edit", "add", "remove", "metadata"])
def test_incremental_build_re_extracts_only_what_changed(corpus, tmp_path, change):
    cache = tmp_path / "cache"
    age(corpus)
    run(corpus, tmp_path / "before.csv", cache_dir=cache)
    target = sorted(corpus.iterdir())[3]
    expected_calls = [target.stem]
    if change == "edit":
        target.write_text(target.read_text(encoding="utf-8") + "\nThêm 7,5 triệu USD.\n",
                          encoding="utf-8")
    elif change == "add":
        (corpus / "zz_new.txt").write_text("Hai nước đạt 3,2 tỷ USD.\n", encoding="utf-8")
        expected_calls = ["zz_new"]
    elif change == "remove":
        target.unlink()
        expected_calls = []
    else:
        (corpus / "metadata.csv").write_text(f"doc_id,title\n{target.stem},Tiêu đề mới\n",
                                             encoding="utf-8")
    CALLS.clear()
    report = run(corpus, tmp_path / "after.csv", cache_dir=cache)
    assert CALLS == expected_calls
    assert report.count("ok") == len(expected_calls)
    run(corpus, tmp_path / "fresh.csv")  # no cache at all
    assert (tmp_path / "after.csv").read_bytes() == (tmp_path / "fresh.csv").read_bytes()


def test_warm_rebuild_needs_no_worker_processes(corpus, tmp_path):
    cache = tmp_path / "cache"
    age(corpus)
    first = run(corpus, tmp_path / "a.csv", cache_dir=cache, jobs=2)
    assert first.jobs == 2
    target = sorted(corpus.iterdir())[5]
    target.write_text(target.read_text(encoding="utf-8") + "\nĐạt 9,9 triệu USD.\n",
                      encoding="utf-8")
    second = run(corpus, tmp_path / "b.csv", cache_dir=cache, jobs=2)
    # Unchanged documents are answered from the cache in this process; one changed document
    # is not worth a worker pool.
    assert second.jobs == 1
    assert [d.doc_id for d in second.documents if d.status == "ok"] == [target.stem]
    run(corpus, tmp_path / "fresh.csv")
    assert (tmp_path / "b.csv").read_bytes() == (tmp_path / "fresh.csv").read_bytes()


def test_new_extractor_version_invalidates_the_cache(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    run(corpus, tmp_path / "a.csv", cache_dir=cache)
    monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", "rules-changed")
    CALLS.clear()
    report = run(corpus, tmp_path / "b.csv", cache_dir=cache)
    assert len(CALLS) == 12 and report.count("cached") == 0


def test_unchanged_files_are_not_re_read(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    age(corpus)
    run(corpus, tmp_path / "a.csv", cache_dir=cache)
    hashed = []
    real = build_module.content_hash.__globals__["file_sha256"]
    monkeypatch.setitem(build_module.content_hash.__globals__, "file_sha256",
                        lambda p: hashed.append(Path(p).name) or real(p))
    target = sorted(corpus.iterdir())[0]
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # new size
    report = run(corpus, tmp_path / "b.csv", cache_dir=cache)
    assert hashed == [target.name]
    assert report.count("ok") == 1 and report.count("cached") == 11


def test_old_rule_versions_are_pruned_from_the_cache(corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    for i in range(6):
        monkeypatch.setattr(pipeline, "EXTRACTOR_VERSION", f"v{i}")
        run(corpus, tmp_path / "t.csv", cache_dir=cache)
        os.utime(next(cache.glob(f"*v{i}*")) / ".last-used", (1000 + i, 1000 + i))
    folders = sorted(p.name for p in cache.iterdir() if p.is_dir())
    assert len(folders) == 4 and any(f.startswith("v5") for f in folders)
    assert not any(f.startswith(("v0", "v1")) for f in folders)


def test_deleted_files_leave_the_stat_index(corpus, tmp_path):
    import json
    cache = tmp_path / "cache"
    age(corpus)
    run(corpus, tmp_path / "t.csv", cache_dir=cache)
    index = json.loads((cache / "stat-index.json").read_text(encoding="utf-8"))
    assert len(index) == 12
    sorted(corpus.iterdir())[0].unlink()
    run(corpus, tmp_path / "t.csv", cache_dir=cache)
    index = json.loads((cache / "stat-index.json").read_text(encoding="utf-8"))
    assert len(index) == 11


def test_a_corrupt_cache_entry_is_a_miss(corpus, tmp_path):
    cache = tmp_path / "cache"
    run(corpus, tmp_path / "a.csv", cache_dir=cache)
    entries = sorted(p for p in cache.rglob("*.json") if p.name != "stat-index.json")
    assert len(entries) == 12
    entries[0].write_text("{not json", encoding="utf-8")
    report = run(corpus, tmp_path / "b.csv", cache_dir=cache)
    assert report.count("ok") == 1
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


BAD_FILES = {
    "bad_empty.txt": b"",
    "bad_blank.txt": b"   \n\n  \n",
    "bad_binary.txt": bytes(range(256)) * 64,
    "bad_png.html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16,
    "bad_no_article.html": ('<html><head><title>Trang chủ</title></head><body><nav><a href="/">'
                            'Trang chủ</a> | <a href="/kt">Kinh tế</a></nav><footer>© 2024 Báo ABC.'
                            ' Hotline 0274 383 347</footer></body></html>').encode("utf-8"),
    "bad_truncated.txt": "Kim ngạch đạt 1,2 tỷ USD, tăng".encode("utf-8")[:-2],
    "bad_cp1258.txt": "Kim ngạch thương mại đạt 476,8 triệu USD.".encode("cp1258", "replace"),
    "bad_latin1.txt": "Übersicht über den Handel: 1,5 tỷ".encode("utf-8").decode("latin-1").encode("latin-1"),
}
MUST_SKIP = {"bad_empty", "bad_blank", "bad_binary", "bad_png", "bad_no_article", "bad_huge"}


def add_bad_files(corpus: Path) -> None:
    for name, data in BAD_FILES.items():
        (corpus / name).write_bytes(data)
    with open(corpus / "bad_huge.txt", "wb") as handle:  # 50 MB, sparse: cheap to make
        handle.truncate(50_000_000)


@pytest.mark.parametrize("jobs", [1, 2])
def test_bad_files_are_skipped_with_a_reason(corpus, tmp_path, jobs):
    add_bad_files(corpus)
    report = run(corpus, tmp_path / "t.csv", jobs=jobs, cache_dir=tmp_path / "cache")
    by_id = {d.doc_id: d for d in report.documents}
    assert len(by_id) == 12 + len(BAD_FILES) + 1
    for doc_id in MUST_SKIP:
        assert by_id[doc_id].status == "skipped", doc_id
        assert len(by_id[doc_id].reason) > 5, doc_id
    for d in report.documents:
        assert d.status in ("ok", "skipped") and (d.status == "ok") == (d.reason == "")
    assert "large" in by_id["bad_huge"].reason
    # The good documents' claims are all there, as without the bad files.
    good = make_corpus(tmp_path / "clean")
    run(good, tmp_path / "clean.csv")
    rows = [r for r in read_claims_csv(tmp_path / "t.csv") if not r["doc_id"].startswith("bad_")]
    assert rows == read_claims_csv(tmp_path / "clean.csv")
    # A cached rebuild reports the same skips with the same reasons.
    again = run(corpus, tmp_path / "t2.csv", jobs=jobs, cache_dir=tmp_path / "cache")
    assert [(d.doc_id, d.reason) for d in again.skipped] == [(d.doc_id, d.reason)
                                                              for d in report.skipped]


def test_an_extractor_error_skips_the_document_not_the_build(corpus, tmp_path):
    report = run(corpus, tmp_path / "t.csv", extractor=failing_extract)
    failed = [d for d in report.skipped]
    assert [d.doc_id for d in failed] == ["dev_02"]
    assert "ZeroDivisionError" in failed[0].reason and "a rule divided by zero" in failed[0].reason


def test_duplicate_doc_ids_keep_the_first_file(corpus, tmp_path):
    (corpus / "dev_01.html").write_bytes(b"<html><body><article><p>x</p></article></body></html>")
    report = run(corpus, tmp_path / "t.csv")
    dup = [d for d in report.documents if d.doc_id == "dev_01"]
    assert [d.status for d in dup] == ["skipped", "ok"] or [d.status for d in dup] == ["ok", "skipped"]
    assert "same doc_id" in next(d.reason for d in dup if d.status == "skipped")


def keep_old_table(tmp_path) -> tuple[Path, bytes]:
    out = tmp_path / "indicators.csv"
    out.write_bytes(b"doc_id,indicator\nold,row\n")
    return out, out.read_bytes()


@pytest.mark.parametrize("breakage", ["missing corpus", "empty corpus", "all skipped",
                                      "bad metadata", "crash mid-way"])
def test_a_failed_build_leaves_the_old_table(tmp_path, breakage):
    out, before = keep_old_table(tmp_path)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    kw = {}
    if breakage == "missing corpus":
        corpus = tmp_path / "nowhere"
    elif breakage == "all skipped":
        (corpus / "a.txt").write_bytes(b"")
        (corpus / "b.txt").write_bytes(b"\0\1\2\3" * 100)
    elif breakage == "bad metadata":
        shutil.copy(SEEDS / "000_61be1f961351cf3d.txt", corpus)
        (corpus / "metadata.csv").write_text("title\nno doc_id column\n", encoding="utf-8")
    elif breakage == "crash mid-way":
        for src in sorted(DEV_DOCS.glob("*.txt"))[:5]:
            shutil.copy(src, corpus)

        def progress(done, total, doc_id):
            if done == 3:
                raise OSError("disk full")
        kw["progress"] = progress
    with pytest.raises((BuildError, OSError)):
        run(corpus, out, **kw)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["indicators.csv"] + (["corpus"] if (tmp_path / "corpus").exists() else []))


def test_extract_paths_returns_claims_and_summaries(corpus, tmp_path):
    paths = sorted(corpus.iterdir())[:3]
    (tmp_path / "empty.txt").write_bytes(b"")
    claims, summaries = extract_paths(paths + [tmp_path / "empty.txt"], extractor=fake_extract)
    assert [s.status for s in summaries] == ["ok", "ok", "ok", "skipped"]
    assert len(claims) == sum(s.claims for s in summaries) > 0
    assert all(isinstance(c, Claim) for c in claims)


# --- the command ------------------------------------------------------------------------------


def test_cli_builds_and_prints_a_summary(tmp_path, capsys):
    corpus = make_corpus(tmp_path, n=5)
    (corpus / "broken.txt").write_bytes(b"")
    out = tmp_path / "out" / "t.csv"
    code = main(["build", "--corpus", str(corpus), "--out", str(out), "--jobs", "1",
                 "--cache-dir", str(tmp_path / "cache"), "--no-progress"])
    printed = capsys.readouterr().out
    assert code == 0 and out.exists()
    assert "000_61be1f961351cf3d" in printed and "broken" in printed and "skipped" in printed
    assert "6 documents" in printed and "1 skipped" in printed


def test_cli_summarises_large_corpora(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(60):
        (corpus / f"doc_{i:03}.txt").write_text(f"Văn bản số {i}.\n", encoding="utf-8")
    (corpus / "doc_empty.txt").write_bytes(b"")
    code = main(["build", "--corpus", str(corpus), "--out", str(tmp_path / "t.csv"), "--jobs", "1",
                 "--no-cache", "--no-progress"])
    printed = capsys.readouterr().out
    assert code == 0
    assert "doc_empty" in printed and "doc_005" not in printed
    assert "61 documents" in printed


@pytest.mark.parametrize("args", [["--corpus", "/nonexistent/corpus"], ["--jobs", "0"]])
def test_cli_failure_exit_codes_keep_the_old_table(tmp_path, capsys, args):
    out, before = keep_old_table(tmp_path)
    code = main(["build", "--out", str(out), "--no-cache", "--no-progress", *args])
    assert code in (1, 2)
    assert out.read_bytes() == before
    assert capsys.readouterr().err


# --- the real rules -----------------------------------------------------------------------------


def real_corpus(tmp_path) -> Path:
    corpus = tmp_path / "real"
    corpus.mkdir()
    for src in sorted(SEEDS.glob("*.txt")) + sorted(DEV_DOCS.glob("*.txt")):
        shutil.copy(src, corpus / src.name)
    return corpus


def test_real_rules_parallel_and_cached_builds_match_a_plain_build(tmp_path):
    corpus = real_corpus(tmp_path)
    plain = build(corpus, tmp_path / "plain.csv", jobs=1, cache_dir=None)
    build(corpus, tmp_path / "parallel.csv", jobs=2, cache_dir=tmp_path / "cache")
    cached = build(corpus, tmp_path / "cached.csv", jobs=2, cache_dir=tmp_path / "cache")
    assert cached.count("cached") == plain.count("ok")
    data = (tmp_path / "plain.csv").read_bytes()
    assert (tmp_path / "parallel.csv").read_bytes() == data
    assert (tmp_path / "cached.csv").read_bytes() == data
