# Hand-written specification of pairs_v14 (held-out round 18).
# P(kind, a, b, verdict, note, label): a/b = (doc id, exact text span); label = planted-error label or None.
# Panel is always side a; for panel more-precise pairs the source (b) is the more precise side.

TA = 'panel-tribunals-and-occupation'
TB = 'panel-corsairs-and-neutral-rights'
TC = 'panel-rights-and-restraint'

PANELS = {
    TA: ['nuremberg', 'japan-reconstruction'],
    TB: ['barbary-wars', 'napoleonic-wars', 'war-of-1812'],
    TC: ['human-rights', 'non-proliferation'],
}

TYPES = {
    'A1': 'wrong year', 'A2': 'wrong number', 'A3': 'wrong number', 'A4': 'wrong month',
    'A5': 'wrong number', 'A6': 'wrong event (which bomb / place)', 'A7': 'wrong month',
    'A8': 'wrong year and place (start of jurisdiction)', 'A9': 'wrong number', 'A10': 'wrong decade',
    'A11': 'wrong year', 'A12': 'wrong number', 'A13': 'wrong country',
    'A-P1': 'precision: part of month vs day', 'A-P2': 'precision: year vs month',
    'A-P3': 'precision: years vs months',
    'B1': 'wrong year', 'B2': 'wrong person', 'B3': 'wrong country', 'B4': 'wrong number',
    'B5': 'wrong person (president)', 'B6': 'wrong year', 'B7': 'wrong end year', 'B8': 'wrong year',
    'B9': 'wrong day', 'B10': 'wrong outcome (which power first)', 'B11': 'wrong interval', 'B12': 'wrong place',
    'B-P1': 'precision: rounded number', 'B-P2': 'precision: year vs full date',
    'B-P3': 'precision: year vs season',
    'C1': 'wrong day', 'C2': 'wrong quote speaker', 'C3': 'wrong number', 'C4': 'wrong month',
    'C5': 'wrong person (administration)', 'C6': 'wrong year', 'C7': 'wrong year', 'C8': 'wrong country',
    'C9': 'wrong interval', 'C10': 'wrong country', 'C11': 'wrong person',
    'C-P1': 'precision: year vs season', 'C-P2': 'precision: season vs day',
    'C-P3': 'precision: year vs month', 'C-P4': 'precision: part of year vs month',
}

PAIRS = []


def P(kind, a, b, verdict, note, label=None):
    PAIRS.append({'kind': kind, 'a': a, 'b': b, 'verdict': verdict, 'note': note, 'label': label})


N, J = 'nuremberg', 'japan-reconstruction'
BW, NW, W = 'barbary-wars', 'napoleonic-wars', 'war-of-1812'
H, NP = 'human-rights', 'non-proliferation'

# ---------------- Panel A: tribunals and occupation ----------------
P('event', (TA, 'the victors set up the first international criminal tribunals ever created'),
  (N, 'the victorious Allied governments established the first international criminal tribunals'),
  'agree', 'The victorious Allies created the first international criminal tribunals.')
P('event', (TA, 'France, the Soviet Union, Britain and the United States founded the International Military Tribunal at Nuremberg'),
  (N, 'France, the Soviet Union, the United Kingdom, and the United States—set up the International Military Tribunal (IMT) in Nuremberg'),
  'agree', 'The four powers France, USSR, UK and US set up the IMT at Nuremberg.')
P('quote', (TA, 'the major war criminals of the European Axis'), (N, 'the major war criminals of the European Axis'),
  'agree', 'Quoted purpose of the IMT: to punish "the major war criminals of the European Axis".')
P('date', (TA, 'a 1946 proclamation by General Douglas MacArthur'),
  (N, 'a 1946 proclamation by U.S. Army General Douglas MacArthur'),
  'agree', 'The Tokyo tribunal rested on a 1946 proclamation by MacArthur.')
P('date', (TA, 'announced in the St. James Declaration of 1943'),
  (N, 'Plans to prosecute German political and military leaders were announced in the 1942 St. James Declaration'),
  'differ', 'Year of the St. James Declaration: panel 1943 vs source 1942.', 'A1')
P('quantity', (TA, 'joined by eleven governments in exile'), (N, 'nine exiled governments of German-occupied countries'),
  'differ', 'Number of exiled governments in the St. James Declaration: panel eleven vs source nine.', 'A2')
P('date', (TA, 'signed the London Agreement creating the tribunal in August 1945'),
  (N, 'In August 1945, the four major Allied powers therefore signed the 1945 London Agreement'),
  'agree', 'London Agreement establishing the IMT signed in August 1945.')
P('quantity', (TA, 'Twenty-four senior German leaders were indicted'),
  (N, 'The IMT prosecutors indicted twenty-two senior German political and military leaders'),
  'differ', 'Number of German leaders indicted at Nuremberg: panel twenty-four vs source twenty-two.', 'A3')
P('date', (TA, 'having taken his own life in May 1945'), (N, 'he had committed suicide in April 1945'),
  'differ', "Month of Hitler's suicide: panel May 1945 vs source April 1945.", 'A4')
P('quantity', (TA, 'Seven Nazi organisations were charged as well'), (N, 'Seven Nazi organizations also were indicted'),
  'agree', 'Seven Nazi organisations were indicted.')
P('date', (TA, 'The Nuremberg trial ran from November 1945 to October 1946'),
  (N, 'The Nuremberg Trial lasted from November 1945 to October 1946'),
  'agree', 'Nuremberg trial: November 1945 to October 1946.')
