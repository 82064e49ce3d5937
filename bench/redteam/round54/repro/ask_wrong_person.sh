#!/bin/bash
# self-contained reproduction; V=path to vitrina
V=${V:-/work/redteam54/venv/bin/vitrina}
T=$(mktemp -d); cd "$T"; mkdir -p coll
cat > 'coll/consul_letter.html' <<'VITRINA_EOF'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Letter of the German Consul, 1885</title></head><body>
<h1>Letter of Consul Otto Reinhardt to the Commissioners of Emigration</h1>
<p>New York, 9 February 1885.</p>
<p>Consul Otto Reinhardt wrote: "The emigrants from East Prussia arrive without means and are too often robbed before they leave Castle Garden."</p>
<p>He named the Lincoln Emigrant Home on Greenwich Street, named after President Abraham Lincoln, as a respectable lodging.</p>
<p>Commissioner Patrick Doyle replied: "The Commission has no funds for the purpose."</p>
</body></html>
VITRINA_EOF
cat > 'coll/declaration_haraldsen.md' <<'VITRINA_EOF'
# Declaration of Intention — Ole Haraldsen

Filed in the Superior Court of Cook County, Chicago, on 3 June 1886. Declaration No. 2291.

Ole Haraldsen, born Christiania, Norway, 1859, seaman, arrived at New York on the S.S. City of Berlin in May 1883. He declares that he will henceforth be known as **Ole Harrison**.

## Residence

He lodged at the Bismarck Emigrant Home, Chicago, kept by Frau Bertha Lindqvist.
VITRINA_EOF
cat > 'coll/name_change_note.txt' <<'VITRINA_EOF'
Note on anglicised names, Lincoln Emigrant Home register, 1883–1890

Johann Friedrich Müller of Königsberg was entered as John Miller; he is the same man as John F. Miller naturalised in 1889.
Ramchandra Desai of Poona was not anglicised; he sailed on to Bombay in 1887.
The ship Bismarck (Hamburg America Line) carried emigrants from Hamburg; it is not the statesman Otto von Bismarck.
A second John Miller, a Scottish joiner from Paisley, arrived on the S.S. Lincoln City on 2 April 1885; he is a different man.
VITRINA_EOF
cat > 'coll/naturalisation_certificate_miller.txt' <<'VITRINA_EOF'
Certificate of Naturalization No. 18772

Court of Common Pleas for the City and County of New York.

Be it remembered that on the 14th day of October 1889 John F. Miller, formerly Johann Friedrich Müller, a native of Königsberg in the Kingdom of Prussia, was admitted to become a citizen of the United States.
His declaration of intention was filed on or about 1884.
Witness: Ole Harrison.
VITRINA_EOF
cat > 'coll/passenger_list_city_of_berlin.txt' <<'VITRINA_EOF'
Passenger List — S.S. City of Berlin, Liverpool to New York, sailed 12 May 1883

Port of embarkation: Liverpool. Master: Captain Robert Lincoln.

1. Johann Friedrich Müller, 38, cabinet maker, last residence Königsberg, East Prussia.
2. Auguste Müller, 35, wife, Königsberg, East Prussia.
3. Karl Müller, 9, son.
4. Ole Haraldsen, 24, seaman, last residence Christiania, Norway.
5. Ramchandra Desai, 29, clerk, last residence Poona, Bombay Presidency.

Arrived New York, 22 May 1883. Passengers landed at Castle Garden.
VITRINA_EOF
cat > 'coll/annual_report_1884.html' <<'VITRINA_EOF'
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Report of the Head Constable, 1884</title></head><body>
<h1>Report of the Head Constable for the Year 1884</h1>
<h2>Crime in the Borough</h2>
<p>Captain Henry Ashcombe, Head Constable of Liverpool, reported to the Watch Committee on 2 January 1885.</p>
<p>"The drunkenness of the north end remains the gravest charge upon the force," said Captain Ashcombe.</p>
<p>The Peel division, named after Sir Robert Peel, made 3,112 arrests in 1884. The Wellington Road station was opened in June 1884.</p>
<p>Superintendent James Nelson of the Wellington Road station said: "Our men walked 41,000 miles of beat this year."</p>
</body></html>
VITRINA_EOF
cat > 'coll/charge_sheet_doyle.txt' <<'VITRINA_EOF'
CHARGE SHEET — Dale Street Detective Office, Liverpool

