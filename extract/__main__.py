"""Command line: ``python -m extract build [--corpus DIR] [--out FILE] [--jobs N] [--no-cache] [--dask ADDR]``.

Prints one line per document (doc_id, claims, status or the reason it was skipped), then the
skipped documents and the totals. Past ``LIST_LIMIT`` documents only the skipped ones (grouped
by reason when there are many) and the totals are printed. Exit status: 0 when the table was
written, even with skipped documents; 1 when the build failed (the previous table is kept);
2 for a usage error.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Optional, Sequence, TextIO

from .build import (DEFAULT_CACHE_DIR, DEFAULT_CORPUS, DEFAULT_OUT, BuildError, BuildReport,
                    build, default_jobs)

LIST_LIMIT = 50  # documents listed one per line; beyond that only skipped ones and totals
SKIP_LIST_LIMIT = 50


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m extract",
                                     description="Extract economic claims from Vietnamese news.")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the claims table from a corpus folder",
                       description="Build the claims table (CSV) from every .txt/.html "
                                   "document of a corpus folder.")
    b.add_argument("--corpus", default=str(DEFAULT_CORPUS),
                   help="corpus folder, or with --dask a path/URL every worker can read "
                        "(default: %(default)s)")
    b.add_argument("--out", type=Path, default=DEFAULT_OUT,
                   help="the CSV table to write (default: %(default)s)")
    b.add_argument("--jobs", type=int, default=None,
                   help=f"worker processes (default: all cores, here {default_jobs()}; fewer for "
                        "small corpora, none when only cached documents are left)")
    b.add_argument("--no-cache", action="store_true",
                   help="re-extract every document and leave the cache alone")
    b.add_argument("--cache-dir", type=Path, default=None,
                   help=f"per-document result cache (default: {DEFAULT_CACHE_DIR}; with --dask "
                        f"none unless given: a folder on the workers, ideally shared)")
    b.add_argument("--dask", metavar="ADDR",
                   help="run the extraction on a Dask cluster (e.g. tcp://scheduler:8786) and "
                        "also write OUT with suffix .parquet as a partitioned Parquet dataset")
    b.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    return parser


class _ProgressBar:
    """tqdm on stderr, shown only for builds that last (``delay``) and only on a terminal."""

    def __init__(self, enabled: bool):
        self.enabled, self.bar = enabled, None

    def __call__(self, done: int, total: int, doc_id: str) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, delay=1.0,
                            dynamic_ncols=True, disable=None, leave=False)
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def print_report(report: BuildReport, out: Optional[TextIO] = None) -> None:
    out = out or sys.stdout
    docs = report.documents
    if len(docs) <= LIST_LIMIT:
        width = max([len(d.doc_id) for d in docs] + [6])
        print(f"{'doc_id':<{width}}  claims  status", file=out)
        for d in docs:
            status = d.status if d.status != "skipped" else f"skipped: {d.reason}"
            print(f"{d.doc_id:<{width}}  {d.claims:>6}  {status}", file=out)
        print(file=out)
    skipped = report.skipped
    if skipped and len(docs) > LIST_LIMIT:
        print(f"Skipped documents ({len(skipped)}):", file=out)
        for d in skipped[:SKIP_LIST_LIMIT]:
            print(f"  {d.doc_id}  {d.reason}", file=out)
        if len(skipped) > SKIP_LIST_LIMIT:
            print(f"  … and {len(skipped) - SKIP_LIST_LIMIT} more. By reason:", file=out)
            # Reasons carry details (sizes, byte offsets); the part before ':' names the kind.
            kinds = Counter(d.reason.split(":")[0] for d in skipped)
            for kind, n in kinds.most_common(20):
                print(f"    {n:>7}  {kind}", file=out)
        print(file=out)
    mb = report.bytes / 1e6
    rate = f", {mb / report.seconds:.1f} MB/s" if report.seconds > 0 and mb >= 1 else ""
    print(f"Wrote {report.out}: {report.claims} claims from {len(docs)} documents "
          f"({report.count('ok')} extracted, {report.count('cached')} from cache, "
          f"{len(skipped)} skipped) in {report.seconds:.1f} s{rate} "
          f"[jobs {report.jobs}, extractor {report.extractor_version}]", file=out)


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    if args.jobs is not None and args.jobs < 1:
        print("--jobs must be at least 1", file=sys.stderr)
        return 2
    cache_dir = None if args.no_cache else (
        args.cache_dir or (None if args.dask else DEFAULT_CACHE_DIR))
    progress = _ProgressBar(enabled=not args.no_progress)
    try:
        if args.dask:
            from .distributed import build_distributed
            report = build_distributed(args.corpus, args.out, args.dask, cache_dir=cache_dir,
                                       progress=progress)
        else:
            report = build(Path(args.corpus), args.out, jobs=args.jobs, cache_dir=cache_dir,
                           progress=progress)
    except BuildError as e:
        progress.close()
        print(f"Build failed: {e}. {args.out} was left as it was.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        progress.close()
        print(f"Interrupted. {args.out} was left as it was.", file=sys.stderr)
        return 130
    except Exception:  # noqa: BLE001 - any other failure: show it, and say the table is safe
        progress.close()
        import traceback
        traceback.print_exc()
        print(f"Build failed. {args.out} was left as it was.", file=sys.stderr)
        return 1
    progress.close()
    print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
