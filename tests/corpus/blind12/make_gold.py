#!/usr/bin/env python3
"""Writes gold.jsonl for blind12 (the annotation, kept as code so that it is easy to review)."""
import calendar, json
from pathlib import Path

def eom(y, m): return f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
def Y(y, y2=None): return (f"{y}-01-01", f"{y2 or y}-12-31")
def M(y, m): return (f"{y}-{m:02d}-01", eom(y, m))
def TO(y, m): return (f"{y}-01-01", eom(y, m))
def D(d): return (d, d)

DOCS = {}
CLAIMS = []

def doc(d, date): DOCS[d] = date

def c(d, ind, meas, val, unit, per, st, rep, par, text, sc, com=None, lo=None, hi=None, scale=None):
    r = {"kind": "claim", "doc": d, "indicator": ind, "measure": meas, "value": val,
         "low": val if lo is None else lo, "high": val if hi is None else hi, "unit": unit,
         "period_start": per[0], "period_end": per[1], "status": st, "reporter": rep,
         "partner": par, "commodity": com, "text": text, "sentence_contains": sc}
    if scale: r["text_scale"] = scale
    CLAIMS.append(r)

A, E, F, T = "actual", "estimate", "forecast", "target"
L, P = "level", "change_pct"

# ---- b12_01 VnExpress 2023-10-16, VN-KH trade 9M/Sep 2023
d = "b12_01"; doc(d, "2023-10-16")
s9, sep = TO(2023, 9), M(2023, 9)
sc = "riêng tháng 9/2023, trao đổi hàng hóa"
c(d, "trade_total", L, 812e6, "USD", sep, A, "VN", "KH", "812 triệu USD", sc)
c(d, "trade_total", L, 6.74e9, "USD", s9, A, "VN", "KH", "6,74 tỷ USD", sc)
c(d, "trade_total", P, 2, "percent", s9, A, "VN", "KH", "2%", sc)
sc = "xuất khẩu của Việt Nam sang Campuchia đạt 3,52"
c(d, "export", L, 3.52e9, "USD", s9, A, "VN", "KH", "3,52 tỷ USD", sc)
c(d, "export", P, -7.9, "percent", s9, A, "VN", "KH", "7,9%", sc)
c(d, "import", L, 3.22e9, "USD", s9, A, "VN", "KH", "3,22 tỷ USD", sc)
c(d, "import", P, 15.6, "percent", s9, A, "VN", "KH", "15,6%", sc)
sc = "Tính riêng tháng 9, xuất khẩu đạt 421"
c(d, "export", L, 421e6, "USD", sep, A, "VN", "KH", "421 triệu USD", sc)
c(d, "import", L, 391e6, "USD", sep, A, "VN", "KH", "391 triệu USD", sc)
c(d, "export", P, 3.3, "percent", sep, A, "VN", "KH", "3,3%", sc)
c(d, "import", P, 9.7, "percent", sep, A, "VN", "KH", "9,7%", sc)
sc = "Sắt thép các loại vẫn là mặt hàng xuất khẩu"
c(d, "export", L, 612e6, "USD", s9, A, "VN", "KH", "612 triệu USD", sc, com="sắt thép các loại")
c(d, "export", P, -21.3, "percent", s9, A, "VN", "KH", "21,3%", sc, com="sắt thép các loại")
c(d, "export", L, 455e6, "USD", s9, A, "VN", "KH", "455 triệu USD", sc, com="xăng dầu")
c(d, "export", L, 118e6, "USD", s9, A, "VN", "KH", "118 triệu USD", sc, com="phân bón")
c(d, "export", P, 4.6, "percent", s9, A, "VN", "KH", "4,6%", sc, com="phân bón")
c(d, "import", L, 1.86e9, "USD", s9, A, "VN", "KH", "1,86 tỷ USD", "hạt điều thô nhập từ Campuchia đạt 1,86", com="hạt điều thô")
sc = "Cao su nhập khẩu đạt 284.000 tấn"
c(d, "import", L, 387e6, "USD", s9, A, "VN", "KH", "387 triệu USD", sc, com="cao su")
c(d, "import", P, 12, "percent", s9, A, "VN", "KH", "12%", sc, com="cao su")
c(d, "trade_total", L, 9.2e9, "USD", Y(2023), F, "VN", "KH", "9,2 tỷ USD", "cả năm 2023 thương mại hai chiều có thể đạt")

