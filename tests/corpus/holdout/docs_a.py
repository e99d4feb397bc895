D = {}
D['ho_01'] = ('2023-07-12', """Kinh tế | Thứ Tư, 12/07/2023 - 08:15

Thương mại Việt – Lào 6 tháng cán mốc 812,4 triệu USD

(ĐTCK) Tổng giá trị hàng hóa trao đổi giữa Việt Nam và Lào trong nửa đầu năm 2023 cán mốc 812,4 triệu USD, cao hơn 5,6% so với cùng kỳ năm trước, theo số liệu vừa công bố của Tổng cục Hải quan.

Ở chiều đi, hàng Việt Nam vào Lào mang về 301,7 triệu USD, thấp hơn 3,2% so với 6 tháng đầu năm 2022. Chiều về, Việt Nam mua từ Lào lượng hàng trị giá 510,7 triệu USD, tăng 11,4%. Như vậy, Việt Nam nhập siêu từ Lào khoảng 209 triệu USD, còn Lào chỉ chiếm 0,3% tổng kim ngạch xuất nhập khẩu của cả nước.

Nhóm hàng chủ lực xuất sang thị trường Lào gồm: xăng dầu các loại 62,3 triệu USD (giảm 14,1%); sắt thép các loại 38,9 triệu USD (tăng 6,7%); phương tiện vận tải và phụ tùng 27,5 triệu USD (tăng 21%). Đáng chú ý, doanh nghiệp trong nước cũng đưa sang Lào 9,8 triệu USD hàng rau quả.

Trong chiều nhập khẩu, phân bón tăng 35%, lên 118,2 triệu USD; cao su đạt 96,4 triệu USD, giảm 18,3%; gỗ và sản phẩm gỗ ở mức 54 triệu USD. Lượng cao su nhập từ Lào đạt khoảng 71.500 tấn, giá bình quân 1.348 USD/tấn, giảm mạnh so với năm ngoái.

Các chuyên gia nhận định giá nhiên liệu hạ nhiệt là lý do chính khiến trị giá xăng dầu xuất sang Lào đi xuống, dù lượng xuất vẫn ổn định.

Ảnh: Xe tải chở hàng làm thủ tục tại cửa khẩu quốc tế Cầu Treo (Hà Tĩnh). (Ảnh: TTXVN)

ĐỌC THÊM
Xuất khẩu gạo cả nước 6 tháng thu về 2,4 tỷ USD
Hà Tĩnh: Hơn 1.200 lượt phương tiện qua cửa khẩu Cầu Treo mỗi tuần
Giá phân bón giảm 30% so với đỉnh năm 2022
""")

D['ho_02'] = ('2024-10-08', """08/10/2024 14:32 GMT+7

Quý III, hàng Việt sang Campuchia tăng tốc

Phnom Penh (VNA) – Theo Thương vụ Việt Nam tại Campuchia, kim ngạch thương mại hai chiều Việt Nam – Campuchia trong quý III năm 2024 ghi nhận 2,87 tỉ USD, tăng 16,2% so với quý III/2023.

Trong đó, Campuchia mua từ Việt Nam lượng hàng hóa trị giá 1,41 tỉ USD, tăng thêm 9,5%; chiều ngược lại, Việt Nam nhập từ Campuchia 1,46 tỉ USD, tăng tới 23,8%, chủ yếu là hạt điều thô và cao su.

Riêng tháng 9/2024, trao đổi thương mại giữa hai nước đạt 985 triệu USD, tăng 4,1% so với tháng 8 nhưng thấp hơn 2,3% so với cùng kỳ năm trước.

Lũy kế 9 tháng, tổng kim ngạch xuất nhập khẩu song phương đạt 7,92 tỉ USD, hoàn thành 79% kế hoạch cả năm. Tính chung từ đầu năm, Campuchia xuất siêu sang Việt Nam gần 300 triệu USD, chủ yếu nhờ hạt điều.

Việt Nam hiện là đối tác thương mại lớn thứ ba của Campuchia, sau Trung Quốc và Mỹ. Tham tán Thương mại Việt Nam tại Campuchia cho biết hai bên đang hoàn thiện thỏa thuận về thương mại biên giới mới, kỳ vọng sớm đưa kim ngạch lên 20 tỷ USD trong thời gian tới.

Theo Thương vụ, các mặt hàng như sắt thép, xăng dầu, phân bón của Việt Nam vẫn giữ được chỗ đứng vững chắc tại thị trường Campuchia, trong khi hàng tiêu dùng chịu sự cạnh tranh gay gắt từ Thái Lan và Trung Quốc. Doanh nghiệp Việt Nam được khuyến nghị đẩy mạnh hiện diện tại các hệ thống siêu thị và chợ đầu mối ở Phnom Penh, Siem Reap và Battambang.

Tin liên quan
- Campuchia: Xuất khẩu gạo 9 tháng đạt 540.000 tấn
- Hơn 3.000 xe container qua cửa khẩu Mộc Bài dịp lễ Pchum Ben
- Kinh tế Campuchia dự báo tăng trưởng 6% năm 2024
""")

