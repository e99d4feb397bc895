D = {}
D['ho_11'] = ('2024-12-03', """03/12/2024 | 15:40

Rộn ràng Ngày hội giao lưu hữu nghị biên giới Việt – Lào

Nghệ An – Ngày 2/12, tại cửa khẩu quốc tế Nậm Cắn, tỉnh Nghệ An phối hợp với tỉnh Xiêng Khoảng (Lào) tổ chức Ngày hội giao lưu hữu nghị nhân dân hai bên biên giới, hướng tới kỷ niệm 62 năm Ngày thiết lập quan hệ ngoại giao Việt Nam – Lào.

Hơn 500 đại biểu cùng đông đảo bà con các bản giáp biên đã tham dự. Khu hội chợ có 120 gian hàng giới thiệu sản phẩm OCOP, thổ cẩm, cà phê và mật ong, thu hút khoảng 3.000 lượt khách mỗi ngày.

Nghệ An có 419 km đường biên giới với Lào, trải dài qua 6 huyện. Toàn tuyến biên giới Việt Nam – Lào dài 2.337 km với hơn 1.000 cột mốc.

Phát biểu tại buổi lễ, lãnh đạo hai tỉnh khẳng định sẽ tiếp tục phối hợp giữ gìn an ninh trật tự, phòng chống buôn lậu và đẩy mạnh giao thương. Hai bên phấn đấu đưa kim ngạch thương mại giữa các địa phương lên 1 tỷ USD trong những năm tới.

Nhân dịp này, Bộ đội Biên phòng Nghệ An trao tặng 100 suất quà và 5 tấn gạo cho các hộ nghèo ở huyện Nọng Hét. Tỷ lệ hộ nghèo tại các bản biên giới phía Lào hiện vẫn ở mức khoảng 30%.

Ban tổ chức cho biết Ngày hội sẽ được tổ chức luân phiên mỗi năm một lần tại hai bên biên giới. Mọi thông tin xin liên hệ đường dây nóng 0238 3844 888.

Ảnh: Các đội văn nghệ hai nước biểu diễn tại Ngày hội. (Ảnh: Báo Nghệ An)

ĐỌC THÊM
Nghệ An thu hút 1,8 tỷ USD vốn FDI trong 11 tháng
Cửa khẩu Nậm Cắn đón 45.000 lượt người xuất nhập cảnh
Giá cà phê lập đỉnh mới: 130.000 đồng/kg
""")

D['ho_12'] = ('2024-03-18', """Thứ Hai, 18/3/2024 - 10:12

Nhà đầu tư Việt Nam mở rộng hiện diện tại Lào

Năm ngoái, doanh nghiệp Việt Nam đăng ký đầu tư mới 15 dự án tại Lào với tổng vốn USD 120 triệu, tăng 37% so với năm 2022, theo Cục Đầu tư nước ngoài.

Lũy kế đến nay, Việt Nam có 268 dự án tại Lào, tổng vốn đăng ký vượt ngưỡng 5,68 tỷ đô la Mỹ. Việt Nam tiếp tục giữ vị trí thứ ba trong các quốc gia và vùng lãnh thổ đầu tư vào Lào.

Lào cũng nằm trong top 5 điểm đến lớn nhất của dòng vốn đầu tư ra nước ngoài của doanh nghiệp Việt Nam. Năng lượng và khai khoáng chiếm khoảng 40% tổng vốn đăng ký.

Vốn giải ngân năm 2023 đạt khoảng 75 triệu USD, thấp hơn kỳ vọng do nhiều dự án gặp vướng mắc về mặt bằng. Ngoài ra, 12 công trình sử dụng vốn viện trợ không hoàn lại của Việt Nam đang được triển khai tại các tỉnh Bắc Lào.

Chiều ngược lại, Lào có 11 dự án đầu tư tại Việt Nam với tổng vốn đăng ký 74,2 triệu USD, tập trung ở các tỉnh Quảng Trị, Hà Tĩnh và Nghệ An.

Ông Lê Văn Thành, Trưởng ban Xúc tiến đầu tư của Hiệp hội Doanh nghiệp Việt Nam tại Lào, cho biết nhiều nhà đầu tư đang quan tâm tới nông nghiệp công nghệ cao, logistics và năng lượng tái tạo. Tuy nhiên, biến động tỷ giá đồng kíp khiến chi phí đầu vào tăng mạnh, gây sức ép lên hiệu quả kinh doanh.

Chính phủ hai nước đã thống nhất tiếp tục rà soát, tháo gỡ khó khăn cho các dự án chậm tiến độ, đồng thời nghiên cứu cơ chế ưu đãi đặc thù cho nhà đầu tư Việt Nam tại Lào trong năm 2024.

Tin liên quan
- Hội nghị hợp tác đầu tư Việt – Lào lần thứ 4 thu hút 300 doanh nghiệp
- Lào ban hành Luật Khuyến khích đầu tư sửa đổi
""")