# ---- b12_02 Chinhphu.vn 2019-01-18, VN investment in LA
d = "b12_02"; doc(d, "2019-01-18")
sc = "Việt Nam có 409 dự án đầu tư tại Lào"
c(d, "investment_projects", L, 409, "count", D("2018-12-20"), A, "VN", "LA", "409 dự án", sc)
c(d, "investment_capital", L, 4.22e9, "USD", D("2018-12-20"), A, "VN", "LA", "4,22 tỷ USD", sc)
sc = "có 11 dự án được cấp mới với tổng vốn"
c(d, "investment_projects", L, 11, "count", Y(2018), A, "VN", "LA", "11 dự án", sc)
c(d, "investment_capital", L, 69.3e6, "USD", Y(2018), A, "VN", "LA", "69,3 triệu USD", sc)
c(d, "investment_capital", P, -37, "percent", Y(2018), A, "VN", "LA", "37%", sc)
c(d, "investment_capital", L, 110e6, "USD", Y(2017), A, "VN", "LA", "110 triệu USD", sc)
sc = "các nhà đầu tư Việt Nam đã đăng ký 5,1"
c(d, "investment_capital", L, 5.1e9, "USD", D("2018-11-30"), A, "VN", "LA", "5,1 tỷ USD", sc)
c(d, "investor_rank", L, 3, "rank", D("2018-11-30"), A, "VN", "LA", "lớn thứ ba", sc)
sc = "Lào hiện có 10 dự án đầu tư tại Việt Nam"
c(d, "investment_projects", L, 10, "count", D("2019-01-18"), A, "LA", "VN", "10 dự án", sc)
c(d, "investment_capital", L, 68.9e6, "USD", D("2019-01-18"), A, "LA", "VN", "68,9 triệu USD", sc)
c(d, "investment_capital", L, 100e6, "USD", Y(2019), T, "VN", "LA", "100 triệu USD", "phấn đấu đưa vốn đăng ký mới của Việt Nam")

# ---- b12_03 Tuổi Trẻ 2010-11-05, aid to KH
d = "b12_03"; doc(d, "2010-11-05")
sc = "khoản hỗ trợ không hoàn lại 20 tỷ đồng"
c(d, "aid", L, 20e9, "VND", D("2010-11-04"), A, "VN", "KH", "20 tỷ đồng", sc)
c(d, "aid", L, 1.05e6, "USD", D("2010-11-04"), A, "VN", "KH", "1,05 triệu USD", sc)
sc = "UBND tỉnh An Giang trao tặng tỉnh Takeo"
c(d, "aid", L, 500e6, "VND", D("2010-11-04"), A, "VN", "KH", "500 triệu đồng", sc)
c(d, "aid", L, 300e6, "VND", D("2010-11-04"), A, "VN", "KH", "300 triệu đồng", sc)
c(d, "aid", L, 350e9, "VND", Y(2006, 2010), A, "VN", "KH", "350 tỷ đồng", "Việt Nam đã dành cho Campuchia khoảng 350")
sc = "kim ngạch hai chiều Việt Nam – Campuchia 10 tháng"
c(d, "trade_total", L, 1.42e9, "USD", TO(2010, 10), E, "VN", "KH", "1,42 tỷ USD", sc)
c(d, "trade_total", P, 41, "percent", TO(2010, 10), E, "VN", "KH", "41%", sc)
sc = "Hai bên đặt mục tiêu đạt 2 tỷ USD"
c(d, "trade_total", L, 2e9, "USD", Y(2010), T, "VN", "KH", "2 tỷ USD", sc)
c(d, "trade_total", L, 6.5e9, "USD", Y(2015), T, "VN", "KH", "6,5 tỷ USD", sc)

