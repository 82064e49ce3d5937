cd /work/redteam47; i=0
while IFS=$'\t' read kind q truth; do i=$((i+1)); id=$(printf "Q%02d" $i)
 ./h.py $id "ask-$kind" "main.db; truth: $truth" 0 "\$V ask \"$q\" --db w/main.db --json" > /dev/null
done < questions.tsv
echo done
