#!/usr/bin/env python3
"""Validate an evaluation set's gold.jsonl against its documents (standard library only).

    python tests/corpus/validate_gold.py tests/corpus/blind8            # the report
    python tests/corpus/validate_gold.py tests/corpus/blind8 --quiet    # errors and summary only
    python tests/corpus/validate_gold.py tests/corpus/blind8 --dump b8_13
    python tests/corpus/validate_gold.py tests/corpus/blind6 --perfect-csv /tmp/b6.csv [--shuffle]

One validator for every set under tests/corpus/ (it replaces the per-set copies of
shared/eval/dev/validate.py).  A set folder holds gold.jsonl and docs/<doc>.txt or
docs/<doc>.html; an optional validate.json there switches on the checks that only some sets
want (see OPTIONS).  Exit status is 1 when any ERROR is found; WARN lines do not fail the run.

Checks (as in shared/eval/SCHEMA.md and shared/eval/dev/validate.py, plus the sets' additions)
  * every line is JSON, kind is "doc" or "claim", doc ids are unique
  * every claim's doc has a doc line, every doc line a document file, every document file
    in docs/ a doc line; document files are NFC
  * doc_date is null or an ISO date; for an HTML page it equals article:published_time
  * indicator / measure / unit / status in the allowed sets; indicator-unit-measure agree
  * reporter / partner are two upper-case letters and differ; commodity null or non-empty
  * value, low, high are numbers with low <= value <= high; a range's value is its midpoint
  * period_start / period_end are ISO dates with start <= end
  * text and sentence_contains occur verbatim in the document, sentence_contains is 8-60
    characters, and at least one sentence of the document contains both
  * the number written in `text` agrees with value/low/high (Vietnamese notation parser, which
    also reads "đô-la Mỹ" and "phần trăm"); a table cell whose unit is printed in a column header
    carries an optional claim field "text_scale" (e.g. 1000000) by which the cell is multiplied
  * `text` is not a multiplier ("gấp đôi", "gấp N lần"): multipliers are not claims
  * a change written right after "(-" or "(+" has that sign
  * no two claims share doc, indicator and countries (after export/import swap; trade_total
    with the two countries in either order), measure, commodity, period and value

An HTML document is validated against the visible text of its article: <head>, <script>,
<style> and comments are dropped; only the first <article> element (or, when there is none,
the first element whose class is "detail") is kept; block elements end a line, and the cells
of a table row are joined with " | " so that one table row is one line (one "sentence").
"""
import argparse
import csv
import datetime
import html.parser
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# ------------------------------------------------------------------ schema
INDICATORS = {'trade_total', 'export', 'import', 'investment_projects',
              'investment_capital', 'investor_rank', 'aid'}
MEASURES = {'level', 'change_pct'}
UNITS = {'USD', 'VND', 'LAK', 'count', 'percent', 'rank'}
MONEY = {'USD', 'VND', 'LAK'}
STATUSES = {'actual', 'estimate', 'forecast', 'target'}
LEVEL_UNITS = {
    'trade_total': MONEY, 'export': MONEY, 'import': MONEY, 'investment_capital': MONEY,
    'aid': MONEY, 'investment_projects': {'count'}, 'investor_rank': {'rank'},
}
CLAIM_FIELDS = ['doc', 'indicator', 'measure', 'value', 'low', 'high', 'unit',
                'period_start', 'period_end', 'status', 'reporter', 'partner',
                'commodity', 'text', 'sentence_contains']
# text_scale: multiplier for a table cell whose unit is printed in the column header
OPTIONAL_CLAIM_FIELDS = {'kind', 'note', 'text_scale'}
DOC_FIELDS = {'kind', 'doc', 'doc_date', 'note'}
DOC_SUFFIXES = ('.txt', '.html')

# Per-set switches read from <set>/validate.json.  They exist because the sets were written
# to different briefs: a word range or a printed date is a property of one set's texts, not
# of the schema, so checking it everywhere would flag documents that are fine.
OPTIONS = {
    # [min, max] whitespace tokens per document (the article text for HTML); WARN outside
    'words': None,
    # WARN when doc_date is not written in the text (d/m/yyyy, "ngày d tháng m năm yyyy", ...)
    'doc_date_printed': False,
}