D['ho_13'] = ('2023-07-25', """25/07/2023 11:30

Thương mại Việt Nam – Lào quý II: tăng so với quý trước, giảm so với năm ngoái

Quý II/2023, trao đổi hàng hóa Việt Nam – Lào chạm mốc 418,6 triệu USD, cao hơn 7,2% so với mức 390,5 triệu USD của quý I/2023 nhưng giảm nhẹ 1,8% so với cùng kỳ năm 2022.

Xuất khẩu của Việt Nam sang Lào trong quý ở mức 152,3 triệu USD, sụt giảm 9,6%; nhập khẩu từ Lào lên 266,3 triệu USD, tăng 3,9%.

Tính riêng tháng 6/2023, thương mại hai chiều đạt 147,9 triệu USD, giảm 3% so với tháng 5.

Lượng than đá nhập từ Lào tăng 40% về lượng, song giá than trên thị trường khu vực giảm khoảng 25% khiến trị giá nhập khẩu gần như đi ngang. Việt Nam hiện là thị trường xuất khẩu lớn thứ hai của Lào, chỉ sau Thái Lan.

Theo Thương vụ Việt Nam tại Lào, nhu cầu tiêu dùng của Lào suy yếu do lạm phát cao và đồng kíp mất giá, khiến hàng tiêu dùng, vật liệu xây dựng của Việt Nam khó tăng trưởng. Ngược lại, nhu cầu nhập khẩu nông sản, khoáng sản từ Lào của doanh nghiệp Việt Nam vẫn ổn định.

Các doanh nghiệp được khuyến nghị tận dụng các chương trình kết nối giao thương, hội chợ thương mại tại Viêng Chăn và Savannakhet để mở rộng thị phần, đồng thời chú ý các biện pháp hạn chế nhập khẩu tạm thời mà Lào áp dụng với một số mặt hàng.

Ảnh: Bốc dỡ hàng hóa tại cảng cạn Thanaleng, Viêng Chăn.
""")

D['ho_14'] = ('2024-12-18', """18/12/2024

Hàng dệt may, chất dẻo Việt Nam được ưa chuộng tại Lào

Lũy kế 11 tháng năm 2024, Việt Nam xuất sang Lào 628,4 triệu USD hàng hóa, tăng 10,2% so với cùng kỳ năm ngoái.

Dệt may là điểm sáng: doanh nghiệp Việt Nam đưa sang Lào 12 triệu USD hàng dệt may, gấp đôi cùng kỳ. Sản phẩm từ chất dẻo tăng 20%, lên 15 triệu USD; bánh kẹo và sản phẩm ngũ cốc tăng tới 34,5%, lên 9,3 triệu USD; clinker và xi măng giảm 8,1%, còn 7,6 triệu USD.

Chiều ngược lại, Lào xuất sang Việt Nam lượng hàng trị giá 1,02 tỷ USD, tăng 28,6%; trong đó cao su 203,5 triệu USD, sắn và sản phẩm từ sắn 77,4 triệu USD (tăng 41%), phân bón 254 triệu USD.

Riêng mặt hàng than, Việt Nam nhập khoảng 2,3 triệu tấn, đơn giá bình quân 98 USD/tấn. Như vậy, Lào xuất siêu sang Việt Nam gần 392 triệu USD; kim ngạch nhập khẩu từ Lào tăng 227 triệu USD so với cùng kỳ.

Cũng trong 11 tháng, tổng kim ngạch xuất nhập khẩu của Lào với thế giới ước 14,6 tỷ USD.

Bộ Công Thương dự kiến cả năm 2024, thương mại hai chiều Việt Nam – Lào sẽ vượt 1,8 tỷ USD.

Theo các doanh nghiệp, hàng may mặc, đồ nhựa gia dụng và bánh kẹo của Việt Nam có lợi thế về mẫu mã và giá cả, được người tiêu dùng Lào tin dùng. Nhiều nhà phân phối Lào đã mở rộng đặt hàng trực tiếp qua các sàn thương mại điện tử của Việt Nam.

Ảnh: Gian hàng dệt may Việt Nam tại Hội chợ thương mại Viêng Chăn 2024.

Tin liên quan
- Lào giảm thuế nhập khẩu 5% đối với một số vật liệu xây dựng
- Hơn 2 triệu tấn than Lào về Việt Nam qua cảng Vũng Áng
""")