P('date', (TA, 'The Nuremberg trial ran from November 1945 to October 1946'),
  (N, 'The Tokyo War Crimes Trials took place from May 1946 to November 1948'),
  'not-same', 'Different trials: the Nuremberg trial (Nov 1945-Oct 1946) vs the Tokyo trials (May 1946-Nov 1948).')
P('quantity', (TA, 'Nineteen defendants were convicted'), (N, 'The tribunal found nineteen individual defendants guilty'),
  'agree', 'Nineteen Nuremberg defendants found guilty.')
P('quantity', (TA, 'sentences that went from death by hanging to fifteen years in prison'),
  (N, 'ranged from death by hanging to fifteen years’ imprisonment'),
  'agree', 'Nuremberg sentences ranged from death by hanging to fifteen years.')
P('quantity', (TA, 'sentences that went from death by hanging to fifteen years in prison'),
  (N, 'ranging from death to seven years’ imprisonment'),
  'not-same', 'Different tribunals: Nuremberg sentences (down to fifteen years) vs Tokyo sentences (down to seven years).')
P('quantity', (TA, 'The judges declared four of the accused organisations'),
  (N, 'three of the seven indicted Nazi organizations were “criminal organizations”'),
  'differ', 'Number of organisations declared criminal: panel four vs source three.', 'A5')
P('date', (TA, 'In July 1945 China, Britain and the United States issued the Potsdam Declaration'),
  (N, 'In July 1945, China, the United Kingdom, and the United States signed the Potsdam Declaration'),
  'agree', 'Potsdam Declaration by China, UK and US in July 1945.')
P('quote', (TA, 'stern justice shall be meted out to all war criminals'), (N, 'stern justice shall be meted out to all war criminals'),
  'agree', 'Quoted Potsdam Declaration promise of "stern justice".')
P('event', (TA, 'on the day the first atomic bomb fell on Hiroshima'),
  (N, 'on the same day that the United States dropped the second atomic bomb at Nagasaki'),
  'differ', 'Soviet declaration of war coincided with: panel the first bomb on Hiroshima vs source the second bomb at Nagasaki.', 'A6')
P('quantity', (TA, 'Japan capitulated six days later'), (N, 'Japan surrendered six days later'),
  'agree', 'Japan surrendered six days after the Soviet declaration of war / second bomb.')
P('date', (TA, 'in mid-August 1945'), (N, 'on August 14, 1945'),
  'more-precise', "Date of Japan's surrender: panel mid-August 1945, source (b) more precise: August 14, 1945.", 'A-P1')
P('date', (TA, 'At the Moscow Conference of December 1945'), (N, 'At the subsequent Moscow Conference, held in December 1945'),
  'agree', 'Moscow Conference on the occupation of Japan held in December 1945.')
P('date', (TA, 'At the Moscow Conference of December 1945'),
  ('tehran-conf', 'During the Moscow Conference of the Foreign Ministers in October and November of 1943'),
  'not-same', 'Two different Moscow conferences: December 1945 (occupation of Japan) vs October-November 1943 (foreign ministers, four-power declaration).')
P('date', (TA, 'It was in February 1946 that MacArthur, as Supreme Commander, issued the special proclamation'),
  (N, 'In January 1946, acting pursuant to this authority, General MacArthur issued a special proclamation that established the IMTFE'),
  'differ', "Month of MacArthur's proclamation establishing the IMTFE: panel February 1946 vs source January 1946.", 'A7')
P('date', (TA, 'from the 1937 Japanese invasion of China to the surrender of 1945'),
  (N, 'from the 1931 Japanese invasion of Manchuria to Japan’s 1945 surrender'),
  'differ', "Start of the IMTFE's temporal jurisdiction: panel 1937 invasion of China vs source 1931 invasion of Manchuria.", 'A8')
P('quantity', (TA, 'nine senior political leaders'), (N, 'nine senior Japanese political leaders'),
  'agree', 'Nine senior Japanese political leaders prosecuted at Tokyo.')
P('quantity', (TA, 'eighteen military commanders'), (N, 'eighteen military leaders'),
  'agree', 'Eighteen Japanese military leaders prosecuted at Tokyo.')
P('event', (TA, 'Emperor Hirohito was never indicted'),
  (N, 'Japanese Emperor Hirohito and other members of the imperial family were not indicted'),
  'agree', 'Hirohito was not indicted.')
P('date', (TA, 'The Tokyo trials lasted from 1946 to 1948'),
  (N, 'The Tokyo War Crimes Trials took place from May 1946 to November 1948'),
  'more-precise', 'Duration of the Tokyo trials: panel 1946 to 1948, source (b) more precise: May 1946 to November 1948.', 'A-P3')
P('quantity', (TA, 'the United States held fourteen such trials between 1945 and 1949'),
  (N, 'The United States held twelve such trials from 1945 to 1949'),
  'differ', 'Number of US "subsequent" trials in Germany 1945-1949: panel fourteen vs source twelve.', 'A9')
P('date', (TA, 'until a new generation of tribunals modelled on them appeared from the 1980s onward'),
  (N, 'a new series of international criminal tribunals that were established beginning in the 1990s'),
  'differ', 'Start of the new series of international criminal tribunals: panel 1980s vs source 1990s.', 'A10')
