"""Lexicon written from my own knowledge.
PLACES: key | lat | lon | country | kind | surface forms (;)"""
PLACES_TXT = r"""
United States|39.8|-98.6|US|country|United States;U.S.;America;U. S.
China|35.0|103.0|CN|country|China;People’s Republic of China;PRC;People’s Republic
Republic of China|23.7|121.0|TW|country|Republic of China;ROC
Taiwan|23.7|121.0|TW|region|Taiwan
England|52.5|-1.5|GB|region|England
Europe|54.0|15.0||region|Europe
United Kingdom|54.0|-2.5|GB|country|Britain;Great Britain;United Kingdom
Germany|51.2|10.4|DE|country|Germany
Japan|36.2|138.3|JP|country|Japan
Korea|37.5|127.5||region|Korea
Vietnam|16.0|107.8|VN|country|Vietnam
Asia|34.0|100.0||region|Asia
Soviet Union|60.0|90.0|SU|country|Soviet Union;Soviet Russia
Oxford|51.752|-1.2577|GB|city|Oxford
France|46.6|2.2|FR|country|France
Russia|61.5|105.3|RU|country|Russia
Far East|35.0|120.0||region|Far East
East Asia|35.0|115.0||region|East Asia
Beijing|39.9042|116.4074|CN|city|Beijing
Alaska|64.2|-152.5|US|region|Alaska
Pacific Ocean|0.0|-160.0||natural feature|Pacific
North America|48.0|-100.0||region|North America
Asia-Pacific|10.0|130.0||region|Asia-Pacific
Saint Petersburg|59.9343|30.3351|RU|city|St. Petersburg
Washington, D.C.|38.9072|-77.0369|US|city|Washington
Yukon|64.3|-135.0|CA|region|Yukon
Klondike|63.9|-139.2|CA|region|Klondike
Western Europe|48.0|5.0||region|Western Europe
Eastern Europe|52.0|25.0||region|Eastern Europe
Georgia (US state)|32.7|-83.4|US|region|Georgia
Minnesota|46.3|-94.3|US|region|Minnesota
Panama|8.5|-80.0|PA|country|Panama
Panama Canal|9.08|-79.68|PA|other|Panama Canal
Egypt|26.8|30.8|EG|country|Egypt
Israel|31.4|35.0|IL|country|Israel
Afghanistan|33.9|67.7|AF|country|Afghanistan
Tehran|35.6892|51.389|IR|city|Tehran
Persian Gulf|26.5|52.0||natural feature|Persian Gulf;Gulf
Americas|10.0|-75.0||region|Americas
Long Island|40.8|-73.2|US|natural feature|Long Island
New York (state)|42.9|-75.5|US|region|New York
Cuba|21.5|-79.5|CU|country|Cuba
Africa|2.0|20.0||region|Africa
Connecticut|41.6|-72.7|US|region|Connecticut
Spain|40.4|-3.7|ES|country|Spain
Philadelphia|39.9526|-75.1652|US|city|Philadelphia
London|51.5074|-0.1278|GB|city|London
Taiwan Strait|24.5|119.5||natural feature|Taiwan Strait
Kinmen|24.45|118.38|TW|natural feature|Jinmen;Quemoy
Xiamen|24.4798|118.0894|CN|city|Xiamen
Matsu Islands|26.16|119.95|TW|natural feature|Mazu
Fuzhou|26.0745|119.2965|CN|city|Fuzhou
Dachen Islands|28.45|121.9|CN|natural feature|Dachen Islands;Dachen
Bandung|-6.9175|107.6191|ID|city|Bandung
Geneva|46.2044|6.1432|CH|city|Geneva
Lebanon|33.85|35.86|LB|country|Lebanon
Haiti|18.97|-72.29|HT|country|Haiti
Yugoslavia|44.0|20.0|YU|country|Yugoslavia
Somalia|5.15|46.2|SO|country|Somalia
North Korea|40.3|127.5|KP|country|North Korea
Port-au-Prince|18.5944|-72.3074|HT|city|Port-au-Prince
Mogadishu|2.0469|45.3182|SO|city|Mogadishu
Caribbean|15.0|-75.0||region|Caribbean
Italy|41.9|12.6|IT|country|Italy
North Atlantic|45.0|-35.0||natural feature|North Atlantic
Mediterranean Sea|35.0|18.0||natural feature|Mediterranean
Mexico|23.6|-102.5|MX|country|Mexico
Austria-Hungary|47.5|16.0||country|Austria-Hungary
English Channel|50.2|-1.0||natural feature|English Channel
Mexico City|19.4326|-99.1332|MX|city|Mexico City
Latin America|-10.0|-70.0||region|Latin America
Guatemala|15.8|-90.2|GT|country|Guatemala
Bay of Pigs|22.07|-81.17|CU|natural feature|Bay of Pigs
Belgium|50.5|4.47|BE|country|Belgium
Ruhr|51.45|7.25|DE|region|Ruhr
Chicago|41.8781|-87.6298|US|city|Chicago
Berlin|52.52|13.405|DE|city|Berlin
Finland|61.9|25.7|FI|country|Finland
Western Hemisphere|15.0|-80.0||region|Western Hemisphere
Iraq|33.2|43.7|IQ|country|Iraq
Kuwait|29.3|47.5|KW|country|Kuwait
United Arab Emirates|23.4|53.8|AE|country|United Arab Emirates
Arabian Peninsula|23.9|45.0||natural feature|Arabian Peninsula
Warbah Island|29.98|48.07|KW|natural feature|Warbah;Warba
Bubiyan Island|29.8|48.2|KW|natural feature|Bubiyan;Bubayan
Khawr Abd Allah|29.9|48.3||natural feature|Khawr 'Abd Allah
Shatt al-Arab|30.4|48.0||natural feature|Shatt Al-'Arab
Basra Vilayet|30.5|47.8|IQ|region|Al-Basrah
Rumaila oil field|30.1|47.4|IQ|other|Rumayla
Kuwait City|29.3759|47.9774|KW|city|Kuwait City
Saudi Arabia|23.9|45.1|SA|country|Saudi Arabia
Southern Iraq|31.0|46.5|IQ|region|South
White House|38.8977|-77.0365|US|other|White House
Toulon|43.1242|5.928|FR|city|Toulon
Marseille|43.2965|5.3698|FR|city|Marseille
Genoa|44.4056|8.9463|IT|city|Genoa
Civitavecchia|42.0924|11.7954|IT|city|Civitavecchia
Paris|48.8566|2.3522|FR|city|Paris
India|21.0|78.0|IN|country|India
Malta|35.9375|14.3754|MT|country|Malta
Alexandria|31.2001|29.9187|EG|city|Alexandria
Nile|26.0|32.0||natural feature|Nile
Giza|30.0131|31.2089|EG|city|Giza
Cairo|30.0444|31.2357|EG|city|Cairo
Cairo (Illinois)|37.0053|-89.1765|US|city|
Illinois|40.0|-89.2|US|region|Illinois
Ohio River|37.0|-89.1||natural feature|
Mississippi River|35.0|-90.1|US|natural feature|Mississippi
Little Egypt|37.6|-89.0|US|region|Little Egypt
Thebes (Illinois)|37.2206|-89.4609|US|city|
Karnak (Illinois)|37.2945|-88.9773|US|city|
Karnak|25.7188|32.6573|EG|other|Karnak
Aboukir Bay|31.35|30.15|EG|natural feature|Aboukir Bay
Nelson (New Zealand)|-41.2706|173.284|NZ|city|
New Zealand|-41.0|174.0|NZ|country|New Zealand
South Island|-43.5|170.5|NZ|natural feature|South Island
Nelson (British Columbia)|49.4928|-117.2948|CA|city|
British Columbia|53.7|-127.6|CA|region|British Columbia
Upper Egypt|25.5|32.5|EG|region|Upper Egypt
Luxor|25.6872|32.6396|EG|city|Luxor
Aswan|24.0889|32.8998|EG|city|Aswan
Dendera|26.1417|32.6703|EG|other|Dendera
Rashid (Rosetta)|31.4044|30.4164|EG|city|Rosette;Rashid
British Museum|51.5194|-0.127|GB|other|British Museum
Figeac|44.6086|2.0317|FR|city|Figeac
Ottoman Syria|34.5|37.5||region|Syria
Sinai|29.5|33.8|EG|natural feature|Sinai
El Arish|31.1313|33.7984|EG|city|El Arish
Jaffa|32.05|34.75|IL|city|Jaffa
Tel Aviv-Yafo|32.0853|34.7818|IL|city|Tel Aviv-Yafo
Acre (Akko)|32.9281|35.0818|IL|city|Acre;Akko
Aboukir|31.3197|30.0617|EG|city|Aboukir
Heliopolis|30.129|31.31|EG|city|Heliopolis
Arc de Triomphe|48.8738|2.295|FR|other|Arc de Triomphe
Atlantic Ocean|30.0|-40.0||natural feature|Atlantic
Memphis (Tennessee)|35.1495|-90.049|US|city|
Tennessee|35.86|-86.35|US|region|Tennessee
Alexandria (Virginia)|38.8048|-77.0469|US|city|
Virginia|37.5|-78.8|US|region|Virginia
Firth of Tay|56.44|-2.9||natural feature|Firth of Tay
Burntisland|56.0603|-3.2316|GB|city|Burntisland
Tay Bridge|56.4375|-2.988|GB|other|Tay Bridge
Wormit|56.4236|-2.9806|GB|city|Wormit
Fife|56.25|-3.1|GB|region|Fife
Dundee|56.462|-2.9707|GB|city|Dundee
Edinburgh|55.9533|-3.1883|GB|city|Edinburgh
Firth of Forth|56.05|-3.1|GB|natural feature|Firth of Forth
Granton|55.982|-3.222|GB|city|Granton
River Tay|56.4|-3.4|GB|natural feature|Tay
Tayport|56.4466|-2.8834|GB|city|Tayport;Ferry-Port-on-Craig
Balmoral Castle|57.0405|-3.2295|GB|other|Balmoral
Bengal|23.5|88.5||region|Bengal
Cape of Good Hope|-34.3568|18.474|ZA|natural feature|Cape of Good Hope
Suez Canal|30.5|32.35|EG|other|Suez Canal
Lochee|56.4717|-3.0083|GB|city|Lochee
Hilltown|56.4695|-2.9745|GB|city|Hilltown
Davis Strait|67.0|-57.0||natural feature|Davis Strait
Greenland|72.0|-40.0|GL|region|Greenland
Hooghly River|22.6|88.3|IN|natural feature|Hooghly River
Kolkata (Calcutta)|22.5726|88.3639|IN|city|Calcutta
Angus|56.67|-2.92|GB|region|Angus
Dundee (Illinois)|42.1|-88.28|US|city|
Fox River (Illinois)|41.9|-88.3|US|natural feature|Fox River
Dundee (KwaZulu-Natal)|-28.1667|30.2333|ZA|city|
KwaZulu-Natal|-28.5|30.9|ZA|region|KwaZulu-Natal
South Africa|-29.0|24.0|ZA|country|South Africa
Tay River (Ontario)|44.9|-76.25|CA|natural feature|
Ontario|50.0|-85.0|CA|region|Ontario
Perth (Ontario)|44.8984|-76.2486|CA|city|
Perth (Scotland)|56.3969|-3.4371|GB|city|
Perth (Western Australia)|-31.9505|115.8605|AU|city|
Western Australia|-25.0|122.0|AU|region|Western Australia
Swan River|-31.96|115.87|AU|natural feature|Swan River
Moffat|55.3337|-3.4416|GB|city|Moffat
Forth Bridge|56.0006|-3.3884|GB|other|Forth Bridge
South Queensferry|55.9904|-3.3963|GB|city|South Queensferry
North Queensferry|56.0124|-3.3966|GB|city|North Queensferry
Tay Road Bridge|56.4522|-2.9456|GB|other|Tay Road Bridge
Newport-on-Tay|56.4399|-2.9385|GB|city|Newport-on-Tay
Newport (Rhode Island)|41.4901|-71.3128|US|city|
Rhode Island|41.7|-71.5|US|region|Rhode Island
Magdalen Green|56.4569|-2.9937|GB|other|Magdalen Green
Sredna Gora|42.6|24.5|BG|natural feature|Sredna Gora
Rhodope Mountains|41.6|24.6||natural feature|Rhodope Mountains
Batak|41.9425|24.2169|BG|city|Batak
Ohio|40.4|-82.8|US|region|Ohio
New Lexington (Ohio)|39.714|-82.2085|US|city|
Ottoman Empire|39.0|35.0||country|Ottoman Empire
Danube|44.0|25.0||natural feature|Danube
Svishtov|43.6186|25.3506|BG|city|Svishtov;Sistova
Balkan Mountains|42.75|25.0||natural feature|Balkan;Stara Planina
Pleven|43.417|24.6067|BG|city|Plevna;Pleven
Vit|43.6|24.6|BG|natural feature|Vit
Plevna (Kansas)|37.9703|-98.3098|US|city|
Kansas|38.5|-98.0|US|region|Kansas
Plevna (Ontario)|44.9667|-76.9833|CA|city|
Kingston (Ontario)|44.2312|-76.486|CA|city|Kingston
Shipka Pass|42.7486|25.3217|BG|natural feature|Shipka Pass
Shipka|42.7167|25.3333|BG|city|Shipka
Sheinovo|42.6936|25.3358|BG|city|Sheinovo
Sofia|42.6977|23.3219|BG|city|Sofia
Fergana Valley|40.8|71.5||natural feature|Fergana Valley
Fergana|40.3864|71.7864|UZ|city|Novy Margelan;Skobelev;Fergana
Plovdiv|42.1354|24.7453|BG|city|Philippopolis;Plovdiv
Maritsa|42.0|25.5||natural feature|Maritsa
Edirne|41.6771|26.5557|TR|city|Adrianople;Edirne
Yesilkoy (San Stefano)|40.9614|28.8222|TR|city|San Stefano;Yeşilköy
Sea of Marmara|40.7|28.2|TR|natural feature|Sea of Marmara
Istanbul|41.0082|28.9784|TR|city|Constantinople;Istanbul
Dardanelles|40.2|26.4|TR|natural feature|Dardanelles
Aegean Sea|39.0|25.0||natural feature|Aegean
Black Sea|43.4|34.0||natural feature|Black Sea
Lake Ohrid|41.0|20.75||natural feature|Lake Ohrid
Bulgaria|42.7|25.5|BG|country|Bulgaria
Eastern Rumelia|42.3|25.3|BG|region|Eastern Rumelia
Macedonia (region)|41.3|22.0||region|Macedonia
Romania|45.9|24.97|RO|country|Romania
Serbia|44.0|20.9|RS|country|Serbia
Montenegro|42.7|19.37|ME|country|Montenegro
Kars|40.6013|43.0975|TR|city|Kars
Batumi|41.6168|41.6367|GE|city|Batumi
Cyprus|35.1|33.4|CY|country|Cyprus
Hesse|50.65|9.16|DE|region|Hesse
Montana (Bulgaria)|43.4125|23.225|BG|city|Kutlovitsa;Ferdinand;Mihaylovgrad;Montana
Montana (Valais)|46.3133|7.4878|CH|city|
Valais|46.2|7.6|CH|region|Valais
Stara Zagora|42.4258|25.6345|BG|city|Stara Zagora;Eski Zagra
Veliko Tarnovo|43.0757|25.6172|BG|city|Tarnovo;Veliko Tarnovo
"""