# ---- b12_04 VOV 2024-07-20, Lao trade with TH, CN, VN (Lao statistics)
d = "b12_04"; doc(d, "2024-07-20")
h1 = TO(2024, 6)
sc = "Thái Lan vẫn là đối tác lớn nhất với kim ngạch"
c(d, "trade_total", L, 2.71e9, "USD", h1, A, "LA", "TH", "2,71 tỷ USD", sc)
c(d, "export", L, 1.02e9, "USD", h1, A, "LA", "TH", "1,02 tỷ USD", sc)
c(d, "import", L, 1.69e9, "USD", h1, A, "LA", "TH", "1,69 tỷ USD", sc)
sc = "Trung Quốc đứng thứ hai với 2,17 tỷ USD"
c(d, "trade_total", L, 2.17e9, "USD", h1, A, "LA", "CN", "2,17 tỷ USD", sc)
c(d, "trade_total", P, 18.4, "percent", h1, A, "LA", "CN", "18,4%", sc)
c(d, "trade_total", L, 1.03e9, "USD", h1, A, "LA", "VN", "1,03 tỷ USD", sc)
c(d, "trade_total", L, 22.6e12, "LAK", h1, A, "LA", "VN", "22.600 tỷ kíp", sc)
c(d, "trade_total", P, -3.1, "percent", h1, A, "LA", "VN", "3,1%", sc)
sc = "Riêng tháng 6/2024, xuất khẩu của Lào sang"
c(d, "export", L, 112e6, "USD", M(2024, 6), A, "LA", "VN", "112 triệu USD", sc)
c(d, "export", P, 6, "percent", M(2024, 6), A, "LA", "VN", "6%", sc)
c(d, "export", P, -9.8, "percent", M(2024, 6), A, "LA", "VN", "9,8%", sc)
c(d, "trade_total", L, 2.5e9, "USD", Y(2024), T, "LA", "VN", "2,5 tỷ USD", "đặt mục tiêu thương mại với Việt Nam đạt")

# ---- b12_05 Khmer Times 2022-02-10, KH trade 2021 (two sources)
d = "b12_05"; doc(d, "2022-02-10")
y21 = Y(2021)
c(d, "trade_total", L, 5.53e9, "USD", y21, A, "KH", "VN", "5,53 tỷ USD", "thương mại song phương Campuchia – Việt Nam năm 2021")
sc = "Campuchia xuất khẩu sang Việt Nam 2,87"
c(d, "export", L, 2.87e9, "USD", y21, A, "KH", "VN", "2,87 tỷ USD", sc)
c(d, "export", P, 38.2, "percent", y21, A, "KH", "VN", "38,2%", sc)
c(d, "import", L, 2.66e9, "USD", y21, A, "KH", "VN", "2,66 tỷ USD", sc)
c(d, "import", P, 11.7, "percent", y21, A, "KH", "VN", "11,7%", sc)
c(d, "trade_total", P, 24, "percent", y21, A, "KH", "VN", "24%", "Thương mại với Việt Nam tăng 24%")
sc = "thương mại hai chiều năm 2021 đạt 9,54"
c(d, "trade_total", L, 9.54e9, "USD", y21, A, "VN", "KH", "9,54 tỷ USD", sc)
c(d, "trade_total", P, 75.6, "percent", y21, A, "VN", "KH", "75,6%", sc)
sc = "Trung Quốc vẫn là đối tác thương mại lớn nhất"
c(d, "trade_total", L, 11.2e9, "USD", y21, A, "KH", "CN", "11,2 tỷ USD", sc)
c(d, "trade_total", P, 36.5, "percent", y21, A, "KH", "CN", "36,5%", sc)
sc = "Thương mại Campuchia – Thái Lan đạt 4,13"
c(d, "trade_total", L, 4.13e9, "USD", y21, A, "KH", "TH", "4,13 tỷ USD", sc)
c(d, "trade_total", P, -2.5, "percent", y21, A, "KH", "TH", "2,5%", sc)
c(d, "trade_total", L, 10e9, "USD", Y(2022), T, "KH", "VN", "10 tỷ USD", "hai nước đặt mục tiêu nâng kim ngạch")

