# Compact gold spec.  c(doc, indicator, measure, text, sentence_contains, period, status,
#   countries 'VN>LA' (reporter>partner), commodity=None, neg=False, note=None)
# period codes: Y2023 | Q2023-2 | M2023-1-6 (Jan..Jun) | M2023-5 (one month) | D2024-09-30 | Y2021-2025
C = []
def c(doc, ind, meas, text, sc, per, st='actual', cty='VN>LA', com=None, neg=False, note=None):
    C.append(dict(doc=doc, ind=ind, meas=meas, text=text, sc=sc, per=per, st=st, cty=cty,
                  com=com, neg=neg, note=note))
L, P = 'level', 'change_pct'
TT, EX, IM, PR, CA, RK, AI = 'trade_total', 'export', 'import', 'investment_projects', 'investment_capital', 'investor_rank', 'aid'

# ho_01  H1 2023 VN-LA
d, p = 'ho_01', 'M2023-1-6'
c(d, TT, L, '812,4 triệu USD', 'cán mốc 812,4 triệu USD', p, note='Headline and lead repeat the same figure: one claim; sentence_contains occurs in both.')
c(d, TT, P, '5,6%', 'cao hơn 5,6% so với cùng kỳ', p)
c(d, EX, L, '301,7 triệu USD', 'hàng Việt Nam vào Lào mang về', p)
c(d, EX, P, '3,2%', 'thấp hơn 3,2% so với 6 tháng', p, neg=True)
c(d, IM, L, '510,7 triệu USD', 'Việt Nam mua từ Lào lượng hàng', p)
c(d, IM, P, '11,4%', 'Việt Nam mua từ Lào lượng hàng', p)
c(d, EX, L, '62,3 triệu USD', 'xăng dầu các loại 62,3', p, com='xăng dầu các loại')
c(d, EX, P, '14,1%', 'xăng dầu các loại 62,3', p, com='xăng dầu các loại', neg=True)
c(d, EX, L, '38,9 triệu USD', 'sắt thép các loại 38,9', p, com='sắt thép các loại')
c(d, EX, P, '6,7%', 'sắt thép các loại 38,9', p, com='sắt thép các loại')
c(d, EX, L, '27,5 triệu USD', 'phương tiện vận tải và phụ tùng 27,5', p, com='phương tiện vận tải và phụ tùng')
c(d, EX, P, '21%', 'phương tiện vận tải và phụ tùng 27,5', p, com='phương tiện vận tải và phụ tùng')
c(d, EX, L, '9,8 triệu USD', '9,8 triệu USD hàng rau quả', p, com='rau quả', note='Product written after the figure.')
c(d, IM, L, '118,2 triệu USD', 'phân bón tăng 35%, lên 118,2', p, com='phân bón', note='Growth stated before the level.')
c(d, IM, P, '35%', 'phân bón tăng 35%, lên 118,2', p, com='phân bón')
c(d, IM, L, '96,4 triệu USD', 'cao su đạt 96,4 triệu USD', p, com='cao su')
c(d, IM, P, '18,3%', 'cao su đạt 96,4 triệu USD', p, com='cao su', neg=True)
c(d, IM, L, '54 triệu USD', 'gỗ và sản phẩm gỗ ở mức 54', p, com='gỗ và sản phẩm gỗ')

# ho_02  Q3 2024 VN-KH
d, p = 'ho_02', 'Q2024-3'
c(d, TT, L, '2,87 tỉ USD', 'ghi nhận 2,87 tỉ USD', p, cty='VN>KH')
c(d, TT, P, '16,2%', 'tăng 16,2% so với quý III/2023', p, cty='VN>KH')
c(d, EX, L, '1,41 tỉ USD', 'Campuchia mua từ Việt Nam', p, cty='VN>KH', note='"Campuchia mua từ Việt Nam" = Cambodia imports from Vietnam = export VN->KH.')
c(d, EX, P, '9,5%', 'tăng thêm 9,5%', p, cty='VN>KH')
c(d, IM, L, '1,46 tỉ USD', 'Việt Nam nhập từ Campuchia 1,46', p, cty='VN>KH')
c(d, IM, P, '23,8%', 'tăng tới 23,8%', p, cty='VN>KH')
c(d, TT, L, '985 triệu USD', 'Riêng tháng 9/2024, trao đổi', 'M2024-9', cty='VN>KH')
c(d, TT, P, '4,1%', 'tăng 4,1% so với tháng 8', 'M2024-9', cty='VN>KH', note='Month-on-month growth.')
c(d, TT, P, '2,3%', 'thấp hơn 2,3% so với cùng kỳ', 'M2024-9', cty='VN>KH', neg=True, note='Second growth rate on the same level (year-on-year).')
c(d, TT, L, '7,92 tỉ USD', 'Lũy kế 9 tháng, tổng kim ngạch', 'M2024-1-9', cty='VN>KH', note='"79% kế hoạch" is a share of plan, not a claim.')

