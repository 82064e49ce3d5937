# Lexicon written from my own reading of the 23 texts. Coordinates/countries/kinds from my own knowledge.
# PLACES: key|lat|lon|country|kind|surface;surface...
PLACES_TXT = r"""
United States|39.8|-98.6|US|country|United States;U.S.;America
United Kingdom|54.0|-2.0|GB|country|Great Britain;Britain
Canada|56.0|-96.0|CA|country|Canada
India|22.0|79.0|IN|country|India
Vietnam|16.0|107.0|VN|country|Vietnam
Greece|39.0|22.0|GR|country|Greece
Turkey|39.0|35.0|TR|country|Turkey
Soviet Union|60.0|90.0|SU|country|Soviet Union
Iran|32.0|53.0|IR|country|Iran;Persia
Western Hemisphere|15.0|-80.0|None|region|Western Hemisphere
Middle East|29.0|42.0|None|region|Middle East
Turkish Straits|41.0|28.9|TR|natural feature|Turkish Straits
Yalta|44.5|34.17|UA|city|Yalta
Crimea|45.3|34.4|UA|region|Crimea
Europe|50.0|10.0|None|region|Europe
Japan|36.0|138.0|JP|country|Japan
Manchuria|45.0|126.0|CN|region|Manchuria
Sakhalin|50.0|143.0|RU|natural feature|Sakhalin
Lüshun|38.8|121.26|CN|city|Port Arthur;Lüshunkou
Kurile Islands|46.5|151.5|RU|natural feature|Kurile Islands
Germany|51.0|10.0|DE|country|Germany
Eastern Europe|50.0|25.0|None|region|Eastern Europe
France|46.5|2.5|FR|country|France
Poland|52.0|19.0|PL|country|Poland
Northeast Asia|40.0|125.0|None|region|Northeast Asia
Pacific Ocean|0.0|-160.0|None|natural feature|Pacific;Pacific Ocean
Paris|48.857|2.352|FR|city|Paris
Newfoundland|48.5|-56.0|CA|natural feature|Newfoundland
Russia|60.0|90.0|RU|country|Russia
Spain|40.0|-4.0|ES|country|Spain
Mexico|23.6|-102.5|MX|country|Mexico
American Southwest|34.0|-111.0|US|region|Southwest
Oregon Country|46.0|-120.0|None|region|Oregon Territory;Oregon Country
Oregon|44.0|-120.5|US|region|Oregon
Washington (state)|47.4|-120.5|US|region|
Washington|38.9|-77.04|US|city|Washington
British Columbia|54.0|-125.0|CA|region|British Columbia
Bering Strait|65.75|-168.75|None|natural feature|Bering Straits
Astoria|46.19|-123.83|US|city|Astoria
Columbia River|46.25|-124.0|None|natural feature|Columbia River
Lake of the Woods|49.25|-94.9|None|natural feature|Lake of the Woods
Minnesota Territory|46.0|-94.0|US|region|Minnesota Territory
Rocky Mountains|45.0|-110.0|None|natural feature|Rocky Mountains
London|51.507|-0.128|GB|city|London
California|37.0|-119.5|US|region|California
South Carolina|33.9|-80.9|US|region|South Carolina
Vancouver Island|49.65|-125.45|CA|natural feature|Vancouver Island
Juan de Fuca Strait|48.3|-124.0|None|natural feature|Juan de Fuca Strait
Atlantic Ocean|30.0|-40.0|None|natural feature|Atlantic
Caribbean|15.0|-75.0|None|region|Caribbean
China|35.0|103.0|CN|country|China;People’s Republic of China;Republic of China;Imperial China;Qing Empire
Panama Canal|9.08|-79.68|PA|other|Panama Canal
Asia|34.0|100.0|None|region|Asia
Africa|2.0|20.0|None|region|Africa
Southeast Asia|10.0|106.0|None|region|Southeast Asia
Indonesia|-2.0|118.0|ID|country|Indonesia
French Indochina|16.0|106.0|None|region|French Indochina
Philippines|12.9|122.0|PH|country|Philippines;Islas Filipinas
Netherlands|52.2|5.3|NL|country|Netherlands
Egypt|26.8|30.8|EG|country|Egypt
Philadelphia|39.95|-75.165|US|city|Philadelphia
Mississippi River|35.0|-90.0|US|natural feature|Mississippi River;Mississippi
Mississippi|32.7|-89.7|US|region|
New Orleans|29.95|-90.07|US|city|New Orleans
Alabama|32.8|-86.8|US|region|Alabama
Madrid|40.42|-3.7|ES|city|Madrid
Americas|15.0|-85.0|None|region|Americas
North America|45.0|-100.0|None|region|North America
Kentucky|37.5|-85.3|US|region|Kentucky
Tennessee|35.9|-86.4|US|region|Tennessee
Louisiana (colony)|31.0|-92.0|None|region|Louisiana
Florida|28.5|-82.0|US|region|Florida
Appalachian Mountains|37.5|-80.0|US|natural feature|Appalachians
Western United States (frontier)|37.0|-86.0|US|region|
Southern United States|33.0|-86.0|US|region|
New England|44.0|-71.0|US|region|New England
Alaska|64.0|-150.0|US|region|Alaska
Central America|13.0|-86.0|None|region|Central America
Huguang|30.0|112.5|CN|region|Huguang
Guangzhou|23.13|113.26|CN|city|Canton
Dominican Republic|18.9|-70.4|DO|country|Dominican Republic
Nicaragua|12.9|-85.2|NI|country|Nicaragua
South America|-15.0|-60.0|None|region|South America
Cuba|21.5|-79.5|CU|country|Cuba
Tiananmen Square|39.9055|116.3976|CN|other|Tiananmen Square
Beijing|39.9|116.4|CN|city|Beijing;Khanbaliq;Peking;Peiping
Latin America|0.0|-70.0|None|region|Latin America
Shanghai|31.23|121.47|CN|city|Shanghai
Hong Kong|22.3|114.17|HK|region|Hong Kong
Taiwan|23.7|121.0|TW|natural feature|Taiwan
Korea|38.0|127.5|None|country|Korea
Northeast China|43.0|126.0|CN|region|Northeast
Wuchang|30.55|114.3|CN|city|Wuchang
Nanjing|32.06|118.8|CN|city|Nanjing
Great Lakes|45.0|-84.0|None|natural feature|Great Lakes
Missouri Territory|42.0|-100.0|US|region|Missouri Territory
British North America|50.0|-95.0|CA|region|British North America
Lake Erie|42.2|-81.2|None|natural feature|Erie;Lake Erie
Lake Ontario|43.7|-77.9|None|natural feature|Lake Ontario
Ontario|50.0|-85.0|CA|region|Ontario
Maine|45.3|-69.2|US|region|Maine
New Brunswick|46.5|-66.2|CA|region|New Brunswick
New Hampshire|43.7|-71.6|US|region|New Hampshire
Minnesota|46.3|-94.3|US|region|Minnesota
St. Lawrence River|46.5|-72.0|None|natural feature|St. Lawrence
Wolfe Island|44.18|-76.43|CA|natural feature|Wolfe Island
Kingston (Ontario)|44.23|-76.49|CA|city|Kingston
Grosse Île|42.13|-83.15|US|natural feature|Grosse Île
Detroit|42.33|-83.05|US|city|Detroit
Angle Inlet|49.35|-95.05|US|city|Angle Inlet
Labrador|54.0|-62.0|CA|region|Labrador
Cape Colony|-32.0|22.0|ZA|region|Cape;Cape Colony
Cairo|30.044|31.236|EG|city|Cairo
Cape Town|-33.925|18.42|ZA|city|Cape Town
Table Bay|-33.88|18.45|ZA|natural feature|Table Bay
Nile|30.5|31.0|None|natural feature|Nile
Kimberley (South Africa)|-28.74|24.77|ZA|city|Kimberley
Mahikeng|-25.85|25.64|ZA|city|Mafeking;Mahikeng
Bulawayo|-20.15|28.58|ZW|city|Bulawayo
Harare|-17.83|31.05|ZW|city|Salisbury;Harare
Wiltshire|51.3|-1.9|GB|region|Wiltshire
Zambia|-13.1|27.85|ZM|country|Zambia;Northern Rhodesia
Zimbabwe|-19.0|29.8|ZW|country|Zimbabwe;Southern Rhodesia
Zambezi River|-17.92|25.86|None|natural feature|Zambezi
Victoria Falls|-17.924|25.857|None|natural feature|Victoria Falls;Mosi-oa-Tunya
Livingstone (Zambia)|-17.85|25.86|ZM|city|Livingstone
Victoria (British Columbia)|48.43|-123.37|CA|city|Victoria
Congo Free State|-2.88|23.65|CD|country|Congo Free State
Tanganyika (territory)|-6.3|34.8|TZ|region|Tanganyika
Lake Tanganyika|-6.0|29.5|None|natural feature|Lake Tanganyika
Lake Albert|1.68|30.9|None|natural feature|Lake Albert
Kisangani|0.52|25.2|CD|city|Stanleyville;Kisangani
Kinshasa|-4.32|15.31|CD|city|Léopoldville;Kinshasa
Lubumbashi|-11.66|27.48|CD|city|Élisabethville;Lubumbashi
Khartoum|15.5|32.56|SD|city|Khartoum
Wadi Halfa|21.8|31.35|SD|city|Wadi Halfa
Nubian Desert|20.5|33.0|SD|natural feature|Nubian Desert
Blue Nile|12.0|35.0|None|natural feature|Blue Nile
White Nile|9.5|31.7|None|natural feature|White Nile
Aswan|24.09|32.9|EG|city|Aswan
Alexandria|31.2|29.92|EG|city|Alexandria
Cairo (Illinois)|37.005|-89.176|US|city|
Illinois|40.0|-89.2|US|region|Illinois
Ohio River|38.5|-85.0|US|natural feature|Ohio
Alexandria (Virginia)|38.805|-77.047|US|city|
Virginia|37.5|-78.7|US|region|Virginia
Potomac River|38.9|-77.05|US|natural feature|Potomac
Uganda|1.37|32.3|UG|country|Uganda
Buganda|0.35|32.5|UG|region|Buganda
Malawi|-13.25|34.3|MW|country|Nyasaland;Malawi
Lake Malawi|-12.0|34.5|None|natural feature|Lake Nyasa;Lake Malawi;Lago Niassa
Mozambique|-18.7|35.5|MZ|country|Mozambique
Benguela|-12.58|13.4|AO|city|Benguela
Angola|-11.2|17.9|AO|country|Angola
Katanga|-10.0|26.0|CD|region|Katanga
Tanzania|-6.4|34.9|TZ|country|Tanzania
Kapiri Mposhi|-13.97|28.68|ZM|city|Kapiri Mposhi
Dar es Salaam|-6.8|39.28|TZ|city|Dar es Salaam
Victoria Falls Hotel|-17.93|25.84|ZW|other|Victoria Falls Hotel
Lusaka|-15.42|28.28|ZM|city|Lusaka
Venice|45.44|12.33|IT|city|Venice
Acre|32.92|35.07|IL|city|Acre
Israel|31.5|34.9|IL|country|Israel
Armenia|40.1|45.0|AM|region|Armenia
Tabriz|38.08|46.29|IR|city|Tabriz
Hormuz|27.1|56.45|IR|city|Hormuz
Persian Gulf|26.5|52.0|None|natural feature|Persian Gulf
Pamirs|38.5|73.5|None|natural feature|Pamirs;Pamir
Taklamakan|38.9|82.5|CN|natural feature|Taklamakan
Gobi Desert|42.8|105.0|None|natural feature|Gobi Desert
Kashgar|39.47|75.99|CN|city|Kashgar
Dunhuang|40.14|94.66|CN|city|Dunhuang
Shangdu|42.36|116.18|CN|city|Shangdu;Xanadu
Hangzhou|30.27|120.16|CN|city|Quinsay;Hangzhou
Quanzhou|24.87|118.68|CN|city|Zaiton;Quanzhou
Fujian|26.0|118.0|CN|region|Fujian
Mangi (southern China)|25.0|113.0|CN|region|Mangi
Cathay (northern China)|38.0|112.0|CN|region|Cathay
China (Maine)|44.48|-69.52|US|city|
China Lake (Maine)|44.43|-69.6|US|natural feature|China Lake
Far East|35.0|120.0|None|region|Far East
Champa|14.0|109.0|VN|region|Champa
Sumatra|0.0|102.0|ID|natural feature|Sumatra
Sri Lanka|7.87|80.77|LK|country|Ceylon;Sri Lanka
Malabar Coast|10.5|75.8|IN|region|Malabar Coast
Arabian Sea|15.0|65.0|None|natural feature|Arabian Sea
Trabzon|41.0|39.72|TR|city|Trebizond;Trabzon
Black Sea|43.4|34.0|None|natural feature|Black Sea
Istanbul|41.01|28.98|TR|city|Constantinople
Adriatic Sea|43.0|15.0|None|natural feature|Adriatic
Genoa|44.41|8.93|IT|city|Genoa
Korčula|42.95|16.9|HR|natural feature|Curzola;Korčula
Croatia|45.1|15.2|HR|country|Croatia
Italy|42.8|12.8|IT|country|Italy
Genoa (Nevada)|39.0|-119.85|US|city|
Nevada|39.3|-116.6|US|region|Nevada
Sierra Nevada|38.0|-119.5|US|natural feature|Sierra Nevada
Venice (Florida)|27.1|-82.45|US|city|
Los Angeles|34.05|-118.24|US|city|Los Angeles
Georgia (country)|42.3|43.4|GE|country|Georgia
Caucasus|42.5|44.0|None|region|Caucasus
Mount Elbrus|43.35|42.44|RU|natural feature|Mount Elbrus
Marco Polo Bridge|39.85|116.21|CN|other|Marco Polo Bridge
Yongding River|39.85|116.2|CN|natural feature|Yongding River
Marco Polo Airport|45.505|12.35|IT|other|Marco Polo Airport
Tessera|45.5|12.33|IT|city|Tessera
Cannaregio|45.445|12.33|IT|region|Cannaregio
Liverpool|53.41|-2.98|GB|city|Liverpool
Melbourne|-37.81|144.96|AU|city|Melbourne
San Giovanni Grisostomo|45.4388|12.3375|IT|other|San Giovanni Grisostomo
Rialto Bridge|45.438|12.336|IT|other|Rialto Bridge
Manila|14.6|120.98|PH|city|Manila
New Spain|19.4|-99.1|MX|region|New Spain
Kuroshio|33.0|136.0|None|natural feature|Kuroshio
Cape Mendocino|40.44|-124.41|US|natural feature|Cape Mendocino
Acapulco|16.85|-99.88|MX|city|Acapulco
Cebu|10.3|123.9|PH|city|Cebu
Pasig River|14.59|120.96|PH|natural feature|Pasig River
Legazpi (city)|13.14|123.74|PH|city|
Mayon|13.26|123.69|PH|natural feature|Mayon
Albay|13.2|123.6|PH|region|Albay
Urdaneta (city)|15.98|120.57|PH|city|
Pangasinan|15.9|120.3|PH|region|Pangasinan
Leyte|10.9|124.85|PH|natural feature|Leyte
Samar|11.9|125.0|PH|natural feature|Samar
Manila (Utah)|40.99|-109.72|US|city|
Utah|39.3|-111.7|US|region|Utah
Flaming Gorge|41.1|-109.55|US|natural feature|Flaming Gorge
Manila Bay|14.52|120.76|PH|natural feature|Manila Bay
Manila (Arkansas)|35.88|-90.17|US|city|
Arkansas|34.9|-92.4|US|region|Arkansas
Potosí|-19.58|-65.75|BO|city|Potosí
Bolivia|-16.3|-63.6|BO|country|Bolivia
Guam|13.44|144.79|GU|natural feature|Guam
Mariana Islands|15.2|145.75|None|natural feature|Ladrones;Marianas
Hagåtña|13.476|144.75|GU|city|Agaña;Hagåtña
San Bernardino Strait|12.55|124.25|PH|natural feature|San Bernardino Strait
Coromandel Coast|12.5|80.2|IN|region|Coromandel Coast
Moluccas|-3.2|128.5|ID|natural feature|Moluccas
Mexico City|19.43|-99.13|MX|city|Mexico City
Veracruz|19.17|-96.13|MX|city|Veracruz
Gulf of Mexico|25.0|-90.0|None|natural feature|Gulf of Mexico
Seville|37.39|-5.98|ES|city|Seville
Cádiz|36.53|-6.29|ES|city|Cádiz
Saipan|15.18|145.75|MP|natural feature|Saipan
Nehalem Bay|45.7|-123.93|US|natural feature|Nehalem Bay
Cabo San Lucas|22.876|-109.89|MX|natural feature|Cabo San Lucas
Cape Espiritu Santo|12.63|125.1|PH|natural feature|Cape Espiritu Santo
Puebla|19.04|-98.2|MX|city|Puebla
Colima|19.24|-103.72|MX|region|Colima
Cape of Good Hope|-34.36|18.47|ZA|natural feature|Cape of Good Hope
"""
PLACES = {}
SURF = {}
for line in PLACES_TXT.strip().splitlines():
    key, lat, lon, cc, kind, surfs = line.split("|")
    PLACES[key] = (float(lat), float(lon), None if cc == "None" else cc, kind)
    for s in filter(None, surfs.split(";")):
        assert s not in SURF, s
        SURF[s] = key

