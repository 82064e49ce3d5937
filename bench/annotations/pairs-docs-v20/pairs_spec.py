"""Hand-written spec for pairs_v20 (round 25). Each P(...) is one pair:
P(kind, (doc_a, span_a), (doc_b, span_b), verdict, note, label)
label: planted-error label (A1.., A-P1..) for panel differ / more-precise pairs, else None.
Side a is always the panel for panel-essay pairs; side b is always the more precise side for more-precise pairs."""

PA = "panel-neutrality-to-lend-lease"
PB = "panel-kabul-and-the-atlantic-allies"
PC = "panel-jackson-florida-and-removal"
N = "1921-1936-neutrality-acts"
I = "1937-1945-american-isolationism"
L = "1937-1945-lend-lease"
AF = "1977-1980-soviet-invasion-afghanistan"
WE = "1977-1980-us-western-europe"
IT = "1830-1860-indian-treaties"
FL = "1801-1829-florida"

PANELS = {PA: [N, I, L], PB: [AF, WE], PC: [IT, FL]}

# label -> type description (planted errors)
TYPES = {
    "A1": "wrong place (home state)", "A2": "wrong year", "A3": "wrong person", "A4": "wrong day",
    "A5": "wrong year (expiry)", "A6": "wrong interval", "A7": "wrong country", "A8": "wrong month",
    "A9": "wrong outcome", "A10": "wrong outcome (vote margin)", "A11": "wrong year", "A12": "wrong number (lease years)",
    "A-P1": "precision: part of year vs month", "A-P2": "precision: month vs day", "A-P3": "precision: month vs day",
    "B1": "wrong season", "B2": "wrong number (share of troops)", "B3": "wrong year", "B4": "wrong position taken",
    "B5": "wrong month", "B6": "wrong place (air base)", "B7": "wrong month", "B8": "wrong day",
    "B9": "wrong number (years)", "B10": "wrong month", "B11": "wrong year", "B12": "wrong country",
    "B-P1": "precision: approximate decade vs year", "B-P2": "precision: month vs day", "B-P3": "precision: year vs month",
    "B-P4": "precision: part of year vs month",
    "C1": "wrong year", "C2": "wrong number (fraction)", "C3": "wrong number (treaties)", "C4": "wrong year (end of war)",
    "C5": "wrong number (people moved)", "C6": "wrong place", "C7": "wrong interval", "C8": "wrong person",
    "C9": "wrong number (deaths)", "C10": "wrong year", "C11": "wrong number (executed)",
    "C-P1": "precision: part of decade vs year", "C-P2": "precision: vague vs exact money sum",
    "C-P3": "precision: approximate year vs year",
}

PAIRS = []
def P(kind, a, b, verdict, note, label=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label))

# ---------------- Panel A: neutrality to Lend-Lease ----------------
P("event", (PA, "George Washington had counselled the nation against involvement in European wars and politics"),
  (I, "President George Washington had advocated non-involvement in European wars and politics"), "agree",
  "Washington's Farewell Address: non-involvement in European wars and politics.")
P("event", (PA, "Senator Gerald P. Nye, a Republican from South Dakota"),
  (I, "Senator Gerald P. Nye, a Republican from North Dakota"), "differ",
  "Nye's state: South Dakota vs North Dakota.", "A1")
P("date", (PA, "Merchants of Death, by H.C. Engelbrecht and F. C. Hanighen, came out in 1934"),
  (I, "The 1934 publication of the book Merchants of Death by H.C. Engelbrecht and F. C. Hanighen"), "agree",
  "Merchants of Death: 1934.")
P("date", (PA, "his tract \"War Is a Racket\" in 1936"),
  (I, "the 1935 tract \u201cWar Is a Racket\u201d by decorated Marine Corps General Smedley D. Butler"), "differ",
  "Butler's 'War Is a Racket': 1936 vs 1935.", "A2")
P("date", (PA, "When Japan overran Manchuria in 1931"),
  (I, "The Japanese invasion of Manchuria and subsequent push to gain control over larger expanses of Northeast China in 1931"), "agree",
  "Japanese invasion of Manchuria: 1931.")
P("event", (PA, "President Calvin Coolidge and Secretary of State Henry Stimson answered with the Stimson Doctrine"),
  (I, "led President Herbert Hoover and his Secretary of State, Henry Stimson, to establish the Stimson Doctrine"), "differ",
  "President who issued the Stimson Doctrine with Stimson: Coolidge vs Hoover.", "A3")
P("event", (PA, "the United States would not recognise territory seized by force"),
  (I, "the United States would not recognize the territory gained by aggression"), "agree",
  "Stimson Doctrine: non-recognition of territory taken by aggression.")
P("event", (PA, "Neither Italy's attack on Ethiopia nor the war in Spain drew any real official response"),
  (I, "Other conflicts, including the Italian invasion of Ethiopia and the Spanish Civil War, also resulted in virtually no official commitment or action from the United States Government"), "agree",
  "Ethiopia and Spain: virtually no official U.S. action.")
