"""Real-browser fixtures: Debian's chromium driven by pytest-playwright, and Streamlit servers on
127.0.0.1 with a free port, each reading a temporary copy of the data (the repo's data/ is
never touched)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIX = ROOT / "tests" / "fixtures" / "dashboard"
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "test-artifacts" / "screenshots"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium (apt-get install chromium); "
                    "Playwright cannot download its own browser here")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM),
            "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync"]}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1400, "height": 1000}, "accept_downloads": True}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    csv: Path
    articles: Path
    proc: subprocess.Popen

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# Servers are module-scoped: they stop when the journeys are done, before other test files run.
def start_server(tmp: Path, table: str, articles: str = "all") -> Server:
    """A Streamlit server on a copy of ``tests/fixtures/dashboard/<table>`` and its articles."""
    tmp.mkdir(parents=True, exist_ok=True)
    csv = tmp / "indicators.csv"
    shutil.copy(FIX / table, csv)
    corpus = tmp / "articles"
    ignore = shutil.ignore_patterns("dev_*", "zz_*") if articles == "seeds" else None
    shutil.copytree(FIX / "articles", corpus, ignore=ignore, dirs_exist_ok=True)
    port = _free_port()
    env = {**os.environ, "INDICATORS_CSV": str(csv), "ARTICLES_DIR": str(corpus),
           "EXTRACT_CACHE_DIR": str(tmp / "cache")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=1).read() == b"ok":
                return Server(url, csv, corpus, proc)
        except OSError:
            time.sleep(0.2)
        if proc.poll() is not None:
            raise RuntimeError(proc.stderr.read().decode(errors="replace"))
    proc.kill()
    raise RuntimeError("streamlit did not become healthy in 30 s")


@pytest.fixture(scope="module")
def seed_server(tmp_path_factory, browser_type_launch_args):
    s = start_server(tmp_path_factory.mktemp("seed"), "seeds.csv", articles="seeds")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def dev_server(tmp_path_factory, browser_type_launch_args):
    s = start_server(tmp_path_factory.mktemp("dev"), "dev.csv")
    yield s
    s.stop()


@pytest.fixture
def fresh_server(tmp_path, browser_type_launch_args):
    """A server of its own, for a journey that writes (adds articles)."""
    s = start_server(tmp_path / "srv", "seeds.csv", articles="seeds")
    yield s
    s.stop()


@pytest.fixture
def shot():
    SHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> Path:
        path = SHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture(scope="module")
def built_server(tmp_path_factory, browser_type_launch_args):
    """A server on a table the real extractor builds from ../shared/eval/dev/docs."""
    build = pytest.importorskip("extract.build").build
    docs = ROOT.parent / "shared" / "eval" / "dev" / "docs"
    if not docs.is_dir():
        pytest.skip("../shared/eval/dev/docs is not beside the repository")
    tmp = tmp_path_factory.mktemp("built")
    build(docs, tmp / "built.csv", jobs=1, cache_dir=tmp / "cache")
    port = _free_port()
    env = {**os.environ, "INDICATORS_CSV": str(tmp / "built.csv"), "ARTICLES_DIR": str(docs)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    s = Server(url, tmp / "built.csv", docs, proc)
    yield s
    s.stop()
