# Builds ask_v33.jsonl from the hand-written items below (shuffled with a fixed seed).
import json, random
D0 = "000_beabee21081aa6a0"
A = []  # (question, answer, alternatives, document, citation, kind)
def q(question, answer, alts, doc, cit, kind): A.append(dict(question=question, answer=answer, alternatives=alts, document=doc, citation=cit, kind=kind))

# ---- museum exhibit (16) ----
q("What boast did FDR make to the British leader in 1942 about dealing with the Soviet dictator?",
  "I think I can personally handle Stalin better than your Foreign Office or my State Department", [], D0,
  "Given his faith in personal diplomacy—“I think I can personally handle Stalin better than your Foreign Office or my State Department,” he wrote British prime minister Winston Churchill in 1942—FDR was most anxious to meet directly with Stalin.", "what")
q("How many armored vehicles did Hitler throw at the Soviet Union when he invaded?",
  "3,600 tanks", ["3,600"], D0,
  "Code-named Operation Barbarossa, the surprise attack, which involved more than 3.5 million men, 3,600 tanks, and 2,700 aircraft, was the largest military assault in European history.", "how many/how much")
q("How fast did Roosevelt react with help for Moscow once Hitler's armies crossed the border?",
  "Within two days of the German attack", ["Within two days", "two days"], D0,
  "Within two days of the German attack, he authorized emergency assistance to the Soviets.", "how")
q("How much did America's wartime shipments to Moscow add up to?",
  "more than $11 billion", ["$11 billion", "more than $11 billion in war supplies"], D0,
  "Over the next three and a half years, the United States would provide the Soviets with more than $11 billion in war supplies.", "how many/how much")
q("Compared with everything Russia manufactured in the war, how big a share did Lend-Lease make up?",
  "only about 7 percent", ["about 7 percent", "7 percent"], D0,
  "Though Lend-Lease aid to Russia constituted only about 7 percent of what the USSR produced during the war, it was vitally important.", "how many/how much")
q("How many miles from Moscow did the Germans get by Decmber 1941?",
  "fifteen miles", ["within fifteen miles of Moscow"], D0,
  "This was especially true in the first year of the conflict, when German forces drove deep into Russia, coming within fifteen miles of Moscow by December 1941.", "how many/how much")
q("Why did the Americans land in North Africa in 1942, according to the exhibit?",
  "keeping his promise to Stalin that he would open a diverting “second front” against Germany", ["to relieve the embattled Russians", "open a diverting “second front” against Germany"], D0,
  "This concern likewise contributed to FDR’s decision to invade North Africa in 1942, keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians.", "why")
q("Where did Roosevelt and Stalin first sit down together in person?",
  "the Tehran Conference", ["Tehran", "at the Tehran Conference in November–December 1943"], D0,
  "He would do so twice during the war, at the Tehran Conference in November–December 1943 and again at the Yalta Conference in February 1945.", "where")
q("What did Roosevelt see as his biggest win at the Crimea summit?",
  "bringing the Soviet Union into the United Nations largely on his own terms", ["bringing the Soviet Union into the United Nations"], D0,
  "He succeeded in bringing the Soviet Union into the United Nations largely on his own terms, a feat he considered the crowning accomplishment of the conference.", "what")
q("Name the two documents the Big Three put their signatures to in February 1945 that promised freed peoples a say over their governments.",
  "the Declaration of Liberated Europe and the Declaration on Poland", ["Declaration of Liberated Europe and the Declaration on Poland"], D0,
  "In fact, at Yalta all three leaders signed the Declaration of Liberated Europe and the Declaration on Poland, both of which proclaimed the right of all people in lands formerly taken by the Nazis to choose their own form of government and, in the case of the Poles, called for “the holding of free and unfettered elections as soon as possible on the basis of universal suffrage and secret ballot.”", "which")
q("What did FDR privately predict Hitler's eastern offensive could eventually lead to?",
  "the liberation of Europe from Nazi domination", ["“the liberation of Europe from Nazi domination.”"], D0,
  "Indeed, within a few days of the launch of Operation Barbarossa, FDR predicted to one aide that if the German attack on Russia proved more than a temporary diversion, it would mean “the liberation of Europe from Nazi domination.”", "what")
