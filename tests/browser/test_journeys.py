"""The analyst's journeys in a real browser (Debian chromium + Playwright).

Screenshots of every page land in test-artifacts/screenshots/ (git-ignored).
"""
from __future__ import annotations

import io
from pathlib import Path
import re
import time
from urllib.parse import parse_qs, urlencode, urlparse

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from dashboard import data as D

pytestmark = pytest.mark.browser

POINTS = "[data-testid='stPlotlyChart'] g.points path.point"


def wait_app(page: Page, timeout: float = 30_000) -> None:
    """Streamlit's own e2e wait: connected, script not running, no skeleton left."""
    time.sleep(0.3)  # let a rerun triggered by the last action start
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']", timeout=timeout)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout)
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=timeout)


def open_page(page: Page, url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    wait_app(page)
    page.wait_for_timeout(300)
    assert not dialogs, f"a page opened a dialog: {dialogs}"
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_role("dialog")).to_have_count(0)  # e.g. Streamlit's "Page not found"


def test_overview_seed(page: Page, seed_server, shot):
    open_page(page, seed_server.url)
    expect(page.get_by_text("476,8 triệu USD")).to_be_visible()
    expect(page.get_by_text("+12% (as stated)")).to_be_visible()
    shot(page, "1_overview_seed")


def test_seed_timeline_shows_both_trade_points(page: Page, seed_server, shot):
    open_page(page, seed_server.url + "/timeline")
    expect(page.locator(POINTS)).to_have_count(2, timeout=15_000)
    axis = page.locator("[data-testid='stPlotlyChart'] g.xtick text").all_text_contents()
    assert axis == ["2019", "Q1/2024"]
    legend = " ".join(page.locator("[data-testid='stPlotlyChart'] g.legend text").all_text_contents())
    assert "Year — estimate" in legend and "Quarter — actual" in legend
    # Hover shows value, period, status and the start of the sentence.
    page.locator(POINTS).nth(0).hover(force=True)
    hover = page.locator("[data-testid='stPlotlyChart'] g.hovertext")
    expect(hover.first).to_be_visible(timeout=5_000)
    text = hover.first.text_content()
    assert "1,1–1,2 tỷ USD" in text and "2019" in text and "Estimate" in text
    shot(page, "2_timeline_seed_hover")


def test_click_a_point_reads_its_sentence(page: Page, seed_server, shot):
    open_page(page, seed_server.url + "/timeline")
    expect(page.locator(POINTS)).to_have_count(2, timeout=15_000)
    page.locator(POINTS).nth(1).click(force=True)
    panel = page.locator(".st-key-source_panel")
    expect(panel).to_be_visible(timeout=15_000)
    expect(panel.locator("mark.fig")).to_have_text("476,8 triệu USD")
    expect(panel).to_contain_text("Thương mại song phương trong Quý I năm 2024")
    assert "claim=001_542618be415431dc-" in page.url
    shot(page, "3_timeline_seed_clicked")


def test_a_shared_link_rings_its_point(page: Page, seed_server, shot):
    table = pd.read_csv(Path(__file__).resolve().parents[1] / "fixtures" / "dashboard" / "seeds.csv",
                        dtype=str)
    quarter = table.query("measure == 'level' and period_start == '2024-01-01'")["claim_id"].iloc[0]
    open_page(page, seed_server.url + "/timeline?" + urlencode({"claim": quarter}))
    expect(page.locator(POINTS)).to_have_count(3, timeout=15_000)  # two figures and the ring
    legend = " ".join(page.locator("[data-testid='stPlotlyChart'] g.legend text").all_text_contents())
    assert "source is open" in legend
    expect(page.locator(".st-key-source_panel mark.fig")).to_have_text("476,8 triệu USD")
    shot(page, "3b_timeline_shared_link_ringed")