P('date', (TA, 'The occupation of Japan, led by MacArthur, lasted from 1945 until 1952'),
  (J, 'Between 1945 and 1952, the U.S. occupying forces, led by General Douglas A. MacArthur'),
  'agree', 'Occupation of Japan under MacArthur, 1945-1952.')
P('date', (TA, 'He took over the Supreme Command of the Allied Powers in September 1945'),
  (J, 'In September, 1945, General Douglas MacArthur took charge of the Supreme Command of Allied Powers (SCAP)'),
  'agree', 'MacArthur took charge of SCAP in September 1945.')
P('event', (TA, 'the final say was his alone'), (J, 'MacArthur had the final authority to make all decisions'),
  'agree', 'MacArthur had final authority despite the advisory Allied Council.')
P('date', (TA, 'In 1946 Allied advisers all but dictated a new constitution'),
  (J, 'In 1947, Allied advisors essentially dictated a new constitution to Japan’s leaders'),
  'differ', "Year Allied advisers dictated Japan's new constitution: panel 1946 vs source 1947.", 'A11')
P('event', (TA, 'Economic crisis and fear of communism then brought the'),
  (J, 'the emergence of an economic crisis in Japan alongside concerns about the spread of communism sparked a reconsideration of occupation policies'),
  'agree', 'Economic crisis and fear of communism led to the reverse course.')
P('date', (TA, 'The outbreak of the Korean War in 1950'), (J, 'The outbreak of the Korean War in 1950'),
  'agree', 'Korean War broke out in 1950.')
P('event', (TA, 'turned Japan into the main supply depot for United Nations forces'),
  (J, 'Japan became the principal supply depot for UN forces'),
  'agree', 'Japan became the principal supply depot for UN forces.')
P('quote', (TA, 'Korea came along and saved us.'), (J, 'Korea came along and saved us.'),
  'agree', 'Occupation officials: "Korea came along and saved us."')
P('date', (TA, 'In 1951 fifty-two nations sent delegates to San Francisco'),
  (J, 'In September of 1951, fifty-two nations met in San Francisco'),
  'more-precise', 'San Francisco peace conference: panel 1951, source (b) more precise: September 1951.', 'A-P2')
P('quantity', (TA, 'fifty-two nations sent delegates to San Francisco to discuss the peace treaty'),
  ('un', 'Representatives of 50 nations met in San Francisco April-June 1945 to complete the Charter of the United Nations'),
  'not-same', 'Two San Francisco conferences: 52 nations on the Japanese peace treaty (1951) vs 50 nations on the UN Charter (1945).')
P('quantity', (TA, 'forty-eight of them signed it'), (J, 'forty-nine of them signed it'),
  'differ', 'Number of nations signing the San Francisco treaty: panel forty-eight vs source forty-nine.', 'A12')
P('event', (TA, 'the USSR, Poland and Hungary'), (J, 'the USSR, Poland and Czechoslovakia'),
  'differ', 'Holdouts at San Francisco: panel USSR, Poland and Hungary vs source USSR, Poland and Czechoslovakia.', 'A13')

# ---------------- Panel B: corsairs and neutral rights ----------------
P('event', (TB, 'Morocco was an independent kingdom, while Algiers, Tunis and Tripoli owed a loose allegiance to the Ottoman Empire'),
  (BW, 'Algiers, Tunis, and Tripoli owed a loose allegiance to the Ottoman Empire'),
  'agree', 'Algiers, Tunis and Tripoli owed loose allegiance to the Ottoman Empire; Morocco independent.')
P('date', (TB, 'against Tripoli from 1801 to 1805 and against Algiers from 1815 to 1816'),
  (BW, 'two separate wars with Tripoli (1801–1805) and Algiers (1815–1816)'),
  'agree', 'Wars with Tripoli 1801-1805 and Algiers 1815-1816.')
P('date', (TB, 'In 1785 the Dey of Algiers declared war on the United States'),
  (BW, 'In 1785, Dey Muhammad of Algiers declared war on the United States'),
  'agree', 'The Dey of Algiers declared war on the US in 1785.')
P('date', (TB, 'its Sultan had seized an American merchant vessel in 1784'),
  (BW, 'Moroccan Sultan Sidi Muhammad had seized a U.S. merchant ship in 1784'),
  'agree', 'The Sultan of Morocco seized a US merchant ship in 1784.')
P('date', (TB, 'its Sultan had seized an American merchant vessel in 1784'),
  (BW, 'In 1785, Dey Muhammad of Algiers declared war on the United States and captured several American ships'),
  'not-same', 'Two different seizures: Morocco took one US ship in 1784; Algiers captured several in 1785.')
P('date', (TB, 'a treaty with Morocco was signed in 1788'),
  (BW, 'the United States successfully concluded a treaty with Morocco in 1786'),
  'differ', 'Year of the US treaty with Morocco: panel 1788 vs source 1786.', 'B1')
P('event', (TB, 'Benjamin Franklin, then the American minister in Paris, tried in vain to assemble a coalition'),
  (BW, 'Thomas Jefferson, then U.S. Minister to France, attempted to build a coalition of weaker naval powers to defeat Algiers'),
  'differ', 'Who tried to build a coalition against Algiers: panel Benjamin Franklin vs source Thomas Jefferson.', 'B2')
P('event', (TB, 'For a while Spain, itself at war with Algiers'),
  (BW, 'the Kingdom of Portugal was also at war with Algiers'),
  'differ', 'Country that blocked Algerian ships at Gibraltar: panel Spain vs source Portugal.', 'B3')
