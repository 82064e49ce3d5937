# Builds ask_v55.jsonl and style_tags.json (held-out round 54). Items written by hand;
# citations copied from ask_texts.json. Order shuffled with a fixed seed, then ids assigned.
import json, random, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from overlap_util import shared
M = "000_beabee21081aa6a0"
A = []  # (question, answer, alternatives, document, citation, kind, tags)
def q(question, answer, alts, doc, cit, kind, tags):
    A.append((question, answer, alts, doc, cit, kind, tags))

# ---------------- museum exhibit (16) ----------------
q("What did the Germans call their June 1941 invasion of Russia?", "Operation Barbarossa", ["Barbarossa"], M,
  "Code-named Operation Barbarossa, the surprise attack, which involved more than 3.5 million men, 3,600 tanks, and 2,700 aircraft, was the largest military assault in European history.", "what", ["naming"])
q("Who did FDR dispatch to Moscow to size things up after the invasion began?", "Harry Hopkins", ["his trusted confidant Harry Hopkins"], M,
  "He then sent his trusted confidant Harry Hopkins to Moscow to assess the situation and meet with Joseph Stalin.", "who", ["pronoun"])
q("What name did the 1933 deal restoring U.S.-Soviet ties come to be known by?", "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"], M,
  "Indeed, the resulting accord, signed by FDR and Maxim Litvinov, the Soviet foreign minister, at the White House in November 1933, became known as the Roosevelt-Litvinov Agreement.", "what", ["naming"])
q("What did Roosevelt do within 48 hours of Germany's invasion of Russia?", "authorized emergency assistance to the Soviets", ["he authorized emergency assistance to the Soviets"], M,
  "Within two days of the German attack, he authorized emergency assistance to the Soviets.", "what", ["did"])
q("Why was the American business community keen on recognizing the USSR during the Great Depression?", "to open Soviet markets to American goods", ["anxious to open Soviet markets to American goods"], M,
  "For the pragmatic FDR, the normalization of ties seemed a logical move, first, because in the midst of the Great Depression, the U.S. State Department and business community were anxious to open Soviet markets to American goods, and, second, because closer ties between Washington, DC, and Moscow might help deter further Japanese aggression in Asia and might even give pause to Adolf Hitler in Europe.", "why", ["why"])
q("When Roosevelt won the presidency, which big Western nation was the last one still declining to recognize the Soviets?", "the United States", ["United States"], M,
  "By the time FDR was elected, the United States was the only major Western power that refused to recognize the Soviet Union.", "which", ["refused"])
q("What did the Western leaders fail to demand for the Baltic states at Yalta?", "a reinstatement of independent governments", ["a reinstatement of independent governments in the Baltic states", "reinstatement of independent governments"], M,
  "And they failed to insist on a reinstatement of independent governments in the Baltic states, which Stalin had invaded and “Sovietized” in 1940 while his nonaggression pact with Adolf Hitler still held.", "what", ["refused"])
q("What month did Hitler's armies cross into Russia?", "June 22, 1941", ["June 22"], M,
  "On June 22, 1941, Adolf Hitler launched the German invasion of Russia.", "when", ["time unit"])
q("What was going to happen to Poland's borders under the deal struck at Yalta?", "shift the borders of Poland to the west", ["to the west"], M,
  "The leaders did accede to Stalin’s demand to shift the borders of Poland to the west (Poland would take territory from Germany, and the Soviet Union would annex part of Poland).", "what", ["happened"])
q("What was Lend-Lease?", "a generous program of military aid benefiting Britain", ["a generous program of military aid"], M,
  "Behind the scenes the president began to marshal congressional support to extend Lend-Lease, a generous program of military aid benefiting Britain, to beleaguered Russia.", "what", ["what was", "short"])
q("What did FDR tell Churchill in 1942 about dealing with Stalin?", "I think I can personally handle Stalin better than your Foreign Office or my State Department", [], M,
  "Given his faith in personal diplomacy—“I think I can personally handle Stalin better than your Foreign Office or my State Department,” he wrote British prime minister Winston Churchill in 1942—FDR was most anxious to meet directly with Stalin.", "what", ["quote"])
q("where did fdr and stalin meet for the last time", "Yalta", ["the seaside Ukrainian city of Yalta", "seaside Ukrainian city of Yalta"], M,
  "Little more than a year after the Tehran Conference, in the seaside Ukrainian city of Yalta, Franklin D. Roosevelt and Joseph Stalin met for the second and last time.", "where", ["lowercase", "short"])
