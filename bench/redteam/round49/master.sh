#!/bin/bash
cd /work/redteam49
while ! grep -q ALLDONE logs/askq.log; do sleep 2; done
./q1.sh > logs/q1.log 2>&1
./q2.sh > logs/q2.log 2>&1
./q3.sh > logs/q3.log 2>&1
./q4.sh > logs/q4.log 2>&1
echo MASTERDONE > logs/master.done
