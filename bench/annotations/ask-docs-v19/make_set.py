# Builds ask_v19.jsonl from the hand-written items below (shuffled with a fixed seed).
import json, random

A = []  # (question, answer, alternatives, document, citation, kind)
def q(question, answer, alts, doc, cit, kind):
    A.append(dict(question=question, answer=answer, alternatives=alts, document=doc, citation=cit, kind=kind))

# ---------------- seed (16) ----------------
q("How many Red Army troops were killed?", "8.7 million", ["some 8.7 million soldiers", "some 8.7 million"], "seed",
  "The Soviets lost some 8.7 million soldiers on the battlefield; millions of civilians also perished on the brutal Eastern Front.", "how many")
q("What nickname did Roosevelt give the great powers he counted on to keep order after the war?", "the Four Policemen", ["Four Policemen"], "seed",
  "The president believed the future of the world depended to a large extent on the cooperation of what he called “the Four Policemen”—the United States, the United Kingdom, China, and the USSR.", "what")
q("What is the 1933 deal that reopened diplomatic ties between Washington and Moscow called?", "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"], "seed",
  "Indeed, the resulting accord, signed by FDR and Maxim Litvinov, the Soviet foreign minister, at the White House in November 1933, became known as the Roosevelt-Litvinov Agreement.", "what")
q("Which president started the American refusal to recognize the Soviet government?", "Woodrow Wilson", ["President Woodrow Wilson"], "seed",
  "Franklin D. Roosevelt entered the presidency determined to reverse America’s policy of refusing to officially recognize the Soviet Union, established by President Woodrow Wilson in 1917.", "which")
q("What was the code name of the German invasion of the Soviet Unoin?", "Operation Barbarossa", ["Barbarossa"], "seed",
  "Code-named Operation Barbarossa, the surprise attack, which involved more than 3.5 million men, 3,600 tanks, and 2,700 aircraft, was the largest military assault in European history.", "what")
q("Who went to Moscow in 1941 to size things up for FDR?", "Harry Hopkins", ["his trusted confidant Harry Hopkins"], "seed",
  "He then sent his trusted confidant Harry Hopkins to Moscow to assess the situation and meet with Joseph Stalin.", "who")
q("How much did America ship to the Russians in military aid during the war?", "more than $11 billion", ["$11 billion", "more than $11 billion in war supplies"], "seed",
  "Over the next three and a half years, the United States would provide the Soviets with more than $11 billion in war supplies.", "how much")
q("How close did the Wehrmacht come to the Soviet capital in 1941?", "within fifteen miles of Moscow", ["fifteen miles"], "seed",
  "This was especially true in the first year of the conflict, when German forces drove deep into Russia, coming within fifteen miles of Moscow by December 1941.", "how")
q("Why did Roosevelt invade North Africa in 1942?", "keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians",
  ["keeping his promise to Stalin that he would open a diverting “second front” against Germany", "to relieve the embattled Russians"], "seed",
  "This concern likewise contributed to FDR’s decision to invade North Africa in 1942, keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians.", "why")
q("what did roosevelt say the allies would demand from the axis at casablanca", "unconditional surrender", ["“unconditional surrender”"], "seed",
  "FDR further bound the Soviets to the Allied coalition by announcing in January 1943 at the Casablanca Conference that the Allies would accept no peace without “unconditional surrender” by the Axis; the Soviets would not be left to fight on alone.", "what")
q("Where did Stalin go to call on Roosevelt when he got to Yalta?", "the Livadia Palace", ["Livadia Palace", "the Livadia Palace in Yalta"], "seed",
  "Joseph Stalin calls on Franklin D. Roosevelt upon arriving at the Livadia Palace in Yalta, site of the wartime conference of Allied leaders, February 2, 1945.", "where")
q("How soon after Hitler was beaten would the USSR enter the Pacific war?", "within three months of Germany’s defeat", ["three months"], "seed",
  "He also won Stalin’s promise to join the other Allies in the war against Japan within three months of Germany’s defeat.", "when")
