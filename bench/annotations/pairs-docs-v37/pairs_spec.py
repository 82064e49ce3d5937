# -*- coding: utf-8 -*-
"""Spec for pairs_v37 (held-out round 55). One P(...) per pair, in output order.

P(kind, (doc_a, span_a), (doc_b, span_b), verdict, note, label=None, how=None)
  kind     date | event | quantity | quote
  verdict  agree | more-precise | differ | not-same
  label    planted-error label for panel pairs with a planted error (A1.., A-P1.. ; B.. ; C..), else None
  how      for every differ pair: short tag of how the contradiction is worded
Side a is the panel for panel-essay pairs; for more-precise pairs side b is always the more precise side.
Spans are exact, case-sensitive substrings that occur once in their document.
"""

NV = '1921-1936-naval-conference'
IM = '1921-1936-immigration-act'
TET = '1961-1968-tet'
NPT = '1961-1968-npt'
HR = '1977-1980-human-rights'
NP = '1977-1980-non-proliferation'
PA = 'panel-tonnage-and-quotas'
PB = 'panel-tet-and-the-npt'
PC = 'panel-carter-rights-and-arms'

PANELS = {
    PA: ('Tonnage and Quotas: Japan, the Washington Treaties and the Immigration Act of 1924', [NV, IM]),
    PB: ('1968: The Tet Offensive and the Non-Proliferation Treaty', [TET, NPT]),
    PC: ("Rights and Arms: Jimmy Carter's Two Crusades, 1977-1980", [HR, NP]),
}

PAIRS = []


def P(kind, a, b, verdict, note, label=None, how=None):
    PAIRS.append(dict(kind=kind, a=a, b=b, verdict=verdict, note=note, label=label, how=how))


# ---------------------------------------------------------------- panel A: naval conference + 1924 act
P('date', (PA, 'Between 1921 and 1922 their delegates gathered in Washington'),
  (NV, 'Between 1921 and 1922, the world’s largest naval powers gathered in Washington'), 'agree',
  'The naval powers met in Washington between 1921 and 1922.')
P('event', (PA, 'Senator William Borah of Idaho'), (NV, 'Senator William E. Borah (R–Idaho)'), 'agree',
  'Senator William Borah of Idaho pushed for disarmament talks.')
P('date', (PA, 'In 1921 Secretary of State Charles Evans Hughes'),
  (NV, 'In 1921, U.S. Secretary of State Charles Evans Hughes invited'), 'agree',
  'Hughes issued the invitations in 1921.')
P('quantity', (PA, 'sent invitations to eight governments'), (NV, 'invited nine nations to Washington'), 'differ',
  'Number of nations Hughes invited: eight vs nine.', 'A1', 'number')
P('quantity', (PA, '500,000 tons apiece for the United States and Britain'),
  (NV, 'allowed the United States and the United Kingdom 500,000 tons'), 'agree',
  'The United States and Britain were each allowed 500,000 tons.')
P('quantity', (PA, '350,000 tons for Japan'), (NV, 'Japan 300,000 tons'), 'differ',
  "Japan's tonnage under the Five-Power Treaty: 350,000 vs 300,000 tons.", 'A2', 'number')
P('quantity', (PA, '175,000 tons each for France and Italy'), (NV, 'France and Italy each 175,000 tons'), 'agree',
  'France and Italy were allowed 175,000 tons each.')
P('quantity', (PA, '175,000 tons each for France and Italy'),
  (NV, 'allowed the United States and the United Kingdom 500,000 tons'), 'not-same',
  'Two tonnage allowances of the same treaty for different holders (France/Italy vs United States/Britain).')
P('quantity', (PA, 'Tokyo had asked for a 10:10:7 ratio'), (NV, 'Japan preferred that tonnage be allotted at a 10:10:7 ratio'),
  'agree', 'Japan wanted a 10:10:7 ratio.')
P('quantity', (PA, 'American naval planners had argued for 10:10:6'), (NV, 'the U.S. Navy preferred a 10:10:5 ratio'),
  'differ', 'Ratio preferred by the U.S. Navy: 10:10:6 vs 10:10:5.', 'A3', 'number')
P('quantity', (PA, 'the delegates finally settled on 5:5:3'), (NV, 'The conference ultimately adopted the 5:5:3 ratio limits'),
  'agree', 'The conference adopted the 5:5:3 ratio.')
P('event', (PA, 'promised to stop laying down capital ships and to scrap many of their older vessels'),
  (NV, 'stop building capital ships and reduce the size of their navies by scrapping older ships'), 'agree',
  'The signatories were to stop building capital ships and scrap older ones.')
P('quantity', (PA, 'One clause, Article XVII'), (NV, 'the inclusion of Article XIX'), 'differ',
  'Number of the article freezing Pacific bases: XVII vs XIX.', 'A4', 'number')
P('date', (PA, 'a fresh cruiser race began after 1922'), (NV, 'a new race to build cruiser ships emerged after 1922'), 'agree',
  'A cruiser-building race began after 1922.')