def test_download_of_a_filtered_view_matches_the_filter(page: Page, dev_server, shot, tmp_path):
    open_page(page, dev_server.url + "/claims")
    # Filter in the UI: exports, actual figures, mentioning petroleum.
    page.get_by_test_id("stMultiSelect").filter(has_text="Indicators").click()
    page.get_by_role("option", name="Exports (xuất khẩu)").click()
    page.keyboard.press("Escape")
    wait_app(page)
    page.get_by_label("Search the sentences").fill("xăng dầu")
    page.get_by_label("Search the sentences").press("Enter")
    wait_app(page)
    expect(page.get_by_text(re.compile(r"^\d+ of 331 claims match"))).to_be_visible()
    query = parse_qs(urlparse(page.url).query)
    assert query["ind"] == ["Exports (xuất khẩu)"] and query["q"] == ["xăng dầu"]
    with page.expect_download() as dl:
        page.get_by_role("button", name=re.compile("Download these")).click()
    data = open(dl.value.path(), "rb").read()
    assert data.startswith(b"\xef\xbb\xbf")
    got = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    table = D.load_claims(dev_server.csv)
    want = D.filter_claims(table.df, D.Filters(indicators=["export"], query="xăng dầu"))
    assert list(got.columns) == list(D.CLAIM_COLUMNS)
    assert got["claim_id"].tolist() == want["claim_id"].tolist() and len(got) > 0
    assert dl.value.suggested_filename.startswith("claims_export_search_")
    # The ZIP of the same view: the same CSV bytes, plus its sources and README.
    with page.expect_download() as bundle:
        page.get_by_role("button", name=re.compile(r"as ZIP, with sources")).click()
    import zipfile
    archive = zipfile.ZipFile(bundle.value.path())
    assert archive.read("claims.csv") == data
    assert "How to cite" in archive.read("README.md").decode("utf-8")
    assert bundle.value.suggested_filename.endswith(".zip")
    # The page kept its state (on_click="ignore"): the filter is still there.
    expect(page.get_by_text(re.compile(r"^\d+ of 331 claims match"))).to_be_visible()
    shot(page, "4_claims_filtered")


def test_row_selection_and_shared_link(page: Page, dev_server, shot):
    table = D.load_claims(dev_server.csv)
    row = table.df[(table.df["doc_id"] == "dev_07") & (table.df["indicator"] == "export")].iloc[0]
    params = {"ind": "Exports (xuất khẩu)", "status": "Actual (đạt)", "claim": row["claim_id"]}
    open_page(page, dev_server.url + "/claims?" + urlencode(params))
    n = len(D.filter_claims(table.df, D.Filters(indicators=["export"], statuses=["actual"])))
    expect(page.get_by_text(f"{n} of 331 claims match", exact=False)).to_be_visible()
    panel = page.locator(".st-key-source_panel")
    expect(panel.locator("mark.fig")).to_have_text(row["surface"])
    expect(panel).to_contain_text(row["sentence"][:40])
    shot(page, "5_claims_shared_link")
    # The same view, the other page: a timeline link with its filters.
    tl = {"ind": "Imports (nhập khẩu)", "measure": "Change, % (tăng/giảm)"}
    open_page(page, dev_server.url + "/timeline?" + urlencode(tl))
    expect(page.get_by_text("Imports (nhập khẩu)").first).to_be_visible()
    expect(page.get_by_role("radio", name="Change, % (tăng/giảm)")).to_be_checked()
    assert page.locator(POINTS).count() > 3
    shot(page, "6_timeline_imports_change")