q("At which 1943 meeting did the Allies declare that only total capitulation by the Axis would do?", "the Casablanca Conference", ["Casablanca Conference", "Casablanca"], M,
  "FDR further bound the Soviets to the Allied coalition by announcing in January 1943 at the Casablanca Conference that the Allies would accept no peace without “unconditional surrender” by the Axis; the Soviets would not be left to fight on alone.", "which", ["broader word"])
q("Which two documents did all three leaders sign at Yalta?", "the Declaration of Liberated Europe and the Declaration on Poland", ["Declaration of Liberated Europe and the Declaration on Poland"], M,
  "In fact, at Yalta all three leaders signed the Declaration of Liberated Europe and the Declaration on Poland, both of which proclaimed the right of all people in lands formerly taken by the Nazis to choose their own form of government and, in the case of the Poles, called for “the holding of free and unfettered elections as soon as possible on the basis of universal suffrage and secret ballot.”", "which", ["list"])
q("In what decade did Stalin start killing off his opponents?", "the mid-1930s", ["mid-1930s"], M,
  "Joseph Stalin’s initiation in the mid-1930s of great murderous purges of dissenters, which shocked the American public, led to a further deterioration in relations.", "when", ["time unit"])
q("Who was rattled by Roosevelt's wish to deal with Stalin one-on-one?", "Churchill", [], M,
  "FDR’s desire to meet Stalin on his own terms unnerved Churchill, who feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed.", "who", ["converse"])

# ---------------- State Department essays (64) ----------------
q("What was the name of the proposal John Adams took to the French?", "Model Treaty", [], "1776-1783-foreword",
  "John Adams approached the French with the “Model Treaty,” which protected neutral trade and shipping rights in the event of a war.", "what", ["naming"])
q("What condition did France attach to its 1778 alliance with the Americans?", "that the Americans did not seek a separate peace with Great Britain", ["the Americans did not seek a separate peace with Great Britain"], "1776-1783-foreword",
  "In 1778, France formally established its position as an ally with a treaty of alliance that committed the French to the war on the condition that the Americans did not seek a separate peace with Great Britain.", "what", ["broader word"])
q("Which country barred American nuclear-powered subs from its harbors in 1984?", "New Zealand", [], "1945-1952-anzus",
  "In 1984, the ANZUS Treaty began to unravel when New Zealand declared its country a nuclear-free zone and refused to allow U.S. nuclear-powered submarines to visit its ports.", "which", ["refused"])
q("What became of America's defense commitments to Wellington in late 1986?", "suspended", ["the United States suspended its treaty obligations toward New Zealand"], "1945-1952-anzus",
  "On September 17, 1986, the United States suspended its treaty obligations toward New Zealand.", "what", ["happened"])
q("In which decade did the State Department get its own telegraph office?", "1866", ["in 1866"], "1866-1898-telegraph",
  "The U.S. Department of State established a telegraph office in 1866, a few months after the permanent establishment of transatlantic telegraphy.", "when", ["time unit"])
q("Why did envoys start keeping their cables brief?", "to reduce telegraph expenses", ["in order to reduce telegraph expenses"], "1866-1898-telegraph",
  "Diplomats learned to write more concisely in order to reduce telegraph expenses, which typically increased with the length of messages.", "why", ["why"])
q("What was the Haganah?", "the underground militia of the Jewish community in Palestine", ["the underground militia", "underground militia"], "1945-1952-arab-israeli-war",
  "The Jewish forces were composed of the Haganah, the underground militia of the Jewish community in Palestine, and two small irregular groups, the Irgun, and LEHI.", "what", ["what was", "short"])
q("After World War II, what did the U.S. begin using for the first time as a strategic tool of foreign policy?", "economic assistance", [], "1945-1952-foreword",
  "In the interest of avoiding another global war, for the first time the United States began to use economic assistance as a strategic element of its foreign policy and offered significant assistance to countries in Europe and Asia struggling to rebuild their shattered economies.", "what", [])
q("What share of each nationality's population did the 1924 quota let in?", "two percent", ["two percent of the total number of people of each nationality"], "1921-1936-immigration-act",
  "The quota provided immigration visas to two percent of the total number of people of each nationality in the United States as of the 1890 national census.", "how many/how much", [])
