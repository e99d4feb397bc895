"""Property tests: the extractor never raises on arbitrary text, and every span it returns
lies inside its sentence and reads back its surface."""
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import extract_text

# Text made of the pieces that matter (digits, separators, scale and cue words, Vietnamese
# letters) so the generator reaches the rules rather than only random code points.
PIECES = st.sampled_from([
    "1", "2", "0", "9", ",", ".", "–", "-", "/", "%", " ", "\n", ";", "(", ")", "tỷ", "triệu",
    "nghìn", "USD", "kíp", "đồng", "tăng", "giảm", "so với", "năm", "2024", "quý I", "tháng",
    "kim ngạch", "xuất khẩu", "nhập khẩu", "sang", "từ", "Lào", "Việt Nam", "Campuchia",
    "dự án", "thứ ba", "dẫn đầu", "nhà đầu tư", "tại", "ước đạt", "hiện", "cùng kỳ", "gấp",
    "chiếm", "đạt", "lên", "còn", "ĐỌC THÊM", "./.", "ǅ", "\u0301", "e",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map("".join))


def _check(text, doc_date):
    claims = extract_text(text, doc_id="p", doc_date=doc_date)
    import unicodedata
    normal = unicodedata.normalize("NFC", text)
    for c in claims:
        assert normal[c.start:c.end] == c.surface
        assert normal[c.sentence_start:c.sentence_end] == c.sentence
        assert c.sentence_start <= c.start <= c.end <= c.sentence_end
        assert c.value_low <= c.value <= c.value_high
        assert c.period_start <= c.period_end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2040, 12, 31))))
def test_never_raises_and_spans_hold(text, doc_date):
    _check(text, doc_date)


def test_garbled_numbers():
    for text in ["Kim ngạch đạt 1,2,3 tỷ USD năm 2024.", "Kim ngạch đạt 1..5 tỷ USD năm 2024.",
                 "Kim ngạch đạt 12tỷUSD năm 2024.", "Xuất khẩu năm 2024 đạt ,5 triệu USD.",
                 "Thương mại năm 2024 đạt 99999999999999999999999 tỷ USD."]:
        _check(text, date(2024, 6, 1))
