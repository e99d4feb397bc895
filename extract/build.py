"""Build the claims table from a corpus folder: documents -> claims -> ``data/indicators.csv``.

    report = build(Path("data/articles"), Path("data/indicators.csv"))

Properties the rest of the project relies on:

* **Deterministic.** Documents are processed in ``doc_id`` order and each document's rows are
  sorted, so the table's bytes depend only on the corpus and the extractor, whatever ``jobs``
  is and whichever results came from the cache.
* **Atomic.** The table is streamed into a temporary file and renamed over ``out`` only when
  the whole build succeeded; a build that raises leaves the previous table as it was.
* **Forgiving per document.** A document that cannot be read (empty, binary, too large,
  undecodable, HTML without an article) or whose extraction raises is *skipped* with a reason;
  the build goes on. Only a build with nothing usable fails (``BuildError``).
* **Incremental.** Per-document outcomes are cached (see ``extract.cache``) under the extractor
  version, so a rebuild re-extracts only new or changed documents.
* **Streaming.** Texts are read one at a time in the process that extracts them and dropped;
  the parent only holds one document's rows at a time plus a small summary per document.
"""
from __future__ import annotations

import hashlib
import importlib
import multiprocessing
import os
import tempfile
import time
import traceback
import warnings
from collections import deque
from contextlib import closing
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Literal, Optional, Sequence, Union

from . import pipeline
from .cache import (ResultCache, StatEntry, StatIndex, content_hash, prune_versions,
                    result_key)
from .model import Claim, Document
from .table import (Cells, cells_sort_key, cells_to_row, claim_to_cells, open_table,
                    parse_fragment, render_cells, row_to_claim)

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = PROJECT_DIR / "data" / "articles"
DEFAULT_OUT = PROJECT_DIR / "data" / "indicators.csv"
DEFAULT_CACHE_DIR = PROJECT_DIR / ".extract-cache"
DEFAULT_EXTRACTOR = "extract.pipeline:extract_document"
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")

Extractor = Callable[[Document], list[Claim]]
ExtractorRef = Union[str, Extractor, None]
Progress = Callable[[int, int, str], None]
Status = Literal["ok", "cached", "skipped"]


class BuildError(RuntimeError):
    """The build as a whole failed; the previous table is untouched."""


@dataclass(frozen=True, slots=True)  # one per document: keep them small
class DocumentSummary:
    doc_id: str
    path: str
    claims: int
    status: Status
    reason: str = ""


@dataclass
class BuildReport:
    corpus: str
    out: str
    documents: list[DocumentSummary] = field(default_factory=list)
    claims: int = 0
    seconds: float = 0.0
    jobs: int = 1
    extractor_version: str = ""
    bytes: int = 0  # size of the corpus files, for throughput figures

    @property
    def skipped(self) -> list[DocumentSummary]:
        return [d for d in self.documents if d.status == "skipped"]

    def count(self, status: Status) -> int:
        return sum(1 for d in self.documents if d.status == status)


@dataclass
class DocumentResult:
    summary: DocumentSummary
    fragment: str  # the document's table rows, sorted, rendered as CSV text (see render_cells)
    stat: Optional[StatEntry] = None
    cached: bool = False
    size: int = 0  # bytes of the file, for throughput figures

    @property
    def rows(self) -> list[Cells]:
        return parse_fragment(self.fragment) if self.fragment else []


# --------------------------------------------------------------------------------------------
# The corpus


def _documents_module():
    # Imported late: extract.documents pulls in the HTML stack, which the table side does not need.
    from . import documents
    return documents


def list_documents(corpus: Path) -> list[Path]:
    """The corpus files in processing order (by doc_id, i.e. file name without extension)."""
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise BuildError(f"corpus folder not found: {corpus}")
    paths = _documents_module().iter_corpus(corpus)
    return sorted(paths, key=_order)


def _stem(name: str) -> str:
    return os.path.splitext(name)[0]  # what Path.stem is, without building a Path


def _order(path) -> tuple[str, str]:
    name = os.path.basename(path)
    return _stem(name), name