# compound expressions: full string -> list of (part text, place key or ('N', why))
COMPOUNDS = {
    "Cairo, Illinois": [("Cairo", "Cairo (Illinois)"), ("Illinois", "Illinois")],
    "the Ohio and the Mississippi": [("Ohio", "Ohio River"), ("Mississippi", "Mississippi River")],
    "Nelson, New Zealand": [("Nelson", "Nelson (New Zealand)"), ("New Zealand", "New Zealand")],
    "Nelson, British Columbia": [("Nelson", "Nelson (British Columbia)"), ("British Columbia", "British Columbia")],
    "Memphis, Tennessee": [("Memphis", "Memphis (Tennessee)"), ("Tennessee", "Tennessee")],
    "Alexandria, Virginia": [("Alexandria", "Alexandria (Virginia)"), ("Virginia", "Virginia")],
    "Dundee, Illinois": [("Dundee", "Dundee (Illinois)"), ("Illinois", "Illinois")],
    "Dundee in KwaZulu-Natal": [("Dundee", "Dundee (KwaZulu-Natal)"), ("KwaZulu-Natal", "KwaZulu-Natal")],
    "Tay River in Ontario": [("Tay River", "Tay River (Ontario)"), ("Ontario", "Ontario")],
    "Perth, Ontario": [("Perth", "Perth (Ontario)"), ("Ontario", "Ontario")],
    "Perth on the Tay": [("Perth", "Perth (Scotland)"), ("Tay", "River Tay")],
    "Perth, Western Australia": [("Perth", "Perth (Western Australia)"), ("Western Australia", "Western Australia")],
    "Newport, Rhode Island": [("Newport", "Newport (Rhode Island)"), ("Rhode Island", "Rhode Island")],
    "New Lexington, Ohio": [("New Lexington", "New Lexington (Ohio)"), ("Ohio", "Ohio")],
    "Plevna, Kansas": [("Plevna", "Plevna (Kansas)"), ("Kansas", "Kansas")],
    "Plevna, Ontario": [("Plevna", "Plevna (Ontario)"), ("Ontario", "Ontario")],
    "Montana in the Swiss canton of Valais": [("Montana", "Montana (Valais)"), ("Swiss", ("N", "demonym/adjective")), ("Valais", "Valais")],
    "Long Island, New York": [("Long Island", "Long Island"), ("New York", "New York (state)")],
    "its own Thebes and Karnak": [("Thebes", "Thebes (Illinois)"), ("Karnak", "Karnak (Illinois)")],
}

