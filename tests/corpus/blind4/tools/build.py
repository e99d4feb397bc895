#!/usr/bin/env python3
"""Writes blind4 docs and gold.jsonl (single source of truth for the set)."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = {}; DATES = {}; CLAIMS = []

def doc(d, date, text):
    DOCS[d] = text.strip() + '\n'; DATES[d] = date

def c(d, ind, meas, val, text, sc, ps, pe, st='actual', rep='VN', par='LA', com=None, lo=None, hi=None, note=None):
    if meas == 'change_pct': unit = 'percent'
    elif ind == 'investment_projects': unit = 'count'
    elif ind == 'investor_rank': unit = 'rank'
    else:
        t = text.lower()
        unit = 'USD' if ('usd' in t or 'đôla' in t) else 'VND' if 'đồng' in t else 'LAK' if 'kíp' in t else None
    r = {"kind": "claim", "doc": d, "indicator": ind, "measure": meas, "value": val,
         "low": val if lo is None else lo, "high": val if hi is None else hi, "unit": unit,
         "period_start": ps, "period_end": pe, "status": st, "reporter": rep, "partner": par,
         "commodity": com, "text": text, "sentence_contains": sc}
    if note: r["note"] = note
    CLAIMS.append(r)

def Y(y): return (f'{y}-01-01', f'{y}-12-31')
def D(s): return (s, s)

# ---------------------------------------------------------------- b4_01
doc('b4_01', '2024-10-14', """
Thứ Hai, ngày 14 tháng 10 năm 2024

Thương mại Việt – Lào chín tháng: nhập khẩu từ nước bạn tăng nhanh hơn xuất khẩu

VIÊNG CHĂN – Với 1,43 tỷ USD, kim ngạch trao đổi hàng hóa hai chiều giữa Việt Nam và Lào trong 9 tháng năm 2024 đã tăng 18,6% so với cùng kỳ năm 2023 và cao hơn 4,2% so với con số của cả năm 2022, theo số liệu do Thương vụ Việt Nam tại Lào tổng hợp và công bố ngày 11 tháng 10.

Trong đó, tăng 11,3% lên 582,4 triệu USD là mức mà hàng hóa Việt Nam xuất sang thị trường Lào đạt được, còn chiều nhập khẩu từ Lào được ghi nhận ở mức 847,6 triệu USD, tăng 23,9%, khiến Việt Nam nhập siêu từ nước bạn khoảng 265,2 triệu USD.

Các nhóm hàng xuất khẩu chủ lực sang Lào trong chín tháng gồm:
- xăng dầu các loại (96,5 triệu USD);
- sắt thép các loại (54,1 triệu USD);
- phân bón (38,7 triệu USD, tăng 27%);
- máy móc, thiết bị và phụ tùng (45,9 triệu USD).

Ở chiều ngược lại, than đá vẫn là mặt hàng nhập khẩu lớn nhất với khoảng 1,86 triệu tấn, trị giá 263,4 triệu USD; cao su đạt 152 triệu USD, còn phân bón nhập từ Lào là 97,8 triệu USD.

Riêng tháng 9, xuất khẩu sang Lào đạt 71,2 triệu USD, giảm 3,5% so với tháng 8 nhưng tăng 9,8% so với tháng 9 năm ngoái.

Theo ông Nguyễn Minh Khải, Tham tán Thương mại Việt Nam tại Lào, dù Việt Nam hiện vẫn là đối tác thương mại lớn thứ ba của Lào, xếp sau Thái Lan và Trung Quốc, dư địa còn rất lớn. "Hai bên phấn đấu đưa kim ngạch cả năm 2024 lên khoảng 1,9 tỷ USD, và xa hơn là mục tiêu 5 tỷ USD trong những năm tới", ông Khải nói.
""")
p = ('2024-01-01', '2024-09-30')
c('b4_01','trade_total','level',1.43e9,'1,43 tỷ USD','Với 1,43 tỷ USD, kim ngạch',*p, note='Number before the indicator.')
c('b4_01','trade_total','change_pct',18.6,'18,6%','tăng 18,6% so với cùng kỳ',*p)
c('b4_01','trade_total','change_pct',4.2,'4,2%','cao hơn 4,2% so với con số',*p, note='Second growth rate on the same level, base = full year 2022; policy: level period.')
c('b4_01','export','level',582.4e6,'582,4 triệu USD','tăng 11,3% lên 582,4 triệu USD',*p, note='Growth before the level.')
c('b4_01','export','change_pct',11.3,'11,3%','tăng 11,3% lên 582,4 triệu USD',*p)
c('b4_01','import','level',847.6e6,'847,6 triệu USD','được ghi nhận ở mức 847,6 triệu USD',*p)
c('b4_01','import','change_pct',23.9,'23,9%','847,6 triệu USD, tăng 23,9%',*p)
c('b4_01','export','level',96.5e6,'96,5 triệu USD','xăng dầu các loại (96,5',*p,com='xăng dầu các loại')
c('b4_01','export','level',54.1e6,'54,1 triệu USD','sắt thép các loại (54,1',*p,com='sắt thép các loại')
c('b4_01','export','level',38.7e6,'38,7 triệu USD','phân bón (38,7 triệu USD',*p,com='phân bón')
c('b4_01','export','change_pct',27,'27%','phân bón (38,7 triệu USD, tăng 27%)',*p,com='phân bón')
c('b4_01','export','level',45.9e6,'45,9 triệu USD','máy móc, thiết bị và phụ tùng (45,9',*p,com='máy móc, thiết bị và phụ tùng')
c('b4_01','import','level',263.4e6,'263,4 triệu USD','trị giá 263,4 triệu USD',*p,com='than đá')
c('b4_01','import','level',152e6,'152 triệu USD','cao su đạt 152 triệu USD',*p,com='cao su')
c('b4_01','import','level',97.8e6,'97,8 triệu USD','phân bón nhập từ Lào là 97,8',*p,com='phân bón')
m = ('2024-09-01','2024-09-30')
c('b4_01','export','level',71.2e6,'71,2 triệu USD','Riêng tháng 9, xuất khẩu sang Lào',*m)
c('b4_01','export','change_pct',-3.5,'3,5%','giảm 3,5% so với tháng 8',*m, note='Month-on-month.')
c('b4_01','export','change_pct',9.8,'9,8%','tăng 9,8% so với tháng 9 năm ngoái',*m)
c('b4_01','trade_total','level',1.9e9,'1,9 tỷ USD','cả năm 2024 lên khoảng 1,9 tỷ USD',*Y(2024),st='target', note='"5 tỷ USD trong những năm tới" is unresolvable, not gold. "đối tác thương mại lớn thứ ba" is a trade-partner rank, not gold.')

# ---------------------------------------------------------------- b4_02
doc('b4_02', '2024-10-08', """
Tây Ninh, 08-10-2024

Hàng hóa qua biên giới Tây Ninh – Campuchia khởi sắc trong quý III

Trong quý III năm 2024, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh Tây Ninh với Campuchia được ghi nhận ở mức 1,12 tỷ USD, tăng 14,5% so với cùng kỳ năm trước; riêng cửa khẩu quốc tế Mộc Bài đạt 468,3 triệu USD, còn cửa khẩu quốc tế Xa Mát đạt 391,7 triệu USD.

Báo cáo của Sở Công Thương Tây Ninh cho thấy hàng hóa xuất sang Campuchia qua địa bàn đạt 640 triệu USD và hàng nhập từ Campuchia đạt 480 triệu USD, tăng lần lượt 12% và 17,9%. Mặt hàng hạt điều thô nhập từ Campuchia đạt khoảng 215.000 tấn, trị giá khoảng 290 triệu USD (tương đương gần 7.200 tỷ đồng), với giá bình quân khoảng 1.350 USD/tấn.

Riêng tháng 9, kim ngạch qua các cửa khẩu đạt 402 triệu USD, tăng 6,1% so với tháng 8.

Cũng trong quý, lượng phương tiện xuất nhập cảnh qua các cửa khẩu đạt 98.400 lượt, tăng 8%; số thu ngân sách từ hoạt động xuất nhập khẩu đạt 312 tỷ đồng, còn hàng hóa quá cảnh sang nước thứ ba trị giá khoảng 35 triệu USD.