q("What happened to would-be settlers from Japan because of the 1924 law?", "would no longer be admitted to the United States", ["no longer be admitted to the United States"], "1921-1936-immigration-act",
  "As a result, the 1924 Act meant that even Asians not previously prevented from immigrating – the Japanese in particular – would no longer be admitted to the United States.", "what", ["happened"])
q("What did U.S. troops do in the Caribbean during Reagan's first term?", "invaded Grenada", ["invaded Grenada to forestall installation of a Marxist regime"], "1981-1988-foreword",
  "In 1983 American forces invaded Grenada to forestall installation of a Marxist regime.", "what", ["did", "broader word"])
q("By how much did Regan boost military spending while in office?", "35%", ["by 35%"], "1981-1988-foreword",
  "During his two terms in office, Reagan successfully advocated increasing the Defense Department budget by 35%.", "how many/how much", ["misspelt"])
q("In what month of 1973 did Egypt and Syria strike Israel?", "October 6, 1973", ["October 6"], "1969-1976-arab-israeli-war-1973",
  "On October 6, 1973, Egypt and Syria attacked Israel’s forces in the Sinai Peninsula and the Golan Heights.", "when", ["time unit"])
q("How did Washington answer Brezhnev's threat to act alone in Egypt?", "putting its nuclear forces on worldwide alert", ["responded by putting its nuclear forces on worldwide alert"], "1969-1976-arab-israeli-war-1973",
  "The United States responded by putting its nuclear forces on worldwide alert on October 25.", "how", ["did", "how"])
q("Who beat the exile brigade that landed at the Bay of Pigs?", "Cuban armed forces under the direct command of Castro", ["Cuban armed forces"], "1961-1968-bay-of-pigs",
  "Components of Brigade 2506 landed at the Bay of Pigs on April 17, 1961 and were defeated within 2 days by Cuban armed forces under the direct command of Castro.", "who", ["converse"])
q("What codename was given to the covert Cuba program approved in November 1961?", "Operation Mongoose", ["Mongoose"], "1961-1968-bay-of-pigs",
  "This examination and policy assessment, initiated in May 1961, led in November of that year to a decision to implement a new covert program in Cuba, with the codename of Operation Mongoose.", "what", ["naming"])
q("how long was mandela in jail", "27 years", ["after 27 years"], "1989-1992-apartheid",
  "The country waited in anticipation for the release of Nelson Mandela who walked out of prison after 27 years on February 11, 1990.", "how many/how much", ["lowercase", "short"])
q("Why did P.W. Botha step down?", "he had lost the faith of the ruling National Party (NP) for his failure to bring order to the country", ["his failure to bring order to the country", "he had lost the faith of the ruling National Party (NP)"], "1989-1992-apartheid",
  "South African Prime Minister P.W. Botha resigned after it became clear that he had lost the faith of the ruling National Party (NP) for his failure to bring order to the country.", "why", ["why"])
q("What did the four powers pledge to do if a crisis flared up in East Asia?", "consult with each other", ["agreed to consult with each other in the event of a future crisis in East Asia before taking action", "consult with each other in the event of a future crisis in East Asia before taking action"], "1921-1936-naval-conference",
  "In the Four-Power Treaty, the United States, France, the United Kingdom, and Japan agreed to consult with each other in the event of a future crisis in East Asia before taking action.", "what", ["did"])
q("How much warship tonage was Japan allotted at the Washington conference?", "300,000 tons", ["300,000"], "1921-1936-naval-conference",
  "It called for each of the countries involved to maintain a set ratio of warship tonnage which allowed the United States and the United Kingdom 500,000 tons, Japan 300,000 tons, and France and Italy each 175,000 tons.", "how many/how much", ["misspelt"])
q("Who were the members of the Bullitt Mission?", "Bullitt, journalist Lincoln Steffens, and a U.S. Army intelligence officer", [], "1914-1920-bullitt-mission",
  "On March 6, 1919, the Bullitt Mission (comprised of Bullitt, journalist Lincoln Steffens, and a U.S. Army intelligence officer) crossed the Russian border.", "who", ["list"])
