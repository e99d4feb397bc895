"""Dashboard benchmark: time to first render of every page on big generated claims tables.

    python -m bench.dashboard                     # 100 000 and 1 000 000 claims
    python -m bench.dashboard --sizes 100000      # one size
    python -m bench.dashboard --browser           # also time a real browser (Debian chromium)

A table of N claims is generated from the dashboard fixture (tests/fixtures/dashboard/dev.csv):
rows are resampled, spread over ~N/20 documents and shifted by whole years, so periods, statuses,
ranges, pairs and sentences look like the real table. Each size runs in a fresh process, which
reports:

* ``load``: reading and preparing the CSV (the first page after a new table pays it once; every
  later render reads the cached table);
* per page, ``first render``: running the page script with AppTest (widgets, filtering, figure
  and dataframe serialisation: everything the server does before the browser draws), with the
  table already cached, and ``cold`` = load + the Overview's render;
* ``peak RSS`` of the process.

With ``--browser`` a Streamlit server is started on the same table and chromium opens the app
(``open``: JavaScript, websocket and the table's load), then reaches every page from the sidebar
four times; ``browser`` is the median of visits 2–4: click → heading and main element drawn,
script idle; ``browser 1st`` is the first visit (it also loads plotly.js, the grid, …).
This is a measurement, not a test: it prints a table and writes bench-out/dashboard.json.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "dashboard" / "dev.csv"
ARTICLES = ROOT / "tests" / "fixtures" / "dashboard" / "articles"
OUT = ROOT / "bench-out"
PAGES = [("Overview", None), ("Timeline", "pages/timeline.py"), ("Claims table", "pages/claims.py"),
         ("Sources", "pages/sources.py"), ("Add articles", "pages/add.py")]


def generate(n: int, path: Path, seed: int = 7) -> Path:
    """A claims table of ``n`` rows resampled from the fixture (vectorised: ~1 s per million)."""
    src = pd.read_csv(FIXTURE, dtype=str, keep_default_na=False)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(src), n)
    df = src.iloc[idx].reset_index(drop=True)
    doc_no = np.arange(n) // 20
    doc = pd.Series(np.char.add("bench_", np.char.zfill(doc_no.astype(str), 7)))
    shift = rng.integers(-10, 3, n // 20 + 1)[doc_no]  # whole years, one shift per document

    def move(col: pd.Series) -> pd.Series:
        ok = col.str.len() == 10
        years = pd.to_numeric(col.str[:4].where(ok), errors="coerce")
        moved = (years + shift).astype("Int64").astype(str).str.cat(col.str[4:])
        # 29 February only exists in leap years: the 28th is close enough for a benchmark.
        moved = moved.str.replace("-02-29", "-02-28", regex=False)
        return moved.where(ok, col)

    for c in ("period_start", "period_end", "doc_date"):
        df[c] = move(df[c])
    df["doc_id"] = doc
    df["claim_id"] = doc.str.cat(pd.Series(np.arange(n)).map("{:x}".format), sep="-")
    df["doc_title"] = df["doc_title"].str.cat(doc, sep=" · ")
    df.to_csv(path, index=False)
    return path


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_in_process(csv: Path) -> dict:
    """Run in a fresh process (see ``main``): load, then every page with AppTest."""
    os.environ["INDICATORS_CSV"] = str(csv)
    os.environ["ARTICLES_DIR"] = str(ARTICLES)
    sys.path.insert(0, str(ROOT))
    from streamlit.testing.v1 import AppTest

    from dashboard.data import load_claims

    t0 = time.perf_counter()
    table = load_claims(csv)
    load_s = time.perf_counter() - t0
    rows = len(table.df)
    del table
    result = {"rows": rows, "load_s": load_s, "pages": {}}
    for name, page in PAGES:
        times = []
        for _ in range(2):  # the first run of a page fills the cache; the second is what users get
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
            t0 = time.perf_counter()
            if page is None:
                at.run()
            else:
                at.run()  # the overview, needed to reach another page in AppTest
                t0 = time.perf_counter()
                at.switch_page(page).run()
            times.append(time.perf_counter() - t0)
            if at.exception:
                raise RuntimeError(f"{name}: {at.exception}")
        result["pages"][name] = {"first_run_s": times[0], "render_s": times[1]}
    result["peak_rss_mb"] = _rss_mb()
    return result


HEADINGS = {"Overview": "Vietnam–Laos trade & investment timeline",
            "Timeline": "Timeline (diễn biến theo thời gian)", "Claims table": "Claims table (bảng số liệu)",
            "Sources": "Sources (nguồn)", "Add articles": "Add articles (thêm bài báo)"}
LINKS = {"Overview": "Overview (tổng quan)", "Timeline": "Timeline (diễn biến)",
         "Claims table": "Claims table (bảng số liệu)", "Sources": "Sources (nguồn)",
         "Add articles": "Add articles (thêm bài)"}
MAIN = {"Overview": "[data-testid='stMetric']", "Timeline": "[data-testid='stPlotlyChart'] path.point",
        "Claims table": "[data-testid='stDataFrame']", "Sources": "[data-testid='stDataFrame']",
        "Add articles": "[data-testid='stFileUploader']"}


def measure_browser(csv: Path) -> dict:
    """Real chromium on a fresh server: ``open`` = loading the app at "/" (JavaScript, websocket,
    reading the table); then each page reached from the sidebar four times: ``switch`` is the
    median of visits 2–4, from the click to the page's heading and main element drawn and the
    script idle."""
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from tests.browser.conftest import CHROMIUM, _free_port

    port = _free_port()
    env = {**os.environ, "INDICATORS_CSV": str(csv), "ARTICLES_DIR": str(ARTICLES)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out: dict = {}

    def ready(page, name: str) -> None:
        page.get_by_role("heading", name=HEADINGS[name]).wait_for(timeout=120_000)
        page.locator(MAIN[name]).first.wait_for(timeout=120_000)
        page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=120_000)

    try:
        import urllib.request

        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=[
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            t0 = time.perf_counter()
            page.goto(f"http://127.0.0.1:{port}/")
            ready(page, "Overview")
            out["open"] = time.perf_counter() - t0
            order = ["Timeline", "Claims table", "Sources", "Add articles", "Overview"]
            for rnd in ("first", "switch", "switch", "switch"):
                for name in order:
                    t0 = time.perf_counter()
                    page.get_by_role("link", name=LINKS[name]).click()
                    try:
                        ready(page, name)
                    except Exception as exc:  # report which page, keep measuring the others
                        page.screenshot(path=str(OUT / f"bench_timeout_{name.replace(' ', '_')}.png"))
                        print(f"  browser: {name} did not render: {exc}".splitlines()[0], file=sys.stderr)
                        out.setdefault(name, {}).setdefault(rnd, []).append(float("nan"))
                        continue
                    out.setdefault(name, {}).setdefault(rnd, []).append(time.perf_counter() - t0)
            browser.close()
        for name in order:  # the median of three visits: the machine may be busy with other work
            out[name] = {"first": out[name]["first"][0], "switch": float(np.median(out[name]["switch"]))}
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--browser", action="store_true", help="also time the pages in chromium")
    ap.add_argument("--_child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._child:  # a fresh process for one table: its peak RSS is this table's
        print(json.dumps(measure_in_process(Path(args._child))))
        return
    OUT.mkdir(exist_ok=True)
    report = {}
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as tmp:
        for n in args.sizes:
            csv = Path(tmp) / f"claims_{n}.csv"
            t0 = time.perf_counter()
            generate(n, csv)
            os.sync()  # the table is on disk before it is timed, as a built table would be
            size_mb = csv.stat().st_size / 1e6
            print(f"\n{n:,} claims: generated {size_mb:,.0f} MB in {time.perf_counter() - t0:.1f} s", flush=True)
            child = subprocess.run([sys.executable, "-m", "bench.dashboard", "--_child", str(csv)], cwd=ROOT,
                                   capture_output=True, text=True)
            if child.returncode:
                sys.exit(child.stderr[-3000:])
            res = json.loads(child.stdout.strip().splitlines()[-1])
            res["csv_mb"] = size_mb
            if args.browser:
                res["browser_s"] = measure_browser(csv)
            report[n] = res
            print(f"  load (read + prepare the CSV, once per table version): {res['load_s']:.2f} s")
            if args.browser:
                print(f"  browser: opening the app at / (JS, websocket, table load): {res['browser_s']['open']:.2f} s")
            print(f"  {'page':<14}{'render':>10}{'1st run':>10}{'cold':>10}" +
                  (f"{'browser 1st':>13}{'browser':>10}" if args.browser else ""))
            for name, _ in PAGES:
                p = res["pages"][name]
                cold = res["load_s"] + p["render_s"]
                line = f"  {name:<14}{p['render_s']:>9.2f}s{p['first_run_s']:>9.2f}s{cold:>9.2f}s"
                if args.browser:
                    b = res["browser_s"][name]
                    line += f"{b['first']:>12.2f}s{b['switch']:>9.2f}s"
                print(line)
            print(f"  peak RSS: {res['peak_rss_mb']:,.0f} MB", flush=True)
    (OUT / "dashboard.json").write_text(json.dumps(report, indent=2))
    print(f"\nwritten {OUT / 'dashboard.json'}")


if __name__ == "__main__":
    main()