q("How do Russians still think of Roosevelt today?",
  "as one of their nation’s true heroes and greatest friends", ["one of their nation’s true heroes and greatest friends"], D0,
  "But his willingness to reach out to Stalin and the Soviet regime undoubtedly helped keep this powerful ally at America’s side during the bloodiest war in human history—and made a deep impression on the Russian people, who still regard FDR as one of their nation’s true heroes and greatest friends.", "how")
q("Why was the British prime minister uneasy about the president cultivating the Kremlin leader one-on-one?",
  "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed", ["feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed"], D0,
  "FDR’s desire to meet Stalin on his own terms unnerved Churchill, who feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed.", "why")
q("Who put pen to paper on the 1939 Nazi-Soviet deal for Moscow?",
  "Vyacheslav Molotov", ["Soviet Foreign Minister Vyacheslav Molotov", "Molotov"], D0,
  "Soviet Foreign Minister Vyacheslav Molotov signs the German-Soviet non-aggression pact with a smiling Joseph Stalin at his left shoulder, August 23, 1939.", "who")
q("In what year was the USSR created?",
  "1922", ["in 1922"], D0,
  "Never one to accord ideology much weight, Franklin D. Roosevelt tended to regard the Union of Soviet Socialist Republics (USSR), a federation of communist republics dominated by Russia and formed in 1922 after a three-year Russian civil war, the same way he viewed Russia itself—as a continental power largely devoid of colonial ambitions that was driven by the same fears and ambitions as Europe’s other leading states.", "when")
q("What nation did the overland route for American aid to the Red Army pass through?",
  "Iran", ["through Iran"], D0,
  "A U.S. Army truck convoy prepares to carry goods to Russia along a supply route through Iran, March 1943.", "where")

# ---- State Department essays (64) ----
P = "1899-1913-portsmouth-treaty"
q("Which American leader acted as go-between in ending the fighting between the Tsar and Japan?",
  "U.S. President Theodore Roosevelt", ["Theodore Roosevelt", "President Theodore Roosevelt"], P,
  "The negotiations took place in August in Portsmouth, New Hampshire, and were brokered in part by U.S. President Theodore Roosevelt.", "who")
q("How many Japanese troops died in the fight at Mukden in the Russo-Japanese War?",
  "41,000 soldiers", ["41,000"], P,
  "At the battle over Mukden, the Russians lost 60,000 soldiers and the Japanese lost 41,000 soldiers.", "how many/how much")
B = "1914-1920-bullitt-mission"
q("Which reporter went along on Bullitt's secret 1919 trip?",
  "Lincoln Steffens", ["journalist Lincoln Steffens"], B,
  "On March 6, 1919, the Bullitt Mission (comprised of Bullitt, journalist Lincoln Steffens, and a U.S. Army intelligence officer) crossed the Russian border.", "who")
q("Where did Wilson suggest the warring Russian sides gather for peace talks?",
  "Prinkipo Island", ["Prinkipo Island off the coast of Turkey", "on Prinkipo Island off the coast of Turkey"], B,
  "In spite of fierce French opposition, President Wilson succeeded in proposing that the Russians would meet on Prinkipo Island off the coast of Turkey.", "where")
q("how many of wilsons fourteen points were about borders and land",
  "Eight", [], "1914-1920-fourteen-points",
  "Eight of the fourteen points treated specific territorial issues among the combatant nations.", "how many/how much")
L = "1914-1920-league"
q("In what city did the League of Nations have its headquarters?",
  "Geneva, Switzerland", ["Geneva"], L,
  "The League of Nations was an international organization, headquartered in Geneva, Switzerland, created after the First World War to provide a forum for resolving international disputes.", "where")
q("Who won the White House in 1920 by campaigning against joining Wilson's world body?",
  "Warren Harding", [], L,
  "Nine months later, Warren Harding was elected President on a platform opposing the League.", "who")
PP = "1914-1920-paris-peace"
q("What nickname was given to the senators who would not accept Wilson's international body on any terms?",
  "Irreconcilables", [], PP,
  "The opposition came from two groups: the “Irreconcilables,” who refused to join the League of Nations under any circumstances, and “Reservationists,” led by Senate Foreign Relations Committee Chairman, Henry Cabot Lodge, who wanted amendments made before they would ratify the Treaty.", "what")