P('date', (PA, 'went back to the table in 1927 and again in 1932'),
  (NV, 'return to the negotiating table in 1927 and 1930'), 'differ',
  'Years of the follow-up naval talks: 1927 and 1932 vs 1927 and 1930.', 'A5', 'year')
P('event', (PA, 'the United States, Britain, France and Japan undertook to consult one another before acting in any future crisis in East Asia'),
  (NV, 'the United States, France, the United Kingdom, and Japan agreed to consult with each other in the event of a future crisis in East Asia before taking action'),
  'agree', 'Four-Power Treaty: the four powers would consult before acting in an East Asian crisis.')
P('event', (PA, 'the United States, Britain, France and Japan undertook to consult one another before acting in any future crisis in East Asia'),
  (NV, 'this treaty on China called for further consultations amongst the signatories in the event of a violation'),
  'not-same', 'Consultation clauses of two different treaties: the Four-Power Treaty vs the Nine-Power Treaty on China.')
P('date', (PA, 'the Anglo-Japanese alliance of 1905'), (NV, 'replaced the Anglo-Japanese Treaty of 1902'), 'differ',
  'Year of the Anglo-Japanese treaty replaced by the Four-Power Treaty: 1905 vs 1902.', 'A6', 'year')
P('event', (PA, 'it might have pulled Britain into a war on Japan'),
  (NV, 'the United Kingdom might be obligated to join Japan against the United States'), 'agree',
  'The Anglo-Japanese treaty could have obliged Britain to join Japan in a war against the United States.')
P('event', (PA, 'every signatory pledging to respect the territorial integrity of China'),
  (NV, 'would respect the territorial integrity of China'), 'agree',
  'Nine-Power Treaty signatories pledged to respect the territorial integrity of China.')
P('event', (PA, "It accepted Japan's dominant position in Korea"), (NV, 'The treaty recognized Japanese dominance in Manchuria'),
  'differ', 'Where the Nine-Power Treaty recognized Japanese dominance: Korea vs Manchuria.', 'A7', 'place')
P('event', (PA, 'which handed that province and its railway back to China'),
  (NV, 'which returned control of that province and its railroad to China'), 'agree',
  'The Shantung Treaty returned the province and its railway to China.')
P('event', (PA, 'Japan had taken the territory from Russia during the war'),
  (NV, 'Japan had taken control of the area from the Germans during World War I'), 'differ',
  'From whom Japan had taken Shantung during the war: Russia vs Germany.', 'A8', 'country swapped')
P('event', (PA, 'equal access to the cable and radio stations on the island of Yap'),
  (NV, 'equal access to cable and radio facilities on the Japanese-controlled island of Yap'), 'agree',
  'The United States got equal access to cable and radio facilities on Yap.')
P('quantity', (PA, 'imposed a reading test on immigrants older than 14'),
  (IM, 'required immigrants over 16 years old'), 'differ',
  'Age above which the 1917 literacy test applied: 14 vs 16.', 'A9', 'number')
P('event', (PA, 'shut out anyone born in an "Asiatic Barred Zone", with exceptions for Japanese and Filipinos'),
  (IM, 'the Act excluded from entry anyone born in a geographically defined “Asiatic Barred Zone” except for Japanese and Filipinos'),
  'agree', 'The 1917 act barred the Asiatic Barred Zone except Japanese and Filipinos.')
P('date', (PA, 'reached in the first decade of the century'),
  (IM, 'In 1907, the Japanese Government had voluntarily limited Japanese immigration'), 'more-precise',
  'Gentlemen\'s Agreement: "the first decade of the century" vs 1907; (b) more precise.', 'A-P1')
P('event', (PA, "Japan had restrained emigration itself under the Gentlemen's Agreement"),
  (IM, 'which was a violation of the Gentlemen’s Agreement'), 'not-same',
  "Two different things about the Gentlemen's Agreement: Japan's 1907 self-restraint vs the 1924 law violating it.")
P('event', (PA, 'Senator William Dillingham of New Hampshire'), (IM, 'Republican Senator from Vermont William P. Dillingham'),
  'differ', "Dillingham's state: New Hampshire vs Vermont.", 'A10', 'place')
P('quantity', (PA, 'three percent of each foreign-born nationality counted in the 1910 census'),
  (IM, 'three percent of the total population of the foreign-born of each nationality in the United States as recorded in the 1910 census'),
  'agree', "Dillingham's quota: three percent of each foreign-born nationality in the 1910 census.")
P('quantity', (PA, 'three percent of each foreign-born nationality counted in the 1910 census'),
  (IM, 'two percent of the total number of people of each nationality in the United States as of the 1890 national census'),
  'not-same', "Two quota formulas of different laws: Dillingham's earlier act (3%, 1910) vs the 1924 act (2%, 1890).")
