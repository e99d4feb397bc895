"""The claims table on disk: ``data/indicators.csv``, one row per ``Claim``.

The file is the project's contract with the scorer and the dashboard, so its bytes are fixed by
the claims alone: header ``CLAIM_COLUMNS``, rows in ``row_sort_key`` order, numbers written
plainly, dates ISO, UTF-8 without BOM, ``\\n`` line endings. It is always written atomically (a
temporary file in the same directory, then ``os.replace``), so a reader, or a build that fails
half-way, never sees a half-written table.

    >>> format_decimal(Decimal("1.15E+9")), format_decimal(Decimal("12.60")), format_decimal(Decimal("-9.2"))
    ('1150000000', '12.6', '-9.2')
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, Iterable, Iterator, Mapping, Sequence

from .model import CLAIM_COLUMNS, Claim

Row = dict[str, str]
Cells = tuple[str, ...]  # one row's cells in CLAIM_COLUMNS order: the build's working form

# Columns that hold Decimals, dates and ints: how ``row_to_claim`` turns text back into values.
DECIMAL_COLUMNS = ("value", "value_low", "value_high")
DATE_COLUMNS = ("period_start", "period_end", "doc_date")
INT_COLUMNS = ("start", "end", "sentence_start", "sentence_end")


def format_decimal(d: Decimal) -> str:
    """Plain notation: no exponent, no trailing zeros, no ``-0``.

    >>> [format_decimal(Decimal(s)) for s in ("476800000.0", "0.50", "-0", "1E+3", "100")]
    ['476800000', '0.5', '0', '1000', '100']
    """
    if d.is_zero():
        return "0"
    text = format(d.normalize(), "f")
    return text


def format_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_decimal(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _cell(value: object) -> str:
    # The hot path of writing a table: most cells are already strings.
    kind = type(value)
    if kind is str:
        return value
    if kind is int:
        return str(value)
    return format_cell(value)


def claim_to_cells(c: Claim) -> Cells:
    """One claim as the table's text cells, in ``CLAIM_COLUMNS`` order."""
    values = c.__dict__
    return tuple([_cell(values[name]) for name in CLAIM_COLUMNS])


def claim_to_row(c: Claim) -> Row:
    """One claim as the table's text cells, keyed by ``CLAIM_COLUMNS``."""
    return dict(zip(CLAIM_COLUMNS, claim_to_cells(c)))


def row_to_claim(row: Mapping[str, str]) -> Claim:
    """The inverse of ``claim_to_row`` (used for cached results and by readers of the CSV)."""
    data: dict[str, object] = {name: row.get(name, "") for name in CLAIM_COLUMNS}
    if not data["doc_date"]:
        data["doc_date"] = None
    return Claim.model_validate(data)


def row_sort_key(row: Mapping[str, str]) -> tuple:
    """The table's row order: by document, then position in the text, then the claim's keys."""
    return (row["doc_id"], int(row["start"]), row["indicator"], row["measure"], row["claim_id"])


_DOC, _START, _IND, _MEAS, _ID = (CLAIM_COLUMNS.index(c) for c in
                                  ("doc_id", "start", "indicator", "measure", "claim_id"))


def cells_sort_key(cells: Cells) -> tuple:
    """``row_sort_key`` for cells."""
    return (cells[_DOC], int(cells[_START]), cells[_IND], cells[_MEAS], cells[_ID])


def cells_to_row(cells: Sequence[str]) -> Row:
    return dict(zip(CLAIM_COLUMNS, cells))


def sort_rows(rows: Iterable[Row]) -> list[Row]:
    return sorted(rows, key=row_sort_key)


def _csv_writer(handle: IO[str]) -> "csv._writer":
    # QUOTE_MINIMAL and "\n": the smallest, most diff-friendly file that every CSV reader accepts.
    return csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)


class TableWriter:
    """Streams rows into the table; see ``open_table``. Rows must arrive in table order."""

    def __init__(self, handle: IO[str]):
        self._handle = handle
        self._writer = _csv_writer(handle)
        self._writer.writerow(CLAIM_COLUMNS)
        self.rows = 0

    def write_rows(self, rows: Iterable[Mapping[str, str]]) -> None:
        self.write_cells([[row[name] for name in CLAIM_COLUMNS] for row in rows])

    def write_cells(self, rows: Sequence[Sequence[str]]) -> None:
        """Rows given as cells in ``CLAIM_COLUMNS`` order."""
        self._writer.writerows(rows)
        self.rows += len(rows)

    def write_fragment(self, fragment: str, rows: int) -> None:
        """Rows already rendered by ``render_cells`` (the fast path of a build: workers and the
        cache render, the writer only concatenates)."""
        self._handle.write(fragment)
        self.rows += rows


def render_cells(rows: Sequence[Sequence[str]]) -> str:
    """The exact text ``TableWriter.write_cells`` would write for ``rows``."""
    buffer = io.StringIO(newline="")
    _csv_writer(buffer).writerows(rows)
    return buffer.getvalue()


def parse_fragment(fragment: str) -> list[Cells]:
    """The inverse of ``render_cells``."""
    return [tuple(r) for r in csv.reader(io.StringIO(fragment, newline=""))]


@contextmanager
def atomic_output(path: Path, mode: str = "w") -> Iterator[IO]:
    """A file handle whose content replaces ``path`` only if the ``with`` block succeeds.

    The temporary file sits in the same directory so that ``os.replace`` is an atomic rename on
    the same file system; on any exception it is removed and ``path`` keeps its old content.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        kwargs = {"encoding": "utf-8", "newline": ""} if "b" not in mode else {}
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates 0600; a table is meant to be read by others, like any new file.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def open_table(path: Path) -> Iterator[TableWriter]:
    """Write the table row by row, atomically: ``with open_table(p) as t: t.write_rows(rows)``."""
    with atomic_output(path) as handle:
        yield TableWriter(handle)


def write_rows(rows: Iterable[Mapping[str, str]], path: Path) -> int:
    """Sort ``rows`` into table order and write them atomically; returns the number of rows."""
    with open_table(path) as table:
        table.write_rows(sort_rows(rows))
    return table.rows


def write_claims(claims: Iterable[Claim], path: Path) -> int:
    """Write ``claims`` as the claims table at ``path`` (atomic); returns the number of rows.

    Same claims in any order -> same bytes.
    """
    with open_table(path) as table:
        table.write_cells(sorted((claim_to_cells(c) for c in claims), key=cells_sort_key))
    return table.rows


def claims_to_csv_text(claims: Iterable[Claim]) -> str:
    """The table's exact text, in memory (for downloads in the app and for tests)."""
    buffer = io.StringIO(newline="")
    writer = TableWriter(buffer)
    writer.write_cells(sorted((claim_to_cells(c) for c in claims), key=cells_sort_key))
    return buffer.getvalue()


def read_claims_csv(path: Path) -> list[Row]:
    """The table's rows as dicts of strings (columns as in the file's header)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_claims(path: Path) -> list[Claim]:
    """The table's rows as ``Claim`` objects."""
    return [row_to_claim(row) for row in read_claims_csv(path)]


def header_of(path: Path) -> Sequence[str]:
    with open(path, encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle), [])
