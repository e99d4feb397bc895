"""Build a 'perfect' prediction CSV from gold.jsonl: one row per claim, sentence = the full
document sentence holding both text and sentence_contains (splitter from validate.py)."""
import csv, json, random, sys, os, importlib.util
here = sys.argv[1]; out = sys.argv[2]; shuffle = len(sys.argv) > 3
spec = importlib.util.spec_from_file_location('v', os.path.join(here, 'validate.py'))
v = importlib.util.module_from_spec(spec); spec.loader.exec_module(v)
rows, dates = [], {}
for line in open(os.path.join(here, 'gold.jsonl'), encoding='utf-8'):
    g = json.loads(line)
    if g['kind'] == 'doc':
        dates[g['doc']] = g['doc_date'] or ''
        continue
    text = open(os.path.join(here, 'docs', g['doc'] + '.txt'), encoding='utf-8').read()
    sent = next(s for s in v.sentences(text) if g['sentence_contains'] in s and g['text'] in s)
    rows.append({'doc_id': g['doc'], 'indicator': g['indicator'], 'measure': g['measure'],
                 'value': g['value'], 'value_low': g['low'], 'value_high': g['high'],
                 'unit': g['unit'], 'period_start': g['period_start'], 'period_end': g['period_end'],
                 'status': g['status'], 'reporter': g['reporter'], 'partner': g['partner'],
                 'commodity': g['commodity'] or '', 'sentence': sent, 'doc_date': dates[g['doc']]})
if shuffle:
    random.seed(7); random.shuffle(rows)
with open(out, 'w', newline='', encoding='utf-8') as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0])); w.writeheader(); w.writerows(rows)
print(len(rows), 'rows ->', out)
