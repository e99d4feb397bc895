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


def _by_uniques(s: pd.Series, parse, dtype) -> np.ndarray:
    """``parse`` applied to the distinct values of ``s`` only, then spread back to every row.

    A table of a million claims holds a few thousand distinct dates, values and country codes,
    so parsing per distinct value is what keeps a load of 1 M rows to about a second.
    """
    codes, uniques = pd.factorize(s)
    parsed = np.asarray(parse(pd.Index(uniques, dtype=object)), dtype=dtype)
    out = np.take(parsed, codes) if len(parsed) else np.empty(len(codes), dtype=dtype)
    if (codes < 0).any():
        out[codes < 0] = np.array(np.nan).astype(dtype) if np.dtype(dtype).kind in "fM" else -1
    return out


def _num(u: pd.Index) -> np.ndarray:
    return pd.to_numeric(pd.Series(u, dtype=object), errors="coerce").to_numpy(dtype="float64")


def _day(u: pd.Index) -> np.ndarray:
    return pd.to_datetime(pd.Series(u, dtype=object), format="%Y-%m-%d", errors="coerce").to_numpy(
        dtype="datetime64[ns]")


def combine_codes(*columns: pd.Series) -> tuple[np.ndarray, list[tuple]]:
    """Row codes for the distinct combinations of ``columns`` and those combinations.

    Integer arithmetic on per-column factorize codes: much faster than a MultiIndex on 1 M rows.
    """
    codes = np.zeros(len(columns[0]), dtype="int64")
    uniques = []
    for col in columns:
        c, u = pd.factorize(col)
        codes = codes * (len(u) + 1) + (c + 1)
        uniques.append(list(u))
    row_codes, combos = pd.factorize(codes)
    decoded = []
    for combo in combos:
        parts = []
        for u in reversed(uniques):
            combo, k = divmod(int(combo), len(u) + 1)
            parts.append(u[k - 1] if k else None)
        decoded.append(tuple(reversed(parts)))
    return np.asarray(row_codes), decoded


def categorical(row_codes: np.ndarray, labels: list) -> pd.Categorical:
    """A categorical column from per-combination labels (labels may repeat)."""
    label_codes, cats = pd.factorize(pd.Series(labels, dtype=object))
    return pd.Categorical.from_codes(np.asarray(label_codes)[row_codes], categories=cats)


def _pair_and_direction(rep: pd.Series, par: pd.Series, indicator: pd.Series) -> tuple[pd.Categorical,
                                                                                       pd.Categorical]:
    """The unordered pair (VN–LA; Vietnam first, then alphabetical) and the series direction:
    trade turnover is one flow whichever side reports it (VN–LA), the rest go reporter→partner."""
    codes, combos = combine_codes(rep, par, indicator == "trade_total")
    pairs_, dirs = [], []
    for r, p, trade in combos:
        r, p = str(r), str(p)
        a, b = (p, r) if (p == "VN" or (r != "VN" and p < r)) else (r, p)
        pairs_.append(f"{a}–{b}")
        dirs.append(f"{a}–{b}" if trade else f"{r}→{p}")
    return categorical(codes, pairs_), categorical(codes, dirs)


def prepare(raw: pd.DataFrame) -> pd.DataFrame:
    """Add the derived columns; drop rows whose numbers or period dates do not parse."""
    df = raw.reset_index(drop=True)
    v = _by_uniques(df["value"], _num, "float64")
    lo = _by_uniques(df["value_low"], _num, "float64")
    hi = _by_uniques(df["value_high"], _num, "float64")
    lo = np.where(np.isnan(lo), v, lo)
    hi = np.where(np.isnan(hi), v, hi)
    ps = _by_uniques(df["period_start"], _day, "datetime64[ns]")
    pe = _by_uniques(df["period_end"], _day, "datetime64[ns]")
    ok = ~np.isnan(v) & ~np.isnat(ps) & ~np.isnat(pe) & (ps <= pe)
    skipped = int((~ok).sum())
    if skipped:
        df = df[ok].reset_index(drop=True)
        v, lo, hi, ps, pe = v[ok], lo[ok], hi[ok], ps[ok], pe[ok]
    df["_value"], df["_low"], df["_high"] = v, lo, hi
    df["_ps"], df["_pe"] = ps, pe
    df["_y0"] = pd.DatetimeIndex(ps).year.to_numpy(dtype="int32")
    df["_y1"] = pd.DatetimeIndex(pe).year.to_numpy(dtype="int32")
    df["_doc_date"] = _by_uniques(df["doc_date"], _day, "datetime64[ns]")
    for c in OFFSET_COLUMNS:
        df["_" + c] = np.nan_to_num(_by_uniques(df[c], _num, "float64"), nan=-1).astype("int64")
    missing_id = df["claim_id"].eq("")
    if missing_id.any():
        df.loc[missing_id, "claim_id"] = df.loc[missing_id, "doc_id"] + "-row" + \
            pd.Series(np.arange(len(df)), index=df.index)[missing_id].astype(str)
    df["pair"], df["direction"] = _pair_and_direction(df["reporter"], df["partner"], df["indicator"])
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
        everything = bool(mask.all())
        for col in ("sentence", "surface", "doc_title", "commodity", "doc_id", "claim_id"):
            values = df[col] if everything else df.loc[mask, col]
            sub = values.astype(str).str.contains(q, case=False, regex=False)
            qmask.loc[sub.index] |= sub.to_numpy()
        mask &= qmask
    return mask