def test_sources_document_view_is_inert(page: Page, dev_server, shot):
    open_page(page, dev_server.url + "/sources?doc=zz_hostile")
    expect(page.locator("mark.fig").first).to_have_text("180,5 triệu USD")
    doc = page.locator(".srcdoc")
    expect(doc).to_contain_text("<script>alert('xss')</script>")
    expect(doc).to_contain_text("**số liệu**")
    assert page.locator(".srcdoc script").count() == 0 and page.locator(".srcdoc b").count() == 0
    shot(page, "7_sources_hostile")
    open_page(page, dev_server.url + "/sources?doc=dev_07")
    marks = page.locator(".srcdoc mark.fig")
    expect(marks.first).to_be_visible()
    assert marks.count() >= 10
    marks.first.click()  # each figure links to its row in the claims table
    wait_app(page)
    assert "/claims" in page.url and "claim=dev_07-" in page.url
    expect(page.locator(".st-key-source_panel mark.fig")).to_be_visible()
    shot(page, "8_claims_from_document_link")


def test_dark_theme_timeline(browser, dev_server, shot):
    ctx = browser.new_context(color_scheme="dark", viewport={"width": 1400, "height": 1000})
    page = ctx.new_page()
    try:
        open_page(page, dev_server.url + "/timeline")
        expect(page.locator(POINTS).first).to_be_visible()
        bg = page.evaluate("getComputedStyle(document.querySelector('[data-testid=stApp]')).backgroundColor")
        assert bg != "rgb(255, 255, 255)"
        shot(page, "9_timeline_dark")
        open_page(page, dev_server.url + "/sources?doc=dev_07")
        shot(page, "10_sources_dark")
    finally:
        ctx.close()


ARTICLE = ("Hà Nội, 15/08/2025\n\nTrong 7 tháng đầu năm 2025, kim ngạch thương mại Việt Nam – Lào "
           "đạt 1,3 tỷ USD, tăng 25% so với cùng kỳ năm 2024.\n")


def test_add_articles_then_see_the_figure(page: Page, fresh_server, shot):
    before = fresh_server.csv.read_bytes()
    open_page(page, fresh_server.url + "/add")
    shot(page, "11_add_articles")
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(files=[
        {"name": "thuong-mai-7-thang.txt", "mimeType": "text/plain", "buffer": ARTICLE.encode("utf-8")},
        {"name": "anh.txt", "mimeType": "text/plain", "buffer": bytes(range(256)) * 8},
    ])
    expect(page.get_by_role("button", name="Remove thuong-mai-7-thang.txt")).to_be_visible()
    page.get_by_role("button", name="Add and extract").first.click()
    expect(page.get_by_text(re.compile(r"figure\(s\) added"))).to_be_visible(timeout=60_000)
    expect(page.get_by_text(re.compile(r"anh\.txt: not added"))).to_be_visible()
    expect(page.get_by_test_id("stProgress")).to_be_visible()
    wait_app(page)
    expect(page.get_by_text(re.compile(r"The table now holds \d+ claims from \d+ documents"))).to_be_visible()
    shot(page, "12_add_articles_done")
    assert fresh_server.csv.read_bytes() != before
    assert not (fresh_server.articles / "anh.txt").exists()
    page.get_by_role("link", name="See the timeline").click()
    wait_app(page)
    expect(page.locator(POINTS)).to_have_count(3, timeout=15_000)
    axis = page.locator("[data-testid='stPlotlyChart'] g.xtick text").all_text_contents()
    assert "1–7/2025" in axis
    shot(page, "13_timeline_after_add")


def test_table_built_from_the_dev_docs(page: Page, built_server, shot):
    """The app on the real extractor's table of the 35 dev documents."""
    open_page(page, built_server.url)
    expect(page.get_by_test_id("stMetric").first).to_be_visible()
    shot(page, "14_built_overview")
    open_page(page, built_server.url + "/timeline")
    expect(page.locator(POINTS).first).to_be_visible()
    assert page.locator(POINTS).count() > 10
    page.locator(POINTS).nth(3).click(force=True)
    expect(page.locator(".st-key-source_panel mark.fig")).to_be_visible(timeout=15_000)
    shot(page, "15_built_timeline_clicked")
    open_page(page, built_server.url + "/sources?doc=dev_14")
    expect(page.locator(".srcdoc mark.fig").first).to_be_visible()
    shot(page, "16_built_sources_dev_14")