q("Which clause of the 1919 peace made Berlin admit guilt for the war and owe compensation?",
  "Article 231", [], PP,
  "Under the terms of Article 231 of the Treaty, the Germans accepted responsibility for the war and the liability to pay financial reparations to the Allies.", "which")
W = "1914-1920-wwi"
q("Who was the German official behind the secret message urging Mexico to join the war?",
  "Arthur Zimmermann", ["German Foreign Minister Arthur Zimmermann", "Zimmermann"], W,
  "On January 19, 1917, British naval intelligence intercepted and decrypted a telegram sent by German Foreign Minister Arthur Zimmermann to the German Ambassador in Mexico City.", "who")
q("Why didn't Wilson ask for war right after breaking off relations with Berlin in February 1917?",
  "he doubted that the U.S. public would support him", ["he doubted that the U.S. public would support him unless he provided ample proof that Germany intended to attack U.S. ships without warning"], W,
  "However, he refrained from asking for a declaration of war because he doubted that the U.S. public would support him unless he provided ample proof that Germany intended to attack U.S. ships without warning.", "why")
DA = "1921-1936-dawes"
q("Which European borrower was the only one still paying America back in mid-1933?",
  "Finland", [], DA,
  "By mid-1933, all European debtor nations except Finland had defaulted on their loans from the United States.", "which")
q("Which General Electric boss led the panel that cut Germany's bill in 1929?",
  "Owen D. Young", [], DA,
  "In 1929, the committee, under the chairmanship of Owen D. Young, the head of General Electric and a member of the Dawes committee, proposed a plan that reduced the total amount of reparations demanded of Germany to 121 billion gold marks, almost $29 billion, payable over 58 years.", "who")
E = "1921-1936-export-import-bank"
q("What was the very first Export-Import Bank set up to pay for?",
  "finance U.S. trade with the newly-recognized Soviet Union", ["U.S. trade with the newly-recognized Soviet Union"], E,
  "In February 1934, Roosevelt established the bank as an institution designed to finance U.S. trade with the newly-recognized Soviet Union.", "what")
q("With how many nations did FDR's team sign tariff-cutting deals between 1934 and 1939?",
  "19 countries", ["19"], E,
  "Between 1934 and 1939, the Roosevelt Administration concluded trade agreements with 19 countries under the Reciprocal Trade Agreements Act: Belgium, Brazil, Canada, Colombia, Costa Rica, Cuba, Czechoslovakia, Ecuador, El Salvador, Finland, France, Guatemala, Haiti, Honduras, the Netherlands, Nicaragua, Sweden, Switzerland, and the United Kingdom.", "how many/how much")
G = "1921-1936-geneva"
q("Which two countries skipped the 1927 naval talks in Switzerland?",
  "France and Italy", [], G,
  "France and Italy declined the invitation to participate in the conference.", "which")
q("What did Washington do after the 1927 disarmament talks collapsed?",
  "passed a bill to build fifteen new cruisers and an aircraft carrier", ["build fifteen new cruisers and an aircraft carrier"], G,
  "In the wake of the failed talks at Geneva, the United States passed a bill to build fifteen new cruisers and an aircraft carrier, and thereby joined the naval arms race.", "what")
q("Which amendment underlay the Cuba treaty that Roosevelt had cancelled in 1934?",
  "the Platt Amendment", ["Platt Amendment"], "1921-1936-good-neighbor",
  "In 1934 at Roosevelt’s direction the 1903 treaty with Cuba (based on the Platt Amendment) that gave the United States the right to intervene to preserve internal stability or independence was abrogated.", "which")
K = "1921-1936-kellogg"
q("What's the other name people use for the Kellogg-Briand Pact?",
  "the Pact of Paris", ["Pact of Paris"], K,
  "Sometimes called the Pact of Paris for the city in which it was signed, the pact was one of many international efforts to prevent another World War, but it had little effect in stopping the rising militarism of the 1930s or preventing World War II.", "what")
q("Which French statesman first floated a deal with America to ban war between the two countries?",
  "Aristide Briand", ["French Minister of Foreign Affairs Aristide Briand"], K,
  "With the influence and assistance of Shotwell and Butler, French Minister of Foreign Affairs Aristide Briand proposed a peace pact as a bilateral agreement between the United States and France to outlaw war between them.", "who")