# non-places: surface | why
WHY = ["person/family named like a place", "organisation", "treaty/agreement/law", "demonym/adjective",
       "ship/vehicle", "event/battle/war", "publication/newspaper", "street/building named after a place or person", "other"]
NONPLACES_TXT = r"""
State of the Union|other
AP Photo|organisation
National Security Act|treaty/agreement/law
U.S. Government|organisation
National Security Council|organisation
NSC|organisation
Central Intelligence Agency|organisation
CIA|organisation
Office of Strategic Services|organisation
Defense Intelligence Agency|organisation
War Department|organisation
Navy Department|organisation
Department of Defense|organisation
Department of the Air Force|organisation
Departments of State and Defense|organisation
World War II|event/battle/war
World War I|event/battle/war
Cold War|event/battle/war
Yale|organisation
Time|publication/newspaper
Life|publication/newspaper
Fortune|publication/newspaper
Time Magazine|publication/newspaper
The American Century|publication/newspaper
American Century|other
U.S. Constitution|treaty/agreement/law
China lobby|organisation
Democrats|organisation
Nationalists|organisation
Communists|organisation
Soviet|demonym/adjective
American|demonym/adjective
Americans|demonym/adjective
British|demonym/adjective
Britons|demonym/adjective
French|demonym/adjective
German|demonym/adjective
Germans|demonym/adjective
Japanese|demonym/adjective
Chinese|demonym/adjective
Russian|demonym/adjective
Spanish|demonym/adjective
Spaniards|demonym/adjective
European|demonym/adjective
Europeans|demonym/adjective
Open Door|other
Open Door Notes|treaty/agreement/law
Open Door Circular|treaty/agreement/law
Note|other
Treaties of Wangxia and Tianjin|treaty/agreement/law
Boxer Rebellion|event/battle/war
Boxer Rebels|other
Boxers|other
Imperial Army|organisation
Sino-American|demonym/adjective
U.S.-East Asian|demonym/adjective
Chinese Exclusion Acts|treaty/agreement/law
Chinese Immigration|other
Chinese Government|organisation
Alaskan|demonym/adjective
Crimean War|event/battle/war
Alaska Treaty|treaty/agreement/law
Civil War|event/battle/war
Senate|organisation
Treasury|organisation
Seward’s Folly|other
Foreign Service|organisation
Foreign Service Officer|other
Foreign Affairs|publication/newspaper
X-Article|publication/newspaper
Western world|other
Communist|demonym/adjective
Policy Planning Staff|organisation
Marshall Plan|treaty/agreement/law
NSC 68|treaty/agreement/law
Vietnam War|event/battle/war
Watergate|event/battle/war
Jimmy Carter Library|organisation
Trilateral Commission|organisation
DFL|organisation
California Institute of Technology|organisation
National Security Adviser|other
Presidential Directives|treaty/agreement/law
Presidential Directive|treaty/agreement/law
PD/NSC–1|treaty/agreement/law
PD/NSC–2|treaty/agreement/law
Presidential Review Memorandum|treaty/agreement/law
NSC Policy Review Committee|organisation
Policy Review Committee|organisation
NSC Special Coordination Committee|organisation
Special Coordination Committee|organisation
SCC|organisation
East-West|demonym/adjective
Panamanian|demonym/adjective
Israeli|demonym/adjective
Egyptian|demonym/adjective
Nixon-Kissinger|other
SALT II Treaty|treaty/agreement/law
SALT II|treaty/agreement/law
Iranian|demonym/adjective
U.S. Embassy|organisation
Moscow Summer Olympics|event/battle/war
Republican|organisation
Congress|organisation
War Message|other
Fourteen Points|treaty/agreement/law
The Inquiry|organisation
League of Nations|organisation
League|organisation
Allies|organisation
Allied|demonym/adjective
Bolsheviks|organisation
Bolshevik|demonym/adjective
Treaty of Versailles|treaty/agreement/law
Treaty|treaty/agreement/law
French and Indian War|event/battle/war
Seven Years’ War|event/battle/war
Native Americans|demonym/adjective
Native American|demonym/adjective
British Government|organisation
La Amistad|ship/vehicle
Amistad|ship/vehicle
Amistad Case|event/battle/war
Africans|demonym/adjective
African|demonym/adjective
Supreme Court|organisation
U. S. District Court|organisation
Christian Missionary Association|organisation
Southern|demonym/adjective
Negro|other
Queen|other
Continental Congress|organisation
Committee of Secret Correspondence|organisation
Secret Committee of Correspondence|organisation
Committee for Foreign Affairs|organisation
Committee of Correspondence|organisation
Committee|organisation
American Revolution|event/battle/war
British Navy|organisation
Department of Foreign Affairs|organisation
Confederation Congress|organisation
French Government|organisation
Virginian|demonym/adjective
Secretary for Foreign Affairs|other
Taiwan Straits Crises|event/battle/war
Chinese Civil War|event/battle/war
Nationalist Government|organisation
Nationalist Army|organisation
Nationalist|demonym/adjective
Korean War|event/battle/war
Korean|demonym/adjective
Seventh Fleet|organisation
Chinese Communists|organisation
ROC Government|organisation
Southeast Asia Treaty Organization|organisation
Mutual Defense Treaty|treaty/agreement/law
Formosa Resolution|treaty/agreement/law
U.S. Congress|organisation
Afro-Asian Conference|event/battle/war
Haitian|demonym/adjective
Haitians|demonym/adjective
Canadian|demonym/adjective
Organization of American States|organisation
OAS|organisation
United Nations|organisation
U.N.|organisation
UN Resolution 678|treaty/agreement/law
Security Council|organisation
United Nations Security Council|organisation
United Nations Security Council Resolution|treaty/agreement/law
UNSCR|treaty/agreement/law
UNSCR 940|treaty/agreement/law
UNMIH|organisation
United Nations Mission in Haiti|organisation
Operation Uphold Democracy|event/battle/war
Congressional Black Caucus|organisation
U.S. Army Special Forces|organisation
160th Army Special Aviation Regiment|organisation
USS America|ship/vehicle
USS Harlan County|ship/vehicle
Governors Island Accord|treaty/agreement/law
PDD/NSC 56|treaty/agreement/law
Managing Complex Contingency Operations|publication/newspaper
Geneva Naval Conference|event/battle/war
Geneva Conference|event/battle/war
Washington Conference|event/battle/war
London Naval Conference|event/battle/war
Five Powers Treaty|treaty/agreement/law
U.S. Senate|organisation
House|organisation
Sussex|ship/vehicle
Sussex pledge|treaty/agreement/law
German Navy|organisation
German Government|organisation
Kaiser|other
Cabinet|organisation
Zimmermann Telegram|other
Mexican|demonym/adjective
Mexican Government|organisation
Mexican-American War|event/battle/war
Lusitania|ship/vehicle
Arabic|ship/vehicle
USS Essex|ship/vehicle
Robert L. Lawson Photograph Collection|organisation
Cubans|demonym/adjective
Cuban|demonym/adjective
Democratic Revolutionary Front|organisation
Brigade 2506|organisation
Army Chief of Staff|other
Operation Mongoose|event/battle/war
5412/2 Special Group|organisation
Anti-Castro|demonym/adjective
Bay of Pigs Invasion|event/battle/war
Bay of Pigs invasion|event/battle/war
First World War|event/battle/war
Second World War|event/battle/war
Paris Peace Conference|event/battle/war
Reparation Commission|organisation
Commission|organisation
Balfour Note|treaty/agreement/law
United States War Debt Commission|organisation
Dawes Plan|treaty/agreement/law
Young Plan|treaty/agreement/law
Dawes and Young Plans|treaty/agreement/law
Bureau of the Budget|organisation
Reichsmark|other
Nobel Peace Prize|other
General Electric|organisation
Bank for International Settlements|organisation
BIS|organisation
Great Depression|event/battle/war
Lausanne Conference|event/battle/war
Prints and Photographs Division|organisation
Library of Congress|organisation
Harris & Ewing|organisation
Reparations Committee|organisation
Johnson Act|treaty/agreement/law
Neutrality Acts|treaty/agreement/law
Lend-Lease|treaty/agreement/law
Wilsonian|demonym/adjective
Article X|treaty/agreement/law
Soviets|demonym/adjective
Western alliance|organisation
Iron Curtain|other
Iran-Iraq War|event/battle/war
Gulf War|event/battle/war
Iraqi|demonym/adjective
Iraqis|demonym/adjective
Kuwaiti|demonym/adjective
Operation Desert Shield|event/battle/war
Thanksgiving|other
Ottoman|demonym/adjective
Ba’athist|demonym/adjective
Organization of Petroleum Exporting Countries|organisation
OPEC|organisation
Republican Guard|organisation
Iraqi Special Forces|organisation
Emir|other
Crown Prince|other
Resolution 660|treaty/agreement/law
Resolution 661|treaty/agreement/law
Resolution 663|treaty/agreement/law
Resolution 686|treaty/agreement/law
Security Council Resolution 687|treaty/agreement/law
United Nations Special Commission|organisation
UNSCOM|organisation
Arab|demonym/adjective
Ba’th Party|organisation
Shiite|demonym/adjective
Kurdish|demonym/adjective
Revolutionary Guards|organisation
Directory|organisation
Knights of St. John|organisation
Mamluk|demonym/adjective
Battle of the Pyramids|event/battle/war
L'Orient|ship/vehicle
Battle of the Nile|event/battle/war
Institut d'Égypte|organisation
Description de l'Égypte|publication/newspaper
Courier de l'Égypte|publication/newspaper
Arabic|demonym/adjective
Rosetta Stone|other
Convention of El Arish|treaty/agreement/law
Battle of Alexandria|event/battle/war
Rue du Caire|street/building named after a place or person
Rue d'Aboukir|street/building named after a place or person
Avenue Kléber|street/building named after a place or person
Métro|organisation
Pyramides|street/building named after a place or person
North British Railway|organisation
Scottish|demonym/adjective
North British No. 224|ship/vehicle
The Diver|ship/vehicle
Board of Trade|organisation
Dundee Advertiser|publication/newspaper
Beautiful Railway Bridge of the Silvery Tay|publication/newspaper
Bulgarian|demonym/adjective
Bulgarians|demonym/adjective
London Daily News|publication/newspaper
Bulgarian Horrors and the Question of the East|publication/newspaper
Romanian|demonym/adjective
White General|other
Gurko Street|street/building named after a place or person
Turkish|demonym/adjective
Treaty of San Stefano|treaty/agreement/law
Congress of Berlin|event/battle/war
Sultan|other
Roman|demonym/adjective
Swiss|demonym/adjective
Russians|demonym/adjective
North American|demonym/adjective
World War One|event/battle/war
"""