# ---- b12_06 Nhân Dân 2021-08-20, aid VN->LA and LA->VN
d = "b12_06"; doc(d, "2021-08-20")
sc = "lễ bàn giao lô trang thiết bị y tế trị giá"
c(d, "aid", L, 45e9, "VND", D("2021-08-19"), A, "VN", "LA", "45 tỷ đồng", sc)
c(d, "aid", L, 2e6, "USD", D("2021-08-19"), A, "VN", "LA", "2 triệu USD", sc)
sc = "tỉnh Nghệ An trao tặng tỉnh Xiêng Khoảng"
c(d, "aid", L, 1e9, "VND", D("2021-08-19"), A, "VN", "LA", "1 tỷ đồng", sc)
c(d, "aid", L, 420e6, "LAK", D("2021-08-19"), A, "VN", "LA", "420 triệu kíp", sc)
c(d, "aid", L, 4.19e12, "VND", Y(2016, 2020), A, "VN", "LA", "4.190 tỷ đồng", "tổng viện trợ không hoàn lại của Việt Nam dành")
sc = "Chính phủ Việt Nam cam kết dành 1.012"
c(d, "aid", L, 1.012e12, "VND", Y(2021), A, "VN", "LA", "1.012 tỷ đồng", sc)
c(d, "aid", P, 4.2, "percent", Y(2021), A, "VN", "LA", "4,2%", sc)
c(d, "aid", L, 1.5e9, "LAK", M(2021, 7), A, "LA", "VN", "1,5 tỷ kíp", "nhân dân Lào cũng đã ủng hộ Việt Nam")

# ---- b12_07 VTV 2015-06-12: no claims
doc("b12_07", "2015-06-12")

# ---- b12_08 Báo Tây Ninh 2017-07-05, border-gate turnover VN-KH
d = "b12_08"; doc(d, "2017-07-05")
h1 = TO(2017, 6)
sc = "kim ngạch xuất nhập khẩu qua các cửa khẩu trên"
c(d, "trade_total", L, 945e6, "USD", h1, A, "VN", "KH", "945 triệu USD", sc)
c(d, "trade_total", P, 8.3, "percent", h1, A, "VN", "KH", "8,3%", sc)
c(d, "export", L, 571e6, "USD", h1, A, "VN", "KH", "571 triệu USD", sc)
c(d, "import", L, 374e6, "USD", h1, A, "VN", "KH", "374 triệu USD", sc)
sc = "Riêng tháng 6, kim ngạch đạt 168"
c(d, "trade_total", L, 168e6, "USD", M(2017, 6), A, "VN", "KH", "168 triệu USD", sc)
c(d, "trade_total", P, -2.4, "percent", M(2017, 6), A, "VN", "KH", "2,4%", sc)
sc = "Cửa khẩu quốc tế Mộc Bài tiếp tục dẫn đầu"
c(d, "trade_total", L, 612e6, "USD", h1, A, "VN", "KH", "612 triệu USD", sc)
c(d, "trade_total", L, 198.4e6, "USD", h1, A, "VN", "KH", "198,4 triệu USD", sc)
c(d, "trade_total", P, 10.2, "percent", h1, A, "VN", "KH", "10,2%", sc)
c(d, "import", L, 71.5e6, "USD", h1, A, "VN", "KH", "71,5 triệu USD", "mủ cao su nhập qua cửa khẩu Xa Mát", com="mủ cao su")
sc = "Năm 2016, kim ngạch qua các cửa khẩu"
c(d, "trade_total", L, 1.71e9, "USD", Y(2016), A, "VN", "KH", "1,71 tỷ USD", sc)
c(d, "trade_total", L, 2e9, "USD", Y(2017), T, "VN", "KH", "2 tỷ USD", sc)

