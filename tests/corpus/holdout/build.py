#!/usr/bin/env python3
"""Write docs/*.txt and gold.jsonl from docs_a.py, docs_b.py and claims.py (stdlib only)."""
import calendar, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))   # tests/corpus/, for the shared validator's parser
import docs_a, docs_b, claims
from validate_gold import parse_text

DOCS = {**docs_a.D, **docs_b.D}

def period(code):
    if code.startswith('Y'):
        a, _, b = code[1:].partition('-')
        return f'{a}-01-01', f'{b or a}-12-31'
    if code.startswith('Q'):
        y, q = map(int, code[1:].split('-'))
        m0, m1 = 3 * q - 2, 3 * q
        return f'{y}-{m0:02d}-01', f'{y}-{m1:02d}-{calendar.monthrange(y, m1)[1]:02d}'
    if code.startswith('M'):
        parts = list(map(int, code[1:].split('-')))
        y, m0, m1 = (parts + [parts[-1]])[:3] if len(parts) == 2 else parts
        return f'{y}-{m0:02d}-01', f'{y}-{m1:02d}-{calendar.monthrange(y, m1)[1]:02d}'
    if code.startswith('D'):
        return code[1:], code[1:]
    raise ValueError(code)

UNIT = {'investment_projects': 'count', 'investor_rank': 'rank'}

def unit_of(ind, meas, text):
    if meas == 'change_pct':
        return 'percent'
    if ind in UNIT:
        return UNIT[ind]
    t = text.lower()
    if 'kíp' in t:
        return 'LAK'
    if 'đồng' in t:
        return 'VND'
    return 'USD'

def main():
    os.makedirs(os.path.join(HERE, 'docs'), exist_ok=True)
    lines = []
    for d in sorted(DOCS):
        date, text = DOCS[d]
        with open(os.path.join(HERE, 'docs', d + '.txt'), 'w', encoding='utf-8') as f:
            f.write(unicodedata.normalize('NFC', text.lstrip('\n')))
        lines.append({'kind': 'doc', 'doc': d, 'doc_date': date})
        for c in claims.C:
            if c['doc'] != d:
                continue
            unit = unit_of(c['ind'], c['meas'], c['text'])
            lo, hi = parse_text(c['text'], unit)
            if unit in ('count', 'rank'):
                lo, hi = int(lo), int(hi)
            elif unit == 'percent':
                lo, hi = round(lo, 6), round(hi, 6)
                if lo == int(lo) and hi == int(hi):
                    lo, hi = int(lo), int(hi)
            else:
                lo, hi = int(round(lo)), int(round(hi))
            if c['neg']:
                lo, hi = -hi, -lo
            v = (lo + hi) / 2 if lo != hi else lo
            if isinstance(v, float) and v == int(v) and unit != 'percent':
                v = int(v)
            ps, pe = period(c['per'])
            rep, par = c['cty'].split('>')
            rec = {'kind': 'claim', 'doc': d, 'indicator': c['ind'], 'measure': c['meas'],
                   'value': v, 'low': lo, 'high': hi, 'unit': unit, 'period_start': ps,
                   'period_end': pe, 'status': c['st'], 'reporter': rep, 'partner': par,
                   'commodity': c['com'], 'text': c['text'], 'sentence_contains': c['sc']}
            if c['note']:
                rec['note'] = c['note']
            lines.append(rec)
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for r in lines:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(DOCS), 'docs', sum(1 for r in lines if r['kind'] == 'claim'), 'claims')

if __name__ == '__main__':
    main()
