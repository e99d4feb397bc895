"""The pipeline: normalise -> sentences -> mentions -> period -> indicator/countries -> claims.

Every stage is a pure function of the document; the only state is the reading context that
a news article builds up as it goes (the year in view, the last period stated, the trade
direction of the paragraph), and it lives in a ``Context`` made fresh for each document.

This module reads sentences and decides what each figure is (cues, non-claims, growth,
products, status) and turns drafts into claims; ``countries`` decides who reports and who is
the partner, ``dating`` which period a figure covers, ``tables`` reads figures whose unit is
in a column header, ``context`` holds the shared ``Context``/``Draft``/``Cue``.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Optional

from .context import _ANAPHORA, STOCKS, Context, Cue, Draft, I
from .countries import (_DOC_COUNTRIES, _assign_countries, _CountryIndex, _countries, _is_place,
                        _flow_countries, _note_partner_host, _ranks_in_order, _respectively)
from .dating import _advance_context, _assign_period, _vague_time
from .mentions import Mention, find_mentions
from .model import CONTRACT_CURRENCIES, Claim, Document
from .tables import cell_mentions, header_columns, is_table_mention, money_unit, row_cells
from .periods import Period, find_periods
from .sentences import split_sentences
from .vocab import COMMODITY_RE, EXCLUSIONS, INDICATOR_CUES, ORGANISATION_RE, STATUS_CUES

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


# Blocks of links to other stories: nothing after such a heading belongs to the article.
_RELATED = re.compile(r"^\s*(?:tin liên quan|tin khác|tin cùng chuyên mục|cùng chuyên mục|"
                      r"đọc thêm|xem thêm|bài liên quan|các tin khác|tin mới|tin đã đưa)\s*:?\s*$",
                      I | re.M)
_GROWTH = re.compile(r"(?:tăng|giảm|nhích|sụt|hạ|cao hơn|thấp hơn|đi xuống|đi lên|tăng trưởng|"
                     r"mức tăng|mức giảm|âm|dương|tăng thêm|lên|xuống)"
                     r"(?:[\s,]+(?:nhẹ|mạnh|vọt|tới|đến|khoảng|gần|hơn|trên|chừng|xấp xỉ|lần lượt|"
                     r"thêm|trưởng|ở mức|được|khá|sâu|lên|mạnh mẽ|đột biến|nhất|nhanh|"
                     r"nhanh nhất|mạnh nhất|tương ứng|từ|ít nhất|tối thiểu))*\s*$", I)
_NEGATIVE = re.compile(r"giảm|sụt|thấp hơn|hạ|đi xuống|âm|xuống", I)
_BASE_LEVEL = re.compile(r"(?:so với) (?:mức |con số )?(?:\w+ ){0,2}$|\(khi đó(?: chỉ)?(?: đạt)? $|"
                         r"so với [^,;()]{2,25}\(\s*$|"  # "giảm 37% so với năm 2017 (110 triệu USD)"
                         r"thấp hơn (?:mức )?$|cao hơn (?:mức )?$", I)
# Below these no flow, stock or gift between countries is reported: such an amount is a price.
_SMALLEST = {"USD": 1000, "VND": 1_000_000, "LAK": 100_000}
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
_RANK_BAD = re.compile(r"đối tác|(?<!tại )(?<!ở )thị trường|địa bàn|điểm đến|nhận (?:đầu tư|vốn)|bạn hàng|"
                       r"nhà đầu tư (?:của )?Việt Nam (?:lớn|đứng)|doanh nghiệp (?:Việt Nam )?lớn nhất|"
                       r"dự án (?:có )?(?:quy mô )?lớn nhất|"
                       r"ASEAN|nhóm|tốp|top|mặt hàng|nhận vốn|về tốc độ|một trong (?:\d+|hai|ba|bốn|năm|"
                       r"mười|những|các|số)", I)
_PROJECT_BAD = re.compile(r"^\s*(?:khác |đã |cũ |đang triển khai |đang hoạt động |hiện có )?(?:được )?(?:điều chỉnh|tăng vốn)|"
                          r"^\s*(?:(?:sử dụng|bằng|từ) )?(?:nguồn )?(?:vốn )?(?:viện trợ|hỗ trợ|phát triển|ODA)", I)
_WORLD = re.compile(r"(?:của|từ) \d+ quốc gia|\d+ quốc gia và vùng lãnh thổ", I)






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
    vn_places = 0
    for x, _, c in _countries(text, 0, end):
        counts[c] = counts.get(c, 0) + 1
        first.setdefault(c, x)
        vn_places += c == "VN" and _is_place(text, x)
    # the most named partner; of two named as often, the one named first
    others = sorted(((n, c) for c, n in counts.items() if c != "VN"), key=lambda x: (-x[0], first[x[1]]))
    vn = counts.get("VN", 0)
    # A Laos–Thailand story: Vietnam is a bystander. Not when a Vietnamese province tells it
    # ("Gia Lai đẩy mạnh hợp tác với các tỉnh giáp biên Campuchia và Lào").
    # It must also name the two as a pair ("Lào – Thái Lan", "giữa Lào và Thái Lan"): a Lao
    # border-gate report that mentions Thailand once, or "Thương mại với Campuchia, Lào", is
    # still Vietnam's story.
    if len(others) >= 2 and others[1][0] > vn and vn_places < 2 \
            and _names_pair(text, end, others[0][1], others[1][1]):  # (one place may be a firm's)
        return (others[0][1], others[1][1])
    return ("VN", others[0][1] if others else "LA")


_PAIR_JOIN = re.compile(r"\s*(?:[–-]|và|với)\s*")


def _names_pair(text: str, end: int, one: str, two: str) -> bool:
    """Whether the text names ``one`` and ``two`` side by side ("Lào – Thái Lan", "Thái Lan
    và Lào", "giữa Lào với Thái Lan")."""
    found = _countries(text, 0, end)
    return any({c1, c2} == {one, two} and (
        re.fullmatch(r"\s*[–-]\s*", text[y1:x2])
        or _PAIR_JOIN.fullmatch(text[y1:x2]) and re.search(r"giữa\s+(?:\S+\s+){0,2}$", text[max(0, x1 - 20):x1], I))
        for (x1, y1, c1), (x2, y2, c2) in zip(found, found[1:]))


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
        if m.start < world or m.start >= ctx.world_resume or _BILATERAL_AFTER.search(text, world, m.start):
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
    for prev, d in zip(drafts, drafts[1:]):
        between = text[prev.mention.end:d.mention.start]
        if prev.commodity and not d.commodity and prev.measure == d.measure == "level" \
                and prev.indicator == d.indicator and prev.mention.kind == d.mention.kind == "money" \
                and not prev.is_base and not d.is_base and ";" not in between \
                and not COMMODITY_RE.search(between) \
                and not any(prev.mention.end <= c.start < d.mention.start for c in cues) \
                and (re.search(r"\b(?:nhưng|còn|sang)\s", between, I)
                     and any(prev.mention.end <= q.start < d.mention.start for q in periods)
                     and not _countries(text, prev.mention.end, d.mention.start)
                     or re.fullmatch(r"\s*,?\s*(?:và\s+)?(?:sang\s+)?\S+(?:\s\S+)?\s+(?:đạt\s+)?"
                                     r"(?:khoảng |gần |hơn |trên )?", between, I)
                     and _countries(text, prev.mention.end, d.mention.start)):
            # "cả năm 2022, xuất khẩu sầu riêng … 188 triệu USD, nhưng 6 tháng đầu năm nay đã lên
            # khoảng 730 triệu USD": the same product over the next period; "… điện sang Thái Lan
            # đạt 1,45 tỷ USD, sang Việt Nam 220 triệu USD": the same product to the next country
            d.commodity = prev.commodity
    for prev, d in zip(drafts, drafts[1:]):
        if prev.measure == "change_pct" and prev.commodity and d.measure == "level" and not d.commodity \
                and d.mention.kind == "money" and re.fullmatch(
                    r"\s*,\s*(?:với|đạt)\s+(?:kim ngạch|trị giá|giá trị)?\s*(?:khoảng |gần |hơn |trên )?",
                    text[prev.mention.end:d.mention.start], I):
            # "nhóm hàng xăng dầu, mức tăng trưởng … là 27,4%, với trị giá 96,5 triệu USD"
            d.commodity = prev.commodity
            if d.indicator == "trade_total" and prev.indicator in ("export", "import"):
                d.indicator, d.reporter, d.partner = prev.indicator, prev.reporter, prev.partner
    _ranks_in_order(text, a, b, drafts, ctx)
    _respectively(text, a, b, drafts, periods, ctx, cues)
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
    drafts = _each_country(text, a, drafts)
    _advance_context(text, a, b, periods, cues, drafts, ctx)
    return [d for d in drafts if d.indicator and d.period is not None]


def _each_country(text: str, a: int, drafts: list[Draft]) -> list[Draft]:
    """"hỗ trợ Lào và Campuchia mỗi nước 50.000 USD": one gift to each country named."""
    out = []
    for d in drafts:
        out.append(d)
        if d.indicator != "aid" or not re.search(r"mỗi nước\s*(?:khoảng |gần |hơn |trên )?$",
                                                  text[max(a, d.mention.start - 25):d.mention.start], I):
            continue
        lo = max(a, text.rfind(";", a, d.mention.start) + 1)
        takers = list(dict.fromkeys(c for _, _, c in _countries(text, lo, d.mention.start)
                                    if c != d.reporter))
        if len(takers) >= 2:
            d.partner = takers[0]
            out.extend(dataclasses.replace(d, partner=c) for c in takers[1:])
    return out


_TOTAL_ROW = re.compile(r"\W*(?:tổng|cộng|toàn|các mặt hàng khác|hàng hóa khác|khác\b|thế giới|"
                        r"các (?:[\wÀ-ỹ]+ ){1,3}khác)", I)
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
        ctx.table_headers = [(i, c[2]) for i, c in enumerate(cells)]
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
    # the row's label: its first cell, or the first cell with words when the row opens with a
    # rank or a row number ("| 1 | Trung Quốc | 1.035 | 16.850,4 |")
    first = next((c for c in cells if re.search(r"[^\W\d]", c[2])), cells[0]) \
        if re.fullmatch(r"(?:\d{1,3}\.?)?", cells[0][2]) else cells[0]
    label, start, end = first[2], first[0], first[1]
    ctx.table_label_header = next((h for i, h in ctx.table_headers if i == cells.index(first)), "")
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
        elif p.doc_relative and not p.is_base and ctx.doc_date:
            # "Năm ngoái, … cả năm đạt …"; "… năm 2022 …, nhưng 6 tháng đầu năm nay …": the
            # publication's year, not the one named before it
            year = ctx.doc_date.year + p.relative
        elif p.year is None and not p.relative and year is not None and p.kind != "now" \
                and not p.doc_relative:
            p = p.with_year(year)
        out.append(p)
    return out




_CUE_ORDER = {"trade_total": 0, "investment_capital": 1, "investment_projects": 1, "aid": 1,
              "investor_rank": 1, "export": 2, "import": 2}
_CUES_IN_ORDER = sorted(INDICATOR_CUES, key=lambda e: _CUE_ORDER[e.target])
# "Ở chiều ngược lại", "Ngược lại, …" turn the direction; "nhập khẩu từ Lào thì ngược lại" (on the
# contrary) does not
_REVERSE = re.compile(r"(?:ở |về )?chiều ngược lại|(?<!thì )(?<!lại )ngược lại(?! với)(?!,)", I)
# ("Ngược lại, sắt thép … giảm 12,7%": a contrast, not the other direction)
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
    # "trao tặng … 50 tấn gạo và 200 triệu đồng, tổng trị giá hơn 700 triệu đồng": "trị giá" is
    # the value of what the sentence is about (here a gift), not a trade total of its own
    gifts = [c.start for c in found if c.indicator == "aid"]
    if gifts:
        found = [c for c in found if not (c.indicator == "trade_total"
                                          and re.fullmatch(r"(?:tổng )?(?:trị giá|giá trị)", text[c.start:c.end], I))]
    return found


_VALUE_OF_VOLUME = re.compile(r"\d\s*(?:nghìn |triệu |tỷ )?(?:tấn|kg|lít|m3|kWh|MWh|GWh|con|chiếc)\s*,\s*"
                              r"(?:với )?(?:trị giá|giá trị|kim ngạch)\s*(?:đạt )?"
                              r"(?:khoảng |gần |hơn |trên |xấp xỉ )?$", I)


def _excluded(text: str, a: int, m: Mention, prev_end: int, next_start: int,
              cues: list[Cue]) -> bool:
    lo = max(a, prev_end, m.start - 120)
    lo = max(lo, text.rfind(";", lo, m.start) + 1)
    after = text[m.end:min(next_start, m.end + 25)]
    for e in EXCLUSIONS:
        if e.target == "share" and m.kind != "percent":
            continue  # "chiếm 16,4%" is a share; "chiếm 41 dự án, vốn 610 triệu USD" a subset
        if e.target in ("before", "world", "share"):
            start = lo
            if e.name == "cán cân":  # "thặng dư … thu hẹp từ 2,72 tỷ USD xuống còn 1,5 tỷ USD"
                start = max(a, m.start - 120, text.rfind(";", a, m.start) + 1)
            hits = list(e.pattern.finditer(text, start, m.start))
            if hits and e.name == "lượng" and _VALUE_OF_VOLUME.search(text, hits[-1].end(), m.start) \
                    and re.match(r"(?:về |sản )?lượng", hits[-1].group(0), I):
                continue  # "sản lượng điện … đạt 620 triệu kWh, trị giá 38,4 triệu USD": its value
            # "tờ khai xuất nhập khẩu …, với tổng kim ngạch 218,7 triệu USD": a cue after the
            # non-claim word gives the figure back its indicator.
            if hits and (e.name in ("bình quân", "quá cảnh") or not any(
                    c.start >= hits[-1].end() and c.end <= m.start
                    and re.search(r"[,:]", text[hits[-1].end():c.start]) for c in cues)):
                # "Bình quân mỗi tháng, hàng hóa trao đổi … đạt 132 triệu USD" stays an average
                return True
        elif e.pattern.match(after.lstrip(" ,")) or e.pattern.search(after[:15]):
            return True
    if m.kind in ("money", "percent") and (
            after.startswith("/") or re.match(r"\s*/\s*(?:tấn|kg|lượng|lít|người|năm|tháng)", after)):
        return True  # a unit price or a rate per year ("550,7 USD/tấn"), not a figure
    if m.kind == "money" and m.value < _SMALLEST.get(m.unit, 0):
        return True  # "một hộp sữa … khoảng 1,2 USD": a price, not a flow
    if m.kind == "money" and _EXCHANGE.match(text, m.end, min(len(text), m.end + 40)):
        return True  # "1 USD đổi được khoảng 20.500 kíp": an exchange rate
    if m.kind == "money" and _ABS_CHANGE.search(text[max(a, m.start - 30):m.start]) and not re.search(
            r"(?:(?:đăng ký|rót|góp|bổ sung|cam kết)\s+thêm|mới\s+và\s+(?:điều chỉnh\s+)?tăng(?: vốn)?"
            r"(?: thêm)?)\s*(?:khoảng |gần |hơn |trên )?$",
            text[max(a, m.start - 40):m.start], I):
        # "đăng ký thêm 120 triệu USD": new capital; "đăng ký mới và tăng vốn thêm 112,6 triệu
        # USD": new and added capital together, the year's flow
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


_HOST_NAMED = re.compile(r"(?:tại|ở|sang|vào) (?:Lào|Campuchia|Thái Lan|Trung Quốc|Việt Nam)\b")
_GIFT_WORDS = re.compile(r"tặng|viện trợ|ủng hộ|tài trợ|quyên góp", I)
_OUTWARD = re.compile(r"đầu tư ra nước ngoài|ra nước ngoài|đầu tư ra", I)
_INWARD = re.compile(r"nước ngoài vào|FDI vào|đầu tư vào|thu hút|phê duyệt|cấp phép cho", I)


def _world_from(text: str, a: int, b: int, ctx: Context) -> int:
    """Offset from which figures in this sentence describe a country's trade with the world
    (Laos' total foreign trade and what follows it), or ``b`` when none do.

    Only trade with the world carries into the next sentence ("Điện là một trong những mặt
    hàng xuất khẩu tăng mạnh của Lào"); a total of foreign investment does not, because the
    sentence after it usually names each investor's share ("Trong số này, Trung Quốc …")."""
    start = b
    ctx.world_resume = b
    undated = ctx.world_undated and ctx.world  # sticky while the world total carries over
    ctx.world_undated = undated
    carried, ctx.world = ctx.world, False
    carried_investment, ctx.world_investment = ctx.world_investment, False
    carried_group, ctx.world_group = ctx.world_group, False
    for pat in _WORLD_SCOPE:
        m = pat.search(text, a, b)
        if m:
            start = min(start, m.start())
            if re.search(r"chiếm[^;.]{0,30}\d\s*%[^;]{0,40}$", text[a:m.start()], I):
                continue  # "…, chiếm khoảng 38% lượng cao su nhập khẩu của cả nước": a share of
                # the world total, not a passage about it
            ctx.world, ctx.world_undated = True, False
            ctx.world_kind = ("outward" if _OUTWARD.search(text, a, b) else
                              "inward" if _INWARD.search(text, a, b) else "trade")
            ctx.world_subject = frozenset(c for _, _, c in _countries(text, a, b))
            if ctx.world_kind == "trade" and len(ctx.world_subject) == 1 and "VN" not in ctx.world_subject:
                # "tổng kim ngạch xuất nhập khẩu của Lào …": the partners listed next are Laos'
                ctx.partner_host, ctx.partner_host_age = next(iter(ctx.world_subject)), 0
    for pat in _WORLD_SENTENCE:
        m = pat.search(text, a, b)
        if m:  # "tổng vốn đầu tư nước ngoài vào Lào …, đến từ 55 quốc gia": the whole clause
            start = min(start, text.rfind(";", a, m.start()) + 1 or a)
            ctx.world_investment = True
            subject = frozenset(c for _, _, c in _countries(text, a, b))
            if _OUTWARD.search(text, a, b) and len(subject) == 1:
                # "Việt Nam có 1.696 dự án đầu tư ra nước ngoài …": its destinations follow
                ctx.world, ctx.world_kind, ctx.world_subject = True, "outward", subject
            elif _INWARD.search(text, a, b) and len(subject) == 1:
                # "Lào đã thu hút 6.240 dự án … của 58 quốc gia": its investors follow (dated by
                # their own sentences, not by the flow the article told before)
                ctx.world, ctx.world_kind, ctx.world_subject = True, "inward", subject
                ctx.world_undated = True
            ctx.world_group = ctx.world_group or len({c for _, _, c in _countries(text, m.start(), m.end())}) >= 2
    named = {c for _, _, c in _countries(text, a, b)}
    turned = ctx.world_kind == "outward" and any(
        re.search(r"(?:tại|vào|ở)\s+$", text[max(a, x - 6):x], I)
        for x, _, c in _countries(text, a, b) if c in ctx.world_subject)
    # ("Lào có 11 dự án đầu tư tại Việt Nam" after Vietnam's investment abroad: the other way)
    if start == b and carried and ctx.world_kind in ("outward", "inward") and len(ctx.world_subject) == 1 \
            and named - ctx.world_subject and not turned:
        # "Lào dẫn đầu với 212,6 triệu USD" after Vietnam's investment abroad: the total, country
        # by country; each is a claim between the total's country and the one named
        if not ctx.breakdown:
            span = ctx.period if ctx.period and ctx.period[0] < ctx.period[1] else None
            if ctx.stock_period and ctx.stock_age == 0:
                span = None  # "Lũy kế đến ngày 20/12/2024, … 1.760 dự án …": a stock, dated so
            if undated:
                span = None
            ctx.breakdown = (ctx.world_kind, next(iter(ctx.world_subject)), span)
        ctx.world = True
        return b
    if start == b and carried and not _BILATERAL.search(text, a, b) and not ctx.breakdown \
            and "\n" not in text[ctx.prev_sentence[1]:a]:
        # (a new paragraph is a new topic; after a total told country by country, a sentence
        # naming none continues the last country's figures)
        ctx.world = True
        return a
    if start == b:
        ctx.breakdown = ()
    if start == b and carried_investment and len({c for _, _, c in _countries(text, a, b)}) <= 1 \
            and not _GIFT_WORDS.search(text, a, b) \
            and not (carried_group and _HOST_NAMED.search(text, a, b)):
        # (a gift told next is no share of investment; "Trong đó, tại Campuchia, VRG có 13 dự
        # án …" after a total over Laos and Cambodia is that country's part)
        return a  # "Năng lượng là lĩnh vực thu hút nhiều vốn nhất, với 42 dự án …": a share of it
    if start < b and ctx.world and ctx.world_kind in ("inward", "outward"):
        within = re.search(r"[;,]\s*trong đó,?\s+", text[start:b], I)
        if within:
            # "CDC đã phê duyệt 41 dự án …; trong đó, Trung Quốc là nhà đầu tư lớn nhất với 18 dự
            # án": the total, then its breakdown in the same sentence
            resume = start + within.end()
            subject = {c for _, _, c in _countries(text, a, resume)}
            if len(subject) == 1 and {c for _, _, c in _countries(text, resume, b)} - subject:
                ctx.breakdown = (ctx.world_kind, next(iter(subject)), ())
                ctx.world_resume = resume
    return start


# A sentence whose subject is a border gate and that names no flow reports the gate's turnover.
_GATE_SUBJECT = re.compile(r"\W*(?:[^,;]{0,30},\s*)?(?:(?:Riêng|Tại|Qua|Còn)\s+)?(?:các\s+)?cửa khẩu\b[^;]*$", I)
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
            r"(?:tăng|giảm)[^.;]{0,25}lần lượt|lần lượt (?:tăng|giảm)|lần lượt[^.;]*(?:tăng|giảm)\s+"
            r"(?:khoảng |gần |hơn )?\d[\d,]*\s*%\s*(?:và|,)\s*$", text[a:m.start], I)
        # ("… lần lượt đạt 18,2 triệu USD và 41,7 triệu USD, tăng 11,3% và 4,8%")
        if listed:  # "tăng lần lượt 12% và 17,9%": the second rate of the same verb
            window = text[a:m.start]
        if re.search(r"(?:bằng|tương đương|chỉ bằng)\s*(?:khoảng |gần |hơn )?$", window, I):
            return None  # "bằng 92,6% so với cùng kỳ" is a ratio to the base, not a growth rate
        if not (signed or listed or is_table_mention(m) or _GROWTH.search(window)
                or re.match(r"\s*so (?:với|cùng)", after, I)
                or re.search(r"tăng trưởng(?:\s+(?!kinh tế|GDP|GRDP|dân số)[\wÀ-ỹ/]+){0,7}\s*$", window, I)):
            return None
        d.measure = "change_pct"
        tail = window.split(",")[-1]
        if (signed and signed.group(1) in "−-▼↓") or (not signed and _NEGATIVE.search(tail)):
            d.sign = -1
    elif m.kind == "count":
        if re.search(r"(?:hoàn thành|xây dựng|viện trợ|tài trợ|hỗ trợ|nguồn vốn này)[^,;.]{0,30}$",
                     text[max(a, m.start - 40):m.start], I):
            return None  # "Nguồn vốn này đã giúp hoàn thành 12 dự án": aid-funded works
        if _PROJECT_BAD.search(text[m.end:m.end + 45]) or not (
                _INVEST_CONTEXT.search(text[a:b]) or ctx.topic in STOCKS):
            return None
        if _WORLD.search(text[m.start:m.end + 40]):
            return None
        d.indicator = "investment_projects"
    elif m.kind == "rank":
        near = text[max(a, m.start - 80):min(b, m.end + 80)]
        if not (_RANK_OK.search(near)
                or ctx.topic in STOCKS and re.search(r"lần lượt|trong số này|trong đó", text[a:b], I)
                or ctx.rank_recent  # "Thái Lan đứng thứ hai …" after "… nhà đầu tư lớn nhất"
                or ctx.breakdown and ctx.breakdown[0] == "inward"
                or ctx.topic in STOCKS and re.search(r"(?:theo|trong) (?:bảng )?xếp hạng", near, I)
                or re.search(r"\d[\d.,]*\s*(?:tỷ |triệu )?(?:USD|dự án)[^;.]{0,40},\s*(?:xếp|đứng)(?: ở)?"
                             r"(?: vị trí| hạng)?\s*$", text[max(a, m.start - 100):m.start], I)
                # ("Campuchia có 24 dự án với tổng vốn 63,9 triệu USD, xếp thứ 61")
                or is_table_mention(m) and any(c.kind == "count" or re.search(r"vốn", c.header, I)
                                               for c in ctx.table)):
            # (a host's approvals told investor by investor: "Trung Quốc dẫn đầu với …")
            return None
        if ctx.breakdown and ctx.breakdown[0] == "outward" and not _RANK_OK.search(near):
            return None  # "Campuchia đứng thứ hai" among the destinations of investment abroad
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
        if not commodity and cue is None and ctx.last_commodity and m.kind == "money" \
                and re.search(r"(?:con số|mức|kim ngạch) này\s+(?:là|đạt|chỉ đạt|lên|ở mức)?\s*"
                              r"(?:khoảng |gần |hơn |trên )?$", text[max(a, m.start - 40):m.start], I):
            commodity = ctx.last_commodity  # "Riêng tháng 6, con số này là 290 triệu USD"
        d.commodity = commodity
        column = ctx.table_cells.get(m.start) if is_table_mention(m) else None
        if cue is None and column is not None and (column.indicator or ctx.table_indicator):
            # the header ("Xuất khẩu (triệu USD)") or the caption names what the cells are
            d.indicator = column.indicator or ctx.table_indicator
        elif cue is not None:
            d.indicator = cue.indicator
        elif not commodity and re.match(r"\W*(?:hai bên|hai nước)\s", text[a:m.start], I) and m.kind == "money":
            d.indicator = "trade_total"  # "Hai bên đặt mục tiêu đạt 2 tỷ USD vào năm 2010"
        elif not commodity and _GATE_SUBJECT.match(text, max(a, text.rfind(";", a, m.start) + 1), m.start):
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
        if commodity and (d.indicator == "aid" or cue is not None and d.indicator == "investment_capital"):
            # "trao tặng … 50 tấn gạo và 300 triệu đồng": a gift, not trade in rice; "đầu tư
            # các dự án cao su … với tổng vốn 8.500 tỷ đồng": the crop is the projects' sector
            d.commodity = ""
        elif commodity and d.indicator not in {"export", "import"}:
            earlier = [c for c in cues if c.indicator in {"export", "import"} and c.end <= m.start]
            if earlier:  # "Các mặt hàng xuất khẩu chủ lực … gồm A; B, với kim ngạch lần lượt …"
                d.indicator = earlier[-1].indicator
                cue = earlier[-1]
            elif ctx.flow and ctx.flow[0] in {"export", "import"}:
                d.indicator = ctx.flow[0]
                cue = None
            else:
                return None
    if m.kind == "money" and d.indicator in ("investment_capital", "trade_total", "") and re.match(
            r"[^.;]{0,20}?\bdo\s+[^.;]{0,40}?(?:tài trợ|tặng|trao tặng|viện trợ|hỗ trợ xây dựng)(?![\wÀ-ỹ])",
            text[m.end:b], I):
        # "Trường … với tổng vốn đầu tư 5,2 tỷ đồng do tỉnh Tây Ninh tài trợ": a gift's cost
        d.indicator = "aid"
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


