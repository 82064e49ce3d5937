"""Build ask_v59.jsonl and style_tags.json from the hand-written items below.

Each answerable item gives the document, the question, the START of the citation sentence
(copied from the text); the script extends it to the end of that sentence and prints it so the
writer can check the boundary by eye.  Answers/alternatives are typed by hand and must be exact
substrings of the citation (checked again by validate_ask_v59.py).
"""
import json, random, re, sys

HERE = '/work/heldout/r58/ask59/'
TEXTS = json.load(open(HERE + 'ask_texts.json'))
M = '000_beabee21081aa6a0'

ABBR = {'U.S', 'D', 'H', 'W', 'S', 'G', 'R', 'C', 'B', 'J.P', 'Jan', 'Feb', 'Aug', 'Nov', 'Dec', 'Mr', 'St',
        'Blvd', 'H.W', 'DC', 'U.N', 'U.K', 'Oct', 'Sept', 'No', 'P', 'Dr', 'Gen'}


def sentence_from(doc, start):
    t = TEXTS[doc]
    i = t.find(start)
    assert i >= 0, (doc, start)
    assert t.count(start) == 1, ('start not unique', doc, start)
    before = t[max(0, i - 2):i]
    assert i == 0 or before.endswith('\n') or before.endswith(' ') , (doc, start, before)
    j = i
    while j < len(t):
        c = t[j]
        if c == '\n':
            return t[i:j].rstrip()
        if c in '.?!':
            k = j + 1
            while k < len(t) and t[k] in '”’")':
                k += 1
            if k >= len(t) or t[k] in ' \n':
                # abbreviation?
                m = re.search(r'([A-Za-z.]+)$', t[i:j])
                tok = (m.group(1) if m else '').rstrip('.')
                if tok in ABBR and k < len(t) and t[k] == ' ':
                    j = k
                    continue
                return t[i:k]
        j += 1
    return t[i:]


A = []  # answerable


def q(doc, question, start, answer, alts=(), kind='what', tags=()):
    A.append(dict(doc=doc, question=question, start=start, answer=answer, alts=list(alts), kind=kind,
                  tags=list(tags)))


# ---------------- museum exhibit (000) ----------------
q(M, 'What job did Vyacheslav Molotov hold when he put his name to the 1939 pact with Germany?',
  'Soviet Foreign Minister Vyacheslav Molotov signs', 'Soviet Foreign Minister', ['Foreign Minister'], 'what',
  ['office'])
q(M, 'In what capacity did Harry Hopkins travel to see Stalin in the summer of 1941?',
  'Thus, in the summer of 1941, FDR sent his close advisor', 'his personal representative',
  ['as his personal representative', 'personal representative'], 'what', ['office'])
q(M, 'What do historians call the 1933 deal that restored relations between Washington and Moscow?',
  'Indeed, the resulting accord, signed by FDR and Maxim Litvinov', 'the Roosevelt-Litvinov Agreement',
  ['Roosevelt-Litvinov Agreement'], 'what', ['called', 'naming'])
q(M, "What did the Nazis call their 1941 invasion of the USSR?",
  'Code-named Operation Barbarossa', 'Operation Barbarossa', ['Barbarossa'], 'what', ['called', 'naming'])
q(M, 'Which program was used to get American military aid to the Russians?',
  'Behind the scenes the president began to marshal congressional support', 'Lend-Lease', [], 'which',
  ['means'])
q(M, 'Which way did American truck convoys take to deliver supplies to the Soviets in 1943?',
  'A U.S. Army truck convoy prepares', 'a supply route through Iran', ['through Iran', 'Iran'], 'how',
  ['means'])
q(M, 'What operation did Roosevelt launch in 1942 to take pressure off the Red Army?',
  'This concern likewise contributed to FDR’s decision to invade North Africa', 'invade North Africa',
  ['to invade North Africa in 1942', 'invade North Africa in 1942'], 'what', ['means'])
q(M, 'How had the balance between the British and the Americans shifted by the time the Big Three sat down at Tehran?',
  'To a certain extent these fears were justified', 'the Anglo-American roles had reversed',
  ['roles had reversed'], 'how', ['change', 'how'])
q(M, 'Which Nordic neighbor did the USSR go to war with at the end of the 1930s?',
  'Hence, while he condemned Moscow’s move into Poland', 'Finland', [], 'which', ['target'])
q(M, "Who were the victims of Stalin's killings in the mid-1930s that appalled Americans?",
  'Joseph Stalin’s initiation in the mid-1930s', 'dissenters', [], 'who', ['target'])
q(M, 'What came of the talks on the old Russian debts after the 1933 recognition?',
  'There would be no settlement of the debt question', 'no settlement', ['no settlement of the debt question'],
  'what', ['settled'])
