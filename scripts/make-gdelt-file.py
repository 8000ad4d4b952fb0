#!/usr/bin/env python3
"""Writes made-up GDELT 1.0 event rows (58 tab-separated fields) for `dyad import` timings:

    python3 scripts/make-gdelt-file.py 200000 > gdelt.tsv
    dyad import --format gdelt gdelt.tsv --store import.sqlite

Random pairs of 16 states (some with a GOV or MIL type), 18 CAMEO codes, days of 2000-2024.
"""
import random, sys
random.seed(1)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
states=["USA","RUS","CHN","UKR","FRA","DEU","GBR","JPN","IND","PAK","IRN","ISR","TUR","GRC","BRA","MEX"]
types=["","GOV","MIL"]
codes=["010","036","040","042","043","051","057","061","111","112","120","130","141","163","172","173","190","193"]
for i in range(n):
    a,b=random.sample(states,2)
    y=random.randint(2000,2024); m=random.randint(1,12); d=random.randint(1,28)
    date=f"{y}{m:02d}{d:02d}"
    c=random.choice(codes)
    ta=random.choice(types); tb=random.choice(types)
    a1=[a+ta, a, a, "", "", "", "", ta, "", ""]
    a2=[b+tb, b, b, "", "", "", "", tb, "", ""]
    geo=["1","Somewhere","US","","0","0","0"]
    row=[str(400000000+i), date, date[:6], str(y), "2015.0"]+a1+a2+["1",c,c,c[:2],"1","3.4","10","1","10","2.5"]+geo*3+[date,f"http://example.com/{i}"]
    print("\t".join(row))
