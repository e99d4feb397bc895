"""Sources: the documents, and one document's full text with every extracted figure marked."""
import streamlit as st

from dashboard.data import articles_dir, display_frame, documents
from dashboard.text import (document_markup, esc, load_document, md_escape, safe_url,
                            sentences_markup)
from pages.ui import (CLAIM_PARAM, empty_state, get_table, selected_claim_id, setup_page,
                      show_problems, source_panel, sync_selection, table_caption)

MAX_DOC_ROWS = 2000  # the list shows the newest documents; the search box finds the rest

setup_page("Sources")
st.title("Sources (nguồn)")

table = get_table()
df = table.df
if table.empty:
    empty_state(table, "documents")
    st.stop()
show_problems(table)
corpus = articles_dir()

# DOCUMENT LIST
docs = documents(df, corpus)
doc_ids = docs["doc_id"].tolist()
c1, c2 = st.columns([2, 3])
search = c1.text_input("Find a document by id or title (tìm bài báo)", key="dq", bind="query-params")
listed = docs
if search.strip():
    q = search.strip()
    listed = docs[docs["doc_id"].str.contains(q, case=False, regex=False)
                  | docs["doc_title"].astype(str).str.contains(q, case=False, regex=False)]
st.caption(f"{len(docs):,} documents, {len(df):,} claims. Select a row to open the document"
           + (f" (the list shows the first {MAX_DOC_ROWS:,} matches)." if len(listed) > MAX_DOC_ROWS else "."))
head = listed.head(MAX_DOC_ROWS).reset_index(drop=True)
event = st.dataframe(
    head[["doc_id", "doc_title", "doc_date", "claims", "doc_url", "has_text"]], hide_index=True,
    key="src_docs", on_select="rerun", selection_mode="single-row", height=300,
    column_config={"doc_id": "Document", "doc_title": st.column_config.TextColumn("Title", width="large"),
                   "doc_date": "Published", "claims": st.column_config.NumberColumn("Claims"),
                   "doc_url": st.column_config.LinkColumn("URL"),
                   "has_text": st.column_config.CheckboxColumn("Text on disk")})
rows = event.selection.rows if event else []
if rows and rows[0] < len(head) and st.session_state.get("_src_prev") != head["doc_id"].iloc[rows[0]]:
    st.session_state["_src_prev"] = head["doc_id"].iloc[rows[0]]
    st.query_params["doc"] = head["doc_id"].iloc[rows[0]]
    if CLAIM_PARAM in st.query_params:
        del st.query_params[CLAIM_PARAM]

doc_id = st.query_params.get("doc")
if not doc_id:
    st.info("Select a document above to read it with its figures highlighted.")
    st.caption(table_caption(table))
    st.stop()
if doc_id not in set(doc_ids):
    st.warning(f"Document {md_escape(doc_id)} has no claims in the current table.")
    st.stop()

# DOCUMENT VIEW
meta = docs[docs["doc_id"] == doc_id].iloc[0]
claims = df[df["doc_id"] == doc_id]
st.html(f"<h3 style='margin:0'>{esc(meta['doc_title'] or doc_id)}</h3>")
url = safe_url(meta["doc_url"])
st.text(f"{doc_id} · published {meta['doc_date'] or 'date unknown'} · {len(claims)} figure(s)")
if url:
    st.link_button("Open the original article", url, icon=":material/open_in_new:")
doc = load_document(corpus, doc_id, claims)
left, right = st.columns([3, 2])
with left:
    if doc.text and doc.exact:
        st.caption("Each highlighted figure links to its row in the claims table.")
        st.html(document_markup(doc.text, claims, link="claims", selected=selected_claim_id()))
    else:
        if doc.text:
            st.warning("This file changed since the table was built (the offsets no longer match); "
                       "showing the sentences the figures were read from.")
        else:
            st.info(f"The text of {md_escape(doc_id)} is not in {md_escape(corpus)}; showing the "
                    "sentences the figures were read from.")
        st.html(sentences_markup(claims))
with right:
    st.markdown("**Figures in this document**")
    view = claims.sort_values("_start").reset_index(drop=True)
    ev = st.dataframe(display_frame(view)[["figure", "period", "indicator", "status", "surface"]],
                      hide_index=True, key="src_claims", on_select="rerun", selection_mode="single-row",
                      column_config={"figure": "Figure", "period": "Period", "indicator": "Indicator",
                                     "status": "Status", "surface": "As printed"})
    sel = ev.selection.rows if ev else []
    picked = str(view["claim_id"].iloc[sel[0]]) if sel and sel[0] < len(view) else None
    claim = sync_selection("src_claims", picked)
    if claim:
        source_panel(df, claim, show_doc_link=False)
st.caption(table_caption(table))