# ho_03  VN investment in LA
d = 'ho_03'
c(d, PR, L, '271', 'có 271 dự án đầu tư còn hiệu lực', 'D2024-09-30', note='"Tính đến hết tháng 9/2024" in front of a stock -> that day.')
c(d, CA, L, '5,83 tỷ USD', 'tổng vốn đăng ký 5,83 tỷ USD', 'D2024-09-30')
c(d, RK, L, 'thứ ba', 'Hiện Việt Nam đứng thứ ba', 'D2024-10-21', note='"Hiện" -> document date. China/Thailand places implied by "xếp sau" are not claims; Laos "dẫn đầu" as destination is not a claim.')
c(d, PR, L, '11', 'có 11 dự án mới được cấp phép', 'M2024-1-9')
c(d, CA, L, '98,6 triệu USD', 'tổng vốn đăng ký cấp mới đạt 98,6', 'M2024-1-9')
c(d, CA, P, '41%', 'cao hơn 41% so với cùng kỳ', 'M2024-1-9')
c(d, PR, L, '96', 'hiện thu hút 96 dự án', 'D2024-10-21', note='Stated subset (border provinces) is a claim of its own; "hiện" -> doc date.')
c(d, CA, L, '1,12 tỷ USD', 'tổng vốn 1,12 tỷ USD', 'D2024-10-21')

# ho_04  aid
d = 'ho_04'
c(d, AI, L, '5 tỷ đồng', '5 tỷ đồng', 'D2024-09-15', note='Handed over "Chiều 15/9" (doc 16/9). Headline repeats the figure: one claim.')
c(d, AI, L, '200.000 USD', 'tương đương khoảng 200.000 USD', 'D2024-09-15', note='Currency equivalent in parentheses: separate claim.')
c(d, AI, L, '1 tỷ đồng', 'tỉnh Nghệ An cũng trao tặng', 'D2024-09-15', note='"Cùng ngày" = 15/9; a province grant counts for VN. 20 tấn gạo not a claim.')
c(d, AI, L, '12 tỷ đồng', 'lô trang thiết bị y tế trị giá 12', 'M2024-7')
c(d, AI, L, '2.500 tỷ đồng', 'cam kết viện trợ không hoàn lại', 'Y2021-2025', note='cam kết -> actual.')

# ho_05  LA-TH
d = 'ho_05'
c(d, TT, L, '8,27 tỷ USD', 'ở mức 8,27 tỷ USD', 'Y2023', cty='LA>TH')
c(d, TT, P, '2,4%', 'giảm nhẹ 2,4% so với năm 2022', 'Y2023', cty='LA>TH', neg=True)
c(d, EX, L, '3,85 tỷ USD', 'Lào xuất sang Thái Lan 3,85', 'Y2023', cty='LA>TH')
c(d, IM, L, '4,42 tỷ USD', 'nhập từ Thái Lan 4,42 tỷ USD', 'Y2023', cty='LA>TH')
c(d, EX, L, '1,9 tỷ USD', 'Riêng điện năng bán sang Thái Lan', 'Y2023', cty='LA>TH', com='điện năng')
c(d, RK, L, 'lớn thứ hai', 'nhà đầu tư nước ngoài lớn thứ hai', 'D2024-02-05', cty='TH>LA', note='Trade-partner "lớn nhất" and China implied by "sau Trung Quốc" are not claims.')
c(d, PR, L, '776', 'với 776 dự án', 'D2024-02-05', cty='TH>LA')
c(d, CA, L, '5,1 tỷ USD', 'tổng vốn đăng ký khoảng 5,1', 'D2024-02-05', cty='TH>LA')
c(d, TT, L, '11 tỷ USD', 'lên 11 tỷ USD vào năm 2025', 'Y2025', st='target', cty='LA>TH')

