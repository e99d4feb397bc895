"""Source text as safe markup: every character from a document is HTML-escaped.

The pages pass this markup to ``st.html`` (no markdown processing, DOMPurify on top), so a
document holding ``<script>`` or ``**markdown**`` shows those characters literally.

    >>> highlight("Trade hit <b>1,2 tỷ USD</b>.", 13, 16)
    'Trade hit &lt;b&gt;<mark class="fig">1,2</mark> tỷ USD&lt;/b&gt;.'
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import quote, urlparse

import pandas as pd

MARK_STYLE = (
    "<style>mark.fig{background:#ffd54f;color:#111;padding:0 .15em;border-radius:.2em}"
    "mark.fig.sel{outline:2px solid #e65100}"
    "a.figlink{text-decoration:none}"
    ".srcdoc{white-space:pre-wrap;line-height:1.6;font-size:.95rem}"
    ".srcsent{white-space:pre-wrap;line-height:1.6;font-size:1.05rem;"
    "border-left:4px solid #ffb300;padding:.4em .8em}</style>"
)


def esc(s: object) -> str:
    return html.escape("" if s is None else str(s), quote=True)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(s: object) -> str:
    """Text for a Streamlit markdown element (st.error, st.info…) shown literally.

    >>> print(md_escape("**x** [a](javascript:1) <b>"))
    \\*\\*x\\*\\* \\[a\\]\\(javascript\\:1\\) \\<b\\>
    """
    return _MD_SPECIAL.sub(r"\\\1", "" if s is None else str(s))


def safe_url(url: object) -> Optional[str]:
    """Only http(s) links are shown as links: ``javascript:`` and friends never are.

    >>> safe_url("https://vnexpress.net/a"), safe_url("javascript:alert(1)"), safe_url("")
    ('https://vnexpress.net/a', None, None)
    """
    u = str(url or "").strip()
    try:
        parsed = urlparse(u)
    except ValueError:
        return None
    return u if parsed.scheme in ("http", "https") and parsed.netloc else None


def highlight(text: str, start: int, end: int, cls: str = "fig") -> str:
    """``text`` escaped, with ``text[start:end]`` inside a ``<mark>``."""
    if not (0 <= start <= end <= len(text)):
        return esc(text)
    return f'{esc(text[:start])}<mark class="{cls}">{esc(text[start:end])}</mark>{esc(text[end:])}'


def figure_span(row: pd.Series) -> tuple[int, int]:
    """Where the figure sits inside ``row.sentence``: from the offsets, else by searching."""
    sentence, surface = str(row["sentence"]), str(row["surface"])
    try:
        a = int(row["start"]) - int(row["sentence_start"])
        b = int(row["end"]) - int(row["sentence_start"])
    except (TypeError, ValueError):
        a = b = -1
    if 0 <= a <= b <= len(sentence) and (not surface or sentence[a:b] == surface):
        return a, b
    i = sentence.find(surface) if surface else -1
    return (i, i + len(surface)) if i >= 0 else (-1, -1)


def sentence_markup(row: pd.Series) -> str:
    a, b = figure_span(row)
    body = highlight(str(row["sentence"]), a, b) if a >= 0 else esc(row["sentence"])
    return f'{MARK_STYLE}<div class="srcsent">{body}</div>'


def snippet(sentence: str, n: int = 90) -> str:
    s = " ".join(str(sentence).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


# --------------------------------------------------------------------------------------------
# Documents on disk


@dataclass
class DocText:
    text: str
    path: Optional[Path]
    exact: bool  # the offsets in the table match this text


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None:
            return str(best)
    except Exception:  # charset_normalizer missing or failing: fall through to latin-1
        pass
    return data.decode("latin-1")


def _via_extractor(path: Path) -> Optional[str]:
    """The extractor's own reader (HTML main text), when the other helper's module has one."""
    try:
        from extract import documents as docs_mod  # noqa: WPS433 (optional dependency)
    except Exception:
        return None
    for name in ("read_document", "load_document", "read_file"):
        fn = getattr(docs_mod, name, None)
        if fn is None:
            continue
        try:
            doc = fn(path)
        except Exception:
            continue
        text = getattr(doc, "text", doc)
        if isinstance(text, str):
            return text
    return None


def find_document(articles: Path, doc_id: str) -> Optional[Path]:
    for ext in (".txt", ".html", ".htm", ".TXT", ".HTML"):
        p = articles / f"{doc_id}{ext}"
        if p.is_file():
            return p
    return None


def load_document(articles: Path, doc_id: str, claims: pd.DataFrame) -> DocText:
    """The document text the offsets of ``claims`` point into, or the best we can find."""
    path = find_document(articles, doc_id)
    if path is None:
        return DocText("", None, False)
    candidates = []
    if path.suffix.lower() == ".txt":
        candidates.append(unicodedata.normalize("NFC", _decode(path.read_bytes())))
    via = _via_extractor(path)
    if via is not None:
        candidates.append(via)
    for text in candidates:
        if offsets_match(text, claims):
            return DocText(text, path, True)
    return DocText(candidates[0] if candidates else "", path, False)


def offsets_match(text: str, claims: pd.DataFrame) -> bool:
    if claims.empty:
        return True
    for s, e, surface in zip(claims["_start"], claims["_end"], claims["surface"]):
        if not (0 <= s <= e <= len(text)) or (surface and text[s:e] != surface):
            return False
    return True


def document_markup(text: str, claims: pd.DataFrame, link: str = "claims",
                    selected: Optional[str] = None) -> str:
    """The whole document, escaped, with each figure marked and linked to its claim row."""
    spans = sorted(
        ((int(s), int(e), str(cid)) for s, e, cid in zip(claims["_start"], claims["_end"], claims["claim_id"])
         if 0 <= s < e <= len(text)),
        key=lambda t: (t[0], -t[1]))
    out, pos = [], 0
    for s, e, cid in spans:
        if s < pos:  # two claims on one figure (a range read twice): mark it once
            continue
        cls = "fig sel" if cid == selected else "fig"
        out.append(esc(text[pos:s]))
        out.append(f'<a class="figlink" href="{esc(link)}?claim={quote(cid)}" target="_self" '
                   f'title="{esc(cid)}"><mark class="{cls}">{esc(text[s:e])}</mark></a>')
        pos = e
    out.append(esc(text[pos:]))
    return f'{MARK_STYLE}<div class="srcdoc">{"".join(out)}</div>'


def sentences_markup(claims: pd.DataFrame) -> str:
    """When the text is not on disk: each claim's sentence, in document order."""
    parts = []
    seen = set()
    for _, row in claims.sort_values("_start").iterrows():
        key = (row["_sentence_start"], row["sentence"])
        if key in seen:
            continue
        seen.add(key)
        a, b = figure_span(row)
        parts.append(highlight(str(row["sentence"]), a, b) if a >= 0 else esc(row["sentence"]))
    return MARK_STYLE + '<div class="srcdoc">' + "<br><br>".join(parts) + "</div>"
