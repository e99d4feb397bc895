"""The claims table as the pages see it: loaded, checked, given derived columns, filtered.

No Streamlit here: every function is plain pandas and is unit-tested on its own. The pages wrap
``load_claims`` in a cache keyed on the file's (path, mtime, size), so a rebuilt table shows at
once on every page.

Derived columns (never written back to a CSV) start with ``_`` or are one of ``DERIVED``: numeric
values and dates for plotting and filtering, the unordered country ``pair`` (``VN–LA``), the
``direction`` a series is about, and the period's kind and label (see ``periods``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np
import pandas as pd

from .periods import period_columns

REPO = Path(__file__).resolve().parent.parent

# The header of data/indicators.csv (extract.model.CLAIM_COLUMNS), repeated here so the
# dashboard loads without importing the extractor; tests/test_dashboard_data.py keeps them equal.
CLAIM_COLUMNS: tuple[str, ...] = (
    "doc_id", "indicator", "measure", "value", "value_low", "value_high", "unit",
    "period_start", "period_end", "status", "reporter", "partner", "commodity", "sentence",
    "doc_date", "claim_id", "surface", "start", "end", "sentence_start", "sentence_end",
    "period_text", "rule", "doc_title", "doc_url",
)
# shared/eval/SCHEMA.md's required columns: a table without them cannot be shown.
REQUIRED_COLUMNS: tuple[str, ...] = CLAIM_COLUMNS[:15]
OFFSET_COLUMNS = ("start", "end", "sentence_start", "sentence_end")
DERIVED = ("pair", "direction", "period_kind", "period_label", "period_mid", "period_days")


class TableError(ValueError):
    """The file is not a claims table (missing required columns, not CSV)."""


@dataclass
class Table:
    """A loaded claims table plus what the overview reports about it."""

    df: pd.DataFrame
    path: Path
    columns: tuple[str, ...]  # the file's own columns, in its order: what downloads carry
    built_at: Optional[datetime] = None
    skipped: int = 0  # rows dropped because a number or a date did not parse
    problems: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.df.empty


def indicators_path() -> Path:
    """``$INDICATORS_CSV`` or ``data/indicators.csv`` of this repository."""
    env = os.environ.get("INDICATORS_CSV")
    return Path(env) if env else REPO / "data" / "indicators.csv"


def articles_dir() -> Path:
    """``$ARTICLES_DIR`` or ``data/articles`` of this repository."""
    env = os.environ.get("ARTICLES_DIR")
    return Path(env) if env else REPO / "data" / "articles"


def file_signature(path: Path) -> tuple[str, int, int]:
    """What the page cache keys on: a rebuilt table has a new mtime or size."""
    try:
        st = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), st.st_mtime_ns, st.st_size)


def _read_csv(path: Path) -> pd.DataFrame:
    # Everything as text first: the download must give back the cells exactly as written, and
    # the pyarrow parser reads a million rows in about a second on two cores.
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, engine="pyarrow")
    except Exception:  # an odd file the pyarrow parser refuses: the C parser is more forgiving
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def empty_table(path: Path, problems: Sequence[str] = ()) -> Table:
    return Table(df=prepare(pd.DataFrame({c: pd.Series(dtype="str") for c in CLAIM_COLUMNS})),
                 path=path, columns=CLAIM_COLUMNS, problems=list(problems))


def load_claims(path: Path) -> Table:
    """Read and check a claims CSV. A missing file is an empty table, not an error."""
    path = Path(path)
    if not path.exists():
        return empty_table(path, [f"No claims table at {path}."])
    try:
        raw = _read_csv(path)
    except Exception as exc:  # pandas raises several types for a broken file
        return empty_table(path, [f"{path.name} could not be read as CSV: {exc}"])
    raw.columns = [c.lstrip("\ufeff").strip() for c in raw.columns]
    missing = [c for c in REQUIRED_COLUMNS if c not in raw.columns]
    if missing:
        return empty_table(path, [f"{path.name} lacks the required columns: {', '.join(missing)}."])
    columns = tuple(raw.columns)
    for c in CLAIM_COLUMNS:
        if c not in raw.columns:
            raw[c] = ""
    df = prepare(raw)
    skipped = int(df.attrs.pop("skipped", 0))
    problems = [f"{skipped} rows were skipped: a value or a period date did not parse."] if skipped else []
    built = datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
    return Table(df=df, path=path, columns=columns, built_at=built, skipped=skipped,
                 problems=problems)


def prepare(raw: pd.DataFrame) -> pd.DataFrame:
    """Add the derived columns; drop rows whose numbers or period dates do not parse."""
    df = raw.reset_index(drop=True)
    v = pd.to_numeric(df["value"], errors="coerce")
    lo = pd.to_numeric(df["value_low"], errors="coerce").fillna(v)
    hi = pd.to_numeric(df["value_high"], errors="coerce").fillna(v)
    ps = pd.to_datetime(df["period_start"], format="%Y-%m-%d", errors="coerce")
    pe = pd.to_datetime(df["period_end"], format="%Y-%m-%d", errors="coerce")
    ok = v.notna() & ps.notna() & pe.notna() & (ps <= pe)
    skipped = int((~ok).sum())
    if skipped:
        df, v, lo, hi, ps, pe = (x[ok].reset_index(drop=True) for x in (df, v, lo, hi, ps, pe))
    df["_value"], df["_low"], df["_high"] = v.astype("float64"), lo.astype("float64"), hi.astype("float64")
    df["_ps"], df["_pe"] = ps, pe
    df["_y0"] = ps.dt.year.astype("int32")
    df["_y1"] = pe.dt.year.astype("int32")
    df["_doc_date"] = pd.to_datetime(df["doc_date"], format="%Y-%m-%d", errors="coerce")
    for c in OFFSET_COLUMNS:
        df["_" + c] = pd.to_numeric(df[c], errors="coerce").fillna(-1).astype("int64")
    missing_id = df["claim_id"].eq("")
    if missing_id.any():
        df.loc[missing_id, "claim_id"] = df.loc[missing_id, "doc_id"] + "-row" + \
            pd.Series(np.arange(len(df)), index=df.index)[missing_id].astype(str)
    rep, par = df["reporter"].astype(str), df["partner"].astype(str)
    # The pair is unordered (VN–LA and LA–VN are one pair); Vietnam first, then alphabetical.
    swap = (par == "VN") | ((rep != "VN") & (par < rep))
    first, second = rep.where(~swap, par), par.where(~swap, rep)
    df["pair"] = pd.Categorical(first.str.cat(second, sep="–"))
    # Trade turnover is one flow whichever side reports it; exports and the rest have a direction.
    arrow = rep.str.cat(par, sep="→")
    df["direction"] = pd.Categorical(np.where(df["indicator"] == "trade_total", df["pair"].astype(str), arrow))
    for c in ("indicator", "measure", "unit", "status", "reporter", "partner", "doc_id"):
        df[c] = df[c].astype("category")
    df = pd.concat([df, period_columns(df["period_start"], df["period_end"])], axis=1)
    df.attrs["skipped"] = skipped
    return df


# --------------------------------------------------------------------------------------------
# Filters: one boolean mask per criterion, ANDed. None or an empty list means "no filter".


@dataclass
class Filters:
    indicators: Sequence[str] = ()
    pair: Optional[str] = None
    years: Optional[tuple[int, int]] = None
    statuses: Sequence[str] = ()
    doc_ids: Sequence[str] = ()
    query: str = ""
    measure: Optional[str] = None
    products: Optional[bool] = None  # True: product-level only, False: all-goods only, None: both
    kinds: Sequence[str] = ()

    def describe(self) -> str:
        """A short slug for file names: ``trade_total_VN-LA_2019-2024``."""
        parts = list(self.indicators)[:3]
        if self.pair:
            parts.append(self.pair.replace("–", "-"))
        if self.years:
            parts.append(f"{self.years[0]}-{self.years[1]}")
        parts.extend(list(self.statuses)[:2])
        if self.doc_ids:
            parts.append(list(self.doc_ids)[0])
        if self.query:
            parts.append("search")
        slug = "_".join(p for p in parts if p)
        return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in slug)[:80] or "all"


def filter_mask(df: pd.DataFrame, f: Filters) -> pd.Series:
    mask = pd.Series(True, index=df.index)
    if f.indicators:
        mask &= df["indicator"].isin(list(f.indicators))
    if f.pair:
        mask &= df["pair"] == f.pair
    if f.years:
        y0, y1 = f.years
        mask &= (df["_y1"] >= y0) & (df["_y0"] <= y1)  # the period overlaps the range
    if f.statuses:
        mask &= df["status"].isin(list(f.statuses))
    if f.doc_ids:
        mask &= df["doc_id"].isin(list(f.doc_ids))
    if f.measure:
        mask &= df["measure"] == f.measure
    if f.products is not None:
        mask &= df["commodity"].ne("") if f.products else df["commodity"].eq("")
    if f.kinds:
        mask &= df["period_kind"].isin(list(f.kinds))
    q = f.query.strip()
    if q:
        qmask = pd.Series(False, index=df.index)
        for col in ("sentence", "surface", "doc_title", "commodity", "doc_id", "claim_id"):
            sub = df.loc[mask, col].astype(str).str.contains(q, case=False, regex=False)
            qmask.loc[sub.index] |= sub.to_numpy()
        mask &= qmask
    return mask


def filter_claims(df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    return df[filter_mask(df, f)]


# --------------------------------------------------------------------------------------------
# Facts for widgets and the overview.


def pairs(df: pd.DataFrame) -> list[str]:
    """Country pairs, the most reported first."""
    counts = df["pair"].value_counts()
    return [str(p) for p, n in counts.items() if n > 0]


def default_pair(df: pd.DataFrame) -> Optional[str]:
    ps = pairs(df)
    return "VN–LA" if "VN–LA" in ps else (ps[0] if ps else None)


def indicators(df: pd.DataFrame) -> list[str]:
    from .labels import MAIN_INDICATORS

    present = set(df["indicator"].astype(str).unique()) if len(df) else set()
    return [k for k in MAIN_INDICATORS if k in present] + sorted(present - set(MAIN_INDICATORS))


def year_bounds(df: pd.DataFrame) -> Optional[tuple[int, int]]:
    if df.empty:
        return None
    return int(df["_y0"].min()), int(df["_y1"].max())


def claim_row(df: pd.DataFrame, claim_id: Optional[str]) -> Optional[pd.Series]:
    if not claim_id or df.empty:
        return None
    hit = df.index[df["claim_id"] == claim_id]
    return df.loc[hit[0]] if len(hit) else None


def sort_latest(df: pd.DataFrame) -> pd.DataFrame:
    """Latest period first; at equal end, actual before estimates, longer periods, newer documents."""
    rank = df["status"].astype(str).map({"actual": 0, "estimate": 1, "forecast": 2, "target": 3}).fillna(4)
    return df.assign(_srank=rank).sort_values(
        ["_pe", "_srank", "period_days", "_doc_date"], ascending=[False, True, False, False],
        na_position="last").drop(columns="_srank")


def latest_figures(df: pd.DataFrame, pair: Optional[str]) -> pd.DataFrame:
    """The latest all-goods level of each (indicator, direction) of the pair, with its change.

    ``change`` is the growth rate the same document states for the same period and flow
    (``change_source`` = "stated"), else NaN.
    """
    from .labels import MAIN_INDICATORS

    base = df[(df["pair"] == pair) & (df["commodity"] == "")] if pair else df[df["commodity"] == ""]
    levels = base[base["measure"] == "level"]
    if levels.empty:
        return levels.assign(change=pd.Series(dtype=float), change_source=pd.Series(dtype=str),
                             n_claims=pd.Series(dtype=int))
    ordered = sort_latest(levels)
    latest = ordered.drop_duplicates(["indicator", "direction"], keep="first").copy()
    counts = levels.groupby(["indicator", "direction"], observed=True).size()
    latest["n_claims"] = [int(counts.get((i, d), 0)) for i, d in zip(latest["indicator"], latest["direction"])]
    changes = base[base["measure"] == "change_pct"]
    change, source = [], []
    for _, row in latest.iterrows():
        c = changes[(changes["doc_id"] == row["doc_id"]) & (changes["indicator"] == row["indicator"])
                    & (changes["direction"] == row["direction"]) & (changes["_ps"] == row["_ps"])
                    & (changes["_pe"] == row["_pe"])]
        if len(c):
            change.append(float(c["_value"].iloc[0]))
            source.append("stated")
            continue
        # No stated change: none is computed. Two figures of one period kind may still come
        # from different sources (a border gate, Lao statistics), and a ratio of those misleads.
        change.append(float("nan"))
        source.append("")
    latest["change"], latest["change_source"] = change, source
    order = {k: i for i, k in enumerate(MAIN_INDICATORS)}
    latest["_order"] = latest["indicator"].astype(str).map(order).fillna(len(order))
    return latest.sort_values(["_order", "n_claims"], ascending=[True, False]).drop(columns="_order")


def documents(df: pd.DataFrame, articles: Optional[Path] = None) -> pd.DataFrame:
    """One row per document: title, date, URL, how many claims, whether its text is on disk."""
    if df.empty:
        return pd.DataFrame(columns=["doc_id", "doc_title", "doc_date", "doc_url", "claims", "has_text"])
    g = df.groupby("doc_id", observed=True, sort=False)
    out = g.agg(doc_title=("doc_title", "first"), doc_date=("doc_date", "first"),
                doc_url=("doc_url", "first"), claims=("claim_id", "size")).reset_index()
    out["doc_id"] = out["doc_id"].astype(str)
    if articles is not None:
        names = {p.stem for p in articles.glob("*") if p.suffix.lower() in (".txt", ".html", ".htm")} \
            if articles.is_dir() else set()
        out["has_text"] = out["doc_id"].isin(names)
    else:
        out["has_text"] = False
    return out.sort_values(["doc_date", "doc_id"], ascending=[False, True]).reset_index(drop=True)


def csv_bytes(df: pd.DataFrame, columns: Iterable[str] = CLAIM_COLUMNS) -> bytes:
    """The rows as CSV in UTF-8 with a BOM (Excel then shows Vietnamese correctly).

    Cells are the file's own text, so a download of the full table has the same cells as
    data/indicators.csv: plain numbers, ISO dates, every provenance column.
    """
    cols = [c for c in columns if c in df.columns]
    out = df[cols].copy()
    for c in out.columns:
        if isinstance(out[c].dtype, pd.CategoricalDtype):
            out[c] = out[c].astype(str)
    return out.to_csv(index=False, lineterminator="\n").encode("utf-8-sig")


def display_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The rows as the claims table shows them: a formatted figure and period first, then every
    column of the file (numbers as numbers, offsets as integers). Call it on the rows shown only.
    """
    from .formats import format_value
    from .labels import MEASURE_LABELS, indicator_label, status_label

    figure = [format_value(v, lo, hi, u, signed=(m == "change_pct"))
              for v, lo, hi, u, m in zip(df["_value"], df["_low"], df["_high"],
                                         df["unit"].astype(str), df["measure"].astype(str))]
    out = pd.DataFrame({"figure": figure, "period": df["period_label"].astype(str)}, index=df.index)
    for c in CLAIM_COLUMNS:
        if c in ("value", "value_low", "value_high"):
            # Rounded for the eye only (30200000.000000004 → 30200000); downloads carry the text.
            out[c] = df["_" + {"value": "value", "value_low": "low", "value_high": "high"}[c]].round(6)
        elif c in OFFSET_COLUMNS:
            out[c] = df["_" + c]
        elif c == "indicator":
            out[c] = df[c].astype(str).map(indicator_label)
        elif c == "status":
            out[c] = df[c].astype(str).map(status_label)
        elif c == "measure":
            out[c] = df[c].astype(str).map(lambda m: MEASURE_LABELS.get(m, m))
        else:
            out[c] = df[c].astype(str)
    return out.reset_index(drop=True)
