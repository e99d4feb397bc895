#!/usr/bin/env python3
"""Validate the blind8 gold file against SCHEMA.md (stdlib only).

Adapted from shared/eval/dev/validate.py for tests/corpus/blind8/.

Usage (from anywhere):
    python3 validate.py                          # gold.jsonl against docs/
    python3 validate.py --gold other.jsonl --docs other_docs/

There is no seeds file in this set.  Exit status is 1 when any ERROR is found; WARN lines do
not fail the run.

Documents are <docs>/<doc>.txt (plain text) or <docs>/<doc>.html (a saved web page).  An HTML
document is validated against the *visible text of its article*: the page is parsed with
html.parser, <head>, <script>, <style> and comments are dropped, only the first <article>
element (or, when there is none, the first element whose class is "detail") is kept, block
elements (p, div, h1-h6, li, figcaption, caption, tr, ...) end a line, and the cells of a
table row are joined with " | " so that one table row is one line (one "sentence").  Site
navigation, sidebars of related links and footers outside the article are therefore not part
of the text that gold refers to.

Checks
  * every line is JSON, kind is "doc" or "claim", doc ids are unique
  * every claim's doc has a doc line, and a document file <docs>/<doc>.txt or .html
  * documents are UTF-8 NFC; 200-450 words (WARN otherwise; for HTML, the article text)
  * doc_date is null or an ISO date; for HTML it equals article:published_time when present
  * indicator / measure / unit / status in the allowed sets; indicator-unit-measure agree
  * reporter / partner are two upper-case letters and differ; commodity null or non-empty
  * value, low, high are numbers with low <= value <= high; a range's value is its midpoint
  * period_start / period_end are ISO dates with start <= end
  * text and sentence_contains occur verbatim in the document, sentence_contains is 8-60
    characters, and at least one sentence of the document contains both
  * the number written in `text` agrees with value/low/high (Vietnamese notation parser);
    for a table cell whose unit is given in the column header ("Trị giá (triệu USD)") the
    claim carries an optional field "text_scale" (e.g. 1000000) by which the cell is multiplied
  * `text` is not a multiplier ("gấp đôi", "gấp N lần"): multipliers are not claims
  * no two claims share doc, indicator and countries (after export/import swap; trade_total
    with the two countries in either order), measure, commodity, period and value
"""
import argparse
import datetime
import html.parser
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

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
OPTIONAL_CLAIM_FIELDS = {'kind', 'note', 'text_scale'}

errors, warnings = [], []


def err(where, msg):
    errors.append(f'ERROR {where}: {msg}')


def warn(where, msg):
    warnings.append(f'WARN  {where}: {msg}')


def nfc(s):
    return unicodedata.normalize('NFC', s)


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


# ------------------------------------------------------------ HTML → text
BLOCK_TAGS = {'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'figcaption',
              'figure', 'caption', 'tr', 'table', 'thead', 'tbody', 'header', 'footer', 'nav',
              'section', 'article', 'aside', 'main', 'br', 'blockquote', 'dd', 'dt', 'dl'}
SKIP_TAGS = {'head', 'script', 'style', 'noscript', 'template'}
VOID_TAGS = {'br', 'img', 'meta', 'link', 'input', 'hr', 'source', 'wbr', 'area', 'base', 'col'}


