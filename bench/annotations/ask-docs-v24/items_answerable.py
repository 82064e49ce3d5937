# Hand-written answerable items for ask_v24 (question, answer, alternatives, document, citation, kind)
F = "000_beabee21081aa6a0"
A = [
# ---- FDR & Stalin exhibit (16)
("Roughly how many Red Army soldiers were killed in battle?", "8.7 million", ["some 8.7 million soldiers", "some 8.7 million"], F,
 "The Soviets lost some 8.7 million soldiers on the battlefield; millions of civilians also perished on the brutal Eastern Front.", "how many/how much"),
("What nickname did Roosevelt give the four nations he expected to keep order after the war?", "the Four Policemen", ["Four Policemen"], F,
 "The president believed the future of the world depended to a large extent on the cooperation of what he called “the Four Policemen”—the United States, the United Kingdom, China, and the USSR.", "what"),
("what did roosevelt tell churchill about dealing with stalin himself", "I think I can personally handle Stalin better than your Foreign Office or my State Department", [], F,
 "Given his faith in personal diplomacy—“I think I can personally handle Stalin better than your Foreign Office or my State Department,” he wrote British prime minister Winston Churchill in 1942—FDR was most anxious to meet directly with Stalin.", "what"),
("What's the name of the pact that reopened diplomatic relations between the US and the USSR?", "the Roosevelt-Litvinov Agreement", ["Roosevelt-Litvinov Agreement"], F,
 "Indeed, the resulting accord, signed by FDR and Maxim Litvinov, the Soviet foreign minister, at the White House in November 1933, became known as the Roosevelt-Litvinov Agreement.", "what"),
("Which president began the non-recognition of Lenin's regime?", "Woodrow Wilson", ["President Woodrow Wilson", "Wilson"], F,
 "Franklin D. Roosevelt entered the presidency determined to reverse America’s policy of refusing to officially recognize the Soviet Union, established by President Woodrow Wilson in 1917.", "who"),
("Why were American firms eager for relations with the Kremlin in the early thirties?", "to open Soviet markets to American goods", ["open Soviet markets to American goods"], F,
 "For the pragmatic FDR, the normalization of ties seemed a logical move, first, because in the midst of the Great Depression, the U.S. State Department and business community were anxious to open Soviet markets to American goods, and, second, because closer ties between Washington, DC, and Moscow might help deter further Japanese aggression in Asia and might even give pause to Adolf Hitler in Europe.", "why"),
("What code name did Hitler's army use for its 1941 assault on the USSR?", "Operation Barbarossa", ["Barbarossa"], F,
 "Code-named Operation Barbarossa, the surprise attack, which involved more than 3.5 million men, 3,600 tanks, and 2,700 aircraft, was the largest military assault in European history.", "what"),
("Which aide did the president send to the Soviet capital to report on conditions there?", "Harry Hopkins", ["his trusted confidant Harry Hopkins", "Hopkins"], F,
 "He then sent his trusted confidant Harry Hopkins to Moscow to assess the situation and meet with Joseph Stalin.", "who"),
("What was the dollar value of the military aid sent to the Russians?", "more than $11 billion", ["$11 billion", "more than $11 billion in war supplies"], F,
 "Over the next three and a half years, the United States would provide the Soviets with more than $11 billion in war supplies.", "how many/how much"),
("How near to the Soviet capital did the Wehrmacht advance in 1941?", "within fifteen miles of Moscow", ["fifteen miles"], F,
 "This was especially true in the first year of the conflict, when German forces drove deep into Russia, coming within fifteen miles of Moscow by December 1941.", "how many/how much"),
("Where did the GIs land in late 1942 to take pressure off the Red Army?", "North Africa", [], F,
 "This concern likewise contributed to FDR’s decision to invade North Africa in 1942, keeping his promise to Stalin that he would open a diverting “second front” against Germany to relieve the embattled Russians.", "where"),
("At which summit did the Allies insist the enemy must give up with no terms?", "the Casablanca Conference", ["Casablanca Conference", "Casablanca"], F,
 "FDR further bound the Soviets to the Allied coalition by announcing in January 1943 at the Casablanca Conference that the Allies would accept no peace without “unconditional surrender” by the Axis; the Soviets would not be left to fight on alone.", "which"),
("What worried the British leader about FDR's one-on-one approach to the Soviet dictator?", "the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed", ["feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed"], F,
 "FDR’s desire to meet Stalin on his own terms unnerved Churchill, who feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed.", "why"),
("Where did FDR and the Soviet dictator last get together?", "Yalta", ["the seaside Ukrainian city of Yalta"], F,
 "Little more than a year after the Tehran Conference, in the seaside Ukrainian city of Yalta, Franklin D. Roosevelt and Joseph Stalin met for the second and last time.", "where"),
("How soon after V-E Day was the Red Army to turn on Tokyo?", "within three months of Germany’s defeat", ["three months"], F,
 "He also won Stalin’s promise to join the other Allies in the war against Japan within three months of Germany’s defeat.", "when"),
("Which two documents did all three leaders put their names to at Yalta?", "the Declaration of Liberated Europe and the Declaration on Poland", ["Declaration of Liberated Europe and the Declaration on Poland"], F,
 "In fact, at Yalta all three leaders signed the Declaration of Liberated Europe and the Declaration on Poland, both of which proclaimed the right of all people in lands formerly taken by the Nazis to choose their own form of government and, in the case of the Poles, called for “the holding of free and unfettered elections as soon as possible on the basis of universal suffrage and secret ballot.”", "which"),

# ---- 1861-1865 foreword
("What did the South count on to persuade Europe to back it?", "its cotton exports", ["foreign reliance on its cotton exports", "cotton exports", "cotton"], "1861-1865-foreword",
 "During the Civil War the Confederacy repeatedly sought international support for its cause, often calling upon foreign reliance on its cotton exports to obtain it.", "what"),
("Why did no European government ever officially side with the Confederacy?", "the lack of definitive military victories for the South and the success of Union efforts to link the Confederacy with the institution of slavery", [], "1861-1865-foreword",
 "Despite the Confederacy’s significant international commercial ties, the lack of definitive military victories for the South and the success of Union efforts to link the Confederacy with the institution of slavery ultimately prevented any of the European powers from officially recognizing or supporting the South.", "why"),
# ---- 1866-1898 foreword
("Which country did the US buy Alaska from?", "the Russians", ["Russians"], "1866-1898-foreword",
 "In 1867, the U.S. nearly doubled its holdings with the purchase of the territory of Alaska from the Russians.", "which"),
# ---- 1899-1913 foreword
("Which country lost to the US in 1898?", "Spain", [], "1899-1913-foreword",
 "Following the defeat Spain in the Spanish-American War of 1898, the United States acquired overseas colonies in the Caribbean and the Pacific.", "which"),
# ---- 1914-1920 foreword
("Which clause made Americans turn down membership in Wilson's international body?", "Article X", ["Article X of its charter"], "1914-1920-foreword",
 "However, the United States ultimately declined membership in the League due to Article X of its charter that committed the United States to defend any League member in the event of an attack.", "which"),
("What did Wilson want American foreign policy to be grounded in besides money?", "ideals, morality, and the spread of democracy abroad", [], "1914-1920-foreword",
 "During his tenure as President, Woodrow Wilson encouraged the country to look beyond its economic interests and to define and set foreign policy in terms of ideals, morality, and the spread of democracy abroad.", "what"),
# ---- 1921-1936 foreword
("What kept Washington from standing up to the fascist dictators before WWII?", "the Great Depression", ["Great Depression"], "1921-1936-foreword",
 "During the 1930s, the rise of fascism as a threat to international peace sparked concern in the United States, but the Great Depression curtailed U.S. willingness to act.", "what"),
# ---- 1937-1945 foreword
("Name the three Axis nations.", "Germany, Italy and Japan", [], "1937-1945-foreword",
 "In 1940, U.S. policy slowly began to shift from neutrality to non-belligerency by providing aid to the nations at war with the Axis Powers—Germany, Italy and Japan.", "which"),
("when was pearl harbor", "December 7, 1941", [], "1937-1945-foreword",
 "On December 7, 1941, the Japanese attacked the U.S. naval installation at Pearl Harbor, and the United States formally entered the Second World War.", "when"),
# ---- 1945-1952 foreword
("What finally ended the hard times of the 1930s for the US?", "Wartime production", [], "1945-1952-foreword",
 "Wartime production pulled the economy out of depression and propelled it to great profits.", "what"),
("What new tool did Washington start using after WWII to keep the peace?", "economic assistance", [], "1945-1952-foreword",
 "In the interest of avoiding another global war, for the first time the United States began to use economic assistance as a strategic element of its foreign policy and offered significant assistance to countries in Europe and Asia struggling to rebuild their shattered economies.", "what"),
# ---- 1953-1960 foreword
("What was Ike's nuclear strategy called?", "massive retaliation", ["a doctrine of massive retaliation"], "1953-1960-foreword",
 "In order to counterbalance the Soviet threat, President Eisenhower supported a doctrine of massive retaliation, which called for the development of technology necessary to match and even surpass Soviet nuclear capability.", "what"),
# ---- 1961-1968 foreword
("Who was Kenedy's top diplomat?", "Dean Rusk", ["Rusk"], "1961-1968-foreword",
 "Kennedy selected Dean Rusk, a taciturn Southerner and president of the Rockefeller Foundation, as his Secretary of State.", "who"),
("How long did the standoff over Soviet missiles in Cuba last?", "thirteen days", ["The tense thirteen days"], "1961-1968-foreword",
 "The tense thirteen days of the Cuban Missile Crisis tested the mettle of the Kennedy administration and his team of trusted advisers.", "how many/how much"),
("What nickname did JFK's team of whiz kids get?", "best and the brightest", ["the so-called “best and the brightest”"], "1961-1968-foreword",
 "To that end, he assembled a team of young White House and National Security Council advisers—the so-called “best and the brightest”—which included McGeorge Bundy, Walt Rostow, Ted Sorensen and Arthur Schlesinger, Jr.", "what"),
# ---- 1969-1976 foreword
("What was Nixon's plan of handing the fighting over to Saigon's army while bringing GIs home known as?", "Vietnamization", [], "1969-1976-foreword",
 "He and Kissinger turned to a dual strategy: pursuing a negotiated settlement, while building up South Vietnamese forces and withdrawing U.S. troops, a process known as “Vietnamization” of the war.", "what"),
("Whose job as America's top diplomat did Kissinger take over?", "Rogers", [], "1969-1976-foreword",
 "Kissinger succeeded Rogers as Secretary of State on September 21, 1973, and served as both Secretary of State and National Security Advisor.", "who"),
("Who lost the presidential race in '76?", "Ford", [], "1969-1976-foreword",
 "Ford was defeated by Jimmy Carter in the 1976 election and left office on January 20, 1977.", "who"),
# ---- 1977-1980 foreword
("Who was Carter's NSA?", "Brzezinski", [], "1977-1980-foreword",
 "Carter relied on Brzezinski and Vance to advise him during the 1976 presidential campaign and offered them the positions of National Security Adviser and Secretary of State, respectively, after he won election in November 1976.", "who"),
("Why did Senate debate on SALT II get put off?", "the Soviet invasion of Afghanistan in December 1979", ["the Soviet invasion of Afghanistan"], "1977-1980-foreword",
 "Although Carter and Brezhnev, in 1979, signed the SALT II Treaty, which limited the total of both nations’ nuclear forces and placed other restrictions on strategic nuclear forces, the Soviet invasion of Afghanistan in December 1979 forced Carter to delay Senate consideration of the treaty.", "why"),
# ---- 1981-1988 foreword
("what did reagan call the soviet union in 1983", "evil empire", ["an “evil empire.”"], "1981-1988-foreword",
 "In 1983, he famously characterized the Soviet Union as an “evil empire.”", "what"),
("why did american troops go into grenada", "to forestall installation of a Marxist regime", [], "1981-1988-foreword",
 "In 1983 American forces invaded Grenada to forestall installation of a Marxist regime.", "why"),
# ---- 1989-1992 foreword
("What phrase did Bush use for Reagan-style supply-side tax cuts back in 1980?", "voodoo economics", [], "1989-1992-foreword",
 "The massive tax cuts he himself had termed “voodoo economics” in the 1980 Republican primary had stimulated the U.S. economy but failed to increase tax revenues, while the 1985 Gramm-Rudman Deficit Reduction Act triggered automatic spending cuts.", "what"),
("What decoration did the elder Bush earn as a Navy flyer?", "a Distinguished Flying Cross", ["Distinguished Flying Cross"], "1989-1992-foreword",
 "He later served as a torpedo bomber pilot, earning a Distinguished Flying Cross; he was the last veteran of World War II to serve as president.", "which"),
# ---- 1750-1775 foreword
("What name did Europeans give to the French and Indian War?", "the Seven Years’ War", ["Seven Years’ War"], "1750-1775-foreword",
 "Sometimes, as in the case of the French and Indian War (which in Europe was referred to as the Seven Years’ War), European politics regarding balances of power resulted in conflict in the colonies.", "what"),
("What two matters dominated diplomacy in the colonial era?", "the European balance of power and the colonists’ appropriation of land from the Native Americans", [], "1750-1775-foreword",
 "Colonial era diplomacy focused on two issues: the European balance of power and the colonists’ appropriation of land from the Native Americans.", "what"),
# ---- 1776-1783 foreword
("What draft agreement did Adams take to Paris?", "the “Model Treaty,”", ["Model Treaty"], "1776-1783-foreword",
 "John Adams approached the French with the “Model Treaty,” which protected neutral trade and shipping rights in the event of a war.", "which"),
("What condition did the French put on their 1778 alliance with the Americans?", "the Americans did not seek a separate peace with Great Britain", [], "1776-1783-foreword",
 "In 1778, France formally established its position as an ally with a treaty of alliance that committed the French to the war on the condition that the Americans did not seek a separate peace with Great Britain.", "what"),
# ---- 1784-1800 foreword
("Who was the leader of the Federalists?", "Alexander Hamilton", ["the Secretary of the Treasury Alexander Hamilton", "Hamilton"], "1784-1800-foreword",
 "Differences over foreign policy became a basis for the founding of political parties in the new nation as the debate pitted the Federalists, led by the Secretary of the Treasury Alexander Hamilton, against the Jeffersonians, represented by Secretary of State Thomas Jefferson.", "who"),
("What did George Washington warn against in his goodbye speech?", "entangling alliances", ["no “entangling alliances” with European powers"], "1784-1800-foreword",
 "In his Farewell Address, Washington promoted a vision of American diplomacy that involved no “entangling alliances” with European powers.", "what"),
# ---- 1801-1829 foreword
("Why did Paris and Madrid sell their American territories?", "the economic pressure of these European conflicts", ["economic pressure"], "1801-1829-foreword",
 "Indeed, the economic pressure of these European conflicts compelled the French and the Spanish to sell the Louisiana and Florida territories to the U.S. Government, more than doubling the size of the United States.", "why"),
("What caused the War of 1812?", "British actions threatened American neutrality and trading rights", [], "1801-1829-foreword",
 "The United States even went to war with Britain in 1812, when British actions threatened American neutrality and trading rights.", "why"),
# ---- 1830-1860 foreword
("What does the phrase manifest destiny mean?", "the ideology that Americans were in fact destined to extend their nation across the continent", ["Americans were in fact destined to extend their nation across the continent"], "1830-1860-foreword",
 "During this crucial period, the United States pursued a policy of expansion based on “manifest destiny,” the ideology that Americans were in fact destined to extend their nation across the continent.", "what"),
("Which country did America attack in 1845?", "Mexico", [], "1830-1860-foreword",
 "While it managed to negotiate an agreement with Great Britain to secure the Oregon territory, acquiring the valuable territory south of it—including California and its important Pacific harbors—required the use of force, and, in 1845, the United States embarked on its first offensive war by invading Mexico.", "which"),
# ---- 1993-2000 haiti
("Who led the 1991 military takeover that ousted Aristide?", "Lieutenant General Raoul Cedras", ["Raoul Cedras", "Cedras"], "1993-2000-haiti",
 "On September 30, 1991, a military coup under the leadership of Lieutenant General Raoul Cedras overthrew the government of Jean-Bertrand Aristide, the first popularly elected president in Haitian history.", "who"),
("What was the name of the 1994 US-led mission into Haiti?", "Operation Uphold Democracy", [], "1993-2000-haiti",
 "In early September planning and preparation for the invasion was completed under the code name Operation Uphold Democracy.", "what"),
# ---- 1899-1913 chinese rev
("Which Chinese dynasty fell in the 1911 revolution?", "the Qing Dynasty", ["Qing Dynasty", "Qing"], "1899-1913-chinese-rev",
 "In October of 1911, a group of revolutionaries in southern China led a successful revolt against the Qing Dynasty, establishing in its place the Republic of China and ending the imperial system.", "which"),
("Where was Sun Yat-sen when the uprising broke out?", "in the United States", ["the United States"], "1899-1913-chinese-rev",
 "Dr. Sun was in the United States on a fundraising tour at the time of the initial revolt; he hastened first to London and Paris to ensure that neither country would give financial or military support to the Qing government in its struggle.", "where"),
# ---- 1914-1920 haiti
("What sum did US troops seize from Haiti's central bank before the occupation?", "$500,000", [], "1914-1920-haiti",
 "They removed $500,000 from the Haitian National Bank in December of 1914 for safe-keeping in New York, thus giving the United States control of the bank.", "how many/how much"),
("What made Haiti's rural poor rise up against the American-run police force?", "racial segregation, press censorship and forced labor", ["Some of the Gendarmerie’s more unpopular policies"], "1914-1920-haiti",
 "Some of the Gendarmerie’s more unpopular policies—including racial segregation, press censorship and forced labor—led to a peasant rebellion from 1919 to 1920.", "why"),
# ---- 1945-1952 chinese rev
("Where did Chiang Kai-shek's forces excape to in 1949?", "Taiwan", [], "1945-1952-chinese-rev",
 "In October of 1949, after a string of military victories, Mao Zedong proclaimed the establishment of the PRC; Chiang and his forces fled to Taiwan to regroup and plan for their efforts to retake the mainland.", "where"),
("What do historians call the 1927 Nationalist crackdown on the Communists?", "White Terror", ["the “White Terror” of 1927"], "1945-1952-chinese-rev",
 "This collaboration lasted until the “White Terror” of 1927, when the Nationalists turned on the Communists, killing them or purging them from the party.", "what"),
# ---- 1899-1913 panama canal
("Who was in charge of France's failed attempt to dig the canal?", "Ferdinand de Lesseps", ["de Lesseps"], "1899-1913-panama-canal",
 "Led by Ferdinand de Lesseps—the builder of the Suez Canal in Egypt—the French began excavating in 1880.", "who"),
("What yearly sum did the new republic recieve from Washington for the canal strip?", "$250,000", ["an annual annuity of $250,000"], "1899-1913-panama-canal",
 "In his new role, Bunau-Varilla negotiated the Hay-Bunau-Varilla Treaty of 1903, which provided the United States with a 10-mile wide strip of land for the canal, a one-time $10 million payment to Panama, and an annual annuity of $250,000.", "how many/how much"),
# ---- 1977-1980 panama canal
("When was the waterway finally handed to the Panamanians?", "December 31, 1999", [], "1977-1980-panama-canal",
 "The second, called The Panama Canal Treaty, stated that the Panama Canal Zone would cease to exist on October 1, 1979, and the Canal itself would be turned over to the Panamanians on December 31, 1999.", "when"),
("What did Strom Thurmond argue giving up the canal would do?", "The loss of this canal would contribute to the encirclement of the United States", ["contribute to the encirclement of the United States"], "1977-1980-panama-canal",
 "“The loss of this canal would contribute to the encirclement of the United States,” he stated in a 1978 debate.", "what"),
# ---- 1921-1936 immigration act
("Which president blocked the first quota bill with a pocket veto?", "President Wilson", ["Wilson"], "1921-1936-immigration-act",
 "President Wilson opposed the restrictive act, preferring a more liberal immigration policy, so he used the pocket veto to prevent its passage.", "who"),
("Why were the Japanese so upset by the 1924 immigration law?", "a violation of the Gentlemen’s Agreement", ["which was a violation of the Gentlemen’s Agreement"], "1921-1936-immigration-act",
 "Many in Japan were very offended by the new law, which was a violation of the Gentlemen’s Agreement.", "why"),
# ---- 1945-1952 immigration act
("How did Truman respond to the McCarran-Walter bill?", "he vetoed it", ["vetoed it"], "1945-1952-immigration-act",
 "He thought the new law was discriminatory, and he vetoed it, but the law had enough support in Congress to pass over his veto.", "how"),
("What was the floor for each Asian country's annual allotment under McCarran-Walter?", "100 visas", ["a minimum quota of 100 visas each year", "100"], "1945-1952-immigration-act",
 "The law repealed the last of the existing measures to exclude Asian immigration, allotted each Asian nation a minimum quota of 100 visas each year, and eliminated laws preventing Asians from becoming naturalized American citizens.", "how many/how much"),
# ---- NSC-68
("Who headed the team that drafted NSC-68?", "Paul Nitze", ["Nitze"], "1945-1952-nsc68",
 "Reeling from the recent victory of Communist forces in the Chinese Civil War and the successful detonation of an atomic weapon by the Soviet Union, Secretary of State Dean Acheson asked the Policy Planning Staff, led by Paul Nitze, to undertake a comprehensive review of U.S. national security strategy.", "who"),
("How did the authors of the 1950 security report propose to pay for the arms buildup?", "increase taxes and reduce other expenditures", [], "1945-1952-nsc68",
 "In order to fund the substantial increase in military spending this conclusion demanded, the report suggested that the Government increase taxes and reduce other expenditures.", "how"),
# ---- Alabama claims
("How much did London have to hand over in damages for the raider's attacks?", "$15.5 million", [], "1861-1865-alabama",
 "The arbitration commission, which issued its decision in September 1872, rejected American claims for indirect damages, but did order Britain to pay the United States $15.5 million as compensation for the Alabama claims.", "how many/how much"),
("What northern land did some in the US want London to give up as payment?", "Canada", [], "1861-1865-alabama",
 "Some Americans adopted this argument and suggested that Britain should offer Canada to the United States in compensation.", "which"),
# ---- Trent affair
("Why did London's first angry message take so long to get to Washington?", "a communication malfunction", [], "1861-1865-trent-affair",
 "Thanks to a communication malfunction, the cable containing the severe early reaction and demands of British officials took almost a month to arrive in Washington.", "why"),
("Where did Britain send soldiers during the Trent crisis?", "Canada", [], "1861-1865-trent-affair",
 "Although British officials continued to advocate a policy of neutrality, they did order troops to Canada and additional ships to the Western Atlantic.", "where"),
# ---- Blaine
("Who gave Blaine his second stint as America's top diplomat?", "Benjamin Harrison", ["Harrison"], "1866-1898-blaine",
 "When Benjamin Harrison was elected President in 1888, he invited Blaine to become Secretary of State once again.", "who"),
("What was James G. Blaine's nickname?", "the man from Maine", [], "1866-1898-blaine",
 "James G. Blaine, “the man from Maine,” died in January 1893 at age 63.", "what"),
# ---- Shufeldt
("What was the name of Shufeldt's ship?", "the U.S.S. Ticonderoga", ["U.S.S. Ticonderoga", "Ticonderoga"], "1866-1898-commodore-shufeldt",
 "Between 1878 and 1880, Commodore Robert Shufeldt commanded the U.S.S. Ticonderoga on a mission to Africa, the Middle East, and Asia in an attempt to further open those regions to U.S. trade.", "which"),
("Why did Shufeldt think the US should get hold of Fernando Po?", "to secure access to palm oil", ["palm oil"], "1866-1898-commodore-shufeldt",
 "Shufeldt also recommended that the United States acquire the Spanish-controlled island of Fernando Po (present-day Bioko in Equatorial Guinea) in order to secure access to palm oil.", "why"),
# ---- Roosevelt corollary
("What's the nickname for TR's approach to the Caribbean?", "Big Stick", ["the “Big Stick,”"], "1899-1913-roosevelt-and-monroe-doctrine",
 "President Theodore Roosevelt’s assertive approach to Latin America and the Caribbean has often been characterized as the “Big Stick,” and his policy came to be known as the Roosevelt Corollary to the Monroe Doctrine.", "what"),
("In which countries was the corollary used to justify sending in US forces?", "Cuba, Nicaragua, Haiti, and the Dominican Republic", [], "1899-1913-roosevelt-and-monroe-doctrine",
 "Over the long term the corollary had little to do with relations between the Western Hemisphere and Europe, but it did serve as justification for U.S. intervention in Cuba, Nicaragua, Haiti, and the Dominican Republic.", "which"),
# ---- Good neighbor
("What earlier deal with Havana did FDR cancel in 1934?", "the 1903 treaty with Cuba", ["the 1903 treaty", "the 1903 treaty with Cuba (based on the Platt Amendment)"], "1921-1936-good-neighbor",
 "In 1934 at Roosevelt’s direction the 1903 treaty with Cuba (based on the Platt Amendment) that gave the United States the right to intervene to preserve internal stability or independence was abrogated.", "which"),
("Which cabinet member went to the Uruguay conference for FDR?", "Cordell Hull", ["Roosevelt’s Secretary of State, Cordell Hull", "Hull"], "1921-1936-good-neighbor",
 "Roosevelt’s Secretary of State, Cordell Hull, participated in the Montevideo Conference of December 1933, where he backed a declaration favored by most nations of the Western Hemisphere: “No state has the right to intervene in the internal or external affairs of another”.", "who"),
]