# ho_06  VN-CN
d = 'ho_06'
c(d, TT, L, '14,3 tỷ USD', 'trong tháng 5/2023, tổng trị giá', 'M2023-5', cty='VN>CN')
c(d, TT, P, '9,8%', 'tăng 9,8% so với tháng trước', 'M2023-5', cty='VN>CN')
c(d, TT, L, '60,2 tỷ USD', 'con số này là 60,2 tỷ USD', 'M2023-1-5', cty='VN>CN')
c(d, TT, P, '11,4%', 'sụt giảm 11,4%', 'M2023-1-5', cty='VN>CN', neg=True)
c(d, EX, L, '19,8 tỷ USD', 'xuất sang Trung Quốc đạt 19,8', 'M2023-1-5', cty='VN>CN')
c(d, EX, P, '6,2%', 'đi xuống 6,2%', 'M2023-1-5', cty='VN>CN', neg=True)
c(d, IM, L, '40,4 tỷ USD', 'nhập khẩu từ thị trường này 40,4', 'M2023-1-5', cty='VN>CN')
c(d, IM, P, '13,6%', 'thấp hơn 13,6% so với 5 tháng', 'M2023-1-5', cty='VN>CN', neg=True)
c(d, TT, L, '87,6 tỷ USD', 'thương mại song phương 5 tháng ở mức', 'M2023-1-5', cty='CN>VN', note='Second source (Chinese customs), same period: separate claim.')
c(d, TT, P, '9,2%', 'giảm 9,2%', 'M2023-1-5', cty='CN>VN', neg=True)
c(d, EX, L, '4,1 tỷ USD', 'điện thoại và linh kiện xuất sang', 'M2023-1-5', cty='VN>CN', com='điện thoại và linh kiện')
c(d, EX, L, '1,05 tỷ USD', 'rau quả mang về 1,05 tỷ USD', 'M2023-1-5', cty='VN>CN', com='rau quả')
c(d, EX, P, '62%', 'tăng mạnh 62% nhờ sầu riêng', 'M2023-1-5', cty='VN>CN', com='rau quả')
c(d, IM, L, '9,7 tỷ USD', 'phụ tùng nhập từ Trung Quốc ở mức', 'M2023-1-5', cty='VN>CN', com='máy móc, thiết bị, dụng cụ, phụ tùng')
c(d, PR, L, '249', 'Trung Quốc có 249 dự án mới', 'M2023-1-5', cty='CN>VN')
c(d, CA, L, '1,26 tỷ USD', 'với tổng vốn 1,26 tỷ USD', 'M2023-1-5', cty='CN>VN')

# ho_07  table, 8M 2024
d, p = 'ho_07', 'M2024-1-8'
c(d, TT, L, '1.196 triệu USD', 'Tổng kim ngạch hai chiều | 1.196', p, note='Table row; "số liệu sơ bộ" -> actual.')
c(d, TT, P, '21,7%', 'Tổng kim ngạch hai chiều | 1.196', p)
c(d, EX, L, '471,3 triệu USD', 'Xuất khẩu của Việt Nam sang Lào | 471,3', p)
c(d, EX, P, '8,9%', 'Xuất khẩu của Việt Nam sang Lào | 471,3', p)
c(d, IM, L, '724,7 triệu USD', 'Nhập khẩu của Việt Nam từ Lào | 724,7', p)
c(d, IM, P, '31,8%', 'Nhập khẩu của Việt Nam từ Lào | 724,7', p)
c(d, EX, L, '88,6 triệu USD', 'Xăng dầu các loại | 88,6', p, com='xăng dầu các loại')
c(d, EX, P, '4,3%', 'Xăng dầu các loại | 88,6', p, com='xăng dầu các loại', neg=True)
c(d, EX, L, '51,2 triệu USD', 'Sắt thép các loại | 51,2', p, com='sắt thép các loại')
c(d, EX, P, '12,5%', 'Sắt thép các loại | 51,2', p, com='sắt thép các loại')
c(d, EX, L, '42,7 triệu USD', 'Phương tiện vận tải và phụ tùng | 42,7', p, com='phương tiện vận tải và phụ tùng')
c(d, EX, P, '3,1%', 'Phương tiện vận tải và phụ tùng | 42,7', p, com='phương tiện vận tải và phụ tùng')
c(d, EX, L, '19,4 triệu USD', 'Phân bón các loại | 19,4', p, com='phân bón các loại')
c(d, EX, P, '22%', 'Phân bón các loại | 19,4', p, com='phân bón các loại', neg=True)
c(d, IM, L, '201,5 triệu USD', 'Phân bón các loại | 201,5', p, com='phân bón các loại')
c(d, IM, P, '45,6%', 'Phân bón các loại | 201,5', p, com='phân bón các loại')
c(d, IM, L, '148,3 triệu USD', 'Cao su | 148,3', p, com='cao su')
c(d, IM, P, '9,7%', 'Cao su | 148,3', p, com='cao su')
c(d, IM, L, '96,1 triệu USD', 'Quặng và khoáng sản khác | 96,1', p, com='quặng và khoáng sản khác')
c(d, IM, P, '5,2%', 'Quặng và khoáng sản khác | 96,1', p, com='quặng và khoáng sản khác')
c(d, IM, L, '52,8 triệu USD', 'Than các loại | 52,8', p, com='than các loại')