D['ho_15'] = ('2024-05-10', """10/05/2024 08:20

Savannakhet đẩy mạnh giao thương với các địa phương Việt Nam

Savannakhet, 10/5 (TTXVN) – Quý I năm nay, kim ngạch xuất nhập khẩu giữa tỉnh Savannakhet (Lào) và các địa phương của Việt Nam đạt 3.450 tỷ kíp (tương đương khoảng 160 triệu USD), tăng 12,5% so với quý I/2023.

Trong đó, xuất khẩu của Savannakhet sang Việt Nam đạt 2.010 tỷ kíp, chủ yếu là gỗ, sắn và quặng đồng; nhập khẩu từ Việt Nam ở mức 1.440 tỷ kíp.

Cũng trong quý, qua cửa khẩu quốc tế Densavan – Lao Bảo có khoảng 8.500 lượt xe hàng qua lại. Thu ngân sách của tỉnh từ hoạt động xuất nhập khẩu đạt 1.200 tỷ kíp. Tỷ giá bình quân khoảng 21.500 kíp đổi 1 USD.

Theo Sở Kế hoạch và Đầu tư tỉnh, doanh nghiệp Việt Nam hiện có 47 dự án tại Savannakhet với tổng vốn 430 triệu USD, trải rộng trên các lĩnh vực nông nghiệp, thương mại và khai khoáng.

Sáng 9/5, Công ty cổ phần Đầu tư Hoàng Sơn (Việt Nam) đã trao tặng tỉnh 500 triệu kíp (khoảng 600 triệu đồng) để xây dựng hai phòng học cho trường tiểu học bản Phìn.

Phó Tỉnh trưởng Savannakhet đánh giá cao đóng góp của cộng đồng doanh nghiệp Việt Nam, đồng thời đề nghị các nhà đầu tư tiếp tục mở rộng sản xuất, tăng cường liên kết với nông dân địa phương và ưu tiên tuyển dụng lao động người Lào.

Tỉnh Savannakhet cũng đang hoàn thiện quy hoạch khu kinh tế đặc biệt Savan – Seno nhằm thu hút thêm các dự án logistics gắn với hành lang kinh tế Đông – Tây, kết nối cảng biển miền Trung Việt Nam.

Ảnh: Xe tải chở hàng làm thủ tục tại cửa khẩu quốc tế Densavan.
""")

D['ho_16'] = ('2025-07-10', """Thứ Năm, 10/7/2025

Thương mại Việt – Lào năm 2025 hướng tới kỷ lục mới

Nửa đầu năm nay, thương mại hai chiều Việt Nam – Lào ước đạt 1,48 tỷ USD, tăng 9,3% so với cùng kỳ năm ngoái. Trong đó, xuất khẩu của Việt Nam sang Lào ước 560 triệu USD; nhập khẩu từ Lào ước 920 triệu USD.

Năm ngoái, quy mô thương mại song phương cả năm đạt 2,82 tỷ USD, cao hơn 22,6% so với năm 2023.

Bộ Công Thương dự kiến 6 tháng cuối năm, kim ngạch sẽ ở mức 1,6 – 1,7 tỷ USD, nâng tổng giá trị cả năm 2025 lên khoảng 3 – 3,2 tỷ USD.

Tính chung giai đoạn 2021 – 2025, tổng kim ngạch song phương ước khoảng 11,2 tỷ USD, bình quân khoảng 2,2 tỷ USD mỗi năm. Việt Nam tiếp tục nhập siêu từ Lào, chủ yếu do nhập khẩu phân bón kali và than.

Hai bên đặt mục tiêu thương mại song phương đạt 5 tỷ USD vào năm 2030 và sớm cán mốc 10 tỷ USD.

Theo lãnh đạo Vụ Thị trường châu Á – châu Phi, để đạt mục tiêu trên, hai nước cần đẩy nhanh kết nối hạ tầng giao thông, đặc biệt là tuyến cao tốc Hà Nội – Viêng Chăn và cảng Vũng Áng, đồng thời tháo gỡ rào cản về thanh toán và tỷ giá.

Các doanh nghiệp cũng kiến nghị hai bên sớm hoàn thiện cơ chế kiểm tra chuyên ngành một lần, một cửa tại các cửa khẩu quốc tế nhằm giảm chi phí logistics.

ĐỌC THÊM
Lào thông qua kế hoạch phát triển kinh tế – xã hội 5 năm 2026 – 2030
Cảng Vũng Áng đón tàu 70.000 tấn chở than Lào
""")