q(M, 'On what terms did FDR announce at Casablanca that the Axis would have to end the war?',
  'FDR further bound the Soviets to the Allied coalition', 'unconditional surrender',
  ['“unconditional surrender”'], 'what', ['settled'])
q(M, "What was FDR's boast to Churchill in 1942 about dealing with Stalin himself?",
  'Given his faith in personal diplomacy', 'I think I can personally handle Stalin better than your Foreign Office or my State Department',
  [], 'what', ['quote'])
q(M, "Which four nations were FDR's 'Four Policemen'?",
  'The president believed the future of the world depended', 'the United States, the United Kingdom, China, and the USSR',
  ['United States, the United Kingdom, China, and the USSR'], 'which', ['list'])
q(M, 'how many red army troops were killed in ww2',
  'The Soviets lost some 8.7 million soldiers', 'some 8.7 million', ['8.7 million'], 'how many',
  ['lowercase', 'short'])
q(M, 'when did roosevelt recognize the soviet union',
  'It is for this reason that FDR made the decision to recognize the Soviet Union', '1933', ['in 1933'], 'when',
  ['lowercase', 'short'])
q(M, 'What economic motive lay behind the decision to normalize ties with Moscow during the Depression?',
  'For the pragmatic FDR, the normalization of ties seemed a logical move',
  'the U.S. State Department and business community were anxious to open Soviet markets to American goods',
  ['to open Soviet markets to American goods', 'open Soviet markets to American goods'], 'why', ['why'])
q(M, 'What phrase describes the belt of satellite regimes the Kremlin created after 1945 to shield itself?',
  'Soviet occupation of this territory in 1945', 'buffer zone',
  ['a “buffer zone” of communist-dominated states', '“buffer zone”'], 'what', ['called'])

# ---------------- essays ----------------
CI = '1866-1898-chinese-immigration'
q(CI, 'What was James B. Angell’s profession when the Hayes administration sent him to bargain with China?',
  'In 1880, the Hayes Administration appointed', 'U.S. diplomat', ['diplomat'], 'what', ['office'])
q(CI, 'For how long did the 1892 law extend the ban on laborers from China?',
  'In 1892, Congress voted to renew exclusion', 'ten years', ['for ten years'], 'how many', ['change'])
q(CI, 'How did the merchants’ protest against U.S. goods in China fizzle out in 1905?',
  'After five difficult months, Chinese merchants lost the impetus', 'ended quietly',
  ['the boycott ended quietly', 'Chinese merchants lost the impetus for the movement'], 'how', ['settled', 'how'])
q(CI, 'At whom were California’s licensing and naturalization laws of the 1850s–1870s aimed?',
  'To address these rising social tensions', 'Chinese residents', [], 'who', ['target'])

LB = '1961-1968-limited-ban'
q(LB, 'What finally broke the deadlock that had kept the nuclear test talks from producing a deal?',
  'Once the Soviet Union and the United States decided that underground testing',
  'underground testing would not be included in this first treaty',
  ['decided that underground testing would not be included in this first treaty'], 'what', ['settled'])
q(LB, 'In which environments did the Kennedy-Khrushchev pact outlaw atomic blasts?',
  'The Limited Test Ban Treaty was signed by the United States, the Soviet Union, and Great Britain in 1963',
  'in the atmosphere, in space, or underwater', ['the atmosphere, in space, or underwater'], 'where', ['list'])
q(LB, 'What slogan did JFK use on the campaign trail for Eisenhower’s alleged failure to keep up with Soviet rockets?',
  'President Kennedy had even campaigned for office', 'missile gap', ['“missile gap.”'], 'what',
  ['called', 'naming'])

CH = '1830-1860-china-1'
q(CH, 'What post did Caleb Cushing hold when Tyler picked him to negotiate with the Chinese?',
  'U.S. President John Tyler chose Massachusetts Congressman Caleb Cushing', 'Massachusetts Congressman',
  ['Congressman'], 'what', ['office'])
q(CH, 'What name was later given to the agreements China was forced into after the Opium Wars?',
  'The agreements reached between the Western powers and China following the Opium Wars', 'unequal treaties',
  ['the “unequal treaties”', '“unequal treaties”'], 'what', ['called'])
q(CH, 'Name the five harbors the Cushing treaty made available to American merchants.',
  'Most importantly, it established five treaty ports', 'Guangzhou, Xiamen, Fuzhou, Ningbo, and Shanghai', [],
  'which', ['naming', 'list'])

OE = '1969-1976-oil-embargo'
q(OE, 'By how much did the price of a barrel of crude rise during the embargo?',
  'The price of oil per barrel first doubled', 'first doubled, then quadrupled', ['quadrupled'], 'how much',
  ['change'])
