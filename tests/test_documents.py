"""The document-reading stage: encodings, HTML, publication dates, titles, the corpus folder.

Tables first (ids are the surface text), then the corpus (seeds + dev documents against gold),
then files on disk, then properties. Known misses are xfail(strict=True): fixing one makes
the test fail, so the example moves to the passing table.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import time
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from extract.documents import (
    remove_article,
    MAX_BYTES,
    SUPPORTED_SUFFIXES,
    DocumentError,
    decode_bytes,
    detect_doc_date,
    detect_title,
    infer_year,
    iter_corpus,
    load_metadata,
    read_document,
    save_text,
    save_upload,
)

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "data" / "articles"
SHARED_EVAL = REPO.parent / "shared" / "eval" / "dev"

SENTENCE = "Kim ngạch thương mại Việt Nam – Lào năm 2024 đạt 2,2 tỷ USD, tăng gần 34% so với năm 2023."


# =============================================================================================
# Publication dates: one row per form seen in the corpus
# =============================================================================================

DATE_EXAMPLES = [
    # header lines (the date alone on its line, with the words pages print around it)
    ("Cập nhật: 17/01/2023 13:55\n\nNội dung bài viết.", date(2023, 1, 17), "header"),
    ("Cập nhật: 06-02-2023 | 12:21:45\n\nTiêu đề", date(2023, 2, 6), "header"),
    ("Cập nhật: 20/4/2017\n", date(2017, 4, 20), "header"),
    ("22/04/2022 16:36\n\nKim ngạch Việt Nam – Lào quý đầu năm tăng khá", date(2022, 4, 22), "header"),
    ("Thứ Hai, 25/07/2022 09:15 (GMT+7)\nKinh tế", date(2022, 7, 25), "header"),
    ("Thứ năm, 20/10/2022\n", date(2022, 10, 20), "header"),
    ("Thứ Tư, 14/8/2019\n", date(2019, 8, 14), "header"),
    ("Chủ nhật, 28/05/2023 08:09\n", date(2023, 5, 28), "header"),
    ("Thứ năm, 18-12-25 16:56:12\n", date(2025, 12, 18), "header"),  # DD-MM-YY, not YY-MM-DD
    ("Hotline: 0274 383 347\nThứ năm, 18-12-25 16:56:12\n", date(2025, 12, 18), "header"),
    ("Hà Nội, ngày 5 tháng 3 năm 2024\n\nTHÔNG CÁO BÁO CHÍ", date(2024, 3, 5), "header"),
    ("Hà Nội, ngày 18 tháng 11 năm 2022\n", date(2022, 11, 18), "header"),
    ("Hà Nội, 20/12/2021\n", date(2021, 12, 20), "header"),
    ("Vientiane, ngày 10/01/2025\n", date(2025, 1, 10), "header"),
    ("26.11.2025 | 14:05\n", date(2025, 11, 26), "header"),
    ("15:55 09/03/2009\n", date(2009, 3, 9), "header"),
    ("Ngày 31-1-2026\n", date(2026, 1, 31), "header"),
    ("31/7/2018\n", date(2018, 7, 31), "header"),
    ("Thứ Hai, ngày 25 tháng Bảy năm 2022\n", date(2022, 7, 25), "header"),
    ("Hà Nội, ngày 1 tháng Giêng năm 2023\n", date(2023, 1, 1), "header"),
    ("Thứ Hai, 25/7/2022 - 09:15\n", date(2022, 7, 25), "header"),
    ("Thứ 2, 25/07/2022, 09:15 (GMT+7)\n", date(2022, 7, 25), "header"),
    ("Ngày đăng: 25/07/2022 lúc 09:15\n", date(2022, 7, 25), "header"),
    ("Đăng lúc 09:15 25/07/2022\n", date(2022, 7, 25), "header"),
    ("Cập nhật lúc 09:15, 25/07/2022\n", date(2022, 7, 25), "header"),
    ("09:15 | 25/07/2022\n", date(2022, 7, 25), "header"),
    ("25/07/2022 09:15 GMT+7\n", date(2022, 7, 25), "header"),
    ("Ngày đăng: 2022-07-25 09:15\n", date(2022, 7, 25), "header"),
    ("TP.HCM, ngày 5/3/2024\n", date(2024, 3, 5), "header"),
    ("25 tháng 7, 2022\n", date(2022, 7, 25), "header"),
    ("Thứ Hai 25/07/2022 09:15:00 +07:00\n", date(2022, 7, 25), "header"),
    ("Thứ Hai, 09:15, 25/07/2022\n", date(2022, 7, 25), "header"),
    ("Lúc 09:15 ngày 25/07/2022\n", date(2022, 7, 25), "header"),
    ("Ngày cập nhật: 25/07/2022\n", date(2022, 7, 25), "header"),
    # datelines (the date opens the first paragraph)
    ("Viêng Chăn, Lào – 09/07/2025 – Trong khuôn khổ chuyến thăm và làm việc tại Lào, …",
     date(2025, 7, 9), "dateline"),
    ("Vientiane, 9/1/2025 – Chiều 8/1, Hội nghị cấp chuyên viên được tổ chức tại Thủ đô …",
     date(2025, 1, 9), "dateline"),
    ("(Chinhphu.vn) – Ngày 10/1/2022, tại Hà Nội, Thủ tướng Phạm Minh Chính và Thủ tướng Lào …",
     date(2022, 1, 10), "dateline"),
    ("Ngày 17.2.2026 (mùng 1 Tết Nguyên đán Bính Ngọ), Cửa khẩu quốc tế Lao Bảo đã làm thủ tục …",
     date(2026, 2, 17), "dateline"),
    ("Ngày 10/1/2022, tại Hà Nội, hai Thủ tướng gặp gỡ đại diện cộng đồng doanh nghiệp.",
     date(2022, 1, 10), "dateline"),
    ("Hà Nội (TTXVN) – Ngày 10/1/2022, Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào.",
     date(2022, 1, 10), "dateline"),
    ("TP. Hồ Chí Minh – 05/03/2024 – Hội nghị xúc tiến thương mại Việt Nam – Campuchia khai mạc.",
     date(2024, 3, 5), "dateline"),
    # the article's own date comes first; the related-news list after the article is ignored
    ("5 kết quả nổi bật\n\nCập nhật: 17/01/2023 13:55\n\n" + "Nội dung dài. " * 40 + "\n\n"
     "Tin liên quan\nMở ra dấu mốc quan trọng - Cập nhật: 22/03/2024 12:50\n",
     date(2023, 1, 17), "header"),
    # no date printed: a day-month in the lead plus the year the text is about
    ("Chiều 22/4, Thủ tướng Phạm Minh Chính có cuộc gặp làm việc với Thủ tướng Lào. "
     "Thương mại song phương trong Quý I năm 2024 đạt 476,8 triệu USD.",
     date(2024, 4, 22), "lead day-month + inferred year"),
    ("Bộ trưởng đã thăm chính thức Việt Nam từ ngày 23 đến ngày 27/12, đồng chủ trì Tham vấn.\n"
     "Sáng 25/12, hai Bộ trưởng đã tiến hành Tham vấn với sự tham dự của nhiều Cục, Vụ.\n"
     "Thương mại ước đạt 1,1 – 1,2 tỷ USD, tăng 12,6% so với năm 2018. Năm 2020 sẽ là năm bản lề.",
     date(2019, 12, 25), "lead day-month + inferred year"),
    ("Bộ trưởng Ngoại giao ngày 6/6 đã có cuộc gặp song phương với người đồng cấp Lào trong năm 2021.",
     date(2021, 6, 6), "lead day-month + inferred year"),
    ("Hôm qua (21/4), Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào; Quý I năm 2024 thương mại tăng 12%.",
     date(2024, 4, 22), "lead day-month + inferred year"),  # "qua": published the next day
    ("Tối qua (31/12), hai nước ký kết nhiều văn kiện hợp tác; thương mại năm 2023 tăng 12% so với năm 2022.",
     date(2024, 1, 1), "lead day-month + inferred year"),
    ("HÀ NỘI, 25/7 – Bộ Công Thương cho biết thương mại Việt – Lào trong năm 2022 tăng 20,6%.",
     date(2022, 7, 25), "lead day-month + inferred year"),
    ("Vientiane (TTXVN) – 9/1: Hội nghị chuẩn bị Kỳ họp lần thứ 47 diễn ra; trong năm 2025 hai bên …",
     date(2025, 1, 9), "lead day-month + inferred year"),
    # not a dateline (words before the date), but the day the lead reports
    ("Trong ngày 10/1/2022, hai bên đã ký 5 văn bản hợp tác về kinh tế, thương mại và đầu tư.",
     date(2022, 1, 10), "lead date"),
    ("Sáng 22/4/2024, Thủ tướng Phạm Minh Chính có cuộc gặp làm việc với Thủ tướng Lào Sonexay.",
     date(2024, 4, 22), "lead date"),
]


@pytest.mark.parametrize("text, expected, how", DATE_EXAMPLES,
                         ids=[t.split("\n")[0][:60] for t, _, _ in DATE_EXAMPLES])
def test_detect_doc_date(text, expected, how):
    assert detect_doc_date(text) == (expected, how)


NOT_DATES = [
    "Hotline: 0274 383 347\nThương mại ước đạt 1,1 – 1,2 tỷ USD.",
    "Hotline: 024.355.63.010\n",
    "Giai đoạn 2020-2025 thương mại tăng bình quân 10 – 15% mỗi năm.",
    "Việt Nam đứng thứ 3/76 quốc gia và vùng lãnh thổ.",
    "Tỷ lệ 12/2022 và 1.234.567 USD.",
    "Tối qua, tại Nhà Văn hóa Quốc gia Lào ở Thủ đô Vientiane, chương trình giao lưu diễn ra.",
    # a day-month with no year anywhere: the day is not invented from nothing
    "Chiều 22/4, Thủ tướng Phạm Minh Chính có cuộc gặp làm việc với Thủ tướng Lào Sonexay.",
    # a year alone is not a date
    "Theo Thương vụ, tổng kim ngạch trong 7 tháng đầu năm 2022 đạt gần 949 triệu USD.",
    # both ends of a range, and a date deep in the body, are not the news day
    "Chi cục Hải quan cho biết, từ ngày 1/1 đến 20/2/2022 đã có 4.404 lượt phương tiện qua cửa khẩu.",
    "Hai nước tiếp tục hợp tác.\n" * 30 + "Cập nhật: 22/03/2024 12:50\n",
    "31/02/2024\n",  # not a day of the calendar
    "1/1/2024 – 31/3/2024: kim ngạch hai chiều đạt 476,8 triệu USD.\n",  # a period
    "2020-2025\n",
    "",
]


@pytest.mark.parametrize("text", NOT_DATES, ids=[t.split("\n")[0][:60] or "(empty)" for t in NOT_DATES])
def test_no_date_is_invented(text):
    assert detect_doc_date(text) == (None, "")


DATE_KNOWN_MISSES = [
    # a January lead reporting last year's totals: the year is read as the figures' year
    ("Sáng 5/1, Bộ Công Thương tổng kết: cả năm 2019 thương mại Việt – Lào tăng 12% so với năm 2018.",
     date(2020, 1, 5)),
    # English-style month names on bilingual pages
    ("Monday, July 25, 2022 09:15\n", date(2022, 7, 25)),
]


@pytest.mark.parametrize("text, expected", DATE_KNOWN_MISSES,
                         ids=[t.strip() for t, _ in DATE_KNOWN_MISSES])
@pytest.mark.xfail(strict=True, reason="date form not read yet")
def test_detect_doc_date_known_misses(text, expected):
    assert detect_doc_date(text)[0] == expected


INFERRED_YEARS = [
    ("tăng 12,6% so với năm 2018", 2019),
    ("tăng 12% so với cùng kỳ 2023", 2024),
    ("Thương mại song phương trong Quý I năm 2024", 2024),
    ("Ông hoan nghênh tổ chức diễn đàn trong năm 2024", 2024),
    ("Năm 2020 sẽ là năm bản lề; nhiệm kỳ 2020-2021", None),
]


@pytest.mark.parametrize("text, year", INFERRED_YEARS, ids=[t for t, _ in INFERRED_YEARS])
def test_infer_year(text, year):
    assert infer_year(text) == year


# =============================================================================================
# The corpus: seeds and dev documents against gold
# =============================================================================================

def _gold_doc_dates() -> dict[str, date | None]:
    out = {}
    for name in ("gold.jsonl", "seeds_gold.jsonl"):
        path = SHARED_EVAL / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("kind") == "doc":
                out[row["doc"]] = date.fromisoformat(row["doc_date"]) if row["doc_date"] else None
    return out


GOLD_DATES = _gold_doc_dates()
CORPUS = sorted((SHARED_EVAL / "docs").glob("*.txt")) + sorted(SEEDS.glob("*.txt"))
DATED = [p for p in CORPUS if GOLD_DATES.get(p.stem)]

# Seed 002 prints the page-render date "Thứ năm, 18-12-25 16:56:12" above the article; gold uses
# the meeting day in the body (6/6/2021). Reading the header is the accepted answer.
CORPUS_DATE_MISSES = {"002_5f5732ba56d01769": "header is the page-render date; gold is the event day"}


@pytest.mark.parametrize(
    "path",
    [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=CORPUS_DATE_MISSES[p.stem]))
     if p.stem in CORPUS_DATE_MISSES else p for p in DATED],
    ids=[p.stem for p in DATED],
)
def test_corpus_doc_date(path):
    assert read_document(path).doc_date == GOLD_DATES[path.stem]


# Measured: 30 of the 30 dev documents that have a gold date (and 4 of 5 seeds; 002 above).
DEV_DATE_FLOOR = 30


@pytest.mark.skipif(not (SHARED_EVAL / "gold.jsonl").exists(), reason="shared eval set not here")
def test_dev_doc_date_accuracy_floor():
    dev = [p for p in DATED if p.stem.startswith("dev_")]
    right = [p.stem for p in dev if read_document(p).doc_date == GOLD_DATES[p.stem]]
    assert len(dev) == 30
    assert len(right) >= DEV_DATE_FLOOR, sorted(set(p.stem for p in dev) - set(right))


UNDATED = [p for p in CORPUS if p.stem in GOLD_DATES and GOLD_DATES[p.stem] is None]


@pytest.mark.parametrize("path", UNDATED, ids=[p.stem for p in UNDATED])
def test_corpus_undated_documents_get_no_date(path):
    # gold null: no date is printed, so none should be made up (not scored, but honest)
    assert read_document(path).doc_date is None


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_corpus_reads_as_nfc_text(path):
    doc = read_document(path)
    assert doc.doc_id == path.stem
    assert doc.encoding == "utf-8"
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    assert "\r" not in doc.text


# =============================================================================================
# Titles
# =============================================================================================

TITLES = [
    ("5 kết quả nổi bật từ chuyến thăm Lào\n\nCập nhật: 17/01/2023 13:55\n\nTrong những ngày đầu năm …",
     "5 kết quả nổi bật từ chuyến thăm Lào"),
    ("Thứ Hai, 25/07/2022 09:15 (GMT+7)\nKinh tế\n\nThương mại Việt – Lào nửa đầu năm tăng mạnh\n",
     "Thương mại Việt – Lào nửa đầu năm tăng mạnh"),
    ("Hotline: 0274 383 347\nThứ năm, 18-12-25 16:56:12\n\nTiếp tục đưa quan hệ Việt Nam-Lào đi vào chiều sâu\n\n0\n",
     "Tiếp tục đưa quan hệ Việt Nam-Lào đi vào chiều sâu"),
    ("Site icon MUC News\n\nViệt Nam – Lào tăng cường phối hợp chặt chẽ\n\nNội dung …",
     "Việt Nam – Lào tăng cường phối hợp chặt chẽ"),
    ("Hà Nội, ngày 18 tháng 11 năm 2022\n\nTHƯƠNG MẠI VIỆT NAM – LÀO TIẾP TỤC ĐÀ TĂNG\n",
     "THƯƠNG MẠI VIỆT NAM – LÀO TIẾP TỤC ĐÀ TĂNG"),
    ("Chiều 22/4, Thủ tướng Phạm Minh Chính có cuộc gặp làm việc với Thủ tướng Lào Sonexay Siphandone "
     "nhân dịp tham dự Diễn đàn Tương lai ASEAN tại Hà Nội.\nThủ tướng cảm ơn.", ""),
    ("", ""),
]


@pytest.mark.parametrize("text, title", TITLES, ids=[t.split("\n")[0][:60] or "(empty)" for t, _ in TITLES])
def test_detect_title(text, title):
    assert detect_title(text) == title


# =============================================================================================
# Encodings
# =============================================================================================

VIETNAMESE = ("Thương mại song phương Việt Nam – Lào đạt 476,8 triệu USD, tăng 12%. "
              "Xuất khẩu của Việt Nam sang Lào tăng mạnh; nhập khẩu từ Lào giảm nhẹ. Đà tăng ổn định.")
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes as legacy Vietnamese software wrote them.

    cp1258 has ă/â/ê/ô/ơ/ư/đ as letters but the five tone marks only as combining
    characters, so plain NFD (which also splits off the circumflex, breve and horn) cannot be
    encoded: split off the tone mark alone."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


ENCODINGS = [
    ("UTF-8", VIETNAMESE.encode("utf-8"), VIETNAMESE, "utf-8"),
    ("UTF-8 BOM", codecs.BOM_UTF8 + VIETNAMESE.encode("utf-8"), VIETNAMESE, "utf-8-sig"),
    ("UTF-16 LE BOM", codecs.BOM_UTF16_LE + VIETNAMESE.encode("utf-16-le"), VIETNAMESE, "utf-16-le"),
    ("UTF-16 BE BOM", codecs.BOM_UTF16_BE + VIETNAMESE.encode("utf-16-be"), VIETNAMESE, "utf-16-be"),
    ("UTF-16 LE no BOM", VIETNAMESE.encode("utf-16-le"), VIETNAMESE, "utf-16-le"),
    ("UTF-16 BE no BOM", VIETNAMESE.encode("utf-16-be"), VIETNAMESE, "utf-16-be"),
    ("UTF-32 LE BOM", codecs.BOM_UTF32_LE + VIETNAMESE.encode("utf-32-le"), VIETNAMESE, "utf-32-le"),
    ("Windows-1258", to_cp1258(VIETNAMESE), VIETNAMESE, "cp1258"),
    ("decomposed Unicode (NFD) in UTF-8", unicodedata.normalize("NFD", VIETNAMESE).encode("utf-8"),
     VIETNAMESE, "utf-8"),
    ("CRLF line ends", "Dòng một\r\nDòng hai\rDòng ba".encode("utf-8"), "Dòng một\nDòng hai\nDòng ba",
     "utf-8"),
    ("truncated UTF-8 (cut inside the last letter)", "Hợp tác Việt – Lào phát triển".encode("utf-8")[:-2],
     "Hợp tác Việt – Lào phát tri", "utf-8"),  # "triển" minus "n" and half of "ể"
    ("UTF-8 with one corrupt byte", (VIETNAMESE + " ").encode("utf-8") + b"\xff" + VIETNAMESE.encode("utf-8"),
     VIETNAMESE + " \ufffd" + VIETNAMESE, "utf-8"),
    ("Thai in TIS-620 (cp874)", "การค้าระหว่างไทยและเวียดนามเพิ่มขึ้นอย่างมากในปีนี้ ตามรายงานของกระทรวงพาณิชย์".encode("cp874"),
     "การค้าระหว่างไทยและเวียดนามเพิ่มขึ้นอย่างมากในปีนี้ ตามรายงานของกระทรวงพาณิชย์", "cp874"),
    ("Chinese in GB18030", "中越双边贸易额达到一千亿美元，同比增长百分之十二。中国是越南最大的贸易伙伴。".encode("gb18030"),
     "中越双边贸易额达到一千亿美元，同比增长百分之十二。中国是越南最大的贸易伙伴。", "gb18030"),
]


@pytest.mark.parametrize("data, text, encoding", [e[1:] for e in ENCODINGS], ids=[e[0] for e in ENCODINGS])
def test_decode_bytes(data, text, encoding):
    assert decode_bytes(data) == (text, encoding)


def test_windows_1258_bytes_really_are_decomposed():
    # the premise of the test above: cp1258 carries tone marks as separate combining bytes
    raw = to_cp1258("Việt").decode("cp1258")
    assert raw != "Việt" and unicodedata.normalize("NFC", raw) == "Việt"


REFUSED_BYTES = [
    ("empty file", b"", "empty file"),
    ("only whitespace", b" \n\t\r\n", "empty file"),
    ("PNG header", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00",
     "binary file (not text)"),
    ("random bytes with NULs", bytes((i * 151 + 7) % 256 for i in range(4096)), "binary file (not text)"),
    ("control characters", b"abc\x01\x02\x03\x04\x05\x06def\x07\x08", "binary file (not text)"),
    ("ZIP archive", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(256)), "binary file (not text)"),
]


@pytest.mark.parametrize("data, reason", [r[1:] for r in REFUSED_BYTES], ids=[r[0] for r in REFUSED_BYTES])
def test_decode_bytes_refuses(data, reason):
    with pytest.raises(DocumentError) as err:
        decode_bytes(data)
    assert str(err.value).startswith(reason)


def test_decode_bytes_refuses_oversized_data():
    with pytest.raises(DocumentError, match=r"file too large: 20\.0 MB \(limit 20 MB\)"):
        decode_bytes(b"a" * (MAX_BYTES + 1))


# =============================================================================================
# Files on disk
# =============================================================================================

@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_50_mb_file_is_refused_fast_without_reading_it(tmp_path, suffix):
    big = tmp_path / ("big" + suffix)
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written, none read
    t0 = time.perf_counter()
    with pytest.raises(DocumentError, match=r"^file too large: 52\.4 MB \(limit 20 MB\)$"):
        read_document(big)
    assert time.perf_counter() - t0 < 1.0  # a stat, not a read: milliseconds


def test_read_txt(tmp_path):
    path = tmp_path / "dev_99.txt"
    path.write_bytes(("Cập nhật: 06-02-2023 | 12:21:45\r\n\r\nThương mại Việt Nam – Lào vượt kỳ vọng\r\n\r\n"
                      + VIETNAMESE + "\r\n").encode("utf-8-sig"))
    doc = read_document(path)
    assert (doc.doc_id, doc.title, doc.doc_date, doc.date_source, doc.encoding) == (
        "dev_99", "Thương mại Việt Nam – Lào vượt kỳ vọng", date(2023, 2, 6), "header", "utf-8-sig")
    assert doc.text.endswith(VIETNAMESE + "\n") and doc.path == str(path)


def test_read_cp1258_txt(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(to_cp1258("Hà Nội, ngày 5 tháng 3 năm 2024\n\nHợp tác Việt Nam – Lào\n\n" + VIETNAMESE))
    doc = read_document(path)
    assert (doc.encoding, doc.doc_date, doc.title) == ("cp1258", date(2024, 3, 5), "Hợp tác Việt Nam – Lào")
    assert VIETNAMESE in doc.text


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary file (not text)"),
    ("article.pdf", b"%PDF-1.7", "unsupported file type '.pdf'"),
    ("article", b"text", "unsupported file type '(none)'"),
], ids=["empty.txt", "image.txt", "article.pdf", "article"])
def test_read_document_refuses(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as err:
        read_document(path)
    assert str(err.value).startswith(reason)


NAV = "".join(f'<li><a href="/muc-{i}">Chuyên mục {i}: Thời sự – Kinh tế – Thế giới</a></li>' for i in range(12))
SIDEBAR = ('<aside class="sidebar"><h3>Đọc nhiều nhất</h3><ul>'
           '<li><a href="/gia-vang">Giá vàng hôm nay tăng 500.000 đồng mỗi lượng</a></li>'
           '<li><a href="/ty-gia">Tỷ giá trung tâm tăng 5 đồng đầu tuần</a></li></ul></aside>')
ARTICLE = (
    "<p>Vientiane (TTXVN) – Số liệu của Thương vụ Việt Nam tại Lào cho thấy, trong 6 tháng đầu năm "
    "2022, giá trị trao đổi hàng hóa hai chiều giữa Việt Nam và Lào đạt hơn 824 triệu USD, tăng 20,6% "
    "so với cùng kỳ năm trước.</p>"
    "<p>Ở chiều xuất khẩu, hàng hóa Việt Nam bán sang Lào đạt hơn 309,4 triệu USD, giảm 6%; ngược lại, "
    "Việt Nam nhập từ Lào gần 514,6 triệu USD, tăng 47,8%.</p>"
    "<p>Các mặt hàng nhập khẩu chủ yếu từ Lào gồm cao su, gỗ, quặng và khoáng sản, phân bón.</p>"
)


def html_page(head: str, article: str) -> str:
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{head}</head><body>'
            f"<header><nav><ul>{NAV}</ul></nav></header><div class=\"main\">{article}{SIDEBAR}</div>"
            "<footer>Bản quyền © Báo Kinh tế. Hotline: 0274 383 347</footer></body></html>")


def test_read_html_keeps_the_article_and_its_metadata(tmp_path):
    path = tmp_path / "thuong-mai.html"
    path.write_text(html_page(
        '<title>Thương mại Việt – Lào tăng mạnh | Báo Kinh tế</title>'
        '<link rel="canonical" href="https://example.vn/thuong-mai-viet-lao-tang-manh.html">'
        '<meta property="og:title" content="Thương mại Việt – Lào tăng mạnh">'
        '<meta property="article:published_time" content="2022-07-25T09:15:00+07:00">',
        f"<article><h1>Thương mại Việt – Lào tăng mạnh</h1>{ARTICLE}</article>"), encoding="utf-8")
    doc = read_document(path)
    assert "giá trị trao đổi hàng hóa hai chiều giữa Việt Nam và Lào đạt hơn 824 triệu USD" in doc.text
    assert "514,6 triệu USD" in doc.text
    for noise in ("Chuyên mục", "Giá vàng", "Tỷ giá trung tâm", "Hotline", "Bản quyền"):
        assert noise not in doc.text
    assert doc.title == "Thương mại Việt – Lào tăng mạnh"
    assert doc.url == "https://example.vn/thuong-mai-viet-lao-tang-manh.html"
    assert (doc.doc_date, doc.date_source) == (date(2022, 7, 25), "html metadata")
    assert doc.doc_id == "thuong-mai" and doc.encoding == "utf-8"


def test_read_html_keeps_the_headline_and_the_lead_the_extractor_drops(tmp_path):
    lead = ("Tám tháng năm 2025, kim ngạch thương mại hai chiều Việt Nam – Lào đạt 1,92 tỷ USD, "
            "tăng 38,6% so với cùng kỳ năm 2024.")
    path = tmp_path / "tam-thang.html"
    path.write_text(html_page(
        '<meta property="article:published_time" content="2025-09-18T07:30:00+07:00">',
        '<article><h1 class="article-title">Thương mại Việt Nam – Lào 8 tháng đạt 1,92 tỷ USD</h1>'
        f'<p class="sapo">{lead}</p><div class="article-body">{ARTICLE}</div></article>'),
        encoding="utf-8")
    doc = read_document(path)
    assert doc.text.startswith("Thương mại Việt Nam – Lào 8 tháng đạt 1,92 tỷ USD\n" + lead + "\n")
    assert doc.text.count(lead) == 1
    assert "514,6 triệu USD" in doc.text
    for noise in ("Chuyên mục", "Giá vàng", "Hotline"):
        assert noise not in doc.text


def test_read_html_date_from_the_text_when_the_page_has_none(tmp_path):
    path = tmp_path / "a.htm"
    path.write_text(html_page("<title>Kim ngạch Việt Nam – Lào quý đầu năm tăng khá</title>",
                              f"<article><p>Thứ Sáu, 22/04/2022 16:36</p>{ARTICLE}</article>"),
                    encoding="utf-8")
    doc = read_document(path)
    assert (doc.doc_date, doc.date_source) == (date(2022, 4, 22), "header")


HTML_TITLES = [
    # (head, article heading, expected title)
    ("<title>Kim ngạch Việt Nam – Lào quý đầu năm tăng khá | Báo Kinh tế</title>", "",
     "Kim ngạch Việt Nam – Lào quý đầu năm tăng khá"),
    ('<title>Việt Nam – Lào ký 5 văn kiện - Báo X</title><meta property="og:site_name" content="Báo X">', "",
     "Việt Nam – Lào ký 5 văn kiện"),
    ("<title>Trang chủ | Báo Kinh tế</title>", "<h1>Thương mại Việt Nam – Campuchia hướng tới 20 tỷ USD</h1>",
     "Thương mại Việt Nam – Campuchia hướng tới 20 tỷ USD"),
    ('<meta property="og:title" content="Đầu tư của Việt Nam vào Lào – 5,5 tỷ USD">', "<h1>Khác</h1>",
     "Đầu tư của Việt Nam vào Lào – 5,5 tỷ USD"),
]


@pytest.mark.parametrize("head, heading, title", HTML_TITLES, ids=[t for _, _, t in HTML_TITLES])
def test_read_html_title_keeps_the_dash_between_countries(tmp_path, head, heading, title):
    path = tmp_path / "a.html"
    path.write_text(html_page(head, f"<article>{heading}{ARTICLE}</article>"), encoding="utf-8")
    assert read_document(path).title == title


HTML_DATE_ELEMENTS = [
    '<div class="ngay-dang">Thứ Sáu, 22/04/2022 - 16:36</div>',
    '<p class="post-date">Hà Nội, ngày 22 tháng 4 năm 2022</p>',
]


@pytest.mark.parametrize("element", HTML_DATE_ELEMENTS, ids=HTML_DATE_ELEMENTS)
def test_read_html_date_printed_outside_the_article(tmp_path, element):
    # the lead alone would say 21/4 (the meeting); the page prints its own date above the article
    path = tmp_path / "a.html"
    path.write_text(html_page("<title>Kim ngạch Việt Nam – Lào</title>",
                              f"{element}<article><p>Chiều 21/4, hai bên gặp nhau tại Hà Nội và ký kết nhiều "
                              f"văn kiện hợp tác quan trọng trong năm 2022.</p>{ARTICLE}</article>"),
                    encoding="utf-8")
    doc = read_document(path)
    assert (doc.doc_date, doc.date_source) == (date(2022, 4, 22), "html date element")


def test_read_html_in_a_declared_legacy_charset(tmp_path):
    path = tmp_path / "legacy.html"
    page = html_page("<title>Thương mại</title>", f"<article>{ARTICLE}</article>")
    path.write_bytes(to_cp1258(page.replace('charset="utf-8"', 'charset="windows-1258"')))
    doc = read_document(path)
    assert doc.encoding == "cp1258" and "trao đổi hàng hóa hai chiều" in doc.text


def test_read_html_utf8_page_that_declares_latin1(tmp_path):
    path = tmp_path / "mislabelled.html"
    path.write_bytes(html_page("<title>T</title>", f"<article>{ARTICLE}</article>")
                     .replace('charset="utf-8"', 'charset="iso-8859-1"').encode("utf-8"))
    doc = read_document(path)
    assert doc.encoding == "utf-8" and "trao đổi hàng hóa hai chiều" in doc.text


def test_html_with_no_article_is_refused(tmp_path):
    path = tmp_path / "home.html"
    path.write_text(f"<html><head><title>Trang chủ</title></head><body><nav><ul>{NAV}</ul></nav>"
                    "<footer>Hotline: 0274 383 347</footer></body></html>", encoding="utf-8")
    with pytest.raises(DocumentError, match="^HTML page with no article text$"):
        read_document(path)


def test_metadata_overrides_what_the_file_says(tmp_path):
    path = tmp_path / "003.txt"
    path.write_text("Tiêu đề trong bài viết này\n\nCập nhật: 17/01/2023 13:55\n\n" + VIETNAMESE, encoding="utf-8")
    doc = read_document(path, {"title": "Tiêu đề từ metadata", "url": "https://example.vn/a",
                               "doc_date": date(2023, 1, 16)})
    assert (doc.title, doc.url, doc.doc_date, doc.date_source) == (
        "Tiêu đề từ metadata", "https://example.vn/a", date(2023, 1, 16), "metadata")
    # blank metadata fields leave the file's own values alone
    doc = read_document(path, {"title": "", "url": "", "doc_date": None})
    assert (doc.title, doc.doc_date, doc.date_source) == ("Tiêu đề trong bài viết này", date(2023, 1, 17), "header")


# =============================================================================================
# metadata.csv
# =============================================================================================

def test_load_metadata_missing_file(tmp_path):
    assert load_metadata(tmp_path) == {}


def test_load_metadata(tmp_path):
    (tmp_path / "metadata.csv").write_text(
        "doc_id,title,url,doc_date\n"
        "dev_01,Thương mại Việt – Lào,https://example.vn/1,2022-07-25\n"
        "dev_02,\"Tiêu đề, có dấu phẩy\",,\n", encoding="utf-8")
    assert load_metadata(tmp_path) == {
        "dev_01": {"doc_id": "dev_01", "title": "Thương mại Việt – Lào", "url": "https://example.vn/1",
                   "doc_date": date(2022, 7, 25)},
        "dev_02": {"doc_id": "dev_02", "title": "Tiêu đề, có dấu phẩy", "url": "", "doc_date": None},
    }


@pytest.mark.parametrize("csv_text, message", [
    ("doc_id,title,url,doc_date\ndev_01,A,,2022-07-25\ndev_02,B,,25/07/2022\n",
     r"metadata.csv line 3 \(doc_id dev_02\): bad doc_date '25/07/2022' \(expected YYYY-MM-DD\)"),
    ("doc_id,title,url,doc_date\ndev_01,A,,2022-02-30\n", r"line 2 \(doc_id dev_01\): bad doc_date '2022-02-30'"),
    ("doc_id,title,url,doc_date\ndev_01,A,,\ndev_01,B,,\n", r"line 3: doc_id 'dev_01' appears twice"),
    ("title,url\nA,B\n", r"no 'doc_id' column"),
    ("doc_id,title,url,doc_date\ndev_01,A,B,2022-01-01,extra\n", r"line 2: more values than columns"),
], ids=["25/07/2022", "2022-02-30", "dev_01 twice", "no doc_id column", "extra value"])
def test_load_metadata_names_the_bad_row(tmp_path, csv_text, message):
    (tmp_path / "metadata.csv").write_text(csv_text, encoding="utf-8")
    with pytest.raises(DocumentError, match=message):
        load_metadata(tmp_path)


# =============================================================================================
# The corpus folder: listing, uploads, pasted text
# =============================================================================================

def test_iter_corpus(tmp_path):
    for name in ("b.txt", "a.html", "c.HTM", "metadata.csv", ".hidden.txt", "notes.md", "~lock.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text("x", encoding="utf-8")
    assert [p.name for p in iter_corpus(tmp_path)] == ["a.html", "b.txt", "c.HTM"]


def test_iter_corpus_missing_dir(tmp_path):
    with pytest.raises(FileNotFoundError, match="corpus directory not found"):
        iter_corpus(tmp_path / "nope")


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(".tmp-"))


UPLOAD_NAMES = [
    ("Thương mại Việt – Lào.txt", "thuong-mai-viet-lao.txt"),
    ("../../etc/passwd.txt", "passwd.txt"),
    ("..\\..\\windows\\evil.TXT", "evil.txt"),
    (".hidden.txt", "hidden.txt"),
    ("Đầu tư 2024 (bản cuối).HTML", "dau-tu-2024-ban-cuoi.html"),
]


@pytest.mark.parametrize("filename, stored", UPLOAD_NAMES, ids=[n for n, _ in UPLOAD_NAMES])
def test_save_upload_sanitises_the_name(tmp_path, filename, stored):
    data = (html_page("<title>T</title>", f"<article>{ARTICLE}</article>") if filename.lower().endswith("html")
            else VIETNAMESE).encode("utf-8")
    path = save_upload(tmp_path / "corpus", filename, data)
    assert path == tmp_path / "corpus" / stored
    assert path.read_bytes() == data
    assert [p.name for p in (tmp_path / "corpus").iterdir()] == [stored]


@pytest.mark.parametrize("filename", ["——.txt", ".txt", "../.txt", "…/….TXT"])
def test_save_upload_unnameable_name_gets_a_hash(tmp_path, filename):
    path = save_upload(tmp_path, filename, VIETNAMESE.encode())
    assert path.name == "upload-" + hashlib.sha256(VIETNAMESE.encode()).hexdigest()[:8] + ".txt"


def test_save_upload_never_overwrites(tmp_path):
    first = save_upload(tmp_path, "bai.txt", b"Noi dung mot")
    assert save_upload(tmp_path, "bai.txt", b"Noi dung mot") == first           # identical: same file
    assert save_upload(tmp_path, "copy of bai.txt", b"Noi dung mot") == first   # identical under another name
    second = save_upload(tmp_path, "bai.txt", b"Noi dung hai")
    assert second != first and second.name.startswith("bai-") and second.suffix == ".txt"
    assert first.read_bytes() == b"Noi dung mot" and second.read_bytes() == b"Noi dung hai"
    assert save_upload(tmp_path, "bai.txt", b"Noi dung hai") == second
    assert _leftovers(tmp_path) == []


def test_save_upload_keeps_doc_ids_unique_across_suffixes(tmp_path):
    save_upload(tmp_path, "bai.txt", VIETNAMESE.encode())
    page = html_page("<title>T</title>", f"<article>{ARTICLE}</article>").encode()
    html = save_upload(tmp_path, "bai.html", page)
    assert html.stem != "bai" and html.stem.startswith("bai-") and html.suffix == ".html"
    assert len({p.stem for p in iter_corpus(tmp_path)}) == 2


REFUSED_UPLOADS = [
    ("bai.pdf", b"%PDF-1.7", "unsupported file type '.pdf'"),
    ("bai.txt", b"", "empty file"),
    ("anh.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary file (not text)"),
    ("trang-chu.html", f"<html><body><nav><ul>{NAV}</ul></nav></body></html>".encode(),
     "HTML page with no article text"),
]


@pytest.mark.parametrize("filename, data, reason", REFUSED_UPLOADS, ids=[r[0] for r in REFUSED_UPLOADS])
def test_save_upload_refuses_and_leaves_nothing(tmp_path, filename, data, reason):
    with pytest.raises(DocumentError) as err:
        save_upload(tmp_path, filename, data)
    assert str(err.value).startswith(reason)
    assert list(tmp_path.iterdir()) == []


def test_save_upload_refuses_oversized(tmp_path):
    with pytest.raises(DocumentError, match=r"^file too large: 21\.0 MB \(limit 20 MB\)$"):
        save_upload(tmp_path, "big.txt", b"a" * 21_000_000)
    assert list(tmp_path.iterdir()) == []


def test_save_text_writes_the_article_and_its_metadata_row(tmp_path):
    b = save_text(tmp_path, "Nội dung bài B.\r\n" + VIETNAMESE, title="Bài B: Việt – Lào",
                  doc_date=date(2024, 4, 22), url="https://example.vn/b")
    a = save_text(tmp_path, "Nội dung bài A. " + VIETNAMESE, title="Bài A")
    assert (a.name, b.name) == ("bai-a.txt", "bai-b-viet-lao.txt")
    assert b.read_text(encoding="utf-8") == "Nội dung bài B.\n" + VIETNAMESE + "\n"
    expected = ("doc_id,title,url,doc_date\n"
                "bai-a,Bài A,,\n"
                "bai-b-viet-lao,Bài B: Việt – Lào,https://example.vn/b,2024-04-22\n")
    assert (tmp_path / "metadata.csv").read_bytes() == expected.encode("utf-8")
    # the row round-trips and reaches the Document
    doc = read_document(b, load_metadata(tmp_path)["bai-b-viet-lao"])
    assert (doc.title, doc.url, doc.doc_date, doc.date_source) == (
        "Bài B: Việt – Lào", "https://example.vn/b", date(2024, 4, 22), "metadata")
    # saving the same text again changes nothing
    assert save_text(tmp_path, "Nội dung bài A. " + VIETNAMESE, title="Bài A") == a
    assert (tmp_path / "metadata.csv").read_bytes() == expected.encode("utf-8")
    assert _leftovers(tmp_path) == []


def test_save_text_keeps_other_rows_and_columns(tmp_path):
    (tmp_path / "metadata.csv").write_text("doc_id,title,url,doc_date,source\nzz,Z,,2020-01-02,VOV\n",
                                           encoding="utf-8")
    save_text(tmp_path, VIETNAMESE, title="Bài A", doc_date=date(2024, 1, 2))
    assert (tmp_path / "metadata.csv").read_text(encoding="utf-8") == (
        "doc_id,title,url,doc_date,source\nbai-a,Bài A,,2024-01-02,\nzz,Z,,2020-01-02,VOV\n")
    assert [p.name for p in iter_corpus(tmp_path)] == ["bai-a.txt"]  # the lock file is hidden


def test_save_text_refuses_when_metadata_is_broken_and_writes_nothing(tmp_path):
    (tmp_path / "metadata.csv").write_text("doc_id,title,url,doc_date\na,A,,not-a-date\n", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"metadata.csv line 2 \(doc_id a\): bad doc_date 'not-a-date'"):
        save_text(tmp_path, VIETNAMESE, title="Bài A")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == ["metadata.csv"]


def test_remove_article_takes_its_metadata_row_and_leaves_the_others(tmp_path):
    kept = save_text(tmp_path, "Nội dung bài A. " + VIETNAMESE, title="Bài A", url="https://a.vn")
    before = (tmp_path / "metadata.csv").read_bytes()
    gone = save_text(tmp_path, "Nội dung bài B. " + VIETNAMESE, title="Bài B", url="https://b.vn")
    remove_article(tmp_path, gone)
    assert [p.name for p in iter_corpus(tmp_path)] == [kept.name]
    assert (tmp_path / "metadata.csv").read_bytes() == before
    remove_article(tmp_path, gone)  # twice is harmless
    assert (tmp_path / "metadata.csv").read_bytes() == before


def test_save_text_accepts_a_datetime(tmp_path):
    from datetime import datetime
    path = save_text(tmp_path, VIETNAMESE, title="Bài A", doc_date=datetime(2024, 4, 22, 15, 30))
    assert load_metadata(tmp_path)[path.stem]["doc_date"] == date(2024, 4, 22)


def test_load_metadata_header_written_by_hand(tmp_path):
    (tmp_path / "metadata.csv").write_bytes("\ufeffDoc_ID, Title ,URL,Doc_Date\r\nx,Tiêu đề,,2024-01-02\r\n".encode())
    assert load_metadata(tmp_path)["x"] == {"doc_id": "x", "title": "Tiêu đề", "url": "",
                                            "doc_date": date(2024, 1, 2)}


def test_save_text_without_title_is_named_by_hash(tmp_path):
    path = save_text(tmp_path, VIETNAMESE)
    assert path.name.startswith("text-") and len(path.stem) == len("text-") + 8
    assert load_metadata(tmp_path)[path.stem]["title"] == ""


@pytest.mark.parametrize("text, reason", [("", "empty text"), ("  \n ", "empty text"),
                                          ("a\x00b\x01c\x02d\x03", "binary file")],
                         ids=["(empty)", "(whitespace)", "(control characters)"])
def test_save_text_refuses(tmp_path, text, reason):
    with pytest.raises(DocumentError, match=reason):
        save_text(tmp_path, text, title="X")
    assert not any(p.suffix == ".txt" for p in tmp_path.iterdir())
    assert not (tmp_path / "metadata.csv").exists()


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == (".txt", ".html", ".htm")


# =============================================================================================
# Properties
# =============================================================================================

@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_decode_bytes_only_ever_raises_document_error(data):
    try:
        text, encoding = decode_bytes(data)
    except DocumentError:
        return
    assert text == unicodedata.normalize("NFC", text) and "\r" not in text and encoding


LETTERS = ("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệ"
           "ìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ 0123456789,.%\n")


def vietnamese_text(alphabet: str):
    return st.text(alphabet=st.sampled_from(list(alphabet)), min_size=1, max_size=300).filter(str.strip)


@settings(max_examples=200, deadline=None)
@given(vietnamese_text(LETTERS + "–“”…₫"), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le"]))
def test_vietnamese_text_survives_unicode_encodings(text, encoding):
    if encoding == "utf-16-le":  # no BOM: told apart from binary only in text of some length,
        assume(len(text) >= 16 and sum(c.isascii() for c in text) >= len(text) / 2)  # mostly ASCII
    assert decode_bytes(text.encode(encoding))[0] == unicodedata.normalize("NFC", text)


# cp1258 punctuation (0x80-0x9F) after Ă/Ô/Ư... can form valid UTF-8 ("Ă–" is C3 96, UTF-8 "Ö"):
# a text of one such pair and nothing else is ambiguous, so punctuation is left out here.
@settings(max_examples=200, deadline=None)
@given(vietnamese_text(LETTERS))
def test_vietnamese_text_survives_windows_1258(text):
    assert decode_bytes(to_cp1258(text)) == (unicodedata.normalize("NFC", text).replace("\r", "\n"),
                                             "cp1258" if not text.isascii() else "utf-8")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500) | st.from_regex(r"(Thứ \w+, |Cập nhật: )?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}.*",
                                             fullmatch=True))
def test_detect_doc_date_never_raises(text):
    found, how = detect_doc_date(text)
    assert (found is None) == (how == "")


HEADER_FORMATS = [
    "Cập nhật: {d:%d/%m/%Y} 13:55",
    "Cập nhật: {d:%d-%m-%Y} | 12:21:45",
    "Thứ Hai, {d.day}/{d.month}/{d.year} 09:15 (GMT+7)",
    "Thứ năm, {d:%d-%m-%y} 16:56:12",
    "Hà Nội, ngày {d.day} tháng {d.month} năm {d.year}",
    "{d:%d.%m.%Y} | 14:05",
    "15:55 {d:%d/%m/%Y}",
    "Ngày {d.day}-{d.month}-{d.year}",
]


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(HEADER_FORMATS))
def test_every_printed_header_date_is_read_back(day, form):
    text = form.format(d=day) + "\n\nThương mại Việt Nam – Lào tăng mạnh\n\n" + SENTENCE
    assert detect_doc_date(text) == (day, "header")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=60), st.sampled_from(SUPPORTED_SUFFIXES))
def test_an_upload_never_leaves_the_corpus_folder(tmp_path_factory, name, suffix):
    corpus = tmp_path_factory.mktemp("corpus")
    data = (html_page("<title>T</title>", f"<article>{ARTICLE}</article>") if suffix != ".txt"
            else VIETNAMESE).encode("utf-8")
    path = save_upload(corpus, name + suffix, data)
    assert path.parent == corpus and not path.name.startswith(".")
    assert path.suffix == suffix and path.name.isascii()
    assert [p.name for p in corpus.iterdir() if not p.name.startswith(".")] == [path.name]
