"""One measurement per process: ``python -m bench.measure KIND --corpus DIR ...`` prints JSON.

Each configuration runs in a fresh interpreter so that its peak memory (``ru_maxrss``) is its
own, and so that imports and caches of one measurement do not flatter the next. Kinds:

    read      read every file (the I/O floor)
    regex     read + a bare re.finditer(r"\\d[\\d.,]*") (the regex floor)
    build     our full build: documents -> claims -> CSV (``extract.build.build``)
    floor     the stages every Python extractor of this table must run, with no rule logic:
              read + decode + NFC, split sentences, scan numbers, write the build's own rows
              through the ``Claim`` model and the CSV writer (needs ``--table``: a build's CSV)
    duckling  Duckling (number, amount-of-money, time; locale VI), one call per line
    profile   our build on one core under cProfile: where the time goes
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import time
from pathlib import Path


def _rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports kB


class TreeMemory:
    """Samples the resident memory of this process and all its descendants (pool workers are
    children of the forkserver, which ``RUSAGE_CHILDREN`` never sees) every ``interval`` s."""

    def __init__(self, interval: float = 0.02):
        import threading
        self.interval, self.peak_total_mb, self.peak_worker_mb = interval, 0.0, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self):
        me = os.getpid()
        while not self._stop.is_set():
            pids = _descendants(me)
            sizes = {pid: _rss_now_mb(pid) for pid in [me, *pids]}
            self.peak_total_mb = max(self.peak_total_mb, sum(sizes.values()))
            workers = [v for pid, v in sizes.items() if pid != me]
            if workers:
                self.peak_worker_mb = max(self.peak_worker_mb, max(workers))
            self._stop.wait(self.interval)


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as handle:
                    kids = [int(x) for x in handle.read().split()]
                out += kids
                todo += kids
        except OSError:
            continue
    return out


def _rss_now_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def pin_to_one_core() -> None:
    # "Single core" means single core: the process may not borrow a second CPU from the OS.
    try:
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[-1]})
    except (AttributeError, OSError):
        pass


def corpus_files(corpus: Path, limit_mb: float | None = None) -> list[Path]:
    """The corpus's articles in doc_id order; whole files up to ``limit_mb`` MB when given."""
    files = sorted(Path(corpus).glob("*.txt"), key=lambda p: (p.stem, p.name))
    if limit_mb is None:
        return files
    out, total = [], 0
    for p in files:
        if total >= limit_mb * 1e6:
            break
        out.append(p)
        total += p.stat().st_size
    return out


def measure_read(files: list[Path]) -> dict:
    started = time.perf_counter()
    total = sum(len(p.read_bytes().decode("utf-8")) for p in files)
    return {"seconds": time.perf_counter() - started, "chars": total}


def measure_regex(files: list[Path]) -> dict:
    pattern = re.compile(r"\d[\d.,]*")
    started = time.perf_counter()
    matches = 0
    for p in files:
        matches += sum(1 for _ in pattern.finditer(p.read_bytes().decode("utf-8")))
    return {"seconds": time.perf_counter() - started, "matches": matches}


def measure_build(corpus: Path, files: list[Path], jobs: int, cache_dir: str | None,
                  out: Path) -> dict:
    from extract.build import build
    started = time.perf_counter()
    report = build(corpus, out, jobs=jobs, cache_dir=Path(cache_dir) if cache_dir else None,
                   paths=files)
    return {"seconds": time.perf_counter() - started, "claims": report.claims,
            "skipped": len(report.skipped), "extracted": report.count("ok"),
            "cached": report.count("cached"), "jobs": report.jobs,
            "extractor_version": report.extractor_version,
            "output_bytes": out.stat().st_size}


def measure_floor(files: list[Path], table: Path) -> dict:
    """What reading, splitting and writing alone cost: the fastest any extractor of this table
    could be in Python, however clever its rules. The rows are the real build's rows, so the
    writing cost is that of the same number of claims with the same sentences."""
    import csv
    import io
    import unicodedata

    from extract.model import Claim
    from extract.sentences import split_sentences
    from extract.table import _csv_writer, claim_to_cells, row_to_claim

    with table.open(encoding="utf-8", newline="") as handle:
        # Typed values, as an extractor holds them just before it builds a claim (untimed).
        values = [row_to_claim(row).__dict__.copy() for row in csv.DictReader(handle)]
    pattern = re.compile(r"\d[\d.,]*")
    stages = {}
    started = time.perf_counter()
    texts = [unicodedata.normalize("NFC", p.read_bytes().decode("utf-8")) for p in files]
    stages["read_decode_nfc"] = time.perf_counter() - started
    t = time.perf_counter()
    numbers = 0
    for text in texts:
        for a, b in split_sentences(text):
            for _ in pattern.finditer(text, a, b):
                numbers += 1
    stages["sentences_numbers"] = time.perf_counter() - t
    t = time.perf_counter()
    sink = io.StringIO()
    writer = _csv_writer(sink)
    writer.writerows(claim_to_cells(Claim.model_validate(v)) for v in values)
    stages["claims_csv"] = time.perf_counter() - t
    return {"seconds": time.perf_counter() - started, "stages": stages,
            "claims": len(values), "numbers": numbers}