# ho_08  VN-TH, 11 months 2023
d, p = 'ho_08', 'M2023-1-11'
c(d, IM, L, '11,37 tỷ USD', 'kim ngạch nhập khẩu của Việt Nam từ Thái Lan', p, cty='VN>TH', note='"11 tháng qua" in a December article -> Jan-Nov 2023.')
c(d, IM, P, '4,6%', 'giảm 4,6% so với cùng kỳ', p, cty='VN>TH', neg=True)
c(d, EX, L, '6,12 tỷ USD', 'xuất khẩu sang Thái Lan thu về', p, cty='VN>TH')
c(d, EX, P, '2,1%', 'tăng nhẹ 2,1%', p, cty='VN>TH')
c(d, TT, L, '17,49 tỷ USD', 'tổng kim ngạch hai chiều lên 17,49', p, cty='VN>TH')
c(d, IM, L, '1,63 tỷ USD', 'Xăng dầu là mặt hàng nhập khẩu lớn nhất', p, cty='VN>TH', com='xăng dầu')
c(d, IM, L, '1,02 tỷ USD', 'ô tô nguyên chiếc các loại 1,02', p, cty='VN>TH', com='ô tô nguyên chiếc các loại')
c(d, IM, P, '15%', 'ô tô nguyên chiếc các loại 1,02', p, cty='VN>TH', com='ô tô nguyên chiếc các loại')
c(d, IM, L, '880 triệu USD', 'chất dẻo nguyên liệu 880', p, cty='VN>TH', com='chất dẻo nguyên liệu')
c(d, IM, P, '11,2%', 'chất dẻo nguyên liệu 880', p, cty='VN>TH', com='chất dẻo nguyên liệu', neg=True)
c(d, EX, L, '1.074 triệu USD', 'điện thoại và linh kiện đạt 1.074', p, cty='VN>TH', com='điện thoại và linh kiện')
c(d, EX, P, '6,5%', 'điện thoại và linh kiện đạt 1.074', p, cty='VN>TH', com='điện thoại và linh kiện')
c(d, PR, L, '700', 'Thái Lan có 700 dự án còn hiệu lực', 'D2023-11-20', cty='TH>VN')
c(d, CA, L, '14,5 tỷ USD', 'tổng vốn đăng ký 14,5 tỷ USD', 'D2023-11-20', cty='TH>VN')
c(d, RK, L, 'thứ 8', 'đứng thứ 8 trong số 143', 'D2023-11-20', cty='TH>VN', note='"lớn thứ hai của ASEAN tại Việt Nam" (rank within ASEAN) is not scored.')
c(d, PR, L, '19', 'hiện có 19 dự án đầu tư tại Thái Lan', 'D2023-12-15', cty='VN>TH')
c(d, CA, L, '36,1 triệu USD', 'vốn đăng ký 36,1 triệu USD', 'D2023-12-15', cty='VN>TH')
c(d, TT, L, '25 tỷ USD', 'đạt 25 tỷ USD vào năm 2025', 'Y2025', st='target', cty='VN>TH', note='"phấn đấu ... vào năm 2025" -> target for year 2025 (same reading as dev_18).')