D['ho_03'] = ('2024-10-21', """Cập nhật: 21/10/2024 09:05

Đầu tư Việt Nam vào Lào: nhiều dự án lớn về đích

Tính đến hết tháng 9/2024, doanh nghiệp Việt Nam có 271 dự án đầu tư còn hiệu lực tại Lào với tổng vốn đăng ký 5,83 tỷ USD, theo Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư).

Hiện Việt Nam đứng thứ ba trong số các nhà đầu tư nước ngoài tại Lào, xếp sau Trung Quốc và Thái Lan. Ở chiều ngược lại, Lào là địa bàn dẫn đầu trong số 79 quốc gia và vùng lãnh thổ nhận vốn đầu tư ra nước ngoài của Việt Nam, chiếm khoảng 25% tổng vốn.

Riêng 9 tháng năm 2024, có 11 dự án mới được cấp phép với tổng vốn đăng ký cấp mới đạt 98,6 triệu USD, cao hơn 41% so với cùng kỳ. Ngoài ra, 5 dự án khác điều chỉnh tăng vốn trong kỳ.

Đáng chú ý, riêng 10 tỉnh của Lào có chung đường biên giới với Việt Nam hiện thu hút 96 dự án của nhà đầu tư Việt Nam, tổng vốn 1,12 tỷ USD, chủ yếu trong nông nghiệp, thủy điện và khai khoáng.

Về tiến độ, vốn thực hiện lũy kế ước khoảng 2,9 tỷ USD. Các dự án của doanh nghiệp Việt Nam đã nộp ngân sách Lào hơn 1,3 tỷ USD và tạo việc làm cho khoảng 50.000 lao động địa phương.

Theo ông Nguyễn Văn Hùng, Chủ tịch Hiệp hội Doanh nghiệp Việt Nam tại Lào, nhiều dự án trọng điểm như thủy điện, trồng cao su, viễn thông đã đi vào vận hành ổn định, góp phần thúc đẩy phát triển kinh tế – xã hội tại các địa phương.

ĐỌC THÊM
Lào thu hút 38 dự án FDI mới trong quý III
Kỷ niệm 62 năm thiết lập quan hệ ngoại giao Việt Nam – Lào
Đường cao tốc Viêng Chăn – Hà Nội: nghiên cứu khả thi dài 690 km
""")

