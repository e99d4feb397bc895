"""Sentences to claims, as tables: what a reader of the sentence would write down.

Each row: a short text (with its publication date) and the claims expected from it, as
(indicator, measure, value, period_start, period_end, status, reporter, partner, commodity).
The negative corpus lists texts that must give no claim at all. Known misses are
``xfail(strict=True)``: fixing one makes the test fail until it moves to the passing list.
"""
from datetime import date

import pytest

from extract import extract_text

D = date.fromisoformat


def rows(text, doc_date):
    return sorted(
        (c.indicator, c.measure, float(c.value), str(c.period_start), str(c.period_end),
         c.status, c.reporter, c.partner, c.commodity)
        for c in extract_text(text, doc_id="t", doc_date=doc_date))


CLAIMS = [
    # seeds: the three figures peers read wrongly
    ("Hai nước vẫn giữ vững đà tăng trưởng thương mại, ước đạt 1,1 – 1,2 tỷ USD, tăng 12,6% so "
     "với năm 2018.", "2019-12-25",
     [("trade_total", "change_pct", 12.6, "2019-01-01", "2019-12-31", "estimate", "VN", "LA", ""),
      ("trade_total", "level", 1.15e9, "2019-01-01", "2019-12-31", "estimate", "VN", "LA", "")]),
    ("Thương mại song phương trong Quý I năm 2024 đạt 476,8 triệu USD, tăng 12% so với cùng kỳ "
     "2023. Việt Nam hiện có 245 dự án đầu tư tại Lào với tổng vốn đăng ký 5,5 tỷ USD, tiếp tục "
     "duy trì vị trí thứ 3 trong số các quốc gia/vùng lãnh thổ đầu tư vào Lào.", "2024-04-22",
     [("investment_capital", "level", 5.5e9, "2024-04-22", "2024-04-22", "actual", "VN", "LA", ""),
      ("investment_projects", "level", 245, "2024-04-22", "2024-04-22", "actual", "VN", "LA", ""),
      ("investor_rank", "level", 3, "2024-04-22", "2024-04-22", "actual", "VN", "LA", ""),
      ("trade_total", "change_pct", 12, "2024-01-01", "2024-03-31", "actual", "VN", "LA", ""),
      ("trade_total", "level", 476.8e6, "2024-01-01", "2024-03-31", "actual", "VN", "LA", "")]),
    # growth before the level, and the sign of giảm
    ("Xuất khẩu của Việt Nam sang Lào trong quý I/2022 giảm 18%, chỉ đạt hơn 130 triệu USD.",
     "2022-04-22",
     [("export", "change_pct", -18, "2022-01-01", "2022-03-31", "actual", "VN", "LA", ""),
      ("export", "level", 130e6, "2022-01-01", "2022-03-31", "actual", "VN", "LA", "")]),
    # Lao-side phrasing: the flow is Laos' export
    ("Trong 9 tháng năm 2025, xuất khẩu từ Lào sang Việt Nam tăng 45%, lên hơn 1,47 tỷ USD.",
     "2025-10-17",
     [("export", "change_pct", 45, "2025-01-01", "2025-09-30", "actual", "LA", "VN", ""),
      ("export", "level", 1.47e9, "2025-01-01", "2025-09-30", "actual", "LA", "VN", "")]),
    # a base level inside the comparison is a claim for the base period
    ("Từ tháng 1 đến tháng 10/2022, hàng hóa Việt Nam mua từ Lào đạt 849,5 triệu USD, tăng 49,5% "
     "so với mức 568,3 triệu USD của 10 tháng năm 2021.", "2022-11-18",
     [("import", "change_pct", 49.5, "2022-01-01", "2022-10-31", "actual", "VN", "LA", ""),
      ("import", "level", 568.3e6, "2021-01-01", "2021-10-31", "actual", "VN", "LA", ""),
      ("import", "level", 849.5e6, "2022-01-01", "2022-10-31", "actual", "VN", "LA", "")]),
    # product-level trade, a product after the figure, "năm ngoái" against the document date
    ("Năm ngoái, Việt Nam bán sang Lào gần 30,2 triệu USD xăng dầu, tăng 254,7%.", "2023-02-06",
     [("export", "change_pct", 254.7, "2022-01-01", "2022-12-31", "actual", "VN", "LA", "xăng dầu"),
      ("export", "level", 30.2e6, "2022-01-01", "2022-12-31", "actual", "VN", "LA", "xăng dầu")]),
    # currency equivalents are claims of their own
    ("Trong 5 tháng đầu năm 2013, kim ngạch thương mại giữa Lào và Việt Nam đạt khoảng 3,4 nghìn "
     "tỷ kíp (tương đương 433,8 triệu USD).", "2013-06-17",
     # two-way trade is symmetric: Vietnam is written first whenever it is one side
     [("trade_total", "level", 3.4e12, "2013-01-01", "2013-05-31", "actual", "VN", "LA", ""),
      ("trade_total", "level", 433.8e6, "2013-01-01", "2013-05-31", "actual", "VN", "LA", "")]),
    # a stock at a stated date; a forecast of a stock at a future date
    ("Tính đến cuối tháng 6/2012, doanh nghiệp Việt Nam đã đầu tư 214 dự án tại Lào với tổng vốn "
     "đăng ký lũy kế khoảng 3,45 tỷ USD.", "2012-07-09",
     [("investment_capital", "level", 3.45e9, "2012-06-30", "2012-06-30", "actual", "VN", "LA", ""),
      ("investment_projects", "level", 214, "2012-06-30", "2012-06-30", "actual", "VN", "LA", "")]),
    # a target range with its own year
    ("Hai nước thống nhất phấn đấu đưa kim ngạch thương mại song phương năm 2025 tăng từ 10 đến "
     "15% so với năm 2024.", "2025-01-10",
     [("trade_total", "change_pct", 12.5, "2025-01-01", "2025-12-31", "target", "VN", "LA", "")]),
    # a grant dated to the day it was handed over
    ("Chiều 30/7, đại diện Bộ Công an Việt Nam đã trao tặng Bộ An ninh Lào số tiền 50.000 USD.",
     "2018-07-31",
     [("aid", "level", 50000, "2018-07-30", "2018-07-30", "actual", "VN", "LA", "")]),
    # the period of a month-on-month change is the month itself
    ("Riêng tháng 10, Việt Nam bán sang Lào 46,3 triệu USD, giảm 9,2% so với tháng 9/2022.",
     "2022-11-18",
     [("export", "change_pct", -9.2, "2022-10-01", "2022-10-31", "actual", "VN", "LA", ""),
      ("export", "level", 46.3e6, "2022-10-01", "2022-10-31", "actual", "VN", "LA", "")]),
    # "N tháng qua" is the year to date; "nước đạt" is not "ước đạt"
    ("11 tháng qua, thương mại song phương giữa hai nước chạm mốc 1,9 tỷ USD.", "2024-12-15",
     [("trade_total", "level", 1.9e9, "2024-01-01", "2024-11-30", "actual", "VN", "LA", "")]),
    # "tháng trước" against the publication date; "hàng … vào Campuchia" is an export
    ("Tháng trước, hàng Việt Nam vào Campuchia trị giá khoảng 520 triệu USD, giảm nhẹ 3,1%.",
     "2024-12-15",
     [("export", "change_pct", -3.1, "2024-11-01", "2024-11-30", "actual", "VN", "KH", ""),
      ("export", "level", 520e6, "2024-11-01", "2024-11-30", "actual", "VN", "KH", "")]),
    # "giữa Việt Nam và Lào …, trong đó xuất khẩu": the pair is not the exporter
    ("Thương mại giữa Việt Nam và Lào năm 2023 đạt 1,63 tỷ USD, trong đó xuất khẩu 650 triệu USD "
     "và nhập khẩu 980 triệu USD.", "2024-02-01",
     [("export", "level", 650e6, "2023-01-01", "2023-12-31", "actual", "VN", "LA", ""),
      ("import", "level", 980e6, "2023-01-01", "2023-12-31", "actual", "VN", "LA", ""),
      ("trade_total", "level", 1.63e9, "2023-01-01", "2023-12-31", "actual", "VN", "LA", "")]),
    # a grant dated after the figure; "Lào Cai" is a Vietnamese province, not Laos
    ("Đoàn công tác tỉnh Lào Cai đã trao tặng 500 triệu đồng cho tỉnh Phông-xa-lỳ (Lào) ngày "
     "2/3/2024.", "2024-03-05",
     [("aid", "level", 500e6, "2024-03-02", "2024-03-02", "actual", "VN", "LA", "")]),
    # a third-country investor and its rank, stock at a stated date
    ("Tính đến hết tháng 9/2024, Thái Lan có 680 dự án đầu tư vào Việt Nam với tổng vốn đăng ký "
     "14,8 tỷ USD, đứng thứ 9 trong số các nhà đầu tư nước ngoài tại Việt Nam.", "2024-10-15",
     [("investment_capital", "level", 14.8e9, "2024-09-30", "2024-09-30", "actual", "TH", "VN", ""),
      ("investment_projects", "level", 680, "2024-09-30", "2024-09-30", "actual", "TH", "VN", ""),
      ("investor_rank", "level", 9, "2024-09-30", "2024-09-30", "actual", "TH", "VN", "")]),
    # "tỷ đô", "Q2/2024", "thứ 3/139 quốc gia và vùng lãnh thổ có đầu tư"
    ("Trong Q2/2024, thương mại hai chiều Việt Nam – Campuchia đạt gần 2,6 tỷ đô.", "2024-07-20",
     [("trade_total", "level", 2.6e9, "2024-04-01", "2024-06-30", "actual", "VN", "KH", "")]),
    # "từ X lên Y": X is the level of the same period a year before; the growth belongs to Y
    ("Xuất khẩu sang Lào quý I/2025 tăng mạnh. Nhóm máy móc, thiết bị, dụng cụ và phụ tùng khác "
     "ghi nhận mức tăng 243%, từ 8,1 triệu USD lên 28 triệu USD.", "2025-04-20",
     [("export", "change_pct", 243, "2025-01-01", "2025-03-31", "actual", "VN", "LA",
       "máy móc, thiết bị, dụng cụ và phụ tùng khác"),
      ("export", "level", 8.1e6, "2024-01-01", "2024-03-31", "actual", "VN", "LA",
       "máy móc, thiết bị, dụng cụ và phụ tùng khác"),
      ("export", "level", 28e6, "2025-01-01", "2025-03-31", "actual", "VN", "LA",
       "máy móc, thiết bị, dụng cụ và phụ tùng khác")]),
    # "giảm -9%" is one sign, not two; "Đáng chú ý nhất là X" names the product
    ("Trong 5 tháng đầu năm 2022, xuất khẩu sang Lào đạt 255,02 triệu USD giảm -9%. Đáng chú ý "
     "nhất là sản phẩm hóa chất với kim ngạch 18 triệu USD.", "2022-06-10",
     [("export", "change_pct", -9, "2022-01-01", "2022-05-31", "actual", "VN", "LA", ""),
      ("export", "level", 255.02e6, "2022-01-01", "2022-05-31", "actual", "VN", "LA", ""),
      ("export", "level", 18e6, "2022-01-01", "2022-05-31", "actual", "VN", "LA",
       "sản phẩm hóa chất")]),
    ("Theo đó, Việt Nam hiện đứng vị trí thứ 5 trong đầu tư tại Campuchia (sau Trung Quốc, Thái "
     "Lan, Hàn Quốc và Nhật Bản).", "2019-08-28",
     [("investor_rank", "level", 5, "2019-08-28", "2019-08-28", "actual", "VN", "KH", "")]),
    # "…; so với cùng kỳ, lượng xuất tăng 18,54% còn trị giá tăng 48,5%": the value's growth
    # belongs to the product just named, across the semicolon (was a known miss, dev_19)
    ("Lũy kế 11 tháng năm 2017, xuất khẩu sang Lào đạt 475,3 triệu USD. Dẫn đầu là xăng dầu "
     "với 143,3 nghìn tấn, trị giá 78,9 triệu USD; so với cùng kỳ, lượng xuất tăng 18,54% còn "
     "trị giá tăng 48,5%.", "2017-12-26",
     [("export", "change_pct", 48.5, "2017-01-01", "2017-11-30", "actual", "VN", "LA", "xăng dầu"),
      ("export", "level", 78.9e6, "2017-01-01", "2017-11-30", "actual", "VN", "LA", "xăng dầu"),
      ("export", "level", 475.3e6, "2017-01-01", "2017-11-30", "actual", "VN", "LA", "")]),
    # a fiscal year stated with its months, across a year end
    ("Trong năm tài khóa 2015 – 2016 (từ tháng 10/2015 đến hết tháng 9/2016), Chính phủ Lào đã "
     "phê duyệt 43 dự án đầu tư của Trung Quốc với tổng vốn 1,12 tỷ USD.", "2016-11-08",
     [("investment_capital", "level", 1.12e9, "2015-10-01", "2016-09-30", "actual", "CN", "LA", ""),
      ("investment_projects", "level", 43, "2015-10-01", "2016-09-30", "actual", "CN", "LA", "")]),
    # after "Riêng tháng 10", a product breakdown is for the article's ten months
    ("Lũy kế đến hết tháng 10/2024, tổng kim ngạch xuất nhập khẩu giữa Việt Nam và Lào đạt "
     "1.450,5 triệu USD. Riêng tháng 10, kim ngạch hai chiều đạt 158,7 triệu USD. Trong cơ cấu "
     "hàng xuất, phân bón các loại đạt 61,2 triệu USD (+12,5%).", "2024-11-12",
     [("export", "change_pct", 12.5, "2024-01-01", "2024-10-31", "actual", "VN", "LA", "phân bón các loại"),
      ("export", "level", 61.2e6, "2024-01-01", "2024-10-31", "actual", "VN", "LA", "phân bón các loại"),
      ("trade_total", "level", 158.7e6, "2024-10-01", "2024-10-31", "actual", "VN", "LA", ""),
      ("trade_total", "level", 1450.5e6, "2024-01-01", "2024-10-31", "actual", "VN", "LA", "")]),
    # "cùng kỳ" outside a comparison is the period just named; "Tính chung … con số này" is the total
    ("Trong 11 tháng năm 2024, Lào dẫn đầu các điểm đến của vốn Việt Nam với 12 dự án cấp mới. Tại "
     "Campuchia, cùng kỳ có 21 dự án cấp mới với tổng vốn 98,3 triệu USD.", "2024-12-28",
     [("investment_capital", "level", 98.3e6, "2024-01-01", "2024-11-30", "actual", "VN", "KH", ""),
      ("investment_projects", "level", 12, "2024-01-01", "2024-11-30", "actual", "VN", "LA", ""),
      ("investment_projects", "level", 21, "2024-01-01", "2024-11-30", "actual", "VN", "KH", "")]),
    ("Trong quý II/2024, Campuchia xuất khẩu sang Việt Nam 1,12 tỷ USD. Tính chung 6 tháng đầu "
     "năm 2024, con số này là 4,18 tỷ USD.", "2024-07-18",
     [("export", "level", 1.12e9, "2024-04-01", "2024-06-30", "actual", "KH", "VN", ""),
      ("trade_total", "level", 4.18e9, "2024-01-01", "2024-06-30", "actual", "VN", "KH", "")]),
    # "lần lượt": years and figures, levels and growth rates, paired in order
    ("Năm 2022 và 2023, thương mại hai chiều Việt Nam – Thái Lan lần lượt đạt 21,3 tỷ USD và 19,9 "
     "tỷ USD.", "2024-04-25",
     [("trade_total", "level", 21.3e9, "2022-01-01", "2022-12-31", "actual", "VN", "TH", ""),
      ("trade_total", "level", 19.9e9, "2023-01-01", "2023-12-31", "actual", "VN", "TH", "")]),
    ("Trong quý III/2024, hàng hóa xuất sang Campuchia đạt 640 triệu USD và hàng nhập từ Campuchia "
     "đạt 480 triệu USD, tăng lần lượt 12% và 17,9%.", "2024-10-08",
     [("export", "change_pct", 12, "2024-07-01", "2024-09-30", "actual", "VN", "KH", ""),
      ("export", "level", 640e6, "2024-07-01", "2024-09-30", "actual", "VN", "KH", ""),
      ("import", "change_pct", 17.9, "2024-07-01", "2024-09-30", "actual", "VN", "KH", ""),
      ("import", "level", 480e6, "2024-07-01", "2024-09-30", "actual", "VN", "KH", "")]),
    # dates and months in words
    ("Ngày 15 tháng 3 năm 2024, Đại sứ Việt Nam tại Lào đã trao khoản hỗ trợ không hoàn lại 5 tỷ "
     "kíp.", "2024-03-18",
     [("aid", "level", 5e9, "2024-03-15", "2024-03-15", "actual", "VN", "LA", "")]),
    ("Tháng Hai vừa qua, hàng hóa Việt Nam xuất sang Lào được ghi nhận ở mức 48,3 triệu USD.",
     "2024-03-12",
     [("export", "level", 48.3e6, "2024-02-01", "2024-02-29", "actual", "VN", "LA", "")]),
    # a look back at an earlier year does not date the year-less periods after it
    ("Nhập khẩu điện từ Lào 7 tháng đạt 142,7 triệu USD. Năm 2023, giá trị điện nhập từ Lào đạt "
     "196,5 triệu USD. Riêng tháng 7, điện nhập khẩu đạt 27,3 triệu USD.", "2024-08-10",
     [("import", "level", 142.7e6, "2024-01-01", "2024-07-31", "actual", "VN", "LA", "điện"),
      ("import", "level", 196.5e6, "2023-01-01", "2023-12-31", "actual", "VN", "LA", "điện"),
      ("import", "level", 27.3e6, "2024-07-01", "2024-07-31", "actual", "VN", "LA", "điện")]),
    # each rank with its own host; a clause after ";" keeps the host of the one before
    ("Việt Nam hiện đứng thứ ba trong các nhà đầu tư nước ngoài tại Lào và thứ năm tại Campuchia.",
     "2024-07-03",
     [("investor_rank", "level", 3, "2024-07-03", "2024-07-03", "actual", "VN", "LA", ""),
      ("investor_rank", "level", 5, "2024-07-03", "2024-07-03", "actual", "VN", "KH", "")]),
    ("Tính đến ngày 30/6/2024, Lào có 11 dự án đầu tư tại Việt Nam với tổng vốn 74,8 triệu USD; "
     "Campuchia có 31 dự án, tổng vốn 68,6 triệu USD.", "2024-07-03",
     [("investment_capital", "level", 68.6e6, "2024-06-30", "2024-06-30", "actual", "KH", "VN", ""),
      ("investment_capital", "level", 74.8e6, "2024-06-30", "2024-06-30", "actual", "LA", "VN", ""),
      ("investment_projects", "level", 11, "2024-06-30", "2024-06-30", "actual", "LA", "VN", ""),
      ("investment_projects", "level", 31, "2024-06-30", "2024-06-30", "actual", "KH", "VN", "")]),
    ("Việt Nam hiện đứng thứ 3/139 quốc gia và vùng lãnh thổ có đầu tư tại Lào.", "2024-07-20",
     [("investor_rank", "level", 3, "2024-07-20", "2024-07-20", "actual", "VN", "LA", "")]),
    # a product name only as a whole word: "than" (coal) is not the start of "Thanh Hóa"; a
    # promised gift in a month after the article's own month is still to come
    ("Tỉnh Thanh Hóa cũng dự kiến trao tặng tỉnh Houaphanh 700 triệu đồng vào đầu tháng 10.",
     "2024-09-25",
     [("aid", "level", 700e6, "2024-10-01", "2024-10-31", "forecast", "VN", "LA", "")]),
    # a provincial article that never writes "Việt Nam": the province is Vietnam's side
    ("Hàng quá cảnh từ Thái Lan qua Lào về cảng Cửa Việt tăng mạnh. Trong 6 tháng đầu năm, xuất "
     "khẩu của doanh nghiệp Quảng Trị sang Lào đạt 84,7 triệu USD, tăng 19%.", "2022-07-10",
     [("export", "change_pct", 19, "2022-01-01", "2022-06-30", "actual", "VN", "LA", ""),
      ("export", "level", 84.7e6, "2022-01-01", "2022-06-30", "actual", "VN", "LA", "")]),
    # "từ đầu năm (đến nay)" runs to the article's day; "từ tháng 5" is a starting point, so
    # "cùng kỳ" after it is still the year so far
    ("Từ đầu năm đến nay, kim ngạch xuất nhập khẩu qua cửa khẩu Lao Bảo đạt 512,6 triệu USD, tăng "
     "27,4%. Phía Lào đã dỡ bỏ phần lớn biện pháp phòng dịch từ tháng 5. Tại cửa khẩu La Lay, kim "
     "ngạch cùng kỳ chỉ đạt 146,3 triệu USD.", "2022-11-25",
     [("trade_total", "change_pct", 27.4, "2022-01-01", "2022-11-25", "actual", "VN", "LA", ""),
      ("trade_total", "level", 146.3e6, "2022-01-01", "2022-11-25", "actual", "VN", "LA", ""),
      ("trade_total", "level", 512.6e6, "2022-01-01", "2022-11-25", "actual", "VN", "LA", "")]),
    ("Từ đầu năm đến ngày 20/9, các nhà đầu tư Việt Nam được cấp mới 7 dự án tại Campuchia với "
     "tổng vốn 62,4 triệu USD.", "2023-10-03",
     [("investment_capital", "level", 62.4e6, "2023-01-01", "2023-09-20", "actual", "VN", "KH", ""),
      ("investment_projects", "level", 7, "2023-01-01", "2023-09-20", "actual", "VN", "KH", "")]),
    # "cao hơn khoảng 150 triệu USD" is an absolute change
    ("Cả năm 2022, kim ngạch giữa Quảng Trị và Lào đạt khoảng 720 triệu USD, cao hơn khoảng 150 "
     "triệu USD so với năm 2021.", "2023-02-03",
     [("trade_total", "level", 720e6, "2022-01-01", "2022-12-31", "actual", "VN", "LA", "")]),
    # a plan in parentheses is a target and does not move the period the next sentence
    # continues; "bằng 92,6% so với cùng kỳ" is a ratio, not a growth rate
    ("Tính từ ngày 01/01/2024 đến hết ngày 20/6/2024, hàng hóa xuất nhập khẩu qua cửa khẩu Cầu "
     "Treo với Lào đạt 96,42 triệu USD (kế hoạch được giao cho năm 2024 là 200 triệu USD). Trong "
     "đó, nhập khẩu từ Lào đạt 35,34 triệu USD, bằng 92,6% so với cùng kỳ.", "2024-06-21",
     [("import", "level", 35.34e6, "2024-01-01", "2024-06-20", "actual", "VN", "LA", ""),
      ("trade_total", "level", 96.42e6, "2024-01-01", "2024-06-20", "actual", "VN", "LA", ""),
      ("trade_total", "level", 200e6, "2024-01-01", "2024-12-31", "target", "VN", "LA", "")]),
    # infographic notation: ▲/▼ are the signs, "(nhập)" after a product names the flow
    ("THƯƠNG MẠI VIỆT NAM – CAMPUCHIA NĂM 2023\n▸ Xuất khẩu sang Campuchia: 6,53 tỷ USD, ▼ 11,8%\n"
     "▸ Hạt điều thô (nhập): 1,96 tỷ USD, ▲ 14,2%\n", "2024-01-15",
     [("export", "change_pct", -11.8, "2023-01-01", "2023-12-31", "actual", "VN", "KH", ""),
      ("export", "level", 6.53e9, "2023-01-01", "2023-12-31", "actual", "VN", "KH", ""),
      ("import", "change_pct", 14.2, "2023-01-01", "2023-12-31", "actual", "VN", "KH", "Hạt điều thô"),
      ("import", "level", 1.96e9, "2023-01-01", "2023-12-31", "actual", "VN", "KH", "Hạt điều thô")]),
    # bare "xuất"/"nhập" before a figure; "chi … để mua <product> từ <country>"
    ("Quý I/2024, thương mại với Trung Quốc đạt 45,1 tỷ USD, trong đó Việt Nam xuất 13,5 tỷ USD "
     "và nhập 31,6 tỷ USD.", "2024-04-20",
     [("export", "level", 13.5e9, "2024-01-01", "2024-03-31", "actual", "VN", "CN", ""),
      ("import", "level", 31.6e9, "2024-01-01", "2024-03-31", "actual", "VN", "CN", ""),
      ("trade_total", "level", 45.1e9, "2024-01-01", "2024-03-31", "actual", "VN", "CN", "")]),
    ("Chín tháng năm nay, các nhà máy đã chi khoảng 1,48 tỷ USD để mua hạt điều thô từ Campuchia, "
     "tăng 31,7% so với cùng kỳ năm 2023.", "2024-10-08",
     [("import", "change_pct", 31.7, "2024-01-01", "2024-09-30", "actual", "VN", "KH", "hạt điều thô"),
      ("import", "level", 1.48e9, "2024-01-01", "2024-09-30", "actual", "VN", "KH", "hạt điều thô")]),
    # the province before the gift verb gives, the one after it receives
    ("Hồi tháng 7, tỉnh Khăm Muộn đã gửi tặng tỉnh Hà Tĩnh 20.000 USD và 5 tấn gạo để phòng, "
     "chống dịch.", "2020-08-01",
     [("aid", "level", 20000, "2020-07-01", "2020-07-31", "actual", "LA", "VN", "")]),
    # a fiscal year across two calendar years runs October to September; a span whose start
    # year is printed crosses the year end (it once crashed the whole document)
    ("Số liệu năm tài khóa 2013–2014 (từ ngày 1/10/2013 đến ngày 30/9/2014) cho thấy thương mại "
     "Lào – Việt Nam đạt 939 triệu USD. Năm tài khóa vừa qua, Lào cấp phép cho 12 dự án của Việt "
     "Nam với tổng vốn 389 triệu USD.", "2014-11-10",
     [("investment_capital", "level", 389e6, "2013-10-01", "2014-09-30", "actual", "VN", "LA", ""),
      ("investment_projects", "level", 12, "2013-10-01", "2014-09-30", "actual", "VN", "LA", ""),
      ("trade_total", "level", 939e6, "2013-10-01", "2014-09-30", "actual", "VN", "LA", "")]),
    # "chiếm" makes a percent a share; a count or an amount after it is a subset of its own
    ("Tính đến ngày 20/9/2023, Việt Nam có 211 dự án đầu tư tại Campuchia. Riêng các dự án tại 10 "
     "tỉnh giáp biên giới với Việt Nam chiếm 41 dự án, vốn khoảng 610 triệu USD.", "2023-10-03",
     [("investment_capital", "level", 610e6, "2023-09-20", "2023-09-20", "actual", "VN", "KH", ""),
      ("investment_projects", "level", 41, "2023-09-20", "2023-09-20", "actual", "VN", "KH", ""),
      ("investment_projects", "level", 211, "2023-09-20", "2023-09-20", "actual", "VN", "KH", "")]),
    # a host's approvals of every investor, broken down by country after "trong đó", are no
    # claim; the country's share of them is, with the approving host
    ("Về đầu tư, trong quý I/2021, Hội đồng Phát triển Campuchia (CDC) đã phê duyệt 41 dự án đầu "
     "tư mới với tổng vốn 1,07 tỷ USD; trong đó, Trung Quốc là nhà đầu tư lớn nhất với 18 dự án.",
     "2021-05-01",
     [("investment_projects", "level", 18, "2021-01-01", "2021-03-31", "actual", "CN", "KH", ""),
      ("investor_rank", "level", 1, "2021-01-01", "2021-03-31", "actual", "CN", "KH", "")]),
    # the second of two joined verbs shares the first one's subject
    ("Năm 2018, Lào xuất khẩu sang Thái Lan 1,93 tỷ USD và nhập khẩu từ Thái Lan 3,31 tỷ USD.",
     "2019-01-20",
     [("export", "level", 1.93e9, "2018-01-01", "2018-12-31", "actual", "LA", "TH", ""),
      ("import", "level", 3.31e9, "2018-01-01", "2018-12-31", "actual", "LA", "TH", "")]),
    # "chiếm tỷ trọng lớn với <amount>" is the product's own amount
    ("Ở chiều nhập khẩu năm 2009, gỗ các loại vẫn chiếm tỷ trọng lớn với 96,7 triệu USD từ Lào.",
     "2009-08-13",
     [("import", "level", 96.7e6, "2009-01-01", "2009-12-31", "actual", "VN", "LA", "gỗ các loại")]),
    # newly licensed projects are a flow over the period the article reports
    ("Trong 7 tháng năm 2025, tổng vốn đầu tư ra nước ngoài tăng mạnh. Riêng tại Lào, có 9 dự án "
     "được cấp mới và 4 dự án điều chỉnh vốn.", "2025-08-11",
     [("investment_projects", "level", 9, "2025-01-01", "2025-07-31", "actual", "VN", "LA", "")]),
    # no claim in baht (outside the contract's units), its USD equivalent is one; a named pair
    # ends the carry of "ngoại thương" (trade with the world) from the sentence before
    ("Theo Bộ Thương mại Thái Lan, thương mại Thái Lan – Lào 5 tháng đầu năm 2024 đạt 107,5 tỷ "
     "baht (khoảng 2,95 tỷ USD). Thái Lan vẫn là đối tác thương mại lớn nhất của Lào, chiếm khoảng "
     "45% ngoại thương của nước này. Thương mại Thái Lan – Campuchia trong cùng thời gian giảm "
     "3,2%, còn khoảng 3,7 tỷ USD.", "2024-07-25",
     [("trade_total", "change_pct", -3.2, "2024-01-01", "2024-05-31", "actual", "TH", "KH", ""),
      ("trade_total", "level", 2.95e9, "2024-01-01", "2024-05-31", "actual", "TH", "LA", ""),
      ("trade_total", "level", 3.7e9, "2024-01-01", "2024-05-31", "actual", "TH", "KH", "")]),
    # "…, còn thương mại với Thái Lan": the sentence's first country, with a new partner
    ("Thương mại Campuchia – Trung Quốc trong bốn tháng đầu năm 2025 đạt khoảng 5,1 tỉ USD, còn "
     "thương mại với Thái Lan đạt 1,52 tỉ USD, giảm 4,1%.", "2025-05-20",
     [("trade_total", "change_pct", -4.1, "2025-01-01", "2025-04-30", "actual", "KH", "TH", ""),
      ("trade_total", "level", 1.52e9, "2025-01-01", "2025-04-30", "actual", "KH", "TH", ""),
      ("trade_total", "level", 5.1e9, "2025-01-01", "2025-04-30", "actual", "KH", "CN", "")]),
    # the amount equal to a product's share is the product's own
    ("Năm 2023, xăng dầu chiếm khoảng 32% giá trị hàng Lào nhập từ Thái Lan, tương đương 1,39 tỷ "
     "USD.", "2024-03-01",
     [("import", "level", 1.39e9, "2023-01-01", "2023-12-31", "actual", "LA", "TH", "xăng dầu")]),
    # after "Riêng quý III" and a paragraph break, the article's period is back; a border gate
    # as the subject with no flow named reports the gate's turnover
    ("Tính đến hết tháng 9/2012, kim ngạch qua các cửa khẩu An Giang - Campuchia đạt 596,4 triệu "
     "USD. Riêng quý III, kim ngạch đạt 218,5 triệu USD.\n\nHàng nhập về chủ yếu là lúa gạo. Cửa "
     "khẩu quốc tế Vĩnh Xương đạt 154,2 triệu USD.", "2012-10-09",
     [("trade_total", "level", 154.2e6, "2012-01-01", "2012-09-30", "actual", "VN", "KH", ""),
      ("trade_total", "level", 218.5e6, "2012-07-01", "2012-09-30", "actual", "VN", "KH", ""),
      ("trade_total", "level", 596.4e6, "2012-01-01", "2012-09-30", "actual", "VN", "KH", "")]),
    # a second trajectory "tăng từ X lên Y" starts and ends where the first one did
    ("Về cơ cấu, xuất khẩu của Việt Nam sang Campuchia tăng từ 3,9 tỷ USD năm 2020 lên 5,5 tỷ USD "
     "năm 2023; trong khi nhập khẩu từ Campuchia tăng từ 1,2 tỷ USD lên 2,7 tỷ USD.", "2024-03-10",
     [("export", "level", 3.9e9, "2020-01-01", "2020-12-31", "actual", "VN", "KH", ""),
      ("export", "level", 5.5e9, "2023-01-01", "2023-12-31", "actual", "VN", "KH", ""),
      ("import", "level", 1.2e9, "2020-01-01", "2020-12-31", "actual", "VN", "KH", ""),
      ("import", "level", 2.7e9, "2023-01-01", "2023-12-31", "actual", "VN", "KH", "")]),
    # a passage told from Cambodia's side: a lone third country trades with Cambodia
    ("Trong quý I/2019, Campuchia xuất khẩu sang Việt Nam 1,1 tỷ USD. Việt Nam hiện là đối tác "
     "thương mại lớn thứ ba của Vương quốc này. Với Thái Lan, thương mại song phương quý I đạt "
     "1,98 tỷ USD, giảm 2,3%. Trung Quốc vẫn là đối tác thương mại lớn nhất với kim ngạch 2,1 tỷ "
     "USD, tăng 18%.", "2019-04-20",
     [("export", "level", 1.1e9, "2019-01-01", "2019-03-31", "actual", "KH", "VN", ""),
      ("trade_total", "change_pct", -2.3, "2019-01-01", "2019-03-31", "actual", "KH", "TH", ""),
      ("trade_total", "change_pct", 18, "2019-01-01", "2019-03-31", "actual", "KH", "CN", ""),
      ("trade_total", "level", 1.98e9, "2019-01-01", "2019-03-31", "actual", "KH", "TH", ""),
      ("trade_total", "level", 2.1e9, "2019-01-01", "2019-03-31", "actual", "KH", "CN", "")]),
    ("Trong quý I/2020, Thái Lan vẫn là đối tác thương mại lớn nhất của Lào với kim ngạch 7,9 "
     "nghìn tỷ kíp, giảm 4,6%; tiếp theo là Trung Quốc với 4,3 nghìn tỷ kíp, tăng 2,1%.", "2020-05-01",
     [("trade_total", "change_pct", -4.6, "2020-01-01", "2020-03-31", "actual", "TH", "LA", ""),
      ("trade_total", "change_pct", 2.1, "2020-01-01", "2020-03-31", "actual", "LA", "CN", ""),
      ("trade_total", "level", 4.3e12, "2020-01-01", "2020-03-31", "actual", "LA", "CN", ""),
      ("trade_total", "level", 7.9e12, "2020-01-01", "2020-03-31", "actual", "TH", "LA", "")]),
    # each figure's host is named right after it, or last before it in its part of the sentence
    ("Đến hết tháng 10/2010 Việt Nam có 102 dự án tại Campuchia với tổng vốn đăng ký khoảng 1,6 "
     "tỷ USD và 218 dự án tại Lào với tổng vốn 2,9 tỷ USD.", "2010-12-03",
     [("investment_capital", "level", 1.6e9, "2010-10-31", "2010-10-31", "actual", "VN", "KH", ""),
      ("investment_capital", "level", 2.9e9, "2010-10-31", "2010-10-31", "actual", "VN", "LA", ""),
      ("investment_projects", "level", 102, "2010-10-31", "2010-10-31", "actual", "VN", "KH", ""),
      ("investment_projects", "level", 218, "2010-10-31", "2010-10-31", "actual", "VN", "LA", "")]),
    # two partners side by side ("với … và với …"), each with Vietnam
    ("Các tỉnh Tây Nguyên của Việt Nam đẩy mạnh giao thương. 10 tháng năm 2010, trao đổi thương "
     "mại với bốn tỉnh Campuchia đạt 96 triệu USD và với bốn tỉnh Lào đạt 69 triệu USD.", "2010-12-03",
     [("trade_total", "level", 69e6, "2010-01-01", "2010-10-31", "actual", "VN", "LA", ""),
      ("trade_total", "level", 96e6, "2010-01-01", "2010-10-31", "actual", "KH", "VN", "")]),
    # "gồm <product> đạt <amount>": the product's own figure, not a list describing a total
    ("Các mặt hàng xuất khẩu chính sang Lào 10 tháng năm 2023 gồm xăng dầu các loại đạt 64,2 "
     "triệu USD, giảm 21,3%.", "2023-11-20",
     [("export", "change_pct", -21.3, "2023-01-01", "2023-10-31", "actual", "VN", "LA", "xăng dầu các loại"),
      ("export", "level", 64.2e6, "2023-01-01", "2023-10-31", "actual", "VN", "LA", "xăng dầu các loại")]),
    # the attracting country hosts, the one after "từ" invests
    ("Riêng năm 2023, Lào thu hút từ Việt Nam 13 dự án mới với tổng vốn đăng ký 143,7 triệu USD.",
     "2024-03-20",
     [("investment_capital", "level", 143.7e6, "2023-01-01", "2023-12-31", "actual", "VN", "LA", ""),
      ("investment_projects", "level", 13, "2023-01-01", "2023-12-31", "actual", "VN", "LA", "")]),
    # a product's share in words, then its amount
    ("5 tháng năm 2025, hạt điều chiếm gần một nửa giá trị hàng Campuchia bán sang Việt Nam, ước "
     "khoảng 820 triệu USD.", "2025-06-20",
     [("export", "level", 820e6, "2025-01-01", "2025-05-31", "estimate", "KH", "VN", "hạt điều")]),
    # "…, trong khi thương mại Lào – Việt Nam": the pair after the turn
    ("6 tháng năm 2017, thương mại Lào – Trung Quốc đạt 1,06 tỷ USD, tăng 14%, trong khi thương "
     "mại Lào – Việt Nam đạt 412 triệu USD, giảm 3,2%.", "2017-07-20",
     [("trade_total", "change_pct", -3.2, "2017-01-01", "2017-06-30", "actual", "VN", "LA", ""),
      ("trade_total", "change_pct", 14, "2017-01-01", "2017-06-30", "actual", "LA", "CN", ""),
      ("trade_total", "level", 412e6, "2017-01-01", "2017-06-30", "actual", "VN", "LA", ""),
      ("trade_total", "level", 1.06e9, "2017-01-01", "2017-06-30", "actual", "LA", "CN", "")]),
    # a grant told right after its handover day is dated to that day ("dịp này" too); a line
    # that is only the page's date is no event
    ("05/09/2014 08:15\nSáng 4/9, tại tỉnh Xiêng Khoảng (Lào), tỉnh Nghệ An đã bàn giao Trường "
     "hữu nghị cho tỉnh bạn.\nCông trình được xây dựng bằng nguồn viện trợ không hoàn lại của "
     "Chính phủ Việt Nam, với tổng kinh phí 45 tỷ đồng.\nCũng trong dịp này, tỉnh Nghệ An trao "
     "tặng tỉnh Xiêng Khoảng 300 triệu đồng tiền mặt.", "2014-09-05",
     [("aid", "level", 45e9, "2014-09-04", "2014-09-04", "actual", "VN", "LA", ""),
      ("aid", "level", 300e6, "2014-09-04", "2014-09-04", "actual", "VN", "LA", "")]),
    # a period after a figure whose parentheses hold a decimal comma is still the figure's
    ("Theo thỏa thuận, Chính phủ Việt Nam cam kết viện trợ không hoàn lại cho Lào 466 tỷ đồng "
     "(khoảng 24,5 triệu USD) trong năm 2011.", "2010-12-22",
     [("aid", "level", 24.5e6, "2011-01-01", "2011-12-31", "actual", "VN", "LA", ""),
      ("aid", "level", 466e9, "2011-01-01", "2011-12-31", "actual", "VN", "LA", "")]),
    # Vietnam's investment abroad told destination by destination: each is Vietnam's, in the
    # country named, over the total's period
    ("Tính từ đầu năm đến ngày 31/7/2025, tổng vốn đầu tư ra nước ngoài của Việt Nam đạt 845,2 "
     "triệu USD.\n\nLào dẫn đầu với 212,6 triệu USD, chiếm 25,2% tổng vốn. Campuchia đứng thứ tư "
     "với 64,3 triệu USD, tăng 37,1% so với cùng kỳ.", "2025-08-11",
     [("investment_capital", "change_pct", 37.1, "2025-01-01", "2025-07-31", "actual", "VN", "KH", ""),
      ("investment_capital", "level", 64.3e6, "2025-01-01", "2025-07-31", "actual", "VN", "KH", ""),
      ("investment_capital", "level", 212.6e6, "2025-01-01", "2025-07-31", "actual", "VN", "LA", "")]),
    # a gift in kind named beside a gift in money: the money is aid, the goods no product
    ("Ngày 23/9/2024, tỉnh Hà Tĩnh đã trao tặng tỉnh Bolikhamxay 50 tấn gạo và 300 triệu đồng tiền "
     "mặt, cùng 300 tấn xi măng trị giá khoảng 450 triệu đồng.", "2024-09-25",
     [("aid", "level", 300e6, "2024-09-23", "2024-09-23", "actual", "VN", "LA", ""),
      ("aid", "level", 450e6, "2024-09-23", "2024-09-23", "actual", "VN", "LA", "")]),
    # a firm's capital: the crop names the projects' sector, "đăng ký thêm" is new capital,
    # "vào tỉnh Attapeu" the host
    ("Công ty Hoàng Anh Gia Lai đã đầu tư vào tỉnh Attapeu các dự án cao su, chuối và cọ dầu với "
     "tổng vốn cam kết hơn 8.500 tỷ đồng. Năm 2023, Thaco Agri đăng ký thêm 120 triệu USD cho tổ "
     "hợp chăn nuôi bò cũng tại Attapeu.", "2024-09-18",
     [("investment_capital", "level", 120e6, "2023-01-01", "2023-12-31", "actual", "VN", "LA", ""),
      ("investment_capital", "level", 8.5e12, "2024-09-18", "2024-09-18", "actual", "VN", "LA", "")]),
    # a target range of growth written "tăng từ 10 đến 15%"
    ("Hai Chính phủ thống nhất phấn đấu để kim ngạch thương mại Việt Nam – Lào năm 2025 tăng từ 10 "
     "đến 15%.", "2025-03-12",
     [("trade_total", "change_pct", 12.5, "2025-01-01", "2025-12-31", "target", "VN", "LA", "")]),
    # "tổng trị giá" of a gift is the gift's value; "từ năm 2016 đến nay" runs to the article
    ("Ngày 9/4/2012, tỉnh Điện Biên đã trao tặng tỉnh Phông Sa Lỳ 50 tấn gạo và 200 triệu đồng "
     "tiền mặt, tổng trị giá hơn 700 triệu đồng.", "2012-04-12",
     [("aid", "level", 200e6, "2012-04-09", "2012-04-09", "actual", "VN", "LA", ""),
      ("aid", "level", 700e6, "2012-04-09", "2012-04-09", "actual", "VN", "LA", "")]),
    ("Từ năm 2016 đến nay, tổng giá trị hỗ trợ của tỉnh Kon Tum cho hai tỉnh Attapeu và Sekong "
     "của Lào đạt hơn 40 tỷ đồng.", "2018-11-21",
     [("aid", "level", 40e9, "2016-01-01", "2018-11-21", "actual", "VN", "LA", "")]),
    # "trong đó <product> đạt" after a list; "trong gần một tháng" is a duration, no period
    ("Năm 2014, hàng xuất khẩu sang Lào chủ yếu là xăng dầu, sắt thép, xi măng và thực phẩm chế "
     "biến, trong đó xăng dầu đạt 64 triệu USD.", "2015-01-20",
     [("export", "level", 64e6, "2014-01-01", "2014-12-31", "actual", "VN", "LA", "xăng dầu")]),
    ("Năm 2020, kim ngạch qua cửa khẩu Lao Bảo đạt 120 triệu USD. Riêng quý II, khi phía Lào tạm "
     "dừng thông quan trong gần một tháng, kim ngạch chỉ đạt 38,9 triệu USD, giảm 47,1%.", "2021-01-15",
     [("trade_total", "change_pct", -47.1, "2020-04-01", "2020-06-30", "actual", "LA", "VN", ""),
      ("trade_total", "level", 38.9e6, "2020-04-01", "2020-06-30", "actual", "LA", "VN", ""),
      ("trade_total", "level", 120e6, "2020-01-01", "2020-12-31", "actual", "VN", "LA", "")]),
    # a list of a neighbour's partners: each one in its own clause trades with the neighbour
    ("9 tháng năm 2021, thương mại song phương Việt Nam – Campuchia đạt 4,27 tỷ USD, đưa Việt Nam "
     "trở thành đối tác thương mại lớn thứ ba của Campuchia. Trung Quốc dẫn đầu với kim ngạch "
     "khoảng 7,9 tỷ USD, tiếp theo là Mỹ với 6,8 tỷ USD.", "2021-10-20",
     [("trade_total", "level", 4.27e9, "2021-01-01", "2021-09-30", "actual", "VN", "KH", ""),
      ("trade_total", "level", 6.8e9, "2021-01-01", "2021-09-30", "actual", "KH", "US", ""),
      ("trade_total", "level", 7.9e9, "2021-01-01", "2021-09-30", "actual", "KH", "CN", "")]),
    # the receiver after "cho" behind the figure; after "tiếp nhận" the giver follows "của"
    ("Ngày 19/9, tại Phnôm Pênh, Đại sứ Việt Nam tại Campuchia đã tiếp nhận khoản hỗ trợ 200.000 "
     "USD của Chính phủ Hoàng gia Campuchia dành cho người dân Việt Nam bị thiệt hại do bão. Trước "
     "đó, ngày 13/9, Hội Chữ thập đỏ Campuchia đã trao 50.000 USD cho Hội Chữ thập đỏ Việt Nam.",
     "2024-09-20",
     [("aid", "level", 50000, "2024-09-13", "2024-09-13", "actual", "KH", "VN", ""),
      ("aid", "level", 200000, "2024-09-19", "2024-09-19", "actual", "KH", "VN", "")]),
    # a scholarship's money and "hỗ trợ xây dựng" are aid
    ("Tập đoàn đã trao học bổng trị giá 1,2 tỷ đồng cho sinh viên Lào đang học tập tại Việt Nam.",
     "2021-06-10",
     [("aid", "level", 1.2e9, "2021-06-10", "2021-06-10", "actual", "VN", "LA", "")]),
    ("Năm 2020, tỉnh Quảng Bình hỗ trợ xây dựng trường học cho tỉnh Khăm Muồn với kinh phí 15 tỷ "
     "đồng.", "2021-06-10",
     [("aid", "level", 15e9, "2020-01-01", "2020-12-31", "actual", "VN", "LA", "")]),
    # "lần lượt" after two products: the n-th amount is the n-th product's
    ("Quý I/2023, nhập khẩu mủ cao su và hạt điều thô từ Campuchia đạt lần lượt 38,6 triệu USD và "
     "51,2 triệu USD.", "2023-04-10",
     [("import", "level", 38.6e6, "2023-01-01", "2023-03-31", "actual", "VN", "KH", "cao su"),
      ("import", "level", 51.2e6, "2023-01-01", "2023-03-31", "actual", "VN", "KH", "hạt điều thô")]),
    # the product's share in tonnes, then its value
    ("Trong quý I/2023, than đá nhập khẩu từ Lào chiếm phần lớn với 412 nghìn tấn, trị giá 26,5 "
     "triệu USD, tăng 41,2% về trị giá.", "2023-04-10",
     [("import", "change_pct", 41.2, "2023-01-01", "2023-03-31", "actual", "VN", "LA", "than đá"),
      ("import", "level", 26.5e6, "2023-01-01", "2023-03-31", "actual", "VN", "LA", "than đá")]),
    # a named product form before its bracketed value
    ("Quý I/2023, mặt hàng nhập khẩu chính từ Lào gồm sắn lát (23,4 triệu USD), cao su (17,8 "
     "triệu USD) và gỗ.", "2023-04-10",
     [("import", "level", 17.8e6, "2023-01-01", "2023-03-31", "actual", "VN", "LA", "cao su"),
      ("import", "level", 23.4e6, "2023-01-01", "2023-03-31", "actual", "VN", "LA", "sắn lát")]),
    # the value of a volume ("sản lượng …, trị giá"), and a share of the national total that
    # does not turn the next paragraph into world trade
    ("Quý II/2021, nhập khẩu từ Lào đạt 300 triệu USD. Sản lượng điện mua từ Lào trong quý II đạt "
     "khoảng 620 triệu kWh, trị giá 38,4 triệu USD. Cao su nhập từ Lào đạt 64 triệu USD, chiếm "
     "khoảng 8% lượng cao su nhập khẩu của cả nước.\n\nVề xuất khẩu, xăng dầu đạt 83 triệu USD.",
     "2021-07-10",
     [("export", "level", 83e6, "2021-04-01", "2021-06-30", "actual", "VN", "LA", "xăng dầu"),
      ("import", "level", 38.4e6, "2021-04-01", "2021-06-30", "actual", "VN", "LA", "điện"),
      ("import", "level", 64e6, "2021-04-01", "2021-06-30", "actual", "VN", "LA", "Cao su"),
      ("import", "level", 300e6, "2021-04-01", "2021-06-30", "actual", "VN", "LA", "")]),
    ("Riêng tháng 5/2021, lượng điều nhập từ Campuchia đạt 245.000 tấn, trị giá 378 triệu USD.",
     "2021-06-10",
     [("import", "level", 378e6, "2021-05-01", "2021-05-31", "actual", "VN", "KH", "điều")]),
    # the amount per scholarship is no second gift
    ("Ngày 15/6/2021, tỉnh đã trao 30 suất học bổng với tổng trị giá 450 triệu đồng cho lưu học "
     "sinh Lào, mỗi suất 15 triệu đồng.", "2021-06-20",
     [("aid", "level", 450e6, "2021-06-15", "2021-06-15", "actual", "VN", "LA", "")]),
    # new and added capital stated together are the year's flow, not an absolute change
    ("Năm 2023, các doanh nghiệp Việt Nam đầu tư tại Lào đăng ký mới và tăng vốn thêm 112,6 triệu "
     "USD.", "2024-03-10",
     [("investment_capital", "level", 112.6e6, "2023-01-01", "2023-12-31", "actual", "VN", "LA", "")]),
    # the base level in brackets after its period
    ("Quý I/2016, kim ngạch thương mại Lào – Việt Nam đạt 196 triệu USD, giảm 4,6% so với quý "
     "I/2015 (205,5 triệu USD).", "2016-04-20",
     [("trade_total", "change_pct", -4.6, "2016-01-01", "2016-03-31", "actual", "VN", "LA", ""),
      ("trade_total", "level", 196e6, "2016-01-01", "2016-03-31", "actual", "VN", "LA", ""),
      ("trade_total", "level", 205.5e6, "2015-01-01", "2015-03-31", "actual", "VN", "LA", "")]),
    # a bulleted line headed by its product; a rank of a quarter's new investment
    ("Quý I/2024:\n• Sầu riêng tiếp tục là điểm sáng: Trung Quốc nhập từ Việt Nam 410 triệu USD.\n"
     "• Đầu tư: Trung Quốc đứng thứ hai về vốn FDI đăng ký mới vào Việt Nam trong quý I, với 1,32 "
     "tỷ USD.", "2024-04-20",
     [("import", "level", 410e6, "2024-01-01", "2024-03-31", "actual", "CN", "VN", "Sầu riêng"),
      ("investment_capital", "level", 1.32e9, "2024-01-01", "2024-03-31", "actual", "CN", "VN", ""),
      ("investor_rank", "level", 2, "2024-01-01", "2024-03-31", "actual", "CN", "VN", "")]),
    # a host agency's approvals for all investors are no claim; the investors that follow are
    ("Trong năm 2024, Campuchia đã phê duyệt 418 dự án đầu tư với tổng vốn khoảng 10,5 tỷ USD. "
     "Trung Quốc dẫn đầu với 5,9 tỷ USD. Việt Nam đứng thứ tư với 318 triệu USD.", "2025-01-10",
     [("investment_capital", "level", 318e6, "2024-01-01", "2024-12-31", "actual", "VN", "KH", ""),
      ("investment_capital", "level", 5.9e9, "2024-01-01", "2024-12-31", "actual", "CN", "KH", ""),
      ("investor_rank", "level", 1, "2024-01-01", "2024-12-31", "actual", "CN", "KH", ""),
      ("investor_rank", "level", 4, "2024-01-01", "2024-12-31", "actual", "VN", "KH", "")]),
    # … and the breakdown in the same sentence after "trong đó"
    ("Trong quý I/2021, Campuchia đã phê duyệt 41 dự án đầu tư mới với tổng vốn 1,07 tỷ USD; "
     "trong đó, Trung Quốc là nhà đầu tư lớn nhất với 18 dự án.", "2021-04-20",
     [("investment_projects", "level", 18, "2021-01-01", "2021-03-31", "actual", "CN", "KH", ""),
      ("investor_rank", "level", 1, "2021-01-01", "2021-03-31", "actual", "CN", "KH", "")]),
    # "vào tháng 8/2017" is that month, not a stock at its end
    ("VRG còn trao tặng tỉnh Champasak (Lào) 1,2 tỷ kíp để làm đường giao thông nông thôn vào tháng "
     "8/2017.", "2017-12-26",
     [("aid", "level", 1.2e9, "2017-08-01", "2017-08-31", "actual", "VN", "LA", "")]),
    # a gift after a sentence about spending in both neighbours is still a gift
    ("Trong năm 2017, BIDV dành hơn 100 tỷ đồng cho các hoạt động an sinh xã hội tại Lào và "
     "Campuchia. Hồi tháng 3/2018, ngân hàng đã trao tặng Hội Chữ thập đỏ Campuchia 50.000 USD.",
     "2018-09-06",
     [("aid", "level", 50000, "2018-03-01", "2018-03-31", "actual", "VN", "KH", "")]),
    # after a total over both neighbours, a sentence on one of them is that country's part
    ("Tập đoàn hiện có 20 dự án tại Lào và Campuchia với tổng vốn khoảng 1,6 tỷ USD. Trong đó, tại "
     "Campuchia, tập đoàn có 13 dự án với tổng vốn đăng ký khoảng 1,1 tỷ USD.", "2017-12-26",
     [("investment_capital", "level", 1.1e9, "2017-12-26", "2017-12-26", "actual", "VN", "KH", ""),
      ("investment_projects", "level", 13, "2017-12-26", "2017-12-26", "actual", "VN", "KH", "")]),
    # a rank right after the investor's projects and capital needs no "nhà đầu tư"
    ("Cùng thời điểm 20/5/2022, Campuchia có 24 dự án tại Việt Nam với tổng vốn đăng ký 63,9 triệu "
     "USD, xếp thứ 61.", "2022-05-20",
     [("investment_capital", "level", 63.9e6, "2022-05-20", "2022-05-20", "actual", "KH", "VN", ""),
      ("investment_projects", "level", 24, "2022-05-20", "2022-05-20", "actual", "KH", "VN", ""),
      ("investor_rank", "level", 61, "2022-05-20", "2022-05-20", "actual", "KH", "VN", "")]),
    # a look back over a series of years does not move the story's period
    ("Năm 2025, kim ngạch thương mại hai chiều Việt Nam – Campuchia đạt 11,4 tỷ USD. Năm 2023 kim "
     "ngạch hai chiều đạt 9,75 tỷ USD, năm 2024 tăng lên 10,2 tỷ USD. Trong đó, xuất khẩu của Việt "
     "Nam sang Campuchia đạt 7,6 tỷ USD.", "2026-01-15",
     [("export", "level", 7.6e9, "2025-01-01", "2025-12-31", "actual", "VN", "KH", ""),
      ("trade_total", "level", 9.75e9, "2023-01-01", "2023-12-31", "actual", "VN", "KH", ""),
      ("trade_total", "level", 10.2e9, "2024-01-01", "2024-12-31", "actual", "VN", "KH", ""),
      ("trade_total", "level", 11.4e9, "2025-01-01", "2025-12-31", "actual", "VN", "KH", "")]),
    # a forecast for next year does not move the story; a product's national total is no claim
    ("8 tháng đầu năm 2019, Việt Nam nhập khẩu điện từ Lào đạt 62,4 triệu USD. EVN dự kiến giá trị "
     "điện nhập khẩu từ Lào năm 2020 sẽ vào khoảng 100 triệu USD. Cũng trong 8 tháng, kim ngạch "
     "thương mại Việt Nam – Lào đạt 728 triệu USD. Xuất khẩu rau quả của cả nước đạt 2,2 tỷ USD.",
     "2019-09-18",
     [("import", "level", 62.4e6, "2019-01-01", "2019-08-31", "actual", "VN", "LA", "điện"),
      ("import", "level", 100e6, "2020-01-01", "2020-12-31", "forecast", "VN", "LA", "điện"),
      ("trade_total", "level", 728e6, "2019-01-01", "2019-08-31", "actual", "VN", "LA", "")]),
    # bulletin abbreviations (KNTM, XK, NK, VN, CPC, DA) and a half written as a word
    ("Năm 2015, KNTM VN – CPC đạt 3,4 tỷ đô la Mỹ; XK đạt 2,5 tỷ USD, NK đạt 0,9 tỷ USD. Lũy kế "
     "đến ngày 31/12/2015, VN có 265 DA đầu tư sang Lào. XK của VN sang Lào đạt gần nửa tỷ USD.",
     "2016-01-20",
     [("export", "level", 0.5e9, "2015-01-01", "2015-12-31", "actual", "VN", "LA", ""),
      ("export", "level", 2.5e9, "2015-01-01", "2015-12-31", "actual", "VN", "KH", ""),
      ("import", "level", 0.9e9, "2015-01-01", "2015-12-31", "actual", "VN", "KH", ""),
      ("investment_projects", "level", 265, "2015-12-31", "2015-12-31", "actual", "VN", "LA", ""),
      ("trade_total", "level", 3.4e9, "2015-01-01", "2015-12-31", "actual", "VN", "KH", "")]),
    # Vietnam's investment abroad told destination by destination: a destination's rank is no
    # investor rank, and each figure belongs to the country named before it
    ("Tính đến ngày 29/2/2024, Việt Nam có 1.696 dự án đầu tư ra nước ngoài còn hiệu lực với tổng "
     "vốn đăng ký khoảng 22,2 tỷ USD. Trong đó, Lào là địa bàn dẫn đầu với 236 dự án, tổng vốn 5,53 "
     "tỷ USD; Campuchia đứng thứ ba với 208 dự án, vốn đăng ký 2,94 tỷ USD.", "2024-03-20",
     [("investment_capital", "level", 2.94e9, "2024-02-29", "2024-02-29", "actual", "VN", "KH", ""),
      ("investment_capital", "level", 5.53e9, "2024-02-29", "2024-02-29", "actual", "VN", "LA", ""),
      ("investment_projects", "level", 208, "2024-02-29", "2024-02-29", "actual", "VN", "KH", ""),
      ("investment_projects", "level", 236, "2024-02-29", "2024-02-29", "actual", "VN", "LA", "")]),
    # the same product over the next period, "năm nay" against the publication date, and
    # "con số này" continuing the product just told
    ("Cả năm 2022, xuất khẩu sầu riêng sang Trung Quốc mới đạt 188 triệu USD, nhưng 6 tháng đầu năm "
     "nay đã lên khoảng 730 triệu USD. Riêng tháng 6, con số này là 290 triệu USD.", "2023-07-10",
     [("export", "level", 188e6, "2022-01-01", "2022-12-31", "actual", "VN", "CN", "sầu riêng"),
      ("export", "level", 290e6, "2023-06-01", "2023-06-30", "actual", "VN", "CN", "sầu riêng"),
      ("export", "level", 730e6, "2023-01-01", "2023-06-30", "actual", "VN", "CN", "sầu riêng")]),
    # the second verb's own destination ("sang thị trường này"); FDI flow words
    ("Năm 2014, kim ngạch hai chiều Việt Nam – Thái Lan đạt 10,5 tỷ USD, trong đó Việt Nam nhập "
     "khẩu từ Thái Lan 7 tỷ USD và xuất khẩu sang thị trường này 3,5 tỷ USD.", "2015-05-20",
     [("export", "level", 3.5e9, "2014-01-01", "2014-12-31", "actual", "VN", "TH", ""),
      ("import", "level", 7e9, "2014-01-01", "2014-12-31", "actual", "VN", "TH", ""),
      ("trade_total", "level", 10.5e9, "2014-01-01", "2014-12-31", "actual", "VN", "TH", "")]),
    ("Trong 4 tháng đầu năm 2025, Thái Lan đăng ký mới 300 triệu USD vào Việt Nam. Nếu tính cả vốn "
     "điều chỉnh và góp vốn, mua cổ phần, tổng vốn đăng ký của Thái Lan đạt 412 triệu USD. Tập đoàn "
     "SCG hiện có 30 công ty con tại Việt Nam với tổng tài sản khoảng 2,5 tỷ USD.", "2025-05-20",
     [("investment_capital", "level", 300e6, "2025-01-01", "2025-04-30", "actual", "TH", "VN", ""),
      ("investment_capital", "level", 412e6, "2025-01-01", "2025-04-30", "actual", "TH", "VN", "")]),
    # a share of the national total, and non-refundable ODA
    ("Tính chung 8 tháng đầu năm 2021, xuất khẩu sang Campuchia đạt 3,17 tỷ USD, chiếm 1,5% trong "
     "tổng kim ngạch xuất khẩu 214,8 tỷ USD của cả nước. ODA không hoàn lại của Chính phủ Việt Nam "
     "dành cho Lào năm 2020 đạt khoảng 1.050 tỷ đồng.", "2021-09-20",
     [("aid", "level", 1.05e12, "2020-01-01", "2020-12-31", "actual", "VN", "LA", ""),
      ("export", "level", 3.17e9, "2021-01-01", "2021-08-31", "actual", "VN", "KH", "")]),
    # a growth rate after a new period belongs to that period, even after "kim ngạch … tăng"
    ("Năm 2020, kim ngạch hai chiều Việt Nam – Campuchia nhích lên 5,36 tỷ USD; sang năm 2021, kim "
     "ngạch bật tăng 77,6% lên 9,52 tỷ USD.", "2024-05-10",
     [("trade_total", "change_pct", 77.6, "2021-01-01", "2021-12-31", "actual", "VN", "KH", ""),
      ("trade_total", "level", 5.36e9, "2020-01-01", "2020-12-31", "actual", "VN", "KH", ""),
      ("trade_total", "level", 9.52e9, "2021-01-01", "2021-12-31", "actual", "VN", "KH", "")]),
    # "cả năm" after "Năm ngoái" is last year
    ("Năm ngoái thực sự là một năm khó. Kim ngạch hai chiều Việt Nam – Campuchia cả năm xấp xỉ 10,1 "
     "tỷ USD.", "2024-03-18",
     [("trade_total", "level", 10.1e9, "2023-01-01", "2023-12-31", "actual", "VN", "KH", "")]),
    # "mua của <country>" names the seller; a surplus narrowing is no claim; a share of the
    # partner's world total is none either; a host carried to the next clause's investor
    ("Năm 2023, mức thặng dư của Việt Nam với Campuchia thu hẹp từ 2,72 tỷ USD xuống còn 1,5 tỷ USD. "
     "Riêng lúa gạo, doanh nghiệp mình mua của Campuchia chừng 3,4 triệu tấn, trị giá khoảng 1,1 tỷ "
     "USD. Xuất khẩu của Campuchia sang Việt Nam năm 2023 chỉ khoảng 2,6 tỷ USD, trong tổng số xấp xỉ "
     "22,6 tỷ USD hàng hóa mà nước bạn bán ra thế giới.", "2024-03-18",
     [("export", "level", 2.6e9, "2023-01-01", "2023-12-31", "actual", "KH", "VN", ""),
      ("import", "level", 1.1e9, "2023-01-01", "2023-12-31", "actual", "VN", "KH", "lúa gạo")]),
    ("Tính đến ngày 31/3/2010, Việt Nam đứng thứ ba trong số các nhà đầu tư nước ngoài tại Lào. Thái "
     "Lan đứng đầu, Trung Quốc đứng thứ hai.", "2010-04-10",
     [("investor_rank", "level", 1, "2010-03-31", "2010-03-31", "actual", "TH", "LA", ""),
      ("investor_rank", "level", 2, "2010-03-31", "2010-03-31", "actual", "CN", "LA", ""),
      ("investor_rank", "level", 3, "2010-03-31", "2010-03-31", "actual", "VN", "LA", "")]),
    # a world total does not carry over a paragraph break
    ("Cả nước XK năm 2015 đạt 162,1 tỷ USD, nên thị trường Lào chỉ chiếm khoảng 0,3%.\n"
     "KNXNK qua CK quốc tế Lao Bảo với Lào năm 2015 đạt hơn 300 triệu đô.", "2016-01-20",
     [("trade_total", "level", 300e6, "2015-01-01", "2015-12-31", "actual", "VN", "LA", "")]),
    # electricity counted in kWh, then its value; "bán cho"; a product with a note in brackets
    ("Năm 2020, Việt Nam nhập từ Lào khoảng 1,9 tỷ kWh điện, trị giá 121 triệu USD. Riêng điện, Lào "
     "bán cho Việt Nam khoảng 590 triệu kWh trong quý III/2022, trị giá 38 triệu USD. Năm 2024, hàng "
     "nhập khẩu từ Lào tăng mạnh chủ yếu nhờ phân bón (kali) với 312 triệu USD.", "2025-01-14",
     [("export", "level", 38e6, "2022-07-01", "2022-09-30", "actual", "LA", "VN", "điện"),
      ("import", "level", 121e6, "2020-01-01", "2020-12-31", "actual", "VN", "LA", "điện"),
      ("import", "level", 312e6, "2024-01-01", "2024-12-31", "actual", "VN", "LA", "phân bón")]),
    # "hỗ trợ các tỉnh|đào tạo" is a gift; "từ đầu năm 2018 đến nay" runs to the publication
    ("Từ đầu năm 2018 đến nay, tỉnh đã trao 4,2 tỷ đồng hỗ trợ các tỉnh Savannakhet và Salavan.",
     "2018-11-14",
     [("aid", "level", 4.2e9, "2018-01-01", "2018-11-14", "actual", "VN", "LA", "")]),
    # a border gate's trade with no country named is trade with the neighbour it faces
    ("Cửa khẩu quốc tế Lệ Thanh trong 6 tháng đầu năm 2019 đạt 21,4 triệu USD, giảm 3,5%.",
     "2019-07-10",
     [("trade_total", "change_pct", -3.5, "2019-01-01", "2019-06-30", "actual", "VN", "KH", ""),
      ("trade_total", "level", 21.4e6, "2019-01-01", "2019-06-30", "actual", "VN", "KH", "")]),
    # after a host's approvals told investor by investor, a sentence naming no country is not
    # swept into the world total; goods "xuất về Việt Nam" are Vietnam's imports
    ("Năm 2023, Campuchia đã phê duyệt 400 dự án đầu tư với tổng vốn 10 tỷ USD. Đến hết năm 2023, "
     "Việt Nam có 210 dự án còn hiệu lực tại Campuchia. Riêng năm 2023, có 11 dự án được cấp mới, "
     "tổng vốn đăng ký 58 triệu USD. Năm 2023, mủ cao su từ các dự án này xuất về Việt Nam đạt "
     "khoảng 420 triệu USD.", "2024-02-10",
     [("export", "level", 420e6, "2023-01-01", "2023-12-31", "actual", "KH", "VN", "cao su"),
      ("investment_capital", "level", 58e6, "2023-01-01", "2023-12-31", "actual", "VN", "KH", ""),
      ("investment_projects", "level", 11, "2023-01-01", "2023-12-31", "actual", "VN", "KH", ""),
      ("investment_projects", "level", 210, "2023-12-31", "2023-12-31", "actual", "VN", "KH", "")]),
    # a rank "tại thị trường này"; "từ đầu năm đến hết tháng 10" without a year; milk products
    ("Tính đến ngày 20/12/2019, doanh nghiệp Việt Nam có 205 dự án còn hiệu lực tại Campuchia. Cũng "
     "tại thời điểm này, Việt Nam đứng thứ 5 trong số các nhà đầu tư nước ngoài tại thị trường này.",
     "2019-12-25",
     [("investment_projects", "level", 205, "2019-12-20", "2019-12-20", "actual", "VN", "KH", ""),
      ("investor_rank", "level", 5, "2019-12-20", "2019-12-20", "actual", "VN", "KH", "")]),
    ("Năm 2023, xuất khẩu sang Campuchia tăng. Từ đầu năm đến hết tháng 10, công ty đã xuất sang "
     "Campuchia khoảng 95.000 tấn thép xây dựng, trị giá gần 60 triệu USD và 18 triệu USD sữa và đồ "
     "uống.", "2023-11-20",
     [("export", "level", 18e6, "2023-01-01", "2023-10-31", "actual", "VN", "KH", "sữa và đồ uống"),
      ("export", "level", 60e6, "2023-01-01", "2023-10-31", "actual", "VN", "KH", "thép")]),
    # "lần lượt" after two products, with two rates after the two amounts
    ("Trong 8 tháng năm 2019, xuất khẩu sang Lào đạt 378 triệu USD. Phân bón và xăng dầu – hai mặt "
     "hàng thiết yếu của nước bạn – lần lượt đạt 18,2 triệu USD và 41,7 triệu USD, tăng 11,3% và 4,8%.",
     "2019-09-18",
     [("export", "change_pct", 4.8, "2019-01-01", "2019-08-31", "actual", "VN", "LA", "xăng dầu"),
      ("export", "change_pct", 11.3, "2019-01-01", "2019-08-31", "actual", "VN", "LA", "Phân bón"),
      ("export", "level", 18.2e6, "2019-01-01", "2019-08-31", "actual", "VN", "LA", "Phân bón"),
      ("export", "level", 41.7e6, "2019-01-01", "2019-08-31", "actual", "VN", "LA", "xăng dầu"),
      ("export", "level", 378e6, "2019-01-01", "2019-08-31", "actual", "VN", "LA", "")]),
    # "mỗi nước": one gift to each; "viện trợ <giver> … dành cho nước bạn"
    ("Ngày 25/3/2020, Chính phủ Việt Nam đã quyết định hỗ trợ Lào và Campuchia mỗi nước 50.000 USD "
     "tiền mặt để mua sắm vật tư phòng dịch.", "2020-04-10",
     [("aid", "level", 50000, "2020-03-25", "2020-03-25", "actual", "VN", "KH", ""),
      ("aid", "level", 50000, "2020-03-25", "2020-03-25", "actual", "VN", "LA", "")]),
    ("Viện trợ cho Lào tăng. Trong giai đoạn 2016–2020, tổng mức viện trợ Chính phủ Việt Nam cam kết "
     "dành cho nước bạn là 4.500 tỷ đồng.", "2021-01-10",
     [("aid", "level", 4.5e12, "2016-01-01", "2020-12-31", "actual", "VN", "LA", "")]),
    # a product group with its members in brackets; "điện <số>"
    ("Trong 6 tháng đầu năm 2023, xuất khẩu sang Lào đạt 21,3 triệu USD. Các mặt hàng xuất khẩu chủ "
     "yếu gồm: vật liệu xây dựng (xi măng, gạch ốp lát) đạt 3,8 triệu USD; hàng tiêu dùng đạt 2,1 "
     "triệu USD và điện 1,5 triệu USD.", "2023-07-20",
     [("export", "level", 1.5e6, "2023-01-01", "2023-06-30", "actual", "VN", "LA", "điện"),
      ("export", "level", 2.1e6, "2023-01-01", "2023-06-30", "actual", "VN", "LA", "hàng tiêu dùng"),
      ("export", "level", 3.8e6, "2023-01-01", "2023-06-30", "actual", "VN", "LA", "vật liệu xây dựng"),
      ("export", "level", 21.3e6, "2023-01-01", "2023-06-30", "actual", "VN", "LA", "")]),
    # growth targets: "tăng trưởng … năm 2021 từ 10–15%", "tăng ít nhất 15%"
    ("Hai bên đặt mục tiêu tăng trưởng thương mại năm 2021 từ 10–15%. Hai bên thống nhất phấn đấu "
     "năm 2026 thương mại song phương tăng ít nhất 15%.", "2021-01-20",
     [("trade_total", "change_pct", 12.5, "2021-01-01", "2021-12-31", "target", "VN", "LA", ""),
      ("trade_total", "change_pct", 15, "2026-01-01", "2026-12-31", "target", "VN", "LA", "")]),
    # a target date after "mốc … vào năm 2030" is no base; "sớm" belongs to the first target only;
    # "với kim ngạch lần lượt" keeps the products' flow
    ("Năm 2025, hai bên đặt mục tiêu kim ngạch thương mại Việt Nam – Lào tăng 10–15%, hướng tới mốc "
     "5 tỷ USD vào năm 2030. Hai bên đặt mục tiêu sớm đưa kim ngạch thương mại song phương Việt Nam – "
     "Thái Lan lên 25 tỷ USD và hướng tới 30 tỷ USD vào năm 2030.", "2025-01-10",
     [("trade_total", "change_pct", 12.5, "2025-01-01", "2025-12-31", "target", "VN", "LA", ""),
      ("trade_total", "level", 5e9, "2030-01-01", "2030-12-31", "target", "VN", "LA", ""),
      ("trade_total", "level", 30e9, "2030-01-01", "2030-12-31", "target", "VN", "TH", "")]),
    ("Năm 2022, thương mại Việt Nam – Thái Lan đạt 21,2 tỷ USD. Các mặt hàng xuất khẩu chủ lực của "
     "Việt Nam sang Thái Lan gồm điện thoại các loại và linh kiện; sắt thép các loại, với kim ngạch "
     "lần lượt đạt 1,42 tỷ USD và 650 triệu USD.", "2023-01-30",
     [("export", "level", 650e6, "2022-01-01", "2022-12-31", "actual", "VN", "TH", "sắt thép các loại"),
      ("export", "level", 1.42e9, "2022-01-01", "2022-12-31", "actual", "VN", "TH",
       "điện thoại các loại và linh kiện"),
      ("trade_total", "level", 21.2e9, "2022-01-01", "2022-12-31", "actual", "VN", "TH", "")]),
    # a rank "theo xếp hạng" of the investment body, after a sentence on investment
    ("Ngày 3/10/2023, Việt Nam có 200 dự án đầu tư tại Campuchia. Theo xếp hạng của Hội đồng Phát "
     "triển Campuchia, Việt Nam hiện đứng thứ năm.", "2023-10-03",
     [("investment_projects", "level", 200, "2023-10-03", "2023-10-03", "actual", "VN", "KH", ""),
      ("investor_rank", "level", 5, "2023-10-03", "2023-10-03", "actual", "VN", "KH", "")]),
    # a non-claim word ("tờ khai") before a colon does not void the figure named after it
    ("Số liệu tháng 9/2019 đã được điều chỉnh sau khi tổng hợp các tờ khai bổ sung: trị giá xuất "
     "khẩu sang Lào là 43,3 triệu USD.", "2019-10-20",
     [("export", "level", 43.3e6, "2019-09-01", "2019-09-30", "actual", "VN", "LA", "")]),
    # "hàng hóa lưu thông giữa"; "đã cán mốc" is reached, not a target; "năm trước" in a base is
    # the year before the figure's; "thì ngược lại" keeps the direction; a growth target "ở mức"
    ("Hàng hóa lưu thông giữa Việt Nam và Campuchia vẫn đạt 2,46 tỷ USD trong Q3/2021. Kim ngạch "
     "thương mại song phương Việt Nam – Campuchia đã cán mốc 2,85 tỷ USD trong năm 2011, tăng 57,5% "
     "so với mức 1,81 tỷ USD của năm trước.", "2024-01-20",
     [("trade_total", "change_pct", 57.5, "2011-01-01", "2011-12-31", "actual", "VN", "KH", ""),
      ("trade_total", "level", 1.81e9, "2010-01-01", "2010-12-31", "actual", "VN", "KH", ""),
      ("trade_total", "level", 2.46e9, "2021-07-01", "2021-09-30", "actual", "VN", "KH", ""),
      ("trade_total", "level", 2.85e9, "2011-01-01", "2011-12-31", "actual", "VN", "KH", "")]),
    ("Xuất khẩu của Việt Nam sang Lào năm 2023 lên 645 triệu USD; nhập khẩu từ Lào thì ngược lại, "
     "giảm 10,8%, xuống còn 995 triệu USD. Năm 2025, Bộ Công Thương đặt chỉ tiêu tăng trưởng thương "
     "mại với Lào ở mức 8–10%.", "2024-01-20",
     [("export", "level", 645e6, "2023-01-01", "2023-12-31", "actual", "VN", "LA", ""),
      ("import", "change_pct", -10.8, "2023-01-01", "2023-12-31", "actual", "VN", "LA", ""),
      ("import", "level", 995e6, "2023-01-01", "2023-12-31", "actual", "VN", "LA", ""),
      ("trade_total", "change_pct", 9, "2025-01-01", "2025-12-31", "target", "VN", "LA", "")]),
    # after Vietnam's investment abroad, "… tại Việt Nam" turns the direction, and the next
    # country keeps it
    ("Tính đến ngày 20/12/2023, Việt Nam có 1.700 dự án đầu tư ra nước ngoài với tổng vốn 22 tỷ USD. "
     "Ở chiều ngược lại, cũng tính đến ngày 20/12/2023, Lào có 11 dự án đầu tư tại Việt Nam. "
     "Campuchia có 29 dự án, tổng vốn 67,5 triệu USD, xếp thứ 59.", "2024-01-10",
     [("investment_capital", "level", 67.5e6, "2023-12-20", "2023-12-20", "actual", "KH", "VN", ""),
      ("investment_projects", "level", 11, "2023-12-20", "2023-12-20", "actual", "LA", "VN", ""),
      ("investment_projects", "level", 29, "2023-12-20", "2023-12-20", "actual", "KH", "VN", ""),
      ("investor_rank", "level", 59, "2023-12-20", "2023-12-20", "actual", "KH", "VN", "")]),
    # a host's foreign investment "của 58 quốc gia", then its investors with their ranks
    ("Tính đến hết tháng 6/2024, Lào đã thu hút 6.240 dự án đầu tư nước ngoài của 58 quốc gia và "
     "vùng lãnh thổ, với tổng vốn đăng ký khoảng 39,2 tỷ USD. Trung Quốc tiếp tục dẫn đầu với 1.150 "
     "dự án và tổng vốn 16,9 tỷ USD, Thái Lan đứng thứ hai với 5,6 tỷ USD. Việt Nam giữ vị trí thứ "
     "ba với 433 dự án.", "2024-08-05",
     [("investment_capital", "level", 5.6e9, "2024-06-30", "2024-06-30", "actual", "TH", "LA", ""),
      ("investment_capital", "level", 16.9e9, "2024-06-30", "2024-06-30", "actual", "CN", "LA", ""),
      ("investment_projects", "level", 433, "2024-06-30", "2024-06-30", "actual", "VN", "LA", ""),
      ("investment_projects", "level", 1150, "2024-06-30", "2024-06-30", "actual", "CN", "LA", ""),
      ("investor_rank", "level", 1, "2024-06-30", "2024-06-30", "actual", "CN", "LA", ""),
      ("investor_rank", "level", 2, "2024-06-30", "2024-06-30", "actual", "TH", "LA", ""),
      ("investor_rank", "level", 3, "2024-06-30", "2024-06-30", "actual", "VN", "LA", "")]),
    # "gửi <số>" is a gift verb; a riel amount's USD equivalent keeps the giver
    ("Cũng trong ngày 13/9/2024, Hội Chữ thập đỏ Campuchia gửi 400 triệu riel (khoảng 100.000 USD) "
     "để hỗ trợ người dân Việt Nam.", "2025-01-15",
     [("aid", "level", 100000, "2024-09-13", "2024-09-13", "actual", "KH", "VN", "")]),
    # Vietnam's investment abroad in a year, then the destinations
    ("Năm 2024, các nhà đầu tư Việt Nam đã đầu tư ra nước ngoài với tổng vốn cấp mới và điều chỉnh "
     "khoảng 564,6 triệu USD. Lào dẫn đầu các địa bàn nhận vốn với 15 dự án cấp mới và tổng vốn đăng "
     "ký 191,1 triệu USD. Campuchia đứng thứ ba với 8 dự án mới và 71,8 triệu USD.", "2025-01-15",
     [("investment_capital", "level", 71.8e6, "2024-01-01", "2024-12-31", "actual", "VN", "KH", ""),
      ("investment_capital", "level", 191.1e6, "2024-01-01", "2024-12-31", "actual", "VN", "LA", ""),
      ("investment_projects", "level", 8, "2024-01-01", "2024-12-31", "actual", "VN", "KH", ""),
      ("investment_projects", "level", 15, "2024-01-01", "2024-12-31", "actual", "VN", "LA", "")]),
    # a range written in full at both ends; a day with its month in words; a product's share
    # then its value; a product's rate then "với trị giá"
    ("Thương vụ dự báo cả năm 2017, kim ngạch hai chiều Việt Nam – Lào có thể đạt 900 triệu USD – 1 "
     "tỷ USD. Ngày 15 tháng Mười Một năm 2017, tỉnh Nghệ An trao tặng tỉnh Xiêng Khoảng 5 tỷ đồng.",
     "2017-11-20",
     [("aid", "level", 5e9, "2017-11-15", "2017-11-15", "actual", "VN", "LA", ""),
      ("trade_total", "level", 950e6, "2017-01-01", "2017-12-31", "forecast", "VN", "LA", "")]),
    ("Trong 11 tháng năm 2023, nhập khẩu từ Campuchia tăng. Ở chiều nhập khẩu, hạt điều vẫn chiếm tỷ "
     "trọng lớn nhất, khoảng 57%, với kim ngạch 2,69 tỷ USD. Đối với nhóm hàng xăng dầu xuất sang "
     "Campuchia, mức tăng trưởng đạt được là 27,4%, với trị giá 96,5 triệu USD.", "2024-01-20",
     [("export", "change_pct", 27.4, "2023-01-01", "2023-11-30", "actual", "VN", "KH", "xăng dầu"),
      ("export", "level", 96.5e6, "2023-01-01", "2023-11-30", "actual", "VN", "KH", "xăng dầu"),
      ("import", "level", 2.69e9, "2023-01-01", "2023-11-30", "actual", "VN", "KH", "hạt điều")]),
    # a building's cost "do <province> tài trợ" is a gift
    ("Sáng 12/5/2025, tỉnh Tây Ninh đã bàn giao cho tỉnh Svay Rieng Trường Tiểu học hữu nghị với 12 "
     "phòng học, tổng vốn đầu tư 5,2 tỷ đồng do tỉnh Tây Ninh tài trợ.", "2025-05-14",
     [("aid", "level", 5.2e9, "2025-05-12", "2025-05-12", "actual", "VN", "KH", "")]),
    # "hỗ trợ các địa phương"; another investor's capital in brackets after "chỉ sau"
    ("Năm 2018, tỉnh đã hỗ trợ các địa phương của Lào 15 tỷ đồng để xây dựng trường học.",
     "2019-01-10",
     [("aid", "level", 15e9, "2018-01-01", "2018-12-31", "actual", "VN", "LA", "")]),
    ("Tính đến cuối năm 2010, Việt Nam có 201 dự án đầu tư tại Lào, đứng thứ hai, chỉ sau Thái Lan "
     "(khoảng 2,9 tỷ USD).", "2011-03-09",
     [("investment_capital", "level", 2.9e9, "2010-12-31", "2010-12-31", "actual", "TH", "LA", ""),
      ("investment_projects", "level", 201, "2010-12-31", "2010-12-31", "actual", "VN", "LA", ""),
      ("investor_rank", "level", 2, "2010-12-31", "2010-12-31", "actual", "VN", "LA", "")]),
    # "nước này" as the exporter; one product to several destinations in turn
    ("Theo Bộ Năng lượng và Mỏ Lào, năm 2023 nước này xuất khẩu điện sang Thái Lan đạt 1,45 tỷ USD, "
     "sang Việt Nam 220 triệu USD và Campuchia 86 triệu USD.", "2024-03-20",
     [("export", "level", 86e6, "2023-01-01", "2023-12-31", "actual", "LA", "KH", "điện"),
      ("export", "level", 220e6, "2023-01-01", "2023-12-31", "actual", "LA", "VN", "điện"),
      ("export", "level", 1.45e9, "2023-01-01", "2023-12-31", "actual", "LA", "TH", "điện")]),
    # "Ngược lại," is a contrast, not the other direction; "chuyển tới" a gift; "đô-la Mỹ"
    ("Tám tháng năm 2022, xuất khẩu sang Campuchia tăng. Ngược lại, sắt thép các loại xuất sang "
     "Campuchia đạt 483,1 triệu USD, giảm 12,7%. Ngày 16/9/2024, Hội Chữ thập đỏ Campuchia đã chuyển "
     "tới Hội Chữ thập đỏ Việt Nam 100 ngàn USD. Tổng vốn đăng ký của dự án tại Lào là 48,5 triệu "
     "đô-la Mỹ.", "2024-09-20",
     [("aid", "level", 100000, "2024-09-16", "2024-09-16", "actual", "KH", "VN", ""),
      ("export", "change_pct", -12.7, "2022-01-01", "2022-08-31", "actual", "VN", "KH", "sắt thép các loại"),
      ("export", "level", 483.1e6, "2022-01-01", "2022-08-31", "actual", "VN", "KH", "sắt thép các loại"),
      ("investment_capital", "level", 48.5e6, "2024-09-20", "2024-09-20", "actual", "VN", "LA", "")]),
    # a gate in a Vietnamese province's sentence, and "cửa khẩu này" in the next
    ("Theo Sở Công Thương Gia Lai, 10 tháng năm 2012, kim ngạch xuất nhập khẩu qua cửa khẩu quốc tế "
     "Lệ Thanh đạt 28,4 triệu USD. Cả năm 2012, kim ngạch qua cửa khẩu này ước đạt 35 triệu USD.",
     "2012-11-22",
     [("trade_total", "level", 28.4e6, "2012-01-01", "2012-10-31", "actual", "VN", "KH", ""),
      ("trade_total", "level", 35e6, "2012-01-01", "2012-12-31", "estimate", "VN", "KH", "")]),
    # a gift dated by its handover told after the figure
    ("Riêng Trường phổ thông dân tộc nội trú tỉnh Xiêng Khoảng do tỉnh Nghệ An xây tặng Lào, trị "
     "giá 12 tỷ đồng, đã được bàn giao hồi tháng 9/2008.", "2009-03-05",
     [("aid", "level", 12e9, "2008-09-01", "2008-09-30", "actual", "VN", "LA", "")]),
    # a Vietnamese province's article about both neighbours: Vietnam is no bystander, and a
    # total over the two is no claim
    ("Gia Lai đẩy mạnh hợp tác với các tỉnh giáp biên Campuchia và Lào\nTheo báo cáo, hiện các "
     "doanh nghiệp Gia Lai có 31 dự án đầu tư tại Lào và Campuchia với tổng vốn đăng ký gần 1,65 tỷ "
     "USD. Trong đó, 20 dự án tại Campuchia với tổng vốn 1,08 tỷ USD; 11 dự án còn lại ở Lào với "
     "570 triệu USD, tập trung ở các tỉnh Attapeu và Champasak của Lào. Tỉnh Ratanakiri "
     "(Campuchia) và tỉnh Sê Kông (Lào) cũng tham dự.", "2018-10-12",
     [("investment_capital", "level", 570e6, "2018-10-12", "2018-10-12", "actual", "VN", "LA", ""),
      ("investment_capital", "level", 1.08e9, "2018-10-12", "2018-10-12", "actual", "VN", "KH", ""),
      ("investment_projects", "level", 11, "2018-10-12", "2018-10-12", "actual", "VN", "LA", ""),
      ("investment_projects", "level", 20, "2018-10-12", "2018-10-12", "actual", "VN", "KH", "")]),
    # "lần lượt" pairs the n-th product with the n-th rate
    ("9 tháng năm 2019, xuất khẩu sang Campuchia đạt 3 tỷ USD. Phân bón, hàng rau quả và sản phẩm "
     "chất dẻo cũng giữ mức tăng khá, lần lượt 18%, 11,5% và 7,2%.", "2019-10-20",
     [("export", "change_pct", 7.2, "2019-01-01", "2019-09-30", "actual", "VN", "KH", "sản phẩm chất dẻo"),
      ("export", "change_pct", 11.5, "2019-01-01", "2019-09-30", "actual", "VN", "KH", "rau quả"),
      ("export", "change_pct", 18, "2019-01-01", "2019-09-30", "actual", "VN", "KH", "Phân bón"),
      ("export", "level", 3e9, "2019-01-01", "2019-09-30", "actual", "VN", "KH", "")]),
    # a border gate named after ";" reports the gate's turnover too
    ("Năm 2017, cửa khẩu quốc tế Tịnh Biên với Campuchia đạt 186 triệu USD, tăng 11,2%; các cửa "
     "khẩu Khánh Bình, Vĩnh Hội Đông đạt 157 triệu USD.", "2018-01-10",
     [("trade_total", "change_pct", 11.2, "2017-01-01", "2017-12-31", "actual", "VN", "KH", ""),
      ("trade_total", "level", 157e6, "2017-01-01", "2017-12-31", "actual", "VN", "KH", ""),
      ("trade_total", "level", 186e6, "2017-01-01", "2017-12-31", "actual", "VN", "KH", "")]),
    # "X và Y lần lượt đạt A và B": the n-th amount is the n-th flow's
    ("10 tháng năm 2022, thương mại Việt Nam – Campuchia đạt 8,85 tỷ USD. Trong đó, xuất khẩu và "
     "nhập khẩu lần lượt đạt 5,68 tỷ USD (tăng 19,5%) và 3,17 tỷ USD (tăng 12%).", "2022-11-20",
     [("export", "change_pct", 19.5, "2022-01-01", "2022-10-31", "actual", "VN", "KH", ""),
      ("export", "level", 5.68e9, "2022-01-01", "2022-10-31", "actual", "VN", "KH", ""),
      ("import", "change_pct", 12, "2022-01-01", "2022-10-31", "actual", "VN", "KH", ""),
      ("import", "level", 3.17e9, "2022-01-01", "2022-10-31", "actual", "VN", "KH", ""),
      ("trade_total", "level", 8.85e9, "2022-01-01", "2022-10-31", "actual", "VN", "KH", "")]),
    # the value of goods counted before ("980.000 tấn than đá …; trị giá …") keeps the product;
    # countries listed after "sau" are no owners
    ("2 tháng đầu năm 2025, Việt Nam nhập khẩu khoảng 980.000 tấn than đá từ Lào, tăng 18,6% về "
     "lượng; trị giá tăng 27,5% so với cùng kỳ, đạt 96,7 triệu USD.", "2025-03-15",
     [("import", "change_pct", 27.5, "2025-01-01", "2025-02-28", "actual", "VN", "LA", "than đá"),
      ("import", "level", 96.7e6, "2025-01-01", "2025-02-28", "actual", "VN", "LA", "than đá")]),
    ("Theo số liệu của phía Lào, Việt Nam hiện là nhà đầu tư nước ngoài lớn thứ ba tại Lào, sau "
     "Trung Quốc và Thái Lan, với khoảng 4,26 tỷ USD vốn đăng ký.", "2016-07-22",
     [("investment_capital", "level", 4.26e9, "2016-07-22", "2016-07-22", "actual", "VN", "LA", ""),
      ("investor_rank", "level", 3, "2016-07-22", "2016-07-22", "actual", "VN", "LA", "")]),
    # after "tổng kim ngạch xuất nhập khẩu của Lào", the partners listed are Laos'
    ("Theo Bộ Công Thương Lào, tổng kim ngạch xuất nhập khẩu của Lào trong 6 tháng đầu năm 2024 đạt "
     "khoảng 7,45 tỷ USD.\n\nThái Lan vẫn là đối tác lớn nhất với kim ngạch hai chiều 2,71 tỷ USD, "
     "trong đó Lào xuất khẩu 1,02 tỷ USD.\n\nTrung Quốc đứng thứ hai với 2,17 tỷ USD, còn Việt Nam "
     "xếp thứ ba với 1,03 tỷ USD, giảm 3,1%.", "2024-07-20",
     [("export", "level", 1.02e9, "2024-01-01", "2024-06-30", "actual", "LA", "TH", ""),
      ("trade_total", "change_pct", -3.1, "2024-01-01", "2024-06-30", "actual", "LA", "VN", ""),
      ("trade_total", "level", 1.03e9, "2024-01-01", "2024-06-30", "actual", "LA", "VN", ""),
      ("trade_total", "level", 2.17e9, "2024-01-01", "2024-06-30", "actual", "LA", "CN", ""),
      ("trade_total", "level", 2.71e9, "2024-01-01", "2024-06-30", "actual", "LA", "TH", "")]),
    # "Hai bên" aiming at an amount: the two countries' trade
    ("Năm 2008, thương mại Việt Nam – Campuchia đạt 1,7 tỷ USD, trong đó xuất khẩu 1,4 tỷ USD. Hai "
     "bên đặt mục tiêu đạt 2 tỷ USD vào năm 2010 và 6,5 tỷ USD vào năm 2015.", "2009-02-10",
     [("export", "level", 1.4e9, "2008-01-01", "2008-12-31", "actual", "VN", "KH", ""),
      ("trade_total", "level", 1.7e9, "2008-01-01", "2008-12-31", "actual", "VN", "KH", ""),
      ("trade_total", "level", 2e9, "2010-01-01", "2010-12-31", "target", "VN", "KH", ""),
      ("trade_total", "level", 6.5e9, "2015-01-01", "2015-12-31", "target", "VN", "KH", "")]),
    # a single mention of Thailand does not make Vietnam a bystander of a Lao border-gate report
    ("Theo Chi cục Hải quan cửa khẩu quốc tế Lao Bảo, 6 tháng đầu năm 2018, tổng kim ngạch xuất "
     "nhập khẩu qua cửa khẩu đạt 231,6 triệu USD, tăng 20,8%. Hàng quá cảnh từ Thái Lan qua Lào "
     "tăng mạnh. Tại cửa khẩu La Lay, phía Lào tiếp tục nâng cấp bãi kiểm hóa.", "2018-07-10",
     [("trade_total", "change_pct", 20.8, "2018-01-01", "2018-06-30", "actual", "VN", "LA", ""),
      ("trade_total", "level", 231.6e6, "2018-01-01", "2018-06-30", "actual", "VN", "LA", "")]),
    # "sang Campuchia và Lào" is Vietnam trading with both, not a Cambodia–Laos pair
    ("Quý III/2024: Thương mại với Campuchia, Lào tiếp tục đi lên\nKim ngạch xuất khẩu sang "
     "Campuchia quý III/2024 ước đạt 1,68 tỷ USD. Hàng hóa xuất sang Campuchia và Lào chủ yếu là "
     "xăng dầu, phân bón. Với Lào, tổng kim ngạch hai chiều quý III ước đạt 712,4 triệu USD.",
     "2024-10-06",
     [("export", "level", 1.68e9, "2024-07-01", "2024-09-30", "estimate", "VN", "KH", ""),
      ("trade_total", "level", 712.4e6, "2024-07-01", "2024-09-30", "estimate", "VN", "LA", "")]),
    # gifts to Vietnam: the giver before the verb, the receiver after it or after "cho"; "của"
    # behind the figure names the giver; a visitor "đến … Lào … trao tặng" still gives
    ("Chiều 22/10/2020, tại trụ sở Hội Chữ thập đỏ Campuchia ở Phnom Penh, đại diện Hội đã trao "
     "tặng 100.000 USD cho Đại sứ quán Việt Nam. Trước đó, ngày 19/10, Chính phủ Lào đã quyết định "
     "hỗ trợ khẩn cấp Chính phủ và nhân dân Việt Nam 50.000 USD.", "2020-10-23",
     [("aid", "level", 50000, "2020-10-19", "2020-10-19", "actual", "LA", "VN", ""),
      ("aid", "level", 100000, "2020-10-22", "2020-10-22", "actual", "KH", "VN", "")]),
    ("Ngày 13/9/2024, Thủ tướng Hun Manet quyết định trao khoản hỗ trợ 100.000 USD của Chính phủ Hoàng gia "
     "Campuchia giúp nhân dân Việt Nam khắc phục hậu quả thiên tai. Hội Chữ thập đỏ Campuchia cũng "
     "gửi tặng hàng cứu trợ tổng trị giá khoảng 1,1 tỷ đồng.", "2024-09-21",
     [("aid", "level", 1.1e9, "2024-09-13", "2024-09-13", "actual", "KH", "VN", ""),
      ("aid", "level", 100000, "2024-09-13", "2024-09-13", "actual", "KH", "VN", "")]),
    ("Chiều 31/7/2018, Binh đoàn 11 của Việt Nam đã đến Bộ Lao động và Phúc lợi xã hội Lào thăm "
     "hỏi và trao tặng số tiền 370 triệu kíp.", "2018-08-02",
     [("aid", "level", 370e6, "2018-07-31", "2018-07-31", "actual", "VN", "LA", "")]),
    # "của" inside the receiver's phrase names the receiver, not a giver
    ("Tháng 11/2015, Viettel cũng trao tặng 2 tỷ kíp cho quỹ khuyến học của Bộ Giáo dục và Thể "
     "thao Lào.", "2016-03-05",
     [("aid", "level", 2e9, "2015-11-01", "2015-11-30", "actual", "VN", "LA", "")]),
    # "Với Lào, …; trong đó xuất khẩu …": the clause after ";" is still about Laos
    ("Năm 2012, thương mại Việt Nam – Campuchia đạt 3,3 tỷ USD. Với Lào, trao đổi thương mại năm "
     "2012 đạt 865 triệu USD, tăng 17,2%; trong đó xuất khẩu đạt 411,5 triệu USD.", "2013-01-15",
     [("export", "level", 411.5e6, "2012-01-01", "2012-12-31", "actual", "VN", "LA", ""),
      ("trade_total", "change_pct", 17.2, "2012-01-01", "2012-12-31", "actual", "VN", "LA", ""),
      ("trade_total", "level", 865e6, "2012-01-01", "2012-12-31", "actual", "VN", "LA", ""),
      ("trade_total", "level", 3.3e9, "2012-01-01", "2012-12-31", "actual", "VN", "KH", "")]),
    ("Tháng 12, xuất khẩu xăng dầu của Việt Nam sang Lào đạt 41 triệu USD.", "2024-02-10",
     [("export", "level", 41e6, "2023-12-01", "2023-12-31", "actual", "VN", "LA", "xăng dầu")]),
]


