"""Tables whose unit is printed once, in the column header: "Trị giá (triệu USD)", "(%)".

News pages print statistics as tables (HTML tables reach the text as ``| a | b |`` rows, see
``documents.py``; plain-text articles write ``a | b | c``). A cell such as "712,4" is a figure
only through its header, so a row is read with the header row above it:

    | Mặt hàng          | Trị giá (triệu USD) | So với cùng kỳ (%) |
    | Sắt thép các loại | 712,4               | -12,5              |

gives 712,4 triệu USD and a change of -12,5 %, both read from the row's own characters (the
span of a cell figure is the number as printed, so provenance holds as for any other figure).
Which indicator, product, period and countries they belong to is decided by the pipeline, from
the header ("Xuất khẩu (triệu USD)"), the row's label and the table's caption, like any figure.

Pure functions: text and offsets in, columns and mentions out.

>>> text = "| Mặt hàng | Trị giá (triệu USD) | So với cùng kỳ (%) |"
>>> [(c.kind, c.unit, str(c.scale)) for c in header_columns(row_cells(text, 0, len(text)))]
[('money', 'USD', '1000000'), ('percent', 'percent', '1')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from .mentions import Mention
from .numbers import parse_vn_number
from .vocab import CURRENCY_RE, SCALE_RE, SCALE_WORDS, currency_unit

Cell = tuple[int, int, str]  # start, end (offsets into the text, stripped), the cell's text

TABLE_MONEY_RULE = "<bảng> <số> dưới cột (tỷ|triệu <tiền tệ>)"
TABLE_PERCENT_RULE = "<bảng> <số> dưới cột (%)"
TABLE_COUNT_RULE = "<bảng> <số> dưới cột Số dự án"
TABLE_RANK_RULE = "<bảng> <số> dưới cột Hạng"

# "(triệu USD)", "(Triệu USD)", "(tỷ đồng)", "(USD)", "- triệu USD" at the end of a header cell
_HEADER_MONEY = re.compile(rf"(?:\(|[-–,:]\s*)\s*(?P<scale>{SCALE_RE})?\s*(?P<cur>{CURRENCY_RE.pattern})"
                           r"\s*\)?\s*$", re.IGNORECASE)
_HEADER_PERCENT = re.compile(r"\(\s*%\s*\)|%\s*$|\(\s*\+\s*/\s*-\s*%?\s*\)", re.IGNORECASE)
# A percent column that is a share of a total, not a change: never a claim.
_SHARE = re.compile(r"tỷ trọng|chiếm|cơ cấu|tỷ lệ", re.IGNORECASE)
_CHANGE = re.compile(r"so với|tăng|giảm|thay đổi|biến động|\+\s*/\s*-|cùng kỳ", re.IGNORECASE)
_PROJECTS = re.compile(r"(?:số )?dự án(?: \(dự án\))?", re.IGNORECASE)
# A rank column ("Hạng", "Xếp hạng"); "STT"/"TT" only number the rows, so they are not ranks.
_RANK = re.compile(r"(?:xếp |thứ )?hạng|vị trí", re.IGNORECASE)
_VALUE = re.compile(r"trị giá|giá trị|kim ngạch|vốn", re.IGNORECASE)
_CELL_NUMBER = re.compile(r"(?P<sign>[+−-])?\s*(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)")
# The indicator a header names, tried in this order ("xuất nhập khẩu" is a total).
_HEADER_INDICATORS = (
    ("trade_total", re.compile(r"xuất nhập khẩu|XNK|tổng|kim ngạch|hai chiều|thương mại", re.I)),
    ("export", re.compile(r"xuất khẩu|(?<![\wÀ-ỹ])XK(?![\wÀ-ỹ])|(?<![\wÀ-ỹ])xuất(?![\wÀ-ỹ])", re.I)),
    ("import", re.compile(r"nhập khẩu|(?<![\wÀ-ỹ])NK(?![\wÀ-ỹ])|(?<![\wÀ-ỹ])nhập(?![\wÀ-ỹ])", re.I)),
)


@dataclass(frozen=True)
class Column:
    index: int  # position among the row's cells
    kind: str  # "money" | "percent" | "count" | "rank"
    unit: str  # USD, VND, LAK … or "percent"
    scale: Decimal
    indicator: str  # what the header names ("Xuất khẩu (triệu USD)"), or ""
    header: str


def row_cells(text: str, a: int, b: int) -> Optional[list[Cell]]:
    """The cells of the line ``text[a:b]`` when it is a table row: cells separated by "|"
    (at least three cells, or two with a leading "|"). None otherwise; a separator row
    ("|---|---|") has no text cells and gives []."""
    line = text[a:b]
    if line.count("|") < 2 and not (line.lstrip().startswith("|") and line.count("|") >= 1):
        return None
    cells: list[Cell] = []
    pos = a
    parts = line.split("|")
    for i, part in enumerate(parts):
        start, end = pos, pos + len(part)
        pos = end + 1
        if (i == 0 or i == len(parts) - 1) and not part.strip():
            continue  # the outer pipes of "| a | b |"
        lead = len(part) - len(part.lstrip())
        cells.append((start + lead, start + len(part.rstrip()), part.strip()))
    if all(set(c[2]) <= set("-–: ") for c in cells):
        return []
    return cells


def money_unit(cell: str) -> Optional[tuple[Decimal, str]]:
    """(scale, currency) printed at the end of a header or caption: "… (triệu USD)"."""
    money = _HEADER_MONEY.search(cell)
    if money is None:
        return None
    scale = SCALE_WORDS[money["scale"].lower()] if money["scale"] else Decimal(1)
    return scale, currency_unit(money["cur"])


def header_columns(cells: Optional[list[Cell]], default: Optional[tuple[Decimal, str]] = None
                   ) -> list[Column]:
    """The columns of a header row whose unit is in the header (money, change in %, number of
    projects). ``default``: the unit a caption gave the whole table ("Thương mại … (triệu
    USD)"), for value columns whose header has none ("Xuất khẩu", "Tổng", "Trị giá")."""
    out: list[Column] = []
    for i, (_, _, cell) in enumerate(cells or []):
        unit = money_unit(cell)
        indicator = next((key for key, pat in _HEADER_INDICATORS if pat.search(cell)), "")
        if unit:
            out.append(Column(i, "money", unit[1], unit[0], indicator, cell))
        elif _HEADER_PERCENT.search(cell):
            if _CHANGE.search(cell) and not _SHARE.search(cell):
                out.append(Column(i, "percent", "percent", Decimal(1), indicator, cell))
        elif _PROJECTS.fullmatch(cell):
            out.append(Column(i, "count", "count", Decimal(1), "investment_projects", cell))
        elif _RANK.fullmatch(cell):
            out.append(Column(i, "rank", "rank", Decimal(1), "investor_rank", cell))
        elif default and i > 0 and (indicator or _VALUE.search(cell)):
            out.append(Column(i, "money", default[1], default[0], indicator, cell))
    return out