q("How did FDR describe the Soviet regime in 1940?", "a dictatorship as absolute as any other dictatorship in the world", ["“a dictatorship as absolute as any other dictatorship in the world.”"], "seed",
  "FDR understood that Stalin was an oppressive and even violent ruler, asserting in 1940 that the USSR was run by “a dictatorship as absolute as any other dictatorship in the world.”", "how")
q("Who put his signature on the 1939 pact with Germany while Stalin smiled behind him?", "Vyacheslav Molotov", ["Soviet Foreign Minister Vyacheslav Molotov", "Molotov"], "seed",
  "Soviet Foreign Minister Vyacheslav Molotov signs the German-Soviet non-aggression pact with a smiling Joseph Stalin at his left shoulder, August 23, 1939.", "who")
q("Why were American companies keen on normalizing relations with Moscow?", "anxious to open Soviet markets to American goods", ["to open Soviet markets to American goods", "open Soviet markets to American goods"], "seed",
  "For the pragmatic FDR, the normalization of ties seemed a logical move, first, because in the midst of the Great Depression, the U.S. State Department and business community were anxious to open Soviet markets to American goods, and, second, because closer ties between Washington, DC, and Moscow might help deter further Japanese aggression in Asia and might even give pause to Adolf Hitler in Europe.", "why")
q("What did FDR tell Churchill about dealing with Stalin?", "I think I can personally handle Stalin better than your Foreign Office or my State Department", [], "seed",
  "Given his faith in personal diplomacy—“I think I can personally handle Stalin better than your Foreign Office or my State Department,” he wrote British prime minister Winston Churchill in 1942—FDR was most anxious to meet directly with Stalin.", "what")

# ---------------- essays ----------------
q("Who was in charge of the team that wrote NSC-68?", "Paul Nitze", [], "nsc68",
  "Reeling from the recent victory of Communist forces in the Chinese Civil War and the successful detonation of an atomic weapon by the Soviet Union, Secretary of State Dean Acheson asked the Policy Planning Staff, led by Paul Nitze, to undertake a comprehensive review of U.S. national security strategy.", "who")
q("How big a share of the economy did Truman's military budget reach by 1953?", "14.2 percent", ["from 5 to 14.2 percent"], "nsc68",
  "While NSC-68 did not make any specific recommendations regarding the proposed increase in defense expenditures, the Truman Administration almost tripled defense spending as a percentage of the gross domestic product between 1950 and 1953 (from 5 to 14.2 percent).", "how much")
q("What did Gorbachev's spokesman say after the Malta summit?", "We buried the Cold War at the bottom of the Mediterranean Sea.", ["We buried the Cold War at the bottom of the Mediterranean Sea"], "u-s-soviet-relations",
  "After Bush met with his Soviet counterpart off the coast of Malta in December 1989, one month after the fall of the Berlin Wall, Gorbachev’s spokesman declared, “We buried the Cold War at the bottom of the Mediterranean Sea.”", "what")
q("Which agreement got rid of a whole category of nuclear weapons?", "the Intermediate-Range Nuclear Forces Treaty", ["Intermediate-Range Nuclear Forces Treaty"], "u-s-soviet-relations",
  "In December 1987 they signed the Intermediate-Range Nuclear Forces Treaty, which eliminated an entire class of missiles.", "which")
q("Why couldn't Stalin come to Casablanca?", "because the Red Army was engaged in a major offensive against the German Army at the time", ["the Red Army was engaged in a major offensive against the German Army"], "casablanca",
  "While Soviet Premier Joseph Stalin received an invitation, he was unable to attend because the Red Army was engaged in a major offensive against the German Army at the time.", "why")
q("What nickname is Teddy Roosevelt's tough Latin America policy known by?", "Big Stick", ["the “Big Stick,”"], "roosevelt-and-monroe-doctrine",
  "President Theodore Roosevelt’s assertive approach to Latin America and the Caribbean has often been characterized as the “Big Stick,” and his policy came to be known as the Roosevelt Corollary to the Monroe Doctrine.", "what")