@pytest.mark.parametrize("text,doc_date,expected", CLAIMS, ids=[c[0][:50] for c in CLAIMS])
def test_claims(text, doc_date, expected):
    assert rows(text, D(doc_date)) == sorted(expected)


NEGATIVE = [
    "Tổng giá trị xuất khẩu điện của Lào năm 2023 đạt khoảng 2,4 tỷ USD.",
    "Kinh tế Lào năm 2025 ước tăng trưởng 4,3%, lạm phát giảm về dưới 10%.",
    "Tổng vốn FDI đăng ký vào Lào đến cuối năm 2010 đạt khoảng 13,5 tỷ USD.",
    "Năm 2023, tổng vốn đầu tư của Viettel tại 10 thị trường nước ngoài khoảng 1,9 tỷ USD.",
    "Năm 2024, các dự án của Việt Nam đóng góp khoảng 50 triệu USD cho ngân sách Campuchia.",
    "Tính đến ngày 19/9/2024, Mặt trận Tổ quốc Việt Nam đã tiếp nhận hơn 1.500 tỷ đồng ủng hộ từ trong và ngoài nước.",
    "Về phía Lào, nước này hiện đã thu hút khoảng 40 tỷ USD vốn đầu tư nước ngoài từ hơn 50 quốc gia.",
    "Năm 2018, dư nợ vay của HAGL tại Campuchia khoảng 3.500 tỷ đồng.",
    "Lũy kế đến nay Việt Nam có nhiều dự án tại Lào, tiếp tục là một trong ba nhà đầu tư lớn nhất tại Lào.",
    "Năm 2021, Campuchia xuất khẩu nông sản sang 70 thị trường với tổng trị giá hơn 5 tỷ USD.",
    "Năm 2023, một hộp sữa tiệt trùng xuất sang Campuchia được bán lẻ khoảng 1,2 USD.",
    "Năm 2018, hàng quá cảnh qua Lao Bảo sang Lào tiếp tục tăng, với tổng trị giá khoảng 1,36 tỷ USD.",
    # national totals, prices, volumes and targets with no time
    "Cả nước XK năm 2015 đạt 162,1 tỷ USD, nên thị trường Lào chỉ chiếm khoảng 0,3%.",
    "Năm 2017, một bát phở ở Vientiane có giá chừng 20.000 kíp.",
    "Năm 2025, Lào bán sang Việt Nam khoảng 1,9 tỷ kWh điện, tăng 7% về sản lượng.",
    "Trong những năm tới, thương mại Việt Nam – Lào có thể vượt 5 tỷ USD.",
    "Đầu tư vào Lào, Campuchia: lũy kế gần 8,7 tỷ USD",
    # projects offered to investors are no projects yet
    "Năm 2016, Lào giới thiệu danh mục 45 dự án kêu gọi đầu tư từ Việt Nam với tổng vốn 2 tỷ USD.",
    # customs tax revenue is no trade
    "Số thu thuế xuất nhập khẩu với Lào trong quý I/2023 đạt 168 tỷ đồng.",
    # "vùng dự án" is the area around a project, not a project count or its capital
    "Người dân trong vùng dự án thủy điện tại Lào được bồi thường 3 triệu USD.",
    "Cán cân nghiêng về phía Lào với mức thặng dư khoảng 732,7 triệu USD.",
    "Lào là địa bàn nhận vốn đầu tư lớn thứ hai, chiếm 15,5% tổng vốn đầu tư ra nước ngoài.",
    "Thương mại hai chiều tăng bình quân 18,5%/năm trong giai đoạn 2010 – 2015.",
    "Tính bình quân, thương mại hai chiều năm 2023 đạt khoảng 1,8 tỷ USD mỗi năm.",
    "Năm 2015, kim ngạch giảm 166 triệu USD so với năm 2014.",
    "Vốn thực hiện năm 2024 đạt khoảng 2,8 tỷ USD.",
    "Phía Lào thông tin GDP năm 2024 tăng 4,6%.",
    "Ngoại thương của Lào năm 2017 đạt 9,345 tỷ USD, cao hơn 11% so với năm 2016.",
    "Giá xuất khẩu bình quân năm 2017 đạt 550,7 USD/tấn, tăng 25,28%.",
    "Hai bên phấn đấu nâng kim ngạch thương mại song phương lên 5 tỷ USD trong 2 – 3 năm tới.",
    "Hai bên kỳ vọng kim ngạch song phương sẽ đạt 20 tỷ USD trong tương lai.",
    "Việt Nam là đối tác thương mại lớn thứ ba của Campuchia năm 2022.",
    "Trong ASEAN, Việt Nam là nhà đầu tư lớn thứ ba tại Myanmar, sau Singapore và Thái Lan.",
    "Thương mại giữa Việt Nam và ASEAN trong 5 tháng năm 2023 đạt hơn 34 tỷ USD.",
    "Nguồn vốn viện trợ năm 2023 đã giúp hoàn thành 12 dự án tại Lào.",
    "Hai bên nhất trí nâng kim ngạch lên 20 tỷ USD trong thời gian tới.",
    # Cambodia placed among the destinations of Vietnamese capital: not Vietnam's investor rank
    "Campuchia đứng vị trí thứ 3 trong tổng số 76 quốc gia và vùng lãnh thổ có hoạt động đầu tư "
    "của Việt Nam.",
    "Tổng thu ngân sách nhà nước tại cửa khẩu năm 2025 đạt 462,2 tỉ đồng.",
    # a ministry's name is no trade cue; an exchange rate and a loan are no claims
    "Thứ trưởng Bộ Công nghiệp và Thương mại Lào cho biết kinh tế Lào năm 2023 dự kiến tăng "
    "trưởng 4,2%.",
    "Năm 2023, đồng kíp mất giá khiến 1 USD đổi được khoảng 20.500 kíp.",
    "Giai đoạn 2016–2020, Lào được hưởng một khoản tín dụng ưu đãi 50 triệu USD của Việt Nam.",
    # a country's trade with the whole world, however it is written
    "Campuchia là thị trường xuất khẩu lớn thứ 13 của Việt Nam, chiếm khoảng 1,6% tổng kim ngạch "
    "xuất khẩu cả nước, vốn đạt 122,7 tỷ USD sau 6 tháng năm 2019.",
    "Năm 2018, tổng kim ngạch xuất nhập khẩu hàng hóa của Lào với các nước trên thế giới đạt "
    "11,06 tỷ USD, tăng 5,7% so với năm 2017.",
    "Tổng kim ngạch thương mại quốc tế của Campuchia trong quý I/2021 đạt 9,36 tỷ USD.",
    "Từ đầu năm 2009, Việt Nam và Lào đã áp dụng giảm 50% thuế suất nhập khẩu cho hàng hóa có "
    "xuất xứ từ mỗi nước.",
    "Lực lượng chức năng tỉnh An Giang trong 9 tháng năm 2012 đã bắt giữ 1.846 vụ vận chuyển hàng "
    "từ Campuchia, trị giá hàng hóa vi phạm hơn 39 tỷ đồng.",
    "Năm 2016, tốc độ tăng trưởng kinh tế của Hà Tĩnh đạt 11,2%, trong khi tổng kim ngạch xuất "
    "khẩu toàn tỉnh đạt 620 triệu USD.",
    "Hiện khu kinh tế cửa khẩu giáp Lào đã thu hút 63 dự án của các nhà đầu tư trong nước, với tổng "
    "vốn đăng ký 4.150 tỷ đồng.",
    "Vinacas ước tính năm 2022 lượng điều nhập từ Campuchia có thể tăng thêm 10 – 15%.",
    "Tính chung, hai thị trường láng giềng đang giữ khoảng 8,5 tỷ USD vốn đầu tư của Việt Nam.",
    "Phía Campuchia cho biết trong 5 tháng đầu năm 2022, tổng kim ngạch xuất khẩu của nước này đạt "
    "9,6 tỷ USD.",
    "Đến hết tháng 10/2010, doanh nghiệp Việt Nam có 87 dự án tại bốn tỉnh Đông Bắc Campuchia và "
    "bốn tỉnh Nam Lào, với tổng vốn đăng ký khoảng 2,4 tỷ USD.",
    "Theo ông, vốn đăng ký mới của Việt Nam tại Lào mỗi năm có thể đạt 150 – 200 triệu USD.",
    "Đến nay, tại Lào có 5 dự án sử dụng vốn viện trợ của Việt Nam đã hoàn thành.",
    "Năm 2017, doanh thu của 13 chợ biên giới với Campuchia trên địa bàn tỉnh ước đạt 1.050 tỷ đồng.",
    "Hiện khu kinh tế cửa khẩu giáp Campuchia đã thu hút 26 dự án, tổng vốn đăng ký 2.150 tỷ đồng.",
    "6 tháng đầu năm 2023, bình quân mỗi tháng, hàng hóa trao đổi giữa Việt Nam và Lào đạt khoảng "
    "132 triệu USD.",
    "Năm 2015, Unitel có lãi năm thứ năm liên tiếp với lợi nhuận khoảng 37 triệu USD tại Lào.",
    "Tại Campuchia, BIDV hiện là nhà đầu tư Việt Nam lớn nhất.",
    "Năm 2024, tại Lào, 3 dự án đang triển khai được điều chỉnh tăng vốn thêm 9,6 triệu USD.",
    "Tính trung bình, mỗi tháng năm 2024 hai bên trao đổi khoảng 177 triệu USD hàng hóa.",
    "Tổng kim ngạch nhập khẩu điều thô của Việt Nam từ mọi thị trường chín tháng năm 2024 vào "
    "khoảng 3,6 tỷ USD.",
    "Hóa chất năm 2025 đạt kim ngạch gấp gần 14 lần cùng kỳ năm ngoái.",
    "Kỷ niệm 60 năm quan hệ ngoại giao, Kỳ họp lần thứ 45 Ủy ban liên Chính phủ.",
    "Hotline: 0274 383 347\nThứ năm, 18-12-25 16:56:12",
    "Đại hội có sự tham dự của 166 đại biểu đại diện cho gần 1.000 đảng viên.",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:50] for t in NEGATIVE])
def test_no_claim(text):
    assert rows(text, D("2024-01-01")) == []


XFAIL = [
    # A list of destinations after "sau": each amount belongs to Vietnam's capital in the country
    # named before it ("Nga 2,8 tỷ USD" is Vietnam's stock in Russia); the owner comes out wrong.
    ("Campuchia đứng thứ 3 trong 76 quốc gia và vùng lãnh thổ có đầu tư của Việt Nam (sau Lào "
     "với 4,8 tỷ USD, Nga 2,8 tỷ USD).", "2019-08-28",
     ("investment_capital", "VN", "RU", 2.8e9)),
]


@pytest.mark.parametrize("text,doc_date,expected", [pytest.param(*x, marks=pytest.mark.xfail(
    strict=True, reason="known miss")) for x in XFAIL], ids=[x[0][:50] for x in XFAIL])
def test_known_misses(text, doc_date, expected):
    got = {(r[0], r[6], r[7], r[2]) for r in rows(text, D(doc_date))}
    assert expected in got
