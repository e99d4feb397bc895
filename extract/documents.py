"""Reading documents: bytes -> NFC text, HTML -> article text, and the publication date.

This is the first stage of the pipeline. Everything later (sentences, figures, periods) works
on character offsets into ``Document.text``, so the text produced here is *the* text: NFC,
``\\n`` line ends, diacritics kept exactly as printed.

Public API (other modules code against these names):

    DocumentError                  a file we refuse, with a human reason (``str(err)``)
    SUPPORTED_SUFFIXES, MAX_BYTES
    decode_bytes(data)         -> (text, encoding)
    read_document(path, meta)  -> Document
    detect_doc_date(text)      -> (date | None, how it was found)
    infer_year(text)           -> the year a text without a printed date is about, or None
    detect_title(text)         -> str
    load_metadata(corpus_dir)  -> {doc_id: {"title", "url", "doc_date", ...}}
    save_upload(corpus_dir, filename, data) -> Path
    save_text(corpus_dir, text, title, doc_date, url) -> Path
    iter_corpus(corpus_dir)    -> [Path, ...]
    METADATA_FILE, METADATA_COLUMNS   "metadata.csv": doc_id,title,url,doc_date (ISO)

Publication dates, the forms this module reads (each is tested in tests/test_documents.py):

>>> detect_doc_date("Cập nhật: 17/01/2023 13:55\\nNội dung")
(datetime.date(2023, 1, 17), 'header')
>>> detect_doc_date("Thứ năm, 18-12-25 16:56:12\\n")   # DD-MM-YY, not YY-MM-DD
(datetime.date(2025, 12, 18), 'header')
>>> detect_doc_date("Viêng Chăn, Lào – 09/07/2025 – Trong khuôn khổ chuyến thăm ...")
(datetime.date(2025, 7, 9), 'dateline')
>>> detect_doc_date("Chiều 22/4, hai Thủ tướng gặp nhau. Quý I năm 2024 thương mại tăng.")
(datetime.date(2024, 4, 22), 'lead day-month + inferred year')
"""
from __future__ import annotations

import codecs
import contextlib
import csv
import hashlib
import io
import os
import re
import tempfile
import unicodedata
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Iterator, Optional

from .model import Document

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm")
# News articles are a few kB to a few hundred kB; a saved web page with inline scripts can
# reach a few MB. Anything above this is not an article, and is refused before it is read.
MAX_BYTES = 20_000_000
METADATA_FILE = "metadata.csv"
METADATA_COLUMNS = ("doc_id", "title", "url", "doc_date")


class DocumentError(Exception):
    """A document we cannot or will not read. ``str(err)`` is the reason, for people."""


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _too_large(n: int) -> DocumentError:
    return DocumentError(f"file too large: {_mb(n)} (limit {MAX_BYTES // 1_000_000} MB)")


# =============================================================================================
# Bytes -> text
# =============================================================================================

# Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
BOM_CODECS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Windows-1258 writes Vietnamese as a base letter followed by a combining tone mark, so these
# characters are what makes a cp1258 reading of unknown bytes *Vietnamese* rather than noise.
CP1258_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
# Letters Vietnamese uses that cp1258 has as single bytes (the rest take a combining mark).
CP1258_VIETNAMESE_LETTERS = "àáâăèéêìíòóôơùúưýđÀÁÂĂÈÉÊÌÍÒÓÔƠÙÚƯÝĐ"
VIETNAMESE_VOWELS = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
VIETNAMESE_MARKS = CP1258_TONE_MARKS + "\u0302\u0306\u031b"  # + circumflex, breve, horn (NFD)

