"""Publication dates printed beside a source name or a label in the page header."""
from datetime import date

import pytest

from extract.documents import detect_doc_date

CASES = [
    ("Vốn Việt tại Lào: 248 dự án\n\nBáo Đầu tư | 15/03/2024\n\nNội dung.", date(2024, 3, 15)),
    ("Tiêu đề\n\nVOV.VN - Cập nhật lúc 06/09/2024 10:22\n\nNội dung.", date(2024, 9, 6)),
    ("HẢI QUAN VIỆT NAM\n(Số liệu sơ bộ, ngày đăng: 12/07/2024)\n", date(2024, 7, 12)),
    ("Tiêu đề\n\nNhân Dân điện tử | Thứ Sáu, 25-10-2024, 19:15\n", date(2024, 10, 25)),
    ("Tiêu đề\n\nVOV.VN | 12/3/2025 - 15:30\n", date(2025, 3, 12)),
    ("PHÁT BIỂU CỦA BỘ TRƯỞNG TẠI DIỄN ĐÀN\n(Viêng Chăn, ngày 12 tháng 3 năm 2025)\n\nKính thưa quý vị,",
     date(2025, 3, 12)),
    ("Lạng Sơn: hàng hóa qua cửa khẩu tăng mạnh\n\n(06/9/2024) Số liệu của Cục Hải quan tỉnh Lạng Sơn cho thấy …",
     date(2024, 9, 6)),
    # an anniversary span in a list of headlines is not a publication date
    ("TIN MỚI\nKỷ niệm 60 năm quan hệ ngoại giao (5/9/1962 – 5/9/2022)\n", None),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0].split("\n")[2][:40] or c[0][:30] for c in CASES])
def test_header_line_dates(text, expected):
    assert detect_doc_date(text)[0] == expected