D['ho_04'] = ('2024-09-16', """Thứ Hai, 16/9/2024

Việt Nam trao 5 tỷ đồng giúp Lào khắc phục hậu quả bão Yagi

Viêng Chăn (TTXVN) – Chiều 15/9, tại Viêng Chăn, Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm đã trao số tiền 5 tỷ đồng (tương đương khoảng 200.000 USD) của Chính phủ Việt Nam hỗ trợ Chính phủ và nhân dân Lào khắc phục hậu quả cơn bão số 3.

Cùng ngày, tỉnh Nghệ An cũng trao tặng tỉnh Xiêng Khoảng 1 tỷ đồng tiền mặt cùng 20 tấn gạo.

Theo báo cáo của phía Lào, bão Yagi và hoàn lưu sau bão làm 4 người thiệt mạng, hơn 2.000 ngôi nhà bị hư hỏng, tổng thiệt hại ước khoảng 20 triệu USD tại các tỉnh phía Bắc.

Phát biểu tại buổi lễ, Thứ trưởng Bộ Ngoại giao Lào cảm ơn sự giúp đỡ kịp thời của Đảng, Nhà nước và nhân dân Việt Nam, khẳng định đây là minh chứng sinh động cho tình đoàn kết đặc biệt giữa hai nước.

Trước đó, hồi tháng 7/2024, Bộ Quốc phòng Việt Nam đã bàn giao cho Quân đội nhân dân Lào lô trang thiết bị y tế trị giá 12 tỷ đồng theo diện viện trợ không hoàn lại.

Theo thỏa thuận hợp tác song phương, giai đoạn 2021 – 2025, Chính phủ Việt Nam cam kết viện trợ không hoàn lại cho Lào tổng cộng 2.500 tỷ đồng, tập trung vào giáo dục, đào tạo nguồn nhân lực, y tế và nông nghiệp.

Năm nay cũng là dịp hai nước kỷ niệm 62 năm thiết lập quan hệ ngoại giao và 47 năm ký Hiệp ước hữu nghị và hợp tác. Các tổ chức, cá nhân muốn ủng hộ nhân dân Lào có thể liên hệ đường dây nóng 024 3942 1234.

Ảnh: Đại sứ Nguyễn Minh Tâm (phải) trao biểu trưng số tiền hỗ trợ cho đại diện Bộ Ngoại giao Lào.
""")

D['ho_05'] = ('2024-02-05', """05/02/2024 | 10:20

Thái Lan vẫn là bạn hàng số một của Lào

Viêng Chăn, 5/2 – Số liệu của Bộ Công Thương Lào cho thấy tổng kim ngạch thương mại giữa Lào và Thái Lan năm 2023 ở mức 8,27 tỷ USD, giảm nhẹ 2,4% so với năm 2022.

Trong đó, Lào xuất sang Thái Lan 3,85 tỷ USD hàng hóa, chủ yếu là điện năng, vàng và sắn lát; nhập từ Thái Lan 4,42 tỷ USD, gồm xăng dầu, ô tô và hàng tiêu dùng. Riêng điện năng bán sang Thái Lan đã mang về cho Lào khoảng 1,9 tỷ USD.

Thái Lan tiếp tục là đối tác thương mại lớn nhất của Lào, chiếm khoảng 28% tổng kim ngạch ngoại thương 29,4 tỷ USD của nước này. Giá trị hàng hóa quá cảnh qua lãnh thổ Lào giữa Thái Lan và các nước thứ ba đạt khoảng 2,1 tỷ USD.

Về đầu tư, Thái Lan hiện là nhà đầu tư nước ngoài lớn thứ hai tại Lào, sau Trung Quốc, với 776 dự án và tổng vốn đăng ký khoảng 5,1 tỷ USD.

Hai bên đặt mục tiêu đưa thương mại song phương lên 11 tỷ USD vào năm 2025, đồng thời đẩy nhanh việc kết nối đường sắt Viêng Chăn – Nong Khai.

Theo Ngân hàng Thế giới, GDP của Lào năm 2023 tăng khoảng 3,7%, trong khi lạm phát vẫn ở mức hai con số. Đồng kíp mất giá khiến hàng nhập khẩu từ Thái Lan đắt đỏ hơn, buộc nhiều doanh nghiệp Lào chuyển sang tìm nguồn cung trong nước.

Giới phân tích cho rằng việc hoàn thiện hạ tầng logistics dọc hành lang kinh tế Đông – Tây sẽ giúp Lào tận dụng tốt hơn lợi thế kết nối với cả Thái Lan và Việt Nam.

Tin cùng chuyên mục:
• Lào đón 3,4 triệu lượt khách quốc tế năm 2023
• Đường sắt Lào – Trung Quốc vận chuyển 4,2 triệu tấn hàng
""")