def filter_claims(df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    return df[filter_mask(df, f)]


# What filtering, grouping and plotting positions need: no long text. Taking every column of
# 500 000 rows copies their sentences (about a second at 1 M claims); pages select on these
# columns and take full rows only for what they show.
NARROW_COLUMNS = ("claim_id", "indicator", "measure", "unit", "status", "doc_id", "commodity", "pair", "direction",
                  "period_kind", "period_label", "period_mid", "period_days", "_value", "_low", "_high",
                  "_ps", "_pe", "_y0", "_y1", "_doc_date")


def narrow(df: pd.DataFrame, mask: Optional[pd.Series] = None) -> pd.DataFrame:
    cols = [c for c in NARROW_COLUMNS if c in df.columns]
    return df.loc[mask, cols] if mask is not None else df[cols]


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

    counts = df["indicator"].value_counts() if len(df) else pd.Series(dtype=int)
    present = {str(k) for k, n in counts.items() if n > 0}
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


STATUS_RANK = {"actual": 0, "estimate": 1, "forecast": 2, "target": 3}


def latest_order(df: pd.DataFrame) -> np.ndarray:
    """Row positions, latest first: latest period end; at equal end, actual before estimates,
    longer periods, newer documents. ``np.lexsort`` on integer keys (fast on 1 M rows)."""
    srank = df["status"].astype(str).map(STATUS_RANK).fillna(4).to_numpy(dtype="int64") \
        if len(df) < 1000 else _status_rank(df["status"])
    doc_date = df["_doc_date"].to_numpy(dtype="datetime64[ns]").astype("int64")
    doc_date = np.where(doc_date == np.iinfo("int64").min, np.iinfo("int64").min + 1, doc_date)
    keys = (-doc_date, -df["period_days"].to_numpy(dtype="int64"), srank,
            -df["_pe"].to_numpy(dtype="datetime64[ns]").astype("int64"))
    return np.lexsort(keys)  # the last key is the primary one


def _status_rank(status: pd.Series) -> np.ndarray:
    cats = status.cat.categories if isinstance(status.dtype, pd.CategoricalDtype) else None
    if cats is None:
        return status.astype(str).map(STATUS_RANK).fillna(4).to_numpy(dtype="int64")
    ranks = np.array([STATUS_RANK.get(str(c), 4) for c in cats] + [4], dtype="int64")
    return ranks[status.cat.codes.to_numpy()]


def sort_latest(df: pd.DataFrame) -> pd.DataFrame:
    return df.iloc[latest_order(df)]


def latest_figures(df: pd.DataFrame, pair: Optional[str]) -> pd.DataFrame:
    """The latest all-goods level of each (indicator, direction) of the pair, with its change.

    ``change`` is the growth rate the same document states for the same period and flow
    (``change_source`` = "stated"), else NaN. No change is computed between two figures: they
    may come from different sources (a border gate, Lao statistics), and that ratio misleads.
    """
    from .labels import MAIN_INDICATORS

    mask = (df["commodity"] == "") & ((df["pair"] == pair) if pair else True)
    base = narrow(df, mask)
    levels = base[base["measure"] == "level"]
    if levels.empty:
        return df.iloc[:0].assign(change=pd.Series(dtype=float), change_source=pd.Series(dtype=str),
                                  n_claims=pd.Series(dtype=int))
    ordered = sort_latest(levels)
    firsts = ordered.drop_duplicates(["indicator", "direction"], keep="first").index
    latest = df.loc[firsts].copy()  # full rows (title, sentence, claim id) for a dozen claims only
    counts = levels.groupby(["indicator", "direction"], observed=True).size()
    latest["n_claims"] = [int(counts.get((i, d), 0)) for i, d in zip(latest["indicator"], latest["direction"])]
    changes = base[(base["measure"] == "change_pct") & base["doc_id"].isin(list(latest["doc_id"].astype(str)))]
    change, source = [], []
    for _, row in latest.iterrows():
        c = changes[(changes["doc_id"] == row["doc_id"]) & (changes["indicator"] == row["indicator"])
                    & (changes["direction"] == row["direction"]) & (changes["_ps"] == row["_ps"])
                    & (changes["_pe"] == row["_pe"])]
        change.append(float(c["_value"].iloc[0]) if len(c) else float("nan"))
        source.append("stated" if len(c) else "")
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
