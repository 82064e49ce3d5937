"""Build ask_v40.jsonl. Citations are cut from ask_texts.json by (start, end) fragments so
that they are exact copies of the source sentence; everything else is hand-written."""
import json, random, os
HERE = os.path.dirname(os.path.abspath(__file__))
T = json.load(open(os.path.join(HERE, 'ask_texts.json')))
M = '000_beabee21081aa6a0'

def cite(doc, start, end):
    t = T[doc]
    i = t.find(start)
    assert i >= 0, (doc, start)
    assert t.find(start, i + 1) < 0, ('start not unique', doc, start)
    j = t.find(end, i)
    assert j >= 0, (doc, end)
    return t[i:j + len(end)]

# (doc, cite_start, cite_end, question, answer, alternatives, kind)
A = [
 # ---- museum exhibit: Roosevelt and Stalin (16)
 (M, 'Code-named Operation Barbarossa', 'in European history.',
  'What code name did the Germans give their June 1941 invasion of the Soviet Union?',
  'Operation Barbarossa', ['Barbarossa'], 'what'),
 (M, 'Thus, in the summer of 1941, FDR sent', 'his personal representative.',
  'Which trusted aide went to Moscow in 1941 as Roosevelt\'s unofficial envoy to Stalin?',
  'Harry Hopkins', ['Hopkins', 'his close advisor Harry Hopkins'], 'who'),
 (M, 'Over the next three and a half years', 'in war supplies.',
  'How much war materiel did America ship to the USSR under Lend-Lease?',
  'more than $11 billion', ['$11 billion', 'more than $11 billion in war supplies'], 'how many/how much'),
 (M, 'The president believed the future of the world', 'China, and the USSR.',
  'What nickname did FDR use for the four great powers he counted on to keep order after the war?',
  'the Four Policemen', ['Four Policemen'], 'what'),
 (M, 'Indeed, the resulting accord, signed by FDR', 'Roosevelt-Litvinov Agreement.',
  'What do historians call the 1933 deal that reopened official relations between Washington and Moscow?',
  'the Roosevelt-Litvinov Agreement', ['Roosevelt-Litvinov Agreement'], 'what'),
 (M, 'Franklin D. Roosevelt entered the presidency determined', 'Woodrow Wilson in 1917.',
  'Which president began the American practice of not recognizing the Bolshevik government?',
  'Woodrow Wilson', ['President Woodrow Wilson', 'Wilson'], 'who'),
 (M, 'For the pragmatic FDR, the normalization of ties', 'Adolf Hitler in Europe.',
  'Apart from trade, why did establishing relations with the USSR look like a smart move to Roosevelt?',
  'closer ties between Washington, DC, and Moscow might help deter further Japanese aggression in Asia and might even give pause to Adolf Hitler in Europe',
  ['might help deter further Japanese aggression in Asia', 'closer ties between Washington, DC, and Moscow might help deter further Japanese aggression in Asia'], 'why'),
 (M, 'Joseph Stalin’s initiation in the mid-1930s', 'deterioration in relations.',
  'What did Stalin launch in the 1930s that horrified people in the United States?',
  'great murderous purges of dissenters', ['murderous purges of dissenters', 'purges of dissenters'], 'what'),
 (M, 'A U.S. Army truck convoy prepares', 'March 1943.',
  'Through what country did American truck convoys haul goods to Russia?',
  'Iran', ['through Iran', 'a supply route through Iran'], 'where'),
 (M, 'This was especially true in the first year of the conflict', 'by December 1941.',
  'how close to moscow did the german army get in 1941',
  'fifteen miles', ['within fifteen miles', 'within fifteen miles of Moscow'], 'how many/how much'),
 (M, 'FDR further bound the Soviets to the Allied coalition', 'fight on alone.',
  'Where did Roosevelt declare that only an unconditional Axis capitulation would be accepted?',
  'Casablanca Conference', ['the Casablanca Conference', 'Casablanca'], 'where'),
 (M, 'FDR’s desire to meet Stalin on his own terms', 'the peace that followed.',
  'Why was Churchill uneasy about Roosevelt building a separate rapport with Stalin?',
  'the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed',
  ['the rise of Soviet and American power would diminish Britain’s role'], 'why'),
 (M, 'Little more than a year after the Tehran Conference', 'the second and last time.',
  'Where did Roosevelt and Stalin see each other for the final time?',
  'Yalta', ['the seaside Ukrainian city of Yalta'], 'where'),
 (M, 'He succeeded in bringing the Soviet Union into the United Nations', 'of the conference.',
  'What did FDR regard as his biggest win at the February 1945 summit?',
  'bringing the Soviet Union into the United Nations', ['bringing the Soviet Union into the United Nations largely on his own terms'], 'what'),
 (M, 'Given his faith in personal diplomacy', 'meet directly with Stalin.',
  'What did Roosevelt tell the British leader in 1942 about dealing with the Soviet dictator?',
  'I think I can personally handle Stalin better than your Foreign Office or my State Department', [], 'what'),
 (M, 'But his willingness to reach out to Stalin', 'greatest friends.',
  'How do Russians today remember FDR?',
  'as one of their nation’s true heroes and greatest friends', ['one of their nation’s true heroes and greatest friends'], 'how'),

 # ---- essays (64)
 ('1993-2000-foreword', 'President Bill Clinton during his second', 'Jan. 24, 1995.',
  'On what date did Bill Clinton give his second State of the Union speech?',
  'Tuesday, Jan. 24, 1995', ['Jan. 24, 1995'], 'when'),

 ('1776-1783-secret-committee', 'The Committee\'s diplomatic duties grew', 'April 17, 1777.',
  'What new name did the Committee of Secret Correspondence get in 1777?',
  'the Committee for Foreign Affairs', ['Committee for Foreign Affairs'], 'what'),
 ('1776-1783-secret-committee', 'Lee had come into contact with the French playwright', 'troubles in the colonies.',
  'Which French writer for the stage was quietly spying on Britain\'s colonial problems?',
  'Beaumarchais', ['the French playwright Beaumarchais'], 'who'),

 ('1953-1960-berlin-crises', 'On the morning of August 13, 1961', 'between the two sides.',
  'Who ordered the barbed-wire barrier that split Berlin overnight?',
  'Walter Ulbricht', ['East German leader Walter Ulbricht', 'Ulbricht'], 'who'),
 ('1953-1960-berlin-crises', 'The Berlin Wall remained in place until', 'finally dismantled.',
  'when did the berlin wall come down',
  'November 9, 1989', [], 'when'),

 ('1945-1952-nato', 'Great Britain, France, Belgium, the Netherlands and Luxembourg signed', 'March, 1948.',
  'Which five countries formed the 1948 Brussels Treaty alliance?',
  'Great Britain, France, Belgium, the Netherlands and Luxembourg', [], 'which'),
 ('1945-1952-nato', 'In the 1950s, one of the first military doctrines of NATO', 'large-scale nuclear attack.',
  'What was the name of the Cold War policy of answering any attack on an ally with an all-out atomic strike?',
  'massive retaliation', [], 'what'),

 ('1961-1968-arab-israeli-war-1967', 'Between June 5 and June 10, Israel defeated', 'the Golan Heights.',
  'Which three Arab states lost to Israel in the June 1967 war?',
  'Egypt, Jordan, and Syria', [], 'which'),
 ('1961-1968-arab-israeli-war-1967', 'He sought international and Congressional support for Operation', 'passage through them.',
  'What was the American scheme to send a multinational flotilla through the Tiran waterway called?',
  'Operation Red Sea Regatta', ['Red Sea Regatta'], 'what'),

 ('1953-1960-taiwan-strait-crises', 'In late 1949 and early 1950, American officials', 'from spreading south.',
  'what did the us send into the taiwan strait after the korean war broke out',
  'Seventh Fleet', ['its Seventh Fleet'], 'what'),
 ('1953-1960-taiwan-strait-crises', 'In January 1955, the U.S. Congress passed', 'the off-shore islands.',
  'Which 1955 act of Congress handed Eisenhower full power to protect Taiwan?',
  'Formosa Resolution', [], 'which'),

 ('1801-1829-florida', 'Spain received no compensation, but', 'rebelled against Spain.',
  'How much in damage claims did the U.S. agree to cover under the Florida treaty?',
  '$5 million', [], 'how many/how much'),
 ('1801-1829-florida', 'In return, the United States recognized', 'over Texas.',
  'What did Madrid get in exchange for dropping its claims to the Pacific Northwest?',
  'Spanish sovereignty over Texas', ['recognized Spanish sovereignty over Texas'], 'what'),

 ('1750-1775-incidents', 'Although accounts of the incident differ', 'killed Jumonville.',
  'Who killed Jumonville?',
  'Tanaghrisson', [], 'who'),
 ('1750-1775-incidents', 'The French destroyed the unfinished fort', 'Fort Duquesne.',
  'What stronghold did the French put up after tearing down William Trent\'s half-built post?',
  'Fort Duquesne', [], 'what'),

 ('1866-1898-blaine', 'James G. Blaine, “the man from Maine,”', 'at age 63.',
  'What was James G. Blaine\'s nickname?',
  'the man from Maine', ['man from Maine'], 'what'),
 ('1866-1898-blaine', 'He sought exclusive U.S. control over any canal', 'with Great Britain.',
  'Which agreement eventually gave the U.S. sole rights over an isthmian canal?',
  'Hay-Pauncefote treaty', ['the 1901 Hay-Pauncefote treaty', '1901 Hay-Pauncefote treaty'], 'which'),

 ('1899-1913-dollar-diplo', 'From 1909 to 1913, President William Howard Taft', '“dollar diplomacy.”',
  'Who was Taft\'s Secratary of State?',
  'Philander C. Knox', ['Secretary of State Philander C. Knox', 'Knox'], 'who'),

 ('1937-1945-lend-lease', 'Under the terms of the agreement, the United States gave the British', 'air and naval bases.',
  'How many old warships did Britain receive in the 1940 swap for bases?',
  'more than 50', ['more than 50 obsolete destroyers', '50'], 'how many/how much'),
 ('1937-1945-lend-lease', 'Although British Prime Minister Winston Churchill later referred', 'disinterested generosity.',
  'What did Churchil later call Lend-Lease?',
  'the most unsordid act', ['most unsordid act'], 'what'),

 ('1969-1976-salt', 'Johnson therefore called for strategic arms limitations talks', 'in New Jersey.',
  'Where did LBJ and Kosygin hold their 1967 summit?',
  'Glassboro State College in New Jersey', ['Glassboro State College'], 'where'),
 ('1969-1976-salt', 'Nixon and Soviet General Secretary Leonid Brezhnev signed', 'in Moscow.',
  'When was the ABM Treaty signed?',
  'May 26, 1972', ['on May 26, 1972'], 'when'),

 ('1989-1992-collapse-soviet-union', 'In early December, Yeltsin and the leaders of Ukraine', 'demise of the Soviet Union.',
  'In which city was the Commonwealth of Independent States founded?',
  'Brest', [], 'where'),
 ('1989-1992-collapse-soviet-union', 'Facing a growing schism between Yeltsin and Gorbachev', 'promoted U.S. interests.',
  'Why did the Bush team choose to deal mainly with Gorbachev instead of his rival?',
  'they viewed him as the more reliable partner and because he made numerous concessions that promoted U.S. interests',
  ['they viewed him as the more reliable partner'], 'why'),

 ('1776-1783-continental-congress', 'The Congress first met in Philadelphia on September 5, 1774', 'except Georgia.',
  'Which colony sent no delegates to the 1774 gathering in Philadelphia?',
  'Georgia', [], 'which'),
 ('1776-1783-continental-congress', 'Meanwhile, Congress drafted the Olive Branch Petition', 'and Great Britain.',
  'What was the name of the last-ditch peace appeal the colonists addressed to George III in 1775?',
  'the Olive Branch Petition', ['Olive Branch Petition'], 'what'),

 ('1861-1865-confederacy', 'Southerners began the war effort confident', 'especially Great Britain.',
  'What crop did the rebels count on to win British backing?',
  'cotton', ['the cotton their plantations provided European textile manufacturers'], 'what'),
 ('1861-1865-confederacy', 'In May, Britain responded to the blockade', 'powers followed.',
  'How did London react when Lincoln closed Southern ports?',
  'with a proclamation of neutrality', ['a proclamation of neutrality'], 'how'),

 ('1937-1945-atlantic-conf', 'Churchill and Roosevelt met on August 9 and 10, 1941', 'postwar international system.',
  'Aboard which warship did FDR and Churchill hold their August 1941 meeting?',
  'U.S.S. Augusta', ['the U.S.S. Augusta'], 'which'),
 ('1937-1945-atlantic-conf', 'Churchill was concerned that this clause', 'Great Britain’s empire.',
  'Why did the self-government point of the 1941 declaration worry the prime minister?',
  'this clause acknowledged the right of colonial subjects to agitate for decolonization',
  ['this clause acknowledged the right of colonial subjects to agitate for decolonization, including those in Great Britain’s empire'], 'why'),

 ('1784-1800-xyz', 'The U.S. envoys were instead approached by several intermediaries', 'Lucien Hauteval (Z.)',
  'Who was "X" in the XYZ Affair?',
  'Jean Hottinguer', ['Hottinguer'], 'who'),
 ('1784-1800-xyz', 'U.S. and French negotiators restored peace with the Convention of 1800', 'Treaty of Mortefontaine.',
  'By what other name is the 1800 settlement with France known?',
  'the Treaty of Mortefontaine', ['Treaty of Mortefontaine'], 'what'),

 ('1921-1936-naval-conference', 'Senator William E. Borah (R–Idaho) led', 'negotiations for disarmament.',
  'Which Idaho lawmaker led the push for arms-reduction talks after World War I?',
  'William E. Borah', ['Senator William E. Borah', 'Borah'], 'who'),
 ('1921-1936-naval-conference', 'Additionally, Japan agreed to withdraw its troops from Siberia', 'island of Yap.',
  'On which Pacific island did the United States win equal cable and radio access?',
  'Yap', [], 'which'),

 ('1776-1783-b-franklin', 'Jefferson replied, “No one can replace him', 'his successor.”',
  'What did Jefferson say when Vergennes asked if he was replacing Franklin?',
  'No one can replace him, Sir; I am only his successor', [], 'what'),

 ('1937-1945-american-isolationism', 'The Japanese invasion of Manchuria and subsequent push', 'international agreements.',
  'What policy said America would not accept land seized by force, after Japan took Manchuria?',
  'the Stimson Doctrine', ['Stimson Doctrine'], 'what'),
 ('1937-1945-american-isolationism', 'In that year, as the situation in Europe continued to grow worse', 'to “quarantine.”',
  'In his 1937 speech, what did FDR compare international aggression to?',
  'a disease', [], 'what'),

 ('1921-1936-geneva', 'Second, Great Britain set forth what it called', 'navies of other nations in the world.',
  'What was the British principle that a navy should be sized by what it must protect?',
  'doctrine of requirements', [], 'what'),
 ('1921-1936-geneva', 'In the wake of the failed talks at Geneva', 'naval arms race.',
  'How did Washington respond once the 1927 talks collapsed?',
  'passed a bill to build fifteen new cruisers and an aircraft carrier',
  ['build fifteen new cruisers and an aircraft carrier'], 'how'),

 ('1945-1952-nuremberg', 'Nazi leader Adolf Hitler was not indicted', 'before Germany’s surrender.',
  'Why wasn\'t Hitler tried?',
  'he had committed suicide in April 1945', ['he had committed suicide'], 'why'),
 ('1945-1952-nuremberg', 'Three defendants were found not guilty', 'physical or mental illness.',
  'How many of the Nazi leaders in the dock were acquitted?',
  'Three', [], 'how many/how much'),

 ('1993-2000-clinton-yeltsin', 'During the seven years both were in office', 'entire Cold War.',
  'How often did Bill and Boris get together during their time in office?',
  'eighteen times', ['eighteen'], 'how many/how much'),
 ('1993-2000-clinton-yeltsin', 'For his first trip abroad, Clinton met Yeltsin', 'April 1993.',
  'where did clinton and yeltsin first meet',
  'Vancouver', ['in Vancouver'], 'where'),

 ('1914-1920-wwi', 'On January 19, 1917, British naval intelligence intercepted', 'Mexico City.',
  'Who caught and cracked the German message to Mexico in January 1917?',
  'British naval intelligence', [], 'who'),
 ('1914-1920-wwi', 'On May 4, 1916, the German Government accepted', '“Sussex pledge.”',
  'What was Germany\'s May 1916 promise to stop attacking passenger ships called?',
  'Sussex pledge', [], 'what'),

 ('1801-1829-barbary-wars', 'In 1793 a brief Portuguese-Algerian truce', 'other Barbary States.',
  'Which Barbery state was the first to make a treaty with the United States?',
  'Morocco', [], 'which'),
 ('1801-1829-barbary-wars', 'The U.S. Navy, greatly increased in size after the War of 1812', 'to the Mediterranean.',
  'Who commanded the fleet sent against Algiers in 1815?',
  'Stephen Decatur', ['Commodore Stephen Decatur', 'Decatur'], 'who'),

 ('1937-1945-potsdam-conf', 'The Big Three—Soviet leader Joseph Stalin', 'the end of World War II.',
  'Who took Churchill\'s place partway through the 1945 summit in Germany?',
  'Clement Attlee', ['Prime Minister Clement Attlee', 'Attlee'], 'who'),
 ('1937-1945-potsdam-conf', 'Conference participants also agreed to revise', 'the Turkish Straits.',
  'Which pact handing Ankara exclusive say over the straits did the Potsdam powers want rewritten?',
  'Montreux Convention', ['the 1936 Montreux Convention', '1936 Montreux Convention'], 'which'),

 ('1801-1829-napoleonic-wars', 'On June 22, 1807, the H.M.S. Leopard', 'British navy deserters.',
  'Which British warship fired on and boarded the Chesapeake in 1807?',
  'H.M.S. Leopard', ['the H.M.S. Leopard', 'Leopard'], 'which'),
 ('1801-1829-napoleonic-wars', 'However, the loss of Haiti made Louisiana', 'Louisiana Purchase in 1803.',
  'Why was Napoleon willing to part with Louisiana?',
  'the loss of Haiti made Louisiana strategically undesirable',
  ['the loss of Haiti made Louisiana strategically undesirable, and with war again on the horizon with Great Britain'], 'why'),

 ('1961-1968-bay-of-pigs', 'Launched from Guatemala', 'from the start.',
  'From what country did the Cuban exiles set out for the Bay of Pigs?',
  'Guatemala', [], 'where'),
 ('1961-1968-bay-of-pigs', 'Orchestrated by the CIA and Department of Defense', 'purpose and scope.',
  'Who ran Operation Mongoose?',
  'Edward Lansdale', ['Lansdale'], 'who'),

 ('1921-1936-dawes', 'In the spring of 1921, the Commission set the final bill', 'approximately $31.5 billion.',
  'How much were German reparations fixed at in 1921?',
  '132 billion gold marks', ['approximately $31.5 billion', '$31.5 billion'], 'how many/how much'),
 ('1921-1936-dawes', 'By mid-1933, all European debtor nations except Finland', 'from the United States.',
  'Which country was the lone European borrower that had not defaulted on its American loans by mid-1933?',
  'Finland', [], 'which'),

 ('1899-1913-roosevelt-and-monroe-doctrine', 'President Theodore Roosevelt’s assertive approach', 'Monroe Doctrine.',
  'What nickname describes Teddy Roosevelt\'s forceful way of handling Latin America?',
  'Big Stick', [], 'what'),

 ('1921-1936-red-line', 'Consequently, during one of the final meetings, Gulbenkian drew', 'with a red pencil.',
  'Who drew the red line on the map?',
  'Gulbenkian', [], 'who'),
 ('1921-1936-red-line', 'Under the terms of the agreement, each of the four parties', 'exception of Kuwait.',
  'What share of TPC\'s crude did each of the four main partners receive?',
  '23.75%', ['a 23.75% share', '23.75% share'], 'how many/how much'),

 ('1961-1968-gulf-of-tonkin', 'The U.S. Navy stationed two destroyers', 'bolster these actions.',
  'What were the two destroyers in the Gulf of Tonkin called?',
  'the Maddox and the Turner Joy', ['Maddox and the Turner Joy'], 'what'),
 ('1961-1968-gulf-of-tonkin', 'The Senate passed the Gulf of Tonkin Resolution with only two', 'passed it unanimously.',
  'How many senators voted no on the August 1964 war powers measure?',
  'two', ['only two', 'only two opposing votes'], 'how many/how much'),

 ('1866-1898-yellow-journalism', 'At first, yellow journalism had nothing to do with reporting', 'Richard F. Outcault.',
  'Which comic strip was the sensational press style named after?',
  'Hogan’s Alley', [], 'which'),
 ('1866-1898-yellow-journalism', 'When a U.S. naval investigation later stated', 'called for war.',
  'What did the Navy\'s inquiry blame for sinking the battleship in Havana?',
  'a mine in the harbor', ['a mine'], 'what'),

 ('1801-1829-rush-bagot', 'The agreement limited military navigation on the Great Lakes', 'on each lake.',
  'How many armed ships was each country allowed per lake under the 1817 pact?',
  'one to two vessels', ['one to two', 'one to two vessels per country on each lake'], 'how many/how much'),
 ('1801-1829-rush-bagot', 'The Convention of 1818 set the boundary', 'forty-ninth parallel.',
  'Which line of latitude became the U.S.-Canada boundary in 1818?',
  'the forty-ninth parallel', ['forty-ninth parallel'], 'which'),
]