PERFECT_COLUMNS = ['doc_id', 'indicator', 'measure', 'value', 'value_low', 'value_high', 'unit',
                   'period_start', 'period_end', 'status', 'reporter', 'partner', 'commodity',
                   'sentence', 'doc_date']


class Report:
    """Collects ERROR and WARN lines so that a caller (CLI or test) decides what to print."""

    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, where, msg):
        self.errors.append(f'ERROR {where}: {msg}')

    def warn(self, where, msg):
        self.warnings.append(f'WARN  {where}: {msg}')


@dataclass
class Document:
    path: Path
    text: str                # what gold refers to: the file, or an HTML page's article text (NFC)
    meta: dict = field(default_factory=dict)   # <meta property=...> of an HTML page


@dataclass
class GoldSet:
    """What check_gold learnt, for the summary and for --perfect-csv."""
    docs: dict               # doc id -> its doc line
    documents: dict          # doc id -> Document
    claims: list             # the usable claim lines (dicts), in file order
    n_claims: int            # all claim lines, usable or not
    report: Report


def nfc(s):
    return unicodedata.normalize('NFC', s)


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def load_options(folder):
    """Defaults overridden by <folder>/validate.json; an unknown key is a typo, so refuse it."""
    options = dict(OPTIONS)
    path = Path(folder) / 'validate.json'
    if path.exists():
        given = json.loads(path.read_text(encoding='utf-8'))
        unknown = set(given) - set(OPTIONS)
        if unknown:
            raise ValueError(f'{path}: unknown options {sorted(unknown)}')
        options.update(given)
    return options


# --------------------------------------------------------------- sentences
SENT_END = re.compile(r'([.!?…]+["”»)]?)\s+')


def sentences(text):
    """Split a document into sentences: every line is a unit, and inside a line a
    sentence ends at . ! ? … followed by whitespace and an upper-case letter, a digit
    or an opening quote/bracket."""
    out = []
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in SENT_END.finditer(line):
            nxt = line[m.end():m.end() + 1]
            if nxt and (nxt.isupper() or nxt.isdigit() or nxt in '"“(«['):
                out.append(line[start:m.end()].strip())
                start = m.end()
        out.append(line[start:].strip())
    return [s for s in out if s]


# ------------------------------------------------------ Vietnamese numbers
NUM = r'\d+(?:\.\d{3})*(?:,\d+)?'
SCALE_WORDS = [('nghìn tỷ', 1e12), ('nghìn tỉ', 1e12), ('ngàn tỷ', 1e12), ('tỷ', 1e9),
               ('tỉ', 1e9), ('triệu', 1e6), ('nghìn', 1e3), ('ngàn', 1e3)]
RANK_WORDS = {'nhất': 1, 'đầu': 1, 'dẫn đầu': 1, 'lớn nhất': 1, 'một': 1, 'nhì': 2,
              'hai': 2, 'ba': 3, 'tư': 4, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7,
              'tám': 8, 'chín': 9, 'mười': 10}
# Unit words removed before reading the number.  "đô-la" must go before the range split on
# "-", or "5 triệu đô-la" would read as the range "5 triệu đô" – "la".
UNIT_WORDS = re.compile(r'(USD|đô-la Mỹ|đô-la|đôla Mỹ|đôla|đô la|đồng|kíp|kip|%|phần trăm|dự án)')


def vn_float(s):
    return float(s.replace('.', '').replace(',', '.'))


def parse_amount(chunk):
    """'3 tỷ 370 triệu' -> 3.37e9 ; '1,36 tỷ' -> 1.36e9 ; '50.000' -> 50000."""
    total, found = 0.0, False
    pat = re.compile(r'(' + NUM + r')\s*(' + '|'.join(w for w, _ in SCALE_WORDS) + r')?')
    for m in pat.finditer(chunk):
        found = True
        mult = dict(SCALE_WORDS).get(m.group(2), 1) if m.group(2) else 1
        total += vn_float(m.group(1)) * mult
    return total if found else None


def text_unit(text):
    t = text.lower()
    if '%' in t or 'phần trăm' in t:
        return 'percent'
    if 'usd' in t or 'đôla' in t or 'đô la' in t or 'đô-la' in t:
        return 'USD'
    if 'đồng' in t:
        return 'VND'
    if 'kíp' in t or 'kip' in t:
        return 'LAK'
    return None


