"""Hand-written spec for pairs_v23 (held-out round 28).

P(kind, (doc, span), (doc, span), verdict, note, label=None, type=None)
Panel on side a, essay on side b. For more-precise pairs side b is always the more precise side.
label/type are set only for planted errors in the panels (A/B/C = contradictions, -P = precision).
"""

JA = 'panel-jay-and-pinckney-treaties'
KM = 'panel-outlawing-war-and-manchuria'
PB = 'panel-pretoria-and-beijing-1989'
J = '1784-1800-jay-treaty'
PK = '1784-1800-pickney-treaty'
K = '1921-1936-kellogg'
M = '1921-1936-mukden-incident'
AP = '1989-1992-apartheid'
T = '1989-1992-tiananmen-square'

PANELS = {JA: [J, PK], KM: [K, M], PB: [AP, T]}

PAIRS = []


def P(kind, a, b, verdict, note, label=None, type=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, type=type))


# ---------------------------------------------------------------- panel A: Jay and Pinckney
P('quantity', (JA, 'three grievances kept the quarrel alive'),
  (J, 'Tensions between the United States and Britain remained high after the Revolutionary War as a result of three key issues'),
  'agree', 'Number of key Anglo-American grievances after the Revolution: three in both.')
P('event', (JA, 'Cheap British manufactures poured into American ports while British tariffs and trade rules shut American exports out'),
  (J, 'British exports flooded U.S. markets, while American exports were blocked by British trade restrictions and tariffs'),
  'agree', 'British goods flooding U.S. markets while British tariffs/restrictions blocked American exports.')
P('date', (JA, 'under the Treaty of Paris of 1783'), (J, 'in the Treaty of Paris (1783)'),
  'agree', 'Treaty under which Britain had promised to vacate the northern forts: Treaty of Paris, 1783.')
P('date', (JA, 'by the late 1700s the two countries stood close to war'),
  (J, 'brought the two nations to the brink of war in the late 1700s'),
  'agree', 'Britain and the United States near war by the late 1700s.')
P('date', (JA, 'When Britain and France went to war in 1792'),
  (J, 'The French Revolution led to war between Britain and France in 1793'),
  'differ', 'Year Britain and France went to war: 1792 vs 1793.', 'A1', 'wrong year')
P('event', (JA, 'Treasury Secretary Alexander Hamilton and his allies leaned toward Britain'),
  (J, 'those who supported the British, including Secretary of the Treasury Alexander Hamilton'),
  'agree', 'Hamilton, Secretary of the Treasury, in the pro-British camp.')
P('event', (JA, "President George Washington came down on Hamilton's side"),
  (J, 'President George Washington sided with Hamilton'),
  'agree', 'Washington sided with Hamilton.')
P('event', (JA, 'chose Chief Justice John Jay, a man known for his British sympathies, to negotiate in London'),
  (J, 'sent pro-British Chief Justice John Jay to negotiate with the British Government'),
  'agree', 'Pro-British Chief Justice John Jay sent to negotiate with Britain.')
P('event', (JA, 'Jay relied mainly on Jefferson'),
  (J, 'Jay looked to Hamilton for specific instructions for the treaty'),
  'differ', 'Whom Jay looked to for his specific instructions: Jefferson vs Hamilton.', 'A2', 'wrong person')
P('event', (JA, 'join Denmark and the Netherlands in defending neutral shipping by force'),
  (J, 'join the Danish and the Swedish governments in defending their neutral status'),
  'differ', "Jay's bargaining chip, joining an armed neutrality with Denmark and ... : the Netherlands vs Sweden.", 'A3', 'wrong country')
P('event', (JA, 'quietly assuring the British on his own initiative that the United States had no intention of joining such an armed neutrality'),
  (J, 'Hamilton independently informed the British leadership that the United States had no intention of joining in this neutral armament'),
  'agree', 'Hamilton independently told the British the U.S. would not join the armed neutrality.')
P('event', (JA, 'Jay accepted an agreement that met few American demands and actually gave Britain new rights'),
  (J, 'The resulting treaty addressed few U.S. interests, and ultimately granted Britain additional rights'),
  'agree', "Jay's Treaty met few U.S. interests and gave Britain additional rights.")
P('date', (JA, 'It was signed on November 29, 1794'),
  (J, 'On November 19, 1794 representatives of the United States and Great Britain signed Jay’s Treaty'),
  'differ', "Signing date of Jay's Treaty: November 29 vs November 19, 1794.", 'A4', 'wrong day')
P('event', (JA, 'Britain agreed to hand over the northwestern posts, a promise it had in fact already made in 1783'),
  (J, 'a surrender of the northwestern posts (already agreed to in 1783)'),
  'agree', 'British surrender of the northwestern posts, already promised in 1783.')
P('quote', (JA, 'most favored nation'), (J, 'most favored nation'),
  'agree', 'Quoted status granted to the United States by the commercial treaty: "most favored nation".')
P('event', (JA, 'opened the British West Indies freely to American ships'),
  (J, 'seriously restricted U.S. commercial access to the British West Indies'),
  'differ', 'American access to the British West Indies under the commercial treaty: opened freely vs seriously restricted.', 'A5', 'wrong outcome')
