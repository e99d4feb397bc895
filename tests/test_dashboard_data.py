"""The dashboard's data layer: loading, periods, filters, overview facts, CSV bytes, figures, text."""
from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard import data as D
from dashboard.figures import HIGHLIGHT_NAME, STATUS_SYMBOL, cap_points, selected_claim, timeline_chart, timeline_charts
from dashboard.formats import format_number, format_value, scale_for
from dashboard.periods import classify, kind_label
from dashboard.text import (document_markup, figure_span, highlight, load_document, safe_url,
                            sentence_markup)

FIX = Path(__file__).parent / "fixtures" / "dashboard"
DEV, SEEDS, ARTICLES = FIX / "dev.csv", FIX / "seeds.csv", FIX / "articles"


@pytest.fixture(scope="module")
def dev() -> D.Table:
    return D.load_claims(DEV)


@pytest.fixture(scope="module")
def seeds() -> D.Table:
    return D.load_claims(SEEDS)


# --- the contract -------------------------------------------------------------------------------


def test_columns_are_the_extractors_contract():
    from extract.model import CLAIM_COLUMNS

    assert D.CLAIM_COLUMNS == CLAIM_COLUMNS


def test_fixture_offsets_point_at_the_surface(dev):
    df = dev.df
    for s, e, s0, sent, surface in zip(df["_start"], df["_end"], df["_sentence_start"], df["sentence"],
                                       df["surface"]):
        assert sent[s - s0:e - s0] == surface


# --- loading ------------------------------------------------------------------------------------


def test_load_dev_fixture(dev):
    assert len(dev.df) == 331 and dev.skipped == 0 and not dev.problems
    assert dev.columns == D.CLAIM_COLUMNS
    assert dev.built_at is not None
    assert set(D.DERIVED) <= set(dev.df.columns)


def test_missing_file_is_an_empty_table(tmp_path):
    t = D.load_claims(tmp_path / "nope.csv")
    assert t.empty and "No claims table" in t.problems[0]


def test_header_only_file_is_empty_without_problems(tmp_path):
    p = tmp_path / "indicators.csv"
    p.write_text(",".join(D.CLAIM_COLUMNS) + "\n", encoding="utf-8")
    t = D.load_claims(p)
    assert t.empty and not t.problems


def test_missing_required_columns_is_reported(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("doc_id,value\na,1\n", encoding="utf-8")
    t = D.load_claims(p)
    assert t.empty and "lacks the required columns" in t.problems[0]


def test_bad_rows_are_skipped_and_counted(tmp_path):
    rows = list(csv.DictReader(SEEDS.open(encoding="utf-8")))
    rows[0]["value"] = "n/a"
    rows[1]["period_start"] = "2019-13-01"
    p = tmp_path / "t.csv"
    with p.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, D.CLAIM_COLUMNS)
        w.writeheader()
        w.writerows(rows)
    t = D.load_claims(p)
    assert t.skipped == 2 and len(t.df) == len(rows) - 2 and "2 rows were skipped" in t.problems[0]


def test_schema_only_table_loads(tmp_path):
    """A table with only SCHEMA.md's 15 columns still loads; claim ids are made up."""
    src = pd.read_csv(SEEDS, dtype=str, keep_default_na=False)[list(D.REQUIRED_COLUMNS)]
    p = tmp_path / "t.csv"
    src.to_csv(p, index=False)
    t = D.load_claims(p)
    assert len(t.df) == 7 and t.df["claim_id"].str.contains("-row").all()
    assert t.columns == D.REQUIRED_COLUMNS


def test_env_var_chooses_the_table(monkeypatch, tmp_path):
    monkeypatch.setenv("INDICATORS_CSV", str(tmp_path / "x.csv"))
    monkeypatch.setenv("ARTICLES_DIR", str(tmp_path / "a"))
    assert D.indicators_path() == tmp_path / "x.csv" and D.articles_dir() == tmp_path / "a"
    monkeypatch.delenv("INDICATORS_CSV")
    assert D.indicators_path() == D.REPO / "data" / "indicators.csv"