P("date", (PA, "In 1933 Roosevelt asked Congress for authority to consult other nations on pressure against aggressors"),
  (I, "In 1933, President Roosevelt proposed a Congressional measure that would have granted him the right to consult with other nations to place pressure on aggressors"), "agree",
  "Roosevelt's consultation bill: 1933.")
P("event", (PA, "William Borah of Idaho and Robert La Follette of Wisconsin"),
  (I, "William Borah of Idaho, and Robert La Follette of Wisconsin"), "agree",
  "Isolationist senators Borah (Idaho) and La Follette (Wisconsin).")
P("event", (PA, "Senators Hiram Johnson of California"),
  (L, "The Johnson Act of 1934 also prohibited the extension of credit"), "not-same",
  "Senator Hiram Johnson (a person opposing the 1933 bill) vs the Johnson Act of 1934 (a law on credit); same name, different things.")
P("date", (PA, "A quarrel in 1935 over joining the World Court"),
  (I, "In 1935, controversy over U.S. participation in the World Court"), "agree",
  "World Court controversy: 1935.")
P("date", (PA, "A quarrel in 1935 over joining the World Court"),
  (N, "On August 31, 1935, Congress passed the first Neutrality Act"), "not-same",
  "Two 1935 matters in Congress: the World Court fight vs passage of the first Neutrality Act.")
P("date", (PA, "The first Neutrality Act, passed on August 13, 1935"),
  (N, "On August 31, 1935, Congress passed the first Neutrality Act"), "differ",
  "First Neutrality Act: August 13 vs August 31, 1935.", "A4")
P("quote", (PA, "arms, ammunition, and implements of war"),
  (N, "arms, ammunition, and implements of war"), "agree",
  "Quoted export ban wording of the 1935 Act.")
P("event", (PA, "Roosevelt had opposed the measure, yet he gave way before the weight of opinion in Congress and the country"),
  (N, "President Franklin D. Roosevelt originally opposed the legislation, but relented in the face of strong Congressional and public opinion"), "agree",
  "Roosevelt first opposed the 1935 Act, then relented.")
P("date", (PA, "In February 1936 Congress extended the law"),
  (N, "On February 29, 1936, Congress renewed the Act"), "more-precise",
  "Renewal of the Act: February 1936 vs February 29, 1936; (b) more precise.", "A-P2")
P("date", (PA, "to May 1938"),
  (N, "until May of 1937"), "differ",
  "Renewed Act ran until May 1938 vs May 1937.", "A5")
P("event", (PA, "countries at war could buy anything except weapons, provided they paid on the spot and took the goods away in their own hulls"),
  (N, "to acquire any items except arms from the United States, so long as they immediately paid for such items and carried them on non-American ships"), "agree",
  "Cash-and-carry terms of the 1937 Act.")
P("event", (PA, "only Britain and Canada had both the hard currency and the shipping to use it"),
  (N, "to assist Great Britain and France in any war against the Axis Powers, since he realized that they were the only countries that had both the hard currency and ships"), "differ",
  "Countries able to use cash-and-carry: Britain and Canada vs Britain and France.", "A7")
P("quantity", (PA, "the provision was to lapse after three years"),
  (N, "this provision was set to expire after two years"), "differ",
  "Cash-and-carry expiry: three years vs two years.", "A6")
P("date", (PA, "After German troops occupied Czechoslovakia in April 1939"),
  (N, "Following Germany\u2019s occupation of Czechoslovakia in March of 1939"), "differ",
  "German occupation of Czechoslovakia: April vs March 1939.", "A8")
P("date", (PA, "Late in 1939, after fierce debate, a final Neutrality Act"),
  (N, "in November of 1939, a final Neutrality Act passed"), "more-precise",
  "Final Neutrality Act: late 1939 vs November 1939; (b) more precise.", "A-P1")
P("event", (PA, "ended the arms embargo and placed all trade with belligerents on a cash-and-carry footing"),
  (N, "This Act lifted the arms embargo and put all trade with belligerent nations under the terms of"), "agree",
  "1939 Act: arms embargo lifted, all trade under cash-and-carry.")
P("event", (PA, "It also lifted the old ban on loans"),
  (N, "The ban on loans remained in effect"), "differ",
  "Loan ban under the 1939 Act: lifted vs remained in effect.", "A9")
P("date", (PA, "The outbreak of war in Europe that September"),
  (L, "When war broke out in Europe in September 1939"), "agree",
  "War in Europe: 'that September' (after April 1939) = September 1939.")
P("date", (PA, "The outbreak of war in Europe that September"),
  (L, "began to provide significant military supplies and other assistance to the Allies in September 1940"), "not-same",
  "Outbreak of war in Europe (September 1939) vs start of U.S. aid to the Allies (September 1940).")
P("quote", (PA, "not ask that every American remain neutral in thought as well"),
  (L, "not ask that every American remain neutral in thought as well"), "agree",
  "Roosevelt's 'neutral in thought' words.")