Ông Trần Văn Lộc, Phó Giám đốc Sở Công Thương, cho biết tỉnh đã phối hợp với tỉnh Svay Rieng và Tbong Khmum (Campuchia) rút ngắn thời gian thông quan xuống dưới 30 phút cho mỗi tờ khai. Theo ông Lộc, mục tiêu của tỉnh là đưa kim ngạch qua biên giới với Campuchia năm 2024 đạt 4,3 tỷ USD, trong bối cảnh nhu cầu nông sản của hai bên vẫn tăng đều.
""")
q = ('2024-07-01','2024-09-30')
K = dict(par='KH')
c('b4_02','trade_total','level',1.12e9,'1,12 tỷ USD','được ghi nhận ở mức 1,12 tỷ USD',*q,**K, note='A province\'s border-gate turnover counts for Vietnam.')
c('b4_02','trade_total','change_pct',14.5,'14,5%','tăng 14,5% so với cùng kỳ',*q,**K)
c('b4_02','trade_total','level',468.3e6,'468,3 triệu USD','Mộc Bài đạt 468,3 triệu USD',*q,**K, note='Single gate turnover = trade_total (subset claim).')
c('b4_02','trade_total','level',391.7e6,'391,7 triệu USD','Xa Mát đạt 391,7 triệu USD',*q,**K)
c('b4_02','export','level',640e6,'640 triệu USD','xuất sang Campuchia qua địa bàn đạt 640',*q,**K)
c('b4_02','import','level',480e6,'480 triệu USD','nhập từ Campuchia đạt 480 triệu USD',*q,**K)
c('b4_02','export','change_pct',12,'12%','tăng lần lượt 12% và 17,9%',*q,**K, note='"lần lượt": first rate to export.')
c('b4_02','import','change_pct',17.9,'17,9%','tăng lần lượt 12% và 17,9%',*q,**K)
c('b4_02','import','level',290e6,'290 triệu USD','trị giá khoảng 290 triệu USD',*q,**K,com='hạt điều thô')
c('b4_02','import','level',7.2e12,'7.200 tỷ đồng','tương đương gần 7.200 tỷ đồng',*q,**K,com='hạt điều thô', note='Currency equivalent: separate VND claim.')
m = ('2024-09-01','2024-09-30')
c('b4_02','trade_total','level',402e6,'402 triệu USD','Riêng tháng 9, kim ngạch qua các cửa khẩu',*m,**K)
c('b4_02','trade_total','change_pct',6.1,'6,1%','tăng 6,1% so với tháng 8',*m,**K)
c('b4_02','trade_total','level',4.3e9,'4,3 tỷ USD','năm 2024 đạt 4,3 tỷ USD',*Y(2024),st='target',**K)

# ---------------------------------------------------------------- b4_03
doc('b4_03', '2024-05-20', """
Hỏi – đáp: Dòng vốn Việt Nam tại Lào sau 35 năm

Ngày đăng: 20/5/2024

Hỏi: Tính đến cuối năm 2023, Việt Nam có bao nhiêu dự án đầu tư tại Lào?

Đáp: Theo Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư), tính đến ngày 31 tháng 12 năm 2023, các nhà đầu tư Việt Nam có 246 dự án còn hiệu lực tại Lào với tổng vốn đăng ký 5,52 tỷ USD. Trong năm 2023, Việt Nam cấp phép mới 11 dự án đầu tư sang Lào với tổng vốn đăng ký 168,4 triệu USD, tăng 35,2% so với năm 2022; ngoài ra có 4 dự án điều chỉnh tăng vốn, còn vốn thực hiện ước đạt 95 triệu USD.

Hỏi: Việt Nam đứng ở vị trí nào trong số các nhà đầu tư nước ngoài tại Lào?

Đáp: Theo thống kê của Bộ Kế hoạch và Đầu tư Lào, lũy kế từ năm 1989 đến hết năm 2023, Việt Nam đứng thứ 3 trong 40 quốc gia và vùng lãnh thổ đầu tư vào Lào, sau Trung Quốc và Thái Lan, trong đó Trung Quốc là nhà đầu tư lớn nhất. Cũng theo phía Lào, vốn đăng ký của Việt Nam tại nước này lũy kế đến hết năm 2023 là 5,9 tỷ USD, cao hơn số liệu của phía Việt Nam do cách tính khác nhau.

Hỏi: Vốn tập trung ở đâu?

Đáp: Lĩnh vực nông, lâm nghiệp chiếm khoảng 34% tổng vốn; năng lượng và khai khoáng chiếm 26%; viễn thông, ngân hàng và dịch vụ chiếm phần còn lại. Riêng doanh nghiệp viễn thông Unitel đã nộp ngân sách Lào hơn 70 triệu USD trong 5 năm qua.

Hỏi: Triển vọng thời gian tới?

Đáp: Hai bên dự kiến đến cuối năm 2025, tổng vốn đăng ký của Việt Nam tại Lào sẽ đạt khoảng 6,5 tỷ USD, với trọng tâm là năng lượng tái tạo, logistics và chế biến nông sản gắn với tuyến đường sắt Viêng Chăn – Vũng Áng.
""")
s = D('2023-12-31')
c('b4_03','investment_projects','level',246,'246 dự án','có 246 dự án còn hiệu lực',*s)
c('b4_03','investment_capital','level',5.52e9,'5,52 tỷ USD','tổng vốn đăng ký 5,52 tỷ USD',*s)
c('b4_03','investment_projects','level',11,'11 dự án','cấp phép mới 11 dự án',*Y(2023))
c('b4_03','investment_capital','level',168.4e6,'168,4 triệu USD','tổng vốn đăng ký 168,4 triệu USD',*Y(2023))
c('b4_03','investment_capital','change_pct',35.2,'35,2%','tăng 35,2% so với năm 2022',*Y(2023), note='"4 dự án điều chỉnh tăng vốn" and disbursed 95 m are not claims.')
c('b4_03','investor_rank','level',3,'thứ 3','Việt Nam đứng thứ 3 trong 40 quốc gia',*s, note='Cumulative 1989–end 2023 -> as-of 2023-12-31. Thailand\'s 2nd place is implied by ordering only: not gold.')
c('b4_03','investor_rank','level',1,'lớn nhất','Trung Quốc là nhà đầu tư lớn nhất',*s,rep='CN', note='Third-country pair; same as-of date as the sentence.')
c('b4_03','investment_capital','level',5.9e9,'5,9 tỷ USD','lũy kế đến hết năm 2023 là 5,9 tỷ USD',*s, note='Lao-side figure for the same stock: second claim.')
c('b4_03','investment_capital','level',6.5e9,'6,5 tỷ USD','sẽ đạt khoảng 6,5 tỷ USD',*D('2025-12-31'),st='forecast')

# ---------------------------------------------------------------- b4_04
doc('b4_04', '2024-02-09', """
Viêng Chăn (2024-02-09) – Thương mại Lào – Thái Lan chững lại trong năm 2023

Bộ Công Thương Lào cho biết, thương mại giữa Lào và Thái Lan năm 2023 đạt 8,35 tỷ USD, giảm 2,7% so với năm 2022, song Thái Lan vẫn tiếp tục là đối tác thương mại lớn nhất của Lào.

Xuất khẩu của Lào sang Thái Lan đạt 4,02 tỷ USD (tăng 1,5%), chủ yếu là điện năng (1,65 tỷ USD), trong khi nhập khẩu từ Thái Lan giảm 6,3%, xuống còn 4,33 tỷ USD. Xăng dầu chiếm khoảng 32% giá trị hàng Lào nhập từ Thái Lan, tương đương 1,39 tỷ USD.

Năm 2022 và 2023, Lào nhập siêu từ Thái Lan lần lượt khoảng 660 triệu USD và 310 triệu USD; khoảng cách được thu hẹp nhờ giá điện xuất khẩu tăng. Tổng kim ngạch ngoại thương của Lào năm 2023 đạt khoảng 15,1 tỷ USD, trong khi GDP của nước này tăng 4,2%.

Về đầu tư, Thái Lan hiện là nhà đầu tư lớn thứ hai tại Lào, chỉ đứng sau Trung Quốc, với 790 dự án và tổng vốn đăng ký khoảng 5,1 tỷ USD.

