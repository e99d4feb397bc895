"""Sentences with character offsets.

Line breaks are boundaries (headlines, datelines and captions have no final stop). Inside a
line a sentence ends at ". ", "! ", "? " followed by an upper-case letter, a digit or a quote,
except after an abbreviation ("TP.", "PGS.", "TS."), inside a number ("1.250", "17.2.2026"),
inside a URL, and the end-of-article mark "./." stays with its sentence.

>>> text = "Theo TP. Hồ Chí Minh, kim ngạch đạt 1.250 triệu USD. Năm 2023 tăng./.\\nDòng hai"
>>> [text[a:b] for a, b in split_sentences(text)]
['Theo TP. Hồ Chí Minh, kim ngạch đạt 1.250 triệu USD.', 'Năm 2023 tăng./.', 'Dòng hai']
"""
from __future__ import annotations

import re

ABBREVIATIONS = {
    "tp", "pgs", "gs", "ts", "ths", "th.s", "bs", "ks", "ls", "nxb", "tt", "q", "p", "st",
    "mr", "mrs", "ms", "dr", "no", "vs", "v.v", "tr", "ông", "bà",
}

# Candidate ends: terminal punctuation (keeping "./." and closing quotes/brackets with it),
# then white space, then something that can start a sentence.
_END = re.compile(r"(?:\./\.|[.!?…]+)[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-ZÀ-ỸĐ0-9])")
_URL = re.compile(r"https?://\S+|www\.\S+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, stripped of surrounding white space."""
    spans: list[tuple[int, int]] = []
    url_spans = [(m.start(), m.end()) for m in _URL.finditer(text)]
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        start = line_start
        for m in _END.finditer(text, line_start, line_end):
            if _protected(text, m.start(), url_spans):
                continue
            _add(spans, text, start, m.end())
            start = m.end()
        _add(spans, text, start, line_end)
    return spans


def _protected(text: str, dot: int, url_spans) -> bool:
    if any(a <= dot < b for a, b in url_spans):
        return True
    if text[dot] != ".":
        return False
    word = re.search(r"([\w.]+)$", text[max(0, dot - 12):dot])
    if word:
        w = word.group(1).lower()
        if w in ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
            return True
    return False


def _add(spans, text, a, b):
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))
