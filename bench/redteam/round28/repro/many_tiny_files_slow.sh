#!/bin/bash
# 1,500 files of ~50 bytes (75 KB of text in all) take over a minute to build.
. "$(dirname "$0")/_common.sh"
mkdir tiny; python3 -c "
for i in range(1500):
    open(f'tiny/t{i:04d}.txt','w').write(f'Note {i}. Maria Kowalska visited Paris in {1900+i%100}.\n')"
du -sb tiny; /usr/bin/time -f '%e s wall, %M KB max RSS' "$V" build --db x.db tiny