# Non-places: phrase|why   (D = demonym/adjective, H = hyphenated adjective, O = organisation, W = war/event,
# T = treaty/agreement/law, S = ship, X = other)
WHY = {"D": "demonym/adjective", "H": "hyphenated adjective", "O": "organisation", "W": "war/event",
       "T": "treaty/agreement/law", "S": "ship", "X": "other", "P": "person/family named like a place"}
NP_TXT = r"""
D|American;Americans;North American;European;Europeans;British;Britons;Greek;Soviet;Soviets;Yugoslav;Iranian;Azerbaijani;Turkish;Russian;Russians;Manchurian;Eastern European;French;Spanish;German;Japanese;African;Asian;Indonesian;Vietnamese;Indian;Chinese;Cuban;Latin American;Latin Americans;Western;Virginian;South Carolinian;Native American;Native Americans;Mexican;Manchu;Belgian;Egyptian;Sudanese;Rhodesian;Kololo;Mongol;Turks;Dalmatian;Genoese;Latin;Tuscan;Ligurian;Spaniards;Peruvian;English;Tagalog;Philippine;Filipino;Canadian
H|Anglo-American;American-Canadian;Spanish-held;Soviet-supported;European-financed;European-style
O|AP Photo;USAID;White House Photo Office;Agency for International Development;AID;United States Government;Departments of State and Agriculture;International Cooperation Administration;Department of State;Executive Office of the President;Department of Agriculture;White House;Indian Government;U.S. Government;British Government;Greek Government;Greek Communist Party;Iranian Government;Turkish Government;Soviet Government;United Nations;Security Council;Foreign Office;U.S. Department of State;NATO;UN Assembly;UN;U.S. Congress;Continental Congress;Committee of Secret Correspondence;Committee of Correspondence;Committee for Foreign Affairs;French Government;British Navy;Department of Foreign Affairs;Confederation Congress;Federalist Party;U.S. Steel;Pacific Fur Company;League of Nations;The Inquiry;Chinese Government;Communist Party;People’s Daily;People’s Liberation Army;Peace Corps;John F. Kennedy Library;Revolutionary Alliance;Tongmenghui;Manchu Government;U.S. Senate;Times;Sudan Military Railway;Egyptian State Railways;Gold Coast Regiment;Union-Castle Line;Cape Argus;Royal Philippine Company
W|Chinese Revolution;World War II;World War Two;World War I;Civil War;Greek Civil War;Cold War;Yalta Conference;Spanish-American War;Russo-Japanese War;Sino-Japanese War;Opium Wars;American Revolution;French Revolution;War of 1812;Montevideo Conference;Bandung conference
T|Foreign Assistance Act of 1961;Public Law 87–195;Executive Order 10973;Executive Order 10915;Food for Peace;Agricultural Trade Development and Assistance Act of 1954;PL–480;Public Law 480;Food for Peace Act of 1966;PL 89–808;Great Society;Truman Doctrine;Tehran Declaration;Baruch plan;Treaty of Paris;Peace of Paris;peace of Paris;Treaty of Versailles;Transcontinental Treaty;Webster-Ashburton Treaty;Monroe Doctrine;Roosevelt Corollary;Open Door;Treaty of San Lorenzo;Pinckney’s Treaty;Jay’s Treaty;Jay Treaty;Good Neighbor Policy;Good Neighbor policy;Platt Amendment;Alliance for Progress;Marshall Plan;Rush-Bagot Pact;Rush-Bagot;Convention of 1818;Anglo-American Convention of 1818;Treaty of Ghent;Fourteen Points
X|West;Manifest Destiny;State of the Union;Third World;British Empire;Oregon Trail;Qing Dynasty;Ming Dynasty;Chang’an Blvd.;Most-Favored-Nation;Rhodes Drive;Cairo Road;Mazoe road;Vickers Vimy;Silver Queen;Il Milione;The Travels of Marco Polo;Corte del Milion;Nao de China;China Poblana;Roxas Boulevard
S|San Pedro;Nuestra Señora de la Concepción;Santo Cristo de Burgos;Santa Ana;Covadonga;Magallanes
"""
NP = {}
for line in NP_TXT.strip().splitlines():
    code, items = line.split("|", 1)
    for s in items.split(";"):
        assert s not in NP, s
        NP[s] = WHY[code]

