"""The Dask path: a cluster of worker processes builds the same table as a local build."""
from __future__ import annotations

from pathlib import Path

import pytest

distributed = pytest.importorskip("dask.distributed")
pytest.importorskip("pyarrow")
fsspec = pytest.importorskip("fsspec")

from extract.build import BuildError, build  # noqa: E402
from extract.distributed import (build_distributed, make_batches, read_parquet_rows)  # noqa: E402
from extract.table import read_claims_csv  # noqa: E402

try:  # tests/ is a package (tests.test_build) or a plain folder on sys.path (test_build)
    from tests.test_build import BAD_FILES, fake_extract, make_corpus  # noqa: E402
except ImportError:
    from test_build import BAD_FILES, fake_extract, make_corpus  # noqa: E402

# By name: worker processes import it themselves.
EXTRACTOR = f"{fake_extract.__module__}:{fake_extract.__name__}"


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=40) as c:
        with distributed.Client(c) as client:
            # Worker processes start with their own sys.path; let them import the test module.
            roots = [str(Path(__file__).parent), str(Path(__file__).parent.parent)]
            client.run(lambda: __import__("sys").path.extend(roots))
            yield client


@pytest.fixture
def corpus(tmp_path):
    corpus = make_corpus(tmp_path, n=40)
    for name, data in BAD_FILES.items():
        (corpus / name).write_bytes(data)
    return corpus


def test_cluster_build_matches_a_local_build(cluster, corpus, tmp_path):
    local = build(corpus, tmp_path / "local.csv", jobs=1, cache_dir=None, extractor=fake_extract)
    report = build_distributed(corpus, tmp_path / "dask.csv", cluster, extractor=EXTRACTOR,
                               batch_documents=7)
    assert local.claims > 20
    assert (tmp_path / "dask.csv").read_bytes() == (tmp_path / "local.csv").read_bytes()
    assert [(d.doc_id, d.status, d.claims, d.reason) for d in report.documents] == \
        [(d.doc_id, d.status, d.claims, d.reason) for d in local.documents]
    # The Parquet dataset holds the same claims, partitioned by indicator.
    parts = sorted(p.name for p in (tmp_path / "dask.parquet").iterdir())
    assert parts == ["indicator=trade_total"]
    rows = read_parquet_rows(tmp_path / "dask.parquet")
    csv_rows = read_claims_csv(tmp_path / "local.csv")
    assert [r["claim_id"] for r in rows] == [r["claim_id"] for r in csv_rows]
    assert [r["value"] for r in rows] == [float(r["value"]) for r in csv_rows]
    assert [str(r["period_end"]) for r in rows] == [r["period_end"] for r in csv_rows]


def test_cluster_build_with_the_real_rules_matches_a_local_build(cluster, tmp_path):
    corpus = make_corpus(tmp_path, n=40)
    build(corpus, tmp_path / "local.csv", jobs=1, cache_dir=None)
    build_distributed(corpus, tmp_path / "dask.csv", cluster, cache_dir=tmp_path / "cache")
    again = build_distributed(corpus, tmp_path / "again.csv", cluster, cache_dir=tmp_path / "cache")
    assert {d.status for d in again.documents} <= {"cached", "skipped"}
    data = (tmp_path / "local.csv").read_bytes()
    assert (tmp_path / "dask.csv").read_bytes() == data
    assert (tmp_path / "again.csv").read_bytes() == data


def test_corpus_from_a_url(corpus, tmp_path):
    """Documents read through fsspec (memory:// here, s3:// on a real cluster). memory:// lives
    in one process, so this cluster runs its workers as threads."""
    fs = fsspec.filesystem("memory")
    for p in sorted(corpus.iterdir()):
        fs.pipe(f"memory://corpus-{tmp_path.name}/{p.name}", p.read_bytes())
    fs.pipe(f"memory://corpus-{tmp_path.name}/metadata.csv",
            "doc_id,title\ndev_01,Tiêu đề từ metadata\n".encode("utf-8"))
    (corpus / "metadata.csv").write_text("doc_id,title\ndev_01,Tiêu đề từ metadata\n",
                                         encoding="utf-8")
    build(corpus, tmp_path / "local.csv", jobs=1, cache_dir=None, extractor=fake_extract)
    with distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=":0",
                                  silence_logs=40) as c, distributed.Client(c) as client:
        report = build_distributed(f"memory://corpus-{tmp_path.name}", tmp_path / "url.csv",
                                   client, extractor=fake_extract, parquet=False)
    assert (tmp_path / "url.csv").read_bytes() == (tmp_path / "local.csv").read_bytes()
    assert not (tmp_path / "url.parquet").exists()
    titles = {r["doc_title"] for r in read_claims_csv(tmp_path / "url.csv") if r["doc_id"] == "dev_01"}
    assert titles == {"Tiêu đề từ metadata"}
    assert report.documents[0].path.startswith("memory://")


def test_failed_cluster_build_keeps_the_old_outputs(cluster, tmp_path):
    out = tmp_path / "t.csv"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(BuildError):
        build_distributed(tmp_path / "missing", out, cluster)
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "a.txt").write_bytes(b"")
    with pytest.raises(BuildError):
        build_distributed(empty, out, cluster)
    assert out.read_text(encoding="utf-8") == "old\n"
    assert not (tmp_path / "t.parquet").exists()


@pytest.mark.parametrize("sizes, expected", [
    ([], []),
    ([1, 1, 1], [[0, 1], [2]]),
    ([1] * 5, [[0, 1], [2, 3], [4]]),
    ([10, 1, 10, 1], [[0], [1], [2], [3]]),
])
def test_batches(sizes, expected):
    items = [(str(i), n) for i, n in enumerate(sizes)]
    assert make_batches(items, batch_documents=2, batch_bytes=10) == \
        [[str(i) for i in batch] for batch in expected]


def test_workers_running_other_rules_fail_the_build(cluster, corpus, tmp_path):
    out = tmp_path / "t.csv"
    out.write_text("old\n", encoding="utf-8")
    cluster.run(lambda: setattr(__import__("extract.pipeline").pipeline, "EXTRACTOR_VERSION",
                                "stale-rules"))
    try:
        with pytest.raises(BuildError, match="stale-rules"):
            build_distributed(corpus, out, cluster, extractor=EXTRACTOR)
    finally:
        from extract import pipeline
        version = pipeline.EXTRACTOR_VERSION
        cluster.run(lambda: setattr(__import__("extract.pipeline").pipeline, "EXTRACTOR_VERSION",
                                    version))
    assert out.read_text(encoding="utf-8") == "old\n"


def test_cli_with_dask(cluster, tmp_path, capsys):
    from extract.__main__ import main
    corpus = make_corpus(tmp_path, n=6)
    out = tmp_path / "t.csv"
    code = main(["build", "--corpus", str(corpus), "--out", str(out), "--no-progress",
                 "--dask", cluster.scheduler.address])
    assert code == 0
    assert "6 documents" in capsys.readouterr().out
    build(corpus, tmp_path / "local.csv", jobs=1, cache_dir=None)
    assert out.read_bytes() == (tmp_path / "local.csv").read_bytes()
    assert (tmp_path / "t.parquet").is_dir()