def parse_text(text, unit):
    """Return (low, high) as written (unsigned), or None when not parseable."""
    t = text.strip()
    if unit == 'rank':
        m = re.search(r'\d+', t)
        if m:
            v = float(m.group())
            return v, v
        tl = t.lower()
        for w in sorted(RANK_WORDS, key=len, reverse=True):
            if tl.endswith(w):
                return float(RANK_WORDS[w]), float(RANK_WORDS[w])
        return None
    body = UNIT_WORDS.sub(' ', t).strip()
    body = body.lstrip('+').strip()
    parts = re.split(r'\s*(?:–|-|đến)\s*', body)
    if len(parts) == 2 and parts[0] and parts[1]:
        a, b = parse_amount(parts[0]), parse_amount(parts[1])
        if a is None or b is None:
            return None
        # "1,1 – 1,2 tỷ": the scale word written once applies to both ends
        if b >= 1000 and a < 1000 and re.fullmatch(NUM, parts[0].strip()):
            scale = next((mult for w, mult in SCALE_WORDS if w in parts[1]), 1)
            a *= scale
        return a, b
    v = parse_amount(body)
    return (v, v) if v is not None else None


def close(a, b, rel=0.005, absolute=0.05):
    return abs(a - b) <= max(abs(b) * rel, absolute)


# ------------------------------------------------------------ HTML → text
BLOCK_TAGS = {'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'figcaption',
              'figure', 'caption', 'tr', 'table', 'thead', 'tbody', 'header', 'footer', 'nav',
              'section', 'article', 'aside', 'main', 'br', 'blockquote', 'dd', 'dt', 'dl'}
SKIP_TAGS = {'head', 'script', 'style', 'noscript', 'template'}
VOID_TAGS = {'br', 'img', 'meta', 'link', 'input', 'hr', 'source', 'wbr', 'area', 'base', 'col'}


class ArticleText(html.parser.HTMLParser):
    """Collect the visible text of the article region of a saved page.

    Gold annotates only the article: navigation, related-link sidebars and footers carry
    figures too, and must not make a `text` that points there look valid."""

    def __init__(self, has_article):
        super().__init__(convert_charrefs=True)
        self.has_article = has_article   # else the region is the first class="detail" element
        self.parts = []                  # text pieces and '\n' line ends, article region only
        self.meta = {}                   # <meta property=...> content
        self.stack = []                  # open non-void elements
        self.skip = 0                    # > 0 inside head/script/style/...
        self.region = None               # stack depth at which the article region opened
        self.region_done = False         # only the first region counts
        self.cells = 0                   # cells seen in the current table row

    def _in_region(self):
        return self.region is not None and not self.skip

    def _opens_region(self, tag, attrs):
        if self.region is not None or self.region_done:
            return False
        classes = (attrs.get('class') or '').split()
        return tag == 'article' or (not self.has_article and 'detail' in classes)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == 'meta' and attrs.get('property'):
            self.meta[attrs['property']] = attrs.get('content', '')
        if tag in VOID_TAGS:
            if tag == 'br' and self._in_region():
                self.parts.append('\n')
            return
        self.stack.append(tag)
        if tag in SKIP_TAGS:
            self.skip += 1
        if self._opens_region(tag, attrs):
            self.region = len(self.stack)
        if not self._in_region():
            return
        if tag == 'tr':
            # one table row is one line, its cells joined with " | "
            self.cells = 0
            self.parts.append('\n')
        elif tag in ('td', 'th'):
            if self.cells:
                self.parts.append(' | ')
            self.cells += 1
        elif tag in BLOCK_TAGS:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        # pop up to and including the matching tag (tolerates sloppy markup)
        if tag in self.stack:
            while self.stack:
                popped = self.stack.pop()
                if popped in SKIP_TAGS:
                    self.skip -= 1
                if self.region is not None and len(self.stack) < self.region:
                    self.region, self.region_done = None, True
                    self.parts.append('\n')
                if popped == tag:
                    break
        if self._in_region() and tag in BLOCK_TAGS:
            self.parts.append('\n')

    def handle_data(self, data):
        if self._in_region():
            self.parts.append(re.sub(r'\s+', ' ', data))


def html_article_text(raw):
    """Visible text of the article of a saved page, one line per block or table row,
    and the page's <meta property> values."""
    parser = ArticleText(has_article='<article' in raw.lower())
    parser.feed(raw)
    parser.close()
    lines = [re.sub(r'\s+', ' ', ln).strip() for ln in ''.join(parser.parts).split('\n')]
    return '\n'.join(ln for ln in lines if ln), parser.meta