# people: label | named-like-a-place (1/0) | surfaces (;)
PERSONS_TXT = r"""
Bill Clinton (President, b. 1946)|1|William J. Clinton;Bill Clinton;Clinton
J. Scott Applewhite (photographer)|0|J. Scott Applewhite
Dwight D. Eisenhower (President, 1890–1969)|0|Dwight D. Eisenhower;Eisenhower
John F. Kennedy (President, 1917–1963)|1|John F. Kennedy;Kennedy
Lyndon B. Johnson (President, 1908–1973)|0|Lyndon B. Johnson
Richard Nixon (President, 1913–1994)|0|Richard M. Nixon;Nixon
Henry Kissinger (Secretary of State, 1923–2023)|0|Henry A. Kissinger;Kissinger
Henry Luce (publisher, 1898–1967)|0|Henry R. Luce;Henry Luce;Luce
Briton Hadden (publisher, 1898–1929)|0|Briton Hadden
Theodore Roosevelt (President, 1858–1919)|1|Theodore Roosevelt
Woodrow Wilson (President, 1856–1924)|1|Woodrow Wilson;Wilson
Chiang Kai-shek (ROC leader, 1887–1975)|0|Chiang Kai-shek;Chiang
Mao Zedong (PRC leader, 1893–1976)|0|Mao Zedong
Harry S. Truman (President, 1884–1972)|0|Harry Truman;Truman
Franklin D. Roosevelt (President, 1882–1945)|1|Franklin Roosevelt;Franklin D. Roosevelt
John Hay (Secretary of State, 1838–1905)|1|John Hay;Hay
Alfred E. Hippisley (customs official, 1848–1939)|0|Alfred E. Hippisley
William W. Rockhill (diplomat, 1854–1914)|0|William W. Rockhill
Empress Dowager Cixi (1835–1908)|0|Empress Dowager Cixi;Tz’u Hsi
Peter the Great (Czar, 1672–1725)|0|Peter the Great
Vitus Bering (explorer, 1681–1741)|1|Vitus Bering
William H. Seward (Secretary of State, 1801–1872)|1|William Seward;Seward
Eduard de Stoeckl (Russian minister, 1804–1892)|0|Edouard de Stoeckl
Andrew Johnson (President, 1808–1875)|0|Andrew Johnson
George F. Kennan (diplomat, 1904–2005)|0|George F. Kennan;Kennan
Walter Lippmann (columnist, 1889–1974)|0|Walter Lippmann
John Foster Dulles (Secretary of State, 1888–1959)|1|John Foster Dulles
Paul Nitze (official, 1907–2004)|0|Paul Nitze;Nitze
Jimmy Carter (President, 1924–2024)|0|Jimmy Carter;Carter
Zbigniew Brzezinski (National Security Adviser, 1928–2017)|0|Zbigniew Brzezinski;Brzezinski
Cyrus Vance (Secretary of State, 1917–2002)|0|Cyrus Vance;Vance
Walter Mondale (Vice President, 1928–2021)|0|Walter F. Mondale;Mondale
Harold Brown (Secretary of Defense, 1927–2019)|0|Harold Brown;Brown
Edmund Muskie (Secretary of State, 1914–1996)|0|Edmund Muskie
Menachem Begin (Israeli Prime Minister, 1913–1992)|0|Menachem Begin
Anwar Sadat (Egyptian President, 1918–1981)|0|Anwar Sadat
Leonid Brezhnev (Soviet leader, 1906–1982)|1|Leonid Brezhnev;Brezhnev
Ronald Reagan (President, 1911–2004)|0|Ronald Reagan
George H. W. Bush (President, 1924–2018)|0|George H.W. Bush;George Bush;Bush
Vladimir Lenin (Bolshevik leader, 1870–1924)|0|Vladimir Lenin
Joseph Cinqué (Sengbe Pieh, Amistad captive)|0|Joseph Cinqué
Nathaniel Jocelyn (painter, 1796–1881)|0|Nathaniel Jocelyn
Martin Van Buren (President, 1782–1862)|1|Van Buren
John Forsyth (Secretary of State, 1780–1841)|1|John Forsyth;Forsyth
John Quincy Adams (President, 1767–1848)|1|John Quincy Adams;Adams
Daniel Webster (Secretary of State, 1782–1852)|1|Daniel Webster
Benjamin Franklin (diplomat, 1706–1790)|1|Benjamin Franklin;Franklin
Benjamin Harrison V (Virginia delegate, 1726–1791)|1|Benjamin Harrison
Thomas Johnson (Maryland delegate, 1732–1819)|0|Thomas Johnson
John Dickinson (delegate, 1732–1808)|1|John Dickinson
John Jay (diplomat, 1745–1829)|0|John Jay
Robert Morris (financier, 1734–1806)|1|Robert Morris
Gabriel de Bourbon (Infante of Spain, 1752–1788)|1|Don Gabriel de Bourbon
Arthur Lee (diplomat, 1740–1792)|1|Arthur Lee;Lee
Pierre Beaumarchais (playwright, 1732–1799)|0|Beaumarchais
Comte de Vergennes (French foreign minister, 1719–1787)|1|Charles Gravier, comte de Vergennes
Julien Achard de Bonvouloir (French agent, 1749–1783)|0|Achard de Bonvouloir;Bonvouloir
Conrad-Alexandre Gérard (French minister, 1729–1790)|0|Conrad-Alexandre Gérard de Rayneval;Gérard
Silas Deane (diplomat, 1737–1789)|0|Silas Deane
Thomas Paine (writer, 1737–1809)|0|Thomas Paine;Paine
James Lovell (delegate, 1737–1814)|0|James Lovell
James Duane (delegate, 1733–1797)|0|James Duane
Robert R. Livingston (Secretary for Foreign Affairs, 1746–1813)|1|Robert Livingston
Zhou Enlai (PRC Foreign Minister, 1898–1976)|0|Zhou Enlai
Raoul Cédras (Haitian general, b. 1949)|0|Raoul Cedras;Cedras
Jean-Bertrand Aristide (Haitian President, b. 1953)|0|Jean-Bertrand Aristide;Aristide
Madeleine Albright (UN Ambassador, 1937–2022)|0|Madeleine Albright
Anthony Lake (National Security Advisor, b. 1939)|1|Anthony Lake
Lawrence Pezzullo (envoy, 1926–2019)|0|Lawrence Pezzullo
Sam Nunn (Senator, b. 1938)|0|Sam Nunn
Colin Powell (general, 1937–2021)|0|Colin Powell
Hugh Shelton (general, b. 1942)|0|Hugh Shelton;Shelton
Calvin Coolidge (President, 1872–1933)|1|Calvin Coolidge
Wilhelm II (German Kaiser, 1859–1941)|0|Wilhelm II
Theobald von Bethmann-Hollweg (German Chancellor, 1856–1921)|0|Theobald von Bethmann-Hollweg
Johann von Bernstorff (German ambassador, 1862–1939)|0|Count Johann von Bernstorff
Robert Lansing (Secretary of State, 1864–1928)|1|Robert Lansing
Arthur Zimmermann (German Foreign Minister, 1864–1940)|0|Arthur Zimmermann
Fulgencio Batista (Cuban President, 1901–1973)|0|Fulgencio Batista
Fidel Castro (Cuban leader, 1926–2016)|1|Fidel Castro;Castro
Maxwell Taylor (general, 1901–1987)|0|Maxwell Taylor;General Taylor
Robert F. Kennedy (Attorney General, 1925–1968)|1|Robert Kennedy
Edward Lansdale (officer, 1908–1987)|1|Edward Lansdale;Lansdale
Charles G. Dawes (Vice President, 1865–1951)|1|Charles G. Dawes;Dawes
J. P. Morgan Jr. (financier, 1867–1943)|1|J. P. Morgan
Owen D. Young (businessman, 1874–1962)|0|Owen D. Young
Henry L. Stimson (Secretary of State, 1867–1950)|0|Henry L. Stimson;Stimson
Herbert Hoover (President, 1874–1964)|1|Herbert Hoover
Winston Churchill (British Prime Minister, 1874–1965)|1|Winston Churchill
Saddam Hussein (Iraqi President, 1937–2006)|0|Saddam Hussein;Saddam;Hussein
Abd al-Karim Qasim (Iraqi Prime Minister, 1914–1963)|0|'Abd Al-Karim Qasim
Bob Dole (Senator, 1923–2021)|0|Robert Dole;Dole
April Glaspie (ambassador, b. 1942)|0|April Glaspie
Gerald Johnson (photographer)|0|Gerald Johnson
Napoleon Bonaparte (general, 1769–1821)|1|Napoleon Bonaparte;Bonaparte
Murad Bey (Mamluk leader, 1750–1801)|0|Murad Bey
Horatio Nelson (admiral, 1758–1805)|1|Horatio Nelson
Hugh Nelson (Lieutenant Governor of British Columbia, 1830–1893)|1|Hugh Nelson
Gaspard Monge (mathematician, 1746–1818)|0|Gaspard Monge
Claude Louis Berthollet (chemist, 1748–1822)|0|Claude Louis Berthollet
Vivant Denon (artist, 1747–1825)|0|Vivant Denon;Denon
Louis Desaix (general, 1768–1800)|0|Louis Desaix
Jean-François Champollion (scholar, 1790–1832)|0|Jean-François Champollion
Sidney Smith (naval officer, 1764–1840)|0|Sidney Smith
Jean-Baptiste Kléber (general, 1753–1800)|0|Jean-Baptiste Kléber;Kléber
Jacques-François Menou (general, 1750–1810)|0|Jacques-François Menou;Abdallah
Ralph Abercromby (general, 1734–1801)|0|Sir Ralph Abercromby;Abercromby
Thomas Bouch (engineer, 1822–1880)|0|Thomas Bouch;Bouch
Queen Victoria (1819–1901)|1|Queen Victoria
Peter Smith (settler, Dundee KwaZulu-Natal)|0|Peter Smith
Henry Rothery (wreck commissioner, 1817–1888)|0|Henry Rothery;Rothery
William Henry Barlow (engineer, 1812–1902)|0|William Henry Barlow;Barlow
William Yolland (inspector, 1810–1885)|0|William Yolland
William McGonagall (poet, 1825–1902)|0|William McGonagall
Crawford Barlow (engineer, 1851–1931)|1|Crawford
John Fowler (engineer, 1817–1898)|0|John Fowler
Benjamin Baker (engineer, 1840–1907)|0|Benjamin Baker
Januarius MacGahan (journalist, 1844–1878)|0|Januarius MacGahan;MacGahan
Eugene Schuyler (diplomat, 1840–1890)|1|Eugene Schuyler
William Ewart Gladstone (British Prime Minister, 1809–1898)|1|William Gladstone
Benjamin Disraeli (British Prime Minister, 1804–1881)|0|Benjamin Disraeli
Osman Nuri Pasha (Ottoman commander, 1832–1900)|0|Osman Pasha
Carol I of Romania (Prince, 1839–1914)|0|Prince Carol
Suleiman Pasha (Ottoman commander, 1838–1892)|0|Suleiman Pasha
Iosif Gurko (Russian general, 1828–1901)|0|Iosif Gurko;Gurko
Mikhail Skobelev (Russian general, 1843–1882)|1|Mikhail Skobelev
Otto von Bismarck (German Chancellor, 1815–1898)|1|Otto von Bismarck
Alexander of Battenberg (Prince of Bulgaria, 1857–1893)|1|Alexander of Battenberg
Ferdinand I of Bulgaria (Prince, 1861–1948)|1|Prince Ferdinand
Hristo Mihaylov (communist, 1893–1944)|0|Hristo Mihaylov
Alexander family (landowners of Alexandria, Virginia)|1|Alexander family
"""

def parse():
    places, surf = {}, {}
    for line in PLACES_TXT.strip().split("\n"):
        key, lat, lon, cc, kind, forms = line.split("|")
        places[key] = (float(lat), float(lon), cc or None, kind)
        for f in forms.split(";"):
            if f:
                assert f not in surf, f
                surf[f] = key
    nonp = {}
    for line in NONPLACES_TXT.strip().split("\n"):
        t, why = line.rsplit("|", 1)
        assert why in WHY, line
        nonp[t] = why
    persons, psurf, flag = {}, {}, set()
    for line in PERSONS_TXT.strip().split("\n"):
        label, f, forms = line.split("|")
        persons[label] = forms.split(";")
        if f == "1":
            flag.add(label)
        for x in forms.split(";"):
            assert x not in psurf, x
            psurf[x] = label
    for c, parts in COMPOUNDS.items():
        for t, k in parts:
            assert t in c
            if isinstance(k, str):
                assert k in places, k
    return places, surf, nonp, persons, psurf, flag