P('quantity', (PA, 'some 350,000 visas a year'),
  (IM, 'This put the total number of visas available each year to new immigrants at 350,000'), 'more-precise',
  'Annual visas under the Dillingham quota: "some 350,000" vs 350,000; (b) more precise.', 'A-P2')
P('event', (PA, 'President Wilson killed the bill with a pocket veto'),
  (IM, 'he used the pocket veto to prevent its passage'), 'agree', 'Wilson stopped the bill with a pocket veto.')
P('date', (PA, 'In 1921 the incoming president, Warren Harding'),
  (IM, 'In early 1921, the newly inaugurated President Warren Harding'), 'more-precise',
  'Harding\'s special session: 1921 vs "early 1921"; (b) more precise.', 'A-P3')
P('date', (PA, 'it was extended for three more years'), (IM, 'the act was renewed for another two years'), 'differ',
  'Length of the 1922 extension: three vs two years.', 'A11', 'duration')
P('date', (PA, 'By the time Congress took up the question again in 1924'),
  (IM, 'When the congressional debate over immigration began in 1924'), 'agree',
  'The congressional debate took place in 1924.')
P('quantity', (PA, 'the rate fell from three to two percent'),
  (IM, 'lowered the existing quota from three to two percent'), 'agree', 'The 1924 act cut the quota from 3 to 2 percent.')
P('date', (PA, 'moved back from 1910 to 1890'),
  (IM, 'pushed back the year on which quota calculations were based from 1910 to 1890'), 'agree',
  'The base census year moved from 1910 to 1890.')
P('event', (PA, 'It also barred any alien who could not become a citizen'),
  (IM, 'excluding from entry any alien who by virtue of race or nationality was ineligible for citizenship'), 'agree',
  'The 1924 act excluded aliens ineligible for citizenship.')
P('date', (PA, 'naturalization laws of 1790 and 1882'), (IM, 'Existing nationality laws dating from 1790 and 1870'),
  'differ', 'Years of the nationality laws barring Asian naturalization: 1790 and 1882 vs 1790 and 1870.', 'A12', 'year')
P('event', (PA, 'but Congress did not budge, and relations between the two countries grew tenser'),
  (IM, 'The Japanese government protested, but the law remained, resulting in an increase in existing tensions'), 'agree',
  'Japan protested, the law stayed, and tensions rose.')
P('date', (PA, 'the law stood until Congress revised it in the early 1950s'), (IM, 'Congress revised the Act in 1952'),
  'more-precise', 'Revision of the 1924 act: "the early 1950s" vs 1952; (b) more precise.', 'A-P4')

# ---------------------------------------------------------------- panel B: Tet + NPT
P('date', (PB, 'Late in January 1968'), (TET, 'In late January, 1968'), 'agree', 'The Tet Offensive began in late January 1968.')
P('event', (PB, 'Ho Chi Minh and the leadership in Hanoi'), (TET, 'Ho Chi Minh and leaders in Hanoi planned the Tet Offensive'),
  'agree', 'Ho Chi Minh and the Hanoi leadership planned the offensive.')
P('date', (PB, 'The first wave struck on January 29 and 30'),
  (TET, 'The first phase of the assault began on January 30 and 31'), 'differ',
  'Days of the first phase: January 29-30 vs January 30-31.', 'B1', 'day')
P('event', (PB, 'The attacks on Hue and Da Nang'), (TET, 'The strikes on the major cities of Huế and Saigon'), 'differ',
  'Major cities whose attack shocked the public: Hue and Da Nang vs Hue and Saigon.', 'B2', 'place')
P('event', (PB, 'broke through the outer wall of the U.S. Embassy in Saigon'),
  (TET, 'managed to breach the outer walls of the U.S. Embassy in Saigon'), 'agree',
  'NLF troops breached the outer walls of the U.S. Embassy in Saigon.')
P('date', (PB, 'from May 14 into June'), (TET, 'on May 4 and stretched into June'), 'differ',
  'Start of the second phase: May 14 vs May 4.', 'B3', 'day')
P('date', (PB, 'A third, beginning in August'), (TET, 'A third phase began in August'), 'agree', 'The third phase began in August.')
P('date', (PB, 'A third, beginning in August'), (TET, 'on May 4 and stretched into June'), 'not-same',
  'Different phases of the offensive: the third (August) vs the second (May-June).')
P('date', (PB, 'went on for eight weeks'), (TET, 'lasted six weeks'), 'differ',
  'Length of the third phase: eight vs six weeks.', 'B4', 'duration')
P('event', (PB, 'Both sides took heavy losses and both claimed victory'),
  (TET, 'both sides had endured losses, and both sides claimed victory'), 'agree', 'Both sides suffered losses and claimed victory.')
P('event', (PB, 'won back all of the territory they had lost'), (TET, 'regained all of the lost territory'), 'agree',
  'U.S. and South Vietnamese forces regained all lost territory.')