def load_document(docs_dir, doc_id):
    """The Document for docs/<doc_id>.txt or .html, or None when neither exists."""
    for suffix in DOC_SUFFIXES:
        path = Path(docs_dir) / (doc_id + suffix)
        if path.exists():
            raw = path.read_text(encoding='utf-8')
            if suffix == '.html':
                text, meta = html_article_text(raw)
                return Document(path, nfc(text), meta)
            return Document(path, nfc(raw))
    return None


# ------------------------------------------------------------- doc checks
def load_jsonl(path, report):
    rows = []
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                report.warn(f'{path.name}:{i}', 'blank line')
                continue
            try:
                rows.append((i, json.loads(line)))
            except json.JSONDecodeError as e:
                report.err(f'{path.name}:{i}', f'not JSON ({e})')
    return rows


def check_doc_line(where, r, docs, report):
    """Return the doc id of a well-formed doc line, else None."""
    d = r.get('doc')
    if not isinstance(d, str) or not d:
        report.err(where, 'doc line without doc id')
        return None
    if d in docs:
        report.err(where, f'duplicate doc line for {d}')
    extra = set(r) - DOC_FIELDS
    if extra:
        report.warn(where, f'unexpected fields {sorted(extra)}')
    if 'doc_date' not in r:
        report.err(where, 'doc_date missing (use null when unknown)')
    elif r['doc_date'] is not None and parse_date(r['doc_date']) is None:
        report.err(where, f'bad doc_date {r["doc_date"]!r}')
    return d


def date_forms(day):
    """The ways a Vietnamese article prints its own date."""
    y, m, d = day.year, day.month, day.day
    return [f'{d}/{m}/{y}', f'{d:02d}/{m:02d}/{y}', f'{d}-{m}-{y}', f'{d:02d}-{m:02d}-{y}',
            f'ngày {d} tháng {m} năm {y}']


def check_document(where, r, doc, options, report):
    """Checks of one document against its doc line."""
    name = doc.path.name
    n_words = len(doc.text.split())
    if options['words']:
        lo, hi = options['words']
        if not lo <= n_words <= hi:
            report.warn(where, f'{name}: {n_words} words (expected {lo}-{hi})')
    doc_date = parse_date(r.get('doc_date') or '')
    if options['doc_date_printed'] and doc_date:
        if not any(form in doc.text for form in date_forms(doc_date)):
            report.warn(where, f'doc_date {doc_date} not printed in {name}')
    # a saved page states its own date; gold must not contradict it
    published = doc.meta.get('article:published_time', '')[:10]
    if published and r.get('doc_date') and published != r['doc_date']:
        report.err(where, f'doc_date {r["doc_date"]} differs from '
                          f'article:published_time {published}')


def check_docs_folder(docs_dir, docs, report):
    """Every document file needs a doc line (a document without claims too, or the scorer
    would not count false positives on it), and must be NFC like the gold strings."""
    for path in sorted(Path(docs_dir).iterdir()):
        if path.suffix not in DOC_SUFFIXES:
            continue
        if path.stem not in docs:
            report.err(path.name, 'document file without a doc line in the gold file')
        raw = path.read_text(encoding='utf-8')
        if raw != nfc(raw):
            report.err(path.name, 'document is not NFC-normalised')


# ----------------------------------------------------------- claim checks
def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_claim_sets(where, r, report):
    """Allowed values, and the combinations the schema forbids."""
    ind, meas, unit, st = r['indicator'], r['measure'], r['unit'], r['status']
    if ind not in INDICATORS:
        report.err(where, f'indicator {ind!r} not allowed')
    if meas not in MEASURES:
        report.err(where, f'measure {meas!r} not allowed')
    if unit not in UNITS:
        report.err(where, f'unit {unit!r} not allowed')
    if st not in STATUSES:
        report.err(where, f'status {st!r} not allowed')
    if meas == 'change_pct' and unit != 'percent':
        report.err(where, 'change_pct must have unit percent')
    if meas == 'level' and ind in LEVEL_UNITS and unit not in LEVEL_UNITS[ind]:
        report.err(where, f'{ind} level cannot have unit {unit}')
    for k in ('reporter', 'partner'):
        if not (isinstance(r[k], str) and re.fullmatch(r'[A-Z]{2}', r[k])):
            report.err(where, f'{k} must be an ISO alpha-2 code, got {r[k]!r}')
    if r['reporter'] == r['partner']:
        report.err(where, 'reporter equals partner')
    com = r['commodity']
    if com is not None and (not isinstance(com, str) or not com.strip()):
        report.err(where, 'commodity must be null or a non-empty string')
    if com is not None and ind not in ('export', 'import', 'trade_total'):
        report.err(where, 'commodity only makes sense for trade indicators')