q("What did Bullitt do on May 17, 1919?", "angrily resigned from the U.S. delegation", ["resigned from the U.S. delegation"], "1914-1920-bullitt-mission",
  "Consequently, the April 10th deadline for the Allies to respond to Lenin’s offer passed without any word from the Allied side, and Bullitt angrily resigned from the U.S. delegation on May 17.", "what", ["did"])
q("How did King George III respond to the Olive Branch Petition?", "he refused to receive it", ["refused to receive it"], "1776-1783-continental-congress",
  "Congress sent the petition to King George III on July 8, but he refused to receive it.", "how", ["refused", "did", "how"])
q("Which colony didn't send anyone to the first Continental Congress?", "Georgia", [], "1776-1783-continental-congress",
  "The Congress first met in Philadelphia on September 5, 1774, with delegates from each of the 13 colonies except Georgia.", "which", ["converse"])
q("What do historians call the 1937 clause letting warring nations buy non-military goods if they paid up front and shipped them themselves?", "cash-and-carry", ["the so-called “cash-and-carry” provision"], "1921-1936-neutrality-acts",
  "The Neutrality Act of 1937 did contain one important concession to Roosevelt: belligerent nations were allowed, at the discretion of the President, to acquire any items except arms from the United States, so long as they immediately paid for such items and carried them on non-American ships—the so-called “cash-and-carry” provision.", "what", ["naming"])
q("What season of 1935 did Congress pass the first Neutrality Act?", "August 31, 1935", ["August 31"], "1921-1936-neutrality-acts",
  "On August 31, 1935, Congress passed the first Neutrality Act prohibiting the export of “arms, ammunition, and implements of war” from the United States to foreign nations at war and requiring arms manufacturers in the United States to apply for an export license.", "when", ["time unit"])
q("How did the Tet Offensive affect Americans' backing for the war?", "weakening U.S. public support for the war in Vietnam", ["weakening U.S. public support"], "1961-1968-tet",
  "The Tet Offensive played an important role in weakening U.S. public support for the war in Vietnam.", "how", ["how", "consequence"])
q("Why did the North Vietnamese pick the lunar new year for their offensive?", "because it was traditionally a time of truce", ["it was traditionally a time of truce"], "1961-1968-tet",
  "Hanoi selected the Tet holiday to strike because it was traditionally a time of truce, and because Vietnamese traveling to spend the festival with their relatives provided cover for the movement of South Vietnamese National Liberation Forces (NLF) who supported the communist forces.", "why", ["why"])
q("By how many votes did the Versailles treaty miss ratification?", "seven votes", ["by seven votes", "seven"], "1914-1920-paris-peace",
  "In a final vote on March 19, 1920, the Treaty of Versailles fell short of ratification by seven votes.", "how many/how much", [])
q("What were the senators called who wouldn't join the League of Nations on any terms?", "Irreconcilables", [], "1914-1920-paris-peace",
  "The opposition came from two groups: the “Irreconcilables,” who refused to join the League of Nations under any circumstances, and “Reservationists,” led by Senate Foreign Relations Committee Chairman, Henry Cabot Lodge, who wanted amendments made before they would ratify the Treaty.", "what", ["naming", "refused"])
q("How big had UN membership grown by the end of the seventies?", "150", [], "1977-1980-north-south-dialogue",
  "Membership in the United Nations had risen from 51 countries in 1945 to 100 in 1960 and 150 by 1979.", "how many/how much", [])
q("In which decade was UNCTAD founded?", "1964", ["in 1964"], "1977-1980-north-south-dialogue",
  "The sudden influx of new countries changed the balance of power in the General Assembly and made possible the establishment of the United Nations Conference on Trade and Development, or UNCTAD, in 1964.", "when", ["time unit"])
q("What did the Senate do with the UN Charter in July 1945?", "approved the UN Charter", ["approved the UN Charter on July 28, 1945, by a vote of 89 to 2"], "1937-1945-un",
  "The Senate approved the UN Charter on July 28, 1945, by a vote of 89 to 2.", "what", ["did"])
q("Where did the four big Allies hammer out a draft charter for the postwar organization in 1944?", "Dumbarton Oaks", ["Dumbarton Oaks in Washington", "at Dumbarton Oaks in Washington"], "1937-1945-un",
  "U.S., British, Soviet, and Chinese representatives met at Dumbarton Oaks in Washington in August and September 1944 to draft the charter of a postwar international organization based on the principle of collective security.", "where", [])