# C0 control characters other than the whitespace ones text files legitimately contain.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\v\x1b")
_C1_CONTROLS = re.compile("[\x80-\x9f]")
# Basic Latin to Latin Extended-B, IPA and combining marks, Vietnamese precomposed letters,
# general punctuation and currency signs (₫): what Latin-script text is made of.
_LATIN_SCRIPT = re.compile("[\t\n\r\x20-\x7e\xa0-\u036f\u1e00-\u1eff\u2000-\u20cf]")
_CONTROL_CHARS = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "\x7f]")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes: (NFC text with ``\\n`` line ends, encoding name).

    Tried in order: a byte-order mark; UTF-16 without a mark (ASCII letters leave a NUL in
    every other byte); UTF-8 (a character cut off at the very end is dropped); Windows-1258
    when the result reads as Vietnamese; charset-normalizer. Binary data and undecodable
    bytes raise DocumentError.

    >>> decode_bytes("Thương mại\\r\\n".encode("utf-8"))
    ('Thương mại\\n', 'utf-8')
    >>> decode_bytes(b"\\xef\\xbb\\xbfL\\xc3\\xa0o")
    ('Lào', 'utf-8-sig')
    """
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    if not data:
        raise DocumentError("empty file")
    text, encoding = _decode(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    if _looks_binary(text):
        raise DocumentError("binary file (not text)")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise DocumentError("empty file (only whitespace)")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, name in BOM_CODECS:
        if data.startswith(bom):
            body = data[len(bom):]
            if name.startswith(("utf-16", "utf-32")):
                width = 2 if name.startswith("utf-16") else 4
                body = body[: len(body) - len(body) % width]  # a file cut mid-character
            try:
                return _decode_tail_tolerant(body, name.replace("-sig", "")), name
            except UnicodeDecodeError:
                raise DocumentError(f"unreadable encoding (marked {name}, but invalid)") from None
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if b"\x00" in data:
        raise DocumentError("binary file (not text)")
    sample = data[:65536]
    if sum(sample.count(b) for b in _CONTROL_BYTES) > max(2, len(sample) // 100):
        raise DocumentError("binary file (not text)")
    try:
        text = _decode_tail_tolerant(data, "utf-8", need_multibyte=True)
    except UnicodeDecodeError:
        pass
    else:
        if _could_be_cp1258(text) and (cp1258 := _as_cp1258(data)) is not None:
            return cp1258, "cp1258"
        return text, "utf-8"
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8, "utf-8"
    cp1258 = _as_cp1258(data)
    if cp1258 is not None:
        return cp1258, "cp1258"
    return _charset_normalizer(data)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _could_be_cp1258(utf8_text: str) -> bool:
    """Valid UTF-8 that may really be cp1258: C1 controls (cp1258 "Â–" is C2 96), or in a
    nearly-ASCII text a non-Latin character or a mark Vietnamese never uses ("ã–" is 61 DE 96,
    "aޖ"; "ù–" is 75 CC 96, "u" + U+0316). Longer cp1258 texts are never valid UTF-8."""
    if _C1_CONTROLS.search(utf8_text):
        return True
    # Only nearly-ASCII texts qualify: stop looking after the fourth non-ASCII character
    # (a per-character list of a whole article cost half of a build's reading time).
    non_ascii = []
    for m in _NON_ASCII.finditer(utf8_text):
        non_ascii.append(m.group(0))
        if len(non_ascii) > 3:
            return False
    return 0 < len(non_ascii) <= 3 and any(
        not _LATIN_SCRIPT.match(ch) or (unicodedata.combining(ch) and ch not in VIETNAMESE_MARKS)
        for ch in non_ascii)


def _decode_tail_tolerant(data: bytes, encoding: str, need_multibyte: bool = False) -> str:
    """Strict decoding, except that an incomplete character at the very end is dropped.

    With ``need_multibyte``, the rest must prove to be UTF-8 by holding a multi-byte
    character: "abc\\xe0" is more likely cp1258 "abcà" than UTF-8 cut short.
    """
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        if err.end == len(data) and err.reason == "unexpected end of data":
            text = data[: err.start].decode(encoding)
            if not need_multibyte or not text.isascii():
                return text
        raise


def _utf16_without_bom(data: bytes) -> Optional[tuple[str, str]]:
    """UTF-16 with no mark: in Vietnamese text most characters are still ASCII (spaces,
    base letters, digits), whose high byte is NUL; tone-marked letters (U+1Exx) are not."""
    sample = data[:8192]
    if len(sample) < 32:  # too short to tell text from binary by NUL positions
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd >= 0.2 and nul_even <= 0.02:
        name = "utf-16-le"
    elif nul_even >= 0.2 and nul_odd <= 0.02:
        name = "utf-16-be"
    else:
        return None
    body = data[: len(data) - len(data) % 2]
    try:
        text = _decode_tail_tolerant(body, name)
    except UnicodeDecodeError:
        return None
    # Text whose ASCII half is NUL-padded is Latin-script text: Vietnamese, English, French.
    latin = sum(1 for ch in text[:4096] if _LATIN_SCRIPT.match(ch))
    return (text, name) if latin >= 0.9 * len(text[:4096]) else None


def _mostly_utf8(data: bytes) -> Optional[str]:
    """UTF-8 with a few corrupt bytes: keep it as UTF-8 (bad bytes become U+FFFD) when the
    valid multi-byte characters far outnumber the errors; a legacy encoding would be worse."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if bad and multibyte >= 20 * bad:
        return text
    return None