# ho_09  Tay Ninh border gates VN-KH
d, p = 'ho_09', 'M2024-1-8'
c(d, TT, L, '2,05 tỷ USD', 'đạt 2,05 tỷ USD', p, cty='VN>KH', note='Headline and lead: one claim. Border-gate turnover between two countries = trade_total.')
c(d, TT, P, '17,3%', 'tăng 17,3% so với cùng kỳ năm 2023', p, cty='VN>KH')
c(d, EX, L, '1,32 tỷ USD', 'hàng hóa xuất sang Campuchia qua địa bàn', p, cty='VN>KH')
c(d, IM, L, '730 triệu USD', 'hàng nhập từ Campuchia đạt 730', p, cty='VN>KH')
c(d, TT, L, '1.250 triệu USD', 'Riêng cửa khẩu quốc tế Mộc Bài', p, cty='VN>KH', note='Single-gate subset: own claim; "hơn 60%" share not a claim.')
c(d, TT, L, '3 đến 3,2 tỷ USD', 'có thể đạt từ 3 đến 3,2 tỷ USD', 'Y2024', st='forecast', cty='VN>KH')

# ho_10  two sources 2022
d = 'ho_10'
c(d, TT, L, '1,69 tỷ USD', 'năm ngoái tổng kim ngạch thương mại', 'Y2022', note='"năm ngoái" in a 2023 article -> 2022.')
c(d, TT, P, '19,7%', 'tăng 19,7% so với năm 2021', 'Y2022')
c(d, TT, L, '1,41 tỷ USD', 'Năm 2021, con số này là 1,41', 'Y2021')
c(d, TT, L, '1,93 tỷ USD', 'ghi nhận con số xấp xỉ 1,93', 'Y2022', cty='LA>VN', note='Lao statistics, same period: second claim.')
c(d, EX, L, '1,07 tỷ USD', 'hàng Lào xuất sang Việt Nam đạt 1,07', 'Y2022', cty='LA>VN', note='Period carried over from "cùng giai đoạn" (2022).')
c(d, IM, L, '860 triệu USD', 'nhập khẩu từ Việt Nam 860', 'Y2022', cty='LA>VN')
c(d, EX, L, '595 triệu USD', 'xuất khẩu sang Lào năm 2022 đạt 595', 'Y2022')
c(d, IM, L, '1,095 tỷ USD', 'nhập khẩu từ Lào 1,095 tỷ USD', 'Y2022')

# ho_11  no claims

# ho_12  VN investment in LA (doc 2024-03-18)
d = 'ho_12'
c(d, PR, L, '15', 'đăng ký đầu tư mới 15 dự án', 'Y2023', note='"Năm ngoái" -> 2023; newly registered projects.')
c(d, CA, L, 'USD 120 triệu', 'tổng vốn USD 120 triệu', 'Y2023', note='Currency written before the number.')
c(d, CA, P, '37%', 'tăng 37% so với năm 2022', 'Y2023')
c(d, PR, L, '268', 'Việt Nam có 268 dự án tại Lào', 'D2024-03-18')
c(d, CA, L, '5,68 tỷ đô la Mỹ', 'vượt ngưỡng 5,68', 'D2024-03-18')
c(d, RK, L, 'thứ ba', 'giữ vị trí thứ ba', 'D2024-03-18', note='"top 5 điểm đến" is a destination rank: not scored.')
c(d, PR, L, '11', 'Lào có 11 dự án đầu tư tại Việt Nam', 'D2024-03-18', cty='LA>VN')
c(d, CA, L, '74,2 triệu USD', 'tổng vốn đăng ký 74,2 triệu USD', 'D2024-03-18', cty='LA>VN')

