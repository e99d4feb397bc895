"""Plotly figures for the timeline. Pure functions: claims in, ``go.Figure`` out.

Rules the figures keep (issue 3):

* one chart per unit, and a series per (indicator, direction, product, period kind): a year,
  a quarter, the first N months and a month are never joined into one line;
* ranges are asymmetric error bars; actual/estimate/forecast/target differ by marker (filled vs
  open shapes) *and* line dash, and the legend names the status;
* the x axis is labelled with period labels (``2019``, ``Q1/2024``, ``1–9/2022``), never with
  English month names; numbers use Vietnamese separators (``layout.separators=",."``);
* every marker carries its claim id in ``customdata[0]`` so a click (``on_select``) finds the row;
* the figure whose source is open (``highlight``: a shared link's ``?claim=``) is ringed, so the
  reader sees which point the sentence belongs to.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .formats import format_value, scale_for
from .labels import indicator_label, status_label
from .periods import kind_label, kind_sort_key
from .text import snippet

# Tableau 10: mid-tone colours that read on a white and on a dark (#0e1117) background.
PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#bab0ac", "#2ca9b7", "#c4a000", "#8cd17d", "#d37295",
           "#a0cbe8", "#ffbe7d")
STATUS_SYMBOL = {"actual": "circle", "estimate": "circle-open", "forecast": "diamond-open",
                 "target": "star-open"}
STATUS_DASH = {"actual": "solid", "estimate": "dash", "forecast": "dot", "target": "dashdot"}
STATUS_ORDER = ("actual", "estimate", "forecast", "target")
LEGEND_NOTE = ("● filled marker, solid line = actual (đạt) · ○ open circle, dashed = estimate "
               "(ước tính) · ◇ open diamond, dotted = forecast (dự kiến) · ☆ open star, dash-dot "
               "= target (mục tiêu) · vertical bars = a range (từ … đến …)")
HIGHLIGHT_COLOR = "#ff4b4b"  # Streamlit's primary red: stands out from the palette in both themes
HIGHLIGHT_NAME = "Figure whose source is open (số liệu đang xem)"
MAX_POINTS = 3000  # markers per chart; more would make the page slow and unreadable
HOVER = ("<b>%{customdata[1]}</b> · %{customdata[2]}<br>%{customdata[3]} · %{customdata[4]}"
         "<br><i>%{customdata[5]}</i><extra></extra>")


# The columns a chart reads: slicing rows of only these is ~10x cheaper than of the whole table.
CHART_COLUMNS = ["indicator", "direction", "commodity", "period_kind", "status", "period_mid",
                 "period_label", "_doc_date", "_value", "_low", "_high", "_ps", "_pe", "claim_id",
                 "doc_id", "doc_title", "doc_date", "sentence"]


@dataclass
class Chart:
    unit: str
    scale_word: str
    figure: go.Figure
    n_points: int  # claims in the filter for this unit
    n_shown: int  # markers drawn (fewer when MAX_POINTS cut)
    n_series: int


def _plot_text(s: object) -> str:
    """Plotly renders a few HTML tags in hover text; document text must show literally."""
    return html.escape(str(s), quote=False)


def series_label(indicator: str, direction: str, commodity: str, kind: str) -> str:
    short = indicator_label(indicator).split(" (")[0]
    prod = f" · {commodity}" if commodity else ""
    return f"{short} {direction}{prod} · {kind_label(kind).split(' (')[0]}"


def cap_points(df: pd.DataFrame, max_points: int = MAX_POINTS) -> pd.DataFrame:
    """At most ``max_points`` markers: the newest documents' figures for each period first."""
    if len(df) <= max_points:
        return df
    keys = ["indicator", "direction", "commodity", "period_kind", "status", "period_label"]
    newest = df.sort_values("_doc_date", ascending=False, na_position="last")
    capped = newest.groupby(keys, observed=True, sort=False).head(3)
    if len(capped) > max_points:
        capped = capped.sort_values("_pe").tail(max_points)
    return capped


