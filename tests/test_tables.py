"""Tables whose unit is in the column header: cells, headers and figures, as tables."""
from decimal import Decimal

import pytest

from extract import extract_text
from extract.tables import cell_mentions, header_columns, money_unit, row_cells

from .test_claims import D, rows


@pytest.mark.parametrize("line,cells", [
    ("| Sắt thép các loại | 712,4 | -12,5 | ", ["Sắt thép các loại", "712,4", "-12,5"]),
    ("Chỉ tiêu | Trị giá | So với 5 tháng/2020", ["Chỉ tiêu", "Trị giá", "So với 5 tháng/2020"]),
    ("|---|---|---|", []),
    ("Kim ngạch đạt 5 triệu USD.", None),
    ("Một dòng | có một gạch", None),
], ids=lambda x: str(x)[:30])
def test_row_cells_keep_offsets(line, cells):
    got = row_cells(line, 0, len(line))
    assert (None if got is None else [c[2] for c in got]) == cells
    for a, b, cell in got or []:
        assert line[a:b] == cell


@pytest.mark.parametrize("header,columns", [
    ("| Mặt hàng | Trị giá (triệu USD) | So với cùng kỳ (%) |",
     [("money", "USD", Decimal(10) ** 6, ""), ("percent", "percent", 1, "")]),
    ("| Đối tác | Xuất khẩu (tỷ USD) | Nhập khẩu (tỷ USD) | Tỷ trọng (%) |",
     [("money", "USD", Decimal(10) ** 9, "export"), ("money", "USD", Decimal(10) ** 9, "import")]),
    ("| Địa bàn | Số dự án | Vốn đăng ký (triệu USD) |",
     [("count", "count", 1, "investment_projects"), ("money", "USD", Decimal(10) ** 6, "")]),
    ("| Hạng | Quốc gia | Số dự án | Vốn đăng ký (triệu USD) |",
     [("rank", "rank", 1, "investor_rank"), ("count", "count", 1, "investment_projects"),
      ("money", "USD", Decimal(10) ** 6, "")]),
    ("| STT | Quốc gia | Số dự án |", [("count", "count", 1, "investment_projects")]),  # STT numbers rows
    ("| Mặt hàng | Trị giá | Tỷ trọng |", []),  # no unit anywhere: the cells carry their own
], ids=lambda x: str(x)[:40])
def test_header_columns(header, columns):
    got = header_columns(row_cells(header, 0, len(header)))
    assert [(c.kind, c.unit, c.scale, c.indicator) for c in got] == columns


def test_a_caption_unit_serves_value_columns_without_one():
    header = "| Đối tác | Xuất khẩu | Nhập khẩu | Tổng | Tăng/giảm (%) |"
    unit = money_unit("Thương mại của Campuchia với một số đối tác, 5 tháng 2025 (triệu USD)")
    got = header_columns(row_cells(header, 0, len(header)), unit)
    assert [(c.kind, c.indicator) for c in got] == [("money", "export"), ("money", "import"),
                                                     ("money", "trade_total"), ("percent", "")]


def test_cell_figures_are_the_printed_numbers():
    header = "| Mặt hàng | Trị giá (triệu USD) | So với cùng kỳ (%) |"
    line = "| Xăng dầu các loại | 598,1 | -8,2 | "
    found = cell_mentions(row_cells(line, 0, len(line)), header_columns(row_cells(header, 0, len(header))))
    assert [(m.kind, m.value, line[m.start:m.end]) for m in found] == [
        ("money", Decimal("598100000.0"), "598,1"), ("percent", Decimal("8.2"), "8,2")]


TABLE = (
    "Hàng Việt bán sang Campuchia trong 9 tháng đầu năm 2023 đạt 4,51 tỷ USD.\n"
    "| Một số mặt hàng xuất khẩu chính sang Campuchia 9 tháng năm 2023 |  |  | \n"
    "|---|---|---|\n"
    "| Mặt hàng | Trị giá (triệu USD) | So với cùng kỳ (%) | \n"
    "|---|---|---|\n"
    "| Sắt thép các loại | 712,4 | -12,5 | \n"
    "| Hàng dệt, may | 431,7 | 5,6 | \n"
    "| Tổng xuất khẩu sang Campuchia | 4.510 | -3,8 | \n"
    "Nguồn: Tổng cục Hải quan\n")

PARTNERS = (
    "5 tháng đầu năm 2025, Campuchia xuất khẩu sang Việt Nam 1,72 tỷ USD.\n"
    "| Thương mại của Campuchia với một số đối tác, 5 tháng đầu năm 2025 (triệu USD) |  |  |  | \n"
    "| Đối tác | Xuất khẩu | Nhập khẩu | Tổng | Tăng/giảm (%) | \n"
    "| Trung Quốc | 702 | 5.418 | 6.120 | 24,7 | \n"
    "| Toàn thế giới | 11.842 | 12.530 | 24.372 | 13,9 | \n")