# ---- b12_09 ZNews 2025-03-18, investment VN<->KH, ranks from both sides
d = "b12_09"; doc(d, "2025-03-18")
f25 = D("2025-02-28")
sc = "Việt Nam có 213 dự án còn hiệu lực"
c(d, "investment_projects", L, 213, "count", f25, A, "VN", "KH", "213 dự án", sc)
c(d, "investment_capital", L, 2.94e9, "USD", f25, A, "VN", "KH", "2,94 tỷ USD", sc)
sc = "Riêng năm 2024, doanh nghiệp Việt Nam đăng ký"
c(d, "investment_projects", L, 9, "count", Y(2024), A, "VN", "KH", "9 dự án", sc)
c(d, "investment_capital", L, 73.6e6, "USD", Y(2024), A, "VN", "KH", "73,6 triệu USD", sc)
c(d, "investor_rank", L, 5, "rank", D("2025-03-18"), A, "VN", "KH", "đứng thứ năm", "Việt Nam hiện đứng thứ năm trong số")
sc = "Trung Quốc dẫn đầu với 17,3 tỷ USD"
c(d, "investor_rank", L, 1, "rank", D("2024-12-31"), A, "CN", "KH", "dẫn đầu", sc)
c(d, "investment_capital", L, 17.3e9, "USD", D("2024-12-31"), A, "CN", "KH", "17,3 tỷ USD", sc)
c(d, "investment_capital", L, 224e6, "USD", D("2025-03-18"), A, "VN", "KH", "224 triệu USD", "Metfone – công ty con của Viettel")
sc = "Campuchia có 27 dự án tại Việt Nam"
c(d, "investment_projects", L, 27, "count", f25, A, "KH", "VN", "27 dự án", sc)
c(d, "investment_capital", L, 93.4e6, "USD", f25, A, "KH", "VN", "93,4 triệu USD", sc)
c(d, "investor_rank", L, 72, "rank", f25, A, "KH", "VN", "thứ 72", sc)
sc = "kim ngạch hai chiều năm 2024 đạt 10,1"
c(d, "trade_total", L, 10.1e9, "USD", Y(2024), A, "VN", "KH", "10,1 tỷ USD", sc)
c(d, "trade_total", P, 8.4, "percent", Y(2024), A, "VN", "KH", "8,4%", sc)

# ---- b12_10 VnExpress 2008-12-26, VN-LA trade 2008
d = "b12_10"; doc(d, "2008-12-26")
sc = "Kim ngạch thương mại hai chiều Việt Nam – Lào năm"
c(d, "trade_total", L, 420e6, "USD", Y(2008), E, "VN", "LA", "420 triệu USD", sc)
c(d, "trade_total", P, 14.5, "percent", Y(2008), E, "VN", "LA", "14,5%", sc)
sc = "hàng Việt Nam xuất sang Lào đạt 186"
c(d, "export", L, 186e6, "USD", TO(2008, 11), A, "VN", "LA", "186 triệu USD", sc)
c(d, "import", L, 202e6, "USD", TO(2008, 11), A, "VN", "LA", "202 triệu USD", sc)
c(d, "export", L, 19.4e6, "USD", M(2008, 11), A, "VN", "LA", "19,4 triệu USD", sc)
sc = "xăng dầu bán sang Lào trong 11 tháng"
c(d, "export", L, 52e6, "USD", TO(2008, 11), A, "VN", "LA", "52 triệu USD", sc, com="xăng dầu")
c(d, "export", P, 28, "percent", TO(2008, 11), A, "VN", "LA", "28%", sc, com="xăng dầu")
c(d, "trade_total", L, 1.3e9, "USD", Y(2001, 2005), A, "VN", "LA", "1,3 tỷ USD", "Giai đoạn 2001–2005, tổng kim ngạch")
c(d, "trade_total", L, 1.5e9, "USD", Y(2007), A, "LA", "TH", "1,5 tỷ USD", "thương mại Lào – Thái Lan năm 2007")
c(d, "trade_total", L, 1e9, "USD", Y(2010), T, "VN", "LA", "1 tỷ USD", "Hai nước đặt mục tiêu đưa kim ngạch")