P('event', (JA, 'from the boundary between Maine and Canada to debts dating from before the Revolution and the seizure of American vessels, was left to arbitration'),
  (J, 'including the Canadian-Maine boundary, compensation for pre-revolutionary debts, and British seizures of American ships, were to be resolved by arbitration'),
  'agree', 'Maine-Canada boundary, pre-revolutionary debts and ship seizures left to arbitration.')
P('event', (JA, 'Britain might take American cargoes headed for France if it paid for them'),
  (J, 'the British could seize U.S. goods bound for France if they paid for them'),
  'agree', 'Britain allowed to seize U.S. goods bound for France if paid for.')
P('quantity', (JA, 'by 20 votes to 12'), (J, 'on a 20 to 10 vote'),
  'differ', "Senate vote on Jay's Treaty: 20 to 12 vs 20 to 10.", 'A6', 'wrong number (votes)')
P('date', (JA, 'the treaty scraped through the Senate in the summer of 1795'), (J, 'on June 24, 1795'),
  'more-precise', "Senate approval of Jay's Treaty: summer of 1795 vs June 24, 1795; (b) more precise.", 'A-P1', 'precision: season vs day')
P('event', (JA, 'kept the lower Mississippi closed to American boats'),
  (PK, 'kept the Mississippi River closed to American shipping'),
  'agree', 'Spain kept the Mississippi closed to American shipping before the treaty.')
P('event', (JA, 'both governments claimed parts of what are now Georgia and Mississippi'),
  (PK, 'both Spain and the United States claimed portions of the present-day states of Alabama and Mississippi'),
  'differ', 'Present-day states partly claimed by both Spain and the U.S.: Georgia and Mississippi vs Alabama and Mississippi.', 'A7', 'wrong place (state)')
P('date', (JA, 'Spain had joined the war against revolutionary France in 1793'),
  (PK, 'Spain joined the other European monarchies in war against France in 1793'),
  'agree', 'Spain entered the war against France in 1793.')
P('event', (JA, 'King Charles III'), (PK, 'Spanish King Charles IV'),
  'differ', 'Spanish king who left affairs to Godoy: Charles III vs Charles IV.', 'A8', 'wrong person')
P('event', (JA, 'his chief minister, Manuel de Godoy, who wanted to break with Britain and make peace with France'),
  (PK, 'Godoy sought to extract Spain from its alliance with its traditional enemy Great Britain, and to restore peace with France'),
  'agree', "Godoy's aim: leave the alliance with Britain and make peace with France.")
P('event', (JA, "Spanish officials feared an Anglo-American alliance and an attack on Spain's North American possessions"),
  (PK, 'Spanish officials feared that Jay’s negotiations would result in an Anglo-American alliance and an invasion of Spanish possessions in North America'),
  'agree', "Spanish fear that Jay's talks would produce an Anglo-American alliance and an attack on Spanish North America.")
P('event', (JA, 'Thomas Pinckney of North Carolina'), (PK, 'South Carolinian Thomas Pinckney'),
  'differ', "Thomas Pinckney's home state: North Carolina vs South Carolina.", 'A9', 'wrong place (state)')
P('event', (JA, 'then serving as the American minister in Paris'),
  (PK, 'who had been serving as United States minister to Great Britain'),
  'differ', "Pinckney's post when chosen: minister in Paris (France) vs minister to Great Britain.", 'A10', 'wrong place (post)')
P('date', (JA, 'Pinckney reached Spain in 1795'), (PK, 'Pinckney arrived in Spain in June of 1795'),
  'more-precise', "Pinckney's arrival in Spain: 1795 vs June 1795; (b) more precise.", 'A-P2', 'precision: year vs month')
P('quantity', (JA, 'Godoy offered the 32nd parallel as the boundary with Florida'),
  (PK, 'Godoy offered to accept the 31st parallel as the U.S.-Florida border'),
  'differ', 'Parallel offered as the U.S.-Florida border: 32nd vs 31st.', 'A11', 'wrong number (parallel)')
P('event', (JA, 'asked in return for an American alliance'),
  (PK, 'In return, Godoy requested that the United States commit to an alliance with Spain'),
  'agree', 'Godoy asked for a U.S. alliance in return.')
P('event', (JA, 'Pinckney said no, and Godoy made the same offer without that condition'),
  (PK, 'Pinckney rejected the alliance, and after further consultation Godoy provided the same offer without the necessity of the alliance'),
  'agree', 'Pinckney refused the alliance; Godoy renewed the offer without it.')
P('date', (JA, 'two days later Godoy gave way'), (PK, 'The next day, Godoy agreed to Pinckney’s demands'),
  'differ', "Interval between Pinckney's threat to leave and Godoy's concession: two days vs the next day.", 'A12', 'wrong interval (days)')
P('date', (JA, 'the Treaty of San Lorenzo was signed in late October 1795'),
  (PK, 'the two negotiators signed the treaty on October 27, 1795'),
  'more-precise', 'Signing of the Treaty of San Lorenzo: late October 1795 vs October 27, 1795; (b) more precise.', 'A-P3', 'precision: part of month vs day')
