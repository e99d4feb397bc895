"""Vocabulary files are data checked when loaded: every row's example matches its pattern."""
import shutil

import pytest

from extract import vocab


def all_entries():
    for name in ("CURRENCIES", "COUNTRIES", "PLACES", "ORGANISATIONS", "INDICATOR_CUES", "STATUS_CUES", "COMMODITIES", "BORDER_GATES",
                 "EXCLUSIONS"):
        for e in getattr(vocab, name):
            yield name, e


ENTRIES = list(all_entries())


@pytest.mark.parametrize("table,entry", ENTRIES, ids=[f"{t}:{e.name}" for t, e in ENTRIES])
def test_every_row_matches_its_example(table, entry):
    assert entry.pattern.search(entry.example)


@pytest.mark.parametrize("text,found", [
    ("doanh nghiệp Quảng Trị xuất sang Lào", [("Quảng Trị", "VN", True), ("Lào", "LA", False)]),
    ("cửa khẩu Lào Cai giáp Trung Quốc", [("Lào Cai", "VN", True), ("Trung Quốc", "CN", False)]),
    ("TP.HCM và Phnom Penh", [("TP.HCM", "VN", True), ("Phnom Penh", "KH", False)]),
    ("vì hòa bình, Thái Lan", [("Thái Lan", "TH", False)]),  # the word, not the province
    ("Thanh Hóa và Thanh Hoá", [("Thanh Hóa", "VN", True), ("Thanh Hoá", "VN", True)]),
])
def test_places_name_their_country_and_say_they_are_places(text, found):
    assert [(m.group(0), vocab.country_of(m), vocab.is_place(m))
            for m in vocab.COUNTRY_RE.finditer(text)] == found


def test_every_scored_indicator_has_a_cue():
    assert {e.target for e in vocab.INDICATOR_CUES} == vocab.INDICATOR_KEYS


def test_scale_words_are_powers_of_ten():
    assert vocab.SCALE_WORDS["tỷ"] == vocab.SCALE_WORDS["tỉ"] == 10**9
    assert vocab.SCALE_WORDS["nghìn tỷ"] == 10**12


@pytest.mark.parametrize("bad_row,message", [
    ('ước,guess,ước đạt,ước đạt 1 tỷ USD\n', "unknown status"),
    ('ước,estimate,ước xyz,ước đạt 1 tỷ USD\n', "misses its example"),
    ('ước,estimate,(ước,ước đạt 1 tỷ USD\n', "bad pattern"),
])
def test_a_bad_row_fails_at_load(tmp_path, monkeypatch, bad_row, message):
    shutil.copy(vocab.DATA / "status_cues.csv", tmp_path / "status_cues.csv")
    with open(tmp_path / "status_cues.csv", "a", encoding="utf-8") as f:
        f.write(bad_row)
    monkeypatch.setattr(vocab, "DATA", tmp_path)
    with pytest.raises(vocab.VocabError, match=message):
        vocab._entries("status_cues.csv", ("name", "status", "pattern", "example"), "status",
                       vocab.STATUS_KEYS)
