"""Claims table: every column of the tidy table, filters, row → source panel, CSV downloads."""
import math
from datetime import datetime, timezone

import streamlit as st

from dashboard.bundle import bundle_zip
from dashboard.data import (Filters, csv_bytes, display_frame, filter_mask, indicators, pairs,
                            year_bounds)
from dashboard.labels import COLUMN_LABELS, STATUSES, indicator_label, status_label
from pages.ui import (empty_state, get_table, pair_options, selected_claim_id, setup_page, show_problems,
                      source_panel, sync_selection, table_caption)

PAGE_SIZE = 1000  # rows sent to the browser at once; downloads always carry every filtered row
ALL_PAIRS = "All pairs"
MAX_DOC_OPTIONS = 5000  # above this, the document filter is a text box, not a list

setup_page("Claims table")
st.title("Claims table (bảng số liệu)")

table = get_table()
df = table.df
if table.empty:
    empty_state(table, "claims")
    st.stop()
show_problems(table)

# FILTERS
c1, c2, c3 = st.columns([3, 2, 2])
chosen = c1.multiselect("Indicators (chỉ tiêu) — empty = all", indicators(df), format_func=indicator_label,
                        key="ind", bind="query-params")
all_pairs = pairs(df)
pair = c2.selectbox("Country pair (cặp quốc gia)", **pair_options([ALL_PAIRS] + all_pairs),
                    key="pair", bind="query-params")
statuses = c3.multiselect("Status (tình trạng) — empty = all", list(STATUSES), format_func=status_label,
                          key="status", bind="query-params")
c4, c5, c6 = st.columns([3, 2, 2])
bounds = year_bounds(df)
years = None
if bounds and bounds[0] < bounds[1]:
    years = c6.select_slider("Period overlaps the years (năm)", options=list(range(bounds[0], bounds[1] + 1)),
                             value=bounds, key="years", bind="query-params")
    if tuple(years) == tuple(bounds):
        years = None
doc_ids = sorted(df["doc_id"].astype(str).unique())
if len(doc_ids) <= MAX_DOC_OPTIONS:
    doc = c5.selectbox("Document (bài báo)", ["All documents"] + doc_ids, key="doc", bind="query-params")
    doc = None if doc == "All documents" else doc
else:
    doc = c5.text_input("Document id (bài báo)", key="doc", bind="query-params").strip() or None
query = c4.text_input("Search the sentences, titles and products (tìm kiếm)", key="q",
                      bind="query-params", placeholder="e.g. cao su, Lao Bảo, 9 tháng")

filters = Filters(indicators=chosen, pair=None if pair == ALL_PAIRS else pair, years=years,
                  statuses=statuses, doc_ids=[doc] if doc else [], query=query)
mask = filter_mask(df, filters)
positions = mask.to_numpy().nonzero()[0]  # rows are taken from df only for the page shown
n_shown = len(positions)

# DOWNLOADS (built only when clicked; the page keeps its state)
stamp = datetime.now(timezone.utc).strftime("%Y%m%d")
d1, d2, d3 = st.columns([2, 2, 2])
d1.download_button(f"Download these {n_shown:,} rows (CSV)",
                   data=lambda: csv_bytes(df.iloc[positions], table.columns),
                   file_name=f"claims_{filters.describe()}_{stamp}.csv", mime="text/csv",
                   on_click="ignore", icon=":material/download:", key="dl_view",
                   disabled=n_shown == 0)
d2.download_button(f"Download the full table ({len(df):,} rows)", data=lambda: csv_bytes(df, table.columns),
                   file_name=f"claims_all_{stamp}.csv", mime="text/csv", on_click="ignore",
                   icon=":material/download:", key="dl_all")
d3.download_button("Download as ZIP, with sources",
                   data=lambda: bundle_zip(df.iloc[positions], columns=table.columns,
                                           filters=filters.describe(), table=table.path.name),
                   file_name=f"claims_{filters.describe()}_{stamp}.zip", mime="application/zip",
                   on_click="ignore", icon=":material/folder_zip:", key="dl_bundle",
                   disabled=n_shown == 0)
st.caption("CSV in UTF-8 with BOM (Excel shows Vietnamese correctly); numbers plain "
           "(1150000000, 12.6), dates ISO, every provenance column (sentence, offsets, rule, URL). "
           "The ZIP adds the list of source articles, a column dictionary and how to cite them.")

# TABLE
claim = selected_claim_id()
if n_shown == 0:
    st.info("No claims match these filters. Clear a filter or the search box.")
else:
    pages = max(1, math.ceil(n_shown / PAGE_SIZE))
    page = 1
    if pages > 1:
        page = st.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, value=1, step=1,
                               key="page")
    view = df.iloc[positions[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]]
    first = (page - 1) * PAGE_SIZE + 1
    st.caption(f"{n_shown:,} of {len(df):,} claims match; showing rows {first:,}–{first + len(view) - 1:,}."
               + (" Downloads carry all matching rows." if pages > 1 else "")
               + " Select a row to read its source.")
    config = {c: st.column_config.Column(label) for c, label in COLUMN_LABELS.items()}
    config.update({
        "figure": st.column_config.TextColumn("Figure (số liệu)", pinned=True),
        "period": st.column_config.TextColumn("Period (kỳ)", pinned=True),
        "value": st.column_config.NumberColumn("Value", format="%.12g"),
        "value_low": st.column_config.NumberColumn("Low", format="%.12g"),
        "value_high": st.column_config.NumberColumn("High", format="%.12g"),
        "doc_url": st.column_config.LinkColumn("URL"),
        "sentence": st.column_config.TextColumn("Source sentence (câu nguồn)", width="large"),
    })
    event = st.dataframe(display_frame(view), hide_index=True, column_config=config, key="cl_table",
                         on_select="rerun", selection_mode="single-row", height=420)
    rows = event.selection.rows if event else []
    picked = str(view["claim_id"].iloc[rows[0]]) if rows and rows[0] < len(view) else None
    claim = sync_selection("cl_table", picked)
source_panel(df, claim)

st.caption(table_caption(table))