def test_signature_changes_when_the_file_changes(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("a\n")
    s1 = D.file_signature(p)
    p.write_text("a,b\n")
    assert D.file_signature(p) != s1


# --- derived columns ------------------------------------------------------------------------------


def test_pairs_are_unordered_and_vietnam_first(dev):
    df = dev.df
    lao_side = df[(df["reporter"] == "LA") & (df["partner"] == "VN")]
    assert len(lao_side) and (lao_side["pair"] == "VN–LA").all()
    assert (lao_side[lao_side["indicator"] == "trade_total"]["direction"] == "VN–LA").all()
    assert (lao_side[lao_side["indicator"] == "export"]["direction"] == "LA→VN").all()
    assert D.default_pair(df) == "VN–LA"
    assert "LA–TH" in D.pairs(df)


@pytest.mark.parametrize("start,end,kind,label", [
    ((2019, 1, 1), (2019, 12, 31), "year", "2019"),
    ((2024, 1, 1), (2024, 3, 31), "quarter", "Q1/2024"),
    ((2022, 1, 1), (2022, 9, 30), "ytd9", "1–9/2022"),
    ((2022, 1, 1), (2022, 6, 30), "ytd6", "1–6/2022"),
    ((2022, 7, 1), (2022, 7, 31), "month", "7/2022"),
    ((2024, 4, 22), (2024, 4, 22), "day", "22/4/2024"),
    ((2016, 1, 1), (2020, 12, 31), "y5", "2016–2020"),
    ((2022, 1, 1), (2025, 9, 30), "m45", "1/2022–9/2025"),
    ((2022, 1, 1), (2022, 2, 20), "span", "1/1–20/2/2022"),
])
def test_period_kinds_and_labels(start, end, kind, label):
    assert classify(date(*start), date(*end)) == (kind, label)


def test_period_labels_have_no_english_month_names(dev):
    labels = " ".join(map(str, dev.df["period_label"].unique()))
    for month in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"):
        assert month not in labels
    assert kind_label("ytd9").startswith("First 9 months")


# --- filters ----------------------------------------------------------------------------------------


def test_filters_combine(dev):
    df = dev.df
    f = D.Filters(indicators=["export"], pair="VN–LA", statuses=["actual"], measure="level")
    out = D.filter_claims(df, f)
    assert len(out) and (out["indicator"] == "export").all() and (out["status"] == "actual").all()
    assert (out["pair"] == "VN–LA").all() and (out["measure"] == "level").all()


def test_year_filter_keeps_overlapping_periods(dev):
    out = D.filter_claims(dev.df, D.Filters(years=(2019, 2019)))
    assert len(out) and ((out["_y1"] >= 2019) & (out["_y0"] <= 2019)).all()
    assert "2016–2020" in set(out["period_label"].astype(str)) or len(out)


def test_text_search_is_case_insensitive_and_literal(dev):
    out = D.filter_claims(dev.df, D.Filters(query="CAO SU"))
    assert len(out) and out["sentence"].str.lower().str.contains("cao su").all()
    assert D.filter_claims(dev.df, D.Filters(query="(")).shape[0] >= 0  # no regex error


def test_doc_and_product_filters(dev):
    out = D.filter_claims(dev.df, D.Filters(doc_ids=["dev_07"]))
    assert set(out["doc_id"].astype(str)) == {"dev_07"}
    prod = D.filter_claims(dev.df, D.Filters(products=True))
    assert len(prod) and (prod["commodity"] != "").all()
    assert (D.filter_claims(dev.df, D.Filters(products=False))["commodity"] == "").all()


def test_describe_is_a_safe_slug():
    f = D.Filters(indicators=["export"], pair="VN–LA", years=(2019, 2024), query="x/y")
    assert f.describe() == "export_VN-LA_2019-2024_search"


# --- overview facts ---------------------------------------------------------------------------------


def test_latest_figures_seed(seeds):
    lf = D.latest_figures(seeds.df, "VN–LA")
    trade = lf[lf["indicator"] == "trade_total"].iloc[0]
    assert trade["period_label"] == "Q1/2024" and trade["_value"] == 476_800_000
    assert trade["change"] == 12 and trade["change_source"] == "stated"
    assert list(lf["indicator"])[:1] == ["trade_total"]


def test_latest_figures_unknown_pair_is_empty(seeds):
    assert D.latest_figures(seeds.df, "XX–YY").empty


def test_documents_summary(dev):
    docs = D.documents(dev.df, ARTICLES)
    assert docs["claims"].sum() == len(dev.df)
    assert docs["has_text"].all()
    assert docs.loc[docs["doc_id"] == "dev_07", "claims"].iloc[0] == (dev.df["doc_id"] == "dev_07").sum()


# --- CSV downloads ----------------------------------------------------------------------------------


def test_csv_bytes_has_bom_and_the_exact_rows(dev):
    sub = D.filter_claims(dev.df, D.Filters(indicators=["trade_total"], pair="VN–LA"))
    data = D.csv_bytes(sub, dev.columns)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert list(back.columns) == list(D.CLAIM_COLUMNS)
    assert back["claim_id"].tolist() == sub["claim_id"].tolist()


def test_full_csv_reproduces_the_file_cells(dev):
    back = pd.read_csv(io.BytesIO(D.csv_bytes(dev.df, dev.columns)), dtype=str, keep_default_na=False,
                       encoding="utf-8-sig")
    orig = pd.read_csv(DEV, dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(back, orig)


def test_display_frame_formats(seeds):
    disp = D.display_frame(seeds.df)
    first = disp.iloc[0]
    assert first["figure"] == "1,1–1,2 tỷ USD" and first["period"] == "2019"
    assert first["indicator"].startswith("Trade turnover") and first["status"] == "Estimate (ước tính)"
    assert list(disp.columns[:2]) == ["figure", "period"] and set(D.CLAIM_COLUMNS) <= set(disp.columns)


# --- formats ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("args,kw,expected", [
    ((476_800_000,), {"unit": "USD"}, "476,8 triệu USD"),
    ((1_150_000_000, 1_100_000_000, 1_200_000_000), {"unit": "USD"}, "1,1–1,2 tỷ USD"),
    ((3_400_000_000_000,), {"unit": "LAK"}, "3,4 nghìn tỷ kíp"),
    ((-9.2,), {"unit": "percent", "signed": True}, "-9,2%"),
    ((12.6,), {"unit": "percent", "signed": True}, "+12,6%"),
    ((245,), {"unit": "count"}, "245"),
    ((3,), {"unit": "rank"}, "no. 3"),
])
def test_format_value(args, kw, expected):
    assert format_value(*args, **kw) == expected