def load_metadata(corpus: Path) -> dict[str, dict]:
    return _documents_module().load_metadata(Path(corpus)) or {}


# --------------------------------------------------------------------------------------------
# One document (runs in worker processes)


def resolve_extractor(ref: ExtractorRef) -> tuple[Extractor, str]:
    """The extraction function and an id for cache keys. ``ref`` is ``"module:function"``, a
    callable (picklable by reference when jobs > 1) or None for the project's rules."""
    if ref is None:
        ref = DEFAULT_EXTRACTOR
    if isinstance(ref, str):
        module, _, name = ref.partition(":")
        fn = getattr(importlib.import_module(module), name)
        ref_id = ref
    else:
        fn = ref
        ref_id = f"{ref.__module__}:{ref.__qualname__}"
    # A custom extractor has no version of its own: it is keyed by its name and the project's
    # version (tests that swap extractors use their own cache folders).
    return fn, f"{ref_id}@{pipeline.EXTRACTOR_VERSION}"


@dataclass(frozen=True, slots=True)  # one per document: keep them small
class Task:
    path: str
    meta: Optional[dict]
    hint: Optional[StatEntry]
    duplicate_of: str = ""


class DocumentProcessor:
    """Turns one corpus file into its table rows, using and filling the cache."""

    def __init__(self, extractor: ExtractorRef = None, cache_dir: Optional[Path] = None):
        self.extract, self.extractor_id = resolve_extractor(extractor)
        self.cache = ResultCache(cache_dir, _version_dir(self.extractor_id)) if cache_dir else None

    def __call__(self, task: Task) -> DocumentResult:
        # Plain strings, not Path objects, on this path: a warm rebuild of 100 000 documents
        # spent a third of its time constructing Paths.
        path = task.path
        name = os.path.basename(path)
        doc_id = _stem(name)
        if task.duplicate_of:
            return _skipped(doc_id, path, f"same doc_id as {task.duplicate_of}; kept that one")
        try:
            st = os.stat(path)
            size = st.st_size
            if size > _documents_module().MAX_BYTES:
                # Refused by the reader before it reads a byte; hashing it would read it all.
                # (Its size is not counted in the build's throughput: it was never read.)
                result, _ = self._extract(Path(path), task.meta)
                return result
            digest, stat, size = content_hash(path, task.hint, st)
        except OSError as e:
            return _skipped(doc_id, path, f"cannot read file: {e.strerror or e}")
        key = result_key(name, digest, task.meta, self.extractor_id)
        result = self._cached(key, doc_id, path)
        if result is None:
            result, cacheable = self._extract(Path(path), task.meta)
            if cacheable:
                self._store(key, result)
        result.stat, result.size = stat, size
        return result

    def is_cached(self, task: Task) -> bool:
        """Whether the task's result is in the cache, judged from its stat entry (no read)."""
        hint = task.hint
        if self.cache is None or hint is None or task.duplicate_of:
            return False
        try:
            st = os.stat(task.path)
        except OSError:
            return False
        if (st.st_size, st.st_mtime_ns) != (hint.size, hint.mtime_ns):
            return False
        key = result_key(os.path.basename(task.path), hint.sha256, task.meta, self.extractor_id)
        return self.cache.has(key)

    def process_bytes(self, name: str, data: bytes, meta: Optional[dict],
                      source: str) -> DocumentResult:
        """The same for a document fetched from elsewhere (a URL), given its file name."""
        doc_id = Path(name).stem
        if len(data) > _documents_module().MAX_BYTES:
            return _skipped(doc_id, Path(source), too_large_reason(len(data)))
        key = result_key(name, hashlib.sha256(data).hexdigest(), meta, self.extractor_id)
        result = self._cached(key, doc_id, source)
        if result is None:
            # The reader takes a path (it dispatches on the suffix): give it a private copy.
            with tempfile.TemporaryDirectory(prefix="extract-") as tmp:
                local = Path(tmp) / name
                local.write_bytes(data)
                result, cacheable = self._extract(local, meta)
            s = result.summary
            result.summary = DocumentSummary(s.doc_id, source, s.claims, s.status, s.reason)
            if cacheable:
                self._store(key, result)
        result.size = len(data)
        return result

    def _cached(self, key: str, doc_id: str, source: str) -> Optional[DocumentResult]:
        entry = self.cache.get(key) if self.cache is not None else None
        if entry is None:
            return None
        status = "skipped" if entry["status"] == "skipped" else "cached"
        summary = DocumentSummary(entry.get("doc_id", doc_id), source, entry.get("claims", 0),
                                  status, entry.get("reason", ""))
        return DocumentResult(summary, entry.get("csv", ""), cached=True)

    def _store(self, key: str, result: DocumentResult) -> None:
        if self.cache is not None:
            s = result.summary
            self.cache.put(key, {"doc_id": s.doc_id, "status": s.status, "reason": s.reason,
                                 "claims": s.claims, "csv": result.fragment})

    def _extract(self, path: Path, meta: Optional[dict]) -> tuple[DocumentResult, bool]:
        documents = _documents_module()
        try:
            doc = documents.read_document(path, meta)
        except documents.DocumentError as e:
            return _skipped(path.stem, path, str(e)), True
        except Exception as e:  # noqa: BLE001 - a reader bug on one file must not stop a build
            return _skipped(path.stem, path, f"unreadable: {type(e).__name__}: {e}"), False
        try:
            claims = self.extract(doc)
            rows = sorted((claim_to_cells(c) for c in claims), key=cells_sort_key)
            fragment = render_cells(rows)
        except Exception as e:  # noqa: BLE001 - one bad document must not stop 100 000 others
            where = traceback.extract_tb(e.__traceback__)[-1]
            reason = (f"extractor error: {type(e).__name__}: {e} "
                      f"({Path(where.filename).name}:{where.lineno})")
            # Not cached: the next build after a fix (a new extractor version) retries it anyway.
            return _skipped(doc.doc_id, path, reason), False
        return DocumentResult(DocumentSummary(doc.doc_id, str(path), len(rows), "ok"),
                              fragment), True