q("What was the code name for the landing in northern France that the Big Three discussed at Tehran?", "Operation Overlord", ["Overlord"], "tehran-conf",
  "Roosevelt, Churchill, and Stalin engaged in discussions concerning the terms under which the British and Americans finally committed to launching Operation Overlord, an invasion of northern France, to be executed by May of 1944.", "what")
q("Which rivers were chosen as Poland's new western boundary to make up for land it lost in the east?", "the Oder and Neisse rivers", ["Oder and Neisse"], "tehran-conf",
  "In order to compensate Poland for the resulting loss of territory, the three leaders agreed to move the German-Polish border to the Oder and Neisse rivers.", "which")
q("Who took over as president when FDR died?", "Harry S. Truman", ["Truman"], "yalta-conf",
  "With the death of Franklin D. Roosevelt on April 12, 1945, Harry S. Truman became the thirty-third president of the United States.", "who")
q("After the French were added, how many countries held veto-wielding seats?", "five", ["five permanent members"], "yalta-conf",
  "In discussions regarding the future of the United Nations, all parties agreed to an American plan concerning voting procedures in the Security Council, which had been expanded to five permanent members following the inclusion of France.", "how many")
q("How much money did the arbitrators make Britain hand over for the Alabama claims?", "$15.5 million", [], "alabama",
  "The arbitration commission, which issued its decision in September 1872, rejected American claims for indirect damages, but did order Britain to pay the United States $15.5 million as compensation for the Alabama claims.", "how much")
q("Who secretly ordered the Laird rams from a Liverpool shipyard?", "James D. Bulloch", ["Confederate agent James D. Bulloch"], "alabama",
  "Most famously, on September 3, 1863, the British Government impounded two ironclad, steam-driven “Laird rams” that Confederate agent James D. Bulloch had surreptitiously arranged to be built at a shipyard in Liverpool.", "who")
q("Why did the Arab oil states cut off oil to America in 1973?", "The American military airlift to Israel", ["American military airlift to Israel", "airlift to Israel"], "arab-israeli-war-1973",
  "The American military airlift to Israel, moreover, had led Arab oil producers to embargo oil shipments to the United States and some Western European countries, causing international economic upheaval.", "why")
q("When did the Yom Kippur war start?", "October 6, 1973", [], "arab-israeli-war-1973",
  "On October 6, 1973, Egypt and Syria attacked Israel’s forces in the Sinai Peninsula and the Golan Heights.", "when")
q("Which state held out longest before approving the Articles?", "Maryland", [], "articles",
  "This left Maryland as the last remaining holdout.", "which")
q("When did Maryland finaly ratify the Articles of Confederation?", "March 1, 1781", [], "articles",
  "Marylanders were given further incentive to ratify when Virginia agreed to relinquish its western land claims, and so the Maryland legislature ratified the Articles of Confederation on March 1, 1781.", "when")
q("Who commanded the American squadron sent against Algiers in 1815?", "Commodore Stephen Decatur", ["Stephen Decatur", "Decatur"], "barbary-wars",
  "The U.S. Navy, greatly increased in size after the War of 1812, was able send an entire squadron, led by Commodore Stephen Decatur, to the Mediterranean.", "who")
q("Why did it take the Senate until 1822 to approve Shaler's treaty?", "owing to an accidental oversight", ["an accidental oversight"], "barbary-wars",
  "Shaler concluded his negotiations on December 23, 1815, but the Senate, owing to an accidental oversight, did not ratify the treaty until February 11, 1822.", "why")
q("What was Blaine's nickname?", "the man from Maine", ["“the man from Maine,”"], "blaine",
  "James G. Blaine, “the man from Maine,” died in January 1893 at age 63.", "what")
q("What did the ex-Soviet leaders who met at Brest in December 1991 set up?", "the Commonwealth of Independent States (CIS)", ["Commonwealth of Independent States", "CIS"], "collapse-soviet-union",
  "In early December, Yeltsin and the leaders of Ukraine and Belarus met in Brest to form the Commonwealth of Independent States (CIS), effectively declaring the demise of the Soviet Union.", "what")
