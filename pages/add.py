"""Add articles: upload or paste, save into the corpus first, then extract with visible progress."""
import os
from pathlib import Path

import streamlit as st

from dashboard.data import articles_dir, indicators_path
from dashboard.text import md_escape
from pages.ui import PAGE_SOURCES, PAGE_TIMELINE, get_table, setup_page

setup_page("Add articles")
st.title("Add articles (thêm bài báo)")
corpus = articles_dir()
out = indicators_path()
st.caption(f"Articles are saved into `{corpus}`, then the claims table `{out.name}` is rebuilt "
           "(only new or changed articles are read again). Their figures appear on every page at once.")

try:  # the extractor's side; the page still loads (and says why) if it is missing
    from extract.build import build
    from extract.documents import DocumentError, remove_article, save_text, save_upload
except Exception as exc:  # noqa: BLE001 - any import problem means "extraction unavailable"
    st.error(f"Extraction is not available in this installation: {md_escape(exc)}")
    st.stop()

if "add_round" not in st.session_state:
    st.session_state["add_round"] = 0  # a new key empties the uploader after a successful add


def extract_new(saved: list[Path]) -> None:
    """Rebuild the table, show progress, and report each new article's figures or problem."""
    bar = st.progress(0.0, text="Extracting…")

    def progress(done: int, total: int, doc_id: str) -> None:
        bar.progress(done / max(total, 1), text=f"Extracting {done}/{total}: {doc_id}")

    cache = os.environ.get("EXTRACT_CACHE_DIR")
    try:
        with st.spinner("Reading the articles…"):
            kwargs = {"cache_dir": Path(cache)} if cache else {}
            report = build(corpus, out, jobs=1, progress=progress, **kwargs)
    except Exception as exc:  # BuildError or worse: the previous table is kept
        bar.empty()
        st.error(f"Extraction failed; the claims table was not changed. {md_escape(exc)}")
        return
    bar.progress(1.0, text=f"Done: {report.claims:,} claims from {len(report.documents):,} documents "
                           f"in {report.seconds:.1f} s")
    by_id = {d.doc_id: d for d in report.documents}
    added, empty = 0, []
    for path in saved:
        summary = by_id.get(path.stem)
        if summary is None or summary.status == "skipped":
            reason = summary.reason if summary else "not read by the build"
            st.error(f"{md_escape(path.name)}: not added — {md_escape(reason)}.")
            empty.append(path)
        elif summary.claims == 0:
            st.warning(f"{md_escape(path.name)}: no figures were found in this article, so it was not added.")
            empty.append(path)
        else:
            added += 1
            st.success(f"{md_escape(path.name)}: {summary.claims} figure(s) added.")
            st.page_link(PAGE_SOURCES, label=f"Read {md_escape(path.stem)} with its figures marked",
                         icon=":material/article:", query_params={"doc": path.stem})
    for path in empty:  # an article without figures changes nothing: the corpus stays as it was
        remove_article(corpus, path)
    if added:
        st.session_state["add_round"] += 1
        st.page_link(PAGE_TIMELINE, label="See the timeline", icon=":material/show_chart:")


tab_upload, tab_paste = st.tabs(["Upload files (tải tệp)", "Paste text (dán văn bản)"])

# UPLOAD
with tab_upload:
    with st.form("add_upload_form", clear_on_submit=False, border=False):
        files = st.file_uploader("Articles as .txt or .html (several at once)", type=["txt", "html", "htm"],
                                 accept_multiple_files=True, key=f"add_files_{st.session_state['add_round']}")
        go_upload = st.form_submit_button("Add and extract", type="primary", icon=":material/upload:")
    if go_upload:
        if not files:
            st.warning("Choose at least one file.")
        existing = {p.name for p in corpus.glob("*")} if corpus.is_dir() else set()
        saved = []
        for f in files or []:
            try:
                path = save_upload(corpus, f.name, f.getvalue())
            except DocumentError as exc:
                st.error(f"{md_escape(f.name)}: not added — {md_escape(exc)}")
                continue
            if path.name in existing:
                st.info(f"{md_escape(f.name)}: this article is already in the corpus as {md_escape(path.name)}.")
                continue
            saved.append(path)
        if saved:
            extract_new(saved)

# PASTE
with tab_paste:
    with st.form("add_paste_form", border=False):
        text = st.text_area("Article text (nội dung)", height=220, key="add_text")
        c1, c2, c3 = st.columns([3, 1, 2])
        title = c1.text_input("Title (tiêu đề) — optional", key="add_title")
        doc_date = c2.date_input("Published (ngày đăng) — optional", value=None, key="add_date",
                                 format="DD/MM/YYYY")
        url = c3.text_input("URL — optional", key="add_url")
        go_paste = st.form_submit_button("Add and extract", type="primary", icon=":material/upload:")
    if go_paste:
        existing = {p.name for p in corpus.glob("*")} if corpus.is_dir() else set()
        try:
            path = save_text(corpus, text, title=title, doc_date=doc_date, url=url)
        except DocumentError as exc:
            st.error(f"Not added — {md_escape(exc)}")
        else:
            if path.name in existing:
                st.info(f"This article is already in the corpus as {md_escape(path.name)}.")
            else:
                extract_new([path])

table = get_table()
st.caption(f"The table now holds {len(table.df):,} claims from {table.df['doc_id'].nunique():,} documents.")
