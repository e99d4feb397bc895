#!/usr/bin/env python3
"""Turn gold.jsonl into a "perfect" prediction CSV (columns per SCHEMA.md) to check that
the gold is well-formed: score.py must report F1 1.000 for it.

    python3 gold_to_pred.py [--shuffle] > /tmp/b6_pred.csv
    python3 /work/shared/eval/score.py --pred /tmp/b6_pred.csv --gold gold.jsonl

`sentence` is the whole document sentence (validate.py's splitter) that contains both
sentence_contains and text.
"""
import csv, json, os, random, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from validate import sentences  # noqa: E402

docs, rows = {}, []
for line in open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8'):
    r = json.loads(line)
    if r['kind'] == 'doc':
        docs[r['doc']] = r
        continue
    text = unicodedata.normalize('NFC', open(os.path.join(HERE, 'docs', r['doc'] + '.txt'),
                                              encoding='utf-8').read())
    sent = next(s for s in sentences(text) if r['sentence_contains'] in s and r['text'] in s)
    rows.append({'doc_id': r['doc'], 'indicator': r['indicator'], 'measure': r['measure'],
                 'value': r['value'], 'value_low': r['low'], 'value_high': r['high'],
                 'unit': r['unit'], 'period_start': r['period_start'], 'period_end': r['period_end'],
                 'status': r['status'], 'reporter': r['reporter'], 'partner': r['partner'],
                 'commodity': r['commodity'] or '', 'sentence': sent,
                 'doc_date': docs[r['doc']]['doc_date'] or ''})
if '--shuffle' in sys.argv:
    random.Random(6).shuffle(rows)
w = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
w.writeheader()
w.writerows(rows)
