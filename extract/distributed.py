"""The same build on a Dask cluster, for corpora beyond one machine.

    python -m extract build --dask tcp://scheduler:8786 --corpus s3://bucket/articles --out t.csv

Workers run exactly the per-document step of a local build (``DocumentProcessor``: read,
extract, cache) on batches of documents. The corpus is a local path or any fsspec URL
(``s3://``, ``gs://``, ``abfs://``, ``memory://`` …) that every *worker* can read; workers fetch
the documents themselves, so texts never pass through the client. Batches come back in corpus
order and the client streams their rows into

* ``out`` (CSV): the same bytes as a local ``build`` of the same corpus, and
* ``out.with_suffix(".parquet")``: a Parquet dataset partitioned by indicator
  (``indicator=trade_total/part-0.parquet`` …), typed columns (dates, float64 values, int64
  offsets), for tools that read partitioned data (dask.dataframe, pandas, DuckDB, Spark).

Both are replaced only when the whole build succeeded.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Iterator, Optional, Sequence, Union

from . import pipeline
from .build import (DOCUMENT_SUFFIXES, BuildError, BuildReport, DocumentProcessor,
                    DocumentSummary, ExtractorRef, Progress, Task, _documents_module, _skipped,
                    too_large_reason)
from .model import CLAIM_COLUMNS
from .table import Cells, open_table, parse_fragment

BATCH_DOCUMENTS = 64          # documents per Dask task: amortises scheduling (~1 ms per task)
BATCH_BYTES = 16_000_000      # …but keep a task's input small enough to balance the workers
PARQUET_ROWS_PER_FILE_FLUSH = 100_000  # rows buffered per partition before a row group is written

PARTITION_COLUMN = "indicator"
_FLOAT_COLUMNS = ("value", "value_low", "value_high")
_DATE_COLUMNS = ("period_start", "period_end", "doc_date")
_INT_COLUMNS = ("start", "end", "sentence_start", "sentence_end")


# --------------------------------------------------------------------------------------------
# Listing the corpus (on the client)


def _filesystem(corpus: str):
    import fsspec
    return fsspec.core.url_to_fs(str(corpus))


def _is_local(fs) -> bool:
    return "file" in (fs.protocol if isinstance(fs.protocol, tuple) else (fs.protocol,))


def list_corpus(corpus: str) -> list[tuple[str, int]]:
    """``(url, size)`` of every article under ``corpus`` (not recursive), in doc_id order."""
    fs, root = _filesystem(corpus)
    try:
        entries = fs.ls(root, detail=True)
    except FileNotFoundError:
        raise BuildError(f"corpus not found: {corpus}") from None
    found = []
    for e in entries:
        name = PurePosixPath(e["name"]).name
        if (e.get("type") == "file" and name.lower().endswith(DOCUMENT_SUFFIXES)
                and not name.startswith((".", "~"))):
            found.append((fs.unstrip_protocol(e["name"]) if not _is_local(fs) else e["name"],
                          int(e.get("size") or 0)))
    return sorted(found, key=lambda item: (PurePosixPath(item[0]).stem, PurePosixPath(item[0]).name))


def load_remote_metadata(corpus: str) -> dict[str, dict]:
    """metadata.csv beside the articles, read with the project's parser wherever it lives."""
    documents = _documents_module()
    fs, root = _filesystem(corpus)
    path = f"{root.rstrip('/')}/{documents.METADATA_FILE}"
    if not fs.exists(path):
        return {}
    with tempfile.TemporaryDirectory(prefix="extract-meta-") as tmp:
        fs.get(path, os.path.join(tmp, documents.METADATA_FILE))
        try:
            return documents.load_metadata(Path(tmp))
        except documents.DocumentError as e:
            raise BuildError(f"cannot read the corpus metadata of {corpus}: {e}") from e


def make_batches(items: Sequence[tuple[str, int]],
                 batch_documents: int = BATCH_DOCUMENTS,
                 batch_bytes: int = BATCH_BYTES) -> list[list[str]]:
    batches: list[list[str]] = []
    current: list[str] = []
    size = 0
    for url, n in items:
        if current and (len(current) >= batch_documents or size + n > batch_bytes):
            batches.append(current)
            current, size = [], 0
        current.append(url)
        size += n
    if current:
        batches.append(current)
    return batches


# --------------------------------------------------------------------------------------------
# One batch (on a worker)

_processors: dict = {}


def _processor(extractor: ExtractorRef, cache_dir: Optional[str]) -> DocumentProcessor:
    # One per worker process and configuration: resolving the extractor imports the rules.
    key = (extractor if isinstance(extractor, str) or extractor is None else id(extractor),
           cache_dir)
    if key not in _processors:
        _processors[key] = DocumentProcessor(extractor, Path(cache_dir) if cache_dir else None)
    return _processors[key]