def test_format_number_and_scale():
    assert format_number(1234567) == "1.234.567"
    assert scale_for("USD", 5e8) == (1e6, "triệu USD")
    assert scale_for("percent", 3) == (1.0, "%")


# --- figures ------------------------------------------------------------------------------------


def _trade(table, **kw):
    return D.filter_claims(table.df, D.Filters(indicators=["trade_total"], pair="VN–LA", measure="level", **kw))


def test_seed_timeline_has_both_trade_points_in_separate_series(seeds):
    charts = timeline_charts(_trade(seeds))
    assert [c.unit for c in charts] == ["USD"]
    fig = charts[0].figure
    markers = [t for t in fig.data if t.mode == "markers"]
    assert len(markers) == 2  # a year (estimate) and a quarter (actual): never one line
    assert not [t for t in fig.data if t.mode == "lines"]
    names = sorted(t.name for t in markers)
    assert names == ["Trade turnover VN–LA · Quarter — actual", "Trade turnover VN–LA · Year — estimate"]
    est = next(t for t in markers if "estimate" in t.name)
    assert est.marker.symbol == STATUS_SYMBOL["estimate"] == "circle-open"
    assert est.error_y.array[0] == pytest.approx(0.05) and est.error_y.arrayminus[0] == pytest.approx(0.05)
    assert fig.layout.separators == ",." and fig.layout.yaxis.title.text == "tỷ USD"
    assert list(fig.layout.xaxis.ticktext) == ["2019", "Q1/2024"]
    assert est.customdata[0][0] == seeds.df.iloc[0]["claim_id"]
    assert "%{customdata[5]}" in est.hovertemplate