q("Why did Georgia have to wait until May 1992 for U.S. recognition?", "Civil war in Georgia", ["Civil war"], "collapse-soviet-union",
  "Civil war in Georgia prevented its recognition and the establishment of diplomatic relations with the United States until May 1992.", "why")
q("What was the name of the vessel Shufeldt sailed on?", "the U.S.S. Ticonderoga", ["U.S.S. Ticonderoga", "Ticonderoga"], "commodore-shufeldt",
  "Between 1878 and 1880, Commodore Robert Shufeldt commanded the U.S.S. Ticonderoga on a mission to Africa, the Middle East, and Asia in an attempt to further open those regions to U.S. trade.", "what")
q("Why did Shufeldt want America to get hold of Fernando Po?", "to secure access to palm oil", ["in order to secure access to palm oil", "palm oil"], "commodore-shufeldt",
  "Shufeldt also recommended that the United States acquire the Spanish-controlled island of Fernando Po (present-day Bioko in Equatorial Guinea) in order to secure access to palm oil.", "why")
q("Who led the colonial troops that tried to drive the French out of the Ohio country in 1754?", "Lieutenant Colonel George Washington", ["George Washington"], "french-indian-war",
  "British colonial forces, led by Lieutenant Colonel George Washington, attempted to expel the French in 1754, but were outnumbered and defeated by the French.", "who")
q("How was General Braddock killed?", "after being mortally wounded in an ambush", ["mortally wounded in an ambush on a failed expedition to capture Fort Duquesne", "in an ambush"], "french-indian-war",
  "On July 13, 1755, Braddock died after being mortally wounded in an ambush on a failed expedition to capture Fort Duquesne in present-day Pittsburgh.", "how")
q("Who represented FDR's government at the Montevideo Conference?", "Cordell Hull", ["Roosevelt’s Secretary of State, Cordell Hull"], "good-neighbor",
  "Roosevelt’s Secretary of State, Cordell Hull, participated in the Montevideo Conference of December 1933, where he backed a declaration favored by most nations of the Western Hemisphere: “No state has the right to intervene in the internal or external affairs of another”.", "who")
q("What was Haiti called before it became independent?", "St. Domingue", [], "haitian-rev",
  "Prior to its independence, Haiti was a French colony known as St. Domingue.", "what")
q("Who came after Toussaint L'Ouverture as leader of Haiti?", "Jean-Jacques Dessalines", [], "haitian-rev",
  "Nevertheless, Jefferson grew even more hostile after L’Ouverture’s successor, Jean-Jacques Dessalines, ordered the execution of whites remaining after the Napoleonic attempts to reconquer St. Domingue and reimpose slavery (French defeat led to the Louisiana Purchase.)", "who")
q("How many Cherokee people died on the Trail of Tears?", "between three and four thousand", ["three and four thousand"], "indian-treaties",
  "The best evidence indicates that between three and four thousand out of the fifteen to sixteen thousand Cherokees died en route from the brutal conditions of the “Trail of Tears.”", "how many")
q("Who lost the Battle of Horse Shoe Bend?", "the Creeks", ["Creeks", "the Creek Indians", "Creek Indians"], "indian-treaties",
  "In 1814, Major General Andrew Jackson led an expedition against the Creek Indians climaxing in the Battle of Horse Shoe Bend (in present day Alabama near the Georgia border), where Jackson’s force soundly defeated the Creeks and destroyed their military power.", "who")
q("What did the United States get in return for the old destroyers it handed to Britain?", "99-year leases to territory in Newfoundland and the Caribbean", ["99-year leases"], "lend-lease",
  "Under the terms of the agreement, the United States gave the British more than 50 obsolete destroyers, in exchange for 99-year leases to territory in Newfoundland and the Caribbean, which would be used as U.S. air and naval bases.", "what")
q("how many countries got lend-lease aid", "more than 30 countries", ["more than 30", "30"], "lend-lease",
  "Over the course of the war, the United States contracted Lend-Lease agreements with more than 30 countries, dispensing some $50 billion in assistance.", "how many")
