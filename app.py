"""Vietnam–Laos trade and investment timeline: every figure leads back to its sentence.

    streamlit run app.py          (reads data/indicators.csv, or $INDICATORS_CSV)

The entry point only declares the pages; the Overview is the default page at "/".
"""
import streamlit as st

st.set_page_config(page_title="Trade & investment timeline", page_icon=":material/timeline:",
                   layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/show_chart:", url_path="timeline"),
    st.Page("pages/claims.py", title="Claims table", icon=":material/table_view:", url_path="claims"),
    st.Page("pages/sources.py", title="Sources", icon=":material/article:", url_path="sources"),
    st.Page("pages/add_articles.py", title="Add articles", icon=":material/upload_file:", url_path="add"),
]

st.navigation(PAGES).run()