# ---- b12_11 Nhịp cầu Đầu tư 2012-08-06, VN investment in LA
d = "b12_11"; doc(d, "2012-08-06")
j12 = D("2012-06-30")
sc = "Việt Nam có 241 dự án đầu tư tại Lào"
c(d, "investment_projects", L, 241, "count", j12, A, "VN", "LA", "241 dự án", sc)
c(d, "investment_capital", L, 4.3e9, "USD", j12, A, "VN", "LA", "4,3 tỷ USD", sc)
c(d, "investor_rank", L, 1, "rank", j12, A, "VN", "LA", "dẫn đầu", sc)
c(d, "investor_rank", L, 2, "rank", D("2012-03-31"), A, "VN", "LA", "thứ hai", "lại xếp Việt Nam thứ hai")
sc = "Việt Nam cấp mới 14 dự án sang Lào"
c(d, "investment_projects", L, 14, "count", TO(2012, 6), A, "VN", "LA", "14 dự án", sc)
c(d, "investment_capital", L, 187e6, "USD", TO(2012, 6), A, "VN", "LA", "187 triệu USD", sc)
c(d, "investment_capital", P, 26, "percent", TO(2012, 6), A, "VN", "LA", "26%", sc)
c(d, "investment_capital", L, 450e6, "USD", Y(2012), F, "VN", "LA", "400–500 triệu USD", "vào Lào cả năm 2012 dự kiến đạt", lo=400e6, hi=500e6)
sc = "Tổng vốn đăng ký của các dự án HAGL tại Lào"
c(d, "investment_capital", L, 1e13, "VND", D("2012-08-06"), A, "VN", "LA", "10.000 tỷ đồng", sc)
c(d, "investment_capital", L, 480e6, "USD", D("2012-08-06"), A, "VN", "LA", "480 triệu USD", sc)

# ---- b12_12 KPL 2016-05-10, LA-VN trade Q1 2016 (two sources), LA-TH, LA-CN
d = "b12_12"; doc(d, "2016-05-10")
q1 = TO(2016, 3)
sc = "kim ngạch thương mại Lào – Việt Nam đạt 196"
c(d, "trade_total", L, 196e6, "USD", q1, A, "LA", "VN", "196 triệu USD", sc)
c(d, "trade_total", L, 1.6e12, "LAK", q1, A, "LA", "VN", "1.600 tỷ kíp", sc)
c(d, "trade_total", P, -4.6, "percent", q1, A, "LA", "VN", "4,6%", sc)
c(d, "trade_total", L, 205.5e6, "USD", TO(2015, 3), A, "LA", "VN", "205,5 triệu USD", sc)
sc = "riêng tháng 3/2016, Lào xuất khẩu sang"
c(d, "export", L, 41.7e6, "USD", M(2016, 3), A, "LA", "VN", "41,7 triệu USD", sc)
c(d, "export", L, 108.2e6, "USD", q1, A, "LA", "VN", "108,2 triệu USD", sc)
c(d, "import", L, 87.8e6, "USD", q1, A, "LA", "VN", "87,8 triệu USD", sc)
sc = "thương mại hai chiều quý I đạt 173,4"
c(d, "trade_total", L, 173.4e6, "USD", q1, A, "VN", "LA", "173,4 triệu USD", sc)
c(d, "trade_total", P, -11.5, "percent", q1, A, "VN", "LA", "11,5%", sc)
sc = "Thái Lan vẫn là đối tác thương mại lớn nhất"
c(d, "trade_total", L, 1.05e9, "USD", q1, A, "LA", "TH", "1,05 tỷ USD", sc)
c(d, "trade_total", L, 398e6, "USD", q1, A, "LA", "CN", "398 triệu USD", sc)
c(d, "trade_total", P, 12.7, "percent", q1, A, "LA", "CN", "12,7%", sc)
c(d, "trade_total", L, 1e9, "USD", Y(2016), T, "LA", "VN", "1 tỷ USD", "hai nước đặt chỉ tiêu thương mại song phương")