def check_values(where, r, report):
    """Return False when value/low/high are not numbers (later checks need them)."""
    v, lo, hi, unit = r['value'], r['low'], r['high'], r['unit']
    if not all(is_number(x) for x in (v, lo, hi)):
        report.err(where, 'value/low/high must be numbers')
        return False
    if not lo <= v <= hi:
        report.err(where, f'need low <= value <= high, got {lo} {v} {hi}')
    if lo != hi and not close(v, (lo + hi) / 2, rel=1e-9, absolute=1e-9):
        report.err(where, 'a range value must be the midpoint of low and high')
    if unit in MONEY and v <= 0:
        report.err(where, 'money value must be positive')
    if unit in ('count', 'rank') and (v != int(v) or v <= 0):
        report.err(where, 'count/rank must be a positive integer')
    return True


def check_period(where, r, doc_date, report):
    ps, pe = parse_date(r['period_start']), parse_date(r['period_end'])
    if ps is None or pe is None:
        report.err(where, f'bad period {r["period_start"]!r}..{r["period_end"]!r}')
    elif ps > pe:
        report.err(where, 'period_start after period_end')
    if pe and doc_date and r['status'] == 'actual' and ps and ps > parse_date(doc_date):
        report.warn(where, 'actual figure whose period starts after the document date')


def check_text_number(where, r, report):
    """The figure written in `text` must be the claim's figure."""
    text, unit, meas, v, lo, hi = (r['text'], r['unit'], r['measure'],
                                   r['value'], r['low'], r['high'])
    if re.search(r'\bgấp\b|\blần\b', text.lower()):
        report.err(where, f'text {text!r} is a multiplier ("gấp đôi", "gấp N lần"): not a claim')
    tu = text_unit(text)
    if unit in MONEY | {'percent'} and tu is not None and tu != unit:
        report.err(where, f'text {text!r} looks like {tu}, claim unit is {unit}')
    parsed = parse_text(text, unit)
    scale = r.get('text_scale')
    if parsed is not None and scale is not None:
        if not is_number(scale) or scale <= 0:
            report.err(where, f'text_scale must be a positive number, got {scale!r}')
        else:
            parsed = (parsed[0] * scale, parsed[1] * scale)
    if parsed is None:
        report.warn(where, f'could not parse a number from text {text!r}')
        return
    plo, phi = parsed
    # a change is written unsigned ("giảm 5%"): compare magnitudes
    tlo, thi = (abs(lo), abs(hi)) if meas == 'change_pct' else (lo, hi)
    if meas == 'change_pct' and v < 0:
        tlo, thi = abs(hi), abs(lo)
    if not (close(plo, tlo) and close(phi, thi)):
        report.err(where, f'text {text!r} reads as {plo:g}..{phi:g}, claim has {lo}..{hi}')


SIGN_WORDS = re.compile(r'giảm|âm|thấp hơn|sụt|tăng|cao hơn|nhích|lên|\+')
NEGATIVE_WORDS = ('giảm', 'âm', 'thấp hơn', 'sụt')


def check_sign(where, r, sents, report):
    """A change's sign against the words written before it (the text itself is unsigned)."""
    text, v = nfc(r['text']), r['value']
    # "(-3,2%)" / "(+3,2%)": the sign is printed, so a mismatch is certain
    for s in sents:
        i = s.find(text)
        if i >= 2 and s[i - 2:i] in ('(-', '(+'):
            if (s[i - 1] == '-') != (v < 0):
                report.err(where, f'sign of {v} disagrees with {s[i - 2:i]!r}')
    # "giảm 3,2%": the nearest sign word in the 30 characters before is only a hint
    both = [s for s in sents if text in s]
    if both:
        s0 = both[0]
        before = s0[max(0, s0.find(text) - 30):s0.find(text)]
        hits = SIGN_WORDS.findall(before)
        if hits and (hits[-1] in NEGATIVE_WORDS) != (v < 0):
            report.warn(where, f'sign of {v} disagrees with "{hits[-1]}" before {r["text"]!r}')


