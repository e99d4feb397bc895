"""The pipeline: normalise -> sentences -> mentions -> period -> indicator/countries -> claims."""
from __future__ import annotations

import hashlib
import unicodedata
from datetime import date
from pathlib import Path
from typing import Optional

from .model import Claim, Document

_HERE = Path(__file__).parent


def _version() -> str:
    h = hashlib.sha1()
    for p in sorted(_HERE.rglob("*")):
        if p.suffix in {".py", ".csv", ".json", ".txt"} and "__pycache__" not in p.parts:
            h.update(p.relative_to(_HERE).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


# Changes whenever any rule, lexicon file or the model changes: caches key on it.
EXTRACTOR_VERSION = _version()


def extract_document(doc: Document) -> list[Claim]:
    """All claims of one document. Pure: same document, same claims, same order."""
    return []  # filled in by the extraction rules


def extract_text(text: str, doc_id: str = "text", doc_date: Optional[date] = None,
                 title: str = "", url: str = "") -> list[Claim]:
    text = unicodedata.normalize("NFC", text)
    return extract_document(Document(doc_id=doc_id, text=text, doc_date=doc_date,
                                     title=title, url=url))