P('event', (PB, 'yet the counterattack left the NLF largely intact'),
  (TET, 'almost completely eliminated the NLF forces'), 'differ',
  'Effect of the counterattack on the NLF: left largely intact vs almost completely eliminated.', 'B5', 'outcome reversed')
P('event', (PB, 'Across the United States, protests against the war grew louder'),
  (TET, 'Within the United States, protests against continued involvement in Vietnam intensified'), 'agree',
  'Antiwar protests in the United States intensified.')
P('quote', (PB, 'accelerated pacification program'), (TET, 'accelerated pacification program'), 'agree',
  'The generals asked for troops for an "accelerated pacification program".')
P('event', (PB, 'above the 19th parallel'), (TET, 'would cease above the 20th parallel'), 'differ',
  'Line above which Johnson halted the bombing: 19th vs 20th parallel.', 'B6', 'place (parallel)')
P('date', (PB, 'At the end of March 1968'), (TET, 'On March 31, 1968, Johnson announced'), 'more-precise',
  'Johnson\'s withdrawal from the race: "the end of March 1968" vs March 31, 1968; (b) more precise.', 'B-P1')
P('event', (PB, 'leaving the search for a way out of Vietnam to Richard Nixon'),
  (TET, 'The job of finding a way out of Vietnam was left to the next U.S. president, Richard Nixon'), 'agree',
  'Finding a way out of Vietnam was left to Nixon.')
P('date', (PB, 'the Limited Test Ban Treaty of 1963'), (NPT, 'signed the Limited Test Ban Treaty in 1963'), 'agree',
  'The Limited Test Ban Treaty dates from 1963.')
P('event', (PB, 'the Limited Test Ban Treaty of 1963'), (NPT, 'the two sides agreed to an Outer Space Treaty'), 'not-same',
  'Two different U.S.-Soviet treaties: the Limited Test Ban Treaty vs the later Outer Space Treaty.')
P('date', (PB, 'Three years after the test ban they agreed on an Outer Space Treaty'),
  (NPT, 'Four years after the first treaty, the two sides agreed to an Outer Space Treaty'), 'differ',
  'Interval between the test ban and the Outer Space Treaty: three vs four years.', 'B7', 'duration')
P('date', (PB, 'France tested its first weapon in 1962'), (NPT, 'France exploded its first nuclear bomb in 1960'), 'differ',
  "Year of France's first nuclear test: 1962 vs 1960.", 'B8', 'year')
P('date', (PB, "the People's Republic of China followed in 1964"),
  (NPT, 'the People’s Republic of China was not far behind in 1964'), 'agree', "China's first test came in 1964.")
P('date', (PB, "the People's Republic of China followed in 1964"),
  (NPT, 'in 1974, India joined the “nuclear club” by exploding its first weapon'), 'not-same',
  'First nuclear tests of different states: China (1964) vs India (1974).')
P('quantity', (PB, 'making five nuclear powers'), (NPT, 'by 1964 there were five nuclear powers in the world'), 'agree',
  'There were five nuclear powers by 1964.')
P('date', (PB, 'The idea first reached the United Nations General Assembly in 1961'),
  (NPT, 'in a meeting of the General Assembly of the United Nations in 1961'), 'agree',
  'The ban was first proposed in the UN General Assembly in 1961.')
P('date', (PB, 'The idea first reached the United Nations General Assembly in 1961'),
  (NPT, 'it took until 1965 for negotiations to begin in earnest'), 'not-same',
  'Two stages of the treaty: the first UN proposal (1961) vs the start of serious negotiations (1965).')
P('event', (PB, 'when Sweden proposed a ban on passing nuclear technology to others'),
  (NPT, 'was first proposed by Ireland'), 'differ',
  'Country that first proposed the ban at the UN: Sweden vs Ireland.', 'B9', 'country swapped')
P('date', (PB, 'Serious negotiations opened only in the mid-1960s'),
  (NPT, 'it took until 1965 for negotiations to begin in earnest'), 'more-precise',
  'Start of serious NPT negotiations: "the mid-1960s" vs 1965; (b) more precise.', 'B-P2')
P('event', (PB, 'and the United States eventually dropped it'),
  (NPT, 'the United States eventually abandoned it in favor of reaching a workable treaty'), 'agree',
  'The United States abandoned the nuclear NATO plan.')
P('date', (PB, 'After roughly two years of bargaining'), (NPT, 'After two years of negotiations'), 'more-precise',
  'Length of the negotiations: "roughly two years" vs two years; (b) more precise.', 'B-P3')
P('date', (PB, 'Under the treaty, signed in 1968'), (NPT, 'an agreement signed in 1968'), 'agree', 'The NPT was signed in 1968.')
P('event', (PB, 'safeguards run by the International Atomic Energy Agency'),
  (NPT, 'safeguards against proliferation established by the International Atomic Energy Agency'), 'agree',
  'All signatories accepted IAEA safeguards.')
P('date', (PB, 'The treaty was to run for 25 years'), (NPT, 'The treaty was given a 25-year time limit'), 'agree',
  'The NPT had a 25-year term.')