LN = "1921-1936-london-naval-conf"
q("Which delegation stormed out of the second London naval meeting in 1935?",
  "The Japanese", ["Japanese"], LN,
  "The Japanese walked out of that conference, but Great Britain, France, and the United States signed an agreement declaring a six-year holiday on building large light cruisers in the 8,000 to 10,000 ton range.", "which")
q("What side benefit did the American warship construction after 1930 bring at home?",
  "helped to alleviate some unemployment caused by the Great Depression", ["alleviate some unemployment"], LN,
  "That building ultimately helped to alleviate some unemployment caused by the Great Depression.", "what")
M = "1921-1936-mukden-incident"
q("what was the name of the state japan set up in manchuria",
  "Manchukuo", [], M,
  "The Japanese declared the area to be the new autonomous state of Manchukuo, though the new nation was in fact under the control of the local Japanese Army.", "what")
q("According to the League's inquiry, which two forces were equally at fault for the 1931–33 crisis in northeast China?",
  "Chinese nationalism and Japanese militarism", [], M,
  "The resulting report, written by the Lytton Commission, divided blame for the conflict in Manchuria equally between Chinese nationalism and Japanese militarism.", "which")
N = "1921-1936-naval-conference"
q("Which Idaho lawmaker led the push in Congress for arms-reduction talks with Japan and Britain?",
  "William E. Borah", ["Senator William E. Borah"], N,
  "Senator William E. Borah (R–Idaho) led a congressional effort to demand that the United States engage its two principal competitors in the naval arms race, Japan and the United Kingdom, in negotiations for disarmament.", "who")
q("What older alliance did the Four-Power Treaty do away with?",
  "the Anglo-Japanese Treaty of 1902", ["Anglo-Japanese Treaty of 1902", "Anglo-Japanese Treaty"], N,
  "This treaty replaced the Anglo-Japanese Treaty of 1902, which had been a source of some concern for the United States.", "which")
NA = "1921-1936-neutrality-acts"
q("What do historians call the rule that let countries at war buy non-military goods here if they paid up front and hauled them away in their own vessels?",
  "cash-and-carry", ["“cash-and-carry” provision"], NA,
  "The Neutrality Act of 1937 did contain one important concession to Roosevelt: belligerent nations were allowed, at the discretion of the President, to acquire any items except arms from the United States, so long as they immediately paid for such items and carried them on non-American ships—the so-called “cash-and-carry” provision.", "what")
q("when was the first neutrality act passed",
  "August 31, 1935", ["On August 31, 1935"], NA,
  "On August 31, 1935, Congress passed the first Neutrality Act prohibiting the export of “arms, ammunition, and implements of war” from the United States to foreign nations at war and requiring arms manufacturers in the United States to apply for an export license.", "when")
PR = "1921-1936-protectionism"
q("What is the formal title of the law everyone calls Smoot-Hawley?",
  "the Tariff Act of 1930", ["Tariff Act of 1930"], PR,
  "When the dust had settled, Congress had produced a piece of legislation, the Tariff Act of 1930, more commonly known as the Smoot-Hawley tariff, that entrenched the protectionism of the Fordney-McCumber tariff.", "what")
q("By roughly what percentage did global commerce shrink in the early Depression years?",
  "some 66%", ["66%"], PR,
  "Overall, world trade declined by some 66% between 1929 and 1934.", "how many/how much")
R = "1921-1936-red-line"
q("How did the 1928 oil deal get its colorful name?",
  "Gulbenkian drew the boundaries from memory on a map of the Middle East with a red pencil", ["drew the boundaries from memory on a map of the Middle East with a red pencil"], R,
  "Consequently, during one of the final meetings, Gulbenkian drew the boundaries from memory on a map of the Middle East with a red pencil.", "how")
q("In which Belgian town did the oil companies sign the Red Line deal?",
  "Ostend", ["Ostend, Belgium"], R,
  "On July 31, 1928, following the discovery of an immense oil field in Iraq and TPC negotiating regarding the division of crude oil output between the partners, representatives from the Anglo-Persian, Royal Dutch/Shell, the Compagnie Française des Pétroles (CFP, later Total), and the Near East Development Corporation signed the Red Line Agreement in Ostend, Belgium.", "where")
