"""Vietnam–Laos trade and investment timeline: every figure leads back to its sentence.

    streamlit run app.py          (reads data/indicators.csv, or $INDICATORS_CSV)

This script is the Overview page ("/"): the latest figure of each main indicator for a country
pair, and the table's facts. The other pages are pages/*.py (see pages/ui for why).
"""
import math

import streamlit as st

from dashboard.data import default_pair, documents, latest_figures, pairs
from dashboard.formats import format_number, format_value
from dashboard.labels import indicator_label, pair_label, status_label
from dashboard.text import md_escape, snippet
from pages.ui import (CLAIM_PARAM, PAGE_CLAIMS, PAGE_SOURCES, PAGE_TIMELINE, empty_state, get_table,
                      pair_options, setup_page, show_problems, table_caption)

setup_page("Overview")

st.title("Vietnam–Laos trade & investment timeline")
st.caption("Figures read from Vietnamese news; every figure leads back to the sentence it came from.")

table = get_table()
df = table.df

# EMPTY STATE
if table.empty:
    empty_state(table)
    st.stop()
show_problems(table)

# TABLE FACTS
c1, c2, c3 = st.columns(3)
c1.metric("Documents (bài báo)", format_number(df["doc_id"].nunique()))
c2.metric("Claims (số liệu)", format_number(len(df)))
c3.metric("Table built (cập nhật)", table.built_at.strftime("%Y-%m-%d") if table.built_at else "unknown",
          help=table.built_at.strftime("%Y-%m-%d %H:%M:%S UTC") if table.built_at else None)

# PAIR
all_pairs = pairs(df)
pair = st.selectbox("Country pair (cặp quốc gia)", **pair_options(all_pairs),
                    index=all_pairs.index(default_pair(df)), key="pair", bind="query-params")

# LATEST FIGURES
latest = latest_figures(df, pair)
st.subheader("Latest figure of each indicator (số liệu mới nhất)")
if latest.empty:
    st.info("No level figures for this pair. Try another pair, or look at the claims table.")
else:
    cols = st.columns(3)
    for i, (_, row) in enumerate(latest.iterrows()):
        unit = str(row["unit"])
        with cols[i % 3].container(border=True):
            delta = None
            if not math.isnan(row["change"]):
                delta = f"{format_value(row['change'], unit='percent', signed=True)} (as stated)"
            st.metric(md_escape(indicator_label(str(row["indicator"]))),
                      format_value(row["_value"], row["_low"], row["_high"], unit),
                      delta=delta, delta_color="off" if unit == "rank" else "normal")
            st.text(f"{row['direction']} · {row['period_label']} · {status_label(str(row['status']))} · "
                    f"{row['n_claims']} figure(s) in total")
            st.text(f"Source: {snippet(row['doc_title'] or row['doc_id'], 80)} "
                    f"({row['doc_date'] or 'date unknown'})")
            st.page_link(PAGE_CLAIMS, label="See the sentence", icon=":material/format_quote:",
                         query_params={CLAIM_PARAM: str(row["claim_id"])})

st.page_link(PAGE_TIMELINE, label="Open the timeline", icon=":material/show_chart:",
             query_params={"pair": pair_label(pair)} if pair != default_pair(df) else None)

# DOCUMENTS
with st.expander("Newest documents in the table"):
    docs = documents(df)
    st.dataframe(docs[["doc_id", "doc_title", "doc_date", "claims"]].head(100), hide_index=True,
                 column_config={"doc_id": "Document", "doc_title": "Title", "doc_date": "Published",
                                "claims": "Claims"})
    st.page_link(PAGE_SOURCES, label=f"All {len(docs):,} documents", icon=":material/article:")
st.caption(table_caption(table))