P('date', (TB, 'That shield fell away in 1793, when a short truce exposed American merchantmen to capture'),
  (BW, 'In 1793 a brief Portuguese-Algerian truce exposed American merchant ships to capture'),
  'agree', 'A brief truce in 1793 exposed US merchant ships.')
P('date', (TB, "In 1795 the envoys Joel Barlow, Joseph Donaldson and Richard O'Brien concluded treaties"),
  (BW, 'In 1795, The U.S. Government dispatched diplomats Joel Barlow, Joseph Donaldson, and Richard O’Brien to North Africa'),
  'agree', 'Barlow, Donaldson and O’Brien concluded the Barbary treaties in 1795.')
P('quantity', (TB, 'the Algerian treaty alone freed more than 80 American sailors'),
  (BW, 'The treaty with Algiers freed 83 American sailors'),
  'more-precise', 'Sailors freed by the 1795 Algerian treaty: panel more than 80, source (b) more precise: 83.', 'B-P1')
P('quantity', (TB, 'authorised the first eight ships of the U.S. Navy in 1794'),
  (BW, 'Congress authorized construction of the first 6 ships of the U.S. Navy'),
  'differ', 'Number of first US Navy ships authorised in 1794: panel eight vs source 6.', 'B4')
P('date', (TB, 'In 1801 Yusuf Qaramanli, the Pasha of Tripoli'),
  (BW, 'In 1801, the Pasha of Tripoli, Yusuf Qaramanli, citing late payments of tribute'),
  'agree', 'Yusuf Qaramanli of Tripoli declared war in 1801.')
P('date', (TB, 'In 1801 Yusuf Qaramanli, the Pasha of Tripoli, complained of late payments, demanded more tribute and declared war'),
  (BW, 'In 1812, the new Dey of Algiers, Hajji Ali, rejected the American tribute negotiated in the 1795 treaty as insufficient and declared war on the United States'),
  'not-same', 'Two different declarations of war over tribute: Tripoli (Qaramanli) 1801 vs Algiers (Hajji Ali) 1812.')
P('date', (TB, 'In 1812 Hajji Ali, the new Dey of Algiers, rejected the agreed tribute as insufficient'),
  (BW, 'In 1812, the new Dey of Algiers, Hajji Ali'),
  'agree', 'Hajji Ali, new Dey of Algiers, rejected the tribute in 1812.')
P('event', (TB, 'President James Monroe asked Congress for war against Algiers'),
  (BW, 'President James Madison requested that Congress declare war on Algiers'),
  'differ', 'President who asked for war on Algiers after Ghent: panel James Monroe vs source James Madison.', 'B5')
P('date', (TB, 'the use of force was authorised on March 3, 1815'),
  (BW, 'Congress authorizing the use of force on March 3, 1815'),
  'agree', 'Congress authorised force against Algiers on March 3, 1815.')
P('date', (TB, 'the use of force was authorised on March 3, 1815'),
  (NW, 'Congress passed a declaration of war on June 17, which Madison signed the next day'),
  'not-same', 'Two different war authorisations: against Algiers (March 3, 1815) vs against Britain (June 17, 1812).')
P('event', (TB, 'Commodore Stephen Decatur took an entire squadron into the Mediterranean'),
  (BW, 'was able send an entire squadron, led by Commodore Stephen Decatur, to the Mediterranean'),
  'agree', 'Decatur led an entire squadron to the Mediterranean.')
P('date', (TB, "The Senate ratified Decatur's Algerian treaty on December 5, 1815"),
  (BW, 'The U.S. Senate ratified Decatur’s Algerian treaty on December 5, 1815'),
  'agree', "Senate ratified Decatur's Algerian treaty on December 5, 1815.")
P('date', (TB, "The Senate ratified Decatur's Algerian treaty on December 5, 1815"),
  (BW, 'did not ratify the treaty until February 11, 1822'),
  'not-same', "Two Algerian treaties: Decatur's (ratified Dec 5, 1815) vs Shaler's replacement treaty (ratified Feb 11, 1822).")
P('date', (TB, 'the Senate did not ratify it until 1822'),
  (BW, 'did not ratify the treaty until February 11, 1822'),
  'more-precise', "Ratification of Shaler's treaty: panel 1822, source (b) more precise: February 11, 1822.", 'B-P2')
P('date', (TB, 'until France conquered Algeria in 1832'), (BW, 'until the French conquest of Algeria in 1830'),
  'differ', 'Year of the French conquest of Algeria: panel 1832 vs source 1830.', 'B6')
P('date', (TB, 'Napoleon Bonaparte had seized power in 1799'), (NW, 'Napoleon Bonaparte seized power in 1799'),
  'agree', 'Napoleon seized power in 1799.')
P('date', (TB, 'in 1802 the Peace of Amiens ended ten years of fighting between France and Britain'),
  (NW, 'In 1802, Napoleon ended ten years of warfare with Great Britain under the Peace of Amiens'),
  'agree', 'Peace of Amiens 1802 ended ten years of Anglo-French war.')
P('date', (TB, 'He had taken Louisiana back from Spain in 1800'),
  (NW, 'Napoleon had also re-obtained the North American province of Louisiana from Spain in 1800'),
  'agree', 'France regained Louisiana from Spain in 1800.')
P('date', (TB, 'he agreed to the Louisiana Purchase in 1803'), (NW, 'Napoleon was willing to agree to the Louisiana Purchase in 1803'),
  'agree', 'Louisiana Purchase agreed in 1803.')