Charge No. 118. Prisoner: John Doyle alias Doyle alias O'Doyle. Reg. No. 4417.
Arrested by P.C. 212 Smith at 11.40 p.m. on the 3rd March 1884 in Great Homer Street.
Charge: assault on police. Warrant No. 1884/219.
Before the stipendiary magistrate, 5th March 1884: sentenced to six calendar months' hard labour, to be served at Walton Gaol.
Previous conviction: fined 40s. or 14 days, Kirkdale, 1881.
VITRINA_EOF
cat > 'coll/description_book.txt' <<'VITRINA_EOF'
Description Book of Habitual Criminals, Liverpool, 1884

John Doyle, alias O'Doyle. Reg. No. 4417. Born Wexford, Ireland, about 1850. Height 5 ft. 7½ in. Hair brown, eyes grey. Scar on left cheek. Trade: dock labourer.

Not to be confused with John Doyle, P.C. 301, of the Walton station, born Liverpool 1859.

William Henry Nelson, Reg. No. 4452, born Preston, Lancashire, 1865. Height 5 ft. 9 in. Transferred to Wormwood Scrubs in July 1884.
VITRINA_EOF
cat > 'coll/discharge_register.xml' <<'VITRINA_EOF'
<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Walton Gaol Discharge Register 1884</title></titleStmt><publicationStmt><p>test</p></publicationStmt><sourceDesc><p>invented</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><head>Discharges</head>
<p><persName ref="#doyle">John Doyle</persName>, Reg. No. 4417, discharged from <orgName>Walton Gaol</orgName> on <date when="1884-09-04">4 September 1884</date> on expiry of sentence.</p>
<p><persName>Mary Ann Kelly</persName>, Reg. No. 4418, discharged on <date when="1884-03-31">31 March 1884</date>, fine paid.</p>
<p><persName>William Henry Nelson</persName> removed to <orgName>Wormwood Scrubs</orgName> in <placeName>London</placeName>, <date when="1884-07">July 1884</date>.</p>
</div></body></text></TEI>
VITRINA_EOF
cat > 'coll/occurrence_book_1884.txt' <<'VITRINA_EOF'
Liverpool City Police — Scotland Road Bridewell, Occurrence Book, March 1884

4th March 1884. At 11.40 p.m. 3rd inst. P.C. 212 Smith brought in John Doyle, labourer, aged 34, charged with being drunk and disorderly and assaulting the constable in Great Homer Street. Prisoner gave the name of O'Doyle. Entered as charge No. 118.

15th March 1884. During the night of the 14th–15th the warehouse of Messrs. Ashworth in Vauxhall Road was broken into. Inspector Thomas Peel of the Peel division attended. Nothing found.

16th March 1884. Mary Ann Kelly, aged 27, born at Drogheda, brought in by P.C. 87 Miller for obstructing the footway. Bailed at 2.15 a.m.
VITRINA_EOF
cat > 'coll/prisoner_register_walton.md' <<'VITRINA_EOF'
# Walton Gaol — Register of Prisoners, 1884

| Reg. No. | Name | Age | Height | Born | Offence | Sentence | Received |
|---|---|---|---|---|---|---|---|
| 4417 | John Doyle (alias O'Doyle) | 34 | 5 ft. 7½ in. | Wexford | Assault on police | six calendar months' hard labour | 5 March 1884 |
| 4418 | Mary Ann Kelly | 27 | 5 ft. 1 in. | Drogheda | Obstruction | fined 40s. or 14 days | 17 March 1884 |
| 4452 | William Henry Nelson | 19 | 5 ft. 9 in. | Preston | Larceny of a watch | three calendar months | about April 1884 |

Note: prisoner 4452 was later transferred to Wormwood Scrubs.
VITRINA_EOF
$V build coll --db t.db >/dev/null 2>&1
for q in "What was John Doyle sentenced to?" "When was John Doyle hanged at Walton Gaol?" "Where was John Doyle born?" "When was John Doyle born?"; do echo "Q: $q"; $V ask "$q" --db t.db --json | grep -E '"answer"|"confidence"' ; done
echo "truth: six calendar months' hard labour; not hanged (false premise); Wexford; about 1850"