P('quantity', (PB, 'with a review conference every ten years'), (NPT, 'it would be reviewed every 5 years'), 'differ',
  'Review interval of the NPT: every ten vs every 5 years.', 'B10', 'number')
P('event', (PB, 'France and China stayed outside'),
  (NPT, 'two nuclear powers, France and the People’s Republic of China, did not sign the agreement'), 'agree',
  'France and China did not sign the NPT.')
P('date', (PB, 'India set off its first nuclear device in 1974'),
  (NPT, 'in 1974, India joined the “nuclear club” by exploding its first weapon'), 'agree', "India's first test was in 1974.")
P('date', (PB, 'Pakistan exploded its first atomic bomb in 1998'), (NPT, 'Pakistan tested its first atomic bomb in 1983'),
  'differ', "Year of Pakistan's first atomic test: 1998 vs 1983 (gold follows the essay's 1983).", 'B11', 'year')
P('event', (PB, 'it would take several more years before they produced a settlement'),
  (TET, 'it would be several more years before these came to fruition'), 'agree',
  "Johnson's peace-talk parameters took several more years to bear fruit.")

# ---------------------------------------------------------------- panel C: Carter human rights + non-proliferation
P('date', (PC, 'Jimmy Carter ran for the presidency in 1976'), (HR, 'Jimmy Carter campaigned for the presidency in 1976'),
  'agree', 'Carter campaigned for president in 1976.')
P('event', (PC, 'he made human rights the cornerstone of his foreign policy'),
  (HR, 'a human rights strategy that would serve as the cornerstone of Carter’s foreign policy'), 'agree',
  'Human rights were the cornerstone of Carter\'s foreign policy.')
P('date', (PC, 'In March 1977 Carter told the United Nations General Assembly'),
  (HR, 'Speaking before the United Nations General Assembly on March 17, 1977'), 'more-precise',
  'Carter\'s UN General Assembly speech: March 1977 vs March 17, 1977; (b) more precise.', 'C-P1')
P('quote', (PC, 'historical birthright'), (HR, 'historical birthright'), 'agree',
  'Carter spoke of a "historical birthright" to be associated with human rights.')
P('date', (PC, 'On April 30, Secretary of State Cyrus Vance'), (HR, 'Vance refined the policy in an April 30, 1977, address'),
  'agree', "Vance's policy address was on April 30 (1977).")
P('event', (PC, 'at the University of Virginia Law School'), (HR, 'address at the University of Georgia Law School'), 'differ',
  "Venue of Vance's address: University of Virginia vs University of Georgia Law School.", 'C1', 'place')
P('date', (PC, 'On April 30, Secretary of State Cyrus Vance'), (HR, 'In his May 22, 1977, commencement address'), 'not-same',
  "Two different 1977 speeches: Vance's April 30 address vs Carter's Notre Dame commencement.")
P('quantity', (PC, 'He named two categories of rights'), (HR, 'He promoted adherence to three human rights categories'),
  'differ', 'Number of human rights categories in Vance\'s address: two vs three.', 'C2', 'number')
P('event', (PC, 'a rigid attempt to impose American values on other nations would defeat its own purpose'),
  (HR, 'a rigid approach to imposing U.S. values on other nations would not allow the United States to achieve its objectives'),
  'agree', 'A rigid imposition of U.S. values would defeat the policy\'s aims.')
P('date', (PC, 'at Notre Dame on May 29, 1977'), (HR, 'In his May 22, 1977, commencement address'), 'differ',
  'Date of the Notre Dame commencement address: May 29 vs May 22, 1977.', 'C3', 'day')
P('quote', (PC, 'new American foreign policy'), (HR, 'new American foreign policy'), 'agree',
  'Carter called for a "new American foreign policy".')
P('quote', (PC, 'flawed and erroneous principles and tactics of our adversaries'),
  (HR, 'flawed and erroneous principles and tactics of our adversaries'), 'agree',
  'Carter said predecessors had pursued the "flawed and erroneous principles and tactics of our adversaries".')
P('date', (PC, 'A review ordered in 1977'), (HR, 'In May 1977, the administration issued Presidential Review Memorandum/NSC 28'),
  'more-precise', 'PRM/NSC 28: 1977 vs May 1977; (b) more precise.', 'C-P2')
P('event', (PC, 'Its recommendations became Presidential Directive 30'),
  (HR, 'recommendations formed the basis for Presidential Directive 30'), 'agree',
  'The PRM/NSC 28 recommendations became the basis of Presidential Directive 30.')
P('date', (PC, 'issued in February 1979'), (HR, 'Presidential Directive 30, issued in February 1978'), 'differ',
  'Date of Presidential Directive 30: February 1979 vs February 1978.', 'C4', 'year')
P('event', (PC, "linked economic and military assistance to a recipient's human rights record"),
  (HR, 'The directive linked economic and military assistance to the human rights records of the recipients'), 'agree',
  'PD 30 linked aid to recipients\' human rights records.')