def _ticks(points: pd.DataFrame) -> dict:
    xs = points.drop_duplicates(["period_mid", "period_label"])[["period_mid", "period_label"]]
    mids = np.sort(xs["period_mid"].unique())
    span = (mids[-1] - mids[0]) if len(mids) > 1 else np.timedelta64(0, "ns")
    # Period labels under the points while they do not collide; otherwise one tick per year.
    roomy = len(mids) <= 1 or np.diff(mids).min() >= span / 14
    if len(mids) <= 12 and roomy:
        grouped = xs.groupby("period_mid", sort=True)["period_label"].agg(
            lambda s: "<br>".join(sorted(set(map(str, s)), key=len)))
        return dict(tickmode="array", tickvals=list(grouped.index), ticktext=list(grouped.values))
    y0, y1 = int(points["_ps"].dt.year.min()), int(points["_pe"].dt.year.max())
    step = max(1, -(-(y1 - y0 + 1) // 14))
    years = list(range(y0, y1 + 1, step))
    return dict(tickmode="array", tickvals=[pd.Timestamp(year=y, month=7, day=2) for y in years],
                ticktext=[str(y) for y in years])


def _customdata(part: pd.DataFrame, unit: str) -> list[list]:
    """Per marker: claim id (what a click returns), then the hover's figure, period, status,
    document and sentence, escaped."""
    return [
        [cid, _plot_text(format_value(v, lo, hi, unit, signed=unit == "percent")),
         _plot_text(pl), _plot_text(status_label(st)),
         _plot_text(f"{title_ or doc} ({dd})" if dd else (title_ or doc)),
         _plot_text(snippet(sent))]
        for cid, v, lo, hi, pl, st, doc, title_, dd, sent in zip(
            part["claim_id"], part["_value"], part["_low"], part["_high"],
            part["period_label"], part["status"], part["doc_id"], part["doc_title"],
            part["doc_date"], part["sentence"])
    ]


def _keep(capped: pd.DataFrame, df: pd.DataFrame, claim_id: Optional[str]) -> pd.DataFrame:
    """``capped`` plus the highlighted claim's row when capping dropped it."""
    if claim_id is None or (capped["claim_id"] == claim_id).any():
        return capped
    extra = df[df["claim_id"] == claim_id]
    return pd.concat([capped, extra]) if len(extra) else capped


def timeline_chart(df: pd.DataFrame, unit: str, title: str = "",
                   max_points: int = MAX_POINTS, highlight: Optional[str] = None) -> Chart:
    """The chart of all claims in ``df`` (which must all have ``unit``); the claim
    ``highlight``, when it is among them, is ringed."""
    n_points = len(df)
    pts = _keep(cap_points(df, max_points), df, highlight)[CHART_COLUMNS]
    magnitude = float(pts[["_value", "_high", "_low"]].abs().max().max()) if len(pts) else 0.0
    factor, word = scale_for(unit, magnitude)
    fig = go.Figure()
    series_keys = (pts[["indicator", "direction", "commodity", "period_kind"]].astype(str)
                   .drop_duplicates().itertuples(index=False, name=None))
    series_keys = sorted(series_keys, key=lambda k: (k[0], k[1], k[2], kind_sort_key(k[3])))
    for i, (ind, direction, commodity, kind) in enumerate(series_keys):
        color = PALETTE[i % len(PALETTE)]
        label = series_label(ind, direction, commodity, kind)
        s = pts[(pts["indicator"].astype(str) == ind) & (pts["direction"].astype(str) == direction)
                & (pts["commodity"] == commodity) & (pts["period_kind"].astype(str) == kind)]
        for status in sorted(s["status"].astype(str).unique(),
                             key=lambda x: STATUS_ORDER.index(x) if x in STATUS_ORDER else 9):
            part = s[s["status"].astype(str) == status].sort_values(["period_mid", "_doc_date"])
            group = f"{label}"
            # The line joins one figure per period (the newest document's); every figure,
            # including a second source's for the same period, gets its own marker.
            line = part.drop_duplicates("period_mid", keep="last")
            if len(line) > 1:
                fig.add_trace(go.Scatter(
                    x=line["period_mid"], y=line["_value"] / factor, mode="lines",
                    line=dict(color=color, dash=STATUS_DASH.get(status, "solid"), width=2),
                    hoverinfo="skip", showlegend=False, legendgroup=group, name=label))
            custom = _customdata(part, unit)
            has_range = bool((part["_high"] != part["_low"]).any())
            error_y = dict(type="data", symmetric=False, array=(part["_high"] - part["_value"]) / factor,
                           arrayminus=(part["_value"] - part["_low"]) / factor, color=color,
                           thickness=1.5, width=6) if has_range else None
            fig.add_trace(go.Scatter(
                x=part["period_mid"], y=part["_value"] / factor, mode="markers",
                name=f"{label} — {status_label(status).split(' (')[0].lower()}",
                legendgroup=group, customdata=custom, hovertemplate=HOVER,
                marker=dict(symbol=STATUS_SYMBOL.get(status, "x"), size=11, color=color,
                            line=dict(width=2, color=color)),
                error_y=error_y))
    if highlight is not None and len(pts):
        ringed = pts[pts["claim_id"] == highlight]
        if len(ringed):
            # A ring around the point, drawn last so it sits on top; it keeps the point's
            # customdata, so hovering or clicking the ring is hovering or clicking the point.
            fig.add_trace(go.Scatter(
                x=ringed["period_mid"], y=ringed["_value"] / factor, mode="markers",
                name=HIGHLIGHT_NAME, customdata=_customdata(ringed, unit), hovertemplate=HOVER,
                marker=dict(symbol="circle-open", size=26, color=HIGHLIGHT_COLOR,
                            line=dict(width=3, color=HIGHLIGHT_COLOR))))
    fig.update_layout(
        separators=",.",
        title=dict(text=_plot_text(f"{title} · {word}"), font=dict(size=15)) if title else None,
        yaxis=dict(title=dict(text=word), tickformat=",~r" if unit != "rank" else "d",
                   autorange="reversed" if unit == "rank" else True,
                   rangemode="tozero" if unit not in ("percent", "rank") else "normal"),
        xaxis=dict(title=dict(text="Period (kỳ số liệu)"), type="date", **(_ticks(pts) if len(pts) else {})),
        legend=dict(orientation="h", yanchor="top", y=-0.15, xanchor="left", x=0),
        margin=dict(l=10, r=10, t=50 if title else 20, b=10),
        hoverlabel=dict(align="left"),
        # The legend sits under the plot: grow the figure with it so the plot keeps ~360 px.
        height=440 + 22 * -(-sum(1 for t in fig.data if t.showlegend is not False) // 3),
        clickmode="event+select",
    )
    if unit == "rank":
        fig.update_yaxes(dtick=1)
    return Chart(unit=unit, scale_word=word, figure=fig, n_points=n_points, n_shown=len(pts),
                 n_series=len(series_keys))


def timeline_charts(df: pd.DataFrame, title: str = "", max_points: int = MAX_POINTS,
                    source: Optional[pd.DataFrame] = None,
                    highlight: Optional[str] = None) -> list[Chart]:
    """One chart per unit, money first, in the order USD, VND, LAK, other money, %, count, rank.

    ``df`` may be narrow (``data.narrow``): the markers to draw are chosen on it, and only their
    full rows (sentence, title) are taken from ``source``.
    """
    order = {"USD": 0, "VND": 1, "LAK": 2, "percent": 8, "count": 9, "rank": 10}
    unit = df["unit"].astype(str)
    charts = []
    for u in sorted(unit.unique(), key=lambda x: (order.get(x, 5), x)):
        part = df[unit == u]
        capped = _keep(cap_points(part, max_points), part, highlight)
        rows = source.loc[capped.index, CHART_COLUMNS] if source is not None else capped
        chart = timeline_chart(rows, u, title=title, max_points=max_points + 1, highlight=highlight)
        chart.n_points = len(part)
        charts.append(chart)
    return charts


def selected_claim(event: object) -> Optional[str]:
    """The claim id of the first selected marker of a ``st.plotly_chart`` selection event."""
    try:
        points = event["selection"]["points"]  # type: ignore[index]
    except (KeyError, TypeError):
        points = getattr(getattr(event, "selection", None), "points", None) or []
    for p in points or []:
        cd = p.get("customdata") if isinstance(p, dict) else None
        if cd:
            return str(cd[0])
    return None
