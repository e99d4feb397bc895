"""Streamlit pieces every page uses: page set-up and navigation, the cached table, the source
panel, the selected claim.

The only Streamlit module besides the page scripts; all data work is in ``dashboard``. It lives
in a sub-package so that Streamlit's ``pages/`` discovery (which only lists ``pages/*.py``) does
not show it as a page.

Why ``pages/`` discovery and not ``st.navigation``: once a ``pages/`` folder exists, Streamlit
1.67 runs a page requested by URL (``/timeline``) directly, without app.py, so an
``st.navigation`` call in app.py would only apply to some loads. The built-in sidebar list is
hidden (``client.showSidebarNavigation = false``) and ``setup_page`` draws labelled links.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import pandas as pd
import streamlit as st

from dashboard.data import Table, claim_row, file_signature, indicators_path, load_claims
from dashboard.formats import format_value
from dashboard.labels import indicator_label, pair_label, status_label
from dashboard.text import esc, md_escape, safe_url, sentence_markup

CLAIM_PARAM = "claim"  # the selected claim's id in the URL: ?claim=dev_07-1a2b3c4d5e
PAGE_OVERVIEW = "app.py"
PAGE_TIMELINE = "pages/timeline.py"
PAGE_CLAIMS = "pages/claims.py"
PAGE_SOURCES = "pages/sources.py"
PAGE_ADD = "pages/add.py"
NAV = (
    (PAGE_OVERVIEW, "Overview (tổng quan)", ":material/dashboard:"),
    (PAGE_TIMELINE, "Timeline (diễn biến)", ":material/show_chart:"),
    (PAGE_CLAIMS, "Claims table (bảng số liệu)", ":material/table_view:"),
    (PAGE_SOURCES, "Sources (nguồn)", ":material/article:"),
    (PAGE_ADD, "Add articles (thêm bài)", ":material/upload_file:"),
)


def setup_page(title: str) -> None:
    """First call of every page: wide layout, browser title, the sidebar's page links."""
    st.set_page_config(page_title=f"{title} · VN trade timeline", page_icon=":material/timeline:",
                       layout="wide")
    with st.sidebar:
        st.markdown("**Vietnam–Laos trade & investment timeline**")
        for page, label, icon in NAV:
            st.page_link(page, label=label, icon=icon)
        st.caption("Every figure leads back to the sentence it came from.")


@st.cache_resource(max_entries=2, show_spinner="Loading the claims table…")
def _load(signature: tuple[str, int, int]) -> Table:
    # Keyed on (path, mtime, size): a rebuilt table is a new key, so every page shows it at once.
    # cache_resource, not cache_data: cache_data hands every rerun a pickled copy, which costs
    # about a second per rerun at 1 M claims (bench/dashboard.py). The pages never modify the
    # frame in place (filters and views make new frames), so one shared read-only copy is safe.
    return load_claims(Path(signature[0]))


def get_table() -> Table:
    return _load(file_signature(indicators_path()))


def show_problems(table: Table) -> None:
    for p in table.problems:
        st.warning(md_escape(p))


def empty_state(table: Table, what: str = "figures") -> None:
    """Say plainly why nothing is shown and what to do about it."""
    show_problems(table)
    st.info(
        f"No {what} to show yet. The claims table {md_escape(table.path)} "
        f"{'has no rows' if table.path.exists() else 'does not exist'}. "
        "Add articles (they are extracted at once), or build the table from the corpus with "
        "`make build`."
    )
    st.page_link(PAGE_ADD, label="Add articles", icon=":material/upload_file:")


def pair_options(pairs: list[str]) -> dict:
    return dict(options=pairs, format_func=pair_label)


# --------------------------------------------------------------------------------------------
# The selected claim: the URL's ?claim= parameter, set by a chart click or a table row.


def selected_claim_id() -> Optional[str]:
    return st.query_params.get(CLAIM_PARAM) or None


def sync_selection(source_key: str, picked: Optional[str]) -> Optional[str]:
    """Mirror a widget's selection into ``?claim=``; return the claim to show.

    ``picked`` is what the chart/table reports now. A new pick replaces the URL's claim; a pick
    that went away (the user clicked off the point) clears it; otherwise the URL wins, so a
    shared link opens with its claim.
    """
    prev_key = f"_prev_{source_key}"
    prev = st.session_state.get(prev_key)
    st.session_state[prev_key] = picked
    if picked and picked != prev:
        st.query_params[CLAIM_PARAM] = picked
    elif prev and not picked and st.query_params.get(CLAIM_PARAM) == prev:
        del st.query_params[CLAIM_PARAM]
    return selected_claim_id()


def source_panel(df: pd.DataFrame, claim_id: Optional[str], *, show_doc_link: bool = True) -> None:
    """The sentence a figure was read from, the figure highlighted, and its document."""
    row = claim_row(df, claim_id)
    if row is None:
        if claim_id:
            st.warning(f"Claim {md_escape(claim_id)} is not in the current table (it may have been rebuilt).")
        return
    with st.container(border=True, key="source_panel"):
        st.markdown("#### Source of this figure (nguồn)")
        st.html(sentence_markup(row))
        unit, measure = str(row["unit"]), str(row["measure"])
        figure = format_value(row["_value"], row["_low"], row["_high"], unit, signed=measure == "change_pct")
        facts = [
            ("Figure", f"{figure}  (as printed: “{row['surface']}”)"),
            ("Indicator", f"{indicator_label(str(row['indicator']))} · {row['direction']}"
                          + (f" · {row['commodity']}" if row["commodity"] else "")),
            ("Period", f"{row['period_label']}  ({row['period_start']} – {row['period_end']})"
                       + (f" · written “{row['period_text']}”" if row["period_text"] else "")),
            ("Status", status_label(str(row["status"]))),
            ("Document", f"{row['doc_title'] or row['doc_id']}  [{row['doc_id']}]"),
            ("Published", str(row["doc_date"] or "unknown")),
            ("Rule", str(row["rule"])),
            ("Claim id", str(row["claim_id"])),
        ]
        url = safe_url(row["doc_url"])
        rows = "".join(f"<tr><th style='text-align:left;padding-right:1em;vertical-align:top'>"
                       f"{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in facts)
        if str(row["doc_url"]).strip() and not url:
            rows += f"<tr><th style='text-align:left'>URL</th><td>{esc(row['doc_url'])} (not a web link)</td></tr>"
        st.html(f"<table style='font-size:.9rem;border:none'>{rows}</table>")
        cols = st.columns(3)
        if url:
            cols[0].link_button("Open the article", url, icon=":material/open_in_new:")
        if show_doc_link:
            cols[1].page_link(PAGE_SOURCES, label="Show in the document", icon=":material/article:",
                              query_params={"doc": str(row["doc_id"]), CLAIM_PARAM: str(row["claim_id"])})
        cols[2].page_link(PAGE_CLAIMS, label="Show in the claims table", icon=":material/table:",
                          query_params={CLAIM_PARAM: str(row["claim_id"])})


def table_caption(table: Table) -> str:
    built = table.built_at.strftime("%Y-%m-%d %H:%M UTC") if table.built_at else "unknown"
    return f"Data: `{table.path.name}` · built {built}"