class VersionMismatch(BuildError):
    """A worker runs other rules than the client: its claims would not match a local build."""


def process_batch(urls: list[str], metadata: dict[str, dict], extractor: ExtractorRef = None,
                  cache_dir: Optional[str] = None,
                  expected_version: Optional[str] = None) -> list[tuple]:
    """Results of a batch as plain tuples (summary fields, CSV fragment): cheap to ship back."""
    import fsspec

    if expected_version and pipeline.EXTRACTOR_VERSION != expected_version:
        # Workers keep the modules they imported first: after a change of rules they must be
        # restarted (or redeployed) before they build anything.
        raise VersionMismatch(f"worker has extractor version {pipeline.EXTRACTOR_VERSION}, the "
                              f"client {expected_version}: deploy the same code to the workers "
                              f"and restart them")

    processor = _processor(extractor, cache_dir)
    out = []
    for url in urls:
        fs, path = fsspec.core.url_to_fs(url)
        name = PurePosixPath(path).name
        meta = metadata.get(PurePosixPath(name).stem)
        if _is_local(fs):
            result = processor(Task(path, meta, None))
        else:
            stem, size = PurePosixPath(name).stem, 0
            try:
                size = fs.size(path) or 0
                if size > _documents_module().MAX_BYTES:  # never fetch what will be refused
                    result = _skipped(stem, Path(url), too_large_reason(size))
                else:
                    result = processor.process_bytes(name, fs.cat_file(path), meta, url)
            except OSError as e:
                result = _skipped(stem, Path(url), f"cannot read file: {e}")
            if result.size == 0 and size <= _documents_module().MAX_BYTES:
                result.size = size
        s = result.summary
        out.append((s.doc_id, s.path, s.claims, s.status, s.reason, result.size,
                    result.fragment))
    return out


# --------------------------------------------------------------------------------------------
# The table as a partitioned Parquet dataset (on the client)


def _arrow_schema():
    import pyarrow as pa
    fields = []
    for c in CLAIM_COLUMNS:
        if c in _FLOAT_COLUMNS:
            t = pa.float64()
        elif c in _DATE_COLUMNS:
            t = pa.date32()
        elif c in _INT_COLUMNS:
            t = pa.int64()
        else:
            t = pa.string()
        fields.append(pa.field(c, t))
    return pa.schema(fields)


