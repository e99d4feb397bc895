"""Per-document result cache, so a rebuild re-extracts only the documents that changed.

A document's result (its table rows, or the reason it was skipped) is stored under

    <cache_dir>/<extractor version>/<key[:2]>/<key>.json

where ``key`` is the sha256 of the document's file name, its bytes and its metadata row. The
extractor version is part of the path, so changing a rule starts from an empty cache, and the
file name is part of the key because the claims carry ``doc_id``, which comes from it.

Hashing a document means reading it. To make a rebuild of a large unchanged corpus cheap, a
stat index (``<cache_dir>/stat-index.json``: absolute path -> size, mtime_ns, sha256) lets an
unchanged file skip even that read. The content hash stays the truth: a file whose size or
mtime changed is re-hashed, and an edit that keeps both (within the file system's timestamp
granularity) is guarded against by not trusting stat entries younger than ``RACY_SECONDS``, as
git does for its index.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

CACHE_FORMAT = 2  # bump when the layout of a cached entry changes
RACY_SECONDS = 2.0
_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def metadata_fingerprint(meta: Optional[dict]) -> str:
    """A stable text for a metadata row (key order and value types do not matter)."""
    if not meta:
        return ""
    return json.dumps(meta, sort_keys=True, ensure_ascii=False, default=str)


def result_key(name: str, content_sha256: str, meta: Optional[dict], extractor_id: str) -> str:
    h = hashlib.sha256()
    for part in (f"format={CACHE_FORMAT}", extractor_id, name, content_sha256,
                 metadata_fingerprint(meta)):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class StatEntry:
    size: int
    mtime_ns: int
    sha256: str


def write_json_atomic(path: Path, payload: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


class ResultCache:
    """Cached per-document outcomes for one extractor version. Safe to share between processes:
    every entry is written atomically, and an unreadable entry counts as a miss."""

    def __init__(self, root: Path, extractor_version: str):
        self.root = Path(root)
        self.dir = self.root / extractor_version
        self._dir = os.fspath(self.dir)

    def _path(self, key: str) -> str:
        return os.path.join(self._dir, key[:2], key + ".json")

    def get(self, key: str) -> Optional[dict]:
        try:
            with open(self._path(key), encoding="utf-8") as handle:
                entry = json.load(handle)
        except (OSError, ValueError):
            return None
        return entry if isinstance(entry, dict) and "status" in entry else None

    def has(self, key: str) -> bool:
        return os.path.exists(self._path(key))

    def put(self, key: str, entry: dict) -> None:
        try:
            write_json_atomic(Path(self._path(key)), entry)
        except OSError:
            pass  # a read-only or full disk costs speed on the next build, never this build


USED_MARKER = ".last-used"
KEEP_VERSIONS = 4


def prune_versions(root: Path, current: str, keep: int = KEEP_VERSIONS) -> list[str]:
    """Mark ``current`` as used and delete all but the ``keep`` most recently used version
    folders. Every change of rules starts a new folder as large as the table, so without this
    a day of rule editing fills the disk; keeping a few lets two branches alternate."""
    import shutil

    root = Path(root)
    try:
        (root / current).mkdir(parents=True, exist_ok=True)
        (root / current / USED_MARKER).touch()
        folders = [p for p in root.iterdir() if p.is_dir()]
    except OSError:
        return []

    def last_used(p: Path) -> float:
        try:
            return (p / USED_MARKER).stat().st_mtime
        except OSError:
            return p.stat().st_mtime

    removed = []
    for old in sorted(folders, key=last_used, reverse=True)[keep:]:
        if old.name != current:
            shutil.rmtree(old, ignore_errors=True)
            removed.append(old.name)
    return removed


class StatIndex:
    """Absolute path -> (size, mtime_ns, sha256) of the files seen by earlier builds."""

    FILE = "stat-index.json"

    def __init__(self, root: Path):
        self.path = Path(root) / self.FILE
        self.entries: dict[str, StatEntry] = {}
        self.updates: dict[str, StatEntry] = {}
        self._dirty = False

    def load(self) -> "StatIndex":
        try:
            with open(self.path, encoding="utf-8") as handle:
                raw = json.load(handle)
            self.entries = {p: StatEntry(*e) for p, e in raw.items()}
        except (OSError, ValueError, TypeError):
            self.entries = {}
        return self

    def hint(self, path: str) -> Optional[StatEntry]:
        return self.entries.get(path)

    def record(self, path: str, entry: Optional[StatEntry]) -> None:
        if entry is not None and self.entries.get(path) != entry:
            self.updates[path] = entry

    def forget_missing(self, folder: str, seen: set[str]) -> None:
        """Drop entries for files of ``folder`` that this build did not see (deleted files);
        entries of other corpora sharing the cache stay."""
        prefix = os.path.join(os.path.abspath(folder), "")
        gone = [p for p in self.entries if p.startswith(prefix) and p not in seen
                and os.sep not in p[len(prefix):]]
        for p in gone:
            del self.entries[p]
        self._dirty = self._dirty or bool(gone)

    def save(self) -> None:
        if not self.updates and not self._dirty:
            return
        merged = {**self.entries, **self.updates}
        try:
            write_json_atomic(self.path, {p: [e.size, e.mtime_ns, e.sha256]
                                          for p, e in sorted(merged.items())})
        except OSError:
            pass


def content_hash(path: Path, hint: Optional[StatEntry],
                 st: Optional[os.stat_result] = None) -> tuple[str, Optional[StatEntry], int]:
    """The file's sha256 (from the stat hint when size and mtime still match) and size.

    Also returns the stat entry to remember, None when the file is too fresh to trust its mtime
    next time.
    """
    st = st or os.stat(path)
    if hint is not None and hint.size == st.st_size and hint.mtime_ns == st.st_mtime_ns:
        return hint.sha256, hint, st.st_size
    digest = file_sha256(path)
    if time.time_ns() - st.st_mtime_ns < RACY_SECONDS * 1e9:
        return digest, None, st.st_size
    return digest, StatEntry(st.st_size, st.st_mtime_ns, digest), st.st_size