def test_the_opened_claim_is_ringed_on_top_and_clicks_through(seeds):
    quarter = seeds.df[seeds.df["period_label"] == "Q1/2024"]["claim_id"].iloc[0]
    fig = timeline_charts(_trade(seeds), highlight=quarter)[0].figure
    ring = fig.data[-1]
    assert ring.name == HIGHLIGHT_NAME and ring.marker.symbol == "circle-open"
    assert [row[0] for row in ring.customdata] == [quarter]  # a click on the ring is a click on it
    point = next(t for t in fig.data if "Quarter" in (t.name or ""))
    assert (ring.x[0], ring.y[0]) == (point.x[0], point.y[0])
    # another pair's claim, or none: no ring
    assert HIGHLIGHT_NAME not in {t.name for t in timeline_charts(_trade(seeds), highlight="nope")[0].figure.data}
    assert HIGHLIGHT_NAME not in {t.name for t in timeline_charts(_trade(seeds))[0].figure.data}


def test_the_opened_claim_survives_the_point_cap(dev):
    sub = _trade(dev)[lambda d: d["unit"] == "USD"]
    oldest = sub.sort_values("_doc_date", na_position="first")["claim_id"].iloc[0]
    capped = cap_points(sub, 3)
    assert oldest not in set(capped["claim_id"]), "the cap should drop it without the highlight"
    chart = timeline_charts(D.narrow(sub), source=dev.df, max_points=3, highlight=oldest)[0]
    assert chart.figure.data[-1].name == HIGHLIGHT_NAME
    assert chart.figure.data[-1].customdata[0][0] == oldest


def test_two_sources_for_one_period_are_both_drawn(dev):
    sub = _trade(dev)[lambda d: d["unit"] == "USD"]
    dup = sub.groupby(["direction", "period_label", "status"], observed=True).filter(lambda g: g["_value"].nunique() > 1)
    assert len(dup) >= 2, "the fixture should hold two figures for one period"
    fig = timeline_chart(sub, "USD").figure
    ids = {row[0] for t in fig.data if t.mode == "markers" for row in t.customdata}
    assert set(dup["claim_id"]) <= ids


def test_series_never_mix_period_kinds(dev):
    fig = timeline_chart(_trade(dev)[lambda d: d["unit"] == "USD"], "USD").figure
    kinds = dev.df.set_index("claim_id")["period_kind"].astype(str)
    for t in fig.data:
        if t.mode == "markers":
            assert len({kinds[row[0]] for row in t.customdata}) == 1


def test_hover_text_is_escaped(dev):
    sub = D.filter_claims(dev.df, D.Filters(doc_ids=["zz_hostile"]))
    fig = timeline_chart(sub, "USD").figure
    blob = json.dumps([list(map(str, r)) for t in fig.data for r in (t.customdata or [])])
    assert "<script>" not in blob and "&lt;script&gt;" in blob


def test_many_years_get_year_ticks(dev):
    fig = timeline_chart(_trade(dev)[lambda d: d["unit"] == "USD"], "USD").figure
    assert all(t.isdigit() for t in fig.layout.xaxis.ticktext)


def test_crowded_period_labels_fall_back_to_years(dev):
    sub = D.filter_claims(dev.df, D.Filters(indicators=["import"], pair="VN–LA", measure="change_pct",
                                            products=False))
    fig = timeline_chart(sub, "percent").figure
    assert all(t.isdigit() for t in fig.layout.xaxis.ticktext)


def test_rank_axis_is_reversed(dev):
    sub = D.filter_claims(dev.df, D.Filters(indicators=["investor_rank"]))
    fig = timeline_chart(sub, "rank").figure
    assert fig.layout.yaxis.autorange == "reversed"


def test_cap_points(dev):
    sub = pd.concat([dev.df] * 20, ignore_index=True)
    capped = cap_points(sub, 500)
    assert len(capped) <= 500


