#!/bin/bash
# usage: V=/path/to/vitrina bash THIS.sh   (exit 0 = defect reproduced)
V=${V:-/work/redteam45/venv/bin/vitrina}
T=$(mktemp -d); cd "$T" || exit 9
run(){ nice -n 10 timeout 300 prlimit --as=4000000000 "$V" "$@"; }
# D8: a narrator addressed by name ("Lincoln, ...") becomes a place, geocoded to Lincoln, Nebraska
printf 'TB: Lincoln, your father was the foreman?\nLH: He was. I was named for the city, you know. My mother was from Lincoln. I went to Lincoln for the tribunal.\nTB: Florence, when did you start at the cannery?\n' > t.txt
run build t.txt --db x.db >/dev/null 2>&1; run export --db x.db --format json -o x.json >/dev/null
python3 -c "
import json,sys;d=json.load(open('x.json'));p=[(e['name'],e.get('geocoding',{}).get('country'),e['lat'],e['lon']) for e in d['entities'] if e['type']=='place'];print(p)
sys.exit(0 if any(x[0]=='Lincoln' and x[1]=='US' for x in p) or any(x[0]=='Florence' for x in p) else 1)"