D['ho_17'] = ('2024-11-27', """27/11/2024 - 09:00

Nhà đầu tư Việt tại Campuchia: đứng đầu ASEAN

Phnom Penh – Tính đến nay, Việt Nam có 210 dự án còn hiệu lực tại Campuchia với tổng vốn đăng ký khoảng 2,94 tỷ USD.

Với quy mô này, Việt Nam dẫn đầu các nước ASEAN và đứng thứ tư trong tổng số các quốc gia, vùng lãnh thổ có đầu tư tại Campuchia. Campuchia cũng là địa bàn nhận vốn lớn thứ hai của doanh nghiệp Việt Nam ở nước ngoài, chỉ sau Lào.

Riêng 10 tháng năm 2024, có 9 dự án mới được cấp phép với vốn đăng ký 61,5 triệu USD, giảm 12% so với cùng kỳ.

Nông nghiệp, chủ yếu là trồng và chế biến cao su, chiếm khoảng 55% tổng vốn. Vốn thực hiện lũy kế khoảng 1,6 tỷ USD.

Chiều ngược lại, các nhà đầu tư Campuchia có 27 dự án tại Việt Nam, vốn đăng ký 70,4 triệu USD, đứng thứ 60 trong số 146 quốc gia và vùng lãnh thổ đầu tư vào Việt Nam.

Các dự án lớn của Việt Nam tại Campuchia như Viettel (Metfone), Tập đoàn Công nghiệp Cao su Việt Nam, Ngân hàng BIDV đang hoạt động hiệu quả, đóng góp tích cực cho ngân sách và tạo việc làm cho hàng chục nghìn lao động địa phương.

Tại diễn đàn doanh nghiệp hai nước tổ chức cuối tuần qua, Bộ trưởng Thương mại Campuchia kêu gọi các nhà đầu tư Việt Nam quan tâm hơn tới chế biến nông sản, năng lượng tái tạo và hạ tầng logistics, lĩnh vực mà Campuchia đang ưu tiên thu hút.

Ảnh: Vườn cao su của một doanh nghiệp Việt Nam tại tỉnh Kratie (Campuchia).
""")

D['ho_18'] = ('2024-04-02', """02/04/2024 | 13:15

Ai đang rót vốn nhiều nhất vào Lào?

Theo Bộ Kế hoạch và Đầu tư Lào, tính đến hết năm 2023, Trung Quốc là nhà đầu tư lớn nhất tại Lào với 1.012 dự án, tổng vốn 16,8 tỷ USD. Thái Lan đứng thứ hai với 780 dự án, khoảng 6,1 tỷ USD; Việt Nam đứng thứ ba với 269 dự án, khoảng 5,6 tỷ USD.

Tổng vốn đầu tư nước ngoài vào Lào từ năm 1989 đến nay vào khoảng 38 tỷ USD, đến từ 55 quốc gia và vùng lãnh thổ. Nhật Bản, Hàn Quốc cũng nằm trong top 5.

Trong quý I/2024, Lào thu hút 38 dự án đầu tư nước ngoài với tổng vốn 1,1 tỷ USD. Trong số này, Trung Quốc dẫn đầu với 21 dự án, 640 triệu USD; xếp sau là Thái Lan và Việt Nam.

Theo giới quan sát, các dự án của Trung Quốc chủ yếu tập trung vào năng lượng, khai khoáng và hạ tầng dọc tuyến đường sắt Lào – Trung Quốc. Trong khi đó, vốn của Thái Lan đổ nhiều vào thủy điện và dịch vụ, còn doanh nghiệp Việt Nam mạnh về nông nghiệp, viễn thông và tài chính.

Kinh tế Lào năm 2023 tăng trưởng khoảng 4,2%, song nợ công vẫn ở mức cao, trên 100% GDP. Chính phủ Lào đang đẩy mạnh cải cách thủ tục để thu hút thêm dòng vốn chất lượng cao, đặc biệt là vào các đặc khu kinh tế.

Bộ Kế hoạch và Đầu tư Lào cũng cho biết sẽ rà soát, thu hồi giấy phép các dự án chậm triển khai kéo dài nhằm giải phóng đất đai cho nhà đầu tư mới.

Tin liên quan
• Đặc khu Saysettha thu hút 130 doanh nghiệp
• Lào đặt mục tiêu tăng trưởng 4,5% năm 2024
""")