def cell_mentions(cells: list[Cell], columns: list[Column]) -> list[Mention]:
    """The figures of a data row, read under its header's columns. A cell that is not just a
    number (a note, a dash for "no data") gives nothing; the sign of a change stays outside
    the figure's span, where the pipeline reads it like "| +21,7%"."""
    out: list[Mention] = []
    for col in columns:
        if col.index >= len(cells):
            continue
        start, end, cell = cells[col.index]
        m = _CELL_NUMBER.fullmatch(cell)
        if m is None:
            continue
        try:
            number = parse_vn_number(m["n"])
        except ArithmeticError:
            continue
        a = start + m.start("n")
        b = start + m.end("n")
        if col.kind == "money":
            if m["sign"]:
                continue  # a signed amount is a change, not a level
            value = number * col.scale
            out.append(Mention("money", a, b, m["n"], value, value, value, col.unit,
                               TABLE_MONEY_RULE))
        elif col.kind in ("count", "rank"):
            if m["sign"] or number != number.to_integral_value() or col.kind == "rank" and number < 1:
                continue
            out.append(Mention(col.kind, a, b, m["n"], number, number, number, col.kind,
                               TABLE_COUNT_RULE if col.kind == "count" else TABLE_RANK_RULE))
        else:
            out.append(Mention("percent", a, b, m["n"], number, number, number, "percent",
                               TABLE_PERCENT_RULE))
    return out


def is_table_mention(m: Mention) -> bool:
    return m.rule in (TABLE_MONEY_RULE, TABLE_PERCENT_RULE, TABLE_COUNT_RULE, TABLE_RANK_RULE)
