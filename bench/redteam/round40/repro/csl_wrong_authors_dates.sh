#!/bin/bash
# D9: CSL-JSON for a teacher's reference manager: letter/order have no author and no date, a photographer becomes the page's author,
# and a PDF gets today's file date as "issued".
. "$(dirname "$0")/_common.sh"
printf 'Letter from Lieutenant-Colonel John By to his wife Esther By\n\nBytown, Upper Canada, 14 March 1827\n\nMy dearest Esther,\n\nThe snow lies four feet deep.\n\nYour loving husband,\nJohn By\n' > letter.txt
cat > portraits.html <<'X'
<html><head><title>Portraits of the canal builders</title></head><body><h1>Portraits</h1>
<figure><img src="by.jpg"><figcaption>Lieutenant-Colonel John By (1779-1836). Oil on canvas, unknown artist. Credit: City of Ottawa Archives.</figcaption></figure>
<figure><img src="e.jpg"><figcaption>Esther By, wife of John By. Watercolour. Credit: private collection, photograph by Anna Kowalczyk.</figcaption></figure>
</body></html>
X
$V build letter.txt portraits.html --db t.db >/dev/null 2>&1
$V export --db t.db --format csl
# observed: letter has title "Bytown, Upper Canada, 14 March 1827", no author, no issued; portraits page author = Anna Kowalczyk
