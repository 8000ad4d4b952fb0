#!/usr/bin/env python3
"""Writes made-up GDELT 1.0 event rows (58 tab-separated fields) for `dyad import` timings:

    python3 scripts/make-gdelt-file.py 200000 > gdelt.tsv
    dyad import --format gdelt gdelt.tsv --store import.sqlite

Random pairs of 16 states (some with a GOV or MIL type) and 18 CAMEO codes. Like GDELT's
daily exports, the rows come day by day (--per-day rows each, from 2015-01-01), and an
event's date is mostly its file's day, sometimes up to a month earlier; --spread gives every
row a random day of 2000-2024 instead.
"""
import random, sys
random.seed(1)
import datetime
args = [a for a in sys.argv[1:] if not a.startswith("--")]
n = int(args[0]) if args else 200000
spread = "--spread" in sys.argv
per_day = next((int(a.split("=")[1]) for a in sys.argv if a.startswith("--per-day=")), 100000)
start = datetime.date(2015, 1, 1)
states=["USA","RUS","CHN","UKR","FRA","DEU","GBR","JPN","IND","PAK","IRN","ISR","TUR","GRC","BRA","MEX"]
types=["","GOV","MIL"]
codes=["010","036","040","042","043","051","057","061","111","112","120","130","141","163","172","173","190","193"]
for i in range(n):
    a,b=random.sample(states,2)
    if spread:
        y=random.randint(2000,2024); m=random.randint(1,12); d=random.randint(1,28)
        day=datetime.date(y,m,d)
    else:
        day=start+datetime.timedelta(days=i//per_day)
        if random.random() < 0.2: day-=datetime.timedelta(days=random.randint(1,30))
    y=day.year
    date=day.strftime("%Y%m%d")
    c=random.choice(codes)
    ta=random.choice(types); tb=random.choice(types)
    a1=[a+ta, a, a, "", "", "", "", ta, "", ""]
    a2=[b+tb, b, b, "", "", "", "", tb, "", ""]
    geo=["1","Somewhere","US","","0","0","0"]
    row=[str(400000000+i), date, date[:6], str(y), "2015.0"]+a1+a2+["1",c,c,c[:2],"1","3.4","10","1","10","2.5"]+geo*3+[date,f"http://example.com/{i}"]
    print("\t".join(row))
