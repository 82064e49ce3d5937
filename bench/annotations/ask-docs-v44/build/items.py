M='000_beabee21081aa6a0'
A=[
# museum
("According to the exhibit, how many Red Army soldiers were killed in combat?","some 8.7 million",["some 8.7 million soldiers","8.7 million soldiers","8.7 million"],M,"The Soviets lost some 8.7 million","how many/how much"),
("What nickname did Roosevelt use for the four nations he expected to keep the postwar peace?","the Four Policemen",["Four Policemen"],M,"what he called “the Four Policemen”","what"),
("What did FDR tell Churchill in 1942 about dealing with the Soviet leader himself?","I think I can personally handle Stalin better than your Foreign Office or my State Department",["I can personally handle Stalin better than your Foreign Office or my State Department"],M,"Given his faith in personal diplomacy","what"),
("What was the name given to the 1933 accord that restored diplomatic ties between Washington and Moscow?","the Roosevelt-Litvinov Agreement",["Roosevelt-Litvinov Agreement"],M,"became known as the Roosevelt-Litvinov Agreement","what"),
("Who first put in place America's refusal to recognize the Soviet government?","President Woodrow Wilson",["Woodrow Wilson","Wilson"],M,"reverse America’s policy of refusing to officially recognize","who"),
("What economic motive during the Depression made recognizing the USSR attractive to Washington?","the U.S. State Department and business community were anxious to open Soviet markets to American goods",["open Soviet markets to American goods","anxious to open Soviet markets to American goods"],M,"For the pragmatic FDR, the normalization","why"),
("What was the code name for Hitler's 1941 invashion of Russia?","Operation Barbarossa",["Barbarossa"],M,"Code-named Operation Barbarossa","what"),
("What was the total dollar value of American wartime shipments to Stalin's forces?","more than $11 billion",["more than $11 billion in war supplies","$11 billion"],M,"more than $11 billion in war supplies","how many/how much"),
("According to the exhibit, what fraction of the USSR's own wartime output did Lend-Lease shipments amount to?","about 7 percent",["only about 7 percent","7 percent"],M,"constituted only about 7 percent","how many/how much"),
("Whom did Roosevelt dispatch to the Soviet capital to size up the situation after the German attack?","Harry Hopkins",["his trusted confidant Harry Hopkins","Hopkins"],M,"He then sent his trusted confidant Harry Hopkins","who"),
("To keep his pledge of a diversionary offensive, where did Roosevelt send American troops in 1942?","North Africa",[],M,"decision to invade North Africa in 1942","where"),
("At which North African summit did Roosevelt declare that only total capitulation by the enemy would end the war?","the Casablanca Conference",["Casablanca Conference","Casablanca"],M,"at the Casablanca Conference that the Allies","which"),
("Why was Churchill uneasy about Roosevelt wanting his own channel to Stalin?","the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed",["feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed","diminish Britain’s role in the war and in the peace that followed"],M,"unnerved Churchill, who feared","why"),
("What did Roosevelt see as his biggest win at Yalta?","bringing the Soviet Union into the United Nations largely on his own terms",["bringing the Soviet Union into the United Nations"],M,"a feat he considered the crowning accomplishment","what"),
("how long after v-e day did the soviets agree to enter the pacific war","within three months of Germany’s defeat",["within three months","three months"],M,"He also won Stalin’s promise to join","when"),
("Which Soviet official actually put pen to paper on the August 1939 pact with Germany?","Vyacheslav Molotov",["Soviet Foreign Minister Vyacheslav Molotov","Molotov"],M,"signs the German-Soviet non-aggression pact with a smiling","who"),
# afghanistan
("who did the soviets put in charge in kabul after they killed amin","Babrak Karmal",["Karmal"],"1977-1980-soviet-invasion-afghanistan","Soviet troops killed Amin and installed","who"),
("Which international sporting event did Carter urge countries to stay away from after the invasion?","the 1980 Moscow Olympics",["1980 Moscow Olympics","Moscow Olympics"],"1977-1980-soviet-invasion-afghanistan","called for a boycott of the 1980 Moscow Olympics","which"),
# 1973 war
("How did Washington answer Brezhnev's threat to act on his own in Egypt?","by putting its nuclear forces on worldwide alert",["putting its nuclear forces on worldwide alert"],"1969-1976-arab-israeli-war-1973","The United States responded by putting its nuclear forces","how"),
("What economic retaliation followed America's resupply of Israel?","embargo oil shipments to the United States and some Western European countries",["Arab oil producers to embargo oil shipments to the United States and some Western European countries"],"1969-1976-arab-israeli-war-1973","The American military airlift to Israel, moreover","what"),
# fall of communism
("when did the berlin wall fall","November 9, 1989",[],"1989-1992-fall-of-communism","On November 9, 1989, thousands of jubilant Germans","when"),
("Who became the first prime minister in the Soviet bloc who wasn't a communist?","Tadeusz Mazowiecki",["Mazowiecki"],"1989-1992-fall-of-communism","Tadeusz Mazowiecki became the first non-communist","who"),
# haiti
("In what year did the U.S. government finally extend diplomatic recognition to the former St. Domingue?","1862",[],"1784-1800-haitian-rev","Haitians would have to wait until 1862","when"),
# indian treaties
("According to the best evidence, how many Cherokees perished during the forced march west?","between three and four thousand",["three and four thousand"],"1830-1860-indian-treaties","The best evidence indicates that between three","how many/how much"),
("Who lost the Battle of Horse Shoe Bend?","the Creeks",["Creeks","the Creek Indians"],"1830-1860-indian-treaties","In 1814, Major General Andrew Jackson led an expedition","who"),
# league
("By what margin did lawmakers turn down Wilson's peace deal and its League charter?","49-35",["a 49-35 Senate vote"],"1914-1920-league","defeated by a 49-35 Senate vote","how many/how much"),
("Where was the League of Nations headquarterd?","Geneva, Switzerland",["Geneva"],"1914-1920-league","The League of Nations was an international organization, headquartered","where"),
# somalia
("How many Americans were killed in the October 1993 Black Hawk battle in Mogadishu?","18",["18 U.S. soldiers"],"1993-2000-somalia","Aideed’s forces shot down two Black Hawk","how many/how much"),
("What policy paper came out of Clinton's review of when to join peacekeeping missions?","Presidential Decision Directive 25",[],"1993-2000-somalia","The resulting document was Presidential Decision Directive 25","what"),
# naval conference
("What warship tonnage ratio did the conference finally settle on?","the 5:5:3 ratio limits",["5:5:3"],"1921-1936-naval-conference","The conference ultimately adopted the 5:5:3","what"),
("Which older alliance did the Four-Power Treaty take the place of?","the Anglo-Japanese Treaty of 1902",["Anglo-Japanese Treaty of 1902"],"1921-1936-naval-conference","This treaty replaced the Anglo-Japanese Treaty","which"),
# atlantic charter
("What was Churchill mainly hoping to get out of the Newfoundland meeting?","to get the Americans into the war",["get the Americans into the war"],"1937-1945-atlantic-conf","Churchill’s primary goal in attending","what"),
("Why did the self-government point of the Charter alarm the British Prime Minister?","this clause acknowledged the right of colonial subjects to agitate for decolonization, including those in Great Britain’s empire",["acknowledged the right of colonial subjects to agitate for decolonization"],"1937-1945-atlantic-conf","Churchill was concerned that this clause","why"),
# nsc68
("By how much did the Pentagon's slice of the economy grow in the three years after NSC-68?","almost tripled",["from 5 to 14.2 percent"],"1945-1952-nsc68","almost tripled defense spending","how many/how much"),
("When was NSC-68 made public?","1975",["not declassified until 1975"],"1945-1952-nsc68","The 58-page memorandum is among","when"),
# immigration
("How did Wilson stop Dillingham's quota bill from becoming law?","the pocket veto",["he used the pocket veto","pocket veto"],"1921-1936-immigration-act","so he used the pocket veto","how"),
("Which Asian people, previously able to come, were shut out by the 1924 law?","the Japanese",["Japanese"],"1921-1936-immigration-act","the Japanese in particular","which"),
# clinton yeltsin
("How often did Bill and Boris get together while both were presidents?","eighteen times",["eighteen"],"1993-2000-clinton-yeltsin","met eighteen times","how many/how much"),
("Name the three ex-communist countries NATO asked to come aboard in Spain in the summer of '97.","Poland, Hungary, and the Czech Republic",[],"1993-2000-clinton-yeltsin","At its meeting in Madrid, July 1997","which"),
# central america 81
("What was the code name of the 1989 U.S. invasion of Panama?","Operation Just Cause",["Just Cause"],"1981-1988-central-america","Code-named Operation Just Cause","what"),
("What word is 'Contras' short for?","counterrevolutionaries",["“counterrevolutionaries,”"],"1981-1988-central-america","These “Contras,” as in","what"),
# mukden
("What puppet state did Japan set up in Manchuria?","Manchukuo",["the new autonomous state of Manchukuo"],"1921-1936-mukden-incident","new autonomous state of Manchukuo","what"),
# red line
("Why is the 1928 oil deal known as the Red Line Agreement?","Gulbenkian drew the boundaries from memory on a map of the Middle East with a red pencil",["drew the boundaries from memory on a map of the Middle East with a red pencil"],"1921-1936-red-line","Gulbenkian drew the boundaries from memory","why"),
# yellow journalism
("Which comic strip is behind the term yellow journalism?","Hogan’s Alley",[],"1866-1898-yellow-journalism","called Hogan’s Alley","which"),
("What famous line is attributed to William Randolph Hearst about the war?","You furnish the pictures, I’ll provide the war!",["You furnish the pictures, I’ll provide the war"],"1866-1898-yellow-journalism","In spite of Hearst’s often quoted statement","what"),
# shuttle
("Who came up with the phrase shuttle diplomacy?","the members of the media",["members of the media who followed Kissinger on his various short flights among Middle East capitals","the media"],"1969-1976-shuttle-diplomacy","a term coined by the members of the media","who"),
("What small settlement on the Syrian front held up the 1974 disengagement talks?","Quneitra",["the town of Quneitra"],"1969-1976-shuttle-diplomacy","The negotiation centered on the town of Quneitra","which"),
# secret committee
("What title did the revolutionaries' covert letter-writing body take in spring 1777?","the Committee for Foreign Affairs",["Committee for Foreign Affairs"],"1776-1783-secret-committee","Congress renamed it the Committee for Foreign Affairs","what"),
# taiwan
("How far is Quemoy from the Chinese coast?","two miles",[],"1953-1960-taiwan-strait-crises","Jinmen (Quemoy), two miles from","how many/how much"),
("How did the shelling between the two Chinas eventually become routine?","they shelled each other’s garrisons on alternate days",["shelled each other’s garrisons on alternate days","on alternate days"],"1953-1960-taiwan-strait-crises","came to an arrangement in which they shelled","how"),
# amistad
("Who argued for the Amistad captives before the Suprme Court?","John Quincy Adams",["former President and Secretary of State John Quincy Adams","Adams"],"1830-1860-amistad","convinced former President and Secretary of State John Quincy Adams","who"),
("How many Africans were on the schooner when it was found?","53",["53 Africans"],"1830-1860-amistad","bearing 53 Africans","how many/how much"),
# central america carter
("Who was the Nicaraguan rebel movement named after?","Augusto Sandino",["Sandino"],"1977-1980-central-america-carter","The name honored Augusto Sandino","who"),
("Why did Washington halt help to the Salvadoran junta at the end of Carter's term?","the abduction and murder of four U.S. churchwomen in El Salvador",["the abduction and murder of four U.S. churchwomen"],"1977-1980-central-america-carter","the abduction and murder of four U.S. churchwomen","why"),
# india pakistan
("Where were the talks held that settled the 1965 India–Pakistan war?","Tashkent",[],"1961-1968-india-pakistan-war","Negotiations in Tashkent concluded","where"),
("Why did the Western arms cutoff hurt Pakistan more than India?","it had a much weaker military in comparison to India",["a much weaker military"],"1961-1968-india-pakistan-war","Pakistan felt the effects more keenly","why"),
# east german
("What was inside the food parcels handed out to East Germans in 1953?","lard, peas, flour, and pasteurized milk",[],"1953-1960-east-german-uprising","packages” contained lard","what"),
("What was the name of the campaign Moscow pushed Ulbricht into after Stalin died?","New Course",["the “New Course.”"],"1953-1960-east-german-uprising","in a new campaign called the","what"),
# mexican oil
("What was the name of the state oil monopoly Cárdenas created?","Petróleos Mexicanos (PEMEX)",["PEMEX","Petróleos Mexicanos"],"1937-1945-mexican-oil","He later created Petróleos Mexicanos","what"),
("How much did Mexico agree to pay U.S. oil firms in 1942?","roughly $29 million",["$29 million"],"1937-1945-mexican-oil","agreed to pay roughly $29 million","how many/how much"),
# congo
("When did the Congo become independent?","June 30, 1960",[],"1961-1968-congo-decolonization","gained its independence on June 30, 1960","when"),
("What was the operation to free the captives in Stanleyville called?","Operation Dragon Rouge",["Dragon Rouge"],"1961-1968-congo-decolonization","Operation Dragon Rouge, succeeded","what"),
# napoleonic
("What do historians mean by impressment?","British seizure of British-born naturalized U.S. citizens into the British navy",[],"1801-1829-napoleonic-wars","but suffered from impressment","what"),
("Which Royal Navy vessel was involved in the 1807 incident that led Jefferson to impose an embargo?","the H.M.S. Leopard",["H.M.S. Leopard","Leopard"],"1801-1829-napoleonic-wars","the H.M.S. Leopard bombarded","which"),
# us-soviet
("What did FDR say he was prepared to do to beat Hitler?","would hold hands with the devil",["hold hands with the devil"],"1937-1945-us-soviet","Roosevelt confided that he","what"),
("How did Stalin respond when the cross-Channel invasion was pushed back to 1944?","recalled his ambassadors from London and Washington",["Stalin recalled his ambassadors from London and Washington"],"1937-1945-us-soviet","In retaliation, Stalin recalled","how"),
# japan
("Who was the first American consul posted to a Japanese port?","Townsend Harris",["Harris"],"1830-1860-opening-to-japan","The first U.S. consul assigned","who"),
("Why did Japan throw out most Westerners in 1639?","Persistent attempts by the Europeans to convert the Japanese to Catholicism and their tendency to engage in unfair trading practices",["attempts by the Europeans to convert the Japanese to Catholicism and their tendency to engage in unfair trading practices"],"1830-1860-opening-to-japan","Persistent attempts by the Europeans","why"),
# dawes
("How big was the reparations bill Germany was handed in 1921?","132 billion gold marks",["approximately $31.5 billion","$31.5 billion"],"1921-1936-dawes","set the final bill at 132 billion gold marks","how many/how much"),
("Which nation was the only European borrower still paying Washington back in 1933?","Finland",[],"1921-1936-dawes","except Finland","which"),
# xyz
("What did Adams put in place of the French go-betweens' names when he published the dispatches?","the letters W, X, Y, and Z",["W, X, Y, and Z"],"1784-1800-xyz","replaced the names of the French intermediaries","what"),
("What does the Logan Act outlaw?","unauthorized diplomatic negotiations",[],"1784-1800-xyz","The Logan Act criminalized","what"),
# potsdam
("Who took over from Churchill partway through the Potsdam talks?","Prime Minister Clement Attlee",["Clement Attlee","Attlee"],"1937-1945-potsdam-conf","replaced on July 26 by Prime Minister Clement Attlee","who"),
("Why did Moscow stay off the Potsdam Declaration?","because it had yet to declare war on Japan",["it had yet to declare war on Japan"],"1937-1945-potsdam-conf","the Soviet Union did not sign the declaration","why"),
# kennan
("What nickname is given to the unsigned magazine piece that set out the containment doctrine?","X-Article",["the so-called “X-Article.”"],"1945-1952-kennan","the so-called “X-Article.”","what"),
("Which pundit faulted Kennan's essay for treating every region as equally important?","Walter Lippmann",["Lippmann"],"1945-1952-kennan","Columnist Walter Lippmann attacked","who"),
# bretton woods
("How many governments took part in the talks that created the IMF and World Bank?","44 nations",["44"],"1937-1945-bretton-woods","a gathering of delegates from 44 nations","how many/how much"),
("what replaced the gatt in 1995","the World Trade Organization",["World Trade Organization"],"1937-1945-bretton-woods","superseded by the World Trade Organization","what"),
# lebanon
("How many U.S. troops lost their lives when the Marine compound in Beirut was bombed in 1983?","241",["241 American servicemen"],"1981-1988-lebanon","killing 241 American servicemen","how many/how much"),
("Which Israeli diplomat was gunned down in London days before the 1982 invasion of Lebanon?","Shlomo Argov",["Argov"],"1981-1988-lebanon","Palestinian assailants shot Shlomo Argov","who"),
]
U=[
("How many tanks did the United States ship to the Soviet Union under Lend-Lease?","near"),
("What was the name of Commodore Perry's flagship when he sailed into Tokyo Bay in 1853?","near"),
("How many people died in the 1972 earthquake that struck Managua?","near"),
("Who interpreted for Roosevelt in his private talks with Stalin at Tehran?","near"),
("How large a bribe did Talleyrand's agents ask the American envoys to pay?","near"),
("Who was the U.S. ambassador in Mexico City when Cárdenas expropriated the oil companies?","near"),
("What was the name of the East German spokesman whose announcement opened the Berlin Wall?","near"),
("How many Somalis died of hunger during the 1992 famine?","near"),
("What was the vote count in Congress on the 1955 Formosa Resolution?","near"),
("How many Marines did Reagan send with the first multinational force to Beirut in 1982?","near"),
("How old was Toussaint L'Ouverture when the slave revolt in St. Domingue began?","near"),
("Who headed the high-ranking Soviet military delegation that flew into Kabul in August 1979?","near"),
("How many American merchant ships did France seize during the Quasi-War?","near"),
("What did Operation Restore Hope cost the United States?","near"),
("In which year did the United States join the League of Nations?","false premise"),
("Who signed the Potsdam Declaration on behalf of the Soviet Union?","false premise"),
("On what date did Congress declare war on France in the Quasi-War?","false premise"),
("When did the Senate ratify the Monroe-Pinkney treaty that ended impressment?","false premise"),
("In what year did the International Trade Organization start operating?","false premise"),
("Why did Stalin join Churchill and Roosevelt at Placentia Bay to draft the Atlantic Charter?","false premise"),
]