def _as_cp1258(data: bytes) -> Optional[str]:
    """The cp1258 reading of ``data`` if it reads as Vietnamese, else None."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    # Dashes and quotes (0x80-0x9F) are the same in all Windows code pages: only letters tell.
    letters = [(i, ch) for i, ch in enumerate(text)
               if ord(ch) > 0x7F and (ch.isalpha() or unicodedata.combining(ch))]
    if not letters:
        return text
    # Vietnamese in cp1258 is tone marks sitting on vowels, and letters Vietnamese uses;
    # Thai or Cyrillic bytes read as cp1258 give marks on consonants and "î", "ë", "¹", "Ç"…
    good = sum(1 for i, ch in letters
               if ch in CP1258_VIETNAMESE_LETTERS
               or (ch in CP1258_TONE_MARKS and i > 0 and text[i - 1] in VIETNAMESE_VOWELS))
    return text if good >= 0.9 * len(letters) else None


def _charset_normalizer(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data).best()
    except Exception:  # the library's own failures mean the same thing to the user
        best = None
    if best is None:
        raise DocumentError("unreadable encoding")
    return str(best), str(best.encoding)


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:65536]
    return len(_CONTROL_CHARS.findall(sample)) > max(2, len(sample) // 100)


# =============================================================================================
# Publication date
# =============================================================================================

_DAY = r"(?P<d>0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?P<m>0?[1-9]|1[0-2])"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?"
_GMT = r"\(?\s*(?:GMT|UTC)?\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?"  # (GMT+7), +07:00
_DASH = r"[–—-]"

# Month names, as printed in "ngày 25 tháng Bảy năm 2022" (Giêng is the first lunar month,
# Chạp the last; in a dateline they mean January and December).
MONTH_WORDS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}
_MONTH_WORD = "(?P<mw>" + "|".join(sorted(MONTH_WORDS, key=len, reverse=True)) + r")(?!\w)"

# "17/01/2023", "06-02-2023", "17.2.2026" (the two separators are the same character), and
# "ngày 5 tháng 3 năm 2024". A digit, separator or decimal comma on either side means the
# digits belong to something else: "2020-2025", "1,1 – 1,2", "024.355.63.010".
_NUMERIC_DATE = (r"(?<![\d.,/:-])" + _DAY + r"(?P<sep>[/.-])" + _MONTH + r"(?P=sep)" + _YEAR
                 + r"(?![\d])(?![.,/-]\d)")
_WORDS_DATE = (r"(?:ngày\s+)?(?<![\d.,/:-])" + _DAY + r"\s+tháng\s+(?:" + _MONTH + "|" + _MONTH_WORD
               + r")\s*(?:năm\s+|,\s*)" + _YEAR + r"(?!\d)")
# Two-digit years only in a header line ("Thứ năm, 18-12-25 16:56:12"); read as DD-MM-YY.
_SHORT_DATE = (r"(?<![\d.,/:-])" + _DAY + r"(?P<sep>[/.-])" + _MONTH + r"(?P=sep)"
               r"(?P<yy>\d\d)(?![\d])(?![.,/-]\d)")
# ISO dates only in a header line ("Ngày đăng: 2022-07-25 09:15").
_ISO_DATE = r"(?<![\d.,/:-])" + _YEAR + r"-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d])"


def _date_alternatives(*forms: str) -> str:
    # Named groups may not repeat inside one pattern, so number them per alternative.
    out = []
    for i, form in enumerate(forms):
        out.append(re.sub(r"\(\?P([<=])(\w+)", lambda m: f"(?P{m.group(1)}{m.group(2)}{i}", form))
    return "(?:" + "|".join(out) + ")"


# A place in a dateline: up to four words, "TP.HCM", "Viêng Chăn, Lào".
_PLACE_WORDS = r"[^\W\d_]+(?:(?:\s+|\.\s*)[^\W\d_]+){0,3}\.?"
_PLACE = _PLACE_WORDS + r"(?:\s*,\s*" + _PLACE_WORDS + r")?"
_AGENCY = r"\(\s*[^()\n]{1,40}\)"  # (TTXVN), (Chinhphu.vn), (VOV)

# Words that may precede the date in a header line.
HEADER_PREFIXES = (
    r"cập\s+nhật(?:\s+(?:lúc|ngày))?\s*:?",      # Cập nhật: 17/01/2023 13:55
    r"(?:ngày\s+)?(?:đăng|xuất\s+bản|phát\s+hành)(?:\s+(?:lúc|ngày))?\s*:?",  # Ngày đăng: …
    r"thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])\s*[,-]?",  # Thứ Hai, 25/07/2022 09:15 (GMT+7)
    r"(?:chủ\s*nhật|cn)\s*[,-]?",                     # Chủ nhật, 28/05/2023 08:09
    r"ngày\s*:?",                                     # Ngày 31-1-2026
    r"lúc",                                           # Lúc 09:15 ngày 25/07/2022
    _PLACE + r"\s*(?:" + _AGENCY + r"\s*)?,",          # Hà Nội, 20/12/2021 · Vientiane, ngày …
)
_PREFIX = r"(?:(?:" + "|".join(HEADER_PREFIXES) + r")\s*){0,3}"
_TIME_SEP = r"\s*(?:[|,]|" + _DASH + r"|lúc|ngày)?\s*"
_TRAILER = r"(?:" + _TIME_SEP + _TIME + r")?(?:\s*" + _GMT + r")?"

# A line that is only a date, with the words and times pages print around it.
HEADER_LINE = re.compile(
    r"^\s*" + _PREFIX + r"(?:" + _TIME + _TIME_SEP + r")?"
    + _date_alternatives(_NUMERIC_DATE, _WORDS_DATE, _SHORT_DATE, _ISO_DATE)
    + _TRAILER + r"\s*[.|]?\s*$",
    re.IGNORECASE,
)
# A date opening a paragraph, after a place or an agency: "Vientiane, 9/1/2025 – Chiều 8/1 …",
# "(Chinhphu.vn) – Ngày 10/1/2022, tại Hà Nội …", "Viêng Chăn, Lào – 09/07/2025 – …",
# "Hà Nội (TTXVN) – Ngày 10/1/2022, …", "Ngày 17.2.2026 (mùng 1 Tết …".
DATELINE = re.compile(
    r"^\s*(?:" + _PLACE + r"\s*(?:" + _AGENCY + r"\s*)?(?:,|" + _DASH + r")\s*|"
    + _AGENCY + r"\s*" + _DASH + r"\s*)?"
    r"(?:ngày\s+)?" + _date_alternatives(_NUMERIC_DATE, _WORDS_DATE)
    + r"(?:" + _TIME_SEP + _TIME + r")?\s*(?:" + _DASH + r"|,|\(|:|\||$)"
    r"(?!\s*(?:đến\s+|tới\s+)?\d{1,2}[/.-]\d)",  # "1/1/2024 – 31/3/2024" is a period, not a dateline
    re.IGNORECASE,
)

# "Chiều 22/4, …", "Sáng nay (25/12), …", "Hôm qua (21/4), …", "ngày 6/6 …" in the lead.
# "qua" (yesterday, last night) puts the news one day after the day printed.
_TIME_OF_DAY = r"(?:sáng|chiều|tối|trưa|đêm|hôm)(?:\s+(?P<rel>nay|qua))?"
LEAD_DAY_MONTH = re.compile(
    r"(?<![\w])(?P<cue>" + _TIME_OF_DAY + r"|ngày)\s*\(?\s*"
    r"(?<![\d.,/:-])" + _DAY + r"/" + _MONTH + r"(?:/" + _YEAR + r")?(?![\d])(?!/\d)",
    re.IGNORECASE,
)
# "HÀ NỘI, 25/7 – …", "Vientiane (TTXVN) – 9/1: …": a dateline without the year.
DATELINE_DAY_MONTH = re.compile(
    r"^\s*" + _PLACE + r"\s*(?:" + _AGENCY + r"\s*)?(?:,|" + _DASH + r")\s*(?:ngày\s+)?"
    r"(?<![\d.,/:-])" + _DAY + r"/" + _MONTH + r"(?![\d])(?!/\d)\s*(?:" + _DASH + r"|,|:|\()",
    re.IGNORECASE | re.MULTILINE,
)
# A day that is one end of a range is not the day of the news: "từ ngày 23 đến ngày 27/12".
_RANGE_BEFORE = re.compile(r"(?:từ|đến|tới|trước|sau|cuối|đầu)\s*$", re.IGNORECASE)

# Years the text itself is about. "so với (cùng kỳ) năm 2018" makes the figures (and so the
# news) of 2019; "trong năm 2024", "Quý I năm 2024", "7 tháng đầu năm 2022" name the year.
YEAR_AFTER_BASE = re.compile(r"so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm\s+)?(?P<y>(?:19|20)\d\d)(?!\d)",
                             re.IGNORECASE)
YEAR_OF_PERIOD = re.compile(
    r"(?:trong\s+năm|cả\s+năm|quý\s+[IV1-4]+(?:\s+năm|/)|tháng\s+(?:đầu\s+)?năm|đầu\s+năm)\s*"
    r"(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)

HEADER_ZONE_LINES = 15    # the date of a page is printed above or at the start of the article
HEADER_ZONE_PARAGRAPHS = 2  # …and never after its second paragraph
BODY_PARAGRAPH_CHARS = 200
LEAD_CHARS = 1500


def _date_from(m: re.Match) -> Optional[date]:
    groups = {k[:-1] if k[-1].isdigit() else k: v for k, v in m.groupdict().items() if v}
    try:
        day = int(groups["d"])
        if "mw" in groups:
            month = MONTH_WORDS[" ".join(groups["mw"].lower().split())]
        else:
            month = int(groups["m"])
        if "y" in groups:
            year = int(groups["y"])
        elif "yy" in groups:
            year = 2000 + int(groups["yy"])
        else:
            return None
        return date(year, month, day)
    except (KeyError, ValueError):
        return None


def _nonempty_lines(text: str) -> Iterator[str]:
    for line in text.split("\n"):
        if line.strip():
            yield line.strip()


def detect_doc_date(text: str) -> tuple[Optional[date], str]:
    """The publication date printed in the text, and how it was found.

    In order: a header line that is only a date ("header"), a date opening one of the first
    paragraphs ("dateline"), a full date after "Sáng/Chiều/Ngày…" in the lead ("lead date"),
    a day-month in the lead ("HÀ NỘI, 25/7 –", "Chiều 22/4", "ngày 6/6"; "Hôm qua (21/4)"
    is the day before the news) plus the year the text is about ("lead day-month + inferred
    year"). Dates further down (the body, "Tin liên quan" lists) are never used. Returns
    ``(None, "")`` when nothing fits; a year alone is not a date.

    >>> detect_doc_date("Hà Nội, ngày 5 tháng 3 năm 2024\\n\\nTiêu đề")
    (datetime.date(2024, 3, 5), 'header')
    >>> detect_doc_date("Hotline: 0274 383 347\\nĐạt 1,1 – 1,2 tỷ USD giai đoạn 2020-2025.")
    (None, '')
    """
    try:
        return _detect_doc_date(text)
    except RecursionError:  # pathological input; a date is optional
        return None, ""


def _detect_doc_date(text: str) -> tuple[Optional[date], str]:
    paragraphs = 0
    for i, line in enumerate(_nonempty_lines(text)):
        if i >= HEADER_ZONE_LINES or paragraphs >= HEADER_ZONE_PARAGRAPHS:
            break
        if len(line) <= 120:
            m = HEADER_LINE.match(line)
            if m and (d := _date_from(m)):
                return d, "header"
        m = DATELINE.match(line)
        if m and (d := _date_from(m)):
            return d, "dateline"
        m = _PAREN_DATELINE.match(line)
        if m:  # "(06/9/2024) Số liệu của Cục Hải quan …"
            with contextlib.suppress(ValueError):
                return date(int(m["y"]), int(m["m"]), int(m["d"])), "dateline"
        if d := _loose_header_date(line):
            return d, "header line"
        if len(line) >= BODY_PARAGRAPH_CHARS:
            paragraphs += 1
    return _date_from_lead(text)


def _loose_header_date(line: str) -> Optional[date]:
    """A short header line carrying a full date among other words: "Báo Đầu tư | 15/03/2024",
    "VOV.VN - Cập nhật lúc 06/09/2024 10:22", "(Số liệu sơ bộ, ngày đăng: 12/07/2024)"."""
    if len(line) > 100 or line.rstrip().endswith((".", ";")) or _RANGE_AROUND.search(line):
        return None
    iso = re.search(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)", line)
    if iso:  # "Viêng Chăn (2024-02-09) – …"
        try:
            return date(int(iso["y"]), int(iso["m"]), int(iso["d"]))
        except ValueError:
            pass
    m = _LOOSE_FULL_DATE.search(line) or _LOOSE_WORDS_DATE.search(line)
    if m is None or re.match(r"\s*[–—-]\s*\d{1,2}[/.-]\d", line[m.end():]):
        return None  # "(5/9/1962 – 5/9/2022)" is a span, not the day of the page
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


_PAREN_DATELINE = re.compile(r"\s*\(\s*(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)\s*\)\s*\S")
_LOOSE_FULL_DATE = re.compile(r"(?<![\d/.,-])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-]"
                              r"(?P<y>(?:19|20)\d\d)(?![\d/.-]\d)")
# "(Viêng Chăn, ngày 12 tháng 3 năm 2025)" under a speech's title
_LOOSE_WORDS_DATE = re.compile(r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+"
                               r"(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)
_RANGE_AROUND = re.compile(r"(?:từ|đến|tới)\s+(?:ngày\s+)?\d{1,2}[/.-]\d", re.IGNORECASE)


def _lead(text: str) -> str:
    """The first paragraphs of running text (headlines, captions and labels skipped)."""
    out, size = [], 0
    for line in _nonempty_lines(text):
        if len(line) < 80 and not line.endswith((".", ":", ";")):
            continue  # a headline, a label or a caption
        out.append(line)
        size += len(line)
        if size >= LEAD_CHARS or len(out) >= 3:
            break
    return "\n".join(out)


def _date_from_lead(text: str) -> tuple[Optional[date], str]:
    lead = _lead(text)
    found = []  # (rank, position, match, days to add)
    for m in DATELINE_DAY_MONTH.finditer(lead):
        found.append((0, m.start(), m, 0))
    for m in LEAD_DAY_MONTH.finditer(lead):
        if _RANGE_BEFORE.search(lead[max(0, m.start() - 12): m.start()]):
            continue
        rank = 2 if m.group("cue").lower() == "ngày" else 1  # "Chiều 22/4" beats "ngày 6/6"
        found.append((rank, m.start(), m, 1 if (m.group("rel") or "").lower() == "qua" else 0))
    if not found:
        return None, ""
    _, _, m, shift = min(found, key=lambda t: t[:2])
    if m.groupdict().get("y"):
        d = _date_from(m)
        return (d + timedelta(days=shift), "lead date") if d else (None, "")
    year = infer_year(text)
    if year is None:
        return None, ""
    try:
        d = date(year, int(m.group("m")), int(m.group("d"))) + timedelta(days=shift)
    except ValueError:
        return None, ""
    return d, "lead day-month + inferred year"


def infer_year(text: str) -> Optional[int]:
    """The year a text is about, when it prints no date: the year after a comparison base
    ("tăng 12,6% so với năm 2018" → 2019) or else the year most named as a period.

    >>> infer_year("Thương mại tăng 12,6% so với năm 2018; năm 2020 sẽ là năm bản lề.")
    2019
    >>> infer_year("Thương mại song phương trong Quý I năm 2024 đạt 476,8 triệu USD.")
    2024
    """
    bases = [int(m.group("y")) + 1 for m in YEAR_AFTER_BASE.finditer(text)]
    if bases:
        return max(bases)
    periods = Counter(int(m.group("y")) for m in YEAR_OF_PERIOD.finditer(text))
    if not periods:
        return None
    return max(periods, key=lambda y: (periods[y], y))


# =============================================================================================
# Title
# =============================================================================================

# Lines above a headline that are not the headline.
NOT_TITLE = re.compile(
    r"^(?:cập\s+nhật|hotline|site\s+icon|tin\s+mới|tin\s+liên\s+quan|ảnh\s*:|nguồn\s*:|"
    r"phóng\s+viên|email|điện\s+thoại|tel\b|fax\b)",
    re.IGNORECASE,
)
TITLE_MIN_WORDS = 4  # "Kinh tế", "Thế giới": section labels, not headlines
TITLE_MAX_CHARS = 250


def detect_title(text: str) -> str:
    """The headline of a plain-text article: the first short line above the body that is
    not a date, dateline, "Cập nhật", hotline, "Site icon" or section label. May be "".

    >>> detect_title("Site icon MUC News\\n\\nViệt Nam – Lào tăng cường phối hợp\\n\\nNội dung ...")
    'Việt Nam – Lào tăng cường phối hợp'
    """
    for line in list(_nonempty_lines(text))[:HEADER_ZONE_LINES]:
        if len(line) > TITLE_MAX_CHARS or (line.endswith(".") and len(line) > 80):
            return ""  # reached the body without seeing a headline
        if NOT_TITLE.match(line) or HEADER_LINE.match(line) or DATELINE.match(line):
            continue
        if line.endswith(".") or line.startswith("(") or "(Ảnh" in line:
            continue
        if len(line.split()) < TITLE_MIN_WORDS or not any(ch.isalpha() for ch in line):
            continue
        return line
    return ""


# =============================================================================================
# Reading one file
# =============================================================================================

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_document(path: Path, meta: Optional[dict] = None) -> Document:
    """Read one .txt/.html/.htm file into a Document.

    ``meta`` (a row of metadata.csv) overrides the title, URL and date found in the file.
    Raises DocumentError for files that are not readable articles.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(f"unsupported file type {path.suffix or '(none)'!r} "
                            f"(supported: {', '.join(SUPPORTED_SUFFIXES)})")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _too_large(size)  # before reading a byte of it
        data = path.read_bytes()
    except OSError as err:
        raise DocumentError(f"cannot read file: {err.strerror or err}") from None

    if suffix == ".txt":
        text, encoding = decode_bytes(data)
        title, url, extra = detect_title(text), "", {}
        doc_date, date_source = detect_doc_date(text)
    else:
        text, encoding, title, url, doc_date, date_source, extra = _read_html(data)

    meta = dict(meta or {})
    if meta.get("title"):
        title = str(meta["title"])
    if meta.get("url"):
        url = str(meta["url"])
    if meta.get("doc_date"):
        doc_date, date_source = _as_date(meta["doc_date"], f"metadata for {path.stem}"), "metadata"
    return Document(doc_id=path.stem, text=text, title=title, url=url, doc_date=doc_date,
                    date_source=date_source, path=str(path), encoding=encoding,
                    meta={**extra, **meta})


def _decode_html(data: bytes) -> tuple[str, str]:
    """Like decode_bytes, but a page's own <meta charset> is believed before guessing, unless
    the bytes are valid UTF-8 (pages saved as UTF-8 often still say iso-8859-1)."""
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith(tuple(bom for bom, _ in BOM_CODECS)):
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii").lower()).name
            data.decode("utf-8")
        except LookupError:
            pass
        except UnicodeDecodeError:  # not UTF-8: the declaration is the best evidence there is
            with contextlib.suppress(UnicodeDecodeError):
                text = data.decode(codec)
                if _looks_binary(text):
                    raise DocumentError("binary file (not text)")
                text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
                return text, codec
    return decode_bytes(data)


def _read_html(data: bytes):
    """(text, encoding, title, url, doc_date, date_source, extra metadata) of an HTML page."""
    import trafilatura

    html, encoding = _decode_html(data)
    try:
        result = trafilatura.bare_extraction(
            html,
            favor_precision=True,      # navigation, sidebars and "related" boxes out
            include_comments=False,
            include_tables=True,       # figures are often in tables
            with_metadata=True,
            deduplicate=False,
            # Metadata only (meta tags, JSON-LD, <time>): offline, and no guessing from the text.
            date_extraction_params={"extensive_search": False, "original_date": True,
                                    "outputformat": "%Y-%m-%d"},
        )
    except Exception as err:  # lxml/trafilatura internals; the page is what is wrong
        raise DocumentError(f"unreadable HTML page ({type(err).__name__})") from None
    body = (getattr(result, "text", None) or "") if result is not None else ""
    body = unicodedata.normalize("NFC", body.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not body:
        raise DocumentError("HTML page with no article text")
    text = _with_lead(html, body) + "\n"
    sitename = _clean(getattr(result, "sitename", None))
    title = _html_title(html, sitename) or _clean(getattr(result, "title", None)) or detect_title(text)
    url = _clean(getattr(result, "url", None))
    doc_date, date_source = None, ""
    if raw := _clean(getattr(result, "date", None)):
        with contextlib.suppress(ValueError):
            doc_date, date_source = date.fromisoformat(raw[:10]), "html metadata"
    if doc_date is None:
        doc_date, date_source = detect_doc_date(text)
        if date_source.startswith("lead"):  # a printed date beats one inferred from the lead
            doc_date, date_source = _html_date_element(html) or (doc_date, date_source)
    extra = {k: v for k in ("sitename", "author", "description")
             if (v := _clean(getattr(result, k, None)))}
    return text, encoding, title, url, doc_date, date_source, extra


_LEAD_CLASS = re.compile(r"sapo|lead|summary|chapeau|intro|excerpt|tom-?tat|description", re.I)


def _with_lead(html: str, body: str) -> str:
    """The article's headline (h1) and lead ("sapo") before its body when the extractor left
    them out: Vietnamese pages print the key figure there ("Thương mại Việt Nam – Lào 8 tháng
    đạt 1,92 tỷ USD") and trafilatura often drops a lead paragraph styled apart from the body."""
    try:
        from lxml import html as lxml_html
        tree = lxml_html.fromstring(html)
    except Exception:  # noqa: BLE001 - a page lxml cannot parse keeps trafilatura's text
        return body
    flat = " ".join(body.split())
    lines = []
    heads = tree.xpath("//article//h1 | //h1")[:1]
    leads = [el for el in tree.xpath("//p[@class] | //div[@class] | //h2[@class]")
             if _LEAD_CLASS.search(el.get("class", "")) and not el.xpath("ancestor::nav|ancestor::aside|"
                                                                         "ancestor::footer|ancestor::header")][:1]
    for el in heads + leads:
        piece = unicodedata.normalize("NFC", " ".join(el.text_content().split()))
        if piece and piece not in flat and len(piece) < 600:
            lines.append(piece)
    return "\n".join(lines + [body])


def _html_title(html: str, sitename: str) -> str:
    """og:title, else the article's <h1>, else <title> without the site name.

    Trafilatura cuts <title> at " – ", which in Vietnamese headlines joins countries:
    "Thương mại Việt Nam – Lào tăng mạnh | Báo Kinh tế" must keep "Việt Nam – Lào".
    """
    import lxml.html

    try:
        tree = lxml.html.fromstring(html.encode("utf-8"))
    except Exception:
        return ""
    for xpath in ("//meta[@property='og:title']/@content", "//meta[@name='twitter:title']/@content",
                  "//article//h1", "//main//h1", "//h1", "//title"):
        for found in tree.xpath(xpath)[:1]:
            value = found if isinstance(found, str) else found.text_content()
            value = " ".join(unicodedata.normalize("NFC", value).split())
            if xpath == "//title":
                value = _strip_site_name(value, sitename)
            if value and len(value) <= TITLE_MAX_CHARS:
                return value
    return ""


def _strip_site_name(title: str, sitename: str) -> str:
    """ "Headline | Site" -> "Headline"; "Headline - Site" only when Site is the site's name."""
    head, sep, tail = title.rpartition(" | ")
    if sep and head:
        return head.strip()
    for dash in (" - ", " – ", " — "):
        head, sep, tail = title.rpartition(dash)
        if sep and head and sitename and _slug(tail) == _slug(sitename):
            return head.strip()
    return title


# Where pages print the date outside the article body: "<span class="date">Thứ Hai,
# 25/07/2022 09:15</span>", "<div class="time-post">", "<p class="ngay-dang">".
_DATE_ELEMENTS = (
    "//*[@itemprop='datePublished']"
    " | //*[contains(translate(@class, 'DATEIMPUBLSHNGY', 'dateimpublshngy'), 'date')"
    " or contains(translate(@class, 'DATEIMPUBLSHNGY', 'dateimpublshngy'), 'time')"
    " or contains(translate(@class, 'DATEIMPUBLSHNGY', 'dateimpublshngy'), 'publish')"
    " or contains(translate(@class, 'DATEIMPUBLSHNGY', 'dateimpublshngy'), 'ngay')]"
)


def _html_date_element(html: str) -> Optional[tuple[date, str]]:
    """The first date printed in a date-like element of the page (not the article text)."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html.encode("utf-8"))
    except Exception:  # an unparsable page has no date elements
        return None
    for element in tree.xpath(_DATE_ELEMENTS)[:20]:
        candidates = [element.get("content") or "", element.get("datetime") or "",
                      " ".join(element.text_content().split())]
        for value in candidates:
            value = unicodedata.normalize("NFC", value.strip())
            if not value or len(value) > 120:
                continue
            with contextlib.suppress(ValueError):
                return date.fromisoformat(value[:10]), "html date element"
            m = HEADER_LINE.match(value)
            if m and (d := _date_from(m)):
                return d, "html date element"
    return None


def _clean(value) -> str:
    return unicodedata.normalize("NFC", str(value)).strip() if value else ""


def _as_date(value, where: str) -> date:
    if isinstance(value, datetime):  # also pandas.Timestamp
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise DocumentError(f"{where}: bad doc_date {value!r} (expected YYYY-MM-DD)") from None


# =============================================================================================
# The corpus directory: listing, metadata.csv, adding files
# =============================================================================================

def iter_corpus(corpus_dir: Path) -> list[Path]:
    """The articles in a corpus directory (not recursive), sorted by file name.
    Hidden files, temporary files and metadata.csv are not articles."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise FileNotFoundError(f"corpus directory not found: {corpus_dir}")
    return sorted(
        (p for p in corpus_dir.iterdir()
         if p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith((".", "~"))
         and p.is_file()),
        key=lambda p: p.name,
    )


def load_metadata(corpus_dir: Path) -> dict[str, dict]:
    """metadata.csv beside the articles: ``{doc_id: {"title", "url", "doc_date", ...}}``.

    ``doc_date`` is a ``date`` or None; other values are strings ("" when blank). A missing
    file gives {}. A malformed file raises DocumentError naming the row.
    """
    path = Path(corpus_dir) / METADATA_FILE
    if not path.exists():
        return {}
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise DocumentError(f"{METADATA_FILE}: cannot read ({err})") from None
    reader = csv.DictReader(io.StringIO(raw))
    if reader.fieldnames:  # "Doc_ID", " title " written by hand in a spreadsheet
        reader.fieldnames = [name.strip().lower() for name in reader.fieldnames]
    if not reader.fieldnames or "doc_id" not in reader.fieldnames:
        raise DocumentError(f"{METADATA_FILE}: no 'doc_id' column "
                            f"(expected columns: {','.join(METADATA_COLUMNS)})")
    out: dict[str, dict] = {}
    for row in reader:
        line = reader.line_num
        if None in row:
            raise DocumentError(f"{METADATA_FILE} line {line}: more values than columns")
        row = {k: unicodedata.normalize("NFC", (v or "").strip()) for k, v in row.items()}
        doc_id = row["doc_id"]
        if not doc_id:
            if any(row.values()):
                raise DocumentError(f"{METADATA_FILE} line {line}: empty doc_id")
            continue
        if doc_id in out:
            raise DocumentError(f"{METADATA_FILE} line {line}: doc_id {doc_id!r} appears twice")
        for column in ("title", "url"):
            row.setdefault(column, "")
        raw_date = row.get("doc_date", "")
        row["doc_date"] = (_as_date(raw_date, f"{METADATA_FILE} line {line} (doc_id {doc_id})")
                           if raw_date else None)
        out[doc_id] = row
    return out


def _slug(stem: str) -> str:
    """ASCII file-name stem: Vietnamese letters lose their marks, everything else is '-'.

    >>> _slug("Thương mại Việt – Lào 2024!")
    'thuong-mai-viet-lao-2024'
    """
    stem = unicodedata.normalize("NFKD", stem.replace("đ", "d").replace("Đ", "D"))
    stem = "".join(ch for ch in stem if not unicodedata.combining(ch)).lower()
    stem = re.sub(r"[^a-z0-9_]+", "-", stem).strip("-_")
    return stem[:80].rstrip("-_")


def _short_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:8]


def _split_upload_name(filename: str) -> tuple[str, str]:
    """(stem, lower-case suffix) of a name from a browser: any directories dropped, and
    ".txt" is a text file with no name rather than a hidden file with no suffix."""
    base = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    stem, dot, ext = base.rpartition(".")
    return (stem, "." + ext.lower()) if dot else (base, "")


def _check_upload(filename: str, data: bytes) -> str:
    suffix = _split_upload_name(filename)[1]
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(f"unsupported file type {suffix or '(none)'!r} "
                            f"(supported: {', '.join(SUPPORTED_SUFFIXES)})")
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    if not data:
        raise DocumentError("empty file")
    if suffix == ".txt":
        decode_bytes(data)
    else:
        _read_html(data)  # a page with no article is refused now, not at build time
    return suffix


def save_upload(corpus_dir: Path, filename: str, data: bytes) -> Path:
    """Validate an uploaded file and store it in the corpus; returns where it is.

    The name becomes an ASCII slug (no directories, no hidden files). An existing file with
    the same bytes is returned as is; a different file of the same name is never
    overwritten (the new one gets its content hash in its name). Raises DocumentError.
    """
    suffix = _check_upload(filename, data)
    stem = _slug(_split_upload_name(filename)[0]) or "upload-" + _short_hash(data)
    return _store(Path(corpus_dir), stem, suffix, data)


def _store(corpus_dir: Path, stem: str, suffix: str, data: bytes) -> Path:
    corpus_dir.mkdir(parents=True, exist_ok=True)
    corpus = iter_corpus(corpus_dir)
    for existing in corpus:  # the same article under any name
        if existing.stat().st_size == len(data) and existing.read_bytes() == data:
            return existing
    # The doc_id is the name without its suffix: "bai.html" beside "bai.txt" would be a
    # second document with the same id, so a name is taken whatever its suffix.
    taken = {p.stem.lower() for p in corpus}
    candidates = [stem, f"{stem}-{_short_hash(data)}"] + [f"{stem}-{_short_hash(data)}-{i}"
                                                           for i in range(2, 100)]
    for name in candidates:
        target = corpus_dir / (name + suffix)
        if target.exists():
            if target.read_bytes() == data:
                return target
            continue
        if name.lower() in taken:
            continue
        if _write_new(target, data):
            return target
        if target.read_bytes() == data:  # someone stored the same file a moment ago
            return target
    raise DocumentError(f"cannot find a free file name for {stem}{suffix}")


def _write_new(target: Path, data: bytes) -> bool:
    """Write atomically without replacing anything: False if ``target`` appeared meanwhile."""
    tmp = _write_temp(target.parent, data)
    try:
        os.link(tmp, target)  # atomic, and fails instead of overwriting
        return True
    except FileExistsError:
        return False
    except OSError:  # no hard links here (some network/FAT file systems)
        if target.exists():
            return False
        os.replace(tmp, target)
        return True
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _write_temp(directory: Path, data: bytes) -> str:
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return tmp


@contextlib.contextmanager
def _metadata_lock(corpus_dir: Path):
    """Two app sessions saving at once must not lose each other's metadata rows."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, the atomic replace still keeps the file whole
        yield
        return
    with open(corpus_dir / ".metadata.lock", "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def save_text(corpus_dir: Path, text: str, title: str = "", doc_date: Optional[date] = None,
              url: str = "") -> Path:
    """Store pasted text as a .txt article and record title/url/date in metadata.csv.

    The file name is the title's slug (or ``text-<hash>``). metadata.csv keeps one row per
    doc_id, sorted by doc_id, UTF-8, ``\\n`` line ends, so the same rows give the same bytes.
    """
    corpus_dir = Path(corpus_dir)
    text = unicodedata.normalize("NFC", (text or "").replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        raise DocumentError("empty text")
    data = (text + "\n").encode("utf-8")
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    decode_bytes(data)  # control characters pasted from who knows where
    title = " ".join(unicodedata.normalize("NFC", title or "").split())
    url = (url or "").strip()
    if doc_date is not None:
        doc_date = _as_date(doc_date, "save_text")
    stem = _slug(title) or "text-" + _short_hash(data)
    corpus_dir.mkdir(parents=True, exist_ok=True)
    with _metadata_lock(corpus_dir):
        rows = load_metadata(corpus_dir)  # a broken metadata.csv stops us before any write
        before = set(iter_corpus(corpus_dir))
        path = _store(corpus_dir, stem, ".txt", data)
        try:
            _write_metadata(corpus_dir, rows, path.stem, title=title, url=url, doc_date=doc_date)
        except BaseException:
            if path not in before:  # all or nothing: no article without its metadata row
                path.unlink(missing_ok=True)
            raise
    return path


def remove_article(corpus_dir: Path, path: Path) -> None:
    """Take an article back out of the corpus, with its metadata.csv row (the Add page does this
    when a new article yields no figure, so the corpus is exactly as it was before)."""
    corpus_dir, path = Path(corpus_dir), Path(path)
    with _metadata_lock(corpus_dir):
        rows = load_metadata(corpus_dir)
        path.unlink(missing_ok=True)
        others = [p for p in iter_corpus(corpus_dir) if p.stem == path.stem]
        if path.stem in rows and not others:
            del rows[path.stem]
            _write_metadata_rows(corpus_dir, rows)


def _write_metadata(corpus_dir: Path, rows: dict[str, dict], doc_id: str, title: str, url: str,
                    doc_date: Optional[date]) -> None:
    row = rows.get(doc_id, {"doc_id": doc_id, "title": "", "url": "", "doc_date": None})
    # Blank fields do not erase what an earlier save recorded.
    if title:
        row["title"] = title
    if url:
        row["url"] = url
    if doc_date:
        row["doc_date"] = doc_date
    rows[doc_id] = row
    _write_metadata_rows(corpus_dir, rows)


def _write_metadata_rows(corpus_dir: Path, rows: dict[str, dict]) -> None:
    columns = list(METADATA_COLUMNS)
    for r in rows.values():
        columns += [k for k in r if k not in columns]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for key in sorted(rows):
        r = dict(rows[key])
        r["doc_date"] = r["doc_date"].isoformat() if r.get("doc_date") else ""
        writer.writerow({c: r.get(c, "") for c in columns})
    tmp = _write_temp(corpus_dir, out.getvalue().encode("utf-8"))
    try:
        os.replace(tmp, corpus_dir / METADATA_FILE)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