q("Which two territories did France and Spain sell to the United States?", "the Louisiana and Florida territories", ["Louisiana and Florida"], "1801-1829-foreword",
  "Indeed, the economic pressure of these European conflicts compelled the French and the Spanish to sell the Louisiana and Florida territories to the U.S. Government, more than doubling the size of the United States.", "which", ["list"])
q("What was the nickname for the secret B-52 raids on Cambodian base camps in 1969?", "Menu bombings", [], "1969-1976-ending-vietnam",
  "In his first months in office, Nixon directed the U.S. military to increase its pressure on the battlefield, while ordering the secret B–52 bombings of North Vietnamese base camps in Cambodia—the “Menu bombings”—as a signal of his willingness to further escalate the war.", "what", ["naming"])
q("Who turned down the peace deal Kissinger and Le Duc Tho reached in October 1972?", "President Thieu", ["Thieu"], "1969-1976-ending-vietnam",
  "President Thieu rejected the settlement, refusing to accept a peace that left North Vietnamese forces in South Vietnam, and legitimized the Hanoi-controlled Communist shadow government, the Provisional Revolutionary Government.", "who", ["refused"])
q("What happened at Kent State in May 1970?", "the deaths of four students", ["deaths of four students"], "1969-1976-ending-vietnam",
  "These culminated in the deaths of four students at Kent State University on May 4.", "what", ["happened"])
q("Which law wiped out the free-immigration clauses of the Burlingame-Seward Treaty?", "the Chinese Exclusion Act of 1882", ["Chinese Exclusion Act of 1882", "Chinese Exclusion Act"], "1866-1898-burlingame-seward-treaty",
  "A new treaty signed in 1880 revised the Burlingame-Seward agreement, and the Chinese Exclusion Act of 1882 abrogated its free immigration clauses altogether.", "which", ["broader word"])
q("Who was Anson Burlingame?", "a lawyer and former Republican representative to Congress from Massachusetts", ["the U.S. Minister to China", "a lawyer"], "1866-1898-burlingame-seward-treaty",
  "Anson Burlingame, a lawyer and former Republican representative to Congress from Massachusetts, became the U.S. Minister to China in 1861 and, under the orders of Secretary of State William Seward, worked to establish the United States as a power in the East.", "who", ["what was", "short"])
q("when did bangladesh join the un", "1974", ["in 1974"], "1969-1976-south-asia",
  "Bangladesh was admitted to the United Nations in 1974.", "when", ["lowercase", "short"])
q("What did Brzezinski say had become of SALT?", "SALT lies buried in the sands of the Ogaden.", ["SALT lies buried in the sands of the Ogaden"], "1977-1980-horn-of-africa",
  "After the invasion, President Carter withdrew the SALT II treaty from Congressional consideration, leading Brzezinski to claim that “SALT lies buried in the sands of the Ogaden.”", "what", ["quote"])
q("What happened to Emperor Haile Selassie in September 1974?", "arrested and deposed", [], "1977-1980-horn-of-africa",
  "The revolution was originally led by urbanites such as laborers, students, and taxi drivers, but soon a group of mid-level Army officers filled the leadership void and eventually arrested and deposed Haile Selassie in September 1974.", "what", ["happened"])
q("Which two China experts came up with the Open Door idea?", "Alfred E. Hippisley and William W. Rockhill", [], "1899-1913-hay-and-china",
  "The idea behind the Open Door Notes originated with British and American China experts, Alfred E. Hippisley and William W. Rockhill.", "who", ["list"])
q("Why were the Chinese rebels of 1900 called Boxers?", "named for the martial artists that led the movement", ["the martial artists that led the movement"], "1899-1913-hay-and-china",
  "An anti-foreign movement known as the Boxer Rebellion, named for the martial artists that led the movement, gathered strength, and began attacking foreign missionaries and Chinese converts to Christianity.", "why", ["why"])
q("What did Ike decline to offer Moscow once Powers was captured?", "a formal apology", ["issue a formal apology to the Soviet Union"], "1953-1960-u2-incident",
  "Eisenhower, however, refused to issue a formal apology to the Soviet Union; he had taken a great personal interest in the spyplane program, and considered the violation of Soviet airspace and the reconnaissance of Soviet nuclear facilities serious enough to personally approve each flight.", "what", ["refused"])