P("date", (PA, "The Johnson Act of 1936 barred credit"),
  (L, "The Johnson Act of 1934 also prohibited the extension of credit"), "differ",
  "Johnson Act: 1936 vs 1934.", "A11")
P("event", (PA, "Its one concession to the President was \"cash-and-carry\""),
  (L, "The Neutrality Act of 1939 allowed belligerents to purchase war materiel from the United States, but only on a \u201ccash and carry\u201d basis"), "not-same",
  "Cash-and-carry of the 1937 Act (no arms) vs cash-and-carry of the 1939 Act (war materiel).")
P("event", (PA, "General George C. Marshall, the Army's Chief of Staff, expected the British to give in after the fall of France"),
  (L, "General George C. Marshall, anticipated that Britain would surrender following the collapse of France"), "agree",
  "Marshall expected Britain to surrender after France fell.")
P("date", (PA, "In September 1940 Roosevelt signed the destroyers-for-bases agreement"),
  (L, "On September 2, 1940, President Roosevelt signed a \u201cDestroyers for Bases\u201d agreement"), "more-precise",
  "Destroyers for Bases: September 1940 vs September 2, 1940; (b) more precise.", "A-P3")
P("quantity", (PA, "more than 50 ageing destroyers"),
  (L, "more than 50 obsolete destroyers"), "agree",
  "Destroyers transferred: more than 50.")
P("quantity", (PA, "49-year leases"),
  (L, "99-year leases"), "differ",
  "Length of base leases: 49 vs 99 years.", "A12")
P("date", (PA, "When he warned in December 1940 that Britain could no longer pay for supplies"),
  (L, "In December 1940, Churchill warned Roosevelt that the British were no longer able to pay for supplies"), "agree",
  "Churchill's warning: December 1940.")
P("date", (PA, "Roosevelt answered on December 17 with the scheme that became Lend-Lease"),
  (L, "On December 17, President Roosevelt proposed a new initiative that would be known as Lend-Lease"), "agree",
  "Lend-Lease proposed December 17 (1940).")
P("event", (PA, "under Article VII of the agreement, the two governments pledged to work together for a liberalised world economy after the war"),
  (L, "in Article VII of the Lend-Lease agreement they signed, that this consideration would primarily consist of joint action directed towards the creation of a liberalized international economic order in the postwar world"), "agree",
  "Article VII consideration: joint action for a liberal postwar economic order.")
P("quantity", (PA, "some $50 billion in aid"),
  (L, "dispensing some $50 billion in assistance"), "agree",
  "Lend-Lease total: some $50 billion.")
P("quote", (PA, "the most unsordid act"),
  (L, "the most unsordid act"), "agree",
  "Churchill's phrase.")
P("date", (PA, "On October 17, 1941"),
  (N, "On October 17, 1941, the House of Representatives revoked section VI"), "agree",
  "House vote on section VI: October 17, 1941.")
P("event", (PA, "the House narrowly voted to repeal section VI"),
  (N, "which forbade the arming of U.S. merchant ships, by a wide margin"), "differ",
  "Margin of the House repeal of section VI: narrow vs wide.", "A10")
P("date", (PA, "The attack on Pearl Harbor in December 1941"),
  (I, "The surprise Japanese attack on the U.S. Navy at Pearl Harbor in December of 1941"), "agree",
  "Pearl Harbor: December 1941.")

# ---------------- Panel B: Afghanistan and Western Europe ----------------
P("date", (PB, "Jimmy Carter's election in November 1976"),
  (WE, "the November 1976 election of President Carter"), "agree",
  "Carter's election: November 1976.")
P("event", (PB, "West Germany in particular worried that Carter's new emphasis on human rights in the Soviet bloc might undo it"),
  (WE, "triggered anxieties in countries such as West Germany that d\u00e9tente might be undermined"), "agree",
  "West German worry that Carter's human-rights line would undermine detente.")
P("date", (PB, "In 1977 the Soviet Union began installing a new generation of intermediate-range ballistic missiles in Eastern Europe"),
  (WE, "in 1977, the Soviet Union began to deploy new intermediate-range ballistic missiles (IRBMs) in Eastern Europe"), "agree",
  "Soviet IRBM deployment began 1977.")
P("event", (PB, "In 1977 the Soviet Union began installing a new generation of intermediate-range ballistic missiles"),
  (WE, "deploying Pershing II and cruise missiles"), "not-same",
  "Soviet IRBM deployment (1977) vs NATO's planned Pershing II/cruise missile deployment (1979).")
P("date", (PB, "American newspapers reported in July 1977 that the United States would develop it"),
  (WE, "In June 1977, when the U.S. press reported that the United States would develop ERWs"), "differ",
  "Press report on neutron bomb development: July vs June 1977.", "B10")
P("date", (PB, "Carter put off its production in April 1979"),
  (WE, "in April 1978 President Carter decided to defer production of ERWs"), "differ",
  "Deferral of neutron bomb production: April 1979 vs April 1978.", "B11")
