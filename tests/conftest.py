"""Shared fixtures: where the shared evaluation material lives, and the scorer as a module."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def scorer():
    """``shared/eval/score.py`` imported as a module (it is the judge, so we never copy it)."""
    path = EVAL / "score.py"
    if not path.exists():
        pytest.skip(f"{path} not found: ../shared must sit beside the checkout")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

# The evaluation sets under tests/corpus/ carry generator scripts and the shared validator;
# they are data with tools, not tests (and share module names such as build.py).
collect_ignore_glob = ["corpus/*"]