D['ho_19'] = ('2024-06-05', """05/06/2024

Những món quà nghĩa tình gửi bạn Lào, Campuchia

Tháng trước, Bộ Tư lệnh Quân khu 4 đã bàn giao cho tỉnh Khăm Muộn (Lào) công trình nhà làm việc trị giá 9,5 tỷ đồng, do Việt Nam viện trợ không hoàn lại.

Sáng 4/6, tại Phnom Penh, Hội Chữ thập đỏ Việt Nam trao tặng Hội Chữ thập đỏ Campuchia 50.000 USD hỗ trợ người dân bị ảnh hưởng bởi nắng nóng và hạn hán.

Hồi tháng 3 năm nay, Chính phủ Việt Nam cũng đã viện trợ Campuchia 1 triệu đôla Mỹ để phòng chống cháy rừng.

Năm 2023, tổng viện trợ không hoàn lại Việt Nam dành cho Lào đạt 1,25 nghìn tỷ đồng (khoảng 51 triệu USD), phần lớn dành cho đào tạo cán bộ và các công trình giáo dục, y tế.

Bên cạnh các khoản tiền mặt, các địa phương biên giới còn trao tặng hơn 300 tấn gạo và bàn giao 56 căn nhà đại đoàn kết cho các gia đình khó khăn phía bạn.

Các hoạt động này nằm trong chuỗi chương trình kỷ niệm 75 năm Ngày truyền thống Quân tình nguyện và chuyên gia Việt Nam giúp cách mạng Lào và hướng tới 57 năm thiết lập quan hệ ngoại giao Việt Nam – Campuchia.

Đại diện tỉnh Khăm Muộn bày tỏ xúc động trước tình cảm của Bộ đội Việt Nam, khẳng định công trình sẽ được sử dụng hiệu quả, góp phần nâng cao chất lượng hoạt động của chính quyền địa phương.

Ảnh: Lễ bàn giao công trình tại tỉnh Khăm Muộn. (Ảnh: QĐND)
""")

D['ho_20'] = ('2024-11-14', """Thứ Năm, 14/11/2024, 06:45 (GMT+7)

Thương mại Việt – Lào tháng 10 tăng cả theo tháng và theo năm

Tháng 10/2024, kim ngạch xuất nhập khẩu Việt Nam – Lào đạt 172,6 triệu USD, tăng 7,3% so với tháng trước và tăng 18% so với cùng kỳ năm 2023.

Xuất khẩu sang Lào trong tháng đạt 63,8 triệu đôla, nhập khẩu 108,8 triệu đôla. So với tháng 9, kim ngạch hai chiều tăng thêm khoảng 11,7 triệu USD.

Lũy kế 10 tháng, hai chiều đạt 1,57 tỉ USD, tăng trưởng 22,4% so với cùng kỳ năm trước; trong đó Việt Nam xuất sang Lào 605,2 triệu USD và nhập từ Lào 964,8 triệu USD.

So với năm 2022, con số 10 tháng năm nay cao hơn khoảng 31%. Việt Nam nhập siêu từ Lào khoảng 359,6 triệu USD. Lào hiện đứng thứ 29 trong số các thị trường xuất khẩu của Việt Nam.

Theo Thương vụ Việt Nam tại Lào, thương mại tăng trưởng khá nhờ nhu cầu phân bón, than và nông sản từ Lào của doanh nghiệp Việt Nam tăng mạnh, cùng với việc đưa vào khai thác cảng cạn Thanaleng và các tuyến vận tải đa phương thức kết nối cảng Vũng Áng.

Tuy nhiên, Thương vụ lưu ý thanh toán qua biên giới vẫn gặp khó do đồng kíp biến động mạnh; doanh nghiệp nên ưu tiên thanh toán bằng nội tệ qua ngân hàng thương mại và theo dõi sát quy định quản lý ngoại tệ mới của Lào.

Tin liên quan
- Lào: Lạm phát tháng 10 giảm về 20,5%
- 500 doanh nghiệp dự Hội chợ thương mại Việt – Lào 2024
- Cửa khẩu Cha Lo thông quan 4.000 tấn hàng
""")
