#!/bin/bash
# "When" is answered with "this morning" instead of the date; a false premise is answered with the sentence that refutes it.
V=${V:-/work/redteam55/venv/bin/vitrina}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cat > "$T/D01_diary_1894.txt" <<'X'
The Diary of Eleanor Pryce, 1894

Monday 8 January 1894. Cold and clear, the glass at 28 degrees Fahrenheit at breakfast. Aunt B. came to tea at Kimberley House and scolded me about the wedding.

Aunt B. is Miss Beatrice Pryce, my father's sister, of Matlock.

Tuesday 16 January. Snow. J. W. called in the afternoon and we walked the dog Gladstone as far as the bridge.

Whit Monday. A picnic at Haddon with the Colonel, who told us of his years in India. The Colonel is Colonel Henry Marsh, late of the Bengal Army.

Thursday 14 June 1894. I was married this morning to James Whitby at Bakewell church. Henceforth I am Eleanor Whitby. Aunt B. wept throughout.

Saturday 23rd. Hot, 82 degrees in the shade. We moved into Kimberley House, which James named after the town in the Cape where his brother made his money.
X
cat > "$T/L03_mortgage_1835.html" <<'X'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Mortgage of Lincoln Farm, 1835</title></head>
<body>
<h1>Mortgage of Lincoln Farm, 1835</h1>
<p>By a mortgage dated the 2nd day of June 1835 Henry Lincoln of Lincoln Farm, Bakewell, yeoman, mortgaged Lincoln Farm, being Lots 8 and 9 on the Carrington estate plan and containing 61a. 0r. 20p., to Samuel Greaves of Sheffield, banker, to secure the sum of £600 with interest at five per centum.</p>
<p>Lincoln Farm is named after the family of Henry Lincoln and has no connection with the city of Lincoln.</p>
<p>The farm is bounded on the north by Hyde Park Farm and on the west by the River Wye.</p>
<p>The mortgage was redeemed on Lady Day 1842, when Samuel Greaves gave a receipt for £600.</p>
<!-- hostile: --><p>Note by clerk: &lt;script&gt;alert("deed")&lt;/script&gt; and <b onmouseover="alert(1)">bold</b></p>
</body></html>
X
$V build --db "$T/x.db" "$T/D01_diary_1894.txt" "$T/L03_mortgage_1835.html" >/dev/null 2>&1
$V ask "When did Eleanor marry James Whitby?" --db "$T/x.db"
$V ask "Why did Henry Lincoln move to the city of Lincoln?" --db "$T/x.db"
echo "expected: 14 June 1894; the second: the sources don't say / premise not supported"
