"""Select the real-text set ``germeval``: news sentences with persons from GermEval 2014 test.

A development tool, run once (it reads the evaluation kit beside the checkout, never at run time):
110 news sentences (not Wikipedia) with a person entity and a quotation mark, 130 other news
sentences with a person entity, drawn with a fixed seed, shuffled, every other one to
``develop``/``heldout``. The tokens are rejoined with simple rules, so spacing around some quotation
marks stays odd. Usage: python eval/realtext/select_germeval.py eval/realtext/germeval
"""
import gzip, random, re, sys, json
from pathlib import Path
sents=[]; cur=None
for line in gzip.open(str(Path(__file__).resolve().parents[4] / 'shared/data/germeval2014_ner/NER-de-test.tsv.gz'),'rt',encoding='utf-8'):
    line=line.rstrip('\n')
    if line.startswith('#\t'):
        p=line.split('\t'); cur={'url':p[1],'date':p[2].strip('[]'),'toks':[],'tags':[]}; sents.append(cur)
    elif line.strip():
        p=line.split('\t'); cur['toks'].append(p[1]); cur['tags'].append(p[2])
def detok(toks):
    out=''; glue=True; state={}
    for t in toks:
        if t in ('"', "«", "»", "'"):
            n=state.get(t,0); state[t]=n+1
            opening = (n % 2 == 0)
            if t=="»" and state.get("«",0)%2==1: opening=False
            if t=="«" and state.get("»",0)%2==1: opening=False
            if opening:
                out += ('' if glue else ' ') + t; glue=True
            else:
                out += t; glue=False
            continue
        if t in ('„','(','['):
            out += ('' if glue else ' ') + t; glue=True; continue
        if t in (',','.',':',';','!','?',')',']','“') or glue:
            out += t
        else:
            out += ' '+t
        glue=False
    return out
news=[s for s in sents if 'wikipedia' not in s['url']]
per=[s for s in news if any(t=='B-PER' for t in s['tags'])]
q=[s for s in per if any(t in ('"','„','“','»','«') for t in s['toks'])]
print(len(sents),len(news),len(per),len(q))
random.seed(17)
qs=random.sample(q,min(110,len(q)))
rest=[s for s in per if s not in qs]
rs=random.sample(rest,130)
sel=qs+rs; random.shuffle(sel)
out=Path(sys.argv[1]); 
for half in ('develop','heldout'): (out/half/'articles').mkdir(parents=True,exist_ok=True)
rows=[]
for i,s in enumerate(sel):
    half='develop' if i%2==0 else 'heldout'
    name=f"gs{i:03d}"
    (out/half/'articles'/f'{name}.txt').write_text(detok(s['toks'])+'\n',encoding='utf-8')
    rows.append(f"{name}\t{half}\t{s['url']}\t{s['date']}")
(out/'manifest.tsv').write_text('stem\tsplit\tsource_url\tcrawled\n'+'\n'.join(rows)+'\n',encoding='utf-8')