# ho_13  Q2 2023 VN-LA
d, p = 'ho_13', 'Q2023-2'
c(d, TT, L, '418,6 triệu USD', 'trao đổi hàng hóa Việt Nam – Lào chạm mốc 418,6', p)
c(d, TT, P, '7,2%', 'cao hơn 7,2% so với mức 390,5', p, note='Quarter-on-quarter growth.')
c(d, TT, L, '390,5 triệu USD', 'so với mức 390,5 triệu USD của quý I/2023', 'Q2023-1', note='Base level quoted inside the growth phrase.')
c(d, TT, P, '1,8%', 'giảm nhẹ 1,8% so với cùng kỳ năm 2022', p, neg=True)
c(d, EX, L, '152,3 triệu USD', 'trong quý ở mức 152,3', p)
c(d, EX, P, '9,6%', 'sụt giảm 9,6%', p, neg=True)
c(d, IM, L, '266,3 triệu USD', 'nhập khẩu từ Lào lên 266,3', p)
c(d, IM, P, '3,9%', 'nhập khẩu từ Lào lên 266,3', p)
c(d, TT, L, '147,9 triệu USD', 'Tính riêng tháng 6/2023', 'M2023-6')
c(d, TT, P, '3%', 'giảm 3% so với tháng 5', 'M2023-6', neg=True)

# ho_14  11M 2024 commodities
d, p = 'ho_14', 'M2024-1-11'
c(d, EX, L, '628,4 triệu USD', 'Việt Nam xuất sang Lào 628,4', p)
c(d, EX, P, '10,2%', 'tăng 10,2% so với cùng kỳ năm ngoái', p)
c(d, EX, L, '12 triệu USD', '12 triệu USD hàng dệt may', p, com='hàng dệt may', note='"gấp đôi" multiplier not a claim.')
c(d, EX, L, '15 triệu USD', 'Sản phẩm từ chất dẻo tăng 20%', p, com='sản phẩm từ chất dẻo')
c(d, EX, P, '20%', 'Sản phẩm từ chất dẻo tăng 20%', p, com='sản phẩm từ chất dẻo')
c(d, EX, L, '9,3 triệu USD', 'bánh kẹo và sản phẩm ngũ cốc tăng tới', p, com='bánh kẹo và sản phẩm ngũ cốc')
c(d, EX, P, '34,5%', 'bánh kẹo và sản phẩm ngũ cốc tăng tới', p, com='bánh kẹo và sản phẩm ngũ cốc')
c(d, EX, L, '7,6 triệu USD', 'clinker và xi măng giảm 8,1%', p, com='clinker và xi măng')
c(d, EX, P, '8,1%', 'clinker và xi măng giảm 8,1%', p, com='clinker và xi măng', neg=True)
c(d, EX, L, '1,02 tỷ USD', 'Lào xuất sang Việt Nam lượng hàng', p, cty='LA>VN')
c(d, EX, P, '28,6%', 'tăng 28,6%', p, cty='LA>VN')
c(d, EX, L, '203,5 triệu USD', 'cao su 203,5 triệu USD', p, cty='LA>VN', com='cao su')
c(d, EX, L, '77,4 triệu USD', 'sắn và sản phẩm từ sắn 77,4', p, cty='LA>VN', com='sắn và sản phẩm từ sắn')
c(d, EX, P, '41%', 'sắn và sản phẩm từ sắn 77,4', p, cty='LA>VN', com='sắn và sản phẩm từ sắn')
c(d, EX, L, '254 triệu USD', 'phân bón 254 triệu USD', p, cty='LA>VN', com='phân bón')
c(d, TT, L, '1,8 tỷ USD', 'sẽ vượt 1,8 tỷ USD', 'Y2024', st='forecast')

# ho_15  Savannakhet, LAK
d, p = 'ho_15', 'Q2024-1'
c(d, TT, L, '3.450 tỷ kíp', 'đạt 3.450 tỷ kíp', p, cty='LA>VN', note='A Lao province\'s trade counts for LA; "Quý I năm nay" -> Q1 2024.')
c(d, TT, L, '160 triệu USD', 'tương đương khoảng 160 triệu USD', p, cty='LA>VN', note='Currency equivalent: separate claim.')
c(d, TT, P, '12,5%', 'tăng 12,5% so với quý I/2023', p, cty='LA>VN')
c(d, EX, L, '2.010 tỷ kíp', 'xuất khẩu của Savannakhet sang Việt Nam', p, cty='LA>VN')
c(d, IM, L, '1.440 tỷ kíp', 'nhập khẩu từ Việt Nam ở mức 1.440', p, cty='LA>VN')
c(d, PR, L, '47', 'doanh nghiệp Việt Nam hiện có 47 dự án', 'D2024-05-10', note='Subset (one province) of VN investment in LA.')
c(d, CA, L, '430 triệu USD', 'với tổng vốn 430 triệu USD', 'D2024-05-10')
c(d, AI, L, '500 triệu kíp', 'trao tặng tỉnh 500 triệu kíp', 'D2024-05-09', note='Firm\'s gift counts for VN; handed over "Sáng 9/5".')
c(d, AI, L, '600 triệu đồng', 'khoảng 600 triệu đồng', 'D2024-05-09')