q(OE, 'Besides the U.S., which nations were hit by the Arab oil cutoff?',
  'Arab OPEC members also extended the embargo', 'the Netherlands, Portugal, and South Africa',
  ['Netherlands, Portugal, and South Africa'], 'which', ['target', 'list'])
q(OE, 'What finally persuaded the Arab producers to turn the oil taps back on in 1974?',
  'Though a finalized peace deal failed to materialize',
  'the prospect of a negotiated end to hostilities between Israel and Syria', [], 'what', ['settled', 'why'])

PL = '1750-1775-proclamation-line-1763'
q(PL, 'How did Pontiac send word to faraway villages?',
  'In response to British actions and western settlement, the leader of the Ottawa tribe',
  'messages encoded in wampum belts', ['wampum belts', 'sent messages encoded in wampum belts'], 'how',
  ['means', 'how'])
q(PL, "How was Pontiac's uprising finally brought to a close?",
  'British officials managed to negotiate peace with the Senecas', 'a formal treaty signed at Fort Ontario',
  ['a formal treaty', 'Pontiac agreed to a formal treaty signed at Fort Ontario on July 25'], 'how',
  ['settled', 'how'])
q(PL, 'Which two strongholds survived Pontiac’s onslaught in British hands?',
  'Unaware of the depth of Indian anger and resentment', 'Fort Pitt and Detroit', [], 'which',
  ['converse', 'list'])

RB = '1801-1829-rush-bagot'
q(RB, 'What title did Richard Rush have when he struck the Great Lakes deal with Bagot?',
  'Bagot met with Secretary of State James Monroe informally', 'Acting Secretary', [], 'what', ['office'])
q(RB, 'How many armed ships could each side keep on a lake after 1817?',
  'The agreement limited military navigation on the Great Lakes', 'one to two vessels',
  ['one to two vessels per country on each lake', 'one to two'], 'how many', ['change'])
q(RB, 'Which island near Kingston ended up British?',
  'The commissions divided the St. Lawrence', 'Wolfe Island', [], 'which', ['short'])

OR = '1830-1860-oregon-territory'
q(OR, 'How did Washington and London settle their leftover argument over the sea boundary near Vancouver Island?',
  'A later controversy over the precise boundaries', 'by international arbitration',
  ['international arbitration', 'by international arbitration in favor of the United States'], 'how',
  ['settled', 'how'])
q(OR, 'What was the war cry of American expansionists in the Pacific Northwest boundary dispute?',
  'By 1843, increased American immigration on the Oregon Trail', '54 degrees 40 minutes or fight',
  ['“54 degrees 40 minutes or fight.”'], 'what', ['quote'])
q(OR, 'What was Richard Pakenham’s position during the Oregon talks?',
  'British Minister to Washington, Richard Pakenham', 'British Minister to Washington',
  ['Minister to Washington'], 'what', ['office'])

HR = '1784-1800-haitian-rev'
q(HR, 'What was Haiti caled before it became independent?',
  'Prior to its independence, Haiti was a French colony', 'St. Domingue', ['a French colony known as St. Domingue'],
  'what', ['called', 'misspelt'])
q(HR, 'Where did the French fleet drop off people fleeing the burning colonial capital?',
  'The French navy deposited the refugees', 'Norfolk, Virginia', ['Norfolk'], 'where', [])
q(HR, 'When did the US recognize Haiti?',
  'Although France recognized Haitian independence in 1825', '1862', ['until 1862'], 'when', ['short'])
q(HR, 'Against whom did President Adams back Toussaint?',
  'Consequently, Adams decided to provide aid to L’Ouverture', 'his British-supported rivals',
  ['British-supported rivals'], 'who', ['target'])

BL = '1866-1898-blaine'
q(BL, 'Which cabinet post did Garfield hand to the “man from Maine”?',
  'President-elect Garfield named James G. Blaine', 'Secretary of State', [], 'which', ['office'])
q(BL, "Why were Blaine's days as Garfield's Secretary of State so short?",
  'President Garfield’s assassination in July 1881', 'Arthur belonged to a different wing of the Republican party',
  ['since Arthur belonged to a different wing of the Republican party'], 'why', ['why'])
q(BL, 'What nickname did James Blaine go by?',
  'James G. Blaine, “the man from Maine,”', 'the man from Maine', [], 'what', ['called'])

GN = '1921-1936-good-neighbor'
q(GN, 'What did FDR say in December 1933 about sending troops into Latin America?',
  'In December Roosevelt stated', 'The definite policy of the United States from now on is one opposed to armed intervention.',
  ['one opposed to armed intervention'], 'what', ['quote'])
