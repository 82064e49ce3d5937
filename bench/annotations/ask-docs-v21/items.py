# (doc, cite_start, cite_end, question, answer, alternatives, kind)
S='000_beabee21081aa6a0'
A = [
# ---- seed (16)
(S,"The president believed the future","and the USSR.","Which four countries did Roosevelt think the future peace of the world depended on?","the United States, the United Kingdom, China, and the USSR",[],"which"),
(S,"The Soviets lost some 8.7 million","brutal Eastern Front.","How many Red Army soldiers were killed in the fighting?","8.7 million",["some 8.7 million soldiers","some 8.7 million"],"how many/how much"),
(S,"He then sent his trusted confidant","meet with Joseph Stalin.","Who did FDR dispatch to Moscow to size up the situation after Hitler attacked?","Harry Hopkins",["his trusted confidant Harry Hopkins"],"who"),
(S,"Code-named Operation Barbarossa","in European history.","What did the Nazis call their 1941 attack on the Soviet Union?","Operation Barbarossa",["Barbarossa"],"what"),
(S,"Over the next three and a half years","in war supplies.","How much did America end up giving the Russians in military supplies?","more than $11 billion",["$11 billion","more than $11 billion in war supplies"],"how many/how much"),
(S,"Indeed, the resulting accord, signed by FDR","Roosevelt-Litvinov Agreement.","What do historians call the 1933 deal that restored ties between Washington and Moscow?","the Roosevelt-Litvinov Agreement",["Roosevelt-Litvinov Agreement"],"what"),
(S,"This was especially true in the first year","by December 1941.","How close did Hitler's armies get to the Soviet capital?","within fifteen miles",["fifteen miles","within fifteen miles of Moscow"],"how many/how much"),
(S,"Though Lend-Lease aid to Russia constituted","it was vitally important.","How big a share of Russia's wartime output did American aid amount to?","about 7 percent",["7 percent","only about 7 percent"],"how many/how much"),
(S,"He would do so twice during the war","Yalta Conference in February 1945.","When did Roosevelt and Stalin first sit down together face to face?","November–December 1943",["at the Tehran Conference in November–December 1943"],"when"),
(S,"FDR understood that Stalin was an oppressive","dictatorship in the world.”","What did Roosevelt say in 1940 about the way the USSR was governed?","a dictatorship as absolute as any other dictatorship in the world",["run by “a dictatorship as absolute as any other dictatorship in the world.”"],"what"),
(S,"Little more than a year after the Tehran Conference","second and last time.","Where did FDR and Stalin see each other for the final time?","Yalta",["the seaside Ukrainian city of Yalta","in the seaside Ukrainian city of Yalta"],"where"),
(S,"He also won Stalin’s promise","of Germany’s defeat.","How soon after Germany was beaten was the USSR supposed to start fighting Japan?","within three months of Germany’s defeat",["within three months","three months"],"when"),
(S,"FDR’s desire to meet Stalin on his own terms","the peace that followed.","Why was Churchill uneasy about Roosevelt getting close to Stalin?","the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed",["feared that the rise of Soviet and American power would diminish Britain’s role in the war and in the peace that followed"],"why"),
(S,"Soviet Foreign Minister Vyacheslav Molotov signs","August 23, 1939.","Who put his name on the Nazi-Soviet pact while Stalin looked on smiling?","Vyacheslav Molotov",["Soviet Foreign Minister Vyacheslav Molotov","Molotov"],"who"),
(S,"A U.S. Army truck convoy prepares","March 1943.","which country did american army trucks drive through to get supplies to russia","Iran",["through Iran"],"where"),
(S,"Joseph Stalin calls on Franklin D. Roosevelt","February 2, 1945.","In which building did Stalin come to see Roosevelt when he got to the Crimea conference?","the Livadia Palace",["Livadia Palace","the Livadia Palace in Yalta"],"where"),
# ---- u-s-soviet-relations (3)
("u-s-soviet-relations","The President spoke of leaving","highly threatening.","What was Reagan's missile defense plan nicknamed?","Star Wars",["Strategic Defense Initiative"],"what"),
("u-s-soviet-relations","In January 1984, he delivered an eloquent speech","to their own devices.","Who wrote the 1984 Reagan speech about ordinary American and Soviet couples?","Jack Matlock",["his Soviet aide Jack Matlock"],"who"),
("u-s-soviet-relations","After Bush met with his Soviet counterpart","Mediterranean Sea.”","What did Gorbachev's spokesman say about the Cold War after the Malta summit?","We buried the Cold War at the bottom of the Mediterranean Sea.",["We buried the Cold War at the bottom of the Mediterranean Sea"],"what"),
# ---- nsc68 (2)
("nsc68","Reeling from the recent victory","national security strategy.","Who headed the State Department team that wrote NSC-68?","Paul Nitze",[],"who"),
("nsc68","The 58-page memorandum","declassified until 1975.","when was nsc 68 declassified","1975",["not declassified until 1975"],"when"),
# ---- roosevelt-and-monroe-doctrine (1)
("roosevelt-and-monroe-doctrine","Over the long term the corollary","the Dominican Republic.","Which countries did the U.S. send forces into using Teddy Roosevelt's policy as an excuse?","Cuba, Nicaragua, Haiti, and the Dominican Republic",[],"which"),
# ---- casablanca (2)
("casablanca","While Soviet Premier Joseph Stalin received","at the time.","Why did the Soviet leader skip the January 1943 meeting in Morocco?","the Red Army was engaged in a major offensive against the German Army",["because the Red Army was engaged in a major offensive against the German Army at the time"],"why"),
("casablanca","While they would begin concentrating forces in England","out of the war.","Which island did Churchill and FDR agree at their Morocco meeting to invade?","Sicily",["an invasion of Sicily and the Italian mainland"],"which"),
# ---- good-neighbor (1)
("good-neighbor","Roosevelt’s Secretary of State, Cordell Hull","affairs of another”.","Who spoke for the United States at the 1933 conference in Uruguay?","Cordell Hull",["Roosevelt’s Secretary of State, Cordell Hull"],"who"),
# ---- seato (2)
("seato","Headquartered in Bangkok","formal functions.","In what city did the Southeast Asia Treaty Organization have its head office?","Bangkok",["Bangkok, Thailand"],"where"),
("seato","Pakistan formally left SEATO in 1973","conflict against India.","What made Pakistan quit the alliance in 1973?","the organization had failed to provide it with assistance in its ongoing conflict against India",["because the organization had failed to provide it with assistance in its ongoing conflict against India"],"why"),
# ---- webster-treaty (2)
("webster-treaty","Webster and Ashburton agreed on a division","several bodies of water.","How many square miles of the contested land went to Britain under the 1842 deal?","5,012",[],"how many/how much"),
("webster-treaty","Great Britain eventually paid","to be freed.","How much compensation did the U.S. receive after the slaves from the Creole were freed?","$110,330",[],"how many/how much"),
# ---- us-western-europe (2)
("us-western-europe","Often referred to as neutron bombs","explosive force.","What do people usually call enhanced radiation weapons?","neutron bombs",[],"what"),
("us-western-europe","This movement, known as Eurocommunism","European policymakers.","What do historians call the trend of Western European communist parties breaking away from Moscow's line in the 1970s?","Eurocommunism",[],"what"),
# ---- tehran-conf (2)
("tehran-conf","Roosevelt, Churchill, and Stalin engaged in discussions","by May of 1944.","What was the code name of the planned Allied landing in northern France?","Operation Overlord",["Overlord"],"what"),
("tehran-conf","Stalin pressed for a revision","Lord Curzon in 1920.","Which Britsh official drew the line that Stalin wanted as Poland's eastern frontier?","Lord Curzon",["British Foreign Secretary Lord Curzon"],"who"),
# ---- naval-conference (2)
("naval-conference","Senator William E. Borah (R–Idaho)","negotiations for disarmament.","Which senator pushed Congress to demand naval arms talks with Japan and Britain?","William E. Borah",["Senator William E. Borah","Senator William E. Borah (R–Idaho)"],"who"),
("naval-conference","This treaty replaced the Anglo-Japanese Treaty","for the United States.","Which older alliance did the Four-Power agreement do away with?","the Anglo-Japanese Treaty of 1902",["Anglo-Japanese Treaty of 1902","the Anglo-Japanese Treaty"],"which"),
# ---- texas-annexation (2)
("texas-annexation","Under the terms of the treaty, Mexico ceded","owed by Mexico to U.S. citizens.","How much money did Mexico get for the land it lost in 1848?","$15 million",["a $15 million lump sum payment"],"how many/how much"),
("texas-annexation","The Mexicans, however, argued","north of the Rio Grande.","Which river did Mexico say marked the edge of Texas?","the Nueces River",["Nueces River","the Nueces"],"which"),
# ---- blaine (1)
("blaine","He tried and failed to resolve","Peru and Bolivia.","Which three South American nations were at war when Blaine tried to make peace between them?","Chile, Peru and Bolivia",[],"which"),
# ---- salt (2)
("salt","Johnson therefore called for strategic arms","in New Jersey.","Where did LBJ and Kosygin hold their 1967 meeting?","Glassboro State College in New Jersey",["Glassboro State College"],"where"),
("salt","Johnson said they must gain","insane road to follow.”","What did McNamara say about the two sides answering each other's buildup?","an insane road to follow",["the more they had chosen “an insane road to follow.”"],"what"),
# ---- un (2)
("un","On January 1, 1942, representatives of 26 nations","separate peace.","How many countries were at the January 1942 meeting in Washington that launched the United Nations declaration?","26",["26 nations"],"how many/how much"),
("un","U.S., British, Soviet, and Chinese representatives met at Dumbarton Oaks","collective security.","Where was the UN charter first drafted in 1944?","Dumbarton Oaks",["Dumbarton Oaks in Washington"],"where"),
# ---- oslo (2)
("oslo","In November 1995, Rabin was assassinated","on religious grounds.","Who killed Rabin?","Yigal Amir",[],"who"),
("oslo","The summit ended without a settlement","for its failure.","Who did the president hold responsible for the collapse of the 2000 summit?","Arafat",[],"who"),
# ---- washington-farewell (1)
("washington-farewell","To announce his decision not to seek","September 17, 1796.","How did George Washington get his goodbye message out to the public?","in a newspaper article",["a newspaper article"],"how"),
# ---- ussr (2)
("ussr","Finally, the killing of the Leningrad Communist Party boss","critics of the government.","Whose murder set off Stalin's Great Purges?","Sergey Kirov",["the Leningrad Communist Party boss, Sergey Kirov","Kirov"],"who"),
("ussr","In the hope of improving relations","replacement in 1936.","Who took over from Bulitt as the American envoy in Moscow?","Joseph E. Davies",["businessman Joseph E. Davies"],"who"),
# ---- truman-doctrine (2)
("truman-doctrine","Accordingly, in his speech, President Truman requested","equipment to the region.","How much aid did Truman want for Greece and Turkey?","$400,000,000",[],"how many/how much"),
("truman-doctrine","In fact, Soviet leader Joseph Stalin had deliberately","Soviet-Yugoslav relations.","Which Yugoslav leader did Moscow pressure not to back the communist rebels in Greece?","Josip Tito",["Yugoslav Prime Minister Josip Tito","Tito"],"who"),
# ---- pickney-treaty (2)
("pickney-treaty","Spanish King Charles IV, uninterested","Manuel de Godoy.","Who was really running Spain's diplomacy because the king couldn't be bothered?","Manuel de Godoy",["his prime minister, Manuel de Godoy","Godoy"],"who"),
("pickney-treaty","Pinckney threatened to leave","through New Orleans.","How did the American envoy get Spain to drop its charges on U.S. goods at New Orleans?","threatened to leave without signing a treaty",["Pinckney threatened to leave without signing a treaty"],"how"),
# ---- oregon-territory (2)
("oregon-territory","By 1843, increased American immigration","or fight.”","What was the rallying cry of the people who wanted all of Oregon?","54 degrees 40 minutes or fight",[],"what"),
("oregon-territory","Great Britain based its claim","Columbia River.","Which explorer's voyage did the British cite to back their claim to Oregon?","James Cook",["James Cook’s exploration of the Columbia River"],"who"),
# ---- spanish-american-war (2)
("spanish-american-war","The first battle was fought on May 1","defending the Philippines.","Who lost the opening battle of the war in 1898?","the Spanish naval force defending the Philippines",["the Spanish naval force"],"who"),
("spanish-american-war","Spain also agreed to sell the Philippines","$20 million.","What price did America pay Spain for the Philippine islands?","$20 million",["the sum of $20 million"],"how many/how much"),
# ---- warsaw-treaty (1)
("warsaw-treaty","The Warsaw Treaty Organization (also known","Eastern European countries.","when was the warsaw pact set up","May 14, 1955",[],"when"),
# ---- victory (2)
("victory","In 1867, Seward succeeded in purchasing Alaska","Russian Government.","Who sold Alaska to the United States?","the Russian Government",["Russian Government"],"who"),
("victory","Between 3,000 and 20,000 former Confederates","to the United States.","How many ex-Confederates moved to Brazil after the war?","Between 3,000 and 20,000",["3,000 and 20,000"],"how many/how much"),
# ---- opening-to-japan (2)
("opening-to-japan","He sent Commodore John Aulick","Commodore Matthew Perry.","Who did Perry replace as head of the mission to Japan?","Commodore John Aulick",["John Aulick","Aulick"],"who"),
("opening-to-japan","At the same time, Perry brought along","superiority of Western culture.","What presents did the American commodore bring for the Japanese ruler?","a working model of a steam locomotive, a telescope, a telegraph, and a variety of wines and liquors from the West",["a variety of gifts"],"what"),
# ---- npt (2)
("npt","A ban on the distribution of nuclear technology","United Nations in 1961.","Which nation first floated the idea of a non-proliferation agreement at the UN?","Ireland",[],"which"),
("npt","In fact, in 1974, India joined","its first weapon.","When did India get the bomb?","1974",["in 1974"],"when"),
# ---- pacific-expansion (2)
("pacific-expansion","In February 1784 the Empress of China","in search of wealth.","What was the name of the first vessel to make the voyage from America to China?","the Empress of China",["Empress of China"],"what"),
("pacific-expansion","For example, consulates were established in Fiji","Marshall Islands in 1881.","When did the U.S. open a consulate in Samoa?","1856",[],"when"),
# ---- shuttle-diplomacy (2)
("shuttle-diplomacy","In January and May 1974, Secretary of State Henry Kissinger","October 1973 war.","Who came up with the phrase used for Kissinger's back-and-forth trips in the Middle East?","the members of the media who followed Kissinger",["members of the media","the members of the media who followed Kissinger on his various short flights among Middle East capitals"],"who"),
("shuttle-diplomacy","On January 11, Kissinger arrived in Aswan","during the winter.","Where did Kissinger go to meet Sadat in January 1974?","Aswan, Egypt",["Aswan"],"where"),
# ---- yalta-conf (2)
("yalta-conf","With the death of Franklin D. Roosevelt","president of the United States.","When did FDR pass away?","April 12, 1945",[],"when"),
("yalta-conf","The Yalta Conference took place in a Russian resort town","during World War Two.","Where was the Yalta confrence held?","the Crimea",["in the Crimea","a Russian resort town in the Crimea"],"where"),
# ---- treaty-of-paris (2)
("treaty-of-paris","This decision was motivated by the fact","enormously profitable.","Why did France prefer to hold on to Martinique and Guadeloupe instead of Canada?","the islands’ sugar industry was enormously profitable",["the fact that the islands’ sugar industry was enormously profitable"],"why"),
("treaty-of-paris","Under Choiseul’s plan, Britain would gain","over to Great Britain.","What territory did Spain have to trade away so it could keep Cuba?","Florida",[],"what"),
# ---- two-koreas (2)
("two-koreas","A last-minute private trip to North Korea by President Jimmy Carter","denuclearization of North Korea.","How did the 1994 nuclear standoff with Pyongyang get defused?","A last-minute private trip to North Korea by President Jimmy Carter",["A last-minute private trip to North Korea by President Jimmy Carter in June 1994","President Jimmy Carter"],"how"),
("two-koreas","North Korea broke out of the 1994 agreement","hosted by China.","Which country hosted the six-party talks?","China",[],"which"),
# ---- cuban-missile-crisis (2)
("cuban-missile-crisis","The use of “quarantine” legally distinguished","Organization of American States.","Why did Kennedy call it a quarantine rather than a blockade?","legally distinguished this action from a blockade, which assumed a state of war existed",["enabled the United States to receive the support of the Organization of American States"],"why"),
("cuban-missile-crisis","ABC News correspondent John Scali","not to invade the island.","Which journalist passed a back-channel offer from the Russians to the White House?","John Scali",["ABC News correspondent John Scali"],"who"),
# ---- secret-committee (2)
("secret-committee","He sent these letters through associates","interception by the British.","How did Franklin keep his letters to Europe from being read by the British?","through associates whom he trusted",["He sent these letters through associates whom he trusted to protect the communications from interception by the British","associates whom he trusted to protect the communications from interception by the British"],"how"),
("secret-committee","In late 1775, a mysterious French traveler","appeared in Philadelphia.","What was the name of the mystery Frenchman who showed up in Philadelphia in 1775?","Achard de Bonvouloir",[],"what"),
# ---- articles (2)
("articles","These smaller states wanted other states","ratify the Articles.","Why did Maryland, Delaware and New Jersey hold back from approving the new government?","wanted other states to relinquish their western land claims",["wanted other states to relinquish their western land claims before they would ratify the Articles","other states to relinquish their western land claims"],"why"),
("articles","The Continental Congress voted on Jan 10, 1781","Secretary of Foreign Affairs.","Who got the job of running foreign affairs for Congress in 1781?","Robert R. Livingston",["Robert R. Livingston as Secretary of Foreign Affairs"],"who"),
# ---- south-asia (2)
("south-asia","The U.S.S. Enterprise carrier group","reaching Sri Lanka.","Which American warship group was sent toward the Bay of Bengal in 1971?","The U.S.S. Enterprise carrier group",["U.S.S. Enterprise"],"which"),
("south-asia","Bangladesh was admitted to the United Nations","in 1974.","when did bangladesh become a un member","1974",["in 1974"],"when"),
]
U = [
("How many American sailors died when the Maine blew up in Havana harbor?",["Maine","sailors","crew","lives","killed","died","260","266"]),
("Who was the captain of the USS Maine when it sank?",["Sigsbee","captain","the Maine","battleship Maine"]),
("How many passengers were on Korean Airlines Flight 007 when the Soviets shot it down?",["007","Korean Air","passengers"]),
("What prison sentence did Yigal Amir get for assassinating Rabin?",["Yigal","Amir","sentenced","life imprisonment"]),
("How many countries sent delegates to the Montevideo Conference in 1933?",["Montevideo","delegates"]),
("What was the name of the East Pakistani leader who was jailed after the 1970 elections?",["jailed","Rahman","Mujib","Sheikh","Awami"]),
("What illness caused Franklin Roosevelt's death in April 1945?",["death of Franklin","polio","cerebral","hemorrhage","stroke","Warm Springs","April 12, 1945"]),
("Who was the first Secretary-General of the United Nations?",["Secretary-General","Secretary General","Trygve","first secretary"]),
("What was the name of the Japanese emperor that Perry's letter was addressed to?",["Emperor of Japan","Komei","Kōmei","emperor"]),
("Who became the first Soviet ambassador to the United States after recognition in 1933?",["Troyanovsky","Soviet Ambassador","ambassador to the United States"]),
("How many tanks did the U.S. ship to the Soviet Union through Lend-Lease?",["tanks","Lend-Lease"]),
("Where was Joseph Stalin born?",["Stalin was born","born in","Gori","Georgian","Tiflis"]),
("How many people were killed in the al-Aqsa Intifada?",["Intifada","al-Aqsa"]),
("How many ships did Perry bring back to Japan in 1854?",["squadron","Kanagawa","ships","1854"]),
("How much did it cost to develop the neutron bomb?",["neutron","ERW","enhanced radiation"]),
("Which Soviet ship was the first to turn back at the Cuban quarantine line?",["quarantine line","Marucla","Bucharest","turned back"]),
("Who led the British delegation at the Washington Naval Conference?",["Balfour","British delegation","Washington Conference","Washington Naval Conference"]),
("How many Israeli settlers lived in the West Bank when the Oslo Accord was signed?",["settler","settlement"]),
("How many men actually signed up after McKinley called for volunteers in 1898?",["volunteers","enlisted","125,000","signed up","recruits"]),
("When was the Washington-Moscow hotline used for the first time?",["hotline","Hotline","direct telephone link"]),
]