q("What disease was wiping out Napoleon's troops in Haiti?", "yellow fever", [], "louisiana-purchase",
  "Meanwhile, the French Army in St. Domingue was being decimated by yellow fever, and war between France and England still threatened.", "what")
q("Who did Presdent Jefferson send to Paris to help Livingston buy New Orleans?", "James Monroe", [], "louisiana-purchase",
  "In addition to making military preparations for a conflict in the Mississippi Valley, Jefferson sent James Monroe to join Robert Livingston in France to try to purchase New Orleans and West Florida for as much as $10 million.", "who")
q("What was Nixon's November 1973 plan to make America energy self-sufficient called?", "Project Independence", [], "oil-embargo",
  "Partly in response to these developments, on November 7 the Nixon administration announced Project Independence to promote domestic energy independence.", "what")
q("When was the oil boycott lifted?", "March 1974", [], "oil-embargo",
  "Though a finalized peace deal failed to materialize, the prospect of a negotiated end to hostilities between Israel and Syria proved sufficient to convince the relevant parties to lift the embargo in March 1974.", "when")
q("How many Russian troops were lost at Mukden?", "60,000 soldiers", ["60,000"], "portsmouth-treaty",
  "At the battle over Mukden, the Russians lost 60,000 soldiers and the Japanese lost 41,000 soldiers.", "how many")
q("How did Japan open the war against Russia?", "attacked the Russian fleet at Port Arthur before the formal declaration of war was received in Moscow",
  ["the Japanese attacked the Russian fleet at Port Arthur", "attacked the Russian fleet at Port Arthur"], "portsmouth-treaty",
  "In 1904, the Japanese attacked the Russian fleet at Port Arthur before the formal declaration of war was received in Moscow, surprising the Russian navy and earning an early victory.", "how")
q("Who passed Nixon's private messages to Mao's government?", "Pakistani President Yahya Khan", ["Yahya Khan"], "rapprochement-china",
  "Of greater significance, Nixon established a secret channel to the PRC’s leadership through Pakistani President Yahya Khan.", "who")
q("What do people call the table tennis exchanges that helped thaw U.S.-China relations?", "Ping Pong Diplomacy", ["“Ping Pong Diplomacy”"], "rapprochement-china",
  "This informal “Ping Pong Diplomacy” provided a public face for more serious diplomatic negotiations.", "what")
q("How many warships were the U.S. and Britain each allowed to keep on a Great Lake after 1817?", "one to two vessels per country on each lake", ["one to two vessels", "one to two"], "rush-bagot",
  "The agreement limited military navigation on the Great Lakes to one to two vessels per country on each lake.", "how many")
q("Which treaty finally sorted out the northern borders of Maine and New Hampshire?", "the 1842 Webster-Ashburton Treaty", ["Webster-Ashburton Treaty", "1842 Webster-Ashburton Treaty"], "rush-bagot",
  "That issue would not be resolved until the 1842 Webster-Ashburton Treaty, which also resolved the border between Canada and northeastern Minnesota.", "which")
q("Who did Arthur Lee accuse of mishandling money?", "Silas Deane", ["the early colonial agent in France, Silas Deane"], "secret-committee",
  "Lee suspected the early colonial agent in France, Silas Deane, of financial malfeasance and began a campaign to bring about his recall.", "who")
q("What new name did Congress give the Committee of Secret Correspondence in 1777?", "the Committee for Foreign Affairs", ["Committee for Foreign Affairs"], "secret-committee",
  "The Committee's diplomatic duties grew, and Congress renamed it the Committee for Foreign Affairs on April 17, 1777.", "what")
q("Which two Americans sat with Franklin at the peace table?", "John Adams and John Jay", ["peace commissioners John Adams and John Jay"], "treaty",
  "Joined by peace commissioners John Adams and John Jay, Franklin engaged the British in formal negotiations beginning on September 27, 1782.", "which")