def measure_duckling(files: list[Path]) -> dict:
    try:
        import duckling
    except ImportError as e:
        return {"error": f"Duckling is not installed ({e}); pip install -r requirements-bench.txt"}
    # The wrapper's quirks (shared/research/peer-extractors.md §1): "number", not "numeral";
    # locale VI (there is no vi_VN); time parsing needs the system tz database.
    started_setup = time.perf_counter()
    tzdb = duckling.load_time_zones("/usr/share/zoneinfo")
    ref = duckling.parse_ref_time(tzdb, "Asia/Ho_Chi_Minh", 1735689600)  # 2025-01-01
    lang = duckling.parse_lang("VI")
    locale = duckling.default_locale_lang(lang)
    context = duckling.Context(ref, locale)
    dims = duckling.parse_dimensions(["number", "amount-of-money", "time"])
    duckling.parse("1,2 tỷ USD", context, dims, False)  # warm-up: loads the rules
    setup = time.perf_counter() - started_setup
    started = time.perf_counter()
    entities = 0
    for p in files:
        for line in p.read_bytes().decode("utf-8").splitlines():
            if line.strip():  # one call per line: Duckling's cost grows ~quadratically with length
                entities += len(duckling.parse(line, context, dims, False))
    return {"seconds": time.perf_counter() - started, "entities": entities, "setup_seconds": setup}


def measure_profile(corpus: Path, files: list[Path], out: Path, top: int) -> dict:
    import cProfile
    import pstats

    from extract.build import build
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    build(corpus, out, jobs=1, cache_dir=None, paths=files)
    profiler.disable()
    seconds = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    by_module: dict[str, float] = {}
    functions = []
    for (filename, line, name), (_cc, _nc, tottime, cumtime, _callers) in stats.stats.items():
        module = _module_of(filename)
        by_module[module] = by_module.get(module, 0.0) + tottime
        functions.append((tottime, cumtime, f"{module}:{name} (line {line})"))
    functions.sort(reverse=True)
    return {"seconds": seconds,
            "by_module": sorted(([m, t] for m, t in by_module.items()), key=lambda x: -x[1])[:top],
            "functions": [[t, c, f] for t, c, f in functions[:top]]}


def _module_of(filename: str) -> str:
    if filename.startswith("<") or filename == "~":
        return "builtins (C: regex scanning, str methods …)"
    parts = Path(filename).parts
    for anchor in ("extract", "bench"):
        if anchor in parts and "site-packages" not in parts:
            return "/".join(parts[parts.index(anchor):])
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1]
    return Path(filename).name


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.measure")
    parser.add_argument("kind", choices=["read", "regex", "build", "floor", "duckling", "profile"])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--mb", type=float, default=None, help="only the first MB of the corpus")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--pin", action="store_true", help="run on one CPU only")
    parser.add_argument("--cache-dir", default=None)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--table", type=Path, default=None, help="floor: a build's CSV of this corpus")
    args = parser.parse_args(argv)
    if args.pin:
        pin_to_one_core()
    files = corpus_files(args.corpus, args.mb)
    size = sum(p.stat().st_size for p in files)
    out = args.out or Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-{os.getpid()}.csv"
    with TreeMemory() as memory:
        if args.kind == "read":
            result = measure_read(files)
        elif args.kind == "regex":
            result = measure_regex(files)
        elif args.kind == "build":
            result = measure_build(args.corpus, files, args.jobs, args.cache_dir, out)
        elif args.kind == "floor":
            if args.table is None:
                parser.error("floor needs --table")
            result = measure_floor(files, args.table)
        elif args.kind == "duckling":
            result = measure_duckling(files)
        else:
            result = measure_profile(args.corpus, files, out, args.top)
    if args.out is None and out.exists():
        out.unlink()
    result.update(kind=args.kind, bytes=size, documents=len(files),
                  peak_rss_mb=_rss_mb(),
                  peak_rss_tree_mb=max(memory.peak_total_mb, _rss_mb()),
                  peak_rss_worker_mb=max(memory.peak_worker_mb, _rss_mb(resource.RUSAGE_CHILDREN)))
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
