"""Dating: which period each figure covers, and how the article's period moves on.

A figure takes the period printed with it, else the one the article is talking about (carried
from earlier sentences, an aside such as "Riêng quý III" excepted), else the document's date for
stocks and gifts. Year-less periods take the year in view, or the document's year; a forecast
or target is never dated by the article's period.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from .context import _ANAPHORA, _CLAUSE_EDGE, FLOWS, STOCKS, Context, Cue, Draft, I
from .countries import _flow_countries, gate_faces
from .mentions import Mention
from .periods import Period
from .tables import is_table_mention, row_cells

FUTURE = {"forecast", "target"}
_FROM_FIGURE = re.compile(r"(?<![\wÀ-ỹ])từ\s+(?:mức\s+)?(?:khoảng |gần |hơn |trên )?\d[\d.,]*\s*"
                          r"(?:nghìn tỷ|tỷ|tỉ|triệu|nghìn)?\s*(?:USD|đô la|đồng|kíp|dự án)?\s*"
                          r"(?:vào |trong |của )?$", I)


def _assign_period(text, a, b, d: Draft, periods: list[Period], ctx: Context) -> None:
    m = d.mention
    year_row = re.fullmatch(r"(?:năm\s+)?((?:19|20)\d\d)", ctx.table_row[0], I) if ctx.table_row else None
    if year_row and is_table_mention(m):  # "| 2019 | 898 |": the row is the year
        y = int(year_row.group(1))
        d.period, d.period_text, d.period_source = (date(y, 1, 1), date(y, 12, 31)), ctx.table_row[0], "sentence"
        return
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
        if base and main is not None and base[0].kind == "year" and base[0].year is None \
                and base[0].surface.lower().endswith("năm trước"):
            # "… trong năm 2011, tăng 57,5% so với mức 1,81 tỷ USD của năm trước": the year
            # before the figure's own, not before the publication
            own_year = [p for p in own if p.kind == "year" and p.year and p.end <= m.start]
            y = own_year[-1].year if own_year else main[1].year
            span = (date(y - 1, 1, 1), date(y - 1, 12, 31))
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
    later = [p for p in own if p.start >= m.end and not re.search(r";|,(?!\d)", text[m.end:p.start])
             and p.kind not in {"now", "day", "asof"}]
    chosen: Optional[Period] = None
    if right_after:
        chosen = right_after[0]
        d.period_right_after = True
    elif before:
        chosen = before[-1]
    elif later and d.indicator not in STOCKS:
        chosen = later[0]
    elif later and re.search(r"(?:cấp|đăng ký) mới|thu hút", text[m.end:later[0].start], I):
        # "đứng thứ hai về vốn FDI đăng ký mới vào Việt Nam trong quý I": a rank, or a stock,
        # of that period's new investment
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
        if chosen is None and ctx.breakdown and ctx.breakdown[2] and (
                ind != "investor_rank" or ctx.breakdown[0] == "inward"):
            # a breakdown of a flow over a period ("tính từ đầu năm đến ngày 31/7/2025, tổng
            # vốn đầu tư ra nước ngoài …. Lào dẫn đầu với …"): the same period
            d.period, d.period_text, d.period_source = ctx.breakdown[2], "the total's period", "carried"
            return
        if chosen is None and ctx.period is not None and (
                ind == "investment_capital" and re.search(
                    r"cấp mới|tăng thêm|đăng ký mới|điều chỉnh tăng|bổ sung|vốn điều chỉnh|góp vốn|"
                    r"mua cổ phần", text[a:m.start], I)
                or ind == "investment_projects" and (re.match(
                    r"[^,;.]{0,20}?(?:được )?(?:cấp mới|cấp phép mới|đăng ký mới)", text[m.end:b], I)
                    or re.search(r"(?:vốn|dự án) (?:cấp mới|đăng ký mới)[^;.]{0,40}$", text[a:m.start], I))):
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
        if chosen is None and ctx.period and not ctx.prev_now \
                and re.match(r"\s*(?:trong số này|trong đó)", text[a:m.start], I):
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
        handed = [p for p in own if p.start >= m.end and p.kind in {"day", "month"} and re.search(
            r"(?:bàn giao|khánh thành|trao|tiếp nhận)[^;.]{0,25}$", text[m.end:p.start], I)]
        if pick is None and handed:  # "trị giá 12 tỷ đồng, đã được bàn giao hồi tháng 9/2008"
            pick = handed[0]
        if pick is None and ctx.last_day is not None and (ctx.last_day_age <= 1 or re.search(
                r"cùng ngày|cùng dịp|cùng buổi|cùng thời điểm|dịp này", text[a:m.start], I)):
            # "Cùng ngày, tỉnh Nghệ An cũng trao tặng …"; "Sáng 4/9, … bàn giao trường học.
            # Công trình … với tổng kinh phí 45 tỷ đồng": the day of the handover just told
            pick = ctx.last_day
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


def _vague_time(text: str, a: int, b: int, m: Mention, own_period_after: bool) -> bool:
    """A figure whose only time is "sớm", "trong tương lai", "trong 2 – 3 năm tới".

    "đạt 5 tỷ USD vào năm 2030 và sớm cán mốc 10 tỷ USD": the first figure has its own year
    printed right after it, so only the words before it count; the second has none."""
    lo = max([x.end() for x in _CLAUSE_EDGE.finditer(text, a, m.start)], default=a)
    nxt = _CLAUSE_EDGE.search(text, m.end, b)
    hi = m.start if own_period_after else (nxt.start() if nxt else b)
    if own_period_after:  # "sớm … lên 25 tỷ USD và hướng tới 30 tỷ USD vào năm 2030": the second
        lo = max([lo] + [lo + x.end() for x in re.finditer(r"\svà\s", text[lo:m.start])])
    lead = re.match(r"[^,;.]{0,40}?,", text[a:m.start])
    if lead and _VAGUE.search(lead.group(0)) and not own_period_after:
        return True  # "Trong những năm tới, thương mại … có thể vượt 5 tỷ USD"
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
    if p.year is None and ctx.year_relative and ctx.doc_date and p.kind != "year":
        year = ctx.doc_date.year  # "Nửa cuối năm ngoái … Tính chung hai tháng đầu năm": this year's
        # ("Năm ngoái … kim ngạch cả năm …" is still last year)
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
    ctx.last_gate = gate_faces(text, a, b) or ctx.last_gate
    told = [d for d in drafts if d.measure == "level" and d.indicator in FLOWS and not d.is_base]
    if told:
        ctx.last_commodity = told[-1].commodity


def _advance_period(text, a, b, periods: list[Period], drafts: list[Draft], ctx: Context) -> None:
    ctx.sentence_period = None
    if row_cells(text, a, b) is None:  # a table's rows all continue its caption
        ctx.stock_age += 1
    # a line that is only a date ("25/4/2025", "05/09/2014 08:15") is the page's, not an event's
    days = [p for p in periods if p.kind == "day" and not p.is_base and b - a > len(p.surface) + 20]
    ctx.last_day_age += 1
    ctx.prev_now = any(p.kind == "now" and not p.is_base for p in periods)
    if days:
        ctx.last_day, ctx.last_day_age = days[-1], 0
    for p in periods:
        if p.kind == "asof" and not p.is_base and (span := _resolve(p, ctx)):
            # an as-of date stated anywhere ("Lũy kế đến ngày 20/12/2024, …") dates the stocks
            # of the sentence after it ("Trong đó, tại Lào có 251 dự án …")
            ctx.stock_period, ctx.stock_age = (span, p.surface), 0
    retro = _ANAPHORA.search(text, a, b) is not None and ctx.period is not None
    years = {p.year for p in periods if p.kind == "year" and p.year and not p.is_base}
    if ctx.period is not None and len(years) >= 2 and max(years) <= ctx.period[1].year:
        # "Năm 2023 kim ngạch đạt 9,75 tỷ USD, năm 2024 tăng lên 10,2 tỷ USD, và sang năm 2025
        # …": a look back over a series of years; the story stays in its period
        return
    for p in periods:
        if p.is_base or p.kind in {"now", "asof", "day"}:
            continue
        if p.is_shift:
            continue
        span = _resolve(p, ctx)
        if span and retro and span[1] < ctx.period[0]:
            continue  # "Năm 2021, con số này là 1,41 tỷ USD": a look back, not a new period
        if span and ctx.doc_date is not None and span[0] > ctx.doc_date:
            continue  # "dự kiến … năm 2020" in a 2019 article: the story stays in 2019
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
    if ctx.doc_date is not None:  # a target for 2030 does not become the story's period
        flows = [d for d in flows if d.period[0] <= ctx.doc_date]
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
