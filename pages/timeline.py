"""Timeline: chosen indicators for a country pair over time, one series per period length."""
import streamlit as st

from dashboard.data import (Filters, csv_bytes, default_pair, display_frame, filter_claims, filter_mask,
                            indicators, narrow, pairs, year_bounds)
from dashboard.figures import LEGEND_NOTE, selected_claim, timeline_charts
from dashboard.labels import MEASURE_LABELS, indicator_label, pair_label
from dashboard.periods import kind_label, kind_sort_key
from dashboard.text import md_escape
from pages.ui import (empty_state, get_table, pair_options, selected_claim_id, setup_page,
                      show_problems, source_panel, sync_selection, table_caption)

setup_page("Timeline")
st.title("Timeline (diễn biến theo thời gian)")

table = get_table()
df = table.df
if table.empty:
    empty_state(table)
    st.stop()
show_problems(table)

# FILTERS
all_inds = indicators(df)
all_pairs = pairs(df)
c1, c2, c3 = st.columns([3, 2, 2])
chosen = c1.multiselect("Indicators (chỉ tiêu)", all_inds, format_func=indicator_label,
                        default=["trade_total"] if "trade_total" in all_inds else all_inds[:1],
                        key="ind", bind="query-params")
pair = c2.selectbox("Country pair (cặp quốc gia)", **pair_options(all_pairs),
                    index=all_pairs.index(default_pair(df)), key="pair", bind="query-params")
measure = c3.radio("Measure (thước đo)", list(MEASURE_LABELS), format_func=MEASURE_LABELS.get,
                   horizontal=True, key="measure", bind="query-params")

# Narrow frames (no sentences) until the few rows that are drawn: fast on a million claims.
base = narrow(df, filter_mask(df, Filters(indicators=chosen, pair=pair, measure=measure)))
c4, c5, c6 = st.columns([3, 2, 2])
kinds_present = sorted(base["period_kind"].astype(str).unique(), key=kind_sort_key)
kinds = c4.multiselect("Period lengths (độ dài kỳ) — empty = all", kinds_present,
                       format_func=kind_label, key="kinds", bind="query-params")
products = c5.toggle("Include product-level figures (theo mặt hàng)", value=False,
                     key="products", bind="query-params")
bounds = year_bounds(base)
years = None
if bounds and bounds[0] < bounds[1]:
    years = c6.select_slider("Years (năm)", options=list(range(bounds[0], bounds[1] + 1)),
                             value=bounds, key="years", bind="query-params")

shown = filter_claims(base, Filters(kinds=kinds, products=None if products else False, years=years))

# CHARTS
if not chosen:
    st.info("Pick at least one indicator.")
    st.stop()
if shown.empty:
    st.info(md_escape(f"No {MEASURE_LABELS[measure].split(' (')[0].lower()} figures for "
                      f"{', '.join(indicator_label(i) for i in chosen)} and {pair_label(pair)} with these "
                      "filters. Try the other measure, another pair, or include product-level figures."))
    st.stop()

title = f"{' · '.join(indicator_label(i).split(' (')[0] for i in chosen)} — {pair_label(pair)}"
picked = None
# A claim opened by a link (or an earlier click) is ringed; a point being clicked now gets
# Plotly's own selection styling instead, so the two never disagree.
clicking = any(selected_claim(v) for k, v in st.session_state.items() if str(k).startswith("tl_chart_"))
opened = None if clicking else selected_claim_id()
for chart in timeline_charts(shown, title=title, source=df, highlight=opened):
    if chart.n_shown < chart.n_points:
        st.caption(f"Showing {chart.n_shown:,} of {chart.n_points:,} figures in {chart.scale_word} "
                   "(the newest three per period); narrow the filters to see all.")
    event = st.plotly_chart(
        chart.figure, key=f"tl_chart_{chart.unit}", on_select="rerun", selection_mode="points",
        theme="streamlit", alt=f"Timeline of {title} in {chart.scale_word}",
        config={"displaylogo": False,
                "toImageButtonOptions": {"format": "png", "filename": f"timeline_{pair}_{chart.unit}",
                                         "scale": 2}})
    now = selected_claim(event)
    claim = sync_selection(f"tl_chart_{chart.unit}", now)
    picked = now or picked
st.caption(LEGEND_NOTE + ". Hover a point for its sentence; click it to open the source.")
st.download_button(f"Download the {len(shown):,} figures of this chart (CSV)",
                   data=lambda: csv_bytes(df.loc[shown.index], table.columns),
                   file_name=f"timeline_{'-'.join(chosen)}_{pair.replace('–', '-')}_{measure}.csv",
                   mime="text/csv", on_click="ignore", icon=":material/download:", key="tl_download")

# SOURCE PANEL
claim = picked or sync_selection("tl_none", None)
if claim:
    source_panel(df, claim)
else:
    st.caption("Click a point to read the sentence it was read from.")

# DATA BEHIND THE CHART
# Built only when asked for: even a collapsed expander would send its rows to the browser.
if st.toggle(f"Show the {len(shown):,} figures behind the chart as a table", key="tl_table"):
    st.dataframe(display_frame(df.loc[shown.index[:2000]])[
        ["figure", "period", "status", "indicator", "reporter", "partner", "commodity", "doc_id",
         "doc_date", "sentence"]], hide_index=True)
    if len(shown) > 2000:
        st.caption("The first 2 000 rows; the claims table shows and downloads all of them.")
st.caption(table_caption(table))