P('quote', (PC, 'the full range of diplomatic tools'), (HR, 'the full range of diplomatic tools'), 'agree',
  'The U.S. would use "the full range of diplomatic tools".')
P('event', (PC, 'A law passed under Richard Nixon'), (HR, 'Legislation enacted during the Gerald R. Ford administration'),
  'differ', 'Administration under which the Coordinator post was created: Nixon vs Ford.', 'C5', 'person swapped')
P('event', (PC, 'Carter gave the post to the civil rights activist Patricia Murphy Derian when James Wilson retired'),
  (HR, 'Carter selected Patricia Murphy Derian, a civil rights activist, to serve as Coordinator, upon the retirement of Coordinator James Wilson'),
  'agree', 'Derian, a civil rights activist, succeeded James Wilson as Coordinator.')
P('event', (PC, 'Carter gave the post to the civil rights activist Patricia Murphy Derian when James Wilson retired'),
  (HR, 'elevated Derian to Assistant Secretary for Human Rights and Humanitarian Affairs'), 'not-same',
  'Same person, different roles: Derian as Coordinator vs her later elevation to Assistant Secretary.')
P('date', (PC, 'By the end of 1978 the State Department had a full Bureau'),
  (HR, 'By the end of 1977, the Department of State established the Bureau'), 'differ',
  'When the Bureau of Human Rights was established: end of 1978 vs end of 1977.', 'C6', 'year')
P('event', (PC, 'first limited to countries receiving security and economic aid, were later extended to every country'),
  (HR, 'initially limited to countries receiving security and economic assistance but later extended to apply to all countries'),
  'agree', 'Country reports first covered aid recipients, later all countries.')
P('event', (PC, 'Deputy Secretary Warren Christopher set up a Human Rights Coordinating Group'),
  (HR, 'Vance tasked Deputy Secretary of State Warren Christopher with creating a Human Rights Coordinating Group'), 'agree',
  'Warren Christopher created the Human Rights Coordinating Group.')
P('event', (PC, 'had Vance and Secretary of Defense Harold Brown organize an interagency group'),
  (HR, 'directed Vance and Secretary of the Treasury W. Michael Blumenthal to establish a group'), 'differ',
  "Vance's partner in setting up the interagency aid group: Defense Secretary Harold Brown vs Treasury Secretary W. Michael Blumenthal.",
  'C7', 'person swapped')
P('quantity', (PC, "Carter's arms agenda covered five fields"), (NP, 'Carter focused on five areas'), 'agree',
  "Carter's arms agenda had five areas.")
P('event', (PC, 'the Soviets rejected both on-site inspections and national technical means'),
  (NP, 'The Soviets, however, rejected both means of verification'), 'agree',
  'The Soviets rejected both verification methods.')
P('date', (PC, 'The anti-satellite talks collapsed after the Soviet invasion of Afghanistan in December 1979'),
  (NP, 'The ASAT negotiations ended after the Soviet Union invaded Afghanistan in December 1979'), 'agree',
  'The ASAT talks ended after the December 1979 invasion of Afghanistan.')
P('event', (PC, 'The anti-satellite talks collapsed after the Soviet invasion of Afghanistan in December 1979'),
  (NP, 'Carter abandoned the negotiations'), 'not-same',
  'End of two different negotiations: ASAT talks (after December 1979) vs test ban talks (summer 1980).')
P('date', (PC, 'In the spring of 1980 Washington learned'), (NP, 'until the spring of 1980, when the United States learned'),
  'agree', 'The Sverdlovsk outbreak became known in spring 1980.')
P('quantity', (PC, 'an anthrax outbreak had killed dozens of people'),
  (NP, 'an outbreak of pulmonary anthrax had killed hundreds, possibly thousands'), 'differ',
  'Sverdlovsk anthrax deaths: dozens vs hundreds, possibly thousands.', 'C8', 'number')
P('date', (PC, 'the 1975 Biological Weapons Convention'), (NP, 'signed the 1972 Biological Weapons Convention'), 'differ',
  'Year of the Biological Weapons Convention: 1975 vs 1972.', 'C9', 'year')
P('event', (PC, 'which Moscow wanted for turning a Siberian river toward Central Asia'),
  (NP, 'to divert the course of a river in Siberia to the desert areas of Central Asia'), 'agree',
  'The Soviets wanted PNEs to divert a Siberian river to Central Asia.')
P('date', (PC, 'When signs emerged in 1980'), (NP, 'began detecting signs in the summer of 1980'), 'more-precise',
  'Signs of resumed Soviet testing: 1980 vs "the summer of 1980"; (b) more precise.', 'C-P3')
P('date', (PC, 'in breach of the 1976 Threshold Test Ban Treaty'), (NP, 'violated the 1976 Threshold Test Ban Treaty'), 'agree',
  'The resumed tests violated the 1976 Threshold Test Ban Treaty.')
