#!/bin/bash
# D16: ask abstains (answer null) while citing the sentence that answers; or cites the wrong reel
. "$(dirname "$0")/_common.sh"
cat > studios.html <<'X'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The photographers and studios of the works collection</title></head>
<body>
<h1>The photographers and studios of the works collection</h1>
<h2>Paris Studio</h2>
<p>The Paris Studio was a portrait studio in Coventry, opened by Ada Quill in 1919. It took its name from the city of Paris, which Quill admired from books.</p>
<h2>Lincoln Photo Co.</h2>
<p>The Lincoln Photo Co. was a commercial photography firm in Nottingham, founded by Walter Lincoln in 1910 and named after him. It had no connection with the city of Lincoln.</p>
<h2>Places</h2>
<p>Kingstown, where negative N-1921-004 was taken, has been called Dún Laoghaire since 1920. Port Elizabeth, where the company opened an agency in 1952, is now Gqeberha.</p>
</body></html>
X
cat > reels.txt <<'X'
Film Reels of the Company Film Collection

Reel 7. Works outing to Skegness. 16 mm, black and white, silent. Running time 11 minutes 40 seconds; 11,200 frames at 16 frames per second. Shot in August 1927 by Ada Quill.

Reel 12. The renaming ceremony of Meridian Cycles plc, Coventry. 16 mm, sound. Running time 9 minutes; 12,960 frames at 24 frames per second. Shot on 4 October 1958.

Reel 19. Unidentified factory interior. No date known. Running time 3 minutes 15 seconds. 1,950 feet of film.
X
cat > captions.md <<'X'
# Exhibit captions: the works in pictures

## Case 1

Edith Harrison at Kingstown, now Dún Laoghaire. Negative N-1921-004. Photographed by Walter Lincoln of the Lincoln Photo Co., circa 1920s.

## Case 2

The director on the steps of the Leicester works. Negative N-1934-118. The 1962 caption named the sitter as Ezra Pike. That caption is wrong: the sitter is George Abbott, as his daughter confirmed in 1979.

## Case 3

The frame shop at Coventry, Summer 1938. Negative N-1934-117, by Ada Quill of the Paris Studio, a studio in Coventry named after the French capital. Ada Quill never visited Paris.
X
$V build studios.html reels.txt captions.md --db t.db >/dev/null 2>&1
for q in "Who opened the Paris Studio?" "When was reel 7 shot?" "Who founded the Lincoln Photo Co.?"; do
  $V ask "$q" --db t.db --json | python3 -c "import json,sys; d=json.load(sys.stdin); print(d['question'], '->', d['answer'], d['confidence'], '| cites:', (d['citations'] or [{}])[0].get('text'))"
done
echo "EXPECTED: Ada Quill; August 1927 (citing reel 7); Walter Lincoln"