U = "1921-1936-ussr"
q("Who was the first US ambasador to Moscow?",
  "William C. Bullitt", [], U,
  "Following the conclusion of these agreements, President Roosevelt appointed William C. Bullitt as the first U.S. Ambassador to the Soviet Union.", "who")
q("Whose murder set off Stalin's mass terror of the 1930s?",
  "Sergey Kirov", ["the Leningrad Communist Party boss, Sergey Kirov"], U,
  "Finally, the killing of the Leningrad Communist Party boss, Sergey Kirov, launched the first of the “Great Purges” that led to the death or imprisonment of millions of Soviet citizens as the Stalinist regime liquidated any potential critics of the government.", "who")
AI = "1937-1945-american-isolationism"
q("Which Marine officer wrote the 1935 pamphlet claiming war is a racket?",
  "Smedley D. Butler", ["General Smedley D. Butler", "decorated Marine Corps General Smedley D. Butler"], AI,
  "The 1934 publication of the book Merchants of Death by H.C. Engelbrecht and F. C. Hanighen, followed by the 1935 tract “War Is a Racket” by decorated Marine Corps General Smedley D. Butler both served to increase popular suspicions of wartime profiteering and influence public opinion in the direction of neutrality.", "who")
q("What did Roosevelt compare aggression between nations to in his 1937 speech?",
  "a disease", ["a disease that other nations must work to “quarantine"], AI,
  "In that year, as the situation in Europe continued to grow worse and the Second Sino-Japanese War began in Asia, the President gave a speech in which he likened international aggression to a disease that other nations must work to “quarantine.”", "what")
AC = "1937-1945-atlantic-conf"
q("On which warship did the two leaders hold the talks that produced the Atlantic Charter?",
  "the U.S.S. Augusta", ["U.S.S. Augusta"], AC,
  "Churchill and Roosevelt met on August 9 and 10, 1941 aboard the U.S.S. Augusta in Placentia Bay, Newfoundland, to discuss their respective war aims for the Second World War and to outline a postwar international system.", "which")
q("What was Churchil's main aim in going to the meeting off Newfoundland?",
  "to get the Americans into the war", ["“to get the Americans into the war.”"], AC,
  "Churchill’s primary goal in attending the Atlantic Conference was “to get the Americans into the war.”", "what")
BW = "1937-1945-bretton-woods"
q("How many countries were represented at the 1944 New Hampshire finance conference?",
  "44 nations", ["44"], BW,
  "Agreement was finally reached at the July 1944 United Nations Monetary and Financial Conference, a gathering of delegates from 44 nations that met in Bretton Woods, New Hampshire.", "how many/how much")
q("Why did the planned International Trade Organization never get off the ground?",
  "strong opposition in the U.S. Congress", ["opposition in the U.S. Congress"], BW,
  "However, strong opposition in the U.S. Congress meant that the ITO never came into existence.", "why")
q("Why did Stalin miss the 1943 summit in Morocco?",
  "because the Red Army was engaged in a major offensive against the German Army at the time", ["the Red Army was engaged in a major offensive against the German Army"], "1937-1945-casablanca",
  "While Soviet Premier Joseph Stalin received an invitation, he was unable to attend because the Red Army was engaged in a major offensive against the German Army at the time.", "why")
IN = "1937-1945-internationalism"
q("Who started Time magazine together with Henry Luce?",
  "Briton Hadden", [], IN,
  "Luce and a classmate from Yale, Briton Hadden, gathered financial backing, and on March 3, 1923, issued the first installment of Time, which quickly became the cornerstone of his publishing empire.", "who")
q("where was henry luce born",
  "China", ["in China"], IN,
  "Born in China in 1898 to missionary parents, from a young age Henry Luce developed a strong faith in the transformative power of U.S. ideals.", "where")
LL = "1937-1945-lend-lease"
q("What did America get in return for handing Britain a batch of old warships in 1940?",
  "99-year leases to territory in Newfoundland and the Caribbean", ["99-year leases"], LL,
  "Under the terms of the agreement, the United States gave the British more than 50 obsolete destroyers, in exchange for 99-year leases to territory in Newfoundland and the Caribbean, which would be used as U.S. air and naval bases.", "what")