P('event', (JA, 'cancelled Spanish promises of military help to Native Americans in the disputed lands'),
  (PK, 'voided Spanish guarantees of military support that colonial officials had made to Native Americans in the disputed regions'),
  'agree', 'Treaty voided Spanish guarantees of military support to Native Americans.')
P('event', (JA, 'because Pinckney was a Federalist it helped his party win support outside its New England base'),
  (PK, 'the treaty served to bolster the Federalists outside of their New England stronghold'),
  'agree', 'Treaty bolstered the Federalists outside New England.')
# not-same (panel A)
P('date', (JA, 'Spain had joined the war against revolutionary France in 1793'),
  (J, 'The French Revolution led to war between Britain and France in 1793'),
  'not-same', "Different belligerents in 1793: Spain's entry into the war against France vs the outbreak of the Britain-France war.")
P('event', (JA, 'the boundary between Maine and Canada'),
  (PK, 'accept the 31st parallel as the U.S.-Florida border'),
  'not-same', "Different boundaries: Maine-Canada line left to arbitration in Jay's Treaty vs the Florida border settled with Spain.")
P('event', (JA, 'Britain agreed to hand over the northwestern posts'),
  (PK, 'The Spanish government maintained several forts in the disputed territories'),
  'not-same', 'Different forts: British northwestern posts vs Spanish forts in the southern disputed territories.')
P('event', (JA, 'It was popular with the American public, above all in the West and South'),
  (J, 'Jay’s Treaty was immensely unpopular with the American public'),
  'not-same', "Different treaties: public reception of Pinckney's Treaty (popular) vs Jay's Treaty (unpopular).")

# ---------------------------------------------------------------- panel B: Kellogg-Briand and Manchuria
P('date', (KM, 'beginning with the naval conferences that opened in Washington in 1921'),
  (K, 'the series of naval conferences that began in Washington in 1921'),
  'agree', 'Naval conferences began in Washington in 1921.')
P('event', (KM, 'working with the League of Nations and the new World Court'),
  (K, 'cooperation with the League of Nations and the newly formed World Court'),
  'agree', 'Peace efforts through cooperation with the League and the new World Court.')
P('event', (KM, 'Nicholas Murray Butler and James T. Shotwell, worked with the Carnegie Endowment for International Peace'),
  (K, 'Both men were affiliated with the Carnegie Endowment for International Peace'),
  'agree', 'Butler and Shotwell affiliated with the Carnegie Endowment.')
P('date', (KM, 'had founded in 1912'), (K, 'established in 1910 by leading American industrialist Andrew Carnegie'),
  'differ', 'Founding year of the Carnegie Endowment: 1912 vs 1910.', 'B1', 'wrong year')
P('event', (KM, 'proposed a pact between France and the United States alone, renouncing war between the two countries'),
  (K, 'proposed a peace pact as a bilateral agreement between the United States and France to outlaw war between them'),
  'agree', "Briand's original proposal: a bilateral U.S.-French pact outlawing war between them.")
P('event', (KM, 'France had suffered terribly in the war and still feared its German neighbour'),
  (K, 'France faced continuing insecurity from its German neighbor'),
  'agree', 'French insecurity toward Germany after the war.')
P('date', (KM, 'Briand made his proposal public in an open letter in 1927'),
  (K, 'Briand published an open letter in April of 1927'),
  'more-precise', "Briand's open letter: 1927 vs April 1927; (b) more precise.", 'B-P1', 'precision: year vs month')
P('event', (KM, 'President Herbert Hoover and Secretary of State Frank B. Kellogg were cool to a two-nation pact'),
  (K, 'U.S. President Calvin Coolidge and Secretary of State Frank B. Kellogg were less eager than Briand to enter into a bilateral arrangement'),
  'differ', 'President who, with Kellogg, was wary of the bilateral pact: Hoover vs Coolidge.', 'B2', 'wrong person')
P('event', (KM, 'suspecting that it might be read as an alliance obliging the United States to fight if France were attacked'),
  (K, 'They worried that the agreement against war could be interpreted as a bilateral alliance and require the United States to intervene if France was ever threatened'),
  'agree', 'Fear that the bilateral pact would act as an alliance obliging U.S. intervention for France.')
P('event', (KM, 'Their answer was to invite every nation to join France and the United States in renouncing war'),
  (K, 'they suggested that the two nations take the lead in inviting all nations to join them in outlawing war'),
  'agree', 'U.S. counter-proposal: invite all nations to join in outlawing war.')
P('event', (KM, 'the text covered only wars of aggression and not acts of self-defence'),
  (K, 'only wars of aggression – not military acts of self-defense – would be covered under the pact'),
  'agree', 'Pact covered wars of aggression only, not self-defence.')
P('event', (KM, 'If the pact worked, everyone gained; if it failed, no one paid a legal price'),
  (K, 'If the pact served to limit conflicts, then everyone would benefit; if it did not, there were no legal consequences'),
  'agree', 'No legal consequences if the pact failed; benefit if it worked.')
P('date', (KM, 'Negotiations broadened to take in all the first signers in early 1929'),
  (K, 'In early 1928, negotiations over the agreement expanded to include all of the initial signatories'),
  'differ', 'Negotiations expanded to all initial signatories: early 1929 vs early 1928.', 'B3', 'wrong year')