q(GN, 'What became of the 1903 treaty that let the U.S. step into Cuban affairs?',
  'In 1934 at Roosevelt’s direction', 'was abrogated', ['abrogated'], 'what', ['settled'])

RC = '1899-1913-roosevelt-and-monroe-doctrine'
q(RC, "What catchphrase has been used to describe Teddy Roosevelt's forceful style toward Latin America?",
  'President Theodore Roosevelt’s assertive approach', 'Big Stick', ['“Big Stick'], 'what',
  ['called'])
q(RC, 'In which countries did the U.S. later use the corollary to justify stepping in?',
  'Over the long term the corollary had little to do', 'Cuba, Nicaragua, Haiti, and the Dominican Republic', [],
  'which', ['target', 'list'])
q(RC, 'What worried Roosevelt about Venezuela in the early 1900s?',
  'In the early 1900s Roosevelt grew concerned',
  'a crisis between Venezuela and its creditors could spark an invasion of that nation by European powers',
  ['an invasion of that nation by European powers'], 'what', ['why'])

AK = '1866-1898-alaska-purchase'
q(AK, 'What was the price tag on Alaska?',
  'The looming U.S. Civil War delayed the sale', '$7.2 million', [], 'how much', ['short'])
q(AK, 'What event proved that buying Alaska had not been such a mistake after all?',
  'Skeptics had dubbed the purchase of Alaska', 'a major gold deposit was discovered in the Yukon in 1896',
  ['a major gold deposit was discovered in the Yukon'], 'what', ['why'])
q(AK, 'when did alaska become a state',
  'Alaska became a state on', 'January 3, 1959', ['on January 3, 1959'], 'when', ['lowercase', 'short'])

WA = '1830-1860-webster-treaty'
q(WA, 'How much of the contested northeastern land went to the Americans?',
  'Webster and Ashburton agreed on a division of disputed territory', '7,015 square miles', ['7,015'],
  'how much', [])
q(WA, 'How was the Creole affair eventually settled?',
  'Great Britain eventually paid $110,330', 'Great Britain eventually paid $110,330',
  ['paid $110,330', 'Great Britain eventually paid $110,330 to the United States'], 'how', ['settled', 'how'])
q(WA, "What was the outcome of Alexander McLeod's trial in New York?",
  'He was acquitted, but hard feelings remained.', 'acquitted', ['He was acquitted'], 'what',
  ['settled'])
q(WA, 'Instead of letting the Royal Navy search American vessels, how did Webster propose to police the slave trade?',
  'Secretary Webster would not agree to British inspection',
  'U.S. warships would be maintained off the coast of Africa',
  ['U.S. warships would be maintained off the coast of Africa to search suspected slavers flying the American flag'],
  'how', ['means', 'how'])
q(WA, 'What was the standoff called when Maine sent its militia into the disputed area?',
  'When these differences led New Brunswick officials', 'Aroostock War', ['the so-called Aroostock War'], 'what',
  ['called', 'naming'])

AA = '1945-1952-asia-and-africa'
q(AA, 'By 1970, to what number had the UN grown?',
  'In 1946, there were 35 member states', '127', [], 'how many', ['change'])
q(AA, 'What tools did Washington use to steer new nations toward the West?',
  'Thus, the United States used aid packages', 'aid packages, technical assistance and sometimes even military intervention',
  [], 'what', ['means'])
q(AA, 'When did the Philippines get its independence from America?',
  'The United States granted independence to the Philippines', '1946', ['in 1946'], 'when', ['short'])

IN = '1750-1775-incidents'
q(IN, 'What rank was George Washington given before his 1754 expedition against the French?',
  'Dinwiddie also promoted Washington', 'Lieutenant Colonel', [], 'what', ['office'])
q(IN, "Which Native leader is thought to have slain the wounded French ensign?",
  'Although accounts of the incident differ', 'Tanaghrisson', [], 'who', [])
q(IN, "How did Washington's stand at his hastily built fort turn out?",
  'Expecting further French incursions', 'a combined French and Indian force forced his surrender',
  ['forced his surrender'], 'how', ['settled', 'how'])
q(IN, 'What is the city at the forks of the Ohio called today?',
  'Wanting to limit British influence along their frontier', 'Pittsburgh', ['present-day Pittsburgh'], 'what',
  ['called'])

AP = '1961-1968-alliance-for-progress'
q(AP, 'What nickname did critics first give JFK’s volunteer program abroad?',
  'Although derided as', 'Kennedy’s Kiddie Corps', ['“Kennedy’s Kiddie Corps”'], 'what', ['called', 'naming'])
q(AP, 'How much money did the U.S. pledge to Latin America under Kennedy’s program?',
  'The United States pledged $20 billion', '$20 billion', ['$20 billion in assistance'], 'how much', [])