Cũng theo số liệu của phía Lào, kim ngạch thương mại Lào – Việt Nam năm 2023 được ghi nhận ở mức 1,69 tỷ USD, đưa Việt Nam lên vị trí đối tác thương mại lớn thứ ba.

Tại cuộc họp Ủy ban hỗn hợp lần thứ 23 ở Luang Prabang, hai bên Lào – Thái Lan đặt mục tiêu nâng thương mại song phương lên 11 tỷ USD vào năm 2026. Giới quan sát cho rằng tuyến đường sắt Lào – Trung Quốc, nối dài qua cầu Hữu nghị Nong Khai, sẽ giúp lượng hàng quá cảnh tăng gấp đôi trong vài năm tới.
""")
L = dict(rep='LA', par='TH')
c('b4_04','trade_total','level',8.35e9,'8,35 tỷ USD','năm 2023 đạt 8,35 tỷ USD',*Y(2023),**L)
c('b4_04','trade_total','change_pct',-2.7,'2,7%','giảm 2,7% so với năm 2022',*Y(2023),**L)
c('b4_04','export','level',4.02e9,'4,02 tỷ USD','Xuất khẩu của Lào sang Thái Lan đạt 4,02',*Y(2023),**L)
c('b4_04','export','change_pct',1.5,'1,5%','(tăng 1,5%)',*Y(2023),**L)
c('b4_04','export','level',1.65e9,'1,65 tỷ USD','điện năng (1,65 tỷ USD)',*Y(2023),com='điện năng',**L)
c('b4_04','import','level',4.33e9,'4,33 tỷ USD','xuống còn 4,33 tỷ USD',*Y(2023),**L)
c('b4_04','import','change_pct',-6.3,'6,3%','nhập khẩu từ Thái Lan giảm 6,3%',*Y(2023),**L, note='Growth before the level.')
c('b4_04','import','level',1.39e9,'1,39 tỷ USD','tương đương 1,39 tỷ USD',*Y(2023),com='xăng dầu',**L, note='The 32% share is not a claim; the level it translates to is.')
c('b4_04','investor_rank','level',2,'thứ hai','nhà đầu tư lớn thứ hai tại Lào',*D('2024-02-09'),rep='TH',par='LA')
c('b4_04','investment_projects','level',790,'790 dự án','với 790 dự án',*D('2024-02-09'),rep='TH',par='LA')
c('b4_04','investment_capital','level',5.1e9,'5,1 tỷ USD','tổng vốn đăng ký khoảng 5,1 tỷ USD',*D('2024-02-09'),rep='TH',par='LA')
c('b4_04','trade_total','level',1.69e9,'1,69 tỷ USD','được ghi nhận ở mức 1,69 tỷ USD',*Y(2023),rep='LA',par='VN', note='Lao statistics for Laos–Vietnam trade.')
c('b4_04','trade_total','level',11e9,'11 tỷ USD','lên 11 tỷ USD vào năm 2026',*Y(2026),st='target',**L, note='"vào năm 2026" read as the year 2026 (as dev_18). Balances for 2022/2023, Laos\' world trade, GDP, "gấp đôi" are non-claims.')

# ---------------------------------------------------------------- b4_05
doc('b4_05', '2024-01-18', """
Phnôm Pênh, ngày 18 tháng 1 năm 2024

Campuchia – Trung Quốc: thương mại và đầu tư cùng tăng

Theo Tổng cục Hải quan Campuchia, thương mại song phương giữa Campuchia và Trung Quốc năm 2023 đạt 13,08 tỷ USD, tăng 6,6% so với năm trước. Trong đó, Campuchia nhập khẩu từ Trung Quốc 11,03 tỷ USD, tăng 5,9%, còn xuất khẩu sang thị trường này đạt 2,05 tỷ USD, tăng 10,8%; như vậy Campuchia nhập siêu gần 9 tỷ USD từ nước láng giềng phương Bắc.

Gạo vẫn là mặt hàng Campuchia bán sang Trung Quốc nhiều nhất về lượng, với khoảng 264.000 tấn, dù giá trị chỉ bằng một phần nhỏ so với hàng may mặc.

Trung Quốc hiện vẫn là nhà đầu tư nước ngoài lớn nhất tại Campuchia. Riêng năm 2023, Hội đồng Phát triển Campuchia (CDC) đã phê duyệt 116 dự án có vốn Trung Quốc với tổng vốn đăng ký 2,6 tỷ USD, chiếm 43% tổng vốn FDI được phê duyệt trong năm. Lũy kế từ năm 1994 đến hết năm 2023, vốn đăng ký của Trung Quốc tại Campuchia đạt khoảng 17,4 tỷ USD.

Ngày 16-1-2024, Đại sứ Trung Quốc tại Phnôm Pênh đã trao khoản hỗ trợ không hoàn lại trị giá 23 triệu USD cho Bộ Y tế Campuchia để xây dựng hai bệnh viện tuyến tỉnh.

Bộ Thương mại Campuchia dự báo thương mại hai chiều năm 2024 có thể đạt 15 tỷ USD nhờ Hiệp định Thương mại tự do song phương (CCFTA). Trong khi đó, Việt Nam tiếp tục nằm trong tốp 5 nhà đầu tư nước ngoài tại Campuchia, còn Thái Lan là thị trường tiêu thụ gạo lớn thứ hai của nước này.
""")
C = dict(rep='KH', par='CN')
c('b4_05','trade_total','level',13.08e9,'13,08 tỷ USD','năm 2023 đạt 13,08 tỷ USD',*Y(2023),**C, note='Cambodian statistics: reporter KH, partner CN (third-country pair).')
c('b4_05','trade_total','change_pct',6.6,'6,6%','tăng 6,6% so với năm trước',*Y(2023),**C)
c('b4_05','import','level',11.03e9,'11,03 tỷ USD','nhập khẩu từ Trung Quốc 11,03',*Y(2023),**C)
c('b4_05','import','change_pct',5.9,'5,9%','11,03 tỷ USD, tăng 5,9%',*Y(2023),**C)
c('b4_05','export','level',2.05e9,'2,05 tỷ USD','xuất khẩu sang thị trường này đạt 2,05',*Y(2023),**C)
c('b4_05','export','change_pct',10.8,'10,8%','2,05 tỷ USD, tăng 10,8%',*Y(2023),**C)
c('b4_05','investor_rank','level',1,'lớn nhất','nhà đầu tư nước ngoài lớn nhất tại Campuchia',*D('2024-01-18'),rep='CN',par='KH')
c('b4_05','investment_projects','level',116,'116 dự án','phê duyệt 116 dự án',*Y(2023),rep='CN',par='KH')
c('b4_05','investment_capital','level',2.6e9,'2,6 tỷ USD','tổng vốn đăng ký 2,6 tỷ USD',*Y(2023),rep='CN',par='KH')
c('b4_05','investment_capital','level',17.4e9,'17,4 tỷ USD','đạt khoảng 17,4 tỷ USD',*D('2023-12-31'),rep='CN',par='KH')
c('b4_05','aid','level',23e6,'23 triệu USD','hỗ trợ không hoàn lại trị giá 23 triệu USD',*D('2024-01-16'),rep='CN',par='KH')
c('b4_05','trade_total','level',15e9,'15 tỷ USD','năm 2024 có thể đạt 15 tỷ USD',*Y(2024),st='forecast',**C, note='"tốp 5" for Vietnam is not a rank claim.')

# ---------------------------------------------------------------- b4_06
doc('b4_06', '2024-09-06', """
Lạng Sơn: hàng hóa qua cửa khẩu với Trung Quốc tăng mạnh

(06/9/2024) Số liệu của Cục Hải quan tỉnh Lạng Sơn cho thấy, từ đầu năm đến hết tháng 8 năm 2024, tổng kim ngạch xuất nhập khẩu hàng hóa qua địa bàn tỉnh với Trung Quốc đạt 5,28 tỷ USD, tăng 29,6% so với cùng kỳ. Trong đó, xuất khẩu đạt 2,11 tỷ USD, tăng 48,3%; nhập khẩu 3,17 tỷ USD, tăng 19,6%.

