cd /work/redteam55
V=venv/bin/vitrina
mkdir -p db/cli
cp db/main.db db/cli/copy.db
c() { id=$1; shift; ./run.sh $id "$@" >/dev/null; echo "$id	$*	$(cat logs/$id.meta)	$(head -c 300 logs/$id.err | tr '\n\t' '  ')	$(head -c 200 logs/$id.out | tr '\n\t' '  ')" >> logs/cli.tsv; }
c C01 $V
c C02 $V frobnicate
c C03 $V build
c C04 $V build --bogus in/h/good.pdf
c C05 $V build --jobs 0 in/h/good.pdf --db db/cli/x.db
c C06 $V build --jobs -3 in/h/good.pdf --db db/cli/x.db
c C07 $V build --time-limit nan in/h/good.pdf --db db/cli/x.db
c C08 $V build --time-limit inf in/h/good.pdf --db db/cli/x.db
c C09 $V build --memory-limit 99999999999999999999 in/h/good.pdf --db db/cli/x.db
c C10 $V build --memory-limit 100 in/h/good.pdf --db db/cli/x.db
c C11 $V build --fresh --replace-all --no-authority --authority in/coll/catalogue.csv in/h/good.pdf --db db/cli/x.db
c C12 $V build --workers 2 in/h/good.pdf --db db/cli/x.db
c C13 $V build --cluster notaurl in/h/good.pdf --db db/cli/x.db
c C14 $V build --encoding nosuchcodec in/h/good.pdf --db db/cli/x.db
c C15 $V build --encoding utf-16 in/h/H11_cp1252.txt --db db/cli/enc16.db
c C16 $V build in/does/not/exist.txt --db db/cli/x.db
c C17 $V build in/h/good.pdf --db /etc/passwd
c C18 $V build in/h/good.pdf --db in/coll/land/L01_lease_1790.txt
c C19 $V build in/h/good.pdf --db db/cli
c C20 $V build in/h/good.pdf --db ''
c C21 $V search "" --db db/main.db
c C22 $V search "Carr" --db db/main.db --limit 0
c C23 $V search "Carr" --db db/main.db --limit 100000
c C24 $V search "Carr" --db db/main.db --date notadate
c C25 $V search "Carr" --db db/main.db --date 1790/1780
c C26 $V search "Carr" --db db/main.db --document nosuchdoc
c C27 $V search "Carr" --db db/main.db --entity carr
c C28 $V search "Carr" --db db/main.db --section nosuch
c C29 $V search 'Carr" OR 1=1; DROP TABLE documents; --' --db db/main.db
c C30 $V search 'NEAR(Carr Holt) AND * ^ "' --db db/main.db
c C31 $V search "Carr" --db db/nosuch.db
c C32 $V search "Carr" --db in/coll/land/L01_lease_1790.txt
c C33 $V ask "" --db db/main.db
c C34 $V ask "$(python3 -c 'print("Who "*20000)')" --db db/main.db
c C35 $V ask $'Who sold \x1b[31mLittle Chelsea\x07?' --db db/main.db
c C36 $V export --db db/main.db --format xml
c C37 $V export --db db/main.db --format tei
c C38 $V export --db db/main.db --format csv -o out/x.csv
c C39 $V export --db db/main.db --format json -o /dev/full
c C40 $V export --db db/main.db --format json -o out
c C41 $V export --db db/nosuch.db --format json
c C42 $V compare --db db/main.db --verdict nonsense
c C43 $V compare --db db/main.db --entity nosuch
c C44 $V compare --db db/main.db --json
c C45 $V serve --db db/main.db --port 70000
c C46 $V serve --db db/main.db --port -1
c C47 $V serve --db db/nosuch.db
c C48 $V publish --db db/main.db
c C49 $V publish --db db/main.db --static in/coll/land/L01_lease_1790.txt
c C50 $V --version
c C51 $V search "Carr" --db db/main.db --section s0 --document l02_conveyance_1821 --no-subsections
c C52 $V build --catalogue in/nosuch.csv in/h/good.pdf --db db/cli/x.db
c C53 $V build --authority in/h/H09_junk.txt in/h/good.pdf --db db/cli/x.db
c C54 $V build --catalogue in/h/H09_junk.txt in/h/good.pdf --db db/cli/x2.db
c C55 $V search "Carr" --db "postgresql://nobody@127.0.0.1:1/x"
c C56 $V ask "Who?" --db db/cli
c C57 $V build --replace-all in/h/H21_empty.txt --db db/cli/copy.db
c C58 $V search "Carr" --db db/main.db --json --limit 1
echo done > logs/cli.done