q("Why is Benjamin West's picture of the peace negotiators unfinished?", "British negotiators chose not to sit for their half of the portrait", ["because British negotiators chose not to sit for their half of the portrait"], "treaty",
  "The sketch remains incomplete because British negotiators chose not to sit for their half of the portrait: it serves as a powerful symbol of the division between Great Britain and its former American colonies.", "why")
q("Who sent the two Southern diplomats that Wilkes captured?", "Jefferson Davis", ["Jefferson Davis, President of the Confederate States of America"], "trent-affair",
  "Jefferson Davis, President of the Confederate States of America, had dispatched these envoys—James Mason, former Chairman of the U.S. Senate Foreign Relations Committee and John Slidell, a prominent New Orleans lawyer—to secure British and French recognition of the Confederate States as a sovereign nation.", "who")
q("Why did London's angry protest reach Lincoln so late?", "a communication malfunction", ["communication malfunction"], "trent-affair",
  "Thanks to a communication malfunction, the cable containing the severe early reaction and demands of British officials took almost a month to arrive in Washington.", "why")
q("What did FDR say he was willing to do to beat Hitler?", "would hold hands with the devil", ["“would hold hands with the devil”", "hold hands with the devil"], "us-soviet",
  "In order to defeat that threat, Roosevelt confided that he “would hold hands with the devil” if necessary.", "what")
q("How many weeks did the War Department give the Red Army before it would collapse?", "six weeks", ["not last more than six weeks", "six"], "us-soviet",
  "Although the War Department had warned the President that the Soviets would not last more than six weeks, after two one-on-one meetings with Soviet Premier Josef Stalin, Hopkins urged Roosevelt to assist the Soviets.", "how many")
q("Who led the Filipinos against the Americans?", "Emilio Aguinaldo", ["Aguinaldo"], "war",
  "On February 4, 1899, just two days before the U.S. Senate ratified the treaty, fighting broke out between American forces and Filipino nationalists led by Emilio Aguinaldo who sought independence rather than a change in colonial rulers.", "who")
q("when did the philippines get independence", "1946", [], "war",
  "The archipelago became an autonomous commonwealth in 1935, and the U.S. granted independence in 1946.", "when")
q("Who wrote War Is a Racket?", "Smedley D. Butler", ["decorated Marine Corps General Smedley D. Butler", "General Smedley D. Butler"], "american-isolationism",
  "The 1934 publication of the book Merchants of Death by H.C. Engelbrecht and F. C. Hanighen, followed by the 1935 tract “War Is a Racket” by decorated Marine Corps General Smedley D. Butler both served to increase popular suspicions of wartime profiteering and influence public opinion in the direction of neutrality.", "who")
q("What did Roosevelt compare aggression abroad to in 1937?", "a disease", ["a disease that other nations must work to “quarantine.”"], "american-isolationism",
  "In that year, as the situation in Europe continued to grow worse and the Second Sino-Japanese War began in Asia, the President gave a speech in which he likened international aggression to a disease that other nations must work to “quarantine.”", "what")
q("How many captives were aboard the Amistad?", "53 Africans", ["53"], "amistad",
  "Officers of the United States survey ship Washington found the Amistad in a state of distress, bearing 53 Africans and the two Spaniards who purchased them in Cuba with the intention of trading them into slavery there.", "how many")
q("Which ex-president defended the Amistad Africans in the Supreme Court?", "John Quincy Adams", ["former President and Secretary of State John Quincy Adams"], "amistad",
  "To argue against the U.S. Government for the Africans’ freedom, the Christian Missionary Association convinced former President and Secretary of State John Quincy Adams to come out of retirement and face the predominantly southern Supreme Court bench.", "which")
q("Who ran the MPLA?", "Agostinho Neto", [], "angola",
  "The Popular Movement for the Liberation of Angola (MPLA) was a Marxist organization centered in the capital, Luanda, and led by Agostinho Neto.", "who")
q("Which people formed Savimbi's main base of support?", "the Ovimbundu", ["Ovimbundu", "the country’s largest ethnic group, the Ovimbundu"], "angola",
  "The National Union for the Total Independence of Angola (UNITA), an offshoot of the FNLA, was led by Jonas Savimbi and supported by the country’s largest ethnic group, the Ovimbundu.", "which")