Riêng cửa khẩu quốc tế Hữu Nghị, kim ngạch đạt 3,46 tỷ USD; cửa khẩu ga đường sắt liên vận quốc tế Đồng Đăng đạt 312 triệu USD. Bình quân mỗi ngày có khoảng 1.300 phương tiện chở hàng làm thủ tục qua các cửa khẩu của tỉnh.

Hàng rau quả xuất sang Trung Quốc qua Lạng Sơn đạt 1,12 tỷ USD, riêng sầu riêng mang về 698 triệu USD; giá sầu riêng xuất khẩu bình quân quanh mức 3,2 USD/kg.

Tháng 8 vừa qua, kim ngạch qua địa bàn đạt 781 triệu USD, tăng 4,4% so với tháng 7, mức cao nhất kể từ đầu năm.

Theo ông Hoàng Văn Định, Phó Cục trưởng Cục Hải quan tỉnh, số thu ngân sách từ hoạt động xuất nhập khẩu đạt 4.150 tỷ đồng; hàng tạm nhập tái xuất và quá cảnh qua địa bàn trị giá khoảng 1,05 tỷ USD. "Tỉnh đặt mục tiêu cả năm 2024 kim ngạch qua địa bàn đạt 7,5 tỷ USD, điều hoàn toàn khả thi nếu tiến độ thông quan được giữ vững", ông Định nói.

Lạng Sơn cũng đang thí điểm cửa khẩu thông minh tại cặp Hữu Nghị – Hữu Nghị Quan, với mục tiêu rút ngắn thời gian thông quan một xe hàng xuống còn khoảng 4 phút.
""")
p = ('2024-01-01','2024-08-31'); Z = dict(par='CN')
c('b4_06','trade_total','level',5.28e9,'5,28 tỷ USD','với Trung Quốc đạt 5,28 tỷ USD',*p,**Z, note='"từ đầu năm đến hết tháng 8" in front of a flow = Jan–Aug.')
c('b4_06','trade_total','change_pct',29.6,'29,6%','tăng 29,6% so với cùng kỳ',*p,**Z)
c('b4_06','export','level',2.11e9,'2,11 tỷ USD','xuất khẩu đạt 2,11 tỷ USD',*p,**Z)
c('b4_06','export','change_pct',48.3,'48,3%','2,11 tỷ USD, tăng 48,3%',*p,**Z)
c('b4_06','import','level',3.17e9,'3,17 tỷ USD','nhập khẩu 3,17 tỷ USD',*p,**Z)
c('b4_06','import','change_pct',19.6,'19,6%','3,17 tỷ USD, tăng 19,6%',*p,**Z)
c('b4_06','trade_total','level',3.46e9,'3,46 tỷ USD','Hữu Nghị, kim ngạch đạt 3,46',*p,**Z)
c('b4_06','trade_total','level',312e6,'312 triệu USD','Đồng Đăng đạt 312 triệu USD',*p,**Z)
c('b4_06','export','level',1.12e9,'1,12 tỷ USD','Hàng rau quả xuất sang Trung Quốc',*p,com='rau quả',**Z)
c('b4_06','export','level',698e6,'698 triệu USD','sầu riêng mang về 698 triệu USD',*p,com='sầu riêng',**Z)
m = ('2024-08-01','2024-08-31')
c('b4_06','trade_total','level',781e6,'781 triệu USD','kim ngạch qua địa bàn đạt 781',*m,**Z, note='Year-less "Tháng 8 vừa qua" resolves to Aug 2024.')
c('b4_06','trade_total','change_pct',4.4,'4,4%','tăng 4,4% so với tháng 7',*m,**Z)
c('b4_06','trade_total','level',7.5e9,'7,5 tỷ USD','năm 2024 kim ngạch qua địa bàn đạt 7,5',*Y(2024),st='target',**Z, note='Budget revenue, transit/re-export 1,05 bn, vehicles, USD/kg are non-claims.')

# ---------------------------------------------------------------- b4_07
doc('b4_07', '2024-03-18', """
Những món quà nghĩa tình gửi nước bạn

Cập nhật ngày 18 tháng 3 năm 2024

Ngày 15 tháng 3 năm 2024, tại thủ đô Viêng Chăn, Đại sứ Việt Nam tại Lào đã trao khoản hỗ trợ không hoàn lại trị giá 5 tỷ kíp (tương đương khoảng 240.000 USD) của Chính phủ Việt Nam giúp nhân dân Lào khắc phục hậu quả hạn hán kéo dài tại các tỉnh Nam Lào.

Trước đó một ngày, ngày 14/3, tỉnh Nghệ An đã tặng tỉnh Xiêng Khoảng (Lào) 2 tỷ đồng để xây dựng một trường học bán trú cho học sinh dân tộc; hai tỉnh có chung khoảng 419 km đường biên giới.

Cũng trong tuần này, ngày 12-3-2024, Bộ Quốc phòng Việt Nam trao tặng Bộ Quốc phòng Hoàng gia Campuchia lô trang thiết bị y tế trị giá 3,5 tỷ đồng, cùng 1.000 tấn gạo dành cho các gia đình khó khăn ở vùng biên.

Theo Bộ Ngoại giao, giai đoạn 2019–2023, tổng viện trợ không hoàn lại của Việt Nam dành cho Lào đạt khoảng 3.400 tỷ đồng, bình quân gần 680 tỷ đồng mỗi năm, tập trung vào giáo dục, y tế và đào tạo cán bộ. Nguồn vốn này đã giúp hoàn thành 12 dự án, trong đó có Nhà Quốc hội Lào và nhiều ký túc xá sinh viên; mỗi năm có hơn 1.000 suất học bổng được cấp cho sinh viên Lào.

Trong năm 2024, Chính phủ Việt Nam dự kiến hỗ trợ Lào khoảng 1.000 tỷ đồng, trong đó ưu tiên các công trình trường học ở vùng sâu và dự án quy hoạch tổng thể hệ thống thủy lợi.
""")
c('b4_07','aid','level',5e9,'5 tỷ kíp','trị giá 5 tỷ kíp',*D('2024-03-15'), note='Handover day "ngày 15 tháng 3 năm 2024".')
c('b4_07','aid','level',240000,'240.000 USD','tương đương khoảng 240.000 USD',*D('2024-03-15'), note='Currency equivalent: separate USD claim.')
c('b4_07','aid','level',2e9,'2 tỷ đồng','tặng tỉnh Xiêng Khoảng (Lào) 2 tỷ đồng',*D('2024-03-14'), note='Province grant counts for Vietnam; year-less 14/3 resolves to 2024.')
c('b4_07','aid','level',3.5e9,'3,5 tỷ đồng','trị giá 3,5 tỷ đồng',*D('2024-03-12'),par='KH', note='In-kind equipment valued in money = gift; 1.000 tấn gạo is tonnage, not a claim.')
c('b4_07','aid','level',3.4e12,'3.400 tỷ đồng','đạt khoảng 3.400 tỷ đồng',*Y(2019)[:1]+Y(2023)[1:], note='Cumulative 2019–2023; the yearly average 680 tỷ is not a claim; 12 aid-funded projects are not investment_projects.')
c('b4_07','aid','level',1e12,'1.000 tỷ đồng','dự kiến hỗ trợ Lào khoảng 1.000 tỷ đồng',*Y(2024),st='forecast')

# ---------------------------------------------------------------- b4_08
doc('b4_08', '2024-04-25', """
Việt Nam – Thái Lan: sau một năm đi xuống, thương mại phục hồi từ quý I

Hà Nội, 25/4/2024 – Năm 2022 và 2023, thương mại hai chiều Việt Nam – Thái Lan lần lượt đạt 21,3 tỷ USD và 19,9 tỷ USD, theo số liệu của Tổng cục Hải quan. Giảm 6,6% so với năm trước, con số của năm 2023 phản ánh sức mua yếu đi ở cả hai thị trường.

Trong năm 2023, xuất khẩu của Việt Nam sang Thái Lan được ghi nhận ở mức 7,6 tỷ USD, còn nhập khẩu từ Thái Lan là 12,3 tỷ USD, giảm 9,6%; Việt Nam tiếp tục nhập siêu khoảng 4,7 tỷ USD. Thái Lan hiện là đối tác thương mại lớn nhất của Việt Nam trong ASEAN, và thương mại Việt Nam – ASEAN năm 2023 đạt khoảng 80,8 tỷ USD.

