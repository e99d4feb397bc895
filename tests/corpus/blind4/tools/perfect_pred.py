#!/usr/bin/env python3
"""Build a perfect prediction CSV from gold.jsonl (sanity check for score.py)."""
import csv, json, random, sys, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = sys.argv[1] if len(sys.argv) > 1 else '/tmp/b4_perfect.csv'
dates, rows = {}, []
for line in open(os.path.join(ROOT, 'gold.jsonl'), encoding='utf-8'):
    r = json.loads(line)
    if r['kind'] == 'doc': dates[r['doc']] = r['doc_date']
for line in open(os.path.join(ROOT, 'gold.jsonl'), encoding='utf-8'):
    g = json.loads(line)
    if g['kind'] != 'claim': continue
    rows.append({'doc_id': g['doc'], 'indicator': g['indicator'], 'measure': g['measure'],
                 'value': g['value'], 'value_low': g['low'], 'value_high': g['high'], 'unit': g['unit'],
                 'period_start': g['period_start'], 'period_end': g['period_end'], 'status': g['status'],
                 'reporter': g['reporter'], 'partner': g['partner'], 'commodity': g['commodity'] or '',
                 'sentence': g['sentence_contains'], 'doc_date': dates[g['doc']] or ''})
random.seed(4); random.shuffle(rows)
with open(out, 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
print(out, len(rows))