def check_verbatim(where, r, doc_text, report):
    """text and sentence_contains must be in the document, together in one sentence."""
    text, sc = nfc(r['text']), nfc(r['sentence_contains'])
    if text not in doc_text:
        report.err(where, f'text {r["text"]!r} not found verbatim in document')
    if sc not in doc_text:
        report.err(where, f'sentence_contains {r["sentence_contains"]!r} '
                          'not found verbatim in document')
        return
    sents = [s for s in sentences(doc_text) if sc in s]
    if not sents:
        report.err(where, f'sentence_contains {r["sentence_contains"]!r} spans a sentence boundary')
    elif not any(text in s for s in sents):
        report.err(where, f'no sentence contains both {r["sentence_contains"]!r} and {r["text"]!r}')
    if r['measure'] == 'change_pct':
        check_sign(where, r, sents, report)


def duplicate_key(r):
    """One key per flow: an export by A to B is an import by B from A."""
    ind = r['indicator']
    if ind == 'export':
        key_ind, key_cty = 'import', (r['partner'], r['reporter'])
    elif ind == 'trade_total':
        key_ind, key_cty = ind, tuple(sorted((r['reporter'], r['partner'])))
    else:
        key_ind, key_cty = ind, (r['reporter'], r['partner'])
    return (r['doc'], key_ind, key_cty, r['measure'], (r['commodity'] or '').casefold(),
            r['period_start'], r['period_end'], round(float(r['value']), 6), r['unit'])


def check_claim(where, r, docs, documents, report):
    """Return True when the claim is complete enough to be used (e.g. for --perfect-csv)."""
    missing = [k for k in CLAIM_FIELDS if k not in r]
    if missing:
        report.err(where, f'missing fields {missing}')
        return False
    extra = set(r) - set(CLAIM_FIELDS) - OPTIONAL_CLAIM_FIELDS
    if extra:
        report.warn(where, f'unexpected fields {sorted(extra)}')
    d = r['doc']
    if d not in docs:
        report.err(where, 'claim for a doc without a doc line')
    check_claim_sets(where, r, report)
    if not check_values(where, r, report):
        return False
    check_period(where, r, docs.get(d, {}).get('doc_date'), report)
    text, sc = r['text'], r['sentence_contains']
    if not isinstance(text, str) or not text or not isinstance(sc, str):
        report.err(where, 'text and sentence_contains must be non-empty strings')
        return False
    if not 8 <= len(sc) <= 60:
        report.err(where, f'sentence_contains must be 8-60 characters (has {len(sc)})')
    check_text_number(where, r, report)
    if d in documents:
        check_verbatim(where, r, documents[d].text, report)
    return True


# -------------------------------------------------------------- the set
def check_gold(folder, options):
    folder = Path(folder)
    gold, docs_dir = folder / 'gold.jsonl', folder / 'docs'
    report = Report()
    rows = load_jsonl(gold, report)
    docs, documents, claims, seen, n_claims = {}, {}, [], {}, 0
    for i, r in rows:
        where = f'{gold.name}:{i}'
        if not isinstance(r, dict) or r.get('kind') not in ('doc', 'claim'):
            report.err(where, 'kind must be "doc" or "claim"')
            continue
        if r['kind'] != 'doc':
            continue
        d = check_doc_line(where, r, docs, report)
        if d is None:
            continue
        docs[d] = r
        doc = load_document(docs_dir, d)
        if doc is None:
            report.err(where, f'document file missing: {docs_dir / d}.txt/.html')
            continue
        documents[d] = doc
        check_document(where, r, doc, options, report)
    if docs_dir.is_dir():
        check_docs_folder(docs_dir, docs, report)
    for i, r in rows:
        if not isinstance(r, dict) or r.get('kind') != 'claim':
            continue
        n_claims += 1
        where = f'{gold.name}:{i} [{r.get("doc")}]'
        if not check_claim(where, r, docs, documents, report):
            continue
        claims.append(r)
        key = duplicate_key(r)
        if key in seen:
            report.err(where, f'duplicate of line {seen[key]}')
        seen[key] = i
    return GoldSet(docs, documents, claims, n_claims, report)