# ---- b12_13 VnExpress HTML 2024-01-22, VN-KH trade 2023 with commodity table
d = "b12_13"; doc(d, "2024-01-22")
y23 = Y(2023)
sc = "năm 2023 thương mại hai chiều Việt Nam – Campuchia"
c(d, "trade_total", L, 9.32e9, "USD", y23, A, "VN", "KH", "9,32 tỷ USD", sc)
c(d, "trade_total", P, 4.4, "percent", y23, A, "VN", "KH", "4,4%", sc)
c(d, "trade_total", L, 8.93e9, "USD", Y(2022), A, "VN", "KH", "8,93 tỷ USD", sc)
sc = "xuất khẩu của Việt Nam đạt 4,97"
c(d, "export", L, 4.97e9, "USD", y23, A, "VN", "KH", "4,97 tỷ USD", sc)
c(d, "export", P, -5.5, "percent", y23, A, "VN", "KH", "5,5%", sc)
c(d, "import", L, 4.35e9, "USD", y23, A, "VN", "KH", "4,35 tỷ USD", sc)
c(d, "import", P, 18.5, "percent", y23, A, "VN", "KH", "18,5%", sc)
sc = "Riêng tháng 12/2023, kim ngạch đạt 842"
c(d, "trade_total", L, 842e6, "USD", M(2023, 12), A, "VN", "KH", "842 triệu USD", sc)
c(d, "trade_total", P, 4.1, "percent", M(2023, 12), A, "VN", "KH", "4,1%", sc)
c(d, "trade_total", P, 9.3, "percent", M(2023, 12), A, "VN", "KH", "9,3%", sc)
sc = "Việt Nam nhập 2,41 tỷ USD hạt điều thô"
c(d, "import", L, 2.41e9, "USD", y23, A, "VN", "KH", "2,41 tỷ USD", sc, com="hạt điều thô")
c(d, "import", P, 31.7, "percent", y23, A, "VN", "KH", "31,7%", sc, com="hạt điều thô")
for com, v, g in [("Sắt thép các loại", "815,4", "-18,2"), ("Xăng dầu các loại", "602,7", "-9,5"),
                  ("Hàng dệt may", "425,6", "3,4"), ("Phân bón các loại", "158,3", "5,1")]:
    sc = f"{com} | {v}"
    c(d, "export", L, float(v.replace(",", ".")) * 1e6, "USD", y23, A, "VN", "KH", v, sc, com=com.lower(), scale=1000000)
    c(d, "export", P, float(g.replace(",", ".")), "percent", y23, A, "VN", "KH", g, sc, com=com.lower())