P('event', (KM, 'the first renounced war as an instrument of national policy'),
  (K, 'the first outlawed war as an instrument of national policy'),
  'agree', 'First clause: war outlawed as an instrument of national policy.')
P('date', (KM, 'The pact was signed at Paris in late August 1928'), (K, 'signed on August 27, 1928'),
  'more-precise', 'Signing of the Kellogg-Briand Pact: late August 1928 vs August 27, 1928; (b) more precise.', 'B-P2', 'precision: part of month vs day')
P('event', (KM, 'which is why it is often called the Pact of Paris'),
  (K, 'Sometimes called the Pact of Paris for the city in which it was signed'),
  'agree', 'Alternative name: Pact of Paris, after the city of signature.')
P('quantity', (KM, 'Fourteen nations signed that day'), (K, 'fifteen nations signed the pact at Paris'),
  'differ', 'Number of original signatories on August 27, 1928: fourteen vs fifteen.', 'B4', 'wrong number (signatories)')
P('event', (KM, 'among them the United States, France, Britain, Germany, Italy and Japan'),
  (K, 'Signatories included France, the United States, the United Kingdom, Ireland, Canada, Australia, New Zealand, South Africa, India, Belgium, Poland, Czechoslovakia, Germany, Italy and Japan'),
  'agree', 'Original signatories include the U.S., France, Britain, Germany, Italy and Japan (panel lists a subset).')
P('quantity', (KM, 'thirty-seven more added their names later'), (K, 'an additional forty-seven nations followed suit'),
  'differ', 'Nations that signed later: thirty-seven vs forty-seven.', 'B5', 'wrong number (later signatories)')
P('quantity', (KM, 'approved it by 85 votes to 2'), (K, 'ratified the agreement by a vote of 85–1'),
  'differ', 'Senate vote on the pact: 85 to 2 vs 85 to 1.', 'B6', 'wrong number (votes)')
P('event', (KM, 'only after noting that American participation did not limit the right of self-defence or oblige the country to act against violators'),
  (K, 'only after making reservations to note that U.S. participation did not limit its right to self-defense or require it to act against signatories breaking the agreement'),
  'agree', 'Senate reservations: self-defence preserved, no duty to act against violators.')
P('date', (KM, 'Kellogg received the Nobel Peace Prize in 1930'),
  (K, 'Frank Kellogg earned the Nobel Peace Prize in 1929'),
  'differ', "Year of Kellogg's Nobel Peace Prize: 1930 vs 1929.", 'B7', 'wrong year')
P('event', (KM, 'its own Pacific territories of the Philippines, Guam and Hawaii'),
  (M, 'Pacific territories, including the Philippines, Guam, and Hawaii'),
  'agree', 'U.S. Pacific territories: the Philippines, Guam and Hawaii.')
P('quantity', (KM, 'Its policy there rested on three supports'), (M, 'a three-pronged Far Eastern policy'),
  'agree', 'U.S. Far Eastern policy had three elements.')
P('date', (KM, 'On September 19, 1931, an explosion wrecked a stretch of railway line near the city of Mukden'),
  (M, 'On September 18, 1931, an explosion destroyed a section of railway track near the city of Mukden'),
  'differ', 'Date of the railway explosion near Mukden: September 19 vs September 18, 1931.', 'B8', 'wrong day')
P('event', (KM, 'Japan, which owned the line, blamed Chinese nationalists'),
  (M, 'The Japanese, who owned the railway, blamed Chinese nationalists for the incident'),
  'agree', 'Japan, owner of the railway, blamed Chinese nationalists.')
P('event', (KM, 'some suspected that middle-ranking Japanese army officers had planted the bomb themselves to create a pretext'),
  (M, 'others speculated that the bomb may have been planted by mid-level officers in the Japanese Army to provide a pretext'),
  'agree', 'Suspicion that mid-level Japanese officers planted the bomb as a pretext.')
P('event', (KM, 'proclaimed the supposedly independent state of Manchukuo'),
  (M, 'The Japanese declared the area to be the new autonomous state of Manchukuo'),
  'agree', 'Proclamation of the nominally autonomous state of Manchukuo.')
P('event', (KM, 'Japanese aircraft bombed Harbin'), (M, 'to bomb the city of Jinzhou (Chinchow)'),
  'differ', 'City bombed by the Japanese far from Mukden: Harbin vs Jinzhou (Chinchow).', 'B9', 'wrong place (city)')
P('event', (KM, 'with the world in depression there was little appetite for economic sanctions'),
  (M, 'Given the 1930s worldwide depression, there was little support for economic sanctions to punish the Japanese'),
  'agree', 'Depression left little support for economic sanctions against Japan.')
P('event', (KM, 'for the first time, American representatives took seats at League of Nations council meetings'),
  (M, 'the United States sat in on League of Nations council meetings for the first time'),
  'agree', 'U.S. sat in on League council meetings for the first time.')
P('date', (KM, 'Secretary of State Henry Stimson then announced in 1932'),
  (M, 'Secretary Stimson issued the Stimson Doctrine in early 1932'),
  'more-precise', 'Issue of the Stimson Doctrine: 1932 vs early 1932; (b) more precise.', 'B-P3', 'precision: year vs part of year')