@pytest.mark.parametrize("text,doc_date,expected", [
    (TABLE, "2023-10-16", [
        ("export", "change_pct", -12.5, "2023-01-01", "2023-09-30", "actual", "VN", "KH", "Sắt thép các loại"),
        ("export", "change_pct", -3.8, "2023-01-01", "2023-09-30", "actual", "VN", "KH", ""),
        ("export", "change_pct", 5.6, "2023-01-01", "2023-09-30", "actual", "VN", "KH", "Hàng dệt, may"),
        ("export", "level", 431.7e6, "2023-01-01", "2023-09-30", "actual", "VN", "KH", "Hàng dệt, may"),
        ("export", "level", 712.4e6, "2023-01-01", "2023-09-30", "actual", "VN", "KH", "Sắt thép các loại"),
        # the total row repeats the body's figure: one claim
        ("export", "level", 4.51e9, "2023-01-01", "2023-09-30", "actual", "VN", "KH", "")]),
    (PARTNERS, "2025-06-20", [
        ("export", "level", 702e6, "2025-01-01", "2025-05-31", "actual", "KH", "CN", ""),
        ("export", "level", 1.72e9, "2025-01-01", "2025-05-31", "actual", "KH", "VN", ""),
        ("import", "level", 5.418e9, "2025-01-01", "2025-05-31", "actual", "KH", "CN", ""),
        ("trade_total", "change_pct", 24.7, "2025-01-01", "2025-05-31", "actual", "KH", "CN", ""),
        ("trade_total", "level", 6.12e9, "2025-01-01", "2025-05-31", "actual", "KH", "CN", "")]),
    ("Viện trợ không hoàn lại của Việt Nam cho Lào qua các năm\n"
     "| Năm | Viện trợ cho Lào (tỷ đồng) |\n"
     "| 2019 | 898 |\n"
     "| 2020 | 971 |\n", "2023-09-15", [
        ("aid", "level", 898e9, "2019-01-01", "2019-12-31", "actual", "VN", "LA", ""),
        ("aid", "level", 971e9, "2020-01-01", "2020-12-31", "actual", "VN", "LA", "")]),
    ("Tính đến ngày 31/12/2022, Lào đã thu hút đầu tư nước ngoài từ 55 quốc gia. Ba nhà đầu tư "
     "lớn nhất được thống kê trong bảng dưới đây.\n"
     "| Hạng | Quốc gia | Số dự án | Vốn đăng ký (triệu USD) |\n"
     "|---|---|---|---|\n"
     "| 1 | Trung Quốc | 1.035 | 16.850,4 |\n"
     "| 3 | Việt Nam | 430 | 5.210,8 |\n", "2023-02-08", [
        ("investment_capital", "level", 16850.4e6, "2022-12-31", "2022-12-31", "actual", "CN", "LA", ""),
        ("investment_capital", "level", 5210.8e6, "2022-12-31", "2022-12-31", "actual", "VN", "LA", ""),
        ("investment_projects", "level", 430, "2022-12-31", "2022-12-31", "actual", "VN", "LA", ""),
        ("investment_projects", "level", 1035, "2022-12-31", "2022-12-31", "actual", "CN", "LA", ""),
        ("investor_rank", "level", 1, "2022-12-31", "2022-12-31", "actual", "CN", "LA", ""),
        ("investor_rank", "level", 3, "2022-12-31", "2022-12-31", "actual", "VN", "LA", "")]),
    ("Tính đến ngày 31/12/2024, đầu tư của Việt Nam ra nước ngoài theo địa bàn.\n"
     "| STT | Địa bàn | Số dự án | Vốn đăng ký (triệu USD) |\n"
     "| 1 | Lào | 281 | 5.833,6 |\n"
     "| 3 | Venezuela | 4 | 1.827,3 |\n"
     "|  | Các địa bàn khác | 1.430 | 10.627,9 |\n"
     "|  | Tổng cộng | 1.956 | 22.915,0 |\n", "2025-01-15", [
        ("investment_capital", "level", 1827.3e6, "2024-12-31", "2024-12-31", "actual", "VN", "VE", ""),
        ("investment_capital", "level", 5833.6e6, "2024-12-31", "2024-12-31", "actual", "VN", "LA", ""),
        ("investment_projects", "level", 4, "2024-12-31", "2024-12-31", "actual", "VN", "VE", ""),
        ("investment_projects", "level", 281, "2024-12-31", "2024-12-31", "actual", "VN", "LA", "")]),
], ids=["products under a caption", "partners, unit in the caption", "a row per year",
        "investors ranked in a table", "destinations with an unlabelled total row"])
def test_tables_to_claims(text, doc_date, expected):
    assert rows(text, D(doc_date)) == sorted(expected)


def test_table_figures_keep_provenance():
    for c in extract_text(TABLE, doc_id="t", doc_date=D("2023-10-16")):
        assert TABLE[c.start:c.end] == c.surface
        assert TABLE[c.sentence_start:c.sentence_end] == c.sentence