q("What became of the captured U-2 pilot in early 1962?", "traded for a captured Soviet spy, Rudolf Abel", ["traded"], "1953-1960-u2-incident",
  "In February, 1962, however, he and a detained American student were traded for a captured Soviet spy, Rudolf Abel.", "what", ["happened", "pronoun"])
q("What was the U-2?", "a special high-altitude plane", ["a special high-altitude plane that flew at a ceiling of 70,000 feet"], "1953-1960-u2-incident",
  "The U-2 was a special high-altitude plane that flew at a ceiling of 70,000 feet.", "what", ["what was", "short"])
q("Which delegate first moved that Congress break away from Britain?", "Richard Henry Lee", [], "1776-1783-declaration",
  "On June 7, 1776, Richard Henry Lee introduced a motion in Congress to declare independence.", "who", [])
q("What did Franklin and Adams cut from Jefferson's draft?", "passages blaming King George III for the transatlantic slave trade and those blaming the British people rather than their government", ["passages likely to meet with controversy or skepticism"], "1776-1783-declaration",
  "They preserved its original form, but struck passages likely to meet with controversy or skepticism, most notably passages blaming King George III for the transatlantic slave trade and those blaming the British people rather than their government.", "what", ["pronoun", "list"])
q("Name the two Confederate diplomats who sailed for England on the Trent.", "Mason and Slidell", [], "1861-1865-trent-affair",
  "In October 1861, Mason and Slidell slipped through the U.S. naval blockade and left Charleston, South Carolina for Cuba, where they took passage for England on the Trent.", "who", ["list", "naming"])
q("What did Seward finally agree to do with the captured envoys?", "release the prisoners", ["agreed to release the prisoners"], "1861-1865-trent-affair",
  "Nevertheless, Seward agreed to release the prisoners.", "what", ["did"])
q("Who was Charles Wilkes?", "a U.S. Navy Officer", ["U.S. Navy Officer"], "1861-1865-trent-affair",
  "On November 8, 1861, Charles Wilkes, a U.S. Navy Officer, captured two Confederate envoys aboard the British mail ship, the Trent.", "who", ["what was", "short"])
q("what happened to the warsaw pact in 1991", "officially disbanded", ["disbanded"], "1953-1960-warsaw-treaty",
  "The Warsaw Pact officially disbanded in March and July of 1991 following the dissolution of the Soviet Union.", "what", ["happened", "lowercase", "short"])
q("Which American vessel was shelled and boarded off Norfolk in June 1807?", "the U.S.S. Chesapeake", ["U.S.S. Chesapeake", "Chesapeake"], "1801-1829-napoleonic-wars",
  "On June 22, 1807, the H.M.S. Leopard bombarded and forcibly boarded the U.S.S. Chesapeake off Norfolk, Virginia in search of British navy deserters.", "which", ["converse", "broader word"])
q("What was impressment?", "British seizure of British-born naturalized U.S. citizens into the British navy", [], "1801-1829-napoleonic-wars",
  "From 1803 to 1806, the United States succeeded in remaining neutral, but suffered from impressment, British seizure of British-born naturalized U.S. citizens into the British navy.", "what", ["what was", "short"])
q("Which leaders gathered in Brest to set up the CIS?", "Yeltsin and the leaders of Ukraine and Belarus", [], "1989-1992-collapse-soviet-union",
  "In early December, Yeltsin and the leaders of Ukraine and Belarus met in Brest to form the Commonwealth of Independent States (CIS), effectively declaring the demise of the Soviet Union.", "who", ["list"])
q("Why did Washington hold off recognizing Georgia until May 1992?", "Civil war in Georgia", ["Civil war"], "1989-1992-collapse-soviet-union",
  "Civil war in Georgia prevented its recognition and the establishment of diplomatic relations with the United States until May 1992.", "why", ["why"])
q("What award did Theodore Roosevelt receive for brokering the Russo-Japanese peace?", "the Nobel Peace Prize", ["Nobel Peace Prize"], "1899-1913-portsmouth-treaty",
  "Although the actual importance of Roosevelt’s mediation and personal pressure on the leadership in Moscow and Tokyo to the final agreement is unclear, he won the Nobel Peace Prize for his efforts in moderating the talks and pushing toward peace.", "what", ["broader word"])