P('date', (KM, "Japan struck at Shanghai in 1932, home to China's largest international settlements"),
  (M, 'the Japanese attacked the city of Shanghai in 1932'),
  'agree', 'Japanese attack on Shanghai, 1932.')
P('event', (KM, 'because Japan had broken the Four-Power Treaty'),
  (M, 'as a result of Japanese violation of the Nine Power Treaty'),
  'differ', 'Treaty Japan was said to have violated: Four-Power vs Nine Power Treaty.', 'B10', 'wrong treaty')
P('event', (KM, 'The United States also sent an unofficial observer with the League of Nations team that investigated the crisis'),
  (M, 'it also sent an unofficial delegate along with the League of Nations group investigating the incident'),
  'agree', 'Unofficial U.S. delegate with the League investigation.')
P('event', (KM, 'The Lytton Commission placed most of the blame on Japanese militarism'),
  (M, 'divided blame for the conflict in Manchuria equally between Chinese nationalism and Japanese militarism'),
  'differ', 'Lytton Commission finding on blame: mostly Japanese militarism vs equally Chinese nationalism and Japanese militarism.', 'B11', 'wrong outcome')
P('date', (KM, 'When the League adopted the Lytton Report in 1934'),
  (M, 'When the Lytton Report was ratified by the League in 1933'),
  'differ', 'Year the League adopted the Lytton Report: 1934 vs 1933.', 'B12', 'wrong year')
P('event', (KM, 'A later truce between China and Japan left Japan firmly in control of Manchuria'),
  (M, 'The Chinese and Japanese signed a truce, but that agreement left the Japanese firmly in control of Manchuria'),
  'agree', 'Sino-Japanese truce left Japan in control of Manchuria.')
# not-same (panel B)
P('event', (KM, 'proposed a pact between France and the United States alone'),
  (K, 'they suggested that the two nations take the lead in inviting all nations to join them in outlawing war'),
  'not-same', "Different proposals: Briand's bilateral pact vs the U.S. counter-proposal of a pact open to all nations.")
P('event', (KM, 'the second bound signatories to settle their disputes by peaceful means'),
  (K, 'the first outlawed war as an instrument of national policy'),
  'not-same', 'Different clauses of the pact: second (peaceful settlement) vs first (war outlawed as instrument of policy).')
P('date', (KM, 'Japan struck at Shanghai in 1932'), (M, 'the Stimson Doctrine in early 1932'),
  'not-same', 'Different 1932 events: Japanese attack on Shanghai vs issue of the Stimson Doctrine.')
P('event', (KM, 'it refused to recognize Manchukuo'),
  (M, 'This Doctrine stated that the United States would not recognize any treaty or agreement between Japan and China'),
  'not-same', "Different acts of non-recognition: the League's Lytton Commission on Manchukuo vs the U.S. Stimson Doctrine.")

# ---------------------------------------------------------------- panel C: apartheid and Tiananmen
P('date', (PB, "South Africa's Nationalist Party gave in 1949"),
  (AP, 'the Afrikaans name given by the white-ruled South Africa’s Nationalist Party in 1948'),
  'differ', 'Year the Nationalist Party named/instituted apartheid: 1949 vs 1948.', 'C1', 'wrong year')
P('event', (PB, 'Internal revolt, flagging white resolve, international sanctions, economic strain and the end of the Cold War together brought down white minority rule in Pretoria'),
  (AP, 'Years of violent internal protest, weakening white commitment, international economic and cultural sanctions, economic struggles, and the end of the Cold War brought down white minority rule in Pretoria'),
  'agree', 'Causes of the end of white minority rule.')
P('event', (PB, "President Dwight Eisenhower's administration chose not to protest apartheid"),
  (AP, 'the Truman Administration chose not to protest the anti-communist South African government’s system of Apartheid'),
  'differ', 'Administration that first chose not to protest apartheid: Eisenhower vs Truman.', 'C2', 'wrong person')
P('event', (PB, 'preferring to keep an anti-communist ally in southern Africa'),
  (AP, 'in an effort to maintain an ally against the Soviet Union in southern Africa'),
  'agree', 'Motive: keep an anti-Soviet ally in southern Africa.')
P('event', (PB, 'Later administrations followed that lead, quietly treating Pretoria as a stalwart partner against communism'),
  (AP, 'successive administrations to quietly support the Apartheid regime as a stalwart ally against the spread of communism'),
  'agree', 'Successive administrations quietly supported Pretoria as an anti-communist ally.')
P('date', (PB, 'Black South Africans had resisted with riots, boycotts and protests ever since independent white rule began in 1910'),
  (AP, 'riots, boycotts, and protests by black South Africans against white rule had occurred since the inception of independent white rule in 1910'),
  'agree', 'Black resistance since independent white rule began in 1910.')
P('date', (PB, 'were banned in 1963'), (AP, 'were outlawed in 1960'),
  'differ', 'Year the ANC and PAC were outlawed: 1963 vs 1960.', 'C3', 'wrong year')