q("What did Churchill later say about the American aid program?",
  "the most unsordid act", ["“the most unsordid act” one nation had ever done for another"], LL,
  "Although British Prime Minister Winston Churchill later referred to the initiative as “the most unsordid act” one nation had ever done for another, Roosevelt’s primary motivation was not altruism or disinterested generosity.", "what")
MO = "1937-1945-mexican-oil"
q("What state-run company did Cárdenas set up to run his country's petroleum business?",
  "Petróleos Mexicanos (PEMEX)", ["Petróleos Mexicanos", "PEMEX"], MO,
  "He later created Petróleos Mexicanos (PEMEX), a state-owned firm that held a monopoly over the Mexican oil industry, and barred all foreign oil companies from operating in Mexico.", "what")
q("What finally pushed Mexico's leaders to move against the foreign firms?",
  "A strike by oil workers in 1937", ["A strike by oil workers"], MO,
  "A strike by oil workers in 1937 ultimately led the Mexican Government to act.", "why")
PH = "1937-1945-pearl-harbor"
q("Which American gunboat came under Japanese bombs in 1937 while getting U.S. citizens out of the Chinese capital?",
  "the U.S.S. Panay", ["U.S.S. Panay", "Panay"], PH,
  "Tensions with Japan rose when the Japanese Army bombed the U.S.S. Panay as it evacuated American citizens from Nanjing, killing three.", "which")
q("Where did the shooting start that turned into all-out war between China and Japan in 1937?",
  "the Marco Polo Bridge near Beijing", ["the Marco Polo Bridge", "on the Marco Polo Bridge near Beijing"], PH,
  "U.S. likelihood of providing aid to China increased after July 7, 1937, when Chinese and Japanese forces clashed on the Marco Polo Bridge near Beijing, throwing the two nations into a full-scale war.", "where")
PO = "1937-1945-potsdam-conf"
q("Who replaced Churchill at Potsdam?",
  "Clement Attlee", ["Prime Minister Clement Attlee"], PO,
  "The Big Three—Soviet leader Joseph Stalin, British Prime Minister Winston Churchill (replaced on July 26 by Prime Minister Clement Attlee), and U.S. President Harry Truman—met in Potsdam, Germany, from July 17 to August 2, 1945, to negotiate terms for the end of World War II.", "who")
q("Why didn't Moscow sign the ultimatum to Tokyo issued in July 1945?",
  "because it had yet to declare war on Japan", ["it had yet to declare war on Japan"], PO,
  "Furthermore, the United States, Great Britain, and China released the “Potsdam Declaration,” which threatened Japan with “prompt and utter destruction” if it did not immediately surrender (the Soviet Union did not sign the declaration because it had yet to declare war on Japan).", "why")
UN = "1937-1945-un"
q("By what margin did the Senate approve the UN Charter?",
  "89 to 2", ["by a vote of 89 to 2"], UN,
  "The Senate approved the UN Charter on July 28, 1945, by a vote of 89 to 2.", "how many/how much")
q("When did the UN officially come into being?",
  "October 24, 1945", ["on October 24, 1945"], UN,
  "The United Nations came into existence on October 24, 1945, after 29 nations had ratified the Charter.", "when")
US = "1937-1945-us-soviet"
q("Which Soviet envoy held talks with Sumner Welles beginning in the summer of 1940?",
  "Constantine Oumansky", ["Soviet Ambassador Constantine Oumansky"], US,
  "Beginning in July of 1940, a series of negotiations took place in Washington between Under-Secretary of State Sumner Welles and Soviet Ambassador Constantine Oumansky.", "who")
q("What did the president say he was willing to do to beat Hitler?",
  "would hold hands with the devil", ["hold hands with the devil", "“would hold hands with the devil” if necessary"], US,
  "In order to defeat that threat, Roosevelt confided that he “would hold hands with the devil” if necessary.", "what")
q("In which country did FDR and Churchill confer with Chiang Kai-shek in late 1943?",
  "Egypt", ["in Egypt"], "1937-1945-war-time-conferences",
  "In a November 1943 meeting in Egypt with Chinese leader Chiang Kai-shek, Roosevelt and Churchill agreed to a pre-eminent role for China in postwar Asia.", "where")
Y = "1937-1945-yalta-conf"
q("What is Port Arthur called today?",
  "Lüshunkou", [], Y,
  "This included the southern portion of Sakhalin, a lease at Port Arthur (now Lüshunkou), a share in the operation of the Manchurian railroads, and the Kurile Islands.", "what")