q("How long was Mandela behind bars?", "27 years", ["after 27 years"], "apartheid",
  "The country waited in anticipation for the release of Nelson Mandela who walked out of prison after 27 years on February 11, 1990.", "how many")
q("who took over after botha in south africa", "F W de Klerk", ["de Klerk"], "apartheid",
  "His successor, F W de Klerk, in a move that surprised observers, announced in his opening address to Parliament in February 1990 that he was lifting the ban on the ANC and other black liberation parties, allowing freedom of the press, and releasing political prisoners.", "who")
q("Who drafted the text that became Resolution 242?", "UN Ambassador Arthur Goldberg", ["Arthur Goldberg", "Goldberg"], "arab-israeli-war-1967",
  "Knowing that Israel would reject the Soviet draft, the administration encouraged the United Kingdom to introduce an alternative resolution devised by UN Ambassador Arthur Goldberg.", "who")
q("What was Johnson's plan to force open the Straits of Tiran with an international flotilla called?", "Operation Red Sea Regatta", ["Red Sea Regatta", "Regatta"], "arab-israeli-war-1967",
  "He sought international and Congressional support for Operation Red Sea Regatta, which called for a coalition of maritime nations to send a “probing force” through the Straits if Egypt refused to grant all nations free passage through them.", "what")
q("How many countries belonged to the UN in 1970?", "127", [], "asia-and-africa",
  "In 1946, there were 35 member states in the United Nations; as the newly independent nations of the “third world” joined the organization, by 1970 membership had swelled to 127.", "how many")
q("Which meeting gave birth to the nonaligned movement?", "the Bandung conference of 1955", ["Bandung conference", "the Bandung conference"], "asia-and-africa",
  "Many of the new nations resisted the pressure to be drawn into the Cold War, joined in the “nonaligned movement,” which formed after the Bandung conference of 1955, and focused on internal development.", "which")

# ---------------- unanswerable near misses (20) ----------------
U = [
 "What was the name of the Union warship that sank the Alabama off France?",
 "What was the name of Captain Wilkes's ship when he stopped the Trent?",
 "Who was Japan's chief negotiator at the Portsmouth peace talks?",
 "How many people were killed in the Tokyo riots over the Treaty of Portsmouth?",
 "By how many barrels a day did the Arab producers cut their oil output during the embargo?",
 "What was the code name of the American airlift to Israel in October 1973?",
 "Which Soviet general led the Red Army into Berlin in 1945?",
 "How many tons of supplies reached the Soviet Union by the supply route through Iran?",
 "On which island was Nelson Mandela imprisoned?",
 "How many countries sent delegates to the 1889 Pan American Congress in Washington?",
 "Where was FDR staying when he died in April 1945?",
 "How much tribute did the United States agree to pay Algiers in the 1795 treaty?",
 "Which Cherokee chief signed the Treaty of New Echota?",
 "What was the vote count in the UN General Assembly when the PRC took China's seat in 1971?",
 "How many Cuban soldiers did Castro send to Angola in 1975?",
 "Who became the first president of the Philippine Commonwealth in 1935?",
 "How many Soviet soldiers were taken prisoner by the Germans in 1941?",
 "How many Marines took part in the capture of Derna during the war with Tripoli?",
 "How many people lived in St. Domingue when the slave revolt broke out in 1791?",
 "Who was the U.S. ambassador in Moscow during the August 1991 coup?",
]
rows = A + [dict(question=u, answer=None, alternatives=[], document=None, citation=None, kind="unanswerable") for u in U]
random.Random(19).shuffle(rows)
with open("/work/heldout/r19/ask/ask_v19.jsonl", "w") as f:
    for i, r in enumerate(rows, 1):
        r = {"id": f"q{i:03d}", **{k: r[k] for k in ["question", "answer", "alternatives", "document", "citation", "kind"]}}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(A), len(U), len(rows))