Sang quý I năm 2024, kim ngạch song phương đạt 5,12 tỷ USD, tăng 8,1% so với quý I năm 2023 và tăng 3,2% so với quý IV năm 2023.

Về đầu tư, Thái Lan là nhà đầu tư lớn thứ 8 trong số 143 quốc gia và vùng lãnh thổ có dự án tại Việt Nam, với 707 dự án còn hiệu lực và tổng vốn đăng ký 14,8 tỷ USD.

Theo ông Trần Quốc Bảo, Tham tán Thương mại Việt Nam tại Bangkok, hai bên đã thống nhất mục tiêu đưa kim ngạch thương mại lên 25 tỷ USD vào năm 2025 và sớm hướng tới con số 30 tỷ USD. "Mảnh ghép còn thiếu là logistics qua hành lang Đông – Tây, nơi một chuyến xe từ Bangkok về Hà Nội hiện mất khoảng 3 ngày", ông Bảo nhận định.
""")
T = dict(par='TH')
c('b4_08','trade_total','level',21.3e9,'21,3 tỷ USD','lần lượt đạt 21,3 tỷ USD và 19,9',*Y(2022),**T, note='Two years, two figures in one sentence.')
c('b4_08','trade_total','level',19.9e9,'19,9 tỷ USD','lần lượt đạt 21,3 tỷ USD và 19,9',*Y(2023),**T)
c('b4_08','trade_total','change_pct',-6.6,'6,6%','Giảm 6,6% so với năm trước',*Y(2023),**T, note='Growth sentence refers back to 2023 ("con số của năm 2023").')
c('b4_08','export','level',7.6e9,'7,6 tỷ USD','được ghi nhận ở mức 7,6 tỷ USD',*Y(2023),**T)
c('b4_08','import','level',12.3e9,'12,3 tỷ USD','nhập khẩu từ Thái Lan là 12,3',*Y(2023),**T)
c('b4_08','import','change_pct',-9.6,'9,6%','12,3 tỷ USD, giảm 9,6%',*Y(2023),**T)
q = ('2024-01-01','2024-03-31')
c('b4_08','trade_total','level',5.12e9,'5,12 tỷ USD','kim ngạch song phương đạt 5,12',*q,**T)
c('b4_08','trade_total','change_pct',8.1,'8,1%','tăng 8,1% so với quý I năm 2023',*q,**T)
c('b4_08','trade_total','change_pct',3.2,'3,2%','tăng 3,2% so với quý IV năm 2023',*q,**T, note='Quarter-on-quarter: second rate on the same level.')
c('b4_08','investor_rank','level',8,'thứ 8','nhà đầu tư lớn thứ 8',*D('2024-04-25'),rep='TH',par='VN')
c('b4_08','investment_projects','level',707,'707 dự án','với 707 dự án còn hiệu lực',*D('2024-04-25'),rep='TH',par='VN')
c('b4_08','investment_capital','level',14.8e9,'14,8 tỷ USD','tổng vốn đăng ký 14,8 tỷ USD',*D('2024-04-25'),rep='TH',par='VN')
c('b4_08','trade_total','level',25e9,'25 tỷ USD','lên 25 tỷ USD vào năm 2025',*Y(2025),st='target',**T, note='"sớm hướng tới con số 30 tỷ USD" unresolvable; ASEAN total, balance and "lớn nhất ... trong ASEAN" trade-partner rank are non-claims.')

# ---------------------------------------------------------------- b4_09
doc('b4_09', '2024-06-10', """
Việt Nam – Myanmar: thương mại còn khiêm tốn, đầu tư tập trung vào viễn thông

Một số số liệu đáng chú ý về quan hệ kinh tế Việt Nam – Myanmar (cập nhật ngày 10/6/2024):

• Tổng kim ngạch thương mại song phương giai đoạn 2019–2023 đạt khoảng 4,1 tỷ USD, bình quân khoảng 820 triệu USD/năm.
• Năm 2023: 1,02 tỷ USD, tăng 12,1% so với năm 2022; trong đó Việt Nam xuất khẩu 658 triệu USD, nhập khẩu 362 triệu USD, xuất siêu 296 triệu USD.
• 5 tháng đầu năm 2024: xuất khẩu sang Myanmar ước đạt 287,5 triệu USD, tăng 7,4% so với cùng kỳ.
• Đầu tư: tính đến ngày 30 tháng 4 năm 2024, Việt Nam có 24 dự án còn hiệu lực tại Myanmar với tổng vốn đăng ký 2,17 tỷ USD, đứng thứ 7 trong số các nhà đầu tư nước ngoài tại nước này; vốn giải ngân lũy kế khoảng 1,5 tỷ USD.
• Mặt hàng Việt Nam xuất chủ yếu: sắt thép, phân bón, hàng dệt may, dược phẩm; nhập về: gỗ, gạo (khoảng 150.000 tấn mỗi năm), hải sản.
• Định hướng: hai bên đặt mục tiêu đưa thương mại song phương lên 1,5 tỷ USD vào năm 2025.

Theo bà Lê Thu Hà, chuyên gia của Viện Nghiên cứu Đông Nam Á, con số 1,02 tỷ USD vẫn nhỏ so với tiềm năng của một thị trường hơn 54 triệu dân. "Nếu thanh toán bằng đồng nội tệ được mở rộng và tuyến vận tải biển Yangon – TP Hồ Chí Minh được duy trì đều đặn, thương mại có thể tăng gấp đôi", bà nhận định, đồng thời cho rằng mạng di động Mytel của Viettel, với hơn 10 triệu thuê bao, là minh chứng cho hiệu quả đầu tư của Việt Nam.
""")
M = dict(par='MM')
c('b4_09','trade_total','level',4.1e9,'4,1 tỷ USD','giai đoạn 2019–2023 đạt khoảng 4,1',*Y(2019)[:1]+Y(2023)[1:],**M, note='Cumulative multi-year; the 820 m/year average is not a claim.')
c('b4_09','trade_total','level',1.02e9,'1,02 tỷ USD','1,02 tỷ USD',*Y(2023),**M, note='Repeated in the quote paragraph ("con số 1,02 tỷ USD"): one claim.')
c('b4_09','trade_total','change_pct',12.1,'12,1%','tăng 12,1% so với năm 2022',*Y(2023),**M)
c('b4_09','export','level',658e6,'658 triệu USD','Việt Nam xuất khẩu 658 triệu USD',*Y(2023),**M)
c('b4_09','import','level',362e6,'362 triệu USD','nhập khẩu 362 triệu USD',*Y(2023),**M)
p5 = ('2024-01-01','2024-05-31')
c('b4_09','export','level',287.5e6,'287,5 triệu USD','ước đạt 287,5 triệu USD',*p5,st='estimate',**M)
c('b4_09','export','change_pct',7.4,'7,4%','tăng 7,4% so với cùng kỳ',*p5,st='estimate',**M)
s = D('2024-04-30')
c('b4_09','investment_projects','level',24,'24 dự án','Việt Nam có 24 dự án còn hiệu lực',*s,**M)
c('b4_09','investment_capital','level',2.17e9,'2,17 tỷ USD','tổng vốn đăng ký 2,17 tỷ USD',*s,**M)
c('b4_09','investor_rank','level',7,'thứ 7','đứng thứ 7 trong số các nhà đầu tư',*s,**M, note='Disbursed 1,5 tỷ is not a claim.')
c('b4_09','trade_total','level',1.5e9,'1,5 tỷ USD','lên 1,5 tỷ USD vào năm 2025',*Y(2025),st='target',**M)

# ---------------------------------------------------------------- b4_10 (no claims)
doc('b4_10', '2024-07-02', """
Cửa khẩu Cầu Treo nhộn nhịp mùa hè

Hà Tĩnh, ngày 2 tháng 7 năm 2024 – Những ngày đầu tháng Bảy, dòng xe tải nối đuôi nhau chờ làm thủ tục tại Cửa khẩu quốc tế Cầu Treo đã trở thành hình ảnh quen thuộc. Theo Ban Quản lý Khu kinh tế tỉnh, trong 6 tháng đầu năm có khoảng 58.600 lượt phương tiện xuất nhập cảnh qua cửa khẩu, tăng 14% so với cùng kỳ, cùng hơn 320.000 lượt hành khách.