def _version_dir(extractor_id: str) -> str:
    # One cache folder per extractor version; custom extractors get their own folder.
    name, _, version = extractor_id.rpartition("@")
    if name == DEFAULT_EXTRACTOR:
        return version
    safe = "".join(ch if ch.isalnum() else "_" for ch in name)
    return f"{version}-{safe}"


def too_large_reason(size: int) -> str:
    # Worded as the reader words it, for files the reader never gets to see (remote corpora).
    return (f"file too large: {size / 1e6:.1f} MB "
            f"(limit {_documents_module().MAX_BYTES // 1_000_000} MB)")


def _skipped(doc_id: str, path: Union[str, Path], reason: str) -> DocumentResult:
    return DocumentResult(DocumentSummary(doc_id, str(path), 0, "skipped", reason), "")


# Worker-process state: set once per process by the pool initializer, not pickled per task.
_processor: Optional[DocumentProcessor] = None


def _init_worker(extractor: ExtractorRef, cache_dir: Optional[Path]) -> None:
    global _processor
    _processor = DocumentProcessor(extractor, cache_dir)


# --------------------------------------------------------------------------------------------
# Many documents


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _pool_context():
    # forkserver: safe in a threaded parent (the Streamlit app, a Dask client), unlike fork;
    # spawn where there is no forkserver.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


# Below this many documents per worker, starting processes costs more than it saves.
MIN_DOCUMENTS_PER_WORKER = 8