P('event', (PB, 'The best known was the ANC leader Nelson Mandela, who became the symbol of the struggle'),
  (AP, 'The most famous prisoner was a leader of the ANC, Nelson Mandela, who had become a symbol of the anti-Apartheid struggle'),
  'agree', 'Mandela, ANC leader, the most famous prisoner and symbol of the struggle.')
P('event', (PB, 'friendly African states such as Guinea, Tanzania, Zambia and Mozambique'),
  (AP, 'including Guinea, Tanzania, Zambia, and neighboring Mozambique'),
  'agree', 'Countries hosting exiled anti-apartheid leaders: Guinea, Tanzania, Zambia, Mozambique.')
P('date', (PB, 'The world began to pay attention in 1960, when police at Sharpeville opened fire on unarmed black protesters'),
  (AP, 'after white South African police opened fire on unarmed black protesters in the town of Sharpeville in 1960'),
  'agree', 'Sharpeville shooting, 1960.')
P('quantity', (PB, 'killing 96 people'), (AP, 'killing 69 people'),
  'differ', 'People killed at Sharpeville: 96 vs 69.', 'C4', 'wrong number (dead)')
P('quantity', (PB, 'wounding 186'), (AP, 'wounding 186 others'),
  'agree', 'People wounded at Sharpeville: 186.')
P('event', (PB, 'pressed for tougher measures'), (AP, 'succeeded in watering down the proposals'),
  'differ', 'What Britain, France and the U.S. did with UN sanctions proposals: pressed for tougher measures vs watered them down.', 'C5', 'wrong outcome')
P('date', (PB, 'Only by the late 1970s did grassroots campaigns in Europe and the United States push their governments into economic and cultural sanctions'),
  (AP, 'by the late 1970s, grassroots movements in Europe and the United States succeeded in pressuring their governments into imposing economic and cultural sanctions on Pretoria'),
  'agree', 'Grassroots pressure produced economic and cultural sanctions by the late 1970s.')
P('date', (PB, 'After Congress passed the Comprehensive Anti-Apartheid Act in 1985'),
  (AP, 'After the U.S. Congress passed the Comprehensive Anti-Apartheid Act in 1986'),
  'differ', 'Year of the Comprehensive Anti-Apartheid Act: 1985 vs 1986.', 'C6', 'wrong year')
P('event', (PB, 'many large multinational companies left South Africa'),
  (AP, 'many large multinational companies withdrew from South Africa'),
  'agree', 'Multinational companies withdrew after the Act.')
P('date', (PB, 'which Pretoria had used since the mid-1970s as a base for fighting the communist party in Angola'),
  (AP, 'since the mid-1970s, Pretoria had used it as a base to fight the communist party in Angola'),
  'agree', 'Namibia used by Pretoria since the mid-1970s as a base against the communist party in Angola.')
P('date', (PB, 'When South Africa agreed in 1989 to leave Namibia in exchange for a Cuban withdrawal from Angola'),
  (AP, 'When South Africa reached a multilateral agreement in 1988 to end its occupation of Namibia'),
  'differ', 'Year of the Namibia-for-Cuban-withdrawal agreement: 1989 vs 1988.', 'C7', 'wrong year')
P('event', (PB, 'P.W. Botha resigned once it was clear he had lost the confidence of the National Party'),
  (AP, 'South African Prime Minister P.W. Botha resigned after it became clear that he had lost the faith of the ruling National Party (NP)'),
  'agree', 'Botha resigned after losing the National Party\'s confidence.')
P('date', (PB, 'surprised observers early in 1990'), (AP, 'in his opening address to Parliament in February 1990'),
  'more-precise', "De Klerk's announcement lifting the ANC ban: early 1990 vs February 1990; (b) more precise.", 'C-P1', 'precision: part of year vs month')
P('date', (PB, 'Nelson Mandela walked out of prison on February 12, 1990'), (AP, 'on February 11, 1990'),
  'differ', "Date of Mandela's release: February 12 vs February 11, 1990.", 'C8', 'wrong day')
P('quantity', (PB, 'after 27 years behind bars'), (AP, 'walked out of prison after 27 years'),
  'agree', 'Mandela imprisoned 27 years.')
P('event', (PB, 'where he addressed a joint session of Congress'),
  (AP, 'where he spoke before a joint session of Congress'),
  'agree', 'Mandela addressed a joint session of Congress.')
P('date', (PB, "In 1994 Mandela was elected South Africa's first black president"),
  (AP, 'In April 1994, Nelson Mandela was elected as South Africa’s first black president'),
  'more-precise', "Mandela's election as first black president: 1994 vs April 1994; (b) more precise.", 'C-P2', 'precision: year vs month')
P('date', (PB, 'Formal diplomatic relations with the United States, opened in 1979'),
  (T, 'The establishment of formal diplomatic relations between the United States and the People’s Republic of China in 1979'),
  'agree', 'U.S.-PRC formal diplomatic relations established in 1979.')
P('date', (PB, "in mid-April 1989, students gathered in Beijing's Tiananmen Square"),
  (T, 'The demonstrations began on April 15, when Chinese students gathered in Beijing’s Tiananmen Square'),
  'more-precise', 'Start of the Tiananmen demonstrations: mid-April 1989 vs April 15 (1989 from the essay); (b) more precise.', 'C-P3', 'precision: part of month vs day')