def test_selected_claim_reads_plotly_events():
    assert selected_claim({"selection": {"points": [{"customdata": ["c1", "x"]}]}}) == "c1"
    assert selected_claim({"selection": {"points": []}}) is None
    assert selected_claim(None) is None


# --- text -------------------------------------------------------------------------------------------


def test_highlight_escapes_everything():
    out = highlight("<script>x</script> 5 tỷ", 19, 23)
    assert "<script>" not in out and '<mark class="fig">5 tỷ</mark>' in out


def test_sentence_markup_from_offsets(dev):
    row = D.claim_row(dev.df, dev.df.iloc[0]["claim_id"])
    a, b = figure_span(row)
    assert row["sentence"][a:b] == row["surface"]
    assert f'<mark class="fig">{row["surface"]}</mark>' in sentence_markup(row)


def test_hostile_document_is_inert(dev):
    claims = dev.df[dev.df["doc_id"] == "zz_hostile"]
    doc = load_document(ARTICLES, "zz_hostile", claims)
    assert doc.exact
    markup = document_markup(doc.text, claims)
    assert "<script>" not in markup and "&lt;script&gt;" in markup and "<b>" not in markup
    assert 'href="claims?claim=' in markup


def test_document_text_matches_offsets_for_every_fixture_doc(dev):
    for doc_id, claims in dev.df.groupby("doc_id", observed=True):
        assert load_document(ARTICLES, str(doc_id), claims).exact, doc_id


def test_missing_document_text(dev, tmp_path):
    doc = load_document(tmp_path, "dev_07", dev.df[dev.df["doc_id"] == "dev_07"])
    assert doc.text == "" and doc.path is None


def test_safe_url():
    assert safe_url("javascript:alert(1)") is None and safe_url("http://x.vn/a") == "http://x.vn/a"


# --- download bundle ------------------------------------------------------------------------------


def test_bundle_holds_rows_sources_dictionary_and_readme(dev):
    import io
    import json
    import zipfile
    from datetime import datetime, timezone

    from dashboard.bundle import COLUMN_DESCRIPTIONS, bundle_zip

    assert set(COLUMN_DESCRIPTIONS) == set(D.CLAIM_COLUMNS) and all(COLUMN_DESCRIPTIONS.values())
    rows = D.filter_claims(dev.df, D.Filters(indicators=["export"], pair="VN–LA"))
    when = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
    data = bundle_zip(rows, filters="export_VN-LA", generated=when)
    assert data == bundle_zip(rows, filters="export_VN-LA", generated=when)  # same input, same bytes
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert sorted(archive.namelist()) == ["README.md", "claims.csv", "metadata.json", "sources.csv"]
    claims = archive.read("claims.csv")
    assert claims == D.csv_bytes(rows)  # the same bytes as the CSV download
    back = pd.read_csv(io.BytesIO(claims), dtype=str, encoding="utf-8-sig")
    assert back["claim_id"].tolist() == rows["claim_id"].astype(str).tolist()
    sources = pd.read_csv(io.BytesIO(archive.read("sources.csv")), dtype=str, encoding="utf-8-sig")
    assert set(sources["doc_id"]) == set(rows["doc_id"].astype(str))
    assert sources["claims"].astype(int).sum() == len(rows)
    meta = json.loads(archive.read("metadata.json"))
    assert (meta["rows"], meta["filters"], meta["generated"]) == (len(rows), "export_VN-LA",
                                                                  "2026-11-25T12:00:00+00:00")
    assert [c["name"] for c in meta["columns"]] == list(D.CLAIM_COLUMNS)
    readme = archive.read("README.md").decode("utf-8")
    assert f"{len(rows):,} figures" in readme and "export_VN-LA" in readme
    assert "- `surface`: The figure exactly as printed" in readme


def test_bundle_of_no_rows_is_still_a_valid_archive(dev):
    import io
    import zipfile

    from dashboard.bundle import bundle_zip

    archive = zipfile.ZipFile(io.BytesIO(bundle_zip(dev.df.iloc[:0])))
    assert "0 figures read from 0 news articles" in archive.read("README.md").decode("utf-8")