P("date", (PB, "In 1979 NATO settled on a \"dual-track\" answer"),
  (WE, "In December 1979, NATO approved a \u201cdual-track\u201d response"), "more-precise",
  "NATO dual-track decision: 1979 vs December 1979; (b) more precise.", "B-P3")
P("event", (PB, "it would station Pershing II and cruise missiles in Western Europe while seeking talks with the Soviet Union on reducing theatre nuclear forces"),
  (WE, "deploying Pershing II and cruise missiles while simultaneously seeking to negotiate reductions in theatre nuclear forces with the Soviet Union"), "agree",
  "Dual track: deploy Pershing II/cruise missiles and negotiate reductions.")
P("event", (PB, "West Germany and Belgium accepted the new missiles without conditions"),
  (WE, "West Germany and Italy approved deployment of the missiles on their territories without conditions"), "differ",
  "Countries accepting the missiles without conditions: West Germany and Belgium vs West Germany and Italy (Belgium hesitated).", "B12")
P("date", (PB, "the Carnation Revolution of 1974"),
  (WE, "the Carnation Revolution (1974)"), "agree",
  "Carnation Revolution: 1974.")
P("date", (PB, "Franco's death the following year"),
  (WE, "the death of Spanish Head of State General Francisco Franco (1975)"), "agree",
  "Franco's death: 'the following year' after 1974 = 1975.")
P("date", (PB, "In the spring of 1973 Mohammed Daoud, a former Prime Minister, overthrew King Zahir"),
  (AF, "In the summer of 1973, Mohammed Daoud, the former Afghan Prime Minister, launched a successful coup against King Zahir"), "differ",
  "Daoud's coup: spring vs summer 1973.", "B1")
P("date", (PB, "Moscow had trained and equipped Afghan forces since the mid-1950s"),
  (AF, "Since 1955 Moscow had provided military training and materiel to Afghanistan"), "more-precise",
  "Start of Soviet military training: mid-1950s vs 1955; (b) more precise.", "B-P1")
P("quantity", (PB, "by 1973 half of the country's active troops had been schooled on Soviet soil"),
  (AF, "by 1973, a third of active troops had trained on Soviet soil"), "differ",
  "Share of Afghan troops trained in the USSR by 1973: half vs a third.", "B2")
P("date", (PB, "The Marxist People's Democratic Party of Afghanistan, founded in 1963"),
  (AF, "the People\u2019s Democratic Party of Afghanistan (PDPA), founded in 1965"), "differ",
  "PDPA founding: 1963 vs 1965.", "B3")
P("date", (PB, "had split in 1967 into a Parcham wing under Babrak Karmal and a Khalq wing under Noor Taraki"),
  (AF, "In 1967 the PDPA split into two factions"), "agree",
  "PDPA split: 1967.")
P("date", (PB, "In April 1978 soldiers loyal to Taraki's Khalq faction stormed the presidential palace"),
  (AF, "On April 28, 1978, soldiers aligned with Taraki\u2019s \u201cKhalq\u201d faction assaulted the presidential palace"), "more-precise",
  "Assault on the palace: April 1978 vs April 28, 1978; (b) more precise.", "B-P2")
P("event", (PB, "killed Daoud together with his family"),
  (AF, "troops executed Daoud and his family"), "agree",
  "Daoud and his family killed.")
P("event", (PB, "Taraki took the post of Prime Minister"),
  (AF, "Taraki became the Prime Minister"), "agree",
  "Taraki became Prime Minister.")
P("event", (PB, "Karmal was made his deputy"),
  (AF, "Karmal became Deputy Prime Minister"), "agree",
  "Karmal became Deputy Prime Minister in 1978.")
P("event", (PB, "Karmal was made his deputy"),
  (AF, "installed Babrak Karmal as the Soviet\u2019s puppet head of government"), "not-same",
  "Karmal in two roles: Deputy Prime Minister (1978) vs Soviet-installed head of government (1979).")
P("event", (PB, "Zbigniew Brzezinski, argued for recognising the new government"),
  (AF, "Zbigniew Brzezinski advocated the former course"), "differ",
  "Brzezinski's position: for recognition vs for cutting ties (the 'former course').", "B4")
P("event", (PB, "the State Department agreed, and the United States soon recognised it"),
  (AF, "Shortly after the revolution, Washington recognized the new government"), "agree",
  "Washington recognised the Taraki government soon after the revolution.")
P("date", (PB, "kidnapped and killed him in March 1979"),
  (AF, "Until his kidnapping and death at the hands of Afghan Shia dissidents in February 1979"), "differ",
  "Death of Ambassador Dubs: March vs February 1979.", "B5")
P("date", (PB, "By the winter of 1978 the regime's drive to carry revolution into the tribal areas had provoked armed revolt"),
  (AF, "By the winter of 1978, this program was met by armed revolt throughout the country"), "agree",
  "Armed revolt by the winter of 1978.")
P("event", (PB, "signed a friendship treaty that allowed direct Soviet military help if the insurgency threatened the government"),
  (AF, "to sign a friendship treaty which included a provision that would allow direct Soviet military assistance"), "agree",
  "Friendship treaty allowing direct Soviet military aid.")