P('date', (PC, 'in breach of the 1976 Threshold Test Ban Treaty'), (NP, 'signed the 1972 Biological Weapons Convention'),
  'not-same', 'Two different treaties: the 1976 Threshold Test Ban Treaty vs the 1972 Biological Weapons Convention.')
P('event', (PC, "West Germany's 1975 sale of a nuclear reactor to Argentina"),
  (NP, 'the 1975 sale of a nuclear reactor by the Federal Republic of Germany to Brazil'), 'differ',
  'Buyer of the 1975 West German reactor: Argentina vs Brazil.', 'C10', 'country swapped')
P('date', (PC, 'Only ten days into his presidency'), (NP, 'Only three days into his presidency'), 'differ',
  "When the State Department warned Carter about the Brazil sale: ten vs three days into his presidency.", 'C11', 'number')
P('date', (PC, 'the 1968 Treaty of Tlatelolco'), (NP, 'the 1968 Treaty of Ttlatelolco'), 'agree',
  'The Treaty of Tlatelolco dates from 1968 (the essay misspells it once).')
P('event', (PC, 'to persuade Brazil, Argentina and Cuba to accept it without conditions'),
  (NP, 'to convince Brazil, Argentina, as well as Cuba, to sign and/or ratify the Treaty without conditions'), 'agree',
  'Mexico was asked to bring Brazil, Argentina and Cuba into the treaty without conditions.')
P('event', (PC, 'The joint effort paid off, and Argentina ratified the treaty before Carter left office'),
  (NP, 'Washington’s and Mexico City’s efforts failed, and when Carter left office in 1981 the status quo remained'),
  'differ', 'Outcome of the U.S.-Mexican effort: succeeded (Argentina ratified) vs failed (status quo).', 'C12',
  'outcome reversed')
P('event', (PC, 'had to keep arming its anti-communist allies whatever their human rights records'),
  (NP, 'must support its anti-communist allies with conventional weapons, despite their human rights records'), 'agree',
  'Brzezinski convinced Carter to keep arming anti-communist allies despite their records.')
P('event', (PC, 'American sales of conventional arms were higher than when he had arrived'),
  (NP, 'U.S. conventional arms sales had actually increased'), 'agree',
  'U.S. conventional arms sales had increased by the end of Carter\'s term.')

# ---------------------------------------------------------------- essay-essay pairs
LN = '1921-1936-london-naval-conf'
GV = '1921-1936-geneva'
JR = '1899-1913-japanese-relations'
IM52 = '1945-1952-immigration-act'
CXR = '1937-1945-chinese-exclusion-act-repeal'
AT = '1945-1952-atomic'
LB = '1961-1968-limited-ban'
EV = '1969-1976-ending-vietnam'
FW61 = '1961-1968-foreword'
DT = '1969-1976-detente'
SALT = '1969-1976-salt'
FW77 = '1977-1980-foreword'
HORN = '1977-1980-horn-of-africa'

P('quantity', (NV, 'The conference ultimately adopted the 5:5:3 ratio limits'),
  (LN, 'The Washington conference established a ratio of 5:5:3 for capital ships'), 'agree',
  'The Washington conference set a 5:5:3 ratio.')
P('date', (NV, 'replaced the Anglo-Japanese Treaty of 1902'), (JR, 'condoned the Anglo-Japanese alliance of 1902'), 'agree',
  'The Anglo-Japanese alliance dates from 1902.')
P('date', (NV, 'return to the negotiating table in 1927 and 1930'),
  (LN, 'After an unsuccessful meeting in Geneva in 1927, Great Britain, the United States, Japan, France, and Italy gathered in London in 1930'),
  'agree', 'The naval powers met again in 1927 (Geneva) and 1930 (London).')
P('quantity', (NV, 'Japan preferred that tonnage be allotted at a 10:10:7 ratio'),
  (GV, 'preferred that a 10:10:7 ratio be applied to auxiliary craft'), 'not-same',
  "Japan's 10:10:7 demand at two different conferences: overall tonnage in 1921-22 vs auxiliary craft in 1927.")
P('quantity', (NV, 'allowed the United States and the United Kingdom 500,000 tons'),
  (GV, 'the total tonnage of cruisers be limited to 400,000 for the United States and Great Britain'), 'not-same',
  'Different tonnage figures: 1922 warship allowance (500,000) vs the 1927 U.S. cruiser proposal (400,000).')
P('quantity', (IM, 'two percent of the total number of people of each nationality in the United States as of the 1890 national census'),
  (IM52, 'national quotas at a rate of one-sixth of one percent of each nationality’s population in the United States in 1920'),
  'not-same', 'Quota formulas of two different laws: 1924 (2%, 1890) vs 1952 (1/6 of 1%, 1920).')
P('event', (IM, 'excluding from entry any alien who by virtue of race or nationality was ineligible for citizenship'),
  (CXR, 'aliens ineligible for U.S. citizenship were not permitted to enter the United States'), 'agree',
  'The 1924 act barred aliens ineligible for citizenship.')