D['ho_06'] = ('2023-06-20', """Thứ Ba, 20/06/2023 07:00

Thương mại Việt – Trung tháng 5 phục hồi

Theo số liệu của Tổng cục Hải quan Việt Nam, trong tháng 5/2023, tổng trị giá xuất nhập khẩu giữa Việt Nam và Trung Quốc đạt 14,3 tỷ USD, tăng 9,8% so với tháng trước.

Tính chung tháng 1-5/2023, con số này là 60,2 tỷ USD, sụt giảm 11,4% so với cùng kỳ năm 2022. Trong đó, hàng Việt Nam xuất sang Trung Quốc đạt 19,8 tỷ USD, đi xuống 6,2%; Việt Nam nhập khẩu từ thị trường này 40,4 tỷ USD, thấp hơn 13,6% so với 5 tháng đầu năm ngoái. Như vậy, Việt Nam nhập siêu từ Trung Quốc 20,6 tỷ USD.

Trong khi đó, số liệu của Tổng cục Hải quan Trung Quốc cho thấy thương mại song phương 5 tháng ở mức 87,6 tỷ USD, giảm 9,2%. Chênh lệch giữa hai nguồn chủ yếu do cách ghi nhận xuất xứ hàng hóa.

Ở nhóm hàng, điện thoại và linh kiện xuất sang Trung Quốc đạt 4,1 tỷ USD; rau quả mang về 1,05 tỷ USD, tăng mạnh 62% nhờ sầu riêng. Ở chiều ngược lại, máy móc, thiết bị, dụng cụ, phụ tùng nhập từ Trung Quốc ở mức 9,7 tỷ USD.

Trung Quốc hiện là đối tác thương mại lớn nhất của Việt Nam, còn Việt Nam là bạn hàng lớn nhất của Trung Quốc trong khối ASEAN.

Về đầu tư, trong 5 tháng đầu năm, Trung Quốc có 249 dự án mới đăng ký tại Việt Nam với tổng vốn 1,26 tỷ USD.

Tại cửa khẩu Hữu Nghị (Lạng Sơn), bình quân mỗi ngày có khoảng 1.200 xe hàng xuất nhập khẩu làm thủ tục, tăng 15% so với đầu năm.

Ảnh: Xe chở sầu riêng chờ thông quan tại cửa khẩu Hữu Nghị. (Ảnh: Báo Lạng Sơn)
""")

D['ho_07'] = ('2024-09-12', """12-09-2024

BẢNG SỐ LIỆU: Hàng hóa Việt Nam – Lào lũy kế 8 tháng năm 2024

Thương mại giữa Việt Nam và Lào tiếp tục xu hướng đi lên trong những tháng gần đây, nhờ nhu cầu phân bón và khoáng sản của phía Việt Nam tăng cao. Bảng dưới đây tổng hợp các chỉ tiêu chính.

Nguồn: Tổng cục Hải quan (số liệu sơ bộ, từ ngày 1/1 đến hết 31/8/2024)

Chỉ tiêu | Trị giá | So với cùng kỳ
Tổng kim ngạch hai chiều | 1.196 triệu USD | +21,7%
Xuất khẩu của Việt Nam sang Lào | 471,3 triệu USD | +8,9%
Nhập khẩu của Việt Nam từ Lào | 724,7 triệu USD | +31,8%

Một số mặt hàng xuất khẩu chính sang Lào
Mặt hàng | Trị giá | So với cùng kỳ
Xăng dầu các loại | 88,6 triệu USD | -4,3%
Sắt thép các loại | 51,2 triệu USD | +12,5%
Phương tiện vận tải và phụ tùng | 42,7 triệu USD | +3,1%
Phân bón các loại | 19,4 triệu USD | -22%

Một số mặt hàng nhập khẩu chính từ Lào
Mặt hàng | Trị giá | So với cùng kỳ
Phân bón các loại | 201,5 triệu USD | +45,6%
Cao su | 148,3 triệu USD | +9,7%
Quặng và khoáng sản khác | 96,1 triệu USD | +5,2%
Than các loại | 52,8 triệu USD | chưa có số so sánh

Ghi chú: Cán cân thương mại 8 tháng: Việt Nam nhập siêu 253,4 triệu USD. Nhập khẩu chiếm 60,6% tổng kim ngạch hai chiều. Lượng than nhập khẩu đạt 540.000 tấn.

Theo Thương vụ Việt Nam tại Lào, mặt hàng phân bón nhập từ Lào tăng mạnh do các nhà máy kali ở tỉnh Khăm Muộn mở rộng công suất. Xăng dầu giảm chủ yếu do giá thế giới đi xuống.
""")