Số thu ngân sách qua cửa khẩu đạt 286 tỷ đồng, còn hàng hóa quá cảnh từ Thái Lan qua Lào về Việt Nam trị giá khoảng 190 triệu USD, gấp đôi cùng kỳ. Hàng nông sản chiếm khoảng 45% lượng hàng qua cửa khẩu; giá chuối xuất khẩu dao động 8.000–9.500 đồng/kg, riêng lượng phân bón xuất sang Lào đạt 41.000 tấn.

Ở tầm vĩ mô, GDP của Lào năm 2023 tăng 4,2%, tổng kim ngạch ngoại thương của nước này vượt 15 tỷ USD, còn thương mại giữa Việt Nam và ASEAN trong 5 tháng đạt hơn 34 tỷ USD. Một lãnh đạo Sở Công Thương nhận xét kim ngạch qua Cầu Treo đã tăng thêm khoảng 45 triệu USD so với năm ngoái, và Việt Nam vẫn nhập siêu nhẹ từ Lào qua tuyến này.

"Chúng tôi kỳ vọng trong những năm tới, trao đổi hàng hóa qua Cầu Treo có thể đạt 1 tỷ USD mỗi năm", ông Phan Văn Tư, Trưởng Ban Quản lý, chia sẻ. Tỉnh đang kiến nghị nâng cấp 26 km quốc lộ 8A và xây bãi kiểm hóa tập trung rộng 12 ha, dự kiến khởi công trong quý IV.
""")

# ---------------------------------------------------------------- b4_11
doc('b4_11', '2024-08-05', """
Số liệu hai phía về thương mại Campuchia – Việt Nam 7 tháng năm 2024

Phnôm Pênh, 05/8/2024 – Theo Tổng cục Hải quan và Thuế quan Campuchia (GDCE), trong 7 tháng đầu năm 2024, thương mại giữa Campuchia và Việt Nam đạt 3,08 tỷ USD, tăng 11,6% so với cùng kỳ năm trước. Campuchia xuất khẩu sang Việt Nam 1,47 tỷ USD, tăng 24,8%, và nhập khẩu từ Việt Nam 1,61 tỷ USD, tăng 1,7%.

Hạt điều thô là mặt hàng Campuchia xuất sang Việt Nam nhiều nhất, đạt 812 triệu USD. Riêng tháng 7, theo GDCE, thương mại song phương đạt 462 triệu USD, giảm 2,3% so với tháng 6.

Trong khi đó, số liệu của Tổng cục Hải quan Việt Nam cho cùng kỳ ghi nhận kim ngạch hai chiều ở mức 4,25 tỷ USD, với xuất khẩu của Việt Nam sang Campuchia là 2,68 tỷ USD và nhập khẩu từ Campuchia là 1,57 tỷ USD. Chênh lệch giữa hai nguồn chủ yếu do cách ghi nhận hàng hóa qua các cửa khẩu phụ và lối mở.

Việt Nam hiện là đối tác thương mại lớn thứ ba của Campuchia, sau Trung Quốc và Mỹ. Về đầu tư, với 210 dự án và tổng vốn đăng ký gần 2,94 tỷ USD tính đến hết tháng 6/2024, Việt Nam đứng thứ năm trong số các quốc gia đầu tư vào Campuchia.

Ông Penn Sovicheat, người phát ngôn Bộ Thương mại Campuchia, cho biết hai nước đang hoàn thiện kế hoạch phát triển thương mại biên giới, kết nối 9 cặp cửa khẩu chính.
""")
p7 = ('2024-01-01','2024-07-31'); KV = dict(rep='KH', par='VN')
c('b4_11','trade_total','level',3.08e9,'3,08 tỷ USD','Campuchia và Việt Nam đạt 3,08',*p7,**KV, note='Cambodian statistics: reporter KH.')
c('b4_11','trade_total','change_pct',11.6,'11,6%','tăng 11,6% so với cùng kỳ',*p7,**KV)
c('b4_11','export','level',1.47e9,'1,47 tỷ USD','xuất khẩu sang Việt Nam 1,47',*p7,**KV)
c('b4_11','export','change_pct',24.8,'24,8%','1,47 tỷ USD, tăng 24,8%',*p7,**KV)
c('b4_11','import','level',1.61e9,'1,61 tỷ USD','nhập khẩu từ Việt Nam 1,61',*p7,**KV)
c('b4_11','import','change_pct',1.7,'1,7%','1,61 tỷ USD, tăng 1,7%',*p7,**KV)
c('b4_11','export','level',812e6,'812 triệu USD','đạt 812 triệu USD',*p7,com='hạt điều thô',**KV, note='"nhiều nhất" is a product rank, not a claim.')
j = ('2024-07-01','2024-07-31')
c('b4_11','trade_total','level',462e6,'462 triệu USD','thương mại song phương đạt 462',*j,**KV)
c('b4_11','trade_total','change_pct',-2.3,'2,3%','giảm 2,3% so với tháng 6',*j,**KV)
c('b4_11','trade_total','level',4.25e9,'4,25 tỷ USD','ở mức 4,25 tỷ USD',*p7,par='KH', note='Vietnamese statistics for the same period: separate claims (reporter VN).')
c('b4_11','export','level',2.68e9,'2,68 tỷ USD','sang Campuchia là 2,68 tỷ USD',*p7,par='KH')
c('b4_11','import','level',1.57e9,'1,57 tỷ USD','nhập khẩu từ Campuchia là 1,57',*p7,par='KH')
s = D('2024-06-30')
c('b4_11','investment_projects','level',210,'210 dự án','với 210 dự án',*s,par='KH')
c('b4_11','investment_capital','level',2.94e9,'2,94 tỷ USD','gần 2,94 tỷ USD',*s,par='KH')
c('b4_11','investor_rank','level',5,'thứ năm','Việt Nam đứng thứ năm',*s,par='KH', note='As-of "tính đến hết tháng 6/2024" in the same sentence.')

# ---------------------------------------------------------------- b4_12
doc('b4_12', '2024-03-20', """
Điện Lào – mặt hàng nhập khẩu ngày càng quan trọng

Cập nhật: 2024-03-20 09:15

Nửa cuối năm ngoái, giá trị điện Việt Nam nhập khẩu từ Lào đạt 96,4 triệu USD, đưa tổng giá trị điện nhập từ nước bạn cả năm 2023 lên 171,8 triệu USD, tăng 41% so với năm 2022. Giá điện bình quân theo các hợp đồng hiện hành vào khoảng 6,95 US cent/kWh, và Việt Nam dự kiến đến năm 2030 sẽ nhập khoảng 5.000 MW từ Lào.

Theo Bộ Công Thương Lào, quý IV năm 2023, Lào xuất khẩu sang Việt Nam đạt 247,9 triệu USD, trong khi nhập khẩu từ Việt Nam đạt 152,6 triệu USD.

Tháng Hai vừa qua, hàng hóa Việt Nam xuất sang Lào được ghi nhận ở mức 48,3 triệu USD, giảm 12,4% so với tháng Một do kỳ nghỉ Tết, nhưng vẫn tăng 6,7% so với tháng Hai năm 2023. Tính chung hai tháng đầu năm, kim ngạch hai chiều Việt Nam – Lào ước đạt 258 triệu USD.

