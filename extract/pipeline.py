"""The pipeline: normalise -> sentences -> mentions -> period -> indicator/countries -> claims.

Every stage is a pure function of the document; the only state is the reading context that
a news article builds up as it goes (the year in view, the last period stated, the trade
direction of the paragraph), and it lives in a ``Context`` made fresh for each document.
"""
from __future__ import annotations

import bisect
import contextvars
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Optional

from .mentions import Mention, find_mentions
from .model import CONTRACT_CURRENCIES, Claim, Document
from .tables import cell_mentions, header_columns, is_table_mention, money_unit, row_cells
from .periods import Period, find_periods
from .sentences import split_sentences
from .vocab import (COMMODITY_RE, COUNTRY_RE, EXCLUSIONS, INDICATOR_CUES, ORGANISATION_RE,
                    STATUS_CUES, country_of, is_place)

_HERE = Path(__file__).parent


def _version() -> str:
    h = hashlib.sha1()
    for p in sorted(_HERE.rglob("*")):
        if p.suffix in {".py", ".csv", ".json", ".txt"} and "__pycache__" not in p.parts:
            h.update(p.relative_to(_HERE).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


# Changes whenever any rule, lexicon file or the model changes: caches key on it.
EXTRACTOR_VERSION = _version()

I = re.IGNORECASE
FLOWS = {"trade_total", "export", "import"}
STOCKS = {"investment_projects", "investment_capital", "investor_rank"}

# Blocks of links to other stories: nothing after such a heading belongs to the article.
_RELATED = re.compile(r"^\s*(?:tin liên quan|tin khác|tin cùng chuyên mục|cùng chuyên mục|"
                      r"đọc thêm|xem thêm|bài liên quan|các tin khác|tin mới|tin đã đưa)\s*:?\s*$",
                      I | re.M)
_GROWTH = re.compile(r"(?:tăng|giảm|nhích|sụt|hạ|cao hơn|thấp hơn|đi xuống|đi lên|tăng trưởng|"
                     r"mức tăng|mức giảm|âm|dương|tăng thêm|lên|xuống)"
                     r"(?:[\s,]+(?:nhẹ|mạnh|vọt|tới|đến|khoảng|gần|hơn|trên|chừng|xấp xỉ|lần lượt|"
                     r"thêm|trưởng|ở mức|được|khá|sâu|lên|mạnh mẽ|đột biến|nhất|nhanh|"
                     r"nhanh nhất|mạnh nhất|tương ứng))*\s*$", I)
_NEGATIVE = re.compile(r"giảm|sụt|thấp hơn|hạ|đi xuống|âm|xuống", I)
_BASE_LEVEL = re.compile(r"(?:so với) (?:mức |con số )?(?:\w+ ){0,2}$|\(khi đó(?: chỉ)?(?: đạt)? $|"
                         r"thấp hơn (?:mức )?$|cao hơn (?:mức )?$", I)
_EXCHANGE = re.compile(r"\s*(?:đổi(?: được)?|ăn|=|≈)\s*(?:khoảng |gần |hơn |trên |xấp xỉ )?\d", I)
_ABS_CHANGE = re.compile(r"(?:tăng|giảm|thêm|hụt|nhiều hơn|ít hơn|cao hơn|thấp hơn|chênh(?: lệch)?|"
                         r"khoảng chênh|mức chênh)(?: thêm)?(?: khoảng| gần| hơn| trên| chừng| xấp xỉ)?\s*$",
                         I)
_INVEST_CONTEXT = re.compile(r"đầu tư|nhà đầu tư|vốn|cấp phép|cấp mới|hiệu lực|dự án mới|"
                             r"đang hoạt động|đang vận hành|triển khai", I)
_RANK_OK = re.compile(r"nhà đầu tư|(?:trong|về) (?:lĩnh vực )?đầu tư (?:tại|vào)|"
                      r"(?:quốc gia|nước|nền kinh tế)(?: và vùng lãnh thổ)? (?:có )?(?:vốn )?đầu tư (?:vào|tại)|quốc gia(?:/| và |, )vùng lãnh thổ(?: có)?(?: dự án| (?:vốn )?đầu tư)|"
                      r"các nước đầu tư|dòng vốn (?:ngoại|nước ngoài|FDI)|"
                      r"(?:về|trong) (?:tổng )?vốn (?:FDI|đầu tư(?: trực tiếp)?(?: nước ngoài)?)", I)
_RANK_BAD = re.compile(r"đối tác|thị trường|địa bàn|điểm đến|nhận (?:đầu tư|vốn)|bạn hàng|"
                       r"ASEAN|nhóm|tốp|top|mặt hàng|nhận vốn|về tốc độ", I)
_PROJECT_BAD = re.compile(r"^\s*(?:khác |đã |cũ )?(?:được )?(?:điều chỉnh|tăng vốn)|^\s*(?:viện trợ|hỗ trợ|phát triển|ODA)", I)
_WORLD = re.compile(r"(?:của|từ) \d+ quốc gia|\d+ quốc gia và vùng lãnh thổ", I)


@dataclass
class Context:
    """What the reader knows at a point of the article."""

    doc_date: Optional[date]
    year: Optional[int] = None  # the year in view
    year_explicit: bool = False  # came from the text rather than the document date
    year_relative: bool = False  # came from "năm ngoái"/"năm nay": count from the document date
    anchor_year: Optional[int] = None  # the year of the first period the article states
    period: Optional[tuple[date, date]] = None  # last flow period stated
    period_text: str = ""
    flow: Optional[tuple[str, str, str]] = None  # last (indicator, reporter, partner) of a flow
    pair: tuple[str, str] = ("VN", "LA")
    topic: str = ""  # the indicator the article was last talking about
    sentence_period: Optional[tuple[date, date]] = None  # the figure's period in this sentence
    rank_period: Optional[tuple[tuple[date, date], str]] = None
    rank_host: str = ""
    rank_recent: bool = False  # the last sentence placed an investor in a ranking
    sentence_has_rank: bool = False  # the sentence being read has a rank word
    stock_period: Optional[tuple[tuple[date, date], str]] = None  # last as-of date of a stock
    stock_age: int = 0  # sentences since it was stated
    last_day: Optional[Period] = None  # the last day named ("Chiều 15/9"), for "Cùng ngày"
    last_period: tuple = (None, "")  # the period of the last sentence, asides included
    main_period: Optional[tuple] = None  # the article's period when the last one is an aside
    aside_end: int = -1  # where the sentence stating that aside ends
    table: list = field(default_factory=list)  # columns of the table being read (tables.Column)
    table_indicator: str = ""  # what the table's caption names ("Một số mặt hàng xuất khẩu …")
    table_host: str = ""  # the country the caption names, whose partners the rows may be
    table_flow: tuple = ()  # (reporter, partner) of the caption's flow ("xuất khẩu sang Campuchia")
    table_products: bool = False  # the rows are products ("Mặt hàng" heads the first column)
    table_row: tuple = ()  # (label, start, end) of the row being read
    table_cells: dict = field(default_factory=dict)  # figure start -> its column
    table_unit: Optional[tuple] = None  # (scale, currency) a caption row gave the whole table
    table_caption: tuple = (0, 0)  # the caption row's span
    prev_sentence: tuple = (0, 0)
    partner_host: str = ""  # whose trading partners are being listed ("đối tác … của Lào")
    partner_host_age: int = 9  # sentences since it was named or last used
    world: bool = False  # the last sentence was about a country's trade with the world
    world_investment: bool = False  # … or about all foreign investment in a country


@dataclass
class Draft:
    """A claim being assembled from one mention."""

    mention: Mention
    indicator: str = ""
    measure: str = "level"
    reporter: str = ""
    partner: str = ""
    commodity: str = ""
    status: str = "actual"
    period: Optional[tuple[date, date]] = None
    period_text: str = ""
    period_source: str = ""  # "sentence" | "carried" | "document date"
    sign: int = 1
    is_base: bool = False  # a base level quoted inside a comparison
    period_right_after: bool = False  # "5 tỷ USD vào năm 2030": the period follows the figure
    implied_base: bool = False  # "từ X lên Y": X is the same period a year earlier
    fixed_period: Optional[tuple[date, date]] = None  # set by "lần lượt" pairing
    attached: Optional["Draft"] = None  # the level a growth rate belongs to
    inherits: Optional["Draft"] = None  # the level whose indicator a growth rate shares


# A document with none of these words has no figure a rule could read: most news is skipped here.
_FIGURE_WORDS = re.compile(r"%|phần trăm|USD|US\$|đô|đồng|VN[DĐ]|kíp|LAK|baht|bạt|nhân dân tệ|riel|"
                           r"dự án|thứ|dẫn đầu|đứng đầu|lớn nhất|số một", re.I)


def extract_document(doc: Document) -> list[Claim]:
    """All claims of one document. Pure: same document, same claims, same order."""
    text = doc.text
    if not _FIGURE_WORDS.search(text):
        return []
    token = _DOC_COUNTRIES.set(_CountryIndex(text))
    try:
        return _extract(doc)
    finally:
        _DOC_COUNTRIES.reset(token)


def _extract(doc: Document) -> list[Claim]:
    text = doc.text
    end_of_article = _article_end(text)
    sentences = [(a, b) for a, b in split_sentences(text) if a < end_of_article]
    ctx = Context(doc_date=doc.doc_date, pair=_dominant_pair(text, end_of_article))
    if doc.doc_date:
        ctx.year = doc.doc_date.year
    else:
        ctx.year = _first_year(text[:end_of_article])
        ctx.year_explicit = ctx.year is not None
    drafts: list[tuple[Draft, tuple[int, int]]] = []
    for a, b in sentences:
        for d in _sentence_drafts(text, a, b, ctx):
            drafts.append((d, (a, b)))
    claims = [_checked_claim(doc, d, span) for d, span in drafts]
    return _dedupe([c for c in claims if c is not None], drafts)


def extract_text(text: str, doc_id: str = "text", doc_date: Optional[date] = None,
                 title: str = "", url: str = "") -> list[Claim]:
    text = unicodedata.normalize("NFC", text)
    return extract_document(Document(doc_id=doc_id, text=text, doc_date=doc_date,
                                     title=title, url=url))


# --- document-level helpers -------------------------------------------------------------


def _article_end(text: str) -> int:
    m = _RELATED.search(text)
    return m.start() if m else len(text)


def _dominant_pair(text: str, end: int) -> tuple[str, str]:
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for x, _, c in _countries(text, 0, end):
        counts[c] = counts.get(c, 0) + 1
        first.setdefault(c, x)
    # the most named partner; of two named as often, the one named first
    others = sorted(((n, c) for c, n in counts.items() if c != "VN"), key=lambda x: (-x[0], first[x[1]]))
    vn = counts.get("VN", 0)
    if len(others) >= 2 and others[1][0] > vn:  # a Laos–Thailand story: Vietnam is a bystander
        return (others[0][1], others[1][1])
    return ("VN", others[0][1] if others else "LA")


def _first_year(text: str) -> Optional[int]:
    for p in find_periods(text, 0, len(text)):
        if p.year and not p.is_base and p.kind != "day":
            return p.year
    return None


# --- sentence stage ---------------------------------------------------------------------


def _sentence_drafts(text: str, a: int, b: int, ctx: Context) -> list[Draft]:
    _note_partner_host(text, a, b, ctx)
    mentions = find_mentions(text, a, b) + _table_mentions(text, a, b, ctx)
    mentions.sort(key=lambda x: x.start)
    periods = _localise_years(find_periods(text, a, b), ctx)
    cues = _cues(text, a, b, ctx)
    if not mentions:
        _world_from(text, a, b, ctx)
        _advance_context(text, a, b, periods, cues, [], ctx)
        return []
    # Figures bound each other's context; rank words and bare counts do not.
    figures = [m for m in mentions if m.kind in ("money", "percent")]
    world = _world_from(text, a, b, ctx)
    drafts: list[Draft] = []
    dropped: list[Mention] = []
    for m in mentions:
        prev_end = max([f.end for f in figures if f.end <= m.start], default=a)
        next_start = min([f.start for f in figures if f.start >= m.end], default=b)
        d = None
        if m.start < world or _BILATERAL_AFTER.search(text, world, m.start):
            d = _classify(text, a, b, m, prev_end, next_start, cues, ctx)
        if d is not None and m.kind == "money" and any(
                x.end <= m.start and re.fullmatch(
                    r"\s*(?:đổi(?: được)?|=|/|tương đương|và|,)\s*(?:khoảng|gần|hơn|trên)?\s*",
                    text[x.end:m.start], I) for x in dropped):
            d = None  # "21.500 kíp đổi 1 USD": an exchange rate, not a flow
        if d is not None and m.kind == "percent" and any(
                x.end <= m.start and len(text[x.end:m.start]) < 20 and ";" not in
                text[x.end:m.start] and x.kind == "money" for x in dropped):
            d = None  # the growth of a figure that is not a claim ("550,7 USD/tấn, tăng 25,28%")
        if d is not None:
            drafts.append(d)
        elif m.kind in ("money", "percent"):
            dropped.append(m)
    _attach_growth(text, drafts, cues, periods)
    for g in drafts:
        if g.attached is not None and not g.attached.commodity and g.commodity \
                and g.mention.start < g.attached.mention.start:
            g.attached.commodity = g.commodity  # "xăng dầu tăng 142,3% lên 8,8 triệu USD"
    levels = [d for d in drafts if d.measure == "level" and not d.is_base]
    for d in drafts:
        if d.is_base:
            prior = [l for l in levels if l.mention.end <= d.mention.start]
            later = [l for l in levels if l.mention.start >= d.mention.end]
            if prior or later:  # "… so với mức 491 triệu USD của cùng kỳ 2024": the same flow
                src = prior[-1] if prior else later[0]
                if d.implied_base and later:  # "từ 1,2 tỷ USD lên 2,7 tỷ USD": Y's flow
                    src = later[0]
                d.indicator, d.reporter, d.partner = src.indicator, src.reporter, src.partner
                d.commodity = src.commodity
    for d in drafts:
        if d.indicator == "investment_capital" and d.measure == "level" and not d.is_base:
            counts = [c for c in drafts if c.indicator == "investment_projects"
                      and c.mention.end <= d.mention.start
                      and ";" not in text[c.mention.end:d.mention.start]]
            between = [x for x in drafts if x.mention.kind == "money"
                       and counts and counts[-1].mention.end <= x.mention.start < d.mention.start]
            if counts and not between and re.search(
                    r"với (?:tổng )?(?:số )?vốn", text[counts[-1].mention.end:d.mention.start], I):
                d.reporter, d.partner = counts[-1].reporter, counts[-1].partner
    for prev, d in zip(drafts, drafts[1:]):
        if prev.measure == d.measure == "level" and prev.mention.kind == d.mention.kind == "money" \
                and re.fullmatch(r"\s*\(\s*(?:tương đương|tức|khoảng|gần|hơn|~|≈)?\s*(?:với\s+)?"
                                 r"(?:khoảng|gần|hơn|trên)?\s*", text[prev.mention.end:d.mention.start], I):
            # "196,5 triệu USD (tương đương khoảng 4.760 tỷ đồng)": the same figure, another currency
            d.indicator, d.reporter, d.partner = prev.indicator, prev.reporter, prev.partner
            d.commodity, d.is_base = prev.commodity, prev.is_base
    _ranks_in_order(text, a, b, drafts, ctx)
    _respectively(text, a, b, drafts, periods, ctx)
    ctx.sentence_has_rank = any(m.kind == "rank" for m in mentions)
    for d in sorted(drafts, key=lambda d: d.measure != "level"):
        if d.measure == "change_pct" and (d.attached or d.inherits):
            src = d.attached or d.inherits
            d.indicator, d.reporter, d.partner = src.indicator, src.reporter, src.partner
            d.commodity = d.commodity or src.commodity
        _assign_status(text, a, d)
        if d.attached is not None and d.status == "actual":
            d.status = d.attached.status
        _assign_period(text, a, b, d, periods, ctx)
        if d.period is not None and (d.status in ("forecast", "target")
                                     or d.period_source not in ("sentence",)) \
                and _vague_time(text, a, b, d.mention, d.period_right_after):
            d.period = None  # "lên 5 tỷ USD trong 2 – 3 năm tới": no period to give it
    _advance_context(text, a, b, periods, cues, drafts, ctx)
    return [d for d in drafts if d.indicator and d.period is not None]


_TOTAL_ROW = re.compile(r"\W*(?:tổng|cộng|toàn|các mặt hàng khác|hàng hóa khác|khác\b|thế giới)", I)
_PRODUCT_HEAD = re.compile(r"mặt hàng|nhóm hàng|sản phẩm|hàng hóa", I)


def _table_mentions(text: str, a: int, b: int, ctx: Context) -> list[Mention]:
    """Figures of a table row whose unit is in the header (see ``extract.tables``); keeps the
    header, caption and row label in the context for the row's classification."""
    cells = row_cells(text, a, b)
    ctx.table_row = ()
    if cells is None:
        ctx.table, ctx.table_unit, ctx.table_caption = [], None, (0, 0)
        return []
    if not cells:
        return []  # "|---|---|"
    if sum(1 for c in cells if c[2]) == 1:
        # a caption row ("| Thương mại của Campuchia …, 5 tháng đầu năm 2025 (triệu USD) | | |")
        ctx.table, ctx.table_unit, ctx.table_caption = [], money_unit(cells[0][2]), (a, b)
        return []
    columns = header_columns(cells, ctx.table_unit)
    if columns:
        ctx.table = columns
        ctx.table_products = bool(_PRODUCT_HEAD.search(cells[0][2]))
        pa, pb = ctx.table_caption if ctx.table_caption[1] else ctx.prev_sentence
        caption = (pa, pb) if pb <= a and not text[pb:a].strip(" \n|-") else (a, a)
        cues = [c for c in _cues(text, caption[0], caption[1], ctx)]
        ctx.table_indicator = cues[0].indicator if cues else ""
        named = _countries(text, caption[0], caption[1])
        ctx.table_host = named[0][2] if named else ""
        ctx.table_flow = ()
        if cues and cues[0].indicator in {"export", "import"} and named:
            ctx.table_flow = _flow_countries(text, caption[0], caption[1], cues[0].indicator,
                                             cues[0], caption[1], ctx.pair)
        elif cues and len({c for _, _, c in named}) >= 2:
            ctx.table_flow = (named[0][2], next(c for _, _, c in named if c != named[0][2]))
        return []
    if not ctx.table:
        return []
    label, start, end = cells[0][2], cells[0][0], cells[0][1]
    if _TOTAL_ROW.match(label) and not _cues(text, start, end, ctx):
        return []  # "Cộng", "Toàn thế giới": a sum over partners or the world
    ctx.table_row = (label, start, end)
    taken = [(m.start, m.end) for m in find_mentions(text, a, b)]
    found = [m for m in cell_mentions(cells, ctx.table)
             if not any(m.start < y and x < m.end for x, y in taken)]
    ctx.table_cells = {m.start: col for m in found for col in ctx.table
                       if col.index < len(cells) and cells[col.index][0] <= m.start < cells[col.index][1]}
    return found


def _localise_years(periods: list[Period], ctx: Context) -> list[Period]:
    """Give year-less expressions the year stated earlier in the same sentence."""
    out, year = [], None
    for p in periods:
        if p.year is not None and not p.is_base and p.kind not in {"day", "now"}:
            year = p.year + p.relative
        elif p.doc_relative and not p.is_base and ctx.doc_date and p.kind == "year":
            year = ctx.doc_date.year + p.relative  # "Năm ngoái, … cả năm đạt …"
        elif p.year is None and not p.relative and year is not None and p.kind != "now":
            p = p.with_year(year)
        out.append(p)
    return out


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    indicator: str
    name: str


_CUE_ORDER = {"trade_total": 0, "investment_capital": 1, "investment_projects": 1, "aid": 1,
              "investor_rank": 1, "export": 2, "import": 2}
_CUES_IN_ORDER = sorted(INDICATOR_CUES, key=lambda e: _CUE_ORDER[e.target])
_REVERSE = re.compile(r"(?:ở |về )?chiều ngược lại|ngược lại", I)
_GENERIC_TRADE = re.compile(r"kim ngạch|thương mại|trao đổi|buôn bán|giao thương", I)


def _cues(text: str, a: int, b: int, ctx: Context) -> list[Cue]:
    found: list[Cue] = []
    # names of ministries and agreements hold cue words but are no topic: taken in advance
    taken: list[tuple[int, int]] = [o.span() for o in ORGANISATION_RE.finditer(text, a, b)]
    lowered = text[a:b].lower()
    for entry in _CUES_IN_ORDER:
        if not entry.may_match(lowered):
            continue
        for m in entry.pattern.finditer(text, a, b):
            x, y = m.span()
            if y == x or any(x < q and p < y for p, q in taken):
                continue
            found.append(Cue(x, y, entry.target, entry.name))
            taken.append((x, y))
    # "Ở chiều ngược lại" turns the direction of the trade the article was describing.
    flow = ctx.flow[0] if ctx.flow else None
    for m in _REVERSE.finditer(text, a, b):
        if flow in {"export", "import"} and not any(m.start() < q and p < m.end() for p, q in taken):
            found.append(Cue(m.start(), m.end(), "import" if flow == "export" else "export",
                             "chiều ngược lại"))
            taken.append(m.span())
    for m in _GENERIC_TRADE.finditer(text, a, b):
        if any(m.start() < q and p < m.end() for p, q in taken):
            continue
        # "chiều xuất khẩu của Việt Nam sang Lào, kim ngạch đạt …": the bare word refers back
        # to the specific cue just before it.
        if any(c.end <= m.start() and m.start() - c.end < 60 and
               not re.search(r"[;.]", text[c.end:m.start()]) for c in found):
            continue
        found.append(Cue(m.start(), m.end(), "trade_total", "kim ngạch|thương mại"))
        taken.append(m.span())
    found.sort(key=lambda c: c.start)
    return found


def _excluded(text: str, a: int, m: Mention, prev_end: int, next_start: int,
              cues: list[Cue]) -> bool:
    lo = max(a, prev_end, m.start - 120)
    lo = max(lo, text.rfind(";", lo, m.start) + 1)
    after = text[m.end:min(next_start, m.end + 25)]
    for e in EXCLUSIONS:
        if e.target == "share" and m.kind != "percent":
            continue  # "chiếm 16,4%" is a share; "chiếm 41 dự án, vốn 610 triệu USD" a subset
        if e.target in ("before", "world", "share"):
            hits = list(e.pattern.finditer(text, lo, m.start))
            # "tờ khai xuất nhập khẩu …, với tổng kim ngạch 218,7 triệu USD": a cue after the
            # non-claim word gives the figure back its indicator.
            if hits and not any(c.start >= hits[-1].end() and c.end <= m.start
                                and "," in text[hits[-1].end():c.start] for c in cues):
                return True
        elif e.pattern.match(after.lstrip(" ,")) or e.pattern.search(after[:15]):
            return True
    if m.kind in ("money", "percent") and (
            after.startswith("/") or re.match(r"\s*/\s*(?:tấn|kg|lượng|lít|người|năm|tháng)", after)):
        return True  # a unit price or a rate per year ("550,7 USD/tấn"), not a figure
    if m.kind == "money" and _EXCHANGE.match(text, m.end, min(len(text), m.end + 40)):
        return True  # "1 USD đổi được khoảng 20.500 kíp": an exchange rate
    if m.kind == "money" and _ABS_CHANGE.search(text[max(a, m.start - 30):m.start]):
        # "giảm 166 triệu USD" is an absolute change; "tăng 45%, lên 1,47 tỷ" is not this.
        return True
    return False


_WORLD_SCOPE = [e.pattern for e in EXCLUSIONS if e.target == "world"]
_WORLD_SENTENCE = [e.pattern for e in EXCLUSIONS if e.target == "sentence"]
_BILATERAL = re.compile(r"(?:sang|từ|với|giữa|vào|tại) (?:thị trường |nước )?(?:Việt Nam|Lào|"
                        r"Campuchia|Trung Quốc|Thái Lan)|hai chiều|song phương|hai nước|"
                        r"nước láng giềng|nước bạn|phía bạn|"
                        r"(?:Việt Nam|Lào|Campuchia|Trung Quốc|Thái Lan)\s*[–-]\s*"
                        r"(?:Việt Nam|Lào|Campuchia|Trung Quốc|Thái Lan)", I)


_BILATERAL_AFTER = re.compile(r"(?:sang|từ|giữa) (?:thị trường |nước )?(?:Việt Nam|Lào|Campuchia|"
                              r"Trung Quốc|Thái Lan)|hai chiều|song phương|hai nước", I)


def _world_from(text: str, a: int, b: int, ctx: Context) -> int:
    """Offset from which figures in this sentence describe a country's trade with the world
    (Laos' total foreign trade and what follows it), or ``b`` when none do.

    Only trade with the world carries into the next sentence ("Điện là một trong những mặt
    hàng xuất khẩu tăng mạnh của Lào"); a total of foreign investment does not, because the
    sentence after it usually names each investor's share ("Trong số này, Trung Quốc …")."""
    start = b
    carried, ctx.world = ctx.world, False
    carried_investment, ctx.world_investment = ctx.world_investment, False
    for pat in _WORLD_SCOPE:
        m = pat.search(text, a, b)
        if m:
            start = min(start, m.start())
            ctx.world = True
    for pat in _WORLD_SENTENCE:
        m = pat.search(text, a, b)
        if m:  # "tổng vốn đầu tư nước ngoài vào Lào …, đến từ 55 quốc gia": the whole clause
            start = min(start, text.rfind(";", a, m.start()) + 1 or a)
            ctx.world_investment = True
    if start == b and carried and not _BILATERAL.search(text, a, b):
        ctx.world = True
        return a
    if start == b and carried_investment and len({c for _, _, c in _countries(text, a, b)}) <= 1:
        return a  # "Năng lượng là lĩnh vực thu hút nhiều vốn nhất, với 42 dự án …": a share of it
    return start


# A sentence whose subject is a border gate and that names no flow reports the gate's turnover.
_GATE_SUBJECT = re.compile(r"\W*(?:(?:Riêng|Tại|Qua|Còn)\s+)?(?:các\s+)?cửa khẩu\b[^;]*$", I)
_ANAPHORA = re.compile(r"con số(?: này| \d+ tháng)?|mức này|chỉ số này|kim ngạch này", I)
_AFTER_CUE = re.compile(r"\s*(?:hàng(?: hóa)?\s*)?(?:(?:Việt Nam|Lào|Campuchia)\s*)?"
                        r"(?P<cue>xuất đi|xuất khẩu|xuất sang|nhập về|nhập khẩu|nhập từ)", I)


def _classify(text, a, b, m: Mention, prev_end, next_start, cues, ctx) -> Optional[Draft]:
    if _excluded(text, a, m, prev_end, next_start, cues):
        return None
    d = Draft(mention=m)
    if m.kind == "percent":
        window = text[max(a, prev_end, m.start - 40):m.start]
        after = text[m.end:m.end + 30]
        signed = re.search(r"(?:^|[\s|(])([+−\-▲▼↑↓])\s*$", window)  # "| +21,7%" in a table, "▼ 7,5%"
        listed = re.search(r"%\s*(?:và|,)\s*$", text[max(a, m.start - 12):m.start]) and re.search(
            r"(?:tăng|giảm)[^.;]{0,25}lần lượt|lần lượt (?:tăng|giảm)", text[a:m.start], I)
        if listed:  # "tăng lần lượt 12% và 17,9%": the second rate of the same verb
            window = text[a:m.start]
        if re.search(r"(?:bằng|tương đương|chỉ bằng)\s*(?:khoảng |gần |hơn )?$", window, I):
            return None  # "bằng 92,6% so với cùng kỳ" is a ratio to the base, not a growth rate
        if not (signed or listed or is_table_mention(m) or _GROWTH.search(window)
                or re.match(r"\s*so (?:với|cùng)", after, I)
                or re.search(r"tăng trưởng(?:\s+[\wÀ-ỹ]+){0,3}\s*$", window, I)):
            return None
        d.measure = "change_pct"
        tail = window.split(",")[-1]
        if (signed and signed.group(1) in "−-▼↓") or (not signed and _NEGATIVE.search(tail)):
            d.sign = -1
    elif m.kind == "count":
        if re.search(r"(?:hoàn thành|xây dựng|viện trợ|tài trợ|hỗ trợ|nguồn vốn này)[^,;.]{0,30}$",
                     text[max(a, m.start - 40):m.start], I):
            return None  # "Nguồn vốn này đã giúp hoàn thành 12 dự án": aid-funded works
        if _PROJECT_BAD.search(text[m.end:m.end + 25]) or not (
                _INVEST_CONTEXT.search(text[a:b]) or ctx.topic in STOCKS):
            return None
        if _WORLD.search(text[m.start:m.end + 40]):
            return None
        d.indicator = "investment_projects"
    elif m.kind == "rank":
        near = text[max(a, m.start - 80):min(b, m.end + 80)]
        if not (_RANK_OK.search(near)
                or ctx.topic in STOCKS and re.search(r"lần lượt|trong số này|trong đó", text[a:b], I)
                or ctx.rank_recent):  # "Thái Lan đứng thứ hai …" after "… nhà đầu tư lớn nhất"
            return None
        edges = [x.end() for x in re.finditer(r"[,;]|\svà\s", text[max(a, m.start - 30):m.start])]
        lo = max(a, m.start - 30) + (edges[-1] if edges else 0)
        if _RANK_BAD.search(text, lo, min(b, m.end + 60)):
            return None  # "đối tác thương mại lớn thứ ba", "dẫn đầu các nước ASEAN"
        if re.match(r"\W*(?:nếu chỉ tính |tính riêng |riêng |chỉ tính )?(?:trong |tại )?(?:khối |các nước |"
                    r"nội khối )?ASEAN\s*,", text[a:m.start], I):
            return None  # "Trong ASEAN, Việt Nam là nhà đầu tư lớn thứ ba tại Myanmar"
        if re.search(r"\d+ (?:nhà đầu tư|quốc gia)[^,;]{0,20}$", text[max(a, m.start - 40):m.start]):
            return None  # "10 nhà đầu tư lớn nhất" names a list, not a place in it
        d.indicator = "investor_rank"
    cue = _nearest_cue(cues, m, a, text)
    after = _AFTER_CUE.match(text, m.end, next_start)
    if after and m.kind == "money":
        word = after["cue"].lower()
        cue = Cue(after.start("cue"), after.end("cue"),
                  "export" if word.startswith("xuất") else "import", word)
    if m.kind in ("money", "percent"):
        commodity = _commodity(text, a, b, m, prev_end, next_start)
        if is_table_mention(m) and ctx.table_products and ctx.table_row \
                and not _TOTAL_ROW.match(ctx.table_row[0]):
            commodity = ctx.table_row[0]  # "| Sắt thép các loại | 712,4 |": the row's product
        d.commodity = commodity
        column = ctx.table_cells.get(m.start) if is_table_mention(m) else None
        if cue is None and column is not None and (column.indicator or ctx.table_indicator):
            # the header ("Xuất khẩu (triệu USD)") or the caption names what the cells are
            d.indicator = column.indicator or ctx.table_indicator
        elif cue is not None:
            d.indicator = cue.indicator
        elif not commodity and _GATE_SUBJECT.match(text, a, m.start):
            d.indicator = "trade_total"  # "Cửa khẩu quốc tế Vĩnh Xương đạt 154,2 triệu USD"
        elif commodity and ctx.flow:
            d.indicator = ctx.flow[0]
        elif ctx.topic and (m.kind == "money" or _ANAPHORA.search(text, a, m.start)):
            d.indicator = ctx.topic  # "con số này", a table row under its heading
            if d.indicator in {"export", "import"} and re.search(
                    r"tính chung|tổng cộng|cộng chung|cộng dồn", text[a:m.start], I):
                d.indicator = "trade_total"  # "Tính chung 6 tháng, con số này là 4,18 tỷ USD"
        if m.kind == "money" and d.indicator in {"investment_projects", "investor_rank"}:
            d.indicator = "investment_capital"
        if commodity and d.indicator not in {"export", "import"}:
            if ctx.flow and ctx.flow[0] in {"export", "import"}:
                d.indicator = ctx.flow[0]
                cue = None
            else:
                return None
    if _BASE_LEVEL.search(text[max(a, m.start - 30):m.start]) and m.kind == "money":
        d.is_base = True
    elif (m.kind == "money" and re.search(r"(?<![\wÀ-ỹ])từ (?:mức )?$", text[max(a, m.start - 10):m.start], I)
          and re.match(r"\s*lên\s", text[m.end:m.end + 6], I)):
        d.is_base = d.implied_base = True  # "tăng 243%, từ 8,1 triệu USD lên 28 triệu USD"
    _assign_countries(text, a, b, d, cue, ctx)
    return d


def _nearest_cue(cues: list[Cue], m: Mention, a: int, text: str = "") -> Optional[Cue]:
    before = [c for c in cues if c.end <= m.start]
    if before:
        return before[-1]
    after = [c for c in cues if c.start >= m.end
             and not (text and re.search(r";|trong đó", text[m.end:c.start], I))]
    return after[0] if after else None


_SHARE_BEFORE = re.compile(r"chiếm\s*(?:khoảng |gần |hơn |trên |tới )?\d[\d.,]*\s*%", I)


def _commodity(text, a, b, m: Mention, prev_end, next_start) -> str:
    # The product named between the previous figure and this one, or right after this one
    # ("30,2 triệu USD xăng dầu", "27,4 triệu USD mua cao su", "11,2 triệu USD cho gỗ").
    lo = max(a, prev_end)
    share = _SHARE_BEFORE.search(text, a, lo) if prev_end > a else None
    if share and share.end() == lo and re.fullmatch(r"[^;.]*,\s*tương đương\s*(?:khoảng |gần |hơn |trên )?",
                                                   text[lo:m.start], I):
        # "Xăng dầu chiếm khoảng 32% giá trị …, tương đương 1,39 tỷ USD": the share's product
        lo = max(a, text.rfind(";", a, share.start()) + 1)
    seg = text[lo:m.start]
    cut = max(seg.rfind(";"), seg.rfind(":"))
    if cut >= 0 and not (seg[cut] == ":" and len(seg) - cut < 6):  # "label: value" keeps its label
        lo += cut + 1
    chain = [c for c in COMMODITY_RE.finditer(text, lo, m.start)
             # "9,2 triệu USD cho quặng, cùng 8,5 triệu USD cho ngô": "quặng" is the first one's
             if not (prev_end > a and c.start() >= prev_end
                     and re.fullmatch(r"\s*(?:mua|cho|hàng)?\s*", text[prev_end:c.start()], I))]
    if chain and re.search(r"(?:chủ yếu là|gồm|bao gồm|như|nhờ)\s+$",
                           text[max(a, chain[0].start() - 15):chain[0].start()], I) \
            and not re.fullmatch(r"\s*(?:\(|(?:các loại\s*)?(?:đạt|ước đạt|với|là|:))\s*(?:khoảng |gần |hơn |trên )?",
                                 text[chain[-1].end():m.start], I):
        chain = []  # a list describing a total, not a product's own figure ("gồm xăng dầu (41,3 …)" is)
    if chain and re.search(r"tổng kim ngạch|giá trị hàng hóa|tổng giá trị", text[chain[-1].end():m.start], I):
        chain = []  # "Nhu cầu phân bón … tăng cao giúp giá trị hàng hóa … tăng 30,9%": a cause
    if chain and (not re.search(r"(?:chiếm|bằng)\s", text[chain[-1].end():m.start], I) or re.search(
            r"chiếm(?:[^,;.]*\svới|[^;.]*,\s*(?:tương đương|ước(?: tính| đạt)?))\s*(?:khoảng |gần |hơn |trên |với )?$",
            text[chain[-1].end():m.start], I)):
        # "gỗ các loại vẫn chiếm tỷ trọng lớn với 96,7 triệu USD": the product's own amount
        # "xăng dầu, sắt thép và phương tiện vận tải" names several products: keep the list.
        start = chain[-1].start()
        for prev, cur in zip(chain[-2::-1], chain[:0:-1]):
            if re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", text[prev.end():cur.start()]):
                start = prev.start()
            else:
                break
        return text[start:chain[-1].end()]
    after = COMMODITY_RE.search(text, m.end, min(next_start, m.end + 20, b))
    if after is not None and re.fullmatch(r"\s*(?:(?:để |nhằm )?mua |cho |hàng |các loại )?",
                                          text[m.end:after.start()], I):
        return after.group(0)
    return ""


# --- countries --------------------------------------------------------------------------


class _CountryIndex:
    """Every country name of a document, found in one pass and looked up by offsets."""

    def __init__(self, text: str):
        self.text = text
        matches = list(COUNTRY_RE.finditer(text))
        self.found = [(m.start(), m.end(), country_of(m)) for m in matches]
        self.places = {m.start() for m in matches if is_place(m)}
        self.starts = [x for x, _, _ in self.found]

    def between(self, a: int, b: int) -> list[tuple[int, int, str]]:
        i = bisect.bisect_left(self.starts, a)
        out = []
        while i < len(self.found) and self.found[i][0] < b:
            if self.found[i][1] <= b:
                out.append(self.found[i])
            i += 1
        return out


# The country index of the document being read (set by extract_document for its duration).
_DOC_COUNTRIES: contextvars.ContextVar = contextvars.ContextVar("doc_countries", default=None)


# The partners named often enough to anchor a phrase; _iso maps any name to its code.
_MAIN = "Việt Nam|Lào|Campuchia|Thái Lan|Trung Quốc"


def _iso(name: str) -> str:
    return country_of(COUNTRY_RE.fullmatch(name))


def _countries(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    index = _DOC_COUNTRIES.get()
    if index is not None and index.text is text:
        return index.between(a, b)
    return [(m.start(), m.end(), country_of(m)) for m in COUNTRY_RE.finditer(text, a, b)]


def _is_place(text: str, x: int) -> bool:
    index = _DOC_COUNTRIES.get()
    if index is not None and index.text is text:
        return x in index.places
    m = COUNTRY_RE.match(text, x)
    return bool(m and is_place(m))


def _other(c: str, pair: tuple[str, str]) -> str:
    if c == pair[0]:
        return pair[1]
    return pair[0]


_PREP = re.compile(r"(?P<prep>sang|vào|tới|đến|từ|của|tại|ở|cho|với|giữa|là|sau|trước)\s+"
                   r"(?:(?:thị trường|nước|phía|tỉnh \S+ của|doanh nghiệp|Chính phủ|nhân dân|"
                   r"các nhà đầu tư|nhà đầu tư|Đại sứ)\s+)?$", I)
_AID_GIVER = re.compile(r"(?P<giver>Việt Nam|Lào|Campuchia|Trung Quốc|Thái Lan)\s+(?:\S+\s+){0,3}?"
                        r"(?:viện trợ|hỗ trợ|tặng|trao tặng|tài trợ|ủng hộ)\s+(?:cho\s+)?"
                        r"(?P<taker>Việt Nam|Lào|Campuchia)")


_AID_VERB = re.compile(r"(?:viện trợ|hỗ trợ|trao tặng|gửi tặng|tặng|tài trợ|ủng hộ|trao)\s+"
                       r"(?:cho\s+|tới\s+)?(?:(?:tỉnh|thành phố|nhân dân|người dân|Chính phủ|"
                       r"chính quyền|lực lượng vũ trang)\s+)?", I)


_ATTRACT = re.compile(rf"({_MAIN})(?:\s+\S+){{0,8}}?\s+(?:hiện |đã )?(?:thu hút|tiếp nhận|nhận|"
                      r"phê duyệt|cấp phép(?: cho)?)\s")


def _giver_taker(text: str, a: int, end: int) -> Optional[tuple[str, str]]:
    """(giver, receiver) of a gift from the verb nearest before the figure: the place or
    country named before the verb gives, the one right after it receives ("tỉnh Khăm Muộn đã
    gửi tặng tỉnh Hà Tĩnh 20.000 USD")."""
    for v in reversed(list(_AID_VERB.finditer(text, a, end))):
        taker = _countries(text, v.end(), min(end, v.end() + 30))
        if not taker or taker[0][0] != v.end():
            continue
        lo = max([a, v.start() - 80] + [x.end() for x in _CLAUSE_EDGE.finditer(text, max(a, v.start() - 80), v.start())])
        givers = [c for x, _, c in _countries(text, lo, v.start())
                  if not re.search(r"(?:cho|tới|nhận|tiếp)\s+(?:\S+\s+)?$", text[max(a, x - 12):x], I)]
        if givers and givers[-1] != taker[0][2]:
            return givers[-1], taker[0][2]
    return None


def _roles(text: str, lo: int, hi: int, a: int) -> tuple[dict[str, str], list[str]]:
    roles: dict[str, str] = {}
    plain: list[str] = []
    for x, y, c in _countries(text, lo, hi):
        prep = _PREP.search(text, max(a, x - 30), x)
        if prep and prep["prep"].lower() in ("tại", "ở") and _is_place(text, x):
            continue  # "Hội nghị … tổ chức tại Đà Nẵng": where it was said, not a host
        if prep:
            roles.setdefault(prep["prep"].lower(), c)
        else:
            plain.append(c)
    return roles, plain


def _flow_countries(text, a, b, ind: str, cue: Cue, until: int, pair) -> tuple[str, str]:
    """(reporter, partner) of an export or import cue: who ships, who receives."""
    lo = max(a, cue.start - 40)
    # the subject stands in the cue's own clause: "giữa Việt Nam và Lào …, trong đó xuất khẩu"
    lo = max([lo] + [x.end() for x in _CLAUSE_EDGE.finditer(text, lo, cue.start)])
    roles, plain = _roles(text, lo, max(until, cue.end), a)
    subject = None
    for x, y, c in _countries(text, lo, cue.start):
        if not _PREP.search(text, max(a, x - 30), x):
            subject = c
    if subject is None and re.search(r"\s(?:và|còn)\s+$", text[max(a, cue.start - 6):cue.start], I) \
            and not _countries(text, cue.start, cue.end):
        # "Lào xuất khẩu sang Thái Lan 1,93 tỷ USD và nhập khẩu từ Thái Lan …": the second verb
        # shares the first one's subject
        verbs = list(re.finditer(r"xuất khẩu|nhập khẩu|xuất|nhập|bán|mua", text[a:cue.start], I))
        if verbs:
            v = a + verbs[-1].start()
            bare = [c for x, y, c in _countries(text, max(a, v - 40), v)
                    if not _PREP.search(text, max(a, x - 30), x)
                    and not re.search(r"(?:và|với)\s+$", text[max(a, x - 6):x], I)]
            subject = bare[-1] if bare else None
    dest = roles.get("sang") or roles.get("vào") or roles.get("cho") or roles.get("tới")
    src = roles.get("từ")
    owner = roles.get("của") or subject
    if ind == "export":
        exporter = src if src and src != dest else owner
        if exporter is None:
            exporter = _other(dest, pair) if dest else pair[0]
        importer = dest if dest and dest != exporter else _other(exporter, pair)
        return exporter, importer
    importer = owner if owner and owner != src else None
    if importer is None:
        importer = _other(src, pair) if src else pair[0]
    exporter = src if src and src != importer else _other(importer, pair)
    return importer, exporter


_PARTNER_OF = re.compile(rf"(?:đối tác thương mại|bạn hàng|đối tác)(?:\s+\S+){{0,3}}?\s+của\s+"
                         rf"(?:(?P<c>{_MAIN})|nước này|Vương quốc này|nước bạn)", I)


def _note_partner_host(text: str, a: int, b: int, ctx: Context) -> None:
    """"Thái Lan là đối tác thương mại lớn nhất của Lào …": the sentences around list Laos'
    partners, so a lone third country's trade in them is with Laos, not with Vietnam."""
    m = _PARTNER_OF.search(text, a, b)
    if m:
        host = _iso(m["c"]) if m["c"] else (ctx.pair[1] if ctx.pair[0] == "VN" else ctx.pair[0])
        if host != "VN":
            ctx.partner_host, ctx.partner_host_age = host, 0


def _home(ctx: Context) -> str:
    """The country whose side the passage is told from, when it is not Vietnam: the host of a
    list of trading partners, or the reporter of the flows just described ("Campuchia xuất
    khẩu sang Việt Nam …")."""
    if ctx.partner_host and ctx.partner_host_age <= 1:
        return ctx.partner_host
    if ctx.flow and ctx.flow[1] not in ("VN", "") and ctx.flow[2] == "VN":
        return ctx.flow[1]
    return ""


def _table_countries(text: str, d: Draft, ctx: Context, pair: tuple[str, str]) -> bool:
    """A table cell's countries: a row labelled with a country is that country's trade with the
    caption's country ("| Trung Quốc | 702 | 5.418 |" under "Thương mại của Campuchia …"); a
    product row is the caption's flow."""
    label, start, end = ctx.table_row
    named = _countries(text, start, end)
    if len({c for _, _, c in named}) == 1:
        row = named[0][2]
        host = ctx.table_host if ctx.table_host and ctx.table_host != row else (
            _home(ctx) or (pair[0] if pair[0] != row else pair[1]))
        if host and host != row:
            d.reporter, d.partner = host, row
            return True
        return False
    if ctx.table_flow and d.indicator in {"export", "import", "trade_total"} and not named:
        d.reporter, d.partner = ctx.table_flow
        return True
    return False


def _sentence_pair(text: str, a: int, b: int, pair: tuple[str, str], m: Mention,
                   home: str = "") -> tuple[str, str]:
    """The document's pair, unless the figure's clause names one other partner: of Vietnam, or
    of the country the passage is told from (``home``, see ``_home``)."""
    nxt = _CLAUSE_EDGE.search(text, m.end, b)
    hi = nxt.start() if nxt else b
    lo = max(a, text.rfind(";", a, m.start) + 1)  # "…; tiếp theo là Trung Quốc với 4,3 nghìn tỷ kíp"
    named = {c for x, _, c in _countries(text, lo, hi)
             if not re.search(r"(?:sau|trước|xếp sau|kém)\s+(?:\S+\s+){0,2}$", text[max(a, x - 20):x])}
    new = named - set(pair) - {"VN"}
    if len(new) == 1:
        third = new.pop()
        if home and home != third and "VN" not in named:
            return (home, third)  # "Với Thái Lan, thương mại …" in a passage on Cambodia's trade
        if "VN" in pair:
            return ("VN", third)
    return pair


def _assign_countries(text, a, b, d: Draft, cue: Optional[Cue], ctx: Context) -> None:
    home = _home(ctx) if d.indicator in FLOWS else ""
    pair = _sentence_pair(text, a, b, ctx.pair, d.mention, home)
    if home and pair[0] == home and home == ctx.partner_host:
        ctx.partner_host_age = 0  # the list of partners goes on
    ind = d.indicator
    m = d.mention
    if is_table_mention(m) and ctx.table_row and _table_countries(text, d, ctx, pair):
        return
    if ind in {"export", "import"}:
        if cue is not None and cue.indicator == ind and cue.name != "chiều ngược lại":
            d.reporter, d.partner = _flow_countries(text, a, b, ind, cue, m.start, pair)
        elif ctx.flow and ctx.flow[0] == ind:
            d.reporter, d.partner = ctx.flow[1], ctx.flow[2]
        elif ctx.flow and ctx.flow[0] in {"export", "import"}:
            # the opposite flow of the one just described: the same two countries, turned
            d.reporter, d.partner = ctx.flow[1], ctx.flow[2]
        else:
            d.reporter, d.partner = pair
        return
    if ind == "aid":
        g = _AID_GIVER.search(text, a, b)
        if g and g["giver"] != g["taker"]:
            d.reporter, d.partner = _iso(g["giver"]), _iso(g["taker"])
            return
        roles = _giver_taker(text, a, m.start)
        if roles:
            d.reporter, d.partner = roles
            return
        giver = re.search(rf"(?:Đại sứ|Chính phủ|Nhà nước|Bộ \S+(?: \S+)?|Đại sứ quán)\s+({_MAIN})\s+"
                          rf"(?:tại\s+(\S+(?:\s\S+)?))?", text[a:m.start])
        if giver and re.search(r"(?:cho|tới|nhận|tiếp)\s+$", text[max(a, a + giver.start() - 8):a + giver.start()]):
            giver = None  # "trao cho Đại sứ Lào tại Việt Nam …": the ambassador receives
        if giver and _iso(giver.group(1)) != "VN" and giver.group(2):
            taker = [c for _, _, c in _countries(text, a + giver.start(2), a + giver.end(2))]
            if taker:  # "Đại sứ Trung Quốc tại Phnôm Pênh đã trao khoản hỗ trợ …"
                d.reporter, d.partner = _iso(giver.group(1)), taker[0]
                return
        d.reporter, d.partner = pair
        return
    if ind in STOCKS:
        lo = max(a, text.rfind(";", a, m.start) + 1)
        hi = b
        semi = text.find(";", m.end, hi)
        hi = semi if semi >= 0 else hi
        roles, plain = _roles(text, lo, hi, a)
        host = roles.get("tại") or roles.get("vào") or roles.get("sang") or roles.get("ở")
        near = re.match(rf"[^,;.]{{0,40}}?(?:tại|vào|ở) ({_MAIN})", text[m.end:hi])
        if ind == "investor_rank" and near:  # "thứ ba … tại Lào và thứ năm tại Campuchia"
            host = _iso(near.group(1))
        hosts = re.findall(rf"(?:tại|vào|ở) ({_MAIN})", text[lo:hi])
        if ind in ("investment_projects", "investment_capital") and len(set(hosts)) > 1:
            # "102 dự án tại Campuchia với … 1,6 tỷ USD và 218 dự án tại Lào với … 2,9 tỷ USD":
            # each figure has the host named right after it, or last before it in its part
            seg = max([lo] + [lo + x.end() for x in re.finditer(r"\svà\s|;", text[lo:m.start])])
            before_host = re.findall(rf"(?:tại|vào|ở) ({_MAIN})", text[seg:m.start])
            if near:
                host = _iso(near.group(1))
            elif before_host:
                host = _iso(before_host[-1])
        if host is None and lo > a:  # "Lào có 11 dự án tại Việt Nam …; Campuchia có 31 dự án"
            earlier, _ = _roles(text, max(a, text.rfind(";", a, lo - 1) + 1), lo, a)
            host = earlier.get("tại") or earlier.get("vào")
        attract = _ATTRACT.search(text[lo:m.start])
        if attract and not host:  # "10 tỉnh của Lào … thu hút 96 dự án": Laos receives
            host = _iso(attract.group(1))
        elif host is None and lo > a and (earlier_attract := _ATTRACT.search(text[a:lo])):
            # "CDC đã phê duyệt 41 dự án …; trong đó, Trung Quốc là nhà đầu tư lớn nhất với 18
            # dự án": the approving country of the clause before is still the host
            host = _iso(earlier_attract.group(1))
        if attract and not _countries(text, lo + attract.end(), m.start) and re.search(
                rf"(?:trong đó|trong số (?:này|đó))\W+(?:\S+\s+){{0,3}}?(?:{_MAIN})", text[m.end:b], I):
            d.reporter = d.partner = ""  # every investor's total, broken down by country after it
            return
        before = [c for x, y, c in _countries(text, lo, m.start)
                  if not _PREP.search(text, max(a, x - 30), x) and c != host]
        # "3 dự án mới của doanh nghiệp Việt Nam": the owner named right after the figure
        after_of = re.match(r"[^,;.]{0,25}?\bcủa (?:các )?(?:doanh nghiệp |nhà đầu tư |phía )?"
                            rf"({_MAIN})", text[m.end:b])
        owner_after = _iso(after_of.group(1)) if after_of else None
        named_with = re.search(rf"(?:vốn|dự án|đầu tư)(?: \S+){{0,2}} của (?:các )?(?:doanh nghiệp |nhà đầu tư )?"
                               rf"({_MAIN})(?:\s+tại (?:nước này|nước bạn|đây))?[^.;]{{0,40}}$",
                               text[lo:m.start])
        owner = owner_after or (_iso(named_with.group(1)) if named_with else None) \
            or (before[-1] if before else None) or roles.get("của") \
            or (roles.get("từ") if attract else None)  # "Lào thu hút từ Việt Nam 13 dự án"
        if attract and owner == host:
            owner = None
        paren = re.search(rf"({_MAIN})\s*\(\s*$",
                          text[max(a, m.start - 25):m.start])
        if paren:  # "chỉ sau Lào (4,8 tỷ USD)": the figure is the named country's
            host = _iso(paren.group(1))
            owner = pair[0] if host != pair[0] else pair[1]
        if owner and host and owner == host:
            owner = None
        if host is None and ctx.rank_host and owner != ctx.rank_host and not _countries(
                text, m.end, hi):
            host = ctx.rank_host  # "Thái Lan đứng thứ hai với 780 dự án": still in Laos
        if owner is None and host is None:
            owner, host = pair
        elif owner is None:
            owner = _other(host, pair)
        elif host is None:
            host = _other(owner, pair)
        d.reporter, d.partner = owner, host
        return
    # trade_total: the two countries named with it in its clause, else the document's pair.
    lo = max(a, text.rfind(";", a, m.start) + 1)
    named: list[str] = []
    partner_named = False
    for x, _, c in _countries(text, lo, m.start):
        if c not in named:
            named.append(c)
            prep = _PREP.search(text, max(a, x - 30), x)
            partner_named = bool(prep and prep["prep"].lower() in ("với", "sang", "từ"))
    turn = [x.end() for x in re.finditer(r",\s*(?:còn|trong khi|riêng)\s", text[lo:m.start], I)]
    own = _countries(text, lo + turn[-1], m.start) if turn else []
    own_pair = list(dict.fromkeys(c for _, _, c in own))
    if len(own_pair) >= 2:
        # "Thương mại Lào – Trung Quốc đạt …, trong khi thương mại Lào – Việt Nam đạt …"
        named = own_pair
    if len(named) >= 2 and len(own) == 1 and partner_named and own[0][2] != named[0]:
        # "Thương mại Campuchia – Trung Quốc …, còn thương mại với Thái Lan đạt 1,52 tỉ USD":
        # the sentence's first country keeps trading, with a new partner
        d.reporter, d.partner = named[0], own[0][2]
    elif len(named) >= 2 and "VN" not in named[-2:] and all(
            re.search(r"(?<![\wÀ-ỹ])với\s+(?:[\wÀ-ỹ]+\s+){0,3}$", text[max(a, x - 30):x], I)
            for x, _, c in _countries(text, lo, m.start)[-2:]):
        # "trao đổi với bốn tỉnh Campuchia đạt 96 triệu USD và với bốn tỉnh Lào đạt 69 triệu
        # USD": two partners side by side, each with the teller's country
        d.reporter, d.partner = (pair[0] if pair[0] != named[-1] else "VN"), named[-1]
    elif len(named) >= 2:
        d.reporter, d.partner = named[-2], named[-1]
        if "VN" in named[-2:] and d.reporter != "VN":
            d.reporter, d.partner = "VN", d.reporter
    elif len(named) == 1 and partner_named and named[0] == pair[1]:
        d.reporter, d.partner = pair  # "kim ngạch qua cửa khẩu với Lào": Laos is the partner
    elif len(named) == 1 and named[0] != pair[0]:
        d.reporter, d.partner = named[0], pair[0]
    else:
        d.reporter, d.partner = pair


def _ranks_in_order(text, a, b, drafts: list[Draft], ctx: Context) -> None:
    """"Thái Lan và Trung Quốc lần lượt xếp thứ hai và thứ ba": pair names with places."""
    m = re.search(r"lần lượt", text[a:b], I)
    if not m:
        return
    pos = a + m.start()
    names = [c for x, y, c in _countries(text, a, pos)]
    ranks = [d for d in drafts if d.indicator == "investor_rank" and d.mention.start > pos]
    if len(names) == len(ranks) and len(ranks) > 1:
        host = ctx.rank_host or ctx.pair[1]
        for n, d in zip(names, ranks):
            d.reporter, d.partner = n, host
            d.period_source = "carried-rank"


def _respectively(text, a, b, drafts: list[Draft], periods: list[Period], ctx: Context) -> None:
    """"Năm 2022 và 2023, … lần lượt đạt 21,3 tỷ USD và 19,9 tỷ USD": the n-th figure takes the
    n-th year; "… 640 triệu USD và … 480 triệu USD, tăng lần lượt 12% và 17,9%": the n-th
    growth rate belongs to the n-th level."""
    m = re.search(r"lần lượt", text[a:b], I)
    if not m:
        return
    pos = a + m.start()
    levels = [d for d in drafts if d.measure == "level" and d.mention.kind == "money" and not d.is_base]
    after_levels = [d for d in levels if d.mention.start > pos]
    pair_years = re.search(r"(?:năm\s+)?((?:19|20)\d\d)\s+(?:và|,)\s+(?:năm\s+)?((?:19|20)\d\d)", text[a:pos])
    if pair_years and len(after_levels) == 2:
        for d, y in zip(after_levels, (int(pair_years.group(1)), int(pair_years.group(2)))):
            d.fixed_period = (date(y, 1, 1), date(y, 12, 31))
    growths = [d for d in drafts if d.measure == "change_pct" and d.mention.start > pos]
    before_levels = [d for d in levels if d.mention.end <= pos]
    if len(growths) >= 2 and len(before_levels) >= len(growths):
        for g, lv in zip(growths, before_levels[-len(growths):]):
            g.attached, g.inherits = lv, None


# --- growth rates -----------------------------------------------------------------------

_THEN_LEVEL = re.compile(r"^[\s,]*(?:so với [^,;]{0,50}?)?[\s,]*(?:lên|đạt|còn|chỉ đạt|chỉ còn|"
                         r"lên tới|lên mức|ở mức|với|thành|xuống|xuống còn|lên hơn)?\s*"
                         r"(?:hơn|gần|khoảng|trên|xấp xỉ)?\s*$", I)


def _attach_growth(text: str, drafts: list[Draft], cues: list[Cue], periods: list[Period]) -> None:
    levels = [d for d in drafts if d.measure == "level" and d.mention.kind == "money"
              and not d.is_base]
    for g in (d for d in drafts if d.measure == "change_pct"):
        gm = g.mention
        prev = [l for l in levels if l.mention.end <= gm.start]
        nxt = [l for l in levels if l.mention.start >= gm.end]
        if prev:
            p = prev[-1]
            between = text[p.mention.end:gm.start]
            if p.commodity:  # "27,4 triệu USD mua cao su của Lào (tăng 107,2%)"
                between = between.replace(p.commodity, "")
            if (len(between) < 70 and ";" not in between
                    and not any(p.mention.end <= c.start < gm.start for c in cues)
                    and not COMMODITY_RE.search(between)):
                if any(p.mention.end <= q.start < gm.start and not q.is_base for q in periods):
                    g.inherits = p  # "…, trong khi cùng kỳ năm 2023 giảm 14,6%": own period
                else:
                    g.attached = p
                continue
        if prev and g.attached is None and re.search(
                r"(?:trị giá|kim ngạch|giá trị)(?: \w+)?\s+(?:tăng|giảm)[^;]{0,12}$",
                text[max(prev[-1].mention.end, gm.start - 40):gm.start], I) \
                and not any(prev[-1].mention.end <= c.start < gm.start and c.indicator in
                            {"export", "import", "trade_total"} and c.name != "kim ngạch|thương mại"
                            for c in cues):
            # "…, trị giá 78,9 triệu USD; so với cùng kỳ, lượng xuất tăng 18,54% còn trị giá tăng
            # 48,5%": the value of the figure just given, across the semicolon
            g.attached = prev[-1]
            continue
        if nxt:
            n = nxt[0]
            between = text[gm.end:n.mention.start]
            for base in (d for d in drafts if d.is_base and gm.end <= d.mention.start < n.mention.start):
                between = between.replace(base.mention.surface, "")
            if (_THEN_LEVEL.match(between) or re.fullmatch(
                    r"[\s,]*từ (?:mức )?\s*(?:lên|đến)\s*(?:hơn|gần|khoảng|trên)?\s*", between, I)) \
                    and ";" not in between:
                g.attached = n


# --- periods ----------------------------------------------------------------------------


FUTURE = {"forecast", "target"}
_FROM_FIGURE = re.compile(r"(?<![\wÀ-ỹ])từ\s+(?:mức\s+)?(?:khoảng |gần |hơn |trên )?\d[\d.,]*\s*"
                          r"(?:nghìn tỷ|tỷ|tỉ|triệu|nghìn)?\s*(?:USD|đô la|đồng|kíp|dự án)?\s*"
                          r"(?:vào |trong |của )?$", I)


def _assign_period(text, a, b, d: Draft, periods: list[Period], ctx: Context) -> None:
    m = d.mention
    if d.fixed_period is not None:
        d.period, d.period_text, d.period_source = d.fixed_period, "lần lượt", "sentence"
        return
    own = [p for p in periods if not p.is_base]
    if d.is_base or (d.measure == "change_pct" and _is_prior_change(text, a, m)):
        base = [p for p in periods if p.is_base and p.start >= m.end and p.start - m.end < 40]
        if not base:  # "gấp 14 lần cùng kỳ năm ngoái (khi đó chỉ đạt 24,9 triệu USD)"
            base = [p for p in periods if (p.is_base or p.is_shift) and p.end <= m.start
                    and m.start - p.end < 40][-1:]
        main = ctx.sentence_period or ctx.period
        if d.measure == "level":
            prior = [x for x in (ctx.sentence_period,) if x]
            main = prior[0] if prior else main
        span = _resolve(base[0], ctx, main) if base else None
        start_of_parallel = [p for p in own if p.end <= m.start and _FROM_FIGURE.search(
            text, max(a, p.start - 40), p.start)]
        if span is None and d.implied_base and start_of_parallel:
            # "từ 3,9 tỷ USD năm 2020, … lên 5,5 tỷ USD năm 2023; nhập khẩu tăng từ 1,2 tỷ USD
            # lên 2,7 tỷ USD": the second trajectory starts where the first did
            span = _resolve(start_of_parallel[-1], ctx)
            base = start_of_parallel[-1:]
        if span is None and d.implied_base and main is not None:
            span = _shift_year(main, main[1].year - 1)
            base = [Period(kind="same-period", start=m.start, end=m.start, surface="cùng kỳ",
                           rule="từ X lên Y", relative=-1)]
        if span is not None:
            d.period, d.period_text, d.period_source = span, base[0].surface, "sentence"
        else:
            d.period = None
        return
    if d.attached is not None and d.measure == "change_pct":
        src = d.attached
        d.period, d.period_text, d.period_source = src.period, src.period_text, src.period_source
        return
    if d.period_source == "carried-rank":
        if ctx.rank_period:
            d.period, d.period_text = ctx.rank_period
        return
    right_after = [p for p in own if p.start >= m.end and p.start - m.end <= 25
                   and re.fullmatch(r"\s*(?:trong|vào|của|tính|cho)?\s*",
                                    text[m.end:p.start], I)]
    before = [p for p in own if p.end <= m.start]
    later = [p for p in own if p.start >= m.end and not re.search(r"[;,]", text[m.end:p.start])
             and p.kind not in {"now", "day", "asof"}]
    chosen: Optional[Period] = None
    if right_after:
        chosen = right_after[0]
        d.period_right_after = True
    elif before:
        chosen = before[-1]
    elif later and d.indicator not in STOCKS:
        chosen = later[0]
    elif d.indicator in STOCKS:
        asof_later = [p for p in own if p.start >= m.end and p.kind == "asof"
                      and ";" not in text[m.end:p.start]]
        if asof_later:  # "với 210 dự án và … 2,94 tỷ USD tính đến hết tháng 6/2024"
            chosen = asof_later[0]
    ind = d.indicator
    if ind in STOCKS:
        if chosen is not None and chosen.kind not in {"now", "day"}:
            span = _resolve(chosen, ctx, future=d.status in FUTURE)
            if span:
                d.period, d.period_text, d.period_source = span, chosen.surface, "sentence"
                if ind == "investor_rank" or chosen.kind != "asof":
                    ctx.rank_period = (span, chosen.surface)
                if chosen.kind == "asof":
                    ctx.stock_period, ctx.stock_age = (span, chosen.surface), 0
                return
        if chosen is None and ctx.rank_period and (
                ind == "investor_rank" and _rank_carry(text, a)
                or ctx.rank_recent and ctx.sentence_has_rank):
            # "… giúp Trung Quốc dẫn đầu. Việt Nam đứng thứ hai với 9 dự án …": the same ranking
            d.period, d.period_text = ctx.rank_period
            d.period_source = "carried"
            return
        if chosen is None and ctx.period is not None and (
                ind == "investment_capital" and re.search(
                    r"cấp mới|tăng thêm|đăng ký mới|điều chỉnh tăng|bổ sung", text[a:m.start], I)
                or ind == "investment_projects" and re.match(
                    r"[^,;.]{0,20}?(?:được )?(?:cấp mới|cấp phép mới|đăng ký mới)", text[m.end:b], I)):
            # "Tính chung, tổng vốn đăng ký cấp mới và tăng thêm đạt 36 triệu USD", "có 9 dự án
            # được cấp mới": flows over the period the article reports
            d.period, d.period_text, d.period_source = ctx.period, ctx.period_text, "carried"
            return
        if chosen is None and ctx.stock_period and (ctx.stock_age <= 1 or re.search(
                r"cùng thời điểm|thời điểm (?:trên|này)", text[a:m.start], I)):
            # "… tính đến hết năm 2023, Trung Quốc … 1.012 dự án. Thái Lan đứng thứ hai với 780
            # dự án": the next sentence continues the same count
            d.period, d.period_text = ctx.stock_period
            d.period_source = "carried"
            return
        if chosen is None and ctx.period and re.match(r"\s*(?:trong số này|trong đó)", text[a:m.start], I):
            d.period, d.period_text, d.period_source = ctx.period, ctx.period_text, "carried"
            return
        if ctx.doc_date is not None:
            d.period, d.period_text = (ctx.doc_date, ctx.doc_date), "document date"
            d.period_source = "sentence" if chosen is not None else "document date"
        return
    if ind == "aid":
        pick = chosen if chosen is not None and chosen.kind not in {"now"} else None
        days = ([p for p in own if p.kind == "day" and p.end <= m.start]
                or [p for p in own if p.kind == "day"][:1])  # "… 500 triệu đồng ngày 2/3/2024"
        if days and (pick is None or days[-1].start > pick.start):
            pick = days[-1]
        if pick is None and ctx.last_day is not None and re.search(
                r"cùng ngày|cùng dịp|cùng buổi|cùng thời điểm|nhân dịp này", text[a:m.start], I):
            pick = ctx.last_day  # "Cùng ngày, tỉnh Nghệ An cũng trao tặng …"
        if pick is not None:
            span = _resolve(pick, ctx, future=d.status in FUTURE)
            if span:
                d.period, d.period_text, d.period_source = span, pick.surface, "sentence"
                return
        if ctx.doc_date:
            d.period, d.period_text, d.period_source = ((ctx.doc_date, ctx.doc_date),
                                                        "document date", "document date")
        return
    # Flows: a stated period, else the period the article is talking about.
    if chosen is not None and chosen.kind in {"now", "day"}:
        chosen = None
    if chosen is not None:
        if chosen.kind == "asof":
            chosen = chosen.as_flow_to_date()
        if d.status in ("forecast", "target") and chosen.year is None and ctx.doc_date \
                and not chosen.doc_relative:
            chosen = chosen.with_year(ctx.doc_date.year)  # "dự kiến 6 tháng cuối năm": this year
        span = _resolve(chosen, ctx, future=d.status in FUTURE)
        if span:
            d.period, d.period_text, d.period_source = span, chosen.surface, "sentence"
            ctx.sentence_period = span
            return
    base_years = [p for p in periods if p.is_base and p.kind == "year" and p.year
                  and not p.surface.lower().startswith("cùng kỳ") and p.start > m.end]
    if base_years and d.measure == "level" and ctx.period is None:
        # "ước đạt …, tăng 12,6% so với năm 2018" with no period stated: the year after the base
        y = base_years[0].year + 1
        d.period, d.period_text, d.period_source = ((date(y, 1, 1), date(y, 12, 31)),
                                                    "the year after " + base_years[0].surface,
                                                    "carried")
        return
    if ctx.period is not None and d.status in ("actual", "estimate"):
        # a forecast or a target is dated by its own sentence, never by the article's period
        d.period, d.period_text, d.period_source = ctx.period, ctx.period_text, "carried"
        if ctx.main_period is not None and (d.commodity or "\n" in text[ctx.aside_end:a]):
            # a product line, or a new paragraph, after "Riêng quý III, …": the article's period
            d.period, d.period_text = ctx.main_period
        if ctx.last_period[0] is not None and re.search(
                r"trong (?:tháng|quý|kỳ)(?![\wÀ-ỹ])(?! (?:\d|đầu|này|tới|sau|trước))", text[a:b], I):
            # "Xuất khẩu của Việt Nam trong tháng đạt …": the month just named
            d.period, d.period_text = ctx.last_period


_VAGUE = re.compile(r"(?<![\wÀ-ỹ])sớm(?![\wÀ-ỹ])|trong tương lai|(?:những|các) năm tới|tiến tới mốc|"
                    r"để (?:chạm|cán|đạt) mốc|xa mốc|"
                    r"\d+\s*(?:[–-]\s*\d+\s*)?năm tới|về dài hạn|thời gian tới|lâu dài", I)
_CLAUSE_EDGE = re.compile(r"[;.]|,(?!\d)")


def _vague_time(text: str, a: int, b: int, m: Mention, own_period_after: bool) -> bool:
    """A figure whose only time is "sớm", "trong tương lai", "trong 2 – 3 năm tới".

    "đạt 5 tỷ USD vào năm 2030 và sớm cán mốc 10 tỷ USD": the first figure has its own year
    printed right after it, so only the words before it count; the second has none."""
    lo = max([x.end() for x in _CLAUSE_EDGE.finditer(text, a, m.start)], default=a)
    nxt = _CLAUSE_EDGE.search(text, m.end, b)
    hi = m.start if own_period_after else (nxt.start() if nxt else b)
    return bool(_VAGUE.search(text, lo, hi))


def _rank_carry(text: str, a: int) -> bool:
    return bool(re.search(r"lần lượt", text[a:a + 200], I))


def _is_prior_change(text: str, a: int, m: Mention) -> bool:
    # "đảo chiều so với mức giảm 10,2% của quý I/2023", not "ghi nhận mức tăng 243%"
    return bool(re.search(r"(?:so với|từ) mức (?:giảm|tăng) $", text[max(a, m.start - 20):m.start], I))


def _resolve(p: Period, ctx: Context, main: Optional[tuple[date, date]] = None,
             future: bool = False) -> Optional[tuple[date, date]]:
    """Dates for a period expression, with the year taken from the context when unstated.
    ``future``: the figure is a forecast or target, so a year-less month after the article's
    own month is still to come ("dự kiến trao tặng … vào đầu tháng 10" in September)."""
    if p.is_shift:
        if not p.is_base and p.relative == 0 and ctx.main_period is not None and main is None:
            main = ctx.main_period[0]  # "số liệu … cho cùng kỳ": the article's period
        main = main or ctx.sentence_period or ctx.period
        if main is None:
            return None
        return _shift_year(main, p.year if p.year is not None else main[1].year + p.relative)
    if p.kind == "now":
        return p.resolve(None, ctx.doc_date)
    if p.year is None and p.doc_relative and ctx.doc_date:
        return p.resolve(ctx.doc_date.year, ctx.doc_date)
    if p.year is None and p.kind == "month" and p.surface.lower().endswith("vừa qua") and ctx.doc_date:
        y = ctx.doc_date.year if p.a < ctx.doc_date.month else ctx.doc_date.year - 1
        return p.resolve(y, ctx.doc_date)
    year = ctx.year
    if p.year is None and ctx.anchor_year is not None and ctx.year_explicit \
            and ctx.year is not None and ctx.year < ctx.anchor_year:
        # "Năm 2023, … Riêng tháng 7, …" in an article about 2024: a year-less period belongs to
        # the year the article is about, not to a look back at an earlier one
        year = ctx.anchor_year
    if p.year is None and ctx.year_relative and ctx.doc_date:
        year = ctx.doc_date.year  # "Nửa cuối năm ngoái … Tính chung hai tháng đầu năm": this year's
    if p.year is None and year is not None and (not ctx.year_explicit or ctx.year_relative) \
            and ctx.doc_date:
        # "tháng 12", "9 tháng" without a year in an article from February mean last year.
        last_month = {"month": p.a, "months": p.b, "ytd": p.b, "quarter": 3 * p.a,
                      "half": 6 * p.a}.get(p.kind, 0)
        if last_month > ctx.doc_date.month and not future:
            year -= 1
    return p.resolve(year, ctx.doc_date)


def _shift_year(span: tuple[date, date], year: int) -> Optional[tuple[date, date]]:
    from .periods import month_end
    delta = span[1].year - span[0].year
    try:
        start = span[0].replace(year=year - delta)
    except ValueError:
        return None
    end = span[1]
    if end == month_end(end.year, end.month):  # periods end on a month's last day
        return start, month_end(year, end.month)
    try:
        return start, end.replace(year=year)
    except ValueError:
        return None


_ASIDE = re.compile(r"\W*(?:riêng|tính riêng|chỉ riêng|xét riêng)\s", I)


def _advance_context(text, a, b, periods: list[Period], cues: list[Cue], drafts: list[Draft],
                     ctx: Context) -> None:
    ctx.partner_host_age += 1
    ctx.prev_sentence = (a, b)
    before = (ctx.period, ctx.period_text)
    _advance_period(text, a, b, periods, drafts, ctx)
    ctx.last_period = (ctx.period, ctx.period_text)
    if (ctx.period, ctx.period_text) != before:
        # "Riêng tháng 10, …" states an aside: a product breakdown after it is still for the
        # article's period ("Trong cơ cấu hàng xuất, phân bón …" covers the ten months)
        ctx.main_period = before if _ASIDE.match(text, a) and before[0] is not None else None
        ctx.aside_end = b
    _advance_cues(text, a, b, cues, drafts, ctx)


def _advance_period(text, a, b, periods: list[Period], drafts: list[Draft], ctx: Context) -> None:
    ctx.sentence_period = None
    if row_cells(text, a, b) is None:  # a table's rows all continue its caption
        ctx.stock_age += 1
    days = [p for p in periods if p.kind == "day" and not p.is_base]
    if days:
        ctx.last_day = days[-1]
    for p in periods:
        if p.kind == "asof" and not p.is_base and (span := _resolve(p, ctx)):
            # an as-of date stated anywhere ("Lũy kế đến ngày 20/12/2024, …") dates the stocks
            # of the sentence after it ("Trong đó, tại Lào có 251 dự án …")
            ctx.stock_period, ctx.stock_age = (span, p.surface), 0
    retro = _ANAPHORA.search(text, a, b) is not None and ctx.period is not None
    for p in periods:
        if p.is_base or p.kind in {"now", "asof", "day"}:
            continue
        if p.is_shift:
            continue
        span = _resolve(p, ctx)
        if span and retro and span[1] < ctx.period[0]:
            continue  # "Năm 2021, con số này là 1,41 tỷ USD": a look back, not a new period
        if span:
            ctx.period, ctx.period_text = span, p.surface
            ctx.year, ctx.year_explicit = span[1].year, True
            ctx.year_relative = p.doc_relative
            if ctx.anchor_year is None:
                ctx.anchor_year = span[1].year  # the year of the first period: what the article is about
    flows = [d for d in drafts if d.indicator in FLOWS and d.period is not None
             and not d.is_base and d.measure == "level" and d.period_source == "sentence"]
    # A plan or forecast stated in passing ("(kế hoạch … năm 2024 là 200 triệu USD)") does not
    # move the story to its period: the figures reported so far do.
    flows = [d for d in flows if d.status not in FUTURE] or flows
    if flows and not (retro and flows[-1].period[1] < ctx.period[0]):
        ctx.period, ctx.period_text = flows[-1].period, flows[-1].period_text


def _advance_cues(text, a, b, cues: list[Cue], drafts: list[Draft], ctx: Context) -> None:
    # The direction of trade the article is describing: after a sentence that gives both,
    # the details that follow usually take them in the order stated, so keep the first.
    directional = [c for c in cues if c.indicator in {"export", "import"}]
    if directional:
        kinds = {c.indicator for c in directional}
        c = directional[0] if len(kinds) > 1 else directional[-1]
        placed = [d for d in drafts if d.indicator == c.indicator and d.reporter]
        if placed:
            ctx.flow = (c.indicator, placed[0].reporter, placed[0].partner)
        else:
            rep, par = _flow_countries(text, a, b, c.indicator, c, b, ctx.pair)
            ctx.flow = (c.indicator, rep, par)
    topical = [c for c in cues if c.name != "kim ngạch|thương mại" or not ctx.topic]
    if topical:
        ctx.topic = topical[0].indicator
    ctx.rank_recent = any(d.indicator == "investor_rank" and d.period is not None for d in drafts)
    hosts = [d.partner for d in drafts if d.indicator in STOCKS and d.partner]
    if hosts:
        ctx.rank_host = hosts[-1]


# --- status -----------------------------------------------------------------------------


def _assign_status(text, a, d: Draft) -> None:
    if d.attached is not None and d.measure == "change_pct":
        window = text[max(a, d.mention.start - 40):d.mention.start]
    else:
        window = text[max(a, d.mention.start - 90):d.mention.start]
    cut = max(window.rfind(";"), window.rfind(". "))
    if cut >= 0:
        window = window[cut + 1:]
    best, best_pos = None, -1
    for e in STATUS_CUES:
        for m in e.pattern.finditer(window):
            if m.start() >= best_pos:
                best, best_pos = e.target, m.start()
    if best:
        d.status = best


# --- claims -----------------------------------------------------------------------------


def _checked_claim(doc: Document, d: Draft, span: tuple[int, int]) -> Optional[Claim]:
    """A draft the contract refuses (a period that ends before it starts, a range upside down)
    is dropped alone: one impossible reading must not cost the document its other claims."""
    try:
        return _to_claim(doc, d, span)
    except ValueError:  # pydantic's ValidationError is a ValueError
        return None


def _to_claim(doc: Document, d: Draft, span: tuple[int, int]) -> Optional[Claim]:
    m = d.mention
    if not d.indicator or d.period is None or not d.reporter or not d.partner:
        return None
    if d.reporter == d.partner:
        return None
    value, low, high = m.value, m.low, m.high
    unit = m.unit
    if d.measure == "change_pct":
        if d.sign < 0:
            value, low, high = -value, -high, -low
        unit = "percent"
    elif m.kind == "percent":
        return None
    if d.indicator == "investment_projects" and m.kind != "count":
        return None
    if d.indicator == "investor_rank" and m.kind != "rank":
        return None
    if m.kind in ("count", "rank") and d.indicator not in ("investment_projects", "investor_rank"):
        return None
    if m.kind == "money" and unit not in CONTRACT_CURRENCIES:
        return None  # a figure in baht, yuan or riel: outside the contract's units
    return Claim(
        doc_id=doc.doc_id, indicator=d.indicator, measure=d.measure,
        value=_plain(value), value_low=_plain(low), value_high=_plain(high), unit=unit,
        period_start=d.period[0], period_end=d.period[1], status=d.status,
        reporter=d.reporter, partner=d.partner, commodity=d.commodity,
        sentence=doc.text[span[0]:span[1]], doc_date=doc.doc_date,
        surface=m.surface, start=m.start, end=m.end,
        sentence_start=span[0], sentence_end=span[1],
        period_text=d.period_text, rule=m.rule, doc_title=doc.title, doc_url=doc.url,
    )


def _plain(v: Decimal) -> Decimal:
    v = v.normalize()
    return v.quantize(Decimal(1)) if v == v.to_integral_value() else v


def _dedupe(claims: list[Claim], drafts) -> list[Claim]:
    """One claim for a figure stated twice (a headline and the body)."""
    source_rank = {"sentence": 0, "sentence-own": 0, "base": 0, "carried": 1, "document date": 2,
                   "": 1}
    by_key: dict[tuple, list[Claim]] = {}
    for c in claims:
        flow = ("import", c.partner, c.reporter) if c.indicator == "export" else (
            c.indicator, *sorted((c.reporter, c.partner))) if c.indicator == "trade_total" else (
            c.indicator, c.reporter, c.partner)
        key = (flow, c.measure, c.commodity.casefold(), c.unit, c.value, c.value_low, c.value_high)
        by_key.setdefault(key, []).append(c)
    keep: set[str] = set()
    src_of = {}
    for d, span in drafts:
        src_of[(d.mention.start, d.mention.end)] = d.period_source
    for group in by_key.values():
        kept: list[Claim] = []
        for c in sorted(group, key=lambda c: (source_rank.get(src_of.get((c.start, c.end), ""), 1),
                                              c.start)):
            same = [k for k in kept if (k.period_start, k.period_end) == (c.period_start, c.period_end)]
            # A repeat dated only by the publication date (a headline) is the body's figure; one
            # whose period the article carried from an earlier sentence is a claim of its own.
            defaulted = src_of.get((c.start, c.end), "") == "document date"
            if same or (kept and defaulted):
                continue
            kept.append(c)
        keep.update(c.claim_id for c in kept)
    return [c for c in claims if c.claim_id in keep]