AR = '1776-1783-articles'
q(AR, 'Which office did Robert R. Livingston take up in August 1781?',
  'The Continental Congress voted on Jan 10, 1781', 'Secretary of Foreign Affairs', [], 'which', ['office'])
q(AR, 'which state ratified the articles of confederation first',
  'On December 16, 1777, Virginia', 'Virginia', [], 'which', ['lowercase'])
q(AR, 'What finally got Maryland to sign on to the Articles?',
  'Marylanders were given further incentive to ratify', 'Virginia agreed to relinquish its western land claims',
  ['when Virginia agreed to relinquish its western land claims'], 'why', ['why'])

FW = '1750-1775-foreword'
q(FW, 'What did Europeans call the war that Americans know as the French and Indian War?',
  'Sometimes, as in the case of the French and Indian War', 'the Seven Years’ War', ['Seven Years’ War'], 'what',
  ['called'])
q(FW, 'How did London raise the money to defend its North American possessions?',
  'Ultimately, the British Government found it necessary', 'taxed their colonists', [], 'how', ['means', 'how'])

W12 = '1801-1829-war-of-1812'
q(W12, 'Against which two countries were the Non-Intercourse Acts directed?',
  'Congress passed an embargo act in 1807', 'France and Britain', [], 'which', ['target', 'list'])
q(W12, 'How did the War of 1812 end?',
  'On Christmas Eve British and American negotiators', 'the Treaty of Ghent', ['Treaty of Ghent'], 'how',
  ['settled', 'short'])
q(W12, 'What did Jefferson say about England?',
  'The leading Republican, Thomas Jefferson responded', 'down with England', [], 'what', ['quote', 'short'])
q(W12, 'Who acted as go-between for the British and Americans in 1814?',
  'Under the mediation of the Czar of Russia', 'the Czar of Russia', ['Czar of Russia'], 'who', [])

LO = '1784-1800-loans'
q(LO, 'How did France secretly get war supplies to the rebels?',
  'This was accomplished by establishing dummy corporations', 'establishing dummy corporations',
  ['dummy corporations', 'by establishing dummy corporations'], 'how', ['means', 'how', 'antecedent'])
q(LO, 'Who did Arthur Lee acuse of financial wrongdoing?',
  'Arthur Lee, one of the American commissioners in France', 'Silas Deane', [], 'who',
  ['target', 'misspelt'])
q(LO, 'Who helped wipe out the American debt owed to Paris in 1795?',
  'In 1795, the United States was finally able to settle its debts', 'James Swan',
  ['with the help of James Swan', 'James Swan, an American banker'], 'who', ['settled'])
q(LO, 'What caused the runaway inflation during the Revolution?',
  'In practice it did both', 'the printing of money', ['printing of money'], 'why', ['why'])

DD = '1899-1913-dollar-diplo'
q(DD, 'What had Philander Knox done for a living before he worked with Taft?',
  'Taft shared the view held by Knox', 'a corporate lawyer', ['corporate lawyer'], 'what', ['office'])
q(DD, 'Who headed the U.S. bankers that got into the Chinese railway consortium?',
  'In China, Knox secured the entry', 'J.P. Morgan', [], 'who', [])

MC = '1989-1992-madrid-conference'
q(MC, 'What lever did Bush and Baker use to push Shamir toward the table?',
  'Simultaneously, Baker and Bush put pressure on Shamir', 'withholding $10 billion in loan guarantees',
  ['by withholding $10 billion in loan guarantees'], 'how', ['means'])
q(MC, 'What is the 1993 Israeli-Palestinian Declaration of Principles popularly called?',
  'Yet by 1993, the Washington talks had become deadlocked', 'Oslo Accord', ['the so-called “Oslo Accord”'],
  'what', ['called'])
q(MC, 'Who shared the chair with Bush at Madrid?',
  'The Conference, co-chaired by Bush', 'Mikhail Gorbachev', ['Soviet President Mikhail Gorbachev', 'Gorbachev'], 'who',
  ['short'])
q(MC, 'Why did Washington break off its dialogue with the PLO in June 1990?',
  'Nevertheless, diplomatic contacts between the two sides remained at a low level',
  'Chairman Yasir Arafat refused to condemn a terrorist attack',
  ['Yasir Arafat refused to condemn a terrorist attack perpetrated by the Palestine Liberation Front'], 'why',
  ['why'])

HE = '1969-1976-helsinki'
q(HE, 'Which nation on the continent refused to put its name to the 1975 accord?',
  'Every European country except Albania', 'Albania', [], 'which', ['converse'])
q(HE, 'What were the four sections of the 1975 agreement known as?',
  'The Helsinki Final Act dealt with a variety of issues', 'baskets', ['four “baskets.”'], 'what', ['called'])