class ParquetDatasetWriter:
    """Streams table rows into ``<dir>/indicator=<key>/part-0.parquet`` files.

    Rows are buffered per partition and written as row groups, so memory stays bounded and each
    partition's rows keep the table's order.
    """

    def __init__(self, directory: Path):
        import pyarrow as pa  # noqa: F401 - fail early when pyarrow is missing
        self.dir = Path(directory)
        self.schema = _arrow_schema()
        self.file_schema = self.schema.remove(self.schema.get_field_index(PARTITION_COLUMN))
        self.buffers: dict[str, list[Cells]] = {}
        self._partition = CLAIM_COLUMNS.index(PARTITION_COLUMN)
        self.writers: dict = {}
        self.rows = 0

    def write_cells(self, rows: Sequence[Cells]) -> None:
        for row in rows:
            self.buffers.setdefault(row[self._partition], []).append(row)
            self.rows += 1
        for key, buffered in self.buffers.items():
            if len(buffered) >= PARQUET_ROWS_PER_FILE_FLUSH:
                self._flush(key)

    def _flush(self, key: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq
        from datetime import date

        rows = self.buffers.get(key) or []
        if not rows:
            return
        columns = {}
        for f in self.file_schema:
            i = CLAIM_COLUMNS.index(f.name)
            cells = [r[i] for r in rows]
            if f.name in _FLOAT_COLUMNS:
                columns[f.name] = [float(x) for x in cells]
            elif f.name in _DATE_COLUMNS:
                columns[f.name] = [date.fromisoformat(x) if x else None for x in cells]
            elif f.name in _INT_COLUMNS:
                columns[f.name] = [int(x) for x in cells]
            else:
                columns[f.name] = cells
        table = pa.table(columns, schema=self.file_schema)
        if key not in self.writers:
            part = self.dir / f"{PARTITION_COLUMN}={_partition_name(key)}"
            part.mkdir(parents=True, exist_ok=True)
            self.writers[key] = pq.ParquetWriter(part / "part-0.parquet", self.file_schema)
        self.writers[key].write_table(table)
        self.buffers[key] = []

    def close(self) -> None:
        for key in sorted(self.buffers):
            self._flush(key)
        for writer in self.writers.values():
            writer.close()


def _partition_name(key: str) -> str:
    # Hive-style directory names: keep them to safe characters (keys are snake_case anyway).
    return "".join(ch if ch.isalnum() or ch in "_-" else "_" for ch in key) or "_"


@contextmanager
def atomic_directory(target: Path) -> Iterator[Path]:
    """A fresh folder that replaces ``target`` when the block succeeds (old one kept otherwise).

    Two renames, not one (a folder cannot replace a non-empty folder atomically); between them
    ``target`` is briefly absent, never half-written.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:8]}")
    if target.exists():
        os.replace(target, old)
    os.replace(tmp, target)
    shutil.rmtree(old, ignore_errors=True)


def read_parquet_rows(directory: Path) -> list[dict]:
    """The dataset's rows back as dicts (with the partition column), in table order."""
    import pyarrow.dataset as ds
    table = ds.dataset(str(directory), format="parquet", partitioning="hive").to_table()
    rows = table.to_pylist()
    return sorted(rows, key=lambda r: (r["doc_id"], r["start"], r["indicator"], r["measure"],
                                       r["claim_id"]))


# --------------------------------------------------------------------------------------------
# The build


def _client(address):
    from dask.distributed import Client
    if isinstance(address, Client):
        return address, False
    return Client(address), True


def build_distributed(corpus: Union[str, Path], out: Path, address, *,
                      cache_dir: Optional[Path] = None, progress: Optional[Progress] = None,
                      extractor: ExtractorRef = None, parquet: Union[Path, None, bool] = True,
                      batch_documents: int = BATCH_DOCUMENTS) -> BuildReport:
    """Build ``out`` (CSV) and a partitioned Parquet dataset on the Dask cluster at ``address``
    (a scheduler address such as ``tcp://host:8786``, or a ``dask.distributed.Client``).

    ``cache_dir`` is a folder *on the workers* (shared or per machine; None: no cache).
    ``parquet``: the dataset folder; True (default) means ``out.with_suffix(".parquet")``,
    False/None writes the CSV only.
    """
    started = time.perf_counter()
    out = Path(out)
    corpus = str(corpus)
    items = list_corpus(corpus)
    if not items:
        raise BuildError(f"no .txt/.html documents in {corpus}")
    metadata = load_remote_metadata(corpus)
    batches = make_batches(items, batch_documents)
    parquet_dir = out.with_suffix(".parquet") if parquet is True else (Path(parquet) if parquet else None)
    report = BuildReport(corpus, str(out), extractor_version=pipeline.EXTRACTOR_VERSION)
    client, owned = _client(address)
    try:
        report.jobs = sum(client.nthreads().values()) or 1
        # Metadata is shipped once and shared by every task; batches go out as small lists.
        [meta_future] = client.scatter([metadata], broadcast=True)
        futures = client.map(process_batch, batches, metadata=meta_future, extractor=extractor,
                             cache_dir=str(cache_dir) if cache_dir else None,
                             expected_version=pipeline.EXTRACTOR_VERSION, pure=False)
        with _outputs(out, parquet_dir) as (table, dataset):
            seen: dict[str, str] = {}
            done = 0
            # In corpus order, each batch as soon as it is ready and earlier ones are written:
            # the client holds one batch of rows at a time.
            for future in futures:
                try:
                    batch = future.result()
                except VersionMismatch as e:
                    raise BuildError(str(e)) from None
                future.release()
                for doc_id, path, n, status, reason, size, fragment in batch:
                    name = PurePosixPath(path).name
                    if doc_id in seen:  # as a local build: the first file of a doc_id wins
                        fragment, n, status = "", 0, "skipped"
                        reason = f"same doc_id as {seen[doc_id]}; kept that one"
                    seen.setdefault(doc_id, name)
                    table.write_fragment(fragment, n)
                    if dataset is not None and fragment:
                        dataset.write_cells(parse_fragment(fragment))
                    report.documents.append(DocumentSummary(doc_id, path, n, status, reason))
                    report.claims += n
                    report.bytes += size
                    done += 1
                    if progress is not None:
                        progress(done, len(items), doc_id)
            if len(report.skipped) == len(report.documents):
                raise BuildError(f"all {len(report.documents)} documents were skipped")
    finally:
        if owned:
            client.close()
    report.seconds = time.perf_counter() - started
    return report


@contextmanager
def _outputs(out: Path, parquet_dir: Optional[Path]):
    with open_table(out) as table:
        if parquet_dir is None:
            yield table, None
            return
        with atomic_directory(parquet_dir) as tmp:
            dataset = ParquetDatasetWriter(tmp)
            try:
                yield table, dataset
            finally:
                dataset.close()