class _Visible(html.parser.HTMLParser):
    """Collect the visible text of the article region of a saved page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip, self.depth = [], 0, 0
        self.region = None          # stack depth at which the article region started
        self.region_done = False
        self.cells = 0
        self.meta = {}
        self.stack = []

    def _in_region(self):
        return self.region is not None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'meta' and a.get('property'):
            self.meta[a['property']] = a.get('content', '')
        if tag in VOID_TAGS:
            if tag == 'br' and self._in_region() and not self.skip:
                self.parts.append('\n')
            return
        self.stack.append(tag)
        if tag in SKIP_TAGS:
            self.skip += 1
        if self.region is None and not self.region_done:
            cls = (a.get('class') or '').split()
            if tag == 'article' or (not self.has_article and 'detail' in cls):
                self.region = len(self.stack)
        if not self._in_region() or self.skip:
            return
        if tag == 'tr':
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
                t = self.stack.pop()
                if t in SKIP_TAGS:
                    self.skip -= 1
                if self.region is not None and len(self.stack) < self.region:
                    self.region, self.region_done = None, True
                    self.parts.append('\n')
                if t == tag:
                    break
        if self._in_region() and not self.skip and tag in BLOCK_TAGS:
            self.parts.append('\n')

    def handle_data(self, data):
        if self._in_region() and not self.skip:
            self.parts.append(re.sub(r'\s+', ' ', data))


def html_article_text(raw):
    """Visible text of the article of a saved page: one line per block, one per table row."""
    p = _Visible()
    p.has_article = '<article' in raw.lower()
    p.feed(raw)
    p.close()
    lines = [re.sub(r'\s+', ' ', ln).strip() for ln in ''.join(p.parts).split('\n')]
    return '\n'.join(ln for ln in lines if ln), p.meta


def load_document(docs_dir, d):
    """Return (path, text, meta) for <d>.txt or <d>.html, or (None, None, None)."""
    for ext in ('.txt', '.html'):
        path = os.path.join(docs_dir, d + ext)
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                raw = f.read()
            if ext == '.html':
                text, meta = html_article_text(raw)
                return path, raw, text, meta
            return path, raw, raw, {}
    return None, None, None, None


# ---------------------------------------------------------------- sentences
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


# ------------------------------------------------------- Vietnamese numbers
NUM = r'\d+(?:\.\d{3})*(?:,\d+)?'
SCALE_WORDS = [('nghìn tỷ', 1e12), ('nghìn tỉ', 1e12), ('ngàn tỷ', 1e12), ('tỷ', 1e9),
               ('tỉ', 1e9), ('triệu', 1e6), ('nghìn', 1e3), ('ngàn', 1e3)]
RANK_WORDS = {'nhất': 1, 'đầu': 1, 'dẫn đầu': 1, 'lớn nhất': 1, 'một': 1, 'nhì': 2,
              'hai': 2, 'ba': 3, 'tư': 4, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7,
              'tám': 8, 'chín': 9, 'mười': 10}


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
    if '%' in t:
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
    body = re.sub(r'(USD|đôla Mỹ|đôla|đô la|đồng|kíp|kip|%|dự án)', ' ', t).strip()
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


# --------------------------------------------------------------- validation
def load_jsonl(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                warn(f'{os.path.basename(path)}:{i}', 'blank line')
                continue
            try:
                rows.append((i, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f'{os.path.basename(path)}:{i}', f'not JSON ({e})')
    return rows


def check_file(path, docs_dir, check_text=True):
    name = os.path.basename(path)
    rows = load_jsonl(path)
    docs, texts, keys = {}, {}, {}
    n_claims = 0
    for i, r in rows:
        where = f'{name}:{i}'
        if not isinstance(r, dict) or r.get('kind') not in ('doc', 'claim'):
            err(where, 'kind must be "doc" or "claim"')
            continue
        if r['kind'] == 'doc':
            d = r.get('doc')
            if not isinstance(d, str) or not d:
                err(where, 'doc line without doc id')
                continue
            if d in docs:
                err(where, f'duplicate doc line for {d}')
            extra = set(r) - {'kind', 'doc', 'doc_date', 'note'}
            if extra:
                warn(where, f'unexpected fields {sorted(extra)}')
            if 'doc_date' not in r:
                err(where, 'doc_date missing (use null when unknown)')
            elif r['doc_date'] is not None and parse_date(r['doc_date']) is None:
                err(where, f'bad doc_date {r["doc_date"]!r}')
            docs[d] = r
            if check_text:
                p, raw, text, meta = load_document(docs_dir, d)
                if p is None:
                    err(where, f'document file missing: {os.path.join(docs_dir, d)}.txt/.html')
                else:
                    if raw != nfc(raw):
                        err(where, f'{os.path.basename(p)} is not NFC')
                    texts[d] = nfc(text)
                    n_words = len(texts[d].split())
                    if not 200 <= n_words <= 450:
                        warn(where, f'{os.path.basename(p)}: {n_words} words (expected 200-450)')
                    pub = meta.get('article:published_time', '')[:10]
                    if pub and r.get('doc_date') and pub != r['doc_date']:
                        err(where, f'doc_date {r["doc_date"]} differs from article:published_time {pub}')
    for i, r in rows:
        where = f'{name}:{i}'
        if not isinstance(r, dict) or r.get('kind') != 'claim':
            continue
        n_claims += 1
        missing = [k for k in CLAIM_FIELDS if k not in r]
        if missing:
            err(where, f'missing fields {missing}')
            continue
        extra = set(r) - set(CLAIM_FIELDS) - OPTIONAL_CLAIM_FIELDS
        if extra:
            warn(where, f'unexpected fields {sorted(extra)}')
        d = r['doc']
        where = f'{name}:{i} [{d}]'
        if d not in docs:
            err(where, 'claim for a doc without a doc line')
        ind, meas, unit, st = r['indicator'], r['measure'], r['unit'], r['status']
        if ind not in INDICATORS:
            err(where, f'indicator {ind!r} not allowed')
        if meas not in MEASURES:
            err(where, f'measure {meas!r} not allowed')
        if unit not in UNITS:
            err(where, f'unit {unit!r} not allowed')
        if st not in STATUSES:
            err(where, f'status {st!r} not allowed')
        if meas == 'change_pct' and unit != 'percent':
            err(where, 'change_pct must have unit percent')
        if meas == 'level' and ind in LEVEL_UNITS and unit not in LEVEL_UNITS[ind]:
            err(where, f'{ind} level cannot have unit {unit}')
        for k in ('reporter', 'partner'):
            if not (isinstance(r[k], str) and re.fullmatch(r'[A-Z]{2}', r[k])):
                err(where, f'{k} must be an ISO alpha-2 code, got {r[k]!r}')
        if r['reporter'] == r['partner']:
            err(where, 'reporter equals partner')
        com = r['commodity']
        if com is not None and (not isinstance(com, str) or not com.strip()):
            err(where, 'commodity must be null or a non-empty string')
        if com is not None and ind not in ('export', 'import', 'trade_total'):
            err(where, 'commodity only makes sense for trade indicators')
        v, lo, hi = r['value'], r['low'], r['high']
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (v, lo, hi)):
            err(where, 'value/low/high must be numbers')
            continue
        if not lo <= v <= hi:
            err(where, f'need low <= value <= high, got {lo} {v} {hi}')
        if lo != hi and not close(v, (lo + hi) / 2, rel=1e-9, absolute=1e-9):
            err(where, 'a range value must be the midpoint of low and high')
        if unit in MONEY and v <= 0:
            err(where, 'money value must be positive')
        if unit in ('count', 'rank') and (v != int(v) or v <= 0):
            err(where, 'count/rank must be a positive integer')
        ps, pe = parse_date(r['period_start']), parse_date(r['period_end'])
        if ps is None or pe is None:
            err(where, f'bad period {r["period_start"]!r}..{r["period_end"]!r}')
        elif ps > pe:
            err(where, 'period_start after period_end')
        dd = docs.get(d, {}).get('doc_date')
        if pe and dd and st == 'actual' and ps and ps > parse_date(dd):
            warn(where, 'actual figure whose period starts after the document date')
        # text ↔ numbers
        text, sc = r['text'], r['sentence_contains']
        if not isinstance(text, str) or not text or not isinstance(sc, str):
            err(where, 'text and sentence_contains must be non-empty strings')
            continue
        if not 8 <= len(sc) <= 60:
            err(where, f'sentence_contains must be 8-60 characters (has {len(sc)})')
        if re.search(r'\bgấp\b|\blần\b', text.lower()):
            err(where, f'text {text!r} is a multiplier ("gấp đôi", "gấp N lần"): not a claim')
        tu = text_unit(text)
        if unit in MONEY | {'percent'} and tu is not None and tu != unit:
            err(where, f'text {text!r} looks like {tu}, claim unit is {unit}')
        parsed = parse_text(text, unit)
        scale = r.get('text_scale')
        if parsed is not None and scale is not None:
            if not isinstance(scale, (int, float)) or isinstance(scale, bool) or scale <= 0:
                err(where, f'text_scale must be a positive number, got {scale!r}')
            else:
                parsed = (parsed[0] * scale, parsed[1] * scale)
        if parsed is None:
            warn(where, f'could not parse a number from text {text!r}')
        else:
            plo, phi = parsed
            tlo, thi = (abs(lo), abs(hi)) if meas == 'change_pct' else (lo, hi)
            if meas == 'change_pct' and v < 0:
                tlo, thi = abs(hi), abs(lo)
            if not (close(plo, tlo) and close(phi, thi)):
                err(where, f'text {text!r} reads as {plo:g}..{phi:g}, claim has {lo}..{hi}')
        # verbatim presence
        if check_text and d in texts:
            doc_text = texts[d]
            if nfc(text) not in doc_text:
                err(where, f'text {text!r} not found verbatim in document')
            cnt = doc_text.count(nfc(sc))
            if cnt == 0:
                err(where, f'sentence_contains {sc!r} not found verbatim in document')
            else:
                sents = [s for s in sentences(doc_text) if nfc(sc) in s]
                if not sents:
                    err(where, f'sentence_contains {sc!r} spans a sentence boundary')
                elif not any(nfc(text) in s for s in sents):
                    err(where, f'no sentence contains both {sc!r} and {text!r}')
                if meas == 'change_pct':
                    both = [s for s in sents if nfc(text) in s]
                    if both:
                        s0 = both[0]
                        before = s0[max(0, s0.find(nfc(text)) - 30):s0.find(nfc(text))]
                        hits = [(m.start(), m.group()) for m in re.finditer(
                            r'giảm|âm|thấp hơn|sụt|tăng|cao hơn|nhích|lên|\+', before)]
                        if hits:
                            word = hits[-1][1]
                            neg = word in ('giảm', 'âm', 'thấp hơn', 'sụt')
                            if neg != (v < 0):
                                warn(where, f'sign of {v} disagrees with "{word}" before {text!r}')
        # duplicates
        if ind == 'export':
            key_ind, key_cty = 'import', (r['partner'], r['reporter'])
        elif ind == 'trade_total':
            key_ind, key_cty = ind, tuple(sorted((r['reporter'], r['partner'])))
        else:
            key_ind, key_cty = ind, (r['reporter'], r['partner'])
        key = (d, key_ind, key_cty, meas, (com or '').casefold(), r['period_start'],
               r['period_end'], round(float(v), 6), unit)
        if key in keys:
            err(where, f'duplicate of line {keys[key]}')
        keys[key] = i
    return docs, n_claims


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[1])
    ap.add_argument('--gold', default=os.path.join(HERE, 'gold.jsonl'))
    ap.add_argument('--docs', default=os.path.join(HERE, 'docs'))
    ap.add_argument('--quiet', action='store_true', help='print only errors and the summary')
    ap.add_argument('--dump', metavar='DOC', help='print the text (one sentence per line) '
                    'that gold refers to for one document, e.g. b8_13, and exit')
    a = ap.parse_args()

    if a.dump:
        _, _, text, _ = load_document(a.docs, a.dump)
        if text is None:
            print(f'no document {a.dump} in {a.docs}')
            return 1
        for sent in sentences(nfc(text)):
            print(sent)
        return 0

    docs, n = check_file(a.gold, a.docs, check_text=True)
    for e in errors:
        print(e)
    if not a.quiet:
        for w in warnings:
            print(w)
    print(f'{os.path.basename(a.gold)}: {len(docs)} docs, {n} claims')
    print(f'{len(errors)} errors, {len(warnings)} warnings')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