q(HE, 'How did activists keep an eye on whether Moscow honored its human rights pledges?',
  'To follow the progress of the USSR', 'Helsinki Monitoring Groups', ['set up Helsinki Monitoring Groups'],
  'how', ['means'])

CG = '1961-1968-congo-decolonization'
q(CG, 'What was Lawrence Devlin’s job in the Congo?',
  'Reports from Lawrence Devlin', 'the CIA Chief of Station in Leopoldville',
  ['CIA Chief of Station', 'CIA Chief of Station in Leopoldville (Kinshasa)'], 'what', ['office'])
q(CG, 'What name did Mobutu’s Congo take in 1971?',
  'Despite periodic uprisings and unrest, Mobutu ruled the Congo', 'Zaire', [], 'what', ['called', 'naming'])
q(CG, 'Against whom did the army of the newly independent Congo rise up in July 1960?',
  'On July 5, Congolese soldiers in the Force Publique', 'their white Belgian commanders',
  ['white Belgian commanders'], 'who', ['target'])
q(CG, 'Name the 1964 U.S.-Belgian mission to free the hostages held in Stanleyville.',
  'A joint U.S.-Belgian effort to rescue the hostages', 'Operation Dragon Rouge', [], 'what', ['naming'])

TD = '1945-1952-truman-doctrine'
q(TD, 'How much money did Truman ask for to help Greece and Turkey?',
  'Accordingly, in his speech, President Truman requested', '$400,000,000', ['$400,000,000 worth of aid'],
  'how much', [])
q(TD, 'What prompted Truman to go before Congress in March 1947?',
  'The immediate cause for the speech was', 'a recent announcement by the British Government',
  ['a recent announcement by the British Government that, as of March 31, it would no longer provide military and economic assistance to the Greek Government'],
  'why', ['why'])
q(TD, 'Whom did Stalin force to stop helping the Greek rebels?',
  'In fact, Soviet leader Joseph Stalin had deliberately refrained', 'Josip Tito',
  ['Yugoslav Prime Minister Josip Tito', 'Tito'], 'who', ['target'])

TS = '1989-1992-tiananmen-square'
q(TS, 'How did Bush punish Beijing after the crackdown?',
  'In the aftermath, President George H.W. Bush denounced',
  'suspended military sales as well as high level exchanges with Chinese officials',
  ['suspended military sales'], 'how', ['how'])
q(TS, "What was Zhao Ziyang's positon in 1989?",
  'Other officials sympathetic to the protestors’ demands', 'General Secretary of the Communist Party',
  ['General Secretary'], 'what', ['office', 'misspelt'])
q(TS, 'Whose death set off the student gatherings in April 1989?',
  'The demonstrations began on April 15', 'Hu Yaobang',
  ['the popular pro-reform Chinese leader Hu Yaobang'], 'who', ['why'])

YC = '1937-1945-yalta-conf'
q(YC, 'What is Port Arthur known as now?',
  'This included the southern portion of Sakhalin', 'Lüshunkou', [], 'what', ['called', 'short'])
q(YC, 'How large did the Security Council’s permanent membership become once France was added?',
  'In discussions regarding the future of the United Nations', 'five permanent members', ['five'],
  'how many', ['change'])
q(YC, 'What office did Truman step into when FDR died in April 1945?',
  'With the death of Franklin D. Roosevelt on April 12, 1945', 'the thirty-third president of the United States',
  ['thirty-third president of the United States', 'thirty-third president'], 'what', ['office'])

TG = '1866-1898-telegraph'
q(TG, 'When did the State Department get its own telegraph office?',
  'The U.S. Department of State established a telegraph office', '1866', ['in 1866'], 'when', ['short'])
q(TG, 'Why did diplomats start writing shorter dispatches?',
  'Diplomats learned to write more concisely', 'to reduce telegraph expenses',
  ['reduce telegraph expenses'], 'why', ['why'])
q(TG, 'Before wires, how did news get from one capital to another?',
  'Until that time information was exchanged', 'at the speed of a sailing ship or a galloping horse',
  ['a sailing ship or a galloping horse'], 'how', ['means', 'how'])

WC = '1937-1945-war-time-conferences'
q(WC, 'What was the 1941 eight-point list of Allied war aims called?',
  'In August 1941, President Franklin Roosevelt and British Prime Minister', 'the Atlantic Charter',
  ['Atlantic Charter'], 'what', ['called', 'naming'])
q(WC, 'Who replaced Churchill at Potsdam?',
  'Despite the end of the war in Europe and the revelation', 'Clement Atlee', [], 'who', ['short'])
