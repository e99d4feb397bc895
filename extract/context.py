"""The reading context and the drafts the pipeline's stages share.

``Context`` is what a reader knows at a point of an article (the year in view, the last period
stated, the direction of trade being described …); a fresh one is made for each document, so
the stages stay pure functions of the document. ``Draft`` is a claim being assembled from one
mention, ``Cue`` a word that names an indicator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from .mentions import Mention
from .periods import Period

I = re.IGNORECASE
FLOWS = {"trade_total", "export", "import"}
STOCKS = {"investment_projects", "investment_capital", "investor_rank"}
_ANAPHORA = re.compile(r"con số(?: này| \d+ tháng)?|mức này|chỉ số này|kim ngạch này", I)
_CLAUSE_EDGE = re.compile(r"[;.]|,(?!\d)")


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
    last_day_age: int = 9  # sentences since it was named
    prev_now: bool = False  # the last sentence dated its stocks "hiện", "đến nay"
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
    world_kind: str = ""  # "outward" (a country's investment abroad), "inward" (FDI into it), "trade"
    world_subject: frozenset = frozenset()  # the countries that world total was about
    breakdown: tuple = ()  # (kind, subject, period) while sentences list a world total by country
    table_headers: list = field(default_factory=list)  # (index, text) of the header row's cells
    table_label_header: str = ""  # the header over the row labels ("Quốc gia", "Địa bàn")
    world_resume: int = 1 << 62  # "…; trong đó, Trung Quốc …": where the breakdown starts
    world_investment: bool = False  # … or about all foreign investment in a country
    last_gate: str = ""  # the neighbour faced by the border gate named last ("cửa khẩu này")
    last_commodity: str = ""  # the product of the last flow told ("con số này" continues it)
    world_undated: bool = False  # the world total just told gives its breakdown no period
    world_group: bool = False  # … or a total over two named neighbours ("tại Lào và Campuchia")


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


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    indicator: str
    name: str