def describe_options(options, gold_set):
    """One line saying which optional checks ran, so a report shows what it vouches for."""
    extra = []
    n_html = sum(doc.path.suffix == '.html' for doc in gold_set.documents.values())
    if n_html:
        extra.append(f'{n_html} HTML documents read as article text')
    if options['words']:
        extra.append('words {}-{}'.format(*options['words']))
    if options['doc_date_printed']:
        extra.append('doc_date printed in the text')
    return 'set options: ' + (', '.join(extra) if extra else 'none')


# ------------------------------------------------------- perfect prediction
def perfect_rows(gold_set):
    """A prediction that should score F1 1.000: one row per claim, `sentence` = the whole
    document sentence (or table row) that holds both sentence_contains and text."""
    rows = []
    for g in gold_set.claims:
        doc = gold_set.documents.get(g['doc'])
        sc, text = nfc(g['sentence_contains']), nfc(g['text'])
        sents = sentences(doc.text) if doc else []
        sentence = next((s for s in sents if sc in s and text in s), sc)
        rows.append({'doc_id': g['doc'], 'indicator': g['indicator'], 'measure': g['measure'],
                     'value': g['value'], 'value_low': g['low'], 'value_high': g['high'],
                     'unit': g['unit'], 'period_start': g['period_start'],
                     'period_end': g['period_end'], 'status': g['status'],
                     'reporter': g['reporter'], 'partner': g['partner'],
                     'commodity': g['commodity'] or '', 'sentence': sentence,
                     'doc_date': gold_set.docs.get(g['doc'], {}).get('doc_date') or ''})
    return rows


def write_perfect_csv(gold_set, out, shuffle):
    rows = perfect_rows(gold_set)
    if shuffle:
        # a scorer must not depend on row order; a fixed seed keeps the file reproducible
        random.Random(0).shuffle(rows)
    f = sys.stdout if out == '-' else open(out, 'w', newline='', encoding='utf-8')
    try:
        writer = csv.DictWriter(f, fieldnames=PERFECT_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    finally:
        if f is not sys.stdout:
            f.close()
    return len(rows)


# ------------------------------------------------------------------ CLI
def dump_document(folder, doc_id):
    """Print the text gold refers to, one sentence (or table row) per line."""
    doc = load_document(Path(folder) / 'docs', doc_id)
    if doc is None:
        print(f'no document {doc_id} in {Path(folder) / "docs"}')
        return 1
    for sent in sentences(doc.text):
        print(sent)
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('folder', help='a set folder holding gold.jsonl and docs/, '
                    'e.g. tests/corpus/blind8')
    ap.add_argument('--quiet', action='store_true', help='print only errors and the summary')
    ap.add_argument('--dump', metavar='DOC', help='print the text (one sentence per line) '
                    'that gold refers to for one document, e.g. b8_13, and exit')
    ap.add_argument('--perfect-csv', metavar='OUT', help='also write a prediction CSV derived '
                    'from the gold (score.py must give F1 1.000 for it); "-" for stdout')
    ap.add_argument('--shuffle', action='store_true', help='shuffle the --perfect-csv rows')
    a = ap.parse_args(argv)

    if not (Path(a.folder) / 'gold.jsonl').exists():
        ap.error(f'no gold.jsonl in {a.folder}')
    if a.dump:
        return dump_document(a.folder, a.dump)
    options = load_options(a.folder)
    gold_set = check_gold(a.folder, options)
    report = gold_set.report
    # with the CSV on stdout the report goes to stderr, so the CSV stays clean
    out = sys.stderr if a.perfect_csv == '-' else sys.stdout
    for e in report.errors:
        print(e, file=out)
    if not a.quiet:
        for w in report.warnings:
            print(w, file=out)
    print(describe_options(options, gold_set), file=out)
    print(f'gold.jsonl: {len(gold_set.docs)} docs, {gold_set.n_claims} claims', file=out)
    if a.perfect_csv:
        n = write_perfect_csv(gold_set, a.perfect_csv, a.shuffle)
        print(f'perfect prediction: {n} rows -> {a.perfect_csv}', file=out)
    print(f'{len(report.errors)} errors, {len(report.warnings)} warnings', file=out)
    return 1 if report.errors else 0


if __name__ == '__main__':
    sys.exit(main())