P('date', (TB, 'from 1803 to 1808 the United States managed to stay neutral'),
  (NW, 'From 1803 to 1806, the United States succeeded in remaining neutral'),
  'differ', 'Period of US neutrality: panel 1803 to 1808 vs source 1803 to 1806.', 'B7')
P('event', (TB, 'Jefferson sent William Pinkney and James Monroe to negotiate an end to impressment'),
  (NW, 'President Thomas Jefferson sent William Pinkney and James Monroe to negotiate a treaty that would halt the impressment of American sailors'),
  'agree', 'Pinkney and Monroe sent to negotiate an end to impressment.')
P('date', (TB, "Napoleon's Berlin Decree of 1806 forbade trade with Britain"),
  (NW, 'In 1806, Napoleon issued the Berlin Decree, which forbade trade with Britain'),
  'agree', 'Berlin Decree of 1806 forbade trade with Britain.')
P('date', (TB, 'Napoleon countered with the Milan Decree of 1808'),
  (NW, 'Napoleon responded with further trade restrictions in the Milan Decree of 1807'),
  'differ', 'Year of the Milan Decree: panel 1808 vs source 1807.', 'B8')
P('date', (TB, 'On June 12, 1807, HMS Leopard fired on and boarded USS Chesapeake'),
  (NW, 'On June 22, 1807, the H.M.S. Leopard bombarded and forcibly boarded the U.S.S. Chesapeake'),
  'differ', 'Day of the Leopard-Chesapeake affair: panel June 12, 1807 vs source June 22, 1807.', 'B9')
P('date', (TB, 'Early in 1809, in one of his final acts as president, he replaced it with the Non-Intercourse Act'),
  (NW, 'In early 1809, in one of his final acts as president, Jefferson replaced the embargo with the Non-Intercourse Act'),
  'agree', 'Non-Intercourse Act replaced the embargo in early 1809.')
P('date', (TB, "In 1810 Macon's Bill No. 2 offered both powers renewed American trade"),
  (NW, 'Madison was assisted by the passage in 1810 of Nathaniel Macon’s Bill No. 2'),
  'agree', "Macon's Bill No. 2 passed in 1810.")
P('event', (TB, 'it was Britain that first offered concessions'), (NW, 'Napoleon was the first to offer concessions'),
  'differ', "Power that first offered concessions under Macon's Bill: panel Britain vs source Napoleon (France).", 'B10')
P('date', (TB, 'On June 1, 1812, Madison asked Congress for a declaration of war against Great Britain'),
  (W, 'asked Congress for a declaration of War on Great Britain on June 1, 1812'),
  'agree', 'Madison asked Congress for war on June 1, 1812.')
P('date', (TB, 'Congress passed it on June 17'), (NW, 'Congress passed a declaration of war on June 17'),
  'agree', 'Congress passed the declaration of war on June 17 (1812).')
P('quantity', (TB, 'Madison signed it two days later'), (NW, 'which Madison signed the next day'),
  'differ', 'When Madison signed the declaration of war: panel two days later vs source the next day.', 'B11')
P('event', (TB, 'American forces won battles at sea, on Lake Erie, at Baltimore and at Detroit'),
  (W, 'won important naval and military victories at sea, on Lake Champlain, and at Baltimore and Detroit'),
  'differ', 'Lake of the American victory: panel Lake Erie vs source Lake Champlain.', 'B12')
P('event', (TB, 'Canadians repulsed an American invasion of Lower Canada'), (W, 'Canadians defeated an American invasion of Lower Canada'),
  'agree', 'Canadians defeated an American invasion of Lower Canada.')
P('date', (TB, 'the two sides met in 1814'), (W, 'came together in the summer of 1814 to negotiate the terms of peace'),
  'more-precise', 'Start of the Ghent negotiations: panel 1814, source (b) more precise: summer of 1814.', 'B-P3')
P('date', (TB, 'on Christmas Eve their negotiators signed the Treaty of Ghent'),
  (W, 'On Christmas Eve British and American negotiators signed the Treaty of Ghent'),
  'agree', 'Treaty of Ghent signed on Christmas Eve (1814).')

# ---------------- Panel C: rights and restraint ----------------
P('date', (TC, 'Jimmy Carter ran for the presidency in 1976'), (H, 'Jimmy Carter campaigned for the presidency in 1976'),
  'agree', 'Carter campaigned for the presidency in 1976.')
P('date', (TC, 'inaugural address of January 20, 1977'), (H, 'January 20, 1977, inaugural address'),
  'agree', "Carter's inaugural address: January 20, 1977.")
P('quote', (TC, 'Because we are free, we can never be indifferent to the fate of freedom elsewhere'),
  (H, 'Because we are free, we can never be indifferent to the fate of freedom elsewhere'),
  'agree', 'Quoted line of the inaugural address.')
P('event', (TC, 'officials spoke out against abuses in Czechoslovakia, the Soviet Union and Uganda'),
  (H, 'officials spoke out against harassment and human rights violations in Czechoslovakia, the Soviet Union, and Uganda'),
  'agree', 'Early criticism of abuses in Czechoslovakia, USSR and Uganda.')
P('date', (TC, 'at a press conference on January 13, 1977'), (H, 'When asked at a January 31, 1977, press conference'),
  'differ', "Date of Vance's press conference: panel January 13, 1977 vs source January 31, 1977.", 'C1')
