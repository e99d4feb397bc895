"""The contract: one pydantic model per claim row, one dataclass per document.

The CSV header of ``data/indicators.csv`` is ``CLAIM_COLUMNS``, taken from ``Claim``'s fields,
so the table and the model cannot drift apart. The first fifteen columns are the ones
``shared/eval/SCHEMA.md`` requires; the rest are provenance and traceability.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, model_validator

Indicator = str  # scored keys are in SCORED_INDICATORS; other economic keys are kept
Measure = Literal["level", "change_pct"]
# The contract's units (SCHEMA.md). Baht, yuan and riel are still read as money, so that
# "107,5 tỷ baht" is never a bare number, but no claim is made in them.
Unit = Literal["USD", "VND", "LAK", "count", "percent", "rank"]
CONTRACT_CURRENCIES = ("USD", "VND", "LAK")
Status = Literal["actual", "estimate", "forecast", "target"]

SCORED_INDICATORS = (
    "trade_total",
    "export",
    "import",
    "investment_projects",
    "investment_capital",
    "investor_rank",
    "aid",
)


class Claim(BaseModel):
    """One quantitative claim read from one sentence of one document."""

    model_config = ConfigDict(frozen=True)

    # --- the columns SCHEMA.md requires -------------------------------------------------
    doc_id: str
    indicator: Indicator
    measure: Measure
    value: Decimal
    value_low: Decimal
    value_high: Decimal
    unit: Unit
    period_start: date
    period_end: date
    status: Status
    reporter: str  # ISO 3166 alpha-2
    partner: str
    commodity: str = ""
    sentence: str
    doc_date: Optional[date] = None
    # --- provenance and traceability -----------------------------------------------------
    claim_id: str = ""
    surface: str  # the figure exactly as printed: document_text[start:end]
    start: int  # character offsets into the normalised document text
    end: int
    sentence_start: int
    sentence_end: int
    period_text: str = ""  # the words the period was read from, or how it was inferred
    rule: str  # name of the rule that produced the figure, e.g. "<số> tỷ|triệu USD"
    doc_title: str = ""
    doc_url: str = ""

    @model_validator(mode="after")
    def _check(self) -> "Claim":
        if not (self.value_low <= self.value <= self.value_high):
            raise ValueError(f"value {self.value} outside [{self.value_low}, {self.value_high}]")
        if self.period_start > self.period_end:
            raise ValueError(f"period {self.period_start} after {self.period_end}")
        if not (self.sentence_start <= self.start <= self.end <= self.sentence_end):
            raise ValueError("figure span outside its sentence")
        if not self.claim_id:
            object.__setattr__(self, "claim_id", claim_id_for(self))
        return self


def claim_id_for(c: Claim) -> str:
    """A stable id: the same claim in the same document always gets the same id."""
    key = "|".join(
        str(x)
        for x in (c.doc_id, c.indicator, c.measure, c.reporter, c.partner, c.commodity,
                  c.period_start, c.period_end, c.unit, c.start, c.end)
    )
    return c.doc_id + "-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


CLAIM_COLUMNS: tuple[str, ...] = tuple(Claim.model_fields)


@dataclass(frozen=True)
class Document:
    """A document ready for extraction: NFC text plus what is known about it."""

    doc_id: str
    text: str
    title: str = ""
    url: str = ""
    doc_date: Optional[date] = None
    date_source: str = ""  # how doc_date was found ("dateline", "metadata", "inferred year" …)
    path: str = ""
    encoding: str = ""
    meta: dict = field(default_factory=dict, compare=False, hash=False)