_SHARE_BEFORE = re.compile(r"chiếm\s*(?:tỷ trọng[^;.%\d]{0,25}?)?(?:khoảng |gần |hơn |trên |tới )?\d[\d.,]*\s*%", I)


def _commodity(text, a, b, m: Mention, prev_end, next_start) -> str:
    # The product named between the previous figure and this one, or right after this one
    # ("30,2 triệu USD xăng dầu", "27,4 triệu USD mua cao su", "11,2 triệu USD cho gỗ").
    lo = max(a, prev_end)
    share = _SHARE_BEFORE.search(text, a, lo) if prev_end > a else None
    if share and share.end() == lo and re.fullmatch(
            r"[^;.]*,\s*(?:tương đương|với(?:\s+(?:kim ngạch|trị giá|giá trị))?)\s*(?:khoảng |gần |hơn |trên )?",
            text[lo:m.start], I):
        # "Xăng dầu chiếm khoảng 32% giá trị …, tương đương 1,39 tỷ USD": the share's product
        lo = max(a, text.rfind(";", a, share.start()) + 1)
    within = [x.end() for x in re.finditer(r"trong đó|(?:^|[,;:]\s*)riêng(?=\s)", text[lo:m.start], I)]
    if within:  # "chủ yếu là xăng dầu, sắt thép …, trong đó xăng dầu đạt 64 triệu USD"
        lo += within[-1]
    seg = text[lo:m.start]
    cut = max(seg.rfind(";"), seg.rfind(":"))
    if cut >= 0 and seg[cut] == ":" and lo == a and not COMMODITY_RE.search(text, lo + cut + 1, b):
        # "• Sầu riêng tiếp tục là điểm sáng: Trung Quốc nhập từ Việt Nam 410 triệu USD": the
        # product that heads the line is the topic of what follows its colon
        skip = re.match(r"[\s•·\-–+*]*", seg).end()
        head = COMMODITY_RE.match(text, lo + skip, lo + cut)
        if head is not None:
            return head.group(0)
    if cut >= 0 and not (seg[cut] == ":" and len(seg) - cut < 6) \
            and not re.match(r"\s*(?:về )?(?:trị giá|giá trị)", seg[cut + 1:], I):
        # "label: value" keeps its label; "… 980.000 tấn than đá …; trị giá … 96,7 triệu USD"
        # is the value of the same goods
        lo += cut + 1
    # (searched up to the figure's end, so a product's look-ahead can see the figure: "điện 165")
    chain = [c for c in COMMODITY_RE.finditer(text, lo, m.end) if c.end() <= m.start
             # "9,2 triệu USD cho quặng, cùng 8,5 triệu USD cho ngô": "quặng" is the first one's
             if not (prev_end > a and c.start() >= prev_end
                     and re.fullmatch(r"\s*(?:mua|cho|hàng)?\s*", text[prev_end:c.start()], I))]
    brackets = [(x.start(), x.end()) for x in re.finditer(r"\([^()]*\)", text[lo:m.start])]
    if brackets:  # "vật liệu xây dựng (xi măng, gạch ốp lát) đạt 3,8 triệu USD": the named group
        inside = [c for c in chain if any(lo + x <= c.start() and c.end() <= lo + y for x, y in brackets)]
        if len(inside) < len(chain):
            chain = [c for c in chain if c not in inside]
    if chain and re.search(r"(?:chủ yếu là|gồm|bao gồm|như|nhờ)\s+$",
                           text[max(a, chain[0].start() - 15):chain[0].start()], I) \
            and not re.fullmatch(r"\s*(?:\([^()]{1,30}\)\s*)?(?:\(|(?:các loại\s*)?(?:đạt|ước đạt|với|là|:))\s*"
                                 r"(?:khoảng |gần |hơn |trên )?",
                                 text[chain[-1].end():m.start], I):
        chain = []  # a list describing a total, not a product's own figure ("gồm xăng dầu (41,3 …)" is)
    if chain and re.search(r"tổng kim ngạch|giá trị hàng hóa|tổng giá trị", text[chain[-1].end():m.start], I):
        chain = []  # "Nhu cầu phân bón … tăng cao giúp giá trị hàng hóa … tăng 30,9%": a cause
    if chain and (not re.search(r"(?:chiếm|bằng)\s", text[chain[-1].end():m.start], I) or re.search(
            r"chiếm(?:[^,;.]*\svới|[^;.]*,\s*(?:tương đương|ước(?: tính| đạt)?)|[^;]*,\s*(?:trị giá|giá trị)|"
            r"[^;]*,\s*với(?:\s+(?:kim ngạch|trị giá|giá trị))?)"
            r"\s*(?:khoảng |gần |hơn |trên |với )?$",
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
    if re.search(r"trị giá|giá trị", text[max(a, prev_end):m.start], I):
        # "nhập khẩu khoảng 980.000 tấn than đá …; trị giá … đạt 96,7 triệu USD": the value of
        # the goods counted just before
        counted = [c for c in COMMODITY_RE.finditer(text, a, m.start)
                   if re.search(r"\d[\d.,]*\s*(?:nghìn |triệu |tỷ )?(?:tấn|kg|lít|m3|kWh|con)\s+$",
                                text[max(a, c.start() - 30):c.start()], I)]
        if counted:
            return counted[-1].group(0)
    after = COMMODITY_RE.search(text, m.end, min(next_start, m.end + 20, b))
    if after is not None and re.fullmatch(r"\s*(?:(?:để |nhằm )?mua |cho |hàng |các loại )?",
                                          text[m.end:after.start()], I):
        return after.group(0)
    return ""


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
                    and not any(p.mention.end <= c.start < gm.start and c.indicator != p.indicator
                                for c in cues)  # ("27,4 triệu USD mua cao su của Lào (tăng …)")
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
                            for c in cues) \
                and not any(prev[-1].mention.end <= q.start < gm.start and not q.is_base for q in periods):
            # (not when a new period comes between: "…; sang năm 2021, kim ngạch bật tăng 77,6%")
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