P('quote', (TC, 'will speak frankly about injustice, both at home and abroad'),
  (H, 'will speak frankly about injustice, both at home and abroad'),
  'agree', 'Vance: the US "will speak frankly about injustice, both at home and abroad".')
P('quote', (TC, 'Vance claimed for the United States a "historical birthright"'),
  (H, 'the President asserted that the United States had a “historical birthright” to be associated with human rights'),
  'differ', 'Speaker of the "historical birthright" claim at the UN: panel Vance vs source the President (Carter).', 'C2')
P('date', (TC, 'Addressing the United Nations General Assembly on March 17, 1977'),
  (H, 'Speaking before the United Nations General Assembly on March 17, 1977'),
  'agree', 'UN General Assembly address on March 17, 1977.')
P('date', (TC, 'a commencement address at Notre Dame University on May 22, 1977'),
  (H, 'In his May 22, 1977, commencement address, delivered at Notre Dame University'),
  'agree', 'Notre Dame commencement address, May 22, 1977.')
P('date', (TC, 'In a commencement address at Notre Dame University on May 22, 1977, Carter called for'),
  (H, 'Vance refined the policy in an April 30, 1977, address'),
  'not-same', "Two different speeches: Carter's Notre Dame address (May 22, 1977) vs Vance's Georgia address (April 30, 1977).")
P('quote', (TC, 'flawed and erroneous principles and tactics of our adversaries'),
  (H, 'flawed and erroneous principles and tactics of our adversaries'),
  'agree', 'Quoted Notre Dame charge against predecessors.')
P('date', (TC, 'Speaking at the University of Georgia Law School in the spring of 1977'),
  (H, 'an April 30, 1977, address at the University of Georgia Law School'),
  'more-precise', "Vance's Georgia address: panel spring of 1977, source (b) more precise: April 30, 1977.", 'C-P2')
P('quantity', (TC, 'Vance set out four categories of human rights'), (H, 'He promoted adherence to three human rights categories'),
  'differ', 'Number of human rights categories in Vance\'s address: panel four vs source three.', 'C3')
P('date', (TC, 'In June 1977 the White House issued Presidential Review Memorandum/NSC 28'),
  (H, 'In May 1977, the administration issued Presidential Review Memorandum/NSC 28'),
  'differ', 'Month of PRM/NSC 28: panel June 1977 vs source May 1977.', 'C4')
P('date', (TC, 'Presidential Directive 30, issued in 1978'), (H, 'Presidential Directive 30, issued in February 1978'),
  'more-precise', 'Presidential Directive 30: panel 1978, source (b) more precise: February 1978.', 'C-P3')
P('event', (TC, 'linked economic and military aid to the records of the countries receiving it'),
  (H, 'The directive linked economic and military assistance to the human rights records of the recipients'),
  'agree', 'PD 30 linked aid to recipients\' human rights records.')
P('event', (TC, 'had been created by legislation passed under Richard Nixon'),
  (H, 'Legislation enacted during the Gerald R. Ford administration created the position of Coordinator for Human Rights and Humanitarian Affairs'),
  'differ', 'Administration under which the Coordinator post was created: panel Nixon vs source Ford.', 'C5')
P('event', (TC, 'Carter picked the civil rights activist Patricia Murphy Derian for the job when Coordinator James Wilson retired'),
  (H, 'Carter selected Patricia Murphy Derian, a civil rights activist, to serve as Coordinator, upon the retirement of Coordinator James Wilson'),
  'agree', 'Derian succeeded James Wilson as Coordinator.')
P('date', (TC, 'by the end of 1978 the department had set up a Bureau of Human Rights and Humanitarian Affairs'),
  (H, 'By the end of 1977, the Department of State established the Bureau of Human Rights and Humanitarian Affairs'),
  'differ', 'Creation of the Bureau of Human Rights: panel end of 1978 vs source end of 1977.', 'C6')
P('event', (TC, 'at first limited to nations receiving security and economic aid, were later extended to every country'),
  (H, 'initially limited to countries receiving security and economic assistance but later extended to apply to all countries'),
  'agree', 'Country reports first limited to aid recipients, later extended to all countries.')
P('event', (TC, 'Deputy Secretary of State Warren Christopher formed a Human Rights Coordinating Group'),
  (H, 'Vance tasked Deputy Secretary of State Warren Christopher with creating a Human Rights Coordinating Group (HRCG)'),
  'agree', 'Warren Christopher created the Human Rights Coordinating Group.')
P('event', (TC, 'Deputy Secretary of State Warren Christopher'), ('oslo', 'Secretary of State Warren Christopher'),
  'not-same', 'Same person in different roles: Warren Christopher as Carter\'s Deputy Secretary of State vs as Clinton\'s Secretary of State.')
P('event', (TC, 'had Vance and Treasury Secretary W. Michael Blumenthal create an interagency working group'),
  (H, 'directed Vance and Secretary of the Treasury W. Michael Blumenthal to establish a group'),
  'agree', 'Brzezinski had Vance and Blumenthal set up the interagency working group.')
P('quantity', (TC, 'He concentrated on five areas'), (NP, 'Carter focused on five areas'),
  'agree', 'Carter focused on five arms control areas.')
P('date', (TC, 'the Soviet Union invaded Afghanistan at the end of 1979'),
  (NP, 'The ASAT negotiations ended after the Soviet Union invaded Afghanistan in December 1979'),
  'more-precise', 'Soviet invasion of Afghanistan: panel end of 1979, source (b) more precise: December 1979.', 'C-P4')
