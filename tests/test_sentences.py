"""Sentences with offsets: line breaks split; abbreviations, decimals, dates, "./." and URLs do not."""
import pytest

from extract.sentences import split_sentences

CASES = [
    ("Kim ngạch đạt 1.250 triệu USD. Xuất khẩu tăng 6,5%.",
     ["Kim ngạch đạt 1.250 triệu USD.", "Xuất khẩu tăng 6,5%."]),
    ("Đoàn đến TP. Hồ Chí Minh ngày 17.2.2026. Sau đó về Hà Nội.",
     ["Đoàn đến TP. Hồ Chí Minh ngày 17.2.2026.", "Sau đó về Hà Nội."]),
    ("PGS. TS. Nguyễn Văn A cho biết kim ngạch tăng.", ["PGS. TS. Nguyễn Văn A cho biết kim ngạch tăng."]),
    ("Giai đoạn 2020-2025./.", ["Giai đoạn 2020-2025./."]),
    ("Tiêu đề không dấu chấm\nThân bài. Câu hai.", ["Tiêu đề không dấu chấm", "Thân bài.", "Câu hai."]),
    ("Xem https://daihoidangtoanquoc.vn. Tổng Bí thư dự.",
     ["Xem https://daihoidangtoanquoc.vn. Tổng Bí thư dự."]),
    ("Ngày 27/12. Sáng 25/12, hai bên hội đàm.", ["Ngày 27/12.", "Sáng 25/12, hai bên hội đàm."]),
    ("", []),
    ("\n\n  \n", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] or "empty" for c in CASES])
def test_split(text, expected):
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == expected
    assert all(0 <= a < b <= len(text) for a, b in spans)