D['ho_08'] = ('2023-12-15', """15/12/2023 - 16:45

Thái Lan – thị trường nhập khẩu lớn thứ 7 của Việt Nam

11 tháng qua, kim ngạch nhập khẩu của Việt Nam từ Thái Lan lên tới 11,37 tỷ USD, giảm 4,6% so với cùng kỳ năm trước, theo Tổng cục Hải quan.

Chiều ngược lại, xuất khẩu sang Thái Lan thu về 6,12 tỷ USD, tăng nhẹ 2,1%, đưa tổng kim ngạch hai chiều lên 17,49 tỷ USD. So với 11 tháng năm 2022, thương mại hai nước giảm khoảng 420 triệu USD, còn Việt Nam nhập siêu từ Thái Lan 5,25 tỷ USD.

Xăng dầu là mặt hàng nhập khẩu lớn nhất với 1,63 tỷ USD; tiếp đến là ô tô nguyên chiếc các loại 1,02 tỷ USD (tăng 15%) và chất dẻo nguyên liệu 880 triệu USD (giảm 11,2%). Ở chiều xuất, điện thoại và linh kiện đạt 1.074 triệu USD, tăng 6,5%.

Về đầu tư, tính đến ngày 20/11/2023, Thái Lan có 700 dự án còn hiệu lực tại Việt Nam với tổng vốn đăng ký 14,5 tỷ USD, đứng thứ 8 trong số 143 quốc gia và vùng lãnh thổ có đầu tư tại Việt Nam. Nhiều tập đoàn lớn như SCG, Central Group, ThaiBev đã hiện diện lâu dài tại thị trường Việt Nam.

Trong khi đó, doanh nghiệp Việt Nam hiện có 19 dự án đầu tư tại Thái Lan, vốn đăng ký 36,1 triệu USD, chủ yếu trong lĩnh vực dịch vụ và công nghệ thông tin.

Tại cuộc gặp mới đây, hai nước phấn đấu đưa kim ngạch thương mại song phương đạt 25 tỷ USD vào năm 2025, cân bằng hơn giữa hai chiều. Thái Lan hiện cũng là nhà đầu tư lớn thứ hai của ASEAN tại Việt Nam, sau Singapore.

Ảnh: Hàng Thái Lan bày bán tại một siêu thị ở Hà Nội. (Ảnh: Vietnam+)
""")