Trao đổi với phóng viên, ông Bùi Đức Thắng, chuyên gia năng lượng, cho rằng các đường dây 500 kV nối Lào với miền Trung sẽ là điều kiện tiên quyết. "Nếu các dự án thủy điện và điện gió ở Nam Lào vận hành đúng hạn, điện sẽ sớm trở thành một trong ba mặt hàng nhập khẩu lớn nhất từ Lào", ông nói.
""")
c('b4_12','import','level',96.4e6,'96,4 triệu USD','đạt 96,4 triệu USD',*('2023-07-01','2023-12-31'),com='điện', note='"Nửa cuối năm ngoái" = H2 2023 (doc 2024).')
c('b4_12','import','level',171.8e6,'171,8 triệu USD','lên 171,8 triệu USD',*Y(2023),com='điện')
c('b4_12','import','change_pct',41,'41%','tăng 41% so với năm 2022',*Y(2023),com='điện')
q4 = ('2023-10-01','2023-12-31')
c('b4_12','export','level',247.9e6,'247,9 triệu USD','Lào xuất khẩu sang Việt Nam đạt 247,9',*q4,rep='LA',par='VN')
c('b4_12','import','level',152.6e6,'152,6 triệu USD','nhập khẩu từ Việt Nam đạt 152,6',*q4,rep='LA',par='VN')
f = ('2024-02-01','2024-02-29')
c('b4_12','export','level',48.3e6,'48,3 triệu USD','được ghi nhận ở mức 48,3 triệu USD',*f)
c('b4_12','export','change_pct',-12.4,'12,4%','giảm 12,4% so với tháng Một',*f)
c('b4_12','export','change_pct',6.7,'6,7%','tăng 6,7% so với tháng Hai năm 2023',*f)
c('b4_12','trade_total','level',258e6,'258 triệu USD','ước đạt 258 triệu USD',*('2024-01-01','2024-02-29'),st='estimate', note='MW, US cent/kWh and "một trong ba mặt hàng ... lớn nhất" are non-claims.')

# ---------------------------------------------------------------- b4_13 (html)
doc('b4_13', '2024-04-08', """
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Quý I/2024: Thương mại Việt Nam – Lào đạt 498,6 triệu USD | Báo Kinh tế Biên giới</title>
<meta property="og:title" content="Quý I/2024: Thương mại Việt Nam – Lào đạt 498,6 triệu USD">
<meta property="article:published_time" content="2024-04-08T07:30:00+07:00">
<link rel="canonical" href="https://kinhtebiengioi.example.vn/thuong-mai/quy-i-2024-thuong-mai-viet-nam-lao-dat-498-6-trieu-usd-20240408.html">
</head>
<body>
<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/thuong-mai">Thương mại</a></li><li><a href="/dau-tu">Đầu tư</a></li><li><a href="/the-gioi">Thế giới</a></li></ul></nav>
<article>
<h1>Quý I/2024: Thương mại Việt Nam – Lào đạt 498,6 triệu USD</h1>
<p class="meta">Thứ Hai, 08/04/2024 07:30 – Minh Anh</p>
<p>Số liệu vừa được Thương vụ Việt Nam tại Lào công bố cho thấy, trong quý I/2024, thương mại Việt Nam – Lào đạt 498,6 triệu USD, tăng 15,4% so với cùng kỳ năm ngoái.</p>
<p>Xuất khẩu của Việt Nam sang Lào đạt 203,1 triệu USD, tăng 4,2%; nhập khẩu từ Lào đạt 295,5 triệu USD, tăng 24,6%. Trong các mặt hàng nhập khẩu, than đá dẫn đầu với 112,7 triệu USD, tiếp theo là cao su và phân bón.</p>
<p>Riêng tháng Ba, kim ngạch hai chiều đạt 182,4 triệu USD, tăng 21,5% so với tháng Hai, khi hoạt động thông quan trở lại bình thường sau Tết.</p>
<p>Theo bà Phạm Thị Yến, Tham tán Thương mại Việt Nam tại Lào, nếu đà tăng được duy trì, kim ngạch cả năm 2024 có thể đạt 2 tỷ USD. Bà cũng lưu ý các doanh nghiệp về quy định mới của Lào đối với thanh toán bằng ngoại tệ.</p>
</article>
<aside class="sidebar">
<h3>Đọc nhiều</h3>
<ul>
<li><a href="/a1">Giá cà phê Robusta lập đỉnh mới, vượt 4.000 USD/tấn</a></li>
<li><a href="/a2">Xuất khẩu gạo quý I đạt 2,2 triệu tấn</a></li>
<li><a href="/a3">Tổng kim ngạch xuất nhập khẩu cả nước quý I đạt 178 tỷ USD</a></li>
<li><a href="/a4">GDP quý I tăng 5,66%, cao nhất trong 4 năm</a></li>
</ul>
</aside>
<footer><p>© 2024 Báo Kinh tế Biên giới. Giấy phép số 123/GP-BTTTT. Đường dây nóng: 0243 888 9999.</p></footer>
</body>
</html>
""")
q = ('2024-01-01','2024-03-31')
c('b4_13','trade_total','level',498.6e6,'498,6 triệu USD','Lào đạt 498,6 triệu USD',*q, note='h1 and first paragraph state the same figure: one claim; sentence_contains occurs in both.')
c('b4_13','trade_total','change_pct',15.4,'15,4%','tăng 15,4% so với cùng kỳ năm ngoái',*q)
c('b4_13','export','level',203.1e6,'203,1 triệu USD','sang Lào đạt 203,1 triệu USD',*q)
c('b4_13','export','change_pct',4.2,'4,2%','203,1 triệu USD, tăng 4,2%',*q)
c('b4_13','import','level',295.5e6,'295,5 triệu USD','nhập khẩu từ Lào đạt 295,5',*q)
c('b4_13','import','change_pct',24.6,'24,6%','295,5 triệu USD, tăng 24,6%',*q)
c('b4_13','import','level',112.7e6,'112,7 triệu USD','than đá dẫn đầu với 112,7 triệu USD',*q,com='than đá', note='"dẫn đầu" is a product rank, not investor_rank.')
m = ('2024-03-01','2024-03-31')
c('b4_13','trade_total','level',182.4e6,'182,4 triệu USD','Riêng tháng Ba, kim ngạch hai chiều',*m)
c('b4_13','trade_total','change_pct',21.5,'21,5%','tăng 21,5% so với tháng Hai',*m)
c('b4_13','trade_total','level',2e9,'2 tỷ USD','cả năm 2024 có thể đạt 2 tỷ USD',*Y(2024),st='forecast')

# ---------------------------------------------------------------- b4_14 (html)
doc('b4_14', '2024-11-12', """
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Vốn Việt Nam tại Campuchia gần 3 tỷ USD, doanh nghiệp mở rộng sang nông nghiệp công nghệ cao</title>
<meta property="og:title" content="Vốn Việt Nam tại Campuchia gần 3 tỷ USD">
<meta property="article:published_time" content="2024-11-12T15:05:00+07:00">
<link rel="canonical" href="https://nhipcaudautu.example.vn/dau-tu/von-viet-nam-tai-campuchia-gan-3-ty-usd-112024.html">
</head>
<body>
<nav><a href="/">Trang chủ</a> | <a href="/vi-mo">Vĩ mô</a> | <a href="/dau-tu">Đầu tư</a> | <a href="/doanh-nghiep">Doanh nghiệp</a></nav>
<article>
<h1>Doanh nghiệp Việt mở rộng đầu tư sang Campuchia</h1>
<p>Phnôm Pênh, 12/11/2024 – Tính đến ngày 31/10/2024, Việt Nam có 214 dự án đầu tư còn hiệu lực tại Campuchia với tổng vốn đăng ký 2,97 tỷ USD. Với quy mô này, Việt Nam dẫn đầu các nước ASEAN và đứng thứ 5 trong số các quốc gia và vùng lãnh thổ có dự án tại Campuchia.</p>
<p>Riêng 10 tháng năm 2024, Việt Nam cấp mới 9 dự án sang Campuchia với vốn đăng ký 61,3 triệu USD, tăng 27,4% so với cùng kỳ; vốn thực hiện trong cùng thời gian khoảng 48 triệu USD.</p>
<p>Theo ông Lê Quang Huy, Tham tán Thương mại Việt Nam tại Campuchia, thương mại hai chiều 10 tháng đạt 8,16 tỷ USD, tăng 14,9%, tạo nền tảng để hai bên hướng tới mục tiêu 20 tỷ USD trong thời gian tới. Các dự án cao su, viễn thông và ngân hàng đang đóng góp lớn cho ngân sách Campuchia, riêng Metfone nộp thuế hơn 40 triệu USD mỗi năm.</p>
<p>Hỏi về khó khăn, ông Huy cho rằng thủ tục đất đai và nguồn nhân lực kỹ thuật vẫn là rào cản. "Doanh nghiệp cần liên kết thành chuỗi thay vì đi lẻ", ông nói.</p>
</article>
<aside>
<h4>Tin liên quan</h4>
<ul>
<li>Campuchia thu hút 6,1 tỷ USD vốn FDI trong 9 tháng</li>
<li>Cặp cửa khẩu Mộc Bài – Bavet đón 1,2 triệu lượt khách</li>
<li>Giá cao su tăng 18% so với đầu năm</li>
</ul>
</aside>
<footer>Nhịp cầu Đầu tư © 2024 · Liên hệ quảng cáo: 0909 123 456</footer>
</body>
</html>
""")
s = D('2024-10-31'); p10 = ('2024-01-01','2024-10-31')
c('b4_14','investment_projects','level',214,'214 dự án','Việt Nam có 214 dự án',*s,par='KH')
c('b4_14','investment_capital','level',2.97e9,'2,97 tỷ USD','tổng vốn đăng ký 2,97 tỷ USD',*s,par='KH', note='title/og:title "gần 3 tỷ USD" are tags, not article text.')
c('b4_14','investor_rank','level',5,'thứ 5','đứng thứ 5 trong số các quốc gia',*s,par='KH', note='"dẫn đầu các nước ASEAN" is not an overall rank: not gold. As-of date carried from the previous sentence.')
c('b4_14','investment_projects','level',9,'9 dự án','cấp mới 9 dự án',*p10,par='KH')
c('b4_14','investment_capital','level',61.3e6,'61,3 triệu USD','vốn đăng ký 61,3 triệu USD',*p10,par='KH')
c('b4_14','investment_capital','change_pct',27.4,'27,4%','tăng 27,4% so với cùng kỳ',*p10,par='KH')
c('b4_14','trade_total','level',8.16e9,'8,16 tỷ USD','10 tháng đạt 8,16 tỷ USD',*p10,par='KH')
c('b4_14','trade_total','change_pct',14.9,'14,9%','8,16 tỷ USD, tăng 14,9%',*p10,par='KH', note='20 tỷ USD target unresolvable; Metfone tax is budget revenue.')

# ---------------------------------------------------------------- b4_15 (html)
doc('b4_15', '2024-10-15', """
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Thương mại Việt – Trung 9 tháng: nhập khẩu tăng mạnh</title>
<meta property="og:title" content="Thương mại Việt – Trung 9 tháng: nhập khẩu tăng mạnh">
<meta name="description" content="Kim ngạch song phương Việt Nam – Trung Quốc 9 tháng năm 2024 đạt 148,7 tỷ USD.">
<meta property="article:published_time" content="2024-10-15T10:20:00+07:00">
<link rel="canonical" href="https://thitruongvaxuatkhau.example.vn/thuong-mai-viet-trung-9-thang-post99821.html">
</head>
<body>
<nav class="top"><ul><li>Thị trường</li><li>Xuất khẩu</li><li>Logistics</li><li>Hỏi đáp</li></ul></nav>
<article>
<h1>Thương mại Việt – Trung 9 tháng: nhập khẩu tăng mạnh</h1>
<p>Theo Tổng cục Hải quan, 9 tháng năm 2024, kim ngạch thương mại Việt Nam – Trung Quốc đạt 148,7 tỷ USD, tăng 20,8% so với cùng kỳ năm trước. Trong đó, Việt Nam xuất khẩu sang Trung Quốc 44,1 tỷ USD, tăng 3,2%; nhập khẩu từ Trung Quốc 104,6 tỷ USD, tăng 30,1%, kéo theo mức nhập siêu 60,5 tỷ USD.</p>
<p>Nhóm máy vi tính, sản phẩm điện tử và linh kiện nhập từ Trung Quốc đạt 26,4 tỷ USD, chiếm khoảng một phần tư tổng giá trị nhập khẩu từ thị trường này. Riêng tháng 9, nhập khẩu từ Trung Quốc đạt 12,4 tỷ USD, tăng 5,1% so với tháng 8.</p>
<p>Số liệu của Tổng cục Hải quan Trung Quốc cho cùng kỳ lại cho thấy thương mại hai chiều là 192,3 tỷ USD; chênh lệch chủ yếu do cách tính xuất xứ và hàng quá cảnh.</p>
<p>Lũy kế đến ngày 20/9/2024, Trung Quốc đứng thứ 6 trong số 147 quốc gia và vùng lãnh thổ đầu tư vào Việt Nam, với 5.270 dự án và tổng vốn đăng ký 31,9 tỷ USD.</p>
<p>Hỏi: Cả năm 2024 thương mại song phương sẽ ra sao? Đáp: Bộ Công Thương dự báo cả năm 2024 thương mại song phương sẽ vượt 200 tỷ USD, lần đầu chạm mốc này.</p>
</article>
<aside class="related">
<p>Xem thêm:</p>
<ul>
<li>Xuất khẩu rau quả cả nước 9 tháng đạt 5,5 tỷ USD</li>
<li>Hơn 2.000 xe container chờ thông quan tại Lạng Sơn</li>
<li>Giá sầu riêng giảm 20.000 đồng/kg</li>
</ul>
</aside>
<footer><small>Thị trường và Xuất khẩu – Cơ quan của Hiệp hội. Mọi sao chép phải ghi nguồn.</small></footer>
</body>
</html>
""")
p = ('2024-01-01','2024-09-30'); Z = dict(par='CN')
c('b4_15','trade_total','level',148.7e9,'148,7 tỷ USD','Trung Quốc đạt 148,7 tỷ USD',*p,**Z, note='Meta description repeats the figure; only article text counts.')
c('b4_15','trade_total','change_pct',20.8,'20,8%','tăng 20,8% so với cùng kỳ',*p,**Z)
c('b4_15','export','level',44.1e9,'44,1 tỷ USD','sang Trung Quốc 44,1 tỷ USD',*p,**Z)
c('b4_15','export','change_pct',3.2,'3,2%','44,1 tỷ USD, tăng 3,2%',*p,**Z)
c('b4_15','import','level',104.6e9,'104,6 tỷ USD','nhập khẩu từ Trung Quốc 104,6',*p,**Z)
c('b4_15','import','change_pct',30.1,'30,1%','104,6 tỷ USD, tăng 30,1%',*p,**Z)
c('b4_15','import','level',26.4e9,'26,4 tỷ USD','linh kiện nhập từ Trung Quốc đạt 26,4',*p,com='máy vi tính, sản phẩm điện tử và linh kiện',**Z)
s9 = ('2024-09-01','2024-09-30')
c('b4_15','import','level',12.4e9,'12,4 tỷ USD','Riêng tháng 9, nhập khẩu từ Trung Quốc',*s9,**Z)
c('b4_15','import','change_pct',5.1,'5,1%','tăng 5,1% so với tháng 8',*s9,**Z)
c('b4_15','trade_total','level',192.3e9,'192,3 tỷ USD','thương mại hai chiều là 192,3',*p,rep='CN',par='VN', note='Chinese customs: second source, reporter CN.')
s = D('2024-09-20')
c('b4_15','investor_rank','level',6,'thứ 6','Trung Quốc đứng thứ 6',*s,rep='CN',par='VN')
c('b4_15','investment_projects','level',5270,'5.270 dự án','với 5.270 dự án',*s,rep='CN',par='VN')
c('b4_15','investment_capital','level',31.9e9,'31,9 tỷ USD','tổng vốn đăng ký 31,9 tỷ USD',*s,rep='CN',par='VN')
c('b4_15','trade_total','level',200e9,'200 tỷ USD','sẽ vượt 200 tỷ USD',*Y(2024),st='forecast',**Z)

# ---------------------------------------------------------------- write
os.makedirs(os.path.join(ROOT,'docs'), exist_ok=True)
for d, t in DOCS.items():
    ext = '.html' if t.lstrip().startswith('<!DOCTYPE') else '.txt'
    with open(os.path.join(ROOT,'docs',d+ext),'w',encoding='utf-8') as f: f.write(t.lstrip('\n') if ext=='.html' else t)
with open(os.path.join(ROOT,'gold.jsonl'),'w',encoding='utf-8') as f:
    for d in DOCS:
        f.write(json.dumps({"kind":"doc","doc":d,"doc_date":DATES[d]},ensure_ascii=False)+'\n')
        for r in CLAIMS:
            if r['doc']==d:
                for k in ('value','low','high'):
                    v = r[k]; r[k] = int(round(v)) if abs(v-round(v))<1e-6 else round(v,6)
                f.write(json.dumps(r,ensure_ascii=False)+'\n')
print(len(DOCS),'docs',len(CLAIMS),'claims')