P("event", (PB, "had sent combat troops to Shindand air base"),
  (AF, "dispatched combat troops to Bagram Air Base outside of Kabul"), "differ",
  "Air base receiving Soviet combat troops: Shindand vs Bagram.", "B6")
P("event", (PB, "a move that led Carter to begin supplying non-lethal aid to the mujahedeen"),
  (AF, "This move prompted the Carter administration to begin supplying non-lethal aid to Afghan mujahedeen"), "agree",
  "Carter began non-lethal aid to the mujahedeen.")
P("date", (PB, "In August a senior Soviet military delegation arrived in Kabul"),
  (AF, "In August, a high-ranking Soviet military delegation arrived in Kabul"), "agree",
  "Soviet military delegation in Kabul: August (1979).")
P("event", (PB, "Amin suspected a plot against him"),
  (AF, "received word that Babrak Karmal (Daoud\u2019s early supporter) was leading a Parcham plot to overthrow the Taraki regime"), "not-same",
  "Two plots: Amin's suspicion of a Soviet-backed plot against himself (August 1979) vs the reported Parcham plot against Taraki (summer 1979).")
P("date", (PB, "in September his supporters killed Taraki"),
  (AF, "forces loyal to Amin executed Taraki in October"), "differ",
  "Killing of Taraki: September vs October (1979).", "B7")
P("date", (PB, "On New Year's Eve the invasion began"),
  (AF, "Finally, on Christmas Eve, the invasion began"), "differ",
  "Start of the invasion: New Year's Eve vs Christmas Eve.", "B8")
P("event", (PB, "Carter sent Brezhnev a sharply worded letter"),
  (AF, "Carter wrote a sharply-worded letter to Brezhnev denouncing Soviet aggression"), "agree",
  "Carter's sharp letter to Brezhnev.")
P("event", (PB, "proclaimed a doctrine pledging to protect Middle Eastern oil from Soviet encroachment"),
  (AF, "he announced his own doctrine vowing to protect Middle Eastern oil supplies from encroaching Soviet power"), "agree",
  "Carter Doctrine on Middle Eastern oil.")
P("event", (PB, "proclaimed a doctrine pledging to protect Middle Eastern oil"),
  (AF, "an exemplar of the Brezhnev Doctrine"), "not-same",
  "Two doctrines: Carter's (protect Gulf oil) vs Brezhnev's (no return from socialism).")
P("event", (PB, "called for a boycott of the 1980 Moscow Olympics"),
  (AF, "called for a boycott of the 1980 Moscow Olympics"), "agree",
  "Boycott of the 1980 Moscow Olympics.")
P("quantity", (PB, "took over 60 American diplomats hostage"),
  (WE, "took over 60 U.S. diplomats hostage"), "agree",
  "Tehran hostages: over 60 diplomats.")
P("date", (PB, "The Soviet intervention at the close of 1979"),
  (WE, "the Soviet Union\u2019s December 1979 intervention in Afghanistan"), "more-precise",
  "Soviet intervention: close of 1979 vs December 1979; (b) more precise.", "B-P4")
P("quantity", (PB, "eight years of grinding insurgency passed before the Soviet army withdrew"),
  (AF, "it took ten years of grinding insurgency before Moscow finally withdrew"), "differ",
  "Length of the insurgency before Soviet withdrawal: eight vs ten years.", "B9")

# ---------------- Panel C: Jackson, Florida and removal ----------------
P("event", (PC, "Presidents Thomas Jefferson and James Monroe both held that the southeastern tribes ought to trade their homelands for land beyond the Mississippi"),
  (IT, "Presidents Thomas Jefferson and James Monroe argued that the Indian tribes in the Southeast should exchange their land for lands west of the Mississippi River"), "agree",
  "Jefferson and Monroe favoured exchanging southeastern lands for land west of the Mississippi.")
P("date", (PC, "passed back to Spain under the Treaty of Paris in 1783"),
  (FL, "by the Treaty of Paris in 1783 they returned to Spanish control"), "agree",
  "Floridas returned to Spain by the Treaty of Paris, 1783.")
P("date", (PC, "in 1812 they rebelled and declared independence from Spain"),
  (FL, "In 1810, these American settlers in West Florida rebelled, declaring independence from Spain"), "differ",
  "West Florida revolt: 1812 vs 1810.", "C10")
P("date", (PC, "as part of the Louisiana Purchase of 1803"),
  (FL, "was part of the Louisiana Purchase of 1803"), "agree",
  "Louisiana Purchase: 1803.")
P("date", (PC, "In 1813 Major General Andrew Jackson led a campaign against the Creeks"),
  (IT, "In 1814, Major General Andrew Jackson led an expedition against the Creek Indians"), "differ",
  "Jackson's Creek campaign: 1813 vs 1814.", "C1")
