"""Words the pages show: English first, the Vietnamese term analysts search by beside it."""
from __future__ import annotations

INDICATOR_LABELS: dict[str, str] = {
    "trade_total": "Trade turnover (kim ngạch thương mại)",
    "export": "Exports (xuất khẩu)",
    "import": "Imports (nhập khẩu)",
    "investment_capital": "Investment capital (vốn đầu tư)",
    "investment_projects": "Investment projects (dự án đầu tư)",
    "investor_rank": "Investor rank (xếp hạng nhà đầu tư)",
    "aid": "Aid and grants (viện trợ)",
}
# The overview's card order; other keys follow alphabetically.
MAIN_INDICATORS = tuple(INDICATOR_LABELS)

STATUS_LABELS: dict[str, str] = {
    "actual": "Actual (đạt)",
    "estimate": "Estimate (ước tính)",
    "forecast": "Forecast (dự kiến)",
    "target": "Target (mục tiêu)",
}
STATUSES = tuple(STATUS_LABELS)

MEASURE_LABELS: dict[str, str] = {
    "level": "Level (giá trị)",
    "change_pct": "Change, % (tăng/giảm)",
}

COUNTRY_NAMES: dict[str, str] = {
    "VN": "Vietnam", "LA": "Laos", "KH": "Cambodia", "CN": "China", "TH": "Thailand",
    "MM": "Myanmar", "US": "United States", "JP": "Japan", "KR": "South Korea",
    "SG": "Singapore", "MY": "Malaysia", "ID": "Indonesia", "PH": "Philippines",
    "IN": "India", "AU": "Australia", "FR": "France", "DE": "Germany", "RU": "Russia",
}

# Columns of the claims table with the header the claims page shows.
COLUMN_LABELS: dict[str, str] = {
    "doc_id": "Document",
    "indicator": "Indicator",
    "measure": "Measure",
    "value": "Value",
    "value_low": "Low",
    "value_high": "High",
    "unit": "Unit",
    "period_start": "Period start",
    "period_end": "Period end",
    "status": "Status",
    "reporter": "Reporter",
    "partner": "Partner",
    "commodity": "Product (mặt hàng)",
    "sentence": "Source sentence (câu nguồn)",
    "doc_date": "Published",
    "claim_id": "Claim id",
    "surface": "As printed",
    "start": "Start",
    "end": "End",
    "sentence_start": "Sentence start",
    "sentence_end": "Sentence end",
    "period_text": "Period as written",
    "rule": "Rule",
    "doc_title": "Title",
    "doc_url": "URL",
}


def indicator_label(key: str) -> str:
    """The label of an indicator key; unknown keys get a readable form.

    >>> indicator_label("export"), indicator_label("gdp_growth")
    ('Exports (xuất khẩu)', 'Gdp growth')
    """
    return INDICATOR_LABELS.get(key, key.replace("_", " ").capitalize())


def status_label(key: str) -> str:
    return STATUS_LABELS.get(key, key)


def country_name(code: str) -> str:
    return COUNTRY_NAMES.get(code, code)


def pair_label(pair: str) -> str:
    """The label of an unordered country pair.

    >>> pair_label("VN–LA")
    'Vietnam – Laos (VN–LA)'
    """
    a, _, b = pair.partition("–")
    return f"{country_name(a)} – {country_name(b)} ({pair})" if b else pair