# People: label|flag(1 = named like a place)|surfaces
PEOPLE_TXT = r"""
Bill Clinton (President, b. 1946)|1|William J. Clinton;Bill Clinton;Clinton
J. Scott Applewhite (photographer)|0|J. Scott Applewhite
John F. Kennedy (President, 1917–1963)|1|John F. Kennedy;Kennedy
Lyndon B. Johnson (President, 1908–1973)|0|Lyndon B. Johnson;Johnson
Indira Gandhi (Indian prime minister, 1917–1984)|0|Gandhi
Dwight D. Eisenhower (President, 1890–1969)|0|Dwight D. Eisenhower;Eisenhower
George McGovern (Food for Peace director, 1922–2012)|0|George McGovern;McGovern
Dean Rusk (Secretary of State, 1909–1994)|0|Dean Rusk
Harry S. Truman (President, 1884–1972)|0|Harry S. Truman;Harry Truman;Truman
Joseph Stalin (Soviet leader, 1878–1953)|1|Joseph Stalin;Stalin
Josip Broz Tito (Yugoslav leader, 1892–1980)|0|Josip Tito
Franklin D. Roosevelt (President, 1882–1945)|1|Franklin D. Roosevelt;Franklin Delano Roosevelt;Roosevelt
Winston Churchill (British prime minister, 1874–1965)|1|Winston Churchill;Churchill
Benjamin Franklin (diplomat, 1706–1790)|1|Benjamin Franklin;Franklin
John Adams (diplomat, later President, 1735–1826)|1|John Adams
John Jay (diplomat, 1745–1829)|0|John Jay;Jay
Lord Shelburne (British prime minister, 1737–1805)|1|Lord Shelburne
Comte de Vergennes (French foreign minister, 1719–1787)|1|Vergennes;Charles Gravier;comte de Vergennes
Benjamin West (painter, 1738–1820)|0|Benjamin West
Woodrow Wilson (President, 1856–1924)|1|Woodrow Wilson;Wilson
Vladimir Lenin (Bolshevik leader, 1870–1924)|0|Vladimir Lenin
Charles Marion Russell (painter, 1864–1926)|0|Charles Marion Russell
James Monroe (President, 1758–1831)|1|James Monroe;Monroe
Meriwether Lewis (explorer, 1774–1809)|0|Lewis
William Clark (explorer, 1770–1838)|0|Clark
John Jacob Astor (merchant, 1763–1848)|0|John Jacob Astor
James Cook (navigator, 1728–1779)|0|James Cook
James K. Polk (President, 1795–1849)|0|James Polk;Polk
Richard Pakenham (British minister, 1797–1868)|0|Richard Pakenham
James Buchanan (Secretary of State, 1791–1868)|0|James Buchanan
Lord Aberdeen (British foreign secretary, 1784–1860)|1|Lord Aberdeen
John C. Calhoun (senator, 1782–1850)|0|John C. Calhoun
Theodore Roosevelt (President, 1858–1919)|1|Theodore Roosevelt
Harold Macmillan (British prime minister, 1894–1986)|0|Harold MacMillan
Benjamin Harrison V (Virginia delegate, 1726–1791)|0|Benjamin Harrison
Thomas Johnson (Maryland delegate, 1732–1819)|0|Thomas Johnson
John Dickinson (Pennsylvania delegate, 1732–1808)|1|John Dickinson
Robert Morris (financier, 1734–1806)|0|Robert Morris
Gabriel de Bourbon (Spanish prince, 1752–1788)|1|Don Gabriel de Bourbon
Arthur Lee (diplomat, 1740–1792)|0|Arthur Lee;Lee
Beaumarchais (playwright, 1732–1799)|0|Beaumarchais
Achard de Bonvouloir (French agent, 1749–1783)|0|Achard de Bonvouloir;Bonvouloir
Conrad-Alexandre Gérard (French minister, 1729–1790)|0|Conrad-Alexandre Gérard de Rayneval;Gérard
Silas Deane (diplomat, 1737–1789)|0|Silas Deane
Thomas Paine (writer, 1737–1809)|0|Thomas Paine;Paine
James Lovell (delegate, 1737–1814)|0|James Lovell
James Duane (delegate, 1733–1797)|0|James Duane
Robert R. Livingston (Secretary for Foreign Affairs, 1746–1813)|1|Robert Livingston
Thomas Pinckney (diplomat, 1750–1828)|0|Thomas Pinckney;Pinckney
Charles IV (King of Spain, 1748–1819)|0|Charles IV of Spain;Charles IV
Manuel de Godoy (Spanish prime minister, 1767–1851)|0|Manuel de Godoy;Godoy
George Washington (President, 1732–1799)|1|George Washington
William Howard Taft (President, 1857–1930)|0|William Howard Taft;Taft
Philander C. Knox (Secretary of State, 1853–1921)|0|Philander C. Knox;Knox
J. P. Morgan (banker, 1837–1913)|0|J.P. Morgan
Cordell Hull (Secretary of State, 1871–1955)|1|Cordell Hull
Deng Xiaoping (Chinese leader, 1904–1997)|0|Deng Xiaoping
Jeff Widener (photographer, b. 1956)|0|Jeff Widener
Hu Yaobang (Chinese leader, 1915–1989)|0|Hu Yaobang
Zhao Ziyang (Chinese leader, 1919–2005)|0|Zhao Ziyang;Zhao
Mikhail Gorbachev (Soviet leader, 1931–2022)|0|Mikhail Gorbachev;Gorbachev
George H. W. Bush (President, 1924–2018)|0|George H.W. Bush;Bush
Kang Youwei (reformer, 1858–1927)|0|Kang Youwei
Liang Qichao (reformer, 1873–1929)|0|Liang Qichao
Sun Yat-sen (Chinese revolutionary, 1866–1925)|0|Sun Yat-sen;Sun Yat-Sen;Sun
Yuan Shikai (Chinese premier and president, 1859–1916)|0|Yuan Shikai;Yuan
John Quincy Adams (minister to Britain, 1767–1848)|1|John Quincy Adams
Viscount Castlereagh (British foreign secretary, 1769–1822)|1|Viscount Castlereagh
Charles Bagot (British minister, 1781–1843)|0|Charles Bagot;Bagot
Richard Rush (Acting Secretary of State, 1780–1859)|0|Richard Rush;Rush
Albert Gallatin (diplomat, 1761–1849)|1|Albert Gallatin;Gallatin
Cecil Rhodes (Cape prime minister, 1853–1902)|1|Cecil Rhodes;Rhodes
Lord Salisbury (British prime minister, 1830–1903)|1|Lord Salisbury
David Livingstone (missionary, 1813–1873)|1|David Livingstone
Queen Victoria (1819–1901)|1|Queen Victoria
Leopold II (King of the Belgians, 1835–1909)|1|King Leopold
Henry Morton Stanley (explorer, 1841–1904)|1|Henry Morton Stanley
Herbert Kitchener (British general, 1850–1916)|1|Kitchener
Pierre van Ryneveld (aviator, 1891–1972)|0|Pierre van Ryneveld
Quintin Brand (aviator, 1893–1968)|0|Quintin Brand
Marco Polo (traveller, 1254–1324)|0|Marco Polo;Marco
Niccolò Polo (merchant, d. c. 1300)|0|Niccolò Polo;Niccolò
Maffeo Polo (merchant, d. c. 1309)|0|Maffeo
Kublai Khan (Mongol emperor, 1215–1294)|0|Kublai Khan;Khan
Mao Zedong (Chinese leader, 1893–1976)|0|Mao
Samuel Taylor Coleridge (poet, 1772–1834)|0|Coleridge
Rustichello da Pisa (writer, fl. 1298)|1|Rustichello da Pisa
Christopher Columbus (navigator, 1451–1506)|1|Columbus
Donata Badoer (Marco Polo's wife)|0|Donata Badoer
Andrés de Urdaneta (friar and navigator, 1508–1568)|1|Andrés de Urdaneta
Miguel López de Legazpi (conquistador, 1502–1572)|1|Miguel López de Legazpi
Ruy López de Villalobos (explorer, 1500–1544)|0|Ruy López de Villalobos
Philip II (King of Spain, 1527–1598)|0|Philip II
George Dewey (admiral, 1837–1917)|1|Dewey
Ferdinand Magellan (navigator, 1480–1521)|1|Magellan
Mariana of Austria (Queen of Spain, 1634–1696)|1|Mariana of Austria
George Anson (admiral, 1697–1762)|0|George Anson
"""
PEOPLE = {}   # surface -> (label, flag)
PEOPLE_ORDER = []
for line in PEOPLE_TXT.strip().splitlines():
    label, flag, surfs = line.split("|")
    PEOPLE_ORDER.append(label)
    for s in surfs.split(";"):
        assert s not in PEOPLE, s
        PEOPLE[s] = (label, flag == "1")