P('event', (PB, 'to mourn the death of the reformist leader Hu Yaobang'),
  (T, 'to mark the death of the popular pro-reform Chinese leader Hu Yaobang'),
  'agree', 'Students gathered to mark the death of Hu Yaobang.')
P('quote', (PB, 'counter-revolutionary'), (T, 'counter-revolutionary'),
  'agree', 'Label applied to the demonstrators in the April 26 People\'s Daily editorial: "counter-revolutionary".')
P('event', (PB, 'Premier Li Peng visited the protesters on May 4'),
  (T, 'General Secretary of the Communist Party Zhao Ziyang’s visit with protestors on May 4'),
  'differ', 'Leader who visited the protesters on May 4: Li Peng vs Zhao Ziyang.', 'C9', 'wrong person')
P('date', (PB, "Mikhail Gorbachev's state visit in mid-May"),
  (T, 'Soviet General Secretary Mikhail Gorbachev’s impending state visit on May 15'),
  'more-precise', "Gorbachev's state visit: mid-May vs May 15; (b) more precise.", 'C-P4', 'precision: part of month vs day')
P('date', (PB, "the next day the party's General Secretary, Zhao Ziyang, went to the Square himself"),
  (T, 'On May 19, Zhao visited the protesters once more'),
  'agree', "Zhao's visit to the hunger strikers on May 19 (panel: the day after Gorbachev left on May 18).")
P('date', (PB, 'Martial law was declared in Beijing on May 22'),
  (T, 'The Chinese leadership imposed martial law in Beijing on May 20'),
  'differ', 'Date martial law was imposed in Beijing: May 22 vs May 20.', 'C10', 'wrong day')
P('date', (PB, "On the night of June 3 to 4, the People's Liberation Army cleared the Square with tanks"),
  (T, 'On the night of June 3 and 4, the People’s Liberation Army stormed the Square with tanks'),
  'agree', 'PLA cleared the Square with tanks on the night of June 3-4.')
P('quantity', (PB, '46 of them university students'), (T, 'including 36 university students'),
  'differ', 'University students among the dead (Chinese official figure): 46 vs 36.', 'C11', 'wrong number (students)')
P('quantity', (PB, 'over 3,000 were injured'), (T, 'injuries exceeded 3,000'),
  'agree', 'Chinese official figure for injuries: over 3,000.')
P('event', (PB, 'President George H.W. Bush condemned the crackdown and suspended military sales and high-level exchanges with Chinese officials'),
  (T, 'President George H.W. Bush denounced the actions in Tiananmen Square and suspended military sales as well as high level exchanges with Chinese officials'),
  'agree', 'Bush condemned the crackdown and suspended military sales and high-level exchanges.')
# not-same (panel C)
P('date', (PB, 'independent white rule began in 1910'), (AP, 'the Nationalist Party, assuming power in 1948'),
  'not-same', 'Different starting points: independent white rule (1910) vs the Nationalist Party taking power (1948).')
P('event', (PB, 'Washington lifted its sanctions and increased aid'),
  (T, 'suspended military sales as well as high level exchanges with Chinese officials'),
  'not-same', 'Different U.S. measures toward different countries: lifting sanctions on South Africa vs suspending military sales to China.')
P('date', (PB, 'Gorbachev left on May 18'), (T, 'impending state visit on May 15'),
  'not-same', "Different moments of Gorbachev's visit: departure (May 18) vs arrival (May 15).")
P('event', (PB, "the party's General Secretary, Zhao Ziyang, went to the Square himself to plead with the hunger strikers to stop"),
  (T, 'Zhao Ziyang’s visit with protestors on May 4 to hear and acknowledge their concerns'),
  'not-same', "Different visits by Zhao: the May 19 appeal to hunger strikers vs the May 4 visit to hear concerns.")

# ---------------------------------------------------------------- essay-essay pairs
F = '1784-1800-foreword'
P('date', (F, 'The Jay Treaty with Britain (1794)'), (J, 'On November 19, 1794'),
  'more-precise', "Jay's Treaty: 1794 vs November 19, 1794; (b) more precise.")
P('date', (F, 'the Pinckney Treaty with Spain (1795)'),
  (PK, 'concluded the Treaty of San Lorenzo, also known as Pinckney’s Treaty, on October 27, 1795'),
  'more-precise', "Pinckney's Treaty: 1795 vs October 27, 1795; (b) more precise.")
P('date', ('1784-1800-xyz', 'the United States had concluded the Jay Treaty with Great Britain in 1794'),
  (F, 'The Jay Treaty with Britain (1794)'),
  'agree', "Jay's Treaty concluded with Britain in 1794.")
P('event', (F, 'aimed at preserving this neutrality'),
  (J, 'preserving U.S. neutrality'),
  'agree', "Jay's Treaty served to preserve U.S. neutrality.")
P('event', ('1801-1829-louisiana-purchase', 'The Pinckney treaty of 1795 had resolved friction between Spain and the United States over the right to navigate the Mississippi'),
  (PK, 'granted American ships the right to free navigation of the Mississippi River'),
  'agree', "Pinckney's Treaty secured the right to navigate the Mississippi.")