q(WC, 'Which two 1944 meetings drew up the plan for postwar cooperation?',
  'In 1944, conferences at Bretton Woods', 'Bretton Woods and Dumbarton Oaks', [], 'which', ['list'])

CL = '1993-2000-foreword'
q(CL, 'On what date did Clinton deliver his second State of the Union address?',
  'President Bill Clinton during his second State of the Union address', 'Tuesday, Jan. 24, 1995',
  ['Jan. 24, 1995'], 'when', [])

CF = '1861-1865-confederacy'
q(CF, 'What was Charles Francis Adams’s diplomatic post during the Civil War?',
  'Sensitive to any further international recognition', 'Minister to England', [], 'what', ['office'])
q(CF, 'What did Lord John Russell say about belligerent rights?',
  'The Union was greatly angered by European recognition',
  'The question of belligerent rights is one, not of principle, but of fact.', [], 'what', ['quote'])
q(CF, 'What stance did London take once Lincoln’s navy began closing Southern ports?',
  'In May, Britain responded to the blockade', 'a proclamation of neutrality',
  ['with a proclamation of neutrality'], 'how', ['how'])

MA = '1866-1898-mahan'
q(MA, 'By what means did McKinley bring Hawaii into the Union in 1898?',
  'After the outbreak of hostilities with Spain in May 1898', 'joint resolution of Congress',
  ['by means of joint resolution of Congress'], 'how', ['means'])
q(MA, 'What was Alfred Thayer Mahan running when his famous sea-power book came out?',
  'In 1890, Captain Alfred Thayer Mahan', 'the United States Naval War College',
  ['United States Naval War College'], 'what', ['office'])

SZ = '1953-1960-suez'
q(SZ, 'What post did Anthony Eden give up in January 1957?',
  'Washington’s public censure of two of its most important allies', 'British Prime Minister',
  ['Prime Minister'], 'what', ['office'])
q(SZ, 'How did the fighting in Egypt come to a halt in November 1956?',
  'In response, the Eisenhower administration, concerned about dissociating', 'a United Nations ceasefire',
  ['United Nations ceasefire'], 'how', ['settled', 'how'])
q(SZ, 'Whom did Britain, France and Israel secretly plan to topple?',
  'At the same time, the British and French held secret military consultations', 'Nasser',
  ['its President'], 'who', ['target'])
q(SZ, "How many seafaring countries were to be in the proposed users’ group?",
  'On September 9, U.S. Secretary of State John Foster Dulles', '18', [], 'how many', [])

RL = '1921-1936-red-line'
q(RL, 'What was the Turkish Petroleum Company renamed in 1929?',
  'The Red Line Agreement proved to be a difficult arrangement', 'the Iraqi Petroleum Company',
  ['Iraqi Petroleum Company'], 'what', ['called'])
q(RL, 'With what did Gulbenkian supposedly draw the old Ottoman borders?',
  'Consequently, during one of the final meetings', 'a red pencil', ['with a red pencil'], 'what', ['means'])
q(RL, 'How big a cut of the oil output went to every one of the four main signatories?',
  'Under the terms of the agreement, each of the four parties', '23.75%', ['a 23.75% share'], 'how much', [])
q(RL, 'Which firms did the Mineral Leasing Act punish?',
  'In order to discourage the Europeans from treating American oil companies unfairly',
  'any foreign company whose parent government discriminated against American businesses', [], 'which',
  ['target'])
q(RL, 'What did France and Gulbenkian get in return for dropping their objections in 1948?',
  'Although the French Government and Gulbenkian protested', 'a greater share of the output of the IPC', [],
  'what', ['settled'])

KEEP = [0, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 22, 23, 25, 27, 28, 29, 31, 33, 35, 36, 37, 38, 40, 41, 43, 44, 45, 47, 51, 53, 54, 56, 58, 60, 62, 63, 64, 67, 68, 69, 70, 73, 74, 75, 77, 78, 79, 83, 84, 86, 87, 88, 92, 93, 95, 96, 99, 100, 102, 104, 105, 108, 110, 111, 112, 113, 114, 116, 117, 119, 120, 122]
ALL_DRAFTED = A
A = [A[i] for i in KEEP]

# ---------------- unanswerable ----------------
U = []


def u(question, tags, searched):
    U.append(dict(question=question, tags=['unanswerable'] + tags, searched=searched))


u('Why did FDR refuse to extend Lend-Lease aid to the Soviet Union in 1941?', ['false premise'],
  'Lend-Lease; refuse; Russia eligible (texts say he extended it)')
u('Why did President Hayes sign the 1879 fifteen-per-ship bill into law?', ['false premise'],
  'Hayes; vetoed; fifteen per ship (texts say he vetoed it)')