# Per-document surface overrides: doc -> {surface: ("place", key) | ("np", why) | ("person", label) | None}
DOC = {
    "1830-1860-oregon-territory": {},
    "1899-1913-foreword": {"Roosevelt": ("person", "Theodore Roosevelt (President, 1858–1919)")},
    "1776-1783-treaty": {},
}
# Per-sentence overrides: (doc, sentence substring) -> {surface: value}
SENT = [
    ("1830-1860-oregon-territory", "present-day Oregon, Washington", {"Washington": ("place", "Washington (state)")}),
    ("1801-1829-rush-bagot", "lakes Erie and Ontario", {"Ontario": ("place", "Lake Ontario")}),
    ("1784-1800-pickney-treaty", "states of Alabama and Mississippi", {"Mississippi": ("place", "Mississippi")}),
    ("1784-1800-pickney-treaty", "especially in the West and South", {"West": ("place", "Western United States (frontier)"), "South": ("place", "Southern United States")}),
    ("panel-cape-to-cairo-1890", "Cairo, Illinois", {"Cairo": ("place", "Cairo (Illinois)"), "Alexandria": ("place", "Alexandria (Virginia)")}),
    ("panel-marco-polo-return-1295", "Genoa, Nevada", {"Genoa": ("place", "Genoa (Nevada)")}),
    ("panel-marco-polo-return-1295", "Venice, Florida", {"Venice": ("place", "Venice (Florida)")}),
    ("panel-marco-polo-return-1295", "town of China, Maine", {"China": ("place", "China (Maine)")}),
    ("panel-marco-polo-return-1295", "went to a ship, the Marco Polo", {"Marco Polo": ("np", "ship")}),
    ("panel-manila-galleons-1565", "Manila, Utah", {"Manila": ("place", "Manila (Utah)")}),
    ("panel-manila-galleons-1565", "Manila, Arkansas", {"Manila": ("place", "Manila (Arkansas)")}),
    ("panel-manila-galleons-1565", "cities named for them", {"Legazpi": ("place", "Legazpi (city)"), "Urdaneta": ("place", "Urdaneta (city)")}),
]
# extra words (not in any table) to accept silently in the uncovered-capitals report