def effective_jobs(jobs: Optional[int], documents: int) -> int:
    """Processes a build of ``documents`` will use. An explicit ``jobs`` is obeyed (up to one
    per document); the default (None) uses all cores, fewer for small corpora."""
    if jobs is None:
        return max(1, min(default_jobs(), documents // MIN_DOCUMENTS_PER_WORKER))
    return max(1, min(jobs, documents))


def make_tasks(paths: Sequence[Path], metadata: dict[str, dict],
               stat_index: Optional[StatIndex]) -> list[Task]:
    tasks, seen = [], {}
    for p in paths:
        key = os.path.abspath(p)  # not resolve(): an lstat per path component, per file
        name = os.path.basename(key)
        stem = _stem(name)
        dup = seen.get(stem, "")
        seen.setdefault(stem, name)
        tasks.append(Task(key, metadata.get(stem), stat_index.hint(key) if stat_index else None,
                          duplicate_of=dup))
    return tasks


class Runner:
    """Plans and runs the per-document step for a list of tasks, yielding results in order.

    Documents whose cached result can be found from their stat entry alone (unchanged since the
    last build) are answered in this process: a cache read is cheaper than shipping the result
    between processes. Only the others go to worker processes, so a warm rebuild is as fast as a
    serial one and a cold one uses every core.
    """

    def __init__(self, tasks: Sequence[Task], *, jobs: Optional[int] = None,
                 extractor: ExtractorRef = None, cache_dir: Optional[Path] = None):
        self.tasks, self.extractor, self.cache_dir = tasks, extractor, cache_dir
        self.processor = DocumentProcessor(extractor, cache_dir)
        self.to_extract = [i for i, t in enumerate(tasks) if not self.processor.is_cached(t)]
        self.jobs = effective_jobs(jobs, len(self.to_extract))

    def __iter__(self) -> Iterator[DocumentResult]:
        if self.jobs <= 1:
            for task in self.tasks:
                yield self.processor(task)
            return
        pending = set(self.to_extract)
        extracted = self._parallel([self.tasks[i] for i in self.to_extract])
        try:
            for i, task in enumerate(self.tasks):
                yield next(extracted) if i in pending else self.processor(task)
        finally:
            extracted.close()

    def _parallel(self, tasks: list[Task]) -> Iterator[DocumentResult]:
        done = 0
        try:
            for result in _parallel_results(tasks, self.jobs, self.extractor, self.cache_dir):
                done += 1
                yield result
        except BuildError:
            if done:
                raise
            # The workers could not even start (e.g. a __main__ they cannot re-import, as in
            # a script piped to python): the same results, serially, beat no results.
            warnings.warn("worker processes could not start; building in this process",
                          RuntimeWarning, stacklevel=2)
            for task in tasks[done:]:
                yield self.processor(task)


def iter_results(tasks: Sequence[Task], *, jobs: Optional[int] = None,
                 extractor: ExtractorRef = None,
                 cache_dir: Optional[Path] = None) -> Iterator[DocumentResult]:
    """Process ``tasks`` and yield their results in the same order, whatever ``jobs`` is."""
    yield from Runner(tasks, jobs=jobs, extractor=extractor, cache_dir=cache_dir)


def _run_chunk(chunk: list[Task]) -> list[DocumentResult]:
    assert _processor is not None
    return [_processor(task) for task in chunk]


def _parallel_results(tasks: Sequence[Task], jobs: int, extractor: ExtractorRef,
                      cache_dir: Optional[Path]) -> Iterator[DocumentResult]:
    # Chunks amortise the inter-process round trip over many small documents while keeping
    # enough chunks per worker that one slow chunk does not leave the other cores idle. Only a
    # window of chunks is in flight, so neither tasks nor results pile up for a huge corpus.
    # ProcessPoolExecutor, not multiprocessing.Pool: a worker that dies (or cannot start)
    # raises BrokenProcessPool instead of hanging the build.
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    size = max(1, min(64, len(tasks) // (jobs * 8)))
    chunks = (list(tasks[i:i + size]) for i in range(0, len(tasks), size))
    executor = ProcessPoolExecutor(jobs, mp_context=_pool_context(), initializer=_init_worker,
                                   initargs=(extractor, cache_dir))
    try:
        window = deque(executor.submit(_run_chunk, c) for c in islice(chunks, jobs * 4))
        while window:
            results = window.popleft().result()
            for chunk in islice(chunks, 1):
                window.append(executor.submit(_run_chunk, chunk))
            yield from results
    except BrokenProcessPool as e:
        raise BuildError(f"a worker process died or could not start ({e}); "
                         f"try --jobs 1 to see the error in this process") from e
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def build(corpus: Path = DEFAULT_CORPUS, out: Path = DEFAULT_OUT, *, jobs: Optional[int] = None,
          cache_dir: Optional[Path] = DEFAULT_CACHE_DIR, progress: Optional[Progress] = None,
          extractor: ExtractorRef = None, paths: Optional[Sequence[Path]] = None) -> BuildReport:
    """Build the claims table at ``out`` from every .txt/.html document in ``corpus``.

    ``jobs``: worker processes (default: all cores). ``cache_dir=None`` turns the cache off.
    ``progress(done, total, doc_id)`` is called after each document. ``paths`` restricts the
    build to those files (metadata still comes from ``corpus``). Raises ``BuildError`` (and keeps
    the previous table) when there is nothing to build or every document was skipped.
    """
    started = time.perf_counter()
    corpus, out = Path(corpus), Path(out)
    doc_paths = list_documents(corpus) if paths is None else sorted(paths, key=_order)
    if not doc_paths:
        raise BuildError(f"no .txt/.html documents in {corpus}")
    try:
        metadata = load_metadata(corpus)
    except Exception as e:  # noqa: BLE001 - reported as the build's failure, with the cause
        raise BuildError(f"cannot read the corpus metadata in {corpus}: {e}") from e
    stat_index = StatIndex(cache_dir).load() if cache_dir else None
    tasks = make_tasks(doc_paths, metadata, stat_index)
    del doc_paths  # Path objects weigh ~0.5 kB each; the tasks hold plain strings
    runner = Runner(tasks, jobs=jobs, extractor=extractor, cache_dir=cache_dir)
    report = BuildReport(str(corpus), str(out), jobs=runner.jobs,
                         extractor_version=pipeline.EXTRACTOR_VERSION)
    results = iter(runner)
    # closing(): a failed build stops the worker processes now, not when garbage is collected.
    with open_table(out) as table, closing(results):
        for done, result in enumerate(results, 1):
            table.write_fragment(result.fragment, result.summary.claims)
            report.documents.append(result.summary)
            report.claims += result.summary.claims
            report.bytes += result.size
            if stat_index is not None:
                stat_index.record(tasks[done - 1].path, result.stat)
            if progress is not None:
                progress(done, len(tasks), result.summary.doc_id)
        if len(report.skipped) == len(report.documents):
            reasons = "; ".join(f"{d.doc_id}: {d.reason}" for d in report.skipped[:3])
            # Raising inside the block discards the new file: the old table stays.
            raise BuildError(f"all {len(report.documents)} documents were skipped ({reasons}"
                             f"{' …' if len(report.skipped) > 3 else ''})")
    if stat_index is not None:
        if paths is None:  # a whole-corpus build knows which files are gone
            stat_index.forget_missing(str(corpus), {t.path for t in tasks})
        stat_index.save()
        prune_versions(cache_dir, _version_dir(runner.processor.extractor_id))
    report.seconds = time.perf_counter() - started
    return report


def extract_paths(paths: Iterable[Path], *, corpus: Optional[Path] = None,
                  jobs: Optional[int] = 1, cache_dir: Optional[Path] = None,
                  extractor: ExtractorRef = None) -> tuple[list[Claim], list[DocumentSummary]]:
    """Claims of the given files (e.g. uploads to preview before adding them to the corpus),
    with one summary per file. Metadata is read from ``corpus`` when given."""
    doc_paths = sorted(paths, key=_order)
    metadata = load_metadata(corpus) if corpus is not None else {}
    tasks = make_tasks(doc_paths, metadata, None)
    claims, summaries = [], []
    for result in iter_results(tasks, jobs=jobs, extractor=extractor, cache_dir=cache_dir):
        claims.extend(row_to_claim(cells_to_row(r)) for r in result.rows)
        summaries.append(result.summary)
    return claims, summaries