P("event", (PC, "in present-day Alabama near the Georgia border"),
  (IT, "in present day Alabama near the Georgia border"), "agree",
  "Horse Shoe Bend: Alabama near the Georgia border.")
P("quantity", (PC, "over twenty million acres of their traditional land"),
  (IT, "over twenty-million acres of their traditional land"), "agree",
  "Creek cession: over twenty million acres.")
P("quantity", (PC, "about one-third of present-day Alabama"),
  (IT, "about one-half of present day Alabama"), "differ",
  "Share of Alabama ceded: one-third vs one-half.", "C2")
P("quantity", (PC, "helping to negotiate seven of the eleven major treaties"),
  (IT, "helping to negotiate nine of the eleven major treaties to remove Indians"), "differ",
  "Removal treaties Jackson helped negotiate: seven vs nine of eleven.", "C3")
P("date", (PC, "had come to Washington in 1815 to negotiate with Secretary of State James Monroe"),
  (FL, "the mission of Don Luis de On\u00eds to Washington in 1815 to meet Secretary of State James Monroe"), "agree",
  "Onís mission to Monroe: 1815.")
P("event", (PC, "no settlement came until Monroe was President"),
  (FL, "to meet Secretary of State James Monroe"), "not-same",
  "Monroe in two roles: President (settlement) vs Secretary of State (1815 talks).")
P("date", (PC, "In 1818, on an authorised raid against Seminoles and escaped slaves, Jackson captured the Spanish forts at Pensacola and St. Marks"),
  (FL, "General Andrew Jackson seized the Spanish forts at Pensacola and St. Marks in his 1818 authorized raid against Seminoles and escaped slaves"), "agree",
  "Jackson seized Pensacola and St. Marks in the 1818 raid.")
P("event", (PC, "on an authorised raid against Seminoles and escaped slaves"),
  (IT, "led an expedition against the Creek Indians"), "not-same",
  "Two Jackson campaigns: the 1818 Seminole raid vs the 1814 Creek expedition.")
P("quantity", (PC, "executed three British subjects"),
  (FL, "Jackson executed two British citizens"), "differ",
  "British subjects executed by Jackson: three vs two.", "C11")
P("event", (PC, "Adams defended the general"),
  (FL, "Adams defended the Jackson"), "agree",
  "Adams defended Jackson.")
P("event", (PC, "It ceded East Florida, renounced its claim to West Florida and received no payment"),
  (FL, "Spain ceded East Florida to the United States and renounced all claim to West Florida"), "agree",
  "Spain ceded East Florida and renounced West Florida.")
P("quantity", (PC, "several million dollars in damage"),
  (FL, "$5 million in damage"), "more-precise",
  "Damage claims assumed by the U.S.: several million dollars vs $5 million; (b) more precise.", "C-P2")
P("date", (PC, "The Adams-On\u00eds Treaty of 1819, also called the Transcontinental Treaty and ratified in 1821"),
  (FL, "Under the On\u00eds-Adams Treaty of 1819 (also called the Transcontinental Treaty and ratified in 1821)"), "agree",
  "Adams-Onís Treaty: 1819, ratified 1821.")
P("event", (PC, "the Creek, Cherokee, Chickasaw and Choctaw concluded that war with the Americans could not be won"),
  (IT, "the Creek, Cherokee, Chickasaw, and Choctaw\u2014realized that they could not defeat the Americans in war"), "agree",
  "Four nations concluded they could not win a war.")
P("date", (PC, "the Second Seminole War of 1835 to 1840"),
  (IT, "the Second Seminole War (1835\u20131842)"), "differ",
  "Second Seminole War: 1835-1840 vs 1835-1842.", "C4")
P("date", (PC, "the Third Seminole War of 1855 to 1858"),
  (IT, "the Third Seminole War (1855\u20131858)"), "agree",
  "Third Seminole War: 1855-1858.")
P("date", (PC, "the Third Seminole War of 1855 to 1858"),
  (IT, "the Second Seminole War (1835\u20131842)"), "not-same",
  "Third Seminole War vs Second Seminole War.")
P("quote", (PC, "regulate commerce with foreign nations, and among the several States, and with the Indian tribes"),
  (IT, "regulate commerce with foreign nations, and among the several States, and with the Indian tribes"), "agree",
  "Commerce clause quotation.")
P("date", (PC, "Once in the White House (1829-1837)"),
  (IT, "When Andrew Jackson became president (1829\u20131837)"), "agree",
  "Jackson's presidency: 1829-1837.")
P("event", (PC, "allowed the President to grant land west of the Mississippi to tribes that surrendered their homelands"),
  (IT, "the President could grant land west of the Mississippi River to Indian tribes that agreed to give up their homelands"), "agree",
  "Removal Act: land west of the Mississippi for tribes giving up homelands.")
P("quantity", (PC, "he had signed almost seventy removal treaties"),
  (IT, "he had signed into law almost seventy removal treaties"), "agree",
  "Removal treaties signed: almost seventy.")