D['ho_09'] = ('2024-09-06', """Thứ Sáu, ngày 06/09/2024

Tây Ninh: Xuất nhập khẩu qua biên giới 8 tháng đạt 2,05 tỷ USD

(Báo Tây Ninh) – Theo Cục Hải quan tỉnh Tây Ninh, lũy kế 8 tháng năm 2024, tổng kim ngạch xuất nhập khẩu giữa Việt Nam và Campuchia qua các cửa khẩu trên địa bàn tỉnh đạt 2,05 tỷ USD, tăng 17,3% so với cùng kỳ năm 2023.

Trong đó, hàng hóa xuất sang Campuchia qua địa bàn đạt 1,32 tỷ USD; hàng nhập từ Campuchia đạt 730 triệu USD, chủ yếu là hạt điều thô, mủ cao su và mì lát.

Riêng cửa khẩu quốc tế Mộc Bài chiếm hơn 60% tổng trị giá, với 1.250 triệu USD. Cửa khẩu quốc tế Xa Mát và các cửa khẩu chính Chàng Riệc, Kà Tum chia nhau phần còn lại.

Cơ quan hải quan đã làm thủ tục cho khoảng 215.000 lượt phương tiện xuất nhập cảnh, tăng 12% so với cùng kỳ. Thu ngân sách qua các cửa khẩu 8 tháng đạt 1.050 tỷ đồng, bằng 68% dự toán được giao.

Cục Hải quan dự báo cả năm 2024, kim ngạch qua các cửa khẩu của tỉnh có thể đạt từ 3 đến 3,2 tỷ USD nếu nhu cầu hạt điều tiếp tục tăng.

Ông Trần Văn Bảy, Cục trưởng Cục Hải quan Tây Ninh, cho biết đơn vị đang đẩy mạnh thủ tục hải quan điện tử, rút ngắn thời gian thông quan xuống còn dưới 2 giờ đối với mỗi lô hàng. Tỉnh cũng kiến nghị đầu tư mở rộng bãi kiểm hóa tập trung tại cửa khẩu Mộc Bài.

Ảnh: Xe chở hàng nông sản chờ làm thủ tục tại cửa khẩu quốc tế Mộc Bài. Ảnh: T.N
""")

D['ho_10'] = ('2023-02-14', """14/2/2023

Thương mại Việt – Lào năm ngoái: hai cơ quan thống kê, hai con số

Theo Tổng cục Hải quan Việt Nam, năm ngoái tổng kim ngạch thương mại giữa Việt Nam và Lào đạt 1,69 tỷ USD, tăng 19,7% so với năm 2021. Năm 2021, con số này là 1,41 tỷ USD.

Tuy nhiên, số liệu của Bộ Công Thương Lào lại ghi nhận con số xấp xỉ 1,93 tỷ USD cho cùng giai đoạn. Theo phía Lào, hàng Lào xuất sang Việt Nam đạt 1,07 tỷ USD và nhập khẩu từ Việt Nam 860 triệu USD.

Theo phía Việt Nam, xuất khẩu sang Lào năm 2022 đạt 595 triệu USD, nhập khẩu từ Lào 1,095 tỷ USD.

Các chuyên gia cho rằng nguyên nhân chênh lệch nằm ở cách thống kê hàng quá cảnh, hàng tạm nhập tái xuất và trao đổi cư dân biên giới. Một phần hàng hóa qua các cửa khẩu phụ cũng chưa được ghi nhận đầy đủ.

Tăng trưởng thương mại giai đoạn 2018 – 2022 bình quân khoảng 8%/năm. Theo Ngân hàng Phát triển châu Á, GDP của Lào năm 2022 chỉ tăng khoảng 2,7%, đồng kíp mất giá gần 40%.

Tại kỳ họp lần thứ 45 của Ủy ban liên Chính phủ, hai bên thống nhất phấn đấu tăng kim ngạch thương mại 10 – 15% mỗi năm trong những năm tới và cải thiện phương pháp thống kê để số liệu của hai nước sát nhau hơn.

Ông Phan Văn Minh, Vụ Thị trường châu Á – châu Phi (Bộ Công Thương), cho biết hai bên sẽ thành lập nhóm công tác chung về thống kê thương mại trong năm 2023, đồng thời tăng cường trao đổi dữ liệu hải quan điện tử tại các cửa khẩu quốc tế.

Tin liên quan
Lào đặt mục tiêu kiểm soát lạm phát dưới 9%
Cầu Treo: 2.150 tấn hàng thông quan dịp Tết
""")
