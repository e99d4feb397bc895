"""A download that explains itself: the rows, their sources, a data dictionary and a README.

After OWID's chart downloads (a ZIP of the CSV, ``metadata.json`` and a README): a CSV alone
loses what the columns mean, which filters made it and where each figure was quoted from.

    claims.csv      the rows, exactly as ``csv_bytes`` writes them (UTF-8 with BOM)
    sources.csv     one row per article the rows were read from: title, date, URL, claims
    metadata.json   when, from which table, which filters, row counts, the column dictionary
    README.md       the same for a person, with how to cite and what to check

No Streamlit here: the pages call ``bundle_zip`` and the tests read the archive back.
"""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from typing import Iterable, Optional

import pandas as pd

from .data import CLAIM_COLUMNS, csv_bytes, documents

# What each column of the table holds: the data dictionary of every bundle.
COLUMN_DESCRIPTIONS: dict[str, str] = {
    "doc_id": "Id of the article the figure was read from (its file name without extension).",
    "indicator": "What was measured: trade_total, export, import, investment_projects, "
                 "investment_capital, investor_rank, aid (other keys are kept for context).",
    "measure": "level (an amount, count or rank) or change_pct (a growth rate in percent).",
    "value": "The figure as a plain number: units, not millions (1,1 tỷ USD -> 1100000000). "
             "For a range, its midpoint.",
    "value_low": "Low end of a range ('từ 1,1 đến 1,2 tỷ'); equal to value otherwise.",
    "value_high": "High end of a range; equal to value otherwise.",
    "unit": "USD, VND, LAK; count (projects); percent (change_pct); rank.",
    "period_start": "First day of the period the figure covers (ISO date).",
    "period_end": "Last day of that period; a stock 'as of' a date has start = end = that date "
                  "or the period it accumulates over.",
    "status": "actual, estimate (ước), forecast (dự kiến) or target (mục tiêu, kế hoạch).",
    "reporter": "ISO 3166 code of the country whose flow or statistics it is (exports of VN …).",
    "partner": "ISO 3166 code of the other country.",
    "commodity": "Product for product-level trade ('xăng dầu', 'cao su'), as written; "
                 "empty for totals.",
    "sentence": "The sentence the figure was read from, verbatim.",
    "doc_date": "Publication date of the article, when known.",
    "claim_id": "Stable id of the claim: document id plus a hash of what the claim says.",
    "surface": "The figure exactly as printed in the article.",
    "start": "Character offset of the figure in the article's normalised (NFC) text.",
    "end": "End offset of the figure: text[start:end] == surface.",
    "sentence_start": "Character offset of the sentence in the article's text.",
    "sentence_end": "End offset of the sentence: text[sentence_start:sentence_end] == sentence.",
    "period_text": "The words the period was read from, or how it was inferred.",
    "rule": "Name of the extraction rule that read the figure: a wrong row leads to its rule.",
    "doc_title": "Title of the article.",
    "doc_url": "Address of the article, when known.",
}

README = """# {title}

{rows:,} figures read from {docs:,} news articles, downloaded {generated} from `{table}`.
Filters: {filters}.

| file | what |
|---|---|
| `claims.csv` | one row per figure (UTF-8 with BOM; numbers plain, `.` as the decimal point; dates ISO) |
| `sources.csv` | the articles the figures were read from: id, title, publication date, URL, figures |
| `metadata.json` | the same facts as this file, and the column dictionary, for programs |

## What a row is

One quantitative claim made by one sentence of one article: an amount, count, rank or growth
rate, with its period, status (actual, estimate, forecast, target) and the two countries. The
figures are read by rules from Vietnamese news text, not taken from official statistics: two
articles may give different figures for the same period, and each is kept as printed.

## Check a figure before you quote it

Every row keeps the verbatim `sentence` it was read from and the printed `surface` of the
figure; `start`/`end` locate it in the article. Read the sentence: it is the authority, and the
`rule` column names the rule that read it if something looks wrong.

## How to cite

Cite the article, not this file: its title, publisher and date are in `sources.csv`
(`doc_title`, `doc_url`, `doc_date`). For example: "{example}".

## Columns

{columns}
"""


def _columns_md(columns: Iterable[str]) -> str:
    return "\n".join(f"- `{c}`: {COLUMN_DESCRIPTIONS.get(c, '')}" for c in columns)


def bundle_zip(rows: pd.DataFrame, *, columns: Iterable[str] = CLAIM_COLUMNS, filters: str = "none",
               table: str = "data/indicators.csv", generated: Optional[datetime] = None,
               title: str = "Figures from Vietnamese economic news") -> bytes:
    """The ZIP archive of ``rows`` (a slice of the loaded table) with its sources and README.
    The same rows, filters and ``generated`` time give the same bytes."""
    generated = generated or datetime.now().astimezone()
    cols = [c for c in columns if c in rows.columns]
    sources = documents(rows)[["doc_id", "doc_title", "doc_date", "doc_url", "claims"]]
    stamp = generated.isoformat(timespec="seconds")
    example = "no article"
    if len(sources):
        first = sources.iloc[0]
        example = ", ".join(str(x) for x in (first["doc_title"] or first["doc_id"], first["doc_date"],
                                             first["doc_url"]) if str(x) and str(x) != "nan")
    metadata = {
        "title": title,
        "generated": stamp,
        "table": table,
        "filters": filters,
        "rows": int(len(rows)),
        "documents": int(len(sources)),
        "period": ([str(rows["period_start"].astype(str).min()), str(rows["period_end"].astype(str).max())]
                   if len(rows) else None),
        "files": {"claims.csv": "one row per figure", "sources.csv": "one row per article",
                  "README.md": "the same, for a person"},
        "columns": [{"name": c, "description": COLUMN_DESCRIPTIONS.get(c, "")} for c in cols],
    }
    readme = README.format(title=title, rows=len(rows), docs=len(sources), generated=stamp,
                           table=table, filters=filters, example=example,
                           columns=_columns_md(cols))
    when = generated.timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in (("README.md", readme.encode("utf-8")),
                           ("claims.csv", csv_bytes(rows, cols)),
                           ("sources.csv", sources.to_csv(index=False, lineterminator="\n")
                            .encode("utf-8-sig")),
                           ("metadata.json", json.dumps(metadata, ensure_ascii=False, indent=1)
                            .encode("utf-8"))):
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out.getvalue()