P("quantity", (PC, "moving nearly 60,000 eastern Indians to Indian Territory"),
  (IT, "to move nearly 50,000 eastern Indians to Indian Territory"), "differ",
  "Indians moved: nearly 60,000 vs nearly 50,000.", "C5")
P("event", (PC, "a smaller area that later became western Oklahoma"),
  (IT, "a more confined area\u2014what later became eastern Oklahoma"), "differ",
  "Intended destination: western vs eastern Oklahoma.", "C6")
P("date", (PC, "In Cherokee Nation v. the State of Georgia, decided in 1831"),
  (IT, "In his 1831 ruling on Cherokee Nation v. the State of Georgia"), "agree",
  "Cherokee Nation v. Georgia: 1831.")
P("event", (PC, "In Cherokee Nation v. the State of Georgia, decided in 1831"),
  (IT, "ruled that Indian tribes were indeed sovereign and immune from Georgia laws"), "not-same",
  "Two rulings: the 1831 'domestic dependent nations' case vs the next year's ruling that tribes were sovereign.")
P("quote", (PC, "domestic dependent nations"),
  (IT, "domestic dependent nations"), "agree",
  "Marshall's phrase.")
P("quote", (PC, "that of a ward to his guardian"),
  (IT, "that of a ward to his guardian"), "agree",
  "Marshall's ward/guardian comparison.")
P("date", (PC, "Two years later the Court reversed itself"),
  (IT, "the following year the Supreme Court reversed itself"), "differ",
  "Reversal of the Court: two years later vs the following year.", "C7")
P("event", (PC, "Jackson would not enforce the decision"),
  (IT, "President Jackson nonetheless refused to heed the Court\u2019s decision"), "agree",
  "Jackson ignored the Court's decision.")
P("date", (PC, "the Treaty of New Echota, which Congress ratified in the mid-1830s"),
  (IT, "the Treaty of New Echota, which Congress ratified against the protests of Daniel Webster and Henry Clay in 1835"), "more-precise",
  "Ratification of New Echota: mid-1830s vs 1835; (b) more precise.", "C-P3")
P("event", (PC, "over the protests of Daniel Webster and John C. Calhoun"),
  (IT, "against the protests of Daniel Webster and Henry Clay"), "differ",
  "Protesters against New Echota: Webster and Calhoun vs Webster and Clay.", "C8")
P("event", (PC, "Most Cherokees rejected the treaty and stood with Principal Chief John Ross"),
  (IT, "the majority followed Principal Chief John Ross"), "agree",
  "Majority of Cherokees followed John Ross.")
P("date", (PC, "Late in the 1830s, at gunpoint, federal troops and Georgia militia drove them west across the Mississippi"),
  (IT, "in 1838, when, under the guns of federal troops and Georgia state militia, the Cherokee tribe were forced to the dry plains across the Mississippi"), "more-precise",
  "Forced Cherokee removal: late 1830s vs 1838; (b) more precise.", "C-P1")
P("quantity", (PC, "between four and five thousand"),
  (IT, "between three and four thousand out of the fifteen to sixteen thousand Cherokees died"), "differ",
  "Cherokee deaths on the Trail of Tears: 4,000-5,000 vs 3,000-4,000.", "C9")
P("event", (PC, "By the 1840s, apart from a few Seminoles still holding out in Florida, no Indian nations remained in the American South"),
  (IT, "by the 1840s, from the Atlantic to the Mississippi, no Indian tribes resided in the American South"), "agree",
  "No tribes left in the South by the 1840s except some Seminoles.")

# ---------------- Essay-essay pairs ----------------
P("event", (I, "President George Washington had advocated non-involvement in European wars and politics"),
  ("1784-1800-foreword", "Washington promoted a vision of American diplomacy that involved no \u201centangling alliances\u201d with European powers"), "agree",
  "Farewell Address: no entanglement in European affairs.")
P("date", ("1921-1936-kellogg", "in 1931, when the Mukden Incident led to the Japanese invasion of Manchuria"),
  ("1945-1952-chinese-rev", "After the Japanese invaded Manchuria in 1931"), "agree",
  "Japanese invasion of Manchuria: 1931.")
P("event", (I, "the United States would not recognize the territory gained by aggression"),
  ("1921-1936-mukden-incident", "Responses like the Stimson Doctrine of non-recognition"), "agree",
  "Stimson Doctrine = non-recognition.")
P("event", ("1921-1936-great-depression", "the Italian invasion of Ethiopia in 1935, and German expansionism in Central and Eastern Europe\u2014but the United States did not take any major action in response or opposition"),
  (I, "also resulted in virtually no official commitment or action from the United States Government"), "agree",
  "No significant U.S. action over Ethiopia and other 1930s aggression.")
P("event", ("1921-1936-great-depression", "the Italian invasion of Ethiopia in 1935"),
  ("1977-1980-horn-of-africa", "In the summer of 1977, Somalia, a poverty -stricken country in the Horn of Africa, invaded its equally poor neighbor, Ethiopia"), "not-same",
  "Two invasions of Ethiopia: Italy 1935 vs Somalia 1977.")