P('event', (F, 'the Federalists, led by the Secretary of the Treasury Alexander Hamilton'),
  (J, 'including Secretary of the Treasury Alexander Hamilton'),
  'agree', 'Alexander Hamilton as Secretary of the Treasury (pro-British Federalist side).')
P('date', ('1801-1829-rush-bagot', 'negotiations that led to the 1794 Jay Treaty'),
  (J, 'On November 19, 1794 representatives of the United States and Great Britain signed Jay’s Treaty'),
  'more-precise', "Jay's Treaty: 1794 vs November 19, 1794; (b) more precise.")
P('event', ('1784-1800-xyz', 'Charles Cotesworth Pinckney'), (PK, 'South Carolinian Thomas Pinckney'),
  'not-same', 'Different Pinckneys: Charles Cotesworth Pinckney (XYZ envoy to France) vs Thomas Pinckney (negotiator in Spain).')
P('event', ('1801-1829-napoleonic-wars', 'President Thomas Jefferson sent William Pinkney and James Monroe to negotiate a treaty'),
  (J, 'sent pro-British Chief Justice John Jay to negotiate with the British Government'),
  'not-same', 'Different missions to Britain: Pinkney and Monroe under Jefferson vs Jay under Washington.')
P('date', (K, 'in 1931, when the Mukden Incident led to the Japanese invasion of Manchuria'),
  (M, 'On September 18, 1931'),
  'more-precise', 'Mukden Incident: 1931 vs September 18, 1931; (b) more precise.')
P('event', (M, 'the Kellogg-Briand Pact, which both Japan and China had signed'),
  (K, 'Though Japan had signed the pact'),
  'agree', 'Japan was a signatory of the Kellogg-Briand Pact.')
P('event', ('1937-1945-american-isolationism', 'the Stimson Doctrine, which stated that the United States would not recognize the territory gained by aggression'),
  (M, 'This Doctrine stated that the United States would not recognize any treaty or agreement between Japan and China'),
  'agree', 'Stimson Doctrine as a U.S. policy of non-recognition.')
P('event', ('1937-1945-american-isolationism', 'his Secretary of State, Henry Stimson'),
  (M, 'U.S. Secretary of State Henry Stimson'),
  'agree', 'Henry Stimson as Secretary of State.')
P('date', ('1945-1952-nuremberg', 'the 1931 Japanese invasion of Manchuria'),
  (K, 'in 1931, when the Mukden Incident led to the Japanese invasion of Manchuria'),
  'agree', 'Japanese invasion of Manchuria, 1931.')
P('date', ('1945-1952-chinese-rev', 'After the Japanese invaded Manchuria in 1931'),
  (M, 'In 1931, a dispute near the Chinese city of Mukden (Shenyang) precipitated events that led to the Japanese conquest of Manchuria'),
  'agree', 'Japanese invasion/conquest of Manchuria, 1931.')
P('date', ('1921-1936-dawes', 'In 1925, Dawes was a co-recipient of the Nobel Peace Prize'),
  (K, 'Frank Kellogg earned the Nobel Peace Prize in 1929'),
  'not-same', 'Different Nobel Peace Prizes: Dawes (1925) vs Kellogg (1929).')
P('event', ('1899-1913-hay-and-china', 'equal opportunity for international trade and commerce in China, and respect for China’s administrative and territorial integrity'),
  (M, 'the principle of the Open Door for guaranteeing equal access to commercial opportunities in China, a belief in the importance of maintaining the territorial integrity of China'),
  'agree', 'Open Door: equal commercial access in China and China\'s territorial integrity.')
P('date', ('1969-1976-rapprochement-china', 'the establishment of formal diplomatic relations [Carter normalization milestone] between the two countries in 1979'),
  (T, 'The establishment of formal diplomatic relations between the United States and the People’s Republic of China in 1979'),
  'agree', 'U.S.-PRC formal diplomatic relations, 1979.')
P('date', (T, 'formal diplomatic relations between the United States and the People’s Republic of China in 1979'),
  ('1977-1980-china-policy', 'would begin official diplomatic relations with the People’s Republic of China on January 1, 1979'),
  'more-precise', 'Start of U.S.-PRC diplomatic relations: 1979 vs January 1, 1979; (b) more precise.')
P('event', ('1981-1988-china-communique', 'Premier Zhao Ziyang'),
  (T, 'General Secretary of the Communist Party Zhao Ziyang'),
  'not-same', 'Same person in different roles: Zhao Ziyang as Premier (1982) vs as General Secretary (1989).')
P('event', ('1969-1976-angola', 'to end the use of Angola as a base for rebels fighting for the independence of South Africa-occupied Namibia'),
  (AP, 'Pretoria had used it as a base to fight the communist party in Angola'),
  'not-same', 'Different bases: Angola as a base for Namibian rebels vs Namibia as a South African base against Angola.')
P('event', ('1969-1976-angola', 'The U.S. Government had encouraged the South African intervention'),
  (AP, 'The United States had even supported the South African Defense Force’s efforts in Angola'),
  'agree', 'U.S. backing for South African military action in Angola.')