u('How did the 1905 Chinese boycott force Congress to repeal the Exclusion Act?', ['false premise'],
  'boycott; repeal; 1905 (repeal came in 1943 for wartime reasons)')
u('Why was the Rush-Bagot Pact also called the Treaty of Kingston?', ['false premise'],
  'Treaty of Kingston; Kingston; Rush-Bagot')
u('Why did Prime Minister Harold Macmillan resign over the Suez Crisis?', ['false premise'],
  'Macmillan; resign (Eden resigned; Macmillan was his successor)')
u('Why did Arab OPEC members extend the 1973 oil embargo to France?', ['false premise'],
  'embargo + France; Netherlands, Portugal, South Africa')
u('Why did the U.S. Senate refuse to ratify the Helsinki Final Act?', ['false premise'],
  'Helsinki + Senate; ratif')
u('By how much did Chinese immigration to the U.S. fall after the 1882 Exclusion Act?', ['beyond'],
  'Exclusion Act; immigration fell/declined/dropped; percent; numbers')
u('How was the $7.2 million for Alaska paid to Russia—in gold, bonds or cash?', ['beyond', 'means'],
  '7.2 million; gold; bonds; paid Russia')
u('What was the Senate vote on the Alaska purchase treaty?', ['beyond'],
  'Alaska + Senate; vote; 37')
u('How many hostages were rescued in Operation Dragon Rouge?', [],
  'Dragon Rouge; hostages; rescued; Stanleyville')
u('Who laid the first successful transatlantic telegraph cable in 1866?', [],
  'Cyrus Field; Great Eastern; transatlantic cable; cable 1866')
u('How old was Franklin Roosevelt when he died?', [],
  'Roosevelt + died/death/age; April 12, 1945')
u('Who signed the Treaty of Wangxia for the Chinese side?', [],
  'Wangxia; Qiying; Cushing counterpart; Chinese negotiator')
u('How many delegates attended the Montevideo Conference of 1933?', [],
  'Montevideo; delegates; delegations')
u('Who was the U.S. ambassador in Beijing during the Tiananmen crackdown?', [],
  'ambassador + Beijing/China 1989; Lilley')
u('How many people were killed in the Force Publique mutiny at Thysville?', [],
  'Thysville; mutiny; killed')
u('What was the population of St. Domingue when the slave revolt broke out in 1791?', [],
  'St. Domingue; population; slaves numbered; 1791')
u('Where was Pontiac buried?', ['short'],
  'Pontiac; buried; burial; death of Pontiac')
u('How many men did General Braddock lead against Fort Duquesne?', [],
  'Braddock; Fort Duquesne; men; troops; defeat')

STOP = set("""a an the of to in on at by for with from and or but is was were be been being are did do does done what
which who whom whose when where why how many much that this these those it its his her their they he she them as
into than then so not no yes any some about after before during over under up out one two three four five six seven
eight nine ten per between against while also only more most other such can could would should will shall may might
has have had s t us u.s name call called""".split())


def content_words(x):
    out = set()
    for w in re.findall(r"[a-z0-9]+", x.lower().replace('’', "'")):
        if w in STOP or len(w) < 2:
            continue
        if w.endswith('s') and len(w) > 3:
            w = w[:-1]
        out.add(w)
    return out


if __name__ == '__main__':
    rows = []
    for it in A:
        cit = sentence_from(it['doc'], it['start'])
        rows.append(dict(question=it['question'], answer=it['answer'], alternatives=it['alts'],
                         document=it['doc'], citation=cit, kind=it['kind'],
                         _tags=it['tags'] + (['low-overlap'] if len(content_words(it['question']) & content_words(cit)) <= 1 else [])))
    for it in U:
        rows.append(dict(question=it['question'], answer=None, alternatives=[], document=None, citation=None,
                         kind='unanswerable', _tags=it['tags'], _searched=it['searched']))
    if '--show' in sys.argv:
        for r in rows:
            if r['citation']:
                print(r['document'], '|', r['answer'], '\n   ', r['citation'])
        print(len(A), len(U))
        sys.exit()
    random.seed(5859)
    random.shuffle(rows)
    tags = {}
    with open(HERE + 'ask_v59.jsonl', 'w') as f:
        for n, r in enumerate(rows, 1):
            qid = 'q%03d' % n
            tags[qid] = r.pop('_tags')
            r.pop('_searched', None)
            out = {'id': qid, 'question': r['question'], 'answer': r['answer'],
                   'alternatives': r['alternatives'], 'document': r['document'],
                   'citation': r['citation'], 'kind': r['kind']}
            f.write(json.dumps(out, ensure_ascii=False) + '\n')
    json.dump(tags, open(HERE + 'style_tags.json', 'w'), ensure_ascii=False, indent=1)
    print('wrote', len(rows))