P('date', (TC, 'Biological weapons became an issue in the spring of 1979'),
  (NP, 'Biological weapons did not become an issue until the spring of 1980'),
  'differ', 'When biological weapons became an issue (Sverdlovsk): panel spring 1979 vs source spring 1980.', 'C7')
P('quantity', (TC, 'killed hundreds, possibly thousands, of people in Sverdlovsk'),
  (NP, 'had killed hundreds, possibly thousands, in Sverdlovsk'),
  'agree', 'Sverdlovsk anthrax killed hundreds, possibly thousands.')
P('date', (TC, 'the 1972 Biological Weapons Convention'), (NP, 'signed the 1972 Biological Weapons Convention'),
  'agree', 'Biological Weapons Convention of 1972.')
P('date', (TC, 'after Nixon and Brezhnev signed the 1972 Biological Weapons Convention'),
  ('salt', 'Nixon and Soviet General Secretary Leonid Brezhnev signed the ABM Treaty and interim SALT agreement on May 26, 1972'),
  'not-same', 'Two different 1972 Nixon-Brezhnev agreements: the Biological Weapons Convention vs the ABM Treaty/interim SALT agreement.')
P('date', (TC, 'When signs emerged in 1980'), (NP, 'When the United States began detecting signs in the summer of 1980'),
  'more-precise', 'Signs of resumed Soviet high-yield testing: panel 1980, source (b) more precise: summer of 1980.', 'C-P1')
P('date', (TC, 'in breach of the 1976 Threshold Test Ban Treaty'), (NP, 'violated the 1976 Threshold Test Ban Treaty'),
  'agree', 'Threshold Test Ban Treaty dated 1976 in both.')
P('event', (TC, 'the 1975 sale of a West German nuclear reactor to Argentina'),
  (NP, 'the 1975 sale of a nuclear reactor by the Federal Republic of Germany to Brazil'),
  'differ', 'Buyer of the 1975 West German reactor: panel Argentina vs source Brazil.', 'C8')
P('date', (TC, 'the 1968 Treaty of Tlatelolco, which created a nuclear-free zone in Latin America'),
  (NP, 'the 1968 Treaty of Ttlatelolco, which had created a Latin American nuclear-free zone'),
  'agree', 'Treaty of Tlatelolco (1968) created a Latin American nuclear-free zone (source spells it "Ttlatelolco").')
P('date', (TC, 'Brazil had signed and ratified the 1968 Treaty of Tlatelolco'),
  ('limited-ban', 'the Non-Proliferation Treaty that was signed in 1968'),
  'not-same', 'Two different 1968 nuclear treaties: Tlatelolco (Latin American nuclear-free zone) vs the Non-Proliferation Treaty.')
P('quantity', (TC, 'Only a week into his presidency'), (NP, 'Only three days into his presidency'),
  'differ', 'When Carter was warned about the Brazil criticism: panel a week vs source three days into his presidency.', 'C9')
P('event', (TC, "Argentina, Brazil's main regional rival, refused to ratify the treaty"),
  (NP, 'Argentina, Brazil’s principal regional rival, refused to ratify the Treaty'),
  'agree', 'Argentina refused to ratify Tlatelolco.')
P('event', (TC, 'Washington asked the Venezuelan Government'), (NP, 'The Carter administration asked the Mexican Government'),
  'differ', 'Government asked to persuade Brazil, Argentina and Cuba: panel Venezuela vs source Mexico.', 'C10')
P('date', (TC, 'when Carter left office in 1981 the status quo remained'),
  (NP, 'when Carter left office in 1981 the status quo remained'),
  'agree', 'Carter left office in 1981 with the status quo unchanged.')
P('event', (TC, 'It was Secretary Vance who finally convinced Carter'),
  (NP, 'Carter’s National Security Advisor, Zbigniew Brzezinski, successfully convinced Carter'),
  'differ', 'Who convinced Carter to keep arming anticommunist allies: panel Vance vs source Brzezinski.', 'C11')

# ---------------- essay-essay pairs ----------------
P('date', (NW, 'diplomats signed the Treaty of Ghent on December 23, 1814'),
  (W, 'On Christmas Eve British and American negotiators signed the Treaty of Ghent'),
  'differ', 'Real difference between essays: Treaty of Ghent signed December 23, 1814 (napoleonic-wars) vs on Christmas Eve, i.e. December 24 (war-of-1812; year 1814 from context).')
P('date', (NP, 'violated the 1976 Threshold Test Ban Treaty'),
  ('limited-ban', 'In 1974, the Threshold Test Ban Treaty returned to the question of nuclear testing'),
  'differ', 'Real difference between essays: Threshold Test Ban Treaty dated 1976 (non-proliferation) vs 1974 (limited-ban).')
P('date', (BW, 'Shaler concluded his negotiations on December 23, 1815'),
  (NW, 'diplomats signed the Treaty of Ghent on December 23, 1814'),
  'not-same', "Same day of December, different events and years: Shaler's Algerian treaty (1815) vs the Treaty of Ghent (1814).")
P('date', (NW, 'Congress passed a declaration of war on June 17'),
  (W, 'asked Congress for a declaration of War on Great Britain on June 1, 1812'),
  'not-same', "Different steps: Congress passing the declaration (June 17) vs Madison's request to Congress (June 1, 1812).")
P('event', (BW, 'dispatched diplomats Joel Barlow, Joseph Donaldson, and Richard O’Brien to North Africa'),
  (NW, 'U.S. diplomat Joel Barlow published a reply and swung public opinion against Smith'),
  'not-same', 'Same person, different roles: Joel Barlow as Barbary treaty envoy (1795) vs as author of a reply to Robert Smith (1811).')