q("Which country was brought into the postwar administration of the defeated Reich at the Crimea meeting?",
  "France", [], Y,
  "Roosevelt, Churchill, and Stalin agreed not only to include France in the postwar governing of Germany, but also that Germany should assume some, but not all, responsibility for reparations following the war.", "which")
AZ = "1945-1952-anzus"
q("When did Washington stop honoring its Pacific alliance commitments to Wellington?",
  "September 17, 1986", ["On September 17, 1986"], AZ,
  "On September 17, 1986, the United States suspended its treaty obligations toward New Zealand.", "when")
q("What caused the three-way Pacific security pact to start coming apart in the mid-1980s?",
  "New Zealand declared its country a nuclear-free zone and refused to allow U.S. nuclear-powered submarines to visit its ports", ["New Zealand declared its country a nuclear-free zone"], AZ,
  "In 1984, the ANZUS Treaty began to unravel when New Zealand declared its country a nuclear-free zone and refused to allow U.S. nuclear-powered submarines to visit its ports.", "why")
AR = "1945-1952-arab-israeli-war"
q("What's the better-known name of UN General Assembly Resolution 181?",
  "the Partition Resolution", ["Partition Resolution"], AR,
  "On November 29, 1947, the United Nations General Assembly adopted Resolution 181 (also known as the Partition Resolution) that would divide Great Britain’s former Palestinian mandate into Jewish and Arab states in May 1948.", "what")
q("Who ended up holding the West Bank after the 1948 fighting?",
  "Jordan", [], AR,
  "Egypt and Jordan retained control over the Gaza Strip and the West Bank respectively.", "who")
AA = "1945-1952-asia-and-africa"
q("How big had the UN's membership grown by 1970?",
  "127", [], AA,
  "In 1946, there were 35 member states in the United Nations; as the newly independent nations of the “third world” joined the organization, by 1970 membership had swelled to 127.", "how many/how much")
q("Which bloc did many former colonies join to stay out of the superpower rivalry?",
  "nonaligned movement", ["the “nonaligned movement,”"], AA,
  "Many of the new nations resisted the pressure to be drawn into the Cold War, joined in the “nonaligned movement,” which formed after the Bandung conference of 1955, and focused on internal development.", "which")

# ---- unanswerable near misses (20) ----
UNANS = [
 "Who was the chief Japanese negotiator at the Portsmouth peace talks?",
 "How many people were killed in the Tokyo riots over the Treaty of Portsmouth?",
 "What was the name of the Army intelligence officer who went to Russia with Bullitt?",
 "Who was the U.S. ambassador in Mexico City when Cárdenas seized the oil companies?",
 "How many Americans died in the Japanese attack on Pearl Harbor?",
 "What code name was used for the Yalta Conference?",
 "Which New Zealand prime minister made the country nuclear-free?",
 "Who was the first Secretary-General of the United Nations?",
 "What was the official name of the Senate committee Gerald Nye led?",
 "In which battle did Japan's navy sink the Russian fleet that had sailed from the Baltic?",
 "Under which president did Charles Dawes serve as vice president?",
 "Who was Japan's ambassador in Washington on the day of the Pearl Harbor attack?",
 "In which hotel did Roosevelt and Churchill stay during the Casablanca Conference?",
 "How many American soldiers were sent to Siberia during the Allied intervention in Russia?",
 "How many Soviet soldiers died in the Battle of Stalingrad?",
 "Which Japanese admiral planned the raid on Pearl Harbor?",
 "How many barrels of oil a day was Mexico producing before the 1938 expropriation?",
 "How much money did the Export-Import Bank actually lend to the Soviet Union?",
 "What was the name of Henry Luce's wife?",
 "Who led the Soviet delegation at the Bretton Woods conference?",
]
for u in UNANS:
    A.append(dict(question=u, answer=None, alternatives=[], document=None, citation=None, kind="unanswerable"))

random.seed(3332)
random.shuffle(A)
with open("/work/heldout/r32/ask33/ask_v33.jsonl", "w", encoding="utf-8") as f:
    for i, r in enumerate(A, 1):
        row = {"id": f"q{i:03d}", **r}
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(A))