U = [
 'How many sailors were killed when the Maine blew up in Havana harbor?',
 'Who was the lead American prosecutor at the Nuremberg trial?',
 'How many of the Nazi leaders tried at Nuremberg were sentenced to death?',
 'How many Bay of Pigs invaders were taken prisoner by Castro\'s forces?',
 'How many people were killed trying to get over the Berlin Wall?',
 'What was the name of the checkpoint where U.S. and Soviet tanks faced off in Berlin in 1961?',
 'Where was Roosevelt when he died in April 1945?',
 'What was the Senate vote on the 1972 ABM Treaty?',
 'Who succeeded Boris Yeltsin as president of Russia?',
 'How much money did Talleyrand\'s go-betweens ask the American envoys to pay him?',
 'How old was Benjamin Franklin when he sailed to France in 1776?',
 'Which German submarine sank the Lusitania?',
 'How many people died when the Sussex was torpedoed in 1916?',
 'What was the name of the fort George Washington built before he surrendered in July 1754?',
 'How many Israeli soldiers were killed in the June 1967 war?',
 'How many countries sent delegates to the 1889 Pan American Congress in Washington?',
 'Which two senators voted against the Gulf of Tonkin Resolution?',
 'How many Soviet soldiers died in the Battle of Stalingrad?',
 'Who interpreted for Roosevelt in his talks with Stalin at Tehran?',
 'How much tribute did the United States agree to pay Algiers under the 1795 treaty?',
]

rows = []
for doc, s, e, q, a, alts, kind in A:
    rows.append({'question': q, 'answer': a, 'alternatives': alts, 'document': doc,
                 'citation': cite(doc, s, e), 'kind': kind})
for q in U:
    rows.append({'question': q, 'answer': None, 'alternatives': [], 'document': None,
                 'citation': None, 'kind': 'unanswerable'})
random.Random(4039).shuffle(rows)
with open(os.path.join(HERE, 'ask_v40.jsonl'), 'w', encoding='utf-8') as f:
    for n, r in enumerate(rows, 1):
        r = {'id': 'q%03d' % n, **r}
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(A), 'answerable;', len(U), 'unanswerable')
