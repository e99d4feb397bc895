"""Rule-based extraction of economic claims from Vietnamese news.

Public API:
    extract_text(text, doc_id=..., doc_date=...) -> list[Claim]
    extract_document(Document) -> list[Claim]
    EXTRACTOR_VERSION: changes whenever a rule, a lexicon file or the model changes
"""
from .model import CLAIM_COLUMNS, Claim, Document, SCORED_INDICATORS
from .pipeline import EXTRACTOR_VERSION, extract_document, extract_text

__all__ = ["CLAIM_COLUMNS", "Claim", "Document", "SCORED_INDICATORS", "EXTRACTOR_VERSION",
           "extract_document", "extract_text"]