P("date", ("1921-1936-dawes", "the Johnson Act in 1934"),
  (L, "The Johnson Act of 1934"), "agree",
  "Johnson Act: 1934.")
P("event", (I, "Congress pushed through a series of Neutrality Acts"),
  ("1937-1945-foreword", "Congress passed a series of neutrality acts"), "agree",
  "Congress passed a series of neutrality acts.")
P("date", (L, "The Neutrality Act of 1939"),
  (N, "in November of 1939, a final Neutrality Act passed"), "more-precise",
  "Neutrality Act of 1939: 1939 vs November 1939; (b) more precise.")
P("event", (N, "The Neutrality Act of 1937 did contain one important concession to Roosevelt"),
  (L, "The Neutrality Act of 1939 allowed belligerents to purchase war materiel from the United States"), "not-same",
  "Neutrality Act of 1937 vs Neutrality Act of 1939.")
P("event", (I, "Congress rejected U.S. membership in the League of Nations"),
  ("1921-1936-dawes", "the U.S. rejection of the Treaty of Versailles and the League of Nations"), "agree",
  "U.S. rejection of League membership.")
P("date", (I, "Pearl Harbor in December of 1941"),
  ("1937-1945-foreword", "On December 7, 1941, the Japanese attacked the U.S. naval installation at Pearl Harbor"), "more-precise",
  "Pearl Harbor: December 1941 vs December 7, 1941; (b) more precise.")
P("date", ("1937-1945-atlantic-conf", "the Japanese attack on Pearl Harbor in December 1941"),
  (I, "The surprise Japanese attack on the U.S. Navy at Pearl Harbor in December of 1941"), "agree",
  "Pearl Harbor: December 1941.")
P("event", (L, "in Article VII of the Lend-Lease agreement they signed"),
  ("1937-1945-bretton-woods", "Article VII of their February 1942 agreement on lend-lease aid"), "agree",
  "Article VII of the Anglo-American Lend-Lease agreement.")
P("date", ("1969-1976-salt", "On December 25, the Soviets invaded Afghanistan"),
  (AF, "on Christmas Eve, the invasion began"), "differ",
  "Start of the Soviet invasion of Afghanistan: December 25 vs Christmas Eve (December 24).")
P("date", ("1969-1976-detente", "By the time the Soviet Union invaded Afghanistan in 1979"),
  ("1977-1980-foreword", "the Soviet invasion of Afghanistan in December 1979"), "more-precise",
  "Invasion of Afghanistan: 1979 vs December 1979; (b) more precise.")
P("date", ("1977-1980-horn-of-africa", "the Soviet invasion of Afghanistan in December 1979"),
  ("1977-1980-non-proliferation", "after the Soviet Union invaded Afghanistan in December 1979"), "agree",
  "Invasion of Afghanistan: December 1979.")
P("event", ("1977-1980-foreword", "prohibiting U.S. participation in the upcoming 1980 Moscow Summer Olympics"),
  ("1981-1988-u-s-soviet-relations", "boycott the 1980 Olympics Games in Moscow"), "agree",
  "U.S. boycott of the 1980 Moscow Olympics.")
P("event", ("1977-1980-foreword", "Carter responded to the Soviet invasion by embargoing grain sales"),
  ("1981-1988-u-s-soviet-relations", "ban U.S. grain sales to Moscow"), "agree",
  "Grain embargo after the invasion.")
P("event", ("1961-1968-soviet-invasion-czechoslavkia", "also became the primary justification for the Soviet invasion of Afghanistan in 1979"),
  (AF, "secure Afghanistan\u2019s place as an exemplar of the Brezhnev Doctrine"), "agree",
  "Brezhnev Doctrine as the rationale for the invasion of Afghanistan.")
P("date", (FL, "by the Treaty of Paris in 1783 they returned to Spanish control"),
  ("1750-1775-french-indian-war", "In the resulting Treaty of Paris (1763)"), "not-same",
  "Two Treaties of Paris: 1783 (Floridas back to Spain) vs 1763 (Florida to Britain).")
P("event", ("1801-1829-louisiana-purchase", "Jefferson sent James Monroe to join Robert Livingston in France"),
  (FL, "to meet Secretary of State James Monroe"), "not-same",
  "Monroe as envoy to France (1803) vs Monroe as Secretary of State (1815).")
P("date", (N, "once the United States joined the Allies in the fight against Nazi Germany and Japan in December 1941"),
  ("1937-1945-foreword", "On December 7, 1941, the Japanese attacked the U.S. naval installation at Pearl Harbor, and the United States formally entered the Second World War"), "more-precise",
  "U.S. entry into the war: December 1941 vs December 7, 1941; (b) more precise.")
P("date", ("1977-1980-china-policy", "The 1979 Soviet invasion of Afghanistan"),
  ("1977-1980-horn-of-africa", "the Soviet invasion of Afghanistan in December 1979"), "more-precise",
  "Invasion of Afghanistan: 1979 vs December 1979; (b) more precise.")