# ho_16  2025 estimates/forecasts (doc 2025-07-10)
d = 'ho_16'
c(d, TT, L, '1,48 tỷ USD', 'ước đạt 1,48 tỷ USD', 'M2025-1-6', st='estimate')
c(d, TT, P, '9,3%', 'tăng 9,3% so với cùng kỳ năm ngoái', 'M2025-1-6', st='estimate')
c(d, EX, L, '560 triệu USD', 'xuất khẩu của Việt Nam sang Lào ước 560', 'M2025-1-6', st='estimate')
c(d, IM, L, '920 triệu USD', 'nhập khẩu từ Lào ước 920', 'M2025-1-6', st='estimate')
c(d, TT, L, '2,82 tỷ USD', 'quy mô thương mại song phương cả năm', 'Y2024', note='"Năm ngoái" -> 2024.')
c(d, TT, P, '22,6%', 'cao hơn 22,6% so với năm 2023', 'Y2024')
c(d, TT, L, '1,6 – 1,7 tỷ USD', 'sẽ ở mức 1,6 – 1,7 tỷ USD', 'M2025-7-12', st='forecast')
c(d, TT, L, '3 – 3,2 tỷ USD', 'khoảng 3 – 3,2 tỷ USD', 'Y2025', st='forecast', note='Same sentence as "dự kiến": forecast.')
c(d, TT, L, '11,2 tỷ USD', 'giai đoạn 2021 – 2025, tổng kim ngạch', 'Y2021-2025', st='estimate', note='"bình quân khoảng 2,2 tỷ USD mỗi năm" is a yearly average: not a claim.')
c(d, TT, L, '5 tỷ USD', 'đạt 5 tỷ USD vào năm 2030', 'Y2030', st='target', note='"sớm cán mốc 10 tỷ USD" has no resolvable period: not a claim.')

# ho_17  VN-KH investment (doc 2024-11-27)
d = 'ho_17'
c(d, PR, L, '210', 'Việt Nam có 210 dự án còn hiệu lực', 'D2024-11-27', cty='VN>KH')
c(d, CA, L, '2,94 tỷ USD', 'tổng vốn đăng ký khoảng 2,94', 'D2024-11-27', cty='VN>KH')
c(d, RK, L, 'thứ tư', 'đứng thứ tư trong tổng số', 'D2024-11-27', cty='VN>KH', note='"dẫn đầu các nước ASEAN" (rank within ASEAN) and "lớn thứ hai" (destination) are not scored.')
c(d, PR, L, '9', 'có 9 dự án mới được cấp phép', 'M2024-1-10', cty='VN>KH')
c(d, CA, L, '61,5 triệu USD', 'vốn đăng ký 61,5 triệu USD', 'M2024-1-10', cty='VN>KH')
c(d, CA, P, '12%', 'giảm 12% so với cùng kỳ', 'M2024-1-10', cty='VN>KH', neg=True)
c(d, PR, L, '27', 'các nhà đầu tư Campuchia có 27 dự án', 'D2024-11-27', cty='KH>VN')
c(d, CA, L, '70,4 triệu USD', 'vốn đăng ký 70,4 triệu USD', 'D2024-11-27', cty='KH>VN')
c(d, RK, L, 'thứ 60', 'đứng thứ 60 trong số 146', 'D2024-11-27', cty='KH>VN')