# ---- b12_14 Báo Chính phủ HTML 2023-09-15, aid VN->LA with table (unit in header)
d = "b12_14"; doc(d, "2023-09-15")
sc = "lễ bàn giao công trình trường học trị giá 80"
c(d, "aid", L, 80e9, "VND", D("2023-09-14"), A, "VN", "LA", "80 tỷ đồng", sc)
c(d, "aid", L, 3.4e6, "USD", D("2023-09-14"), A, "VN", "LA", "3,4 triệu USD", sc)
sc = "Năm 2023, Chính phủ Việt Nam cam kết dành cho Lào"
c(d, "aid", L, 1.25e12, "VND", Y(2023), A, "VN", "LA", "1.250 tỷ đồng", sc)
c(d, "aid", P, 7.8, "percent", Y(2023), A, "VN", "LA", "7,8%", sc)
for y, v in [(2019, "898"), (2020, "971"), (2021, "1.012"), (2022, "1.160")]:
    c(d, "aid", L, float(v.replace(".", "")) * 1e9, "VND", Y(y), A, "VN", "LA", v, f"{y} | {v}", scale=1000000000)

# ---- b12_15 VOV HTML 2025-06-10, VN-LA trade May/5M 2025 with table, investment
d = "b12_15"; doc(d, "2025-06-10")
m5, t5 = M(2025, 5), TO(2025, 5)
sc = "trong tháng 5/2025, thương mại Việt Nam – Lào"
c(d, "trade_total", L, 218e6, "USD", m5, A, "VN", "LA", "218 triệu USD", sc)
c(d, "trade_total", P, 21, "percent", m5, A, "VN", "LA", "21%", sc)
c(d, "trade_total", L, 1.01e9, "USD", t5, A, "VN", "LA", "1,01 tỷ USD", sc)
c(d, "trade_total", P, 27.4, "percent", t5, A, "VN", "LA", "27,4%", sc)
sc = "Trong 5 tháng, xuất khẩu của Việt Nam sang Lào"
c(d, "export", L, 331e6, "USD", t5, A, "VN", "LA", "331 triệu USD", sc)
c(d, "import", L, 679e6, "USD", t5, A, "VN", "LA", "679 triệu USD", sc)
c(d, "import", P, 42.4, "percent", t5, A, "VN", "LA", "42,4%", sc)
sc = "Xuất khẩu sang Lào | 71,6"
c(d, "export", L, 71.6e6, "USD", m5, A, "VN", "LA", "71,6", sc, scale=1000000)
c(d, "export", P, 4.7, "percent", t5, A, "VN", "LA", "4,7", sc)
c(d, "import", L, 146.4e6, "USD", m5, A, "VN", "LA", "146,4", "Nhập khẩu từ Lào | 146,4", scale=1000000)
sc = "Việt Nam hiện là nhà đầu tư lớn thứ ba tại Lào"
c(d, "investor_rank", L, 3, "rank", D("2025-06-10"), A, "VN", "LA", "lớn thứ ba", sc)
c(d, "investment_capital", L, 5.8e9, "USD", D("2025-06-10"), A, "VN", "LA", "5,8 tỷ USD", sc)
sc = "tính đến ngày 20/5/2025, Việt Nam có 275"
c(d, "investment_projects", L, 275, "count", D("2025-05-20"), A, "VN", "LA", "275 dự án", sc)
c(d, "investment_capital", L, 5.96e9, "USD", D("2025-05-20"), A, "VN", "LA", "5,96 tỷ USD", sc)
c(d, "trade_total", L, 2.4e9, "USD", t5, A, "LA", "TH", "2,4 tỷ USD", "thương mại Lào – Thái Lan đạt khoảng 2,4")

def clean(v):
    return int(v) if isinstance(v, float) and v == int(v) and abs(v) >= 1 else v

out = []
for dd in sorted(DOCS):
    out.append(json.dumps({"kind": "doc", "doc": dd, "doc_date": DOCS[dd]}, ensure_ascii=False))
    for r in CLAIMS:
        if r["doc"] == dd:
            for k in ("value", "low", "high"):
                r[k] = clean(round(r[k], 6))
            out.append(json.dumps(r, ensure_ascii=False))
Path(__file__).with_name("gold.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(DOCS), "docs", len(CLAIMS), "claims")