P('date', (NW, 'In 1806, Napoleon issued the Berlin Decree, which forbade trade with Britain'),
  (W, 'In 1806 France prohibited all neutral trade with Great Britain'),
  'agree', 'France (Berlin Decree) prohibited trade with Britain in 1806.')
P('date', (NW, 'the British Government responded the next year with Orders in Council'),
  (W, 'in 1807 Great Britain banned trade between France, her allies, and the Americas'),
  'agree', 'British Orders in Council came in 1807 ("the next year" after 1806).')
P('event', (NW, 'the Non-Intercourse Act, which allowed trade with other nations except Britain and France'),
  (W, 'the Non-Intercourse Acts, aimed solely at France and Britain'),
  'agree', 'Non-Intercourse Act targeted only Britain and France.')
P('date', (NW, 'Napoleon had also re-obtained the North American province of Louisiana from Spain in 1800'),
  ('louisiana-purchase', 'France acquired Louisiana from Spain in 1800'),
  'agree', 'France reacquired Louisiana from Spain in 1800.')
P('date', (NW, 'Napoleon was willing to agree to the Louisiana Purchase in 1803'),
  ('louisiana-purchase', 'purchased from France in 1803 for $15 million'),
  'agree', 'Louisiana Purchase in 1803.')
P('event', (N, 'In July 1945, China, the United Kingdom, and the United States signed the Potsdam Declaration'),
  ('potsdam-conf', 'the United States, Great Britain, and China released the “Potsdam Declaration,”'),
  'agree', 'Potsdam Declaration issued by the US, UK and China.')
P('event', (N, 'The Soviet Union did not sign the declaration because it did not declare war on Japan until weeks later'),
  ('potsdam-conf', 'the Soviet Union did not sign the declaration because it had yet to declare war on Japan'),
  'agree', 'USSR did not sign the Potsdam Declaration, not yet being at war with Japan.')
P('date', (J, 'In September of 1951, fifty-two nations met in San Francisco'),
  ('korean-war', 'Acheson signed the San Francisco Treaty on September 8, 1951'),
  'more-precise', 'San Francisco peace treaty: a September 1951, b more precise: September 8, 1951.')
P('date', (N, 'Japan surrendered six days later, on August 14, 1945'), ('potsdam-conf', 'Germany surrendered on May 8, 1945'),
  'not-same', 'Two different 1945 surrenders: Japan (August 14) vs Germany (May 8).')
P('date', (J, 'by August of 1945, that objective had been achieved'), (N, 'Japan surrendered six days later, on August 14, 1945'),
  'more-precise', "Japan's unconditional surrender: a by August 1945, b more precise: August 14, 1945.")
P('event', (J, 'This period is sometimes called the “reverse course.”'),
  ('korean-war', 'In this “Reverse Course,” Supreme Commander of the Allied Powers, General Douglas MacArthur, focused on strengthening, not punishing'),
  'agree', 'The "reverse course" shifted occupation policy from punishing to strengthening Japan.')
P('event', (J, 'In September, 1945, General Douglas MacArthur took charge of the Supreme Command of Allied Powers'),
  ('korean-war', 'Supreme Commander of the Allied Powers, General Douglas MacArthur'),
  'agree', 'MacArthur was Supreme Commander of the Allied Powers in Japan.')
P('date', (J, 'The outbreak of the Korean War in 1950'),
  ('china-talks', 'After the Chinese Communist victory in 1949 and the outbreak of the Korean War in 1950'),
  'agree', 'Korean War broke out in 1950.')
P('date', (NP, 'invaded Afghanistan in December 1979'), ('salt', 'On December 25, the Soviets invaded Afghanistan'),
  'more-precise', 'Soviet invasion of Afghanistan: a December 1979, b more precise: December 25 (1979, from the preceding sentence).')
P('date', (NP, 'invaded Afghanistan in December 1979'), ('horn-of-africa', 'the Soviet invasion of Afghanistan in December 1979'),
  'agree', 'Soviet invasion of Afghanistan in December 1979.')
P('date', (NP, 'Carter’s decision to boycott the Moscow Summer Olympics'),
  ('soviet-invasion-afghanistan', 'called for a boycott of the 1980 Moscow Olympics'),
  'more-precise', 'Boycott of the Moscow Olympics: b more precise (1980 Moscow Olympics) than a (the Moscow Summer Olympics, no year).')
P('date', (H, 'January 20, 1977, inaugural address'), (NP, 'After his January 1977 inauguration'),
  'more-precise', "Carter's inauguration: a more precise (January 20, 1977) than b (January 1977).")
P('date', (H, 'Jimmy Carter campaigned for the presidency in 1976'), (NP, 'During his run for the presidency in 1976'),
  'agree', "Carter's presidential campaign in 1976.")
P('event', (H, 'Assistant to the President for National Security Affairs Zbigniew Brzezinski'),
  (NP, 'Carter’s National Security Advisor, Zbigniew Brzezinski'),
  'agree', "Brzezinski was Carter's national security adviser (same role, two titles).")
P('event', (BW, 'Once the Treaty of Ghent ended war with Britain'),
  ('rush-bagot', 'the Treaty of Ghent, which ended the war, contained no disarmament provisions'),
  'agree', 'The Treaty of Ghent ended the War of 1812.')