# ho_18  investor ranks in LA
d, s = 'ho_18', 'D2023-12-31'
c(d, RK, L, 'lớn nhất', 'Trung Quốc là nhà đầu tư lớn nhất tại Lào', s, cty='CN>LA', note='"tính đến hết năm 2023" -> 2023-12-31.')
c(d, PR, L, '1.012', 'với 1.012 dự án', s, cty='CN>LA')
c(d, CA, L, '16,8 tỷ USD', 'tổng vốn 16,8 tỷ USD', s, cty='CN>LA')
c(d, RK, L, 'thứ hai', 'Thái Lan đứng thứ hai', s, cty='TH>LA', note='Period carried over from the previous sentence.')
c(d, PR, L, '780', 'Thái Lan đứng thứ hai với 780', s, cty='TH>LA')
c(d, CA, L, '6,1 tỷ USD', 'khoảng 6,1 tỷ USD', s, cty='TH>LA')
c(d, RK, L, 'thứ ba', 'Việt Nam đứng thứ ba với 269', s, cty='VN>LA')
c(d, PR, L, '269', 'Việt Nam đứng thứ ba với 269', s, cty='VN>LA')
c(d, CA, L, '5,6 tỷ USD', 'khoảng 5,6 tỷ USD', s, cty='VN>LA')
c(d, RK, L, 'dẫn đầu', 'Trung Quốc dẫn đầu với 21 dự án', 'Q2024-1', cty='CN>LA', note='Rank for a period\'s inflow takes that period. "xếp sau là Thái Lan và Việt Nam" gives no rank word; "top 5" not scored; Laos\' totals (38 projects, 1,1 bn, 38 bn) are world totals.')
c(d, PR, L, '21', 'Trung Quốc dẫn đầu với 21 dự án', 'Q2024-1', cty='CN>LA')
c(d, CA, L, '640 triệu USD', 'dự án, 640 triệu USD', 'Q2024-1', cty='CN>LA')

# ho_19  aid (doc 2024-06-05)
d = 'ho_19'
c(d, AI, L, '9,5 tỷ đồng', 'công trình nhà làm việc trị giá 9,5', 'M2024-5', note='"Tháng trước" in a June 2024 article -> May 2024; an army unit\'s gift counts for VN.')
c(d, AI, L, '50.000 USD', 'Hội Chữ thập đỏ Campuchia 50.000', 'D2024-06-04', cty='VN>KH')
c(d, AI, L, '1 triệu đôla Mỹ', 'viện trợ Campuchia 1 triệu đôla Mỹ', 'M2024-3', cty='VN>KH', note='"Hồi tháng 3 năm nay" -> March 2024.')
c(d, AI, L, '1,25 nghìn tỷ đồng', 'tổng viện trợ không hoàn lại Việt Nam', 'Y2023')
c(d, AI, L, '51 triệu USD', 'khoảng 51 triệu USD', 'Y2023')

# ho_20  Oct 2024 VN-LA
d = 'ho_20'
c(d, TT, L, '172,6 triệu USD', 'Tháng 10/2024, kim ngạch xuất nhập khẩu', 'M2024-10')
c(d, TT, P, '7,3%', 'tăng 7,3% so với tháng trước', 'M2024-10')
c(d, TT, P, '18%', 'tăng 18% so với cùng kỳ năm 2023', 'M2024-10')
c(d, EX, L, '63,8 triệu đôla', 'Xuất khẩu sang Lào trong tháng đạt 63,8', 'M2024-10')
c(d, IM, L, '108,8 triệu đôla', 'nhập khẩu 108,8 triệu đôla', 'M2024-10', note='"tăng thêm khoảng 11,7 triệu USD" is an absolute change: not a claim.')
c(d, TT, L, '1,57 tỉ USD', 'Lũy kế 10 tháng, hai chiều đạt 1,57', 'M2024-1-10')
c(d, TT, P, '22,4%', 'tăng trưởng 22,4% so với cùng kỳ', 'M2024-1-10')
c(d, EX, L, '605,2 triệu USD', 'Việt Nam xuất sang Lào 605,2', 'M2024-1-10')
c(d, IM, L, '964,8 triệu USD', 'nhập từ Lào 964,8 triệu USD', 'M2024-1-10')
c(d, TT, P, '31%', 'cao hơn khoảng 31%', 'M2024-1-10', note='Second growth rate (vs 2022) on the 10-month level, carried over by "con số 10 tháng năm nay".')