P('date', (NPT, 'France exploded its first nuclear bomb in 1960'), (AT, 'France in 1960'), 'agree',
  "France's first atomic test was in 1960.")
P('date', (NPT, 'the People’s Republic of China was not far behind in 1964'), (AT, 'the People’s Republic of China in 1964'),
  'agree', "China's first atomic test was in 1964.")
P('date', (NPT, 'an agreement signed in 1968'), (LB, 'the Non-Proliferation Treaty that was signed in 1968'), 'agree',
  'The NPT was signed in 1968.')
P('date', (NPT, 'signed the Limited Test Ban Treaty in 1963'),
  (LB, 'was signed by the United States, the Soviet Union, and Great Britain in 1963'), 'agree',
  'The Limited Test Ban Treaty was signed in 1963.')
P('date', (NP, 'violated the 1976 Threshold Test Ban Treaty'),
  (LB, 'In 1974, the Threshold Test Ban Treaty returned to the question of nuclear testing'), 'differ',
  'Year of the Threshold Test Ban Treaty: 1976 vs 1974 (the two essays disagree).', None, 'year')
P('date', (NP, 'the 1968 Treaty of Ttlatelolco'), (NPT, 'an agreement signed in 1968'), 'not-same',
  'Two different treaties of 1968: Tlatelolco (Latin American nuclear-free zone) vs the NPT.')
P('event', (NPT, 'negotiations to begin in earnest at the Geneva disarmament conference'),
  (GV, 'The Geneva Naval Conference of 1927 was a gathering of the United States, Great Britain and Japan'), 'not-same',
  'Two different Geneva conferences: the 1960s disarmament conference vs the 1927 naval conference.')
P('date', (TET, 'on May 4 and stretched into June'), (EV, 'On May 4 he decided to mine North Vietnam’s harbors'), 'not-same',
  'Same day, different years and events: Tet second phase (1968) vs Nixon\'s mining decision (1972).')
P('date', (FW61, 'Following the Tet Offensive in 1968 and facing dwindling public support for the war, Johnson announced that he would not seek a second term'),
  (TET, 'On March 31, 1968, Johnson announced that he would not seek a second term'), 'more-precise',
  'Johnson\'s announcement: 1968 vs March 31, 1968; (b) more precise.')
P('date', (DT, 'By the time the Soviet Union invaded Afghanistan in 1979'),
  (NP, 'the Soviet Union invaded Afghanistan in December 1979'), 'more-precise',
  'Soviet invasion of Afghanistan: 1979 vs December 1979; (b) more precise.')
P('date', (FW77, 'the Soviet invasion of Afghanistan in December 1979 forced Carter to delay'),
  (SALT, 'On December 25, the Soviets invaded Afghanistan'), 'more-precise',
  'Soviet invasion of Afghanistan: December 1979 vs December 25 (year 1979 from the following January 3, 1980); (b) more precise.')
P('date', (NP, 'the Soviet Union invaded Afghanistan in December 1979'),
  (HORN, 'the Soviet invasion of Afghanistan in December 1979'), 'agree', 'The Soviet invasion came in December 1979.')
P('date', (FW77, 'In two Presidential Directives issued on January 20, 1977'),
  (HR, 'Presidential Directive 30, issued in February 1978'), 'not-same',
  'Different presidential directives: the first two (January 20, 1977) vs PD 30 (February 1978).')
P('event', (NP, 'Carter’s National Security Advisor, Zbigniew Brzezinski'),
  (HORN, 'Carter’s National Security Advisor, Zbigniew Brzezinski'), 'agree',
  'Brzezinski was Carter\'s National Security Advisor.')
P('event', (HR, 'a Global Issues Cluster responsible for overseeing issues such as human rights and arms control'),
  (FW77, 'reorganized it along geographical and functional “clusters,” including ones for global issues'), 'agree',
  'Brzezinski organized the NSC staff into clusters, including a global issues cluster.')
P('event', (NP, 'Carter’s decision to boycott the Moscow Summer Olympics'),
  (FW77, 'prohibiting U.S. participation in the upcoming 1980 Moscow Summer Olympics'), 'agree',
  'Carter kept the United States out of the Moscow Olympics.')
P('date', ('1977-1980-soviet-invasion-afghanistan', 'At the end of December 1979, the Soviet Union sent thousands of troops into Afghanistan'),
  (SALT, 'On December 25, the Soviets invaded Afghanistan'), 'more-precise',
  'Soviet invasion of Afghanistan: "the end of December 1979" vs December 25 (1979, from the following January 3, 1980); (b) more precise.')
P('date', ('1977-1980-china-policy', 'The 1979 Soviet invasion of Afghanistan'),
  (HORN, 'the Soviet invasion of Afghanistan in December 1979'), 'more-precise',
  'Soviet invasion of Afghanistan: 1979 vs December 1979; (b) more precise.')