q("What happened in Japan's capital when the Portsmouth settlement was revealed?", "a brief outbreak of protests and rioting", ["protests and rioting"], "1899-1913-portsmouth-treaty",
  "There was a brief outbreak of protests and rioting in Tokyo when the terms of the agreement were made public.", "what", ["happened"])
q("Why did the United States stay out of the League of Nations?", "Article X of its charter that committed the United States to defend any League member in the event of an attack", ["Article X of its charter", "Article X"], "1914-1920-foreword",
  "However, the United States ultimately declined membership in the League due to Article X of its charter that committed the United States to defend any League member in the event of an attack.", "why", ["why"])
q("What did Gorbachev's spokesman say after the Malta summit?", "We buried the Cold War at the bottom of the Mediterranean Sea.", ["We buried the Cold War at the bottom of the Mediterranean Sea"], "1981-1988-u-s-soviet-relations",
  "After Bush met with his Soviet counterpart off the coast of Malta in December 1989, one month after the fall of the Berlin Wall, Gorbachev’s spokesman declared, “We buried the Cold War at the bottom of the Mediterranean Sea.”", "what", ["quote"])
q("What was the offical gold price of the dollar under Bretton Woods?", "$35 per ounce", [], "1969-1976-nixon-shock",
  "Under the Bretton Woods system, the external values of foreign currencies were fixed in relation to the U.S. dollar, whose value was in turn expressed in gold at the congressionally-set price of $35 per ounce.", "how many/how much", ["misspelt"])
q("Which two foreign-policy officials were left out of the Camp David economic talks?", "Secretary of State William Rogers and President’s Assistant for National Security Affairs Henry Kissinger", ["William Rogers", "Henry Kissinger"], "1969-1976-nixon-shock",
  "Notably absent from the meeting were Secretary of State William Rogers and President’s Assistant for National Security Affairs Henry Kissinger.", "who", ["list"])

# ---------------- unanswerable (20) ----------------
U = [
 ("Which company built the U-2 spy plane?", []),
 ("How many Cuban exiles landed at the Bay of Pigs?", ["beyond"]),
 ("How many Soviet military advisors did Sadat kick out of Egypt in 1972?", ["beyond"]),
 ("What was the name of the Army intelligence officer who traveled to Russia with Bullitt?", ["beyond"]),
 ("Who was Japan's chief negotiator at the Portsmouth peace talks?", []),
 ("Which president vetoed the Comprehensive Anti-Apartheid Act?", []),
 ("How many foreigners were killed in the Boxer Rebellion altogether?", ["beyond"]),
 ("How many Australian troops served in Vietnam?", []),
 ("What did Anson Burlingame die of?", []),
 ("How many American soldiers died during the Tet Offensive?", []),
 ("Which country did New Zealand turn to for protection after the U.S. suspended its ANZUS obligations?", []),
 ("What did Roosevelt and Stalin agree on at the Potsdam Conference?", ["false premise"]),
 ("Why did Khrushchev apologize to Eisenhower over the U-2 affair?", ["false premise"]),
 ("Why did President Jefferson ask Congress to declare war on Britain in 1812?", ["false premise"]),
 ("Why did Britain join the ANZUS Treaty in 1951?", ["false premise"]),
 ("Why did Japan refuse to sign the Nine-Power Treaty?", ["false premise"]),
 ("In what year did the Senate finally ratify the Treaty of Versailles?", ["false premise"]),
 ("How many tanks did the United States ship to the Soviet Union under Lend-Lease?", []),
 ("Who was the captain of the British mail ship Trent?", []),
 ("How many supporters heard Mandela speak in Cape Town after his release?", ["beyond"]),
]
for question, tags in U:
    A.append((question, None, [], None, None, "unanswerable", ["unanswerable"] + tags))

random.Random(5455).shuffle(A)
rows, tags = [], {}
for i, (question, answer, alts, doc, cit, kind, tg) in enumerate(A, 1):
    qid = "q%03d" % i
    rows.append({"id": qid, "question": question, "answer": answer, "alternatives": alts,
                 "document": doc, "citation": cit, "kind": kind})
    if cit is not None and len(shared(question, cit)) <= 1:
        tg = tg + ["low overlap"]
    tags[qid] = tg
with open(os.path.join(HERE, "ask_v55.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "style_tags.json"), "w", encoding="utf-8") as f:
    json.dump(tags, f, ensure_ascii=False, indent=1)
print(len(rows), "rows written")
