# Lexicon for places_v26 (my own knowledge). key|lat|lon|country|kind
PLACES_TXT = """
United States|39.8|-98.6|US|country
Soviet Union|61.5|105.3|SU|country
United Kingdom|54.0|-2.5|GB|country
France|46.6|2.4|FR|country
Spain|40.2|-3.7|ES|country
Mexico|23.6|-102.5|MX|country
Japan|36.2|138.3|JP|country
China|35.0|103.0|CN|country
Taiwan|23.7|121.0|TW|country
Korea|38.0|127.5|KR|country
India|21.0|78.0|IN|country
Pakistan|30.0|70.0|PK|country
Bangladesh|23.7|90.4|BD|region
Kashmir|34.0|76.0|null|region
Jammu and Kashmir|33.5|75.0|null|region
Haji Pir Pass|33.98|74.15|null|natural feature
Tashkent|41.3|69.24|UZ|city
Iran|32.0|53.0|IR|country
Persian Gulf|26.5|52.0|null|natural feature
Indian Ocean|-20.0|80.0|null|natural feature
Iraq|33.0|44.0|IQ|country
Syria|35.0|38.5|SY|country
Egypt|26.8|30.8|EG|country
Jordan|31.2|36.5|JO|country
Lebanon|33.9|35.9|LB|country
Israel|31.5|34.9|IL|country
Saudi Arabia|24.0|45.0|SA|country
Turkey|39.0|35.0|TR|country
Greece|39.0|22.0|GR|country
West Bank|31.9|35.3|PS|region
Gaza Strip|31.4|34.4|PS|region
East Jerusalem|31.78|35.23|null|region
Middle East|29.0|42.0|null|region
Gulf States|25.0|51.0|null|region
Turkish Straits|40.5|27.5|TR|natural feature
Balkans|42.5|21.5|null|region
Crimea|45.0|34.0|UA|region
Yalta|44.5|34.17|UA|city
Moscow|55.75|37.62|RU|city
Madrid|40.42|-3.70|ES|city
Potsdam|52.39|13.06|DE|city
Paris|48.86|2.35|FR|city
Geneva|46.2|6.15|CH|city
Dunkirk|51.03|2.38|FR|city
Rouen|49.44|1.10|FR|city
Le Havre|49.49|0.11|FR|city
Bastille|48.853|2.369|FR|other
Germany|51.0|10.0|DE|country
Austria|47.5|14.5|AT|country
Italy|42.8|12.8|IT|country
Belgium|50.6|4.7|BE|country
Poland|52.0|19.0|PL|country
Czechoslovakia|49.8|15.5|CS|country
Ireland|53.4|-8.2|IE|country
Russia|61.5|105.3|RU|country
Ottoman Empire|39.0|35.0|TR|country
Europe|50.0|15.0|null|region
Eastern Europe|50.0|25.0|null|region
Western Europe|48.0|5.0|null|region
Asia|34.0|100.0|null|region
East Asia|35.0|115.0|null|region
Northeast Asia|40.0|125.0|null|region
South Asia|22.0|78.0|null|region
Africa|2.0|20.0|null|region
Latin America|-10.0|-70.0|null|region
South America|-15.0|-60.0|null|region
North America|45.0|-100.0|null|region
Western Hemisphere|15.0|-80.0|null|region
Americas|10.0|-80.0|null|region
Pacific|0.0|-160.0|null|natural feature
Pacific Islands|-5.0|170.0|null|region
Pacific Northwest|46.0|-121.0|null|region
Caribbean|15.0|-75.0|null|region
Cape of Good Hope|-34.36|18.47|ZA|natural feature
Cape Town|-33.92|18.42|ZA|city
Madagascar|-19.0|46.7|MG|country
Anjouan|-12.2|44.4|KM|natural feature
Comoros|-11.9|43.9|KM|country
Bioko|3.5|8.7|GQ|natural feature
Equatorial Guinea|1.6|10.3|GQ|country
Liberia|6.4|-9.4|LR|country
Sierra Leone|8.5|-11.8|SL|country
South Africa|-29.0|24.0|ZA|country
Sugaree River|7.0|-11.4|null|natural feature
Singapore|1.35|103.82|SG|city
Borneo|0.5|114.0|null|natural feature
Philippines|12.9|121.8|PH|country
Hong Kong|22.3|114.17|HK|city
Manila Bay|14.5|120.8|PH|natural feature
Manchuria|45.0|126.0|CN|region
Sakhalin|50.5|143.0|RU|natural feature
Kurile Islands|46.5|151.5|RU|natural feature
Lüshunkou|38.81|121.26|CN|city
Okinawa|26.5|127.9|JP|natural feature
Hiroshima|34.39|132.46|JP|city
Nagasaki|32.75|129.88|JP|city
Tokyo|35.68|139.69|JP|city
Vietnam|16.0|107.8|VN|country
North Vietnam|21.0|105.8|VN|country
South Vietnam|10.8|106.6|VN|country
Hanoi|21.03|105.85|VN|city
Ho Chi Minh City|10.78|106.7|VN|city
Huế|16.46|107.59|VN|city
Guam|13.44|144.79|GU|region
Puerto Rico|18.2|-66.5|PR|region
Hawaii|20.8|-156.3|US|region
Fiji|-17.7|178.0|FJ|country
Samoa|-13.8|-172.0|WS|country
Marshall Islands|7.1|171.2|MH|country
Cuba|21.5|-79.5|CU|country
Havana|23.11|-82.37|CU|city
Santiago de Cuba|20.02|-75.82|CU|city
Guantanamo Bay|19.9|-75.15|CU|natural feature
San Juan Hill|20.02|-75.78|CU|natural feature
Haiti|19.0|-72.3|HT|country
Texas|31.0|-99.9|US|region
California|37.0|-120.0|US|region
Nevada|39.0|-116.6|US|region
New Mexico|34.5|-106.0|US|region
Arizona|34.2|-111.7|US|region
Utah|39.3|-111.7|US|region
Washington (state)|47.4|-120.5|US|region
Oregon|44.0|-120.5|US|region
Oregon Country|46.0|-120.0|null|region
Oklahoma|35.5|-97.5|US|region
Colorado|39.0|-105.5|US|region
Kansas|38.5|-98.4|US|region
Wyoming|43.0|-107.5|US|region
Montana|47.0|-109.6|US|region
Georgia (US state)|32.7|-83.4|US|region
Florida|28.6|-82.4|US|region
East Florida|29.5|-82.0|US|region
West Florida|30.6|-87.5|US|region
Louisiana (territory)|38.0|-95.0|US|region
Alaska|64.0|-152.0|US|region
New Hampshire|43.7|-71.6|US|region
Mississippi River|32.3|-90.9|US|natural feature
Perdido River|30.6|-87.45|US|natural feature
Nueces River|27.9|-97.6|US|natural feature
Rio Grande|29.5|-101.0|null|natural feature
Pensacola|30.42|-87.22|US|city
St. Marks (Florida)|30.16|-84.21|US|city
Alamogordo|32.9|-105.96|US|city
Bretton Woods|44.26|-71.44|US|other
White House|38.8977|-77.0365|US|other
Washington|38.9|-77.04|US|city
New York|40.71|-74.0|US|city
New York (state)|43.0|-75.0|US|region
San Francisco|37.77|-122.42|US|city
Mexico City|19.43|-99.13|MX|city
Canada|56.0|-106.0|CA|country
Argentina|-34.0|-64.0|AR|country
Brazil|-10.0|-53.0|BR|country
Australia|-25.0|134.0|AU|country
New Zealand|-41.0|174.0|NZ|country
Leith|55.98|-3.17|GB|city
Edinburgh|55.95|-3.19|GB|city
Firth of Forth|56.05|-3.0|GB|natural feature
Isthmus of Panama|9.0|-79.5|PA|natural feature
Atlantic|30.0|-40.0|null|natural feature
Dumfriesshire|55.2|-3.6|GB|region
London|51.51|-0.13|GB|city
Paterson (New Jersey)|40.92|-74.17|US|city
New Jersey|40.1|-74.5|US|region
Hamburg|53.55|9.99|DE|city
Amsterdam|52.37|4.9|NL|city
Scotland|56.5|-4.2|GB|region
Funchal|32.65|-16.91|PT|city
Caledonia Bay|8.9|-77.7|PA|natural feature
Darién|8.5|-77.8|PA|region
South Pacific|-20.0|-140.0|null|natural feature
New Edinburgh|8.88|-77.68|PA|city
Fort St Andrew|8.88|-77.68|PA|other
Golden Island|8.92|-77.72|PA|natural feature
Portobelo|9.55|-79.65|PA|city
Cartagena (Colombia)|10.39|-75.51|CO|city
Colombia|4.6|-74.1|CO|country
Jamaica|18.1|-77.3|JM|country
Barbados|13.19|-59.54|BB|country
Toubacanti|8.6|-77.9|PA|other
Charleston (South Carolina)|32.78|-79.93|US|city
South Carolina|33.8|-80.9|US|region
Cartagena (Spain)|37.6|-0.98|ES|city
Mediterranean|35.0|18.0|null|natural feature
Darien (Georgia)|31.37|-81.43|US|city
Altamaha River|31.3|-81.5|US|natural feature
Darien (Connecticut)|41.08|-73.47|US|city
Connecticut|41.6|-72.7|US|region
Long Island Sound|41.1|-72.9|US|natural feature
Gulf of Darién|8.4|-77.0|null|natural feature
Darién Gap|8.0|-77.5|null|region
Panama|8.5|-80.0|PA|country
Portobello (Edinburgh)|55.95|-3.11|GB|region
Mount Tambora|-8.25|118.0|ID|natural feature
Tambora (kingdom)|-8.2|117.9|ID|region
Sanggar|-8.35|118.3|ID|region
Sumbawa|-8.65|117.4|ID|natural feature
Lesser Sunda Islands|-8.6|119.0|null|natural feature
Sumatra|0.0|101.0|ID|natural feature
Makassar|-5.14|119.42|ID|city
Bima|-8.46|118.73|ID|city
Java|-7.5|110.0|ID|natural feature
Bali|-8.4|115.2|ID|natural feature
Lombok|-8.6|116.35|ID|natural feature
Jakarta|-6.2|106.85|ID|city
Ganges|25.3|83.0|null|natural feature
Varanasi|25.32|83.01|IN|city
Lincolnshire|53.1|-0.2|GB|region
Stamford (Lincolnshire)|52.65|-0.48|GB|city
Switzerland|46.8|8.2|CH|country
Zurich|47.37|8.54|CH|city
Basel|47.56|7.59|CH|city
East Anglia|52.5|1.0|GB|region
Lake Geneva|46.45|6.53|null|natural feature
Villa Diodati|46.22|6.17|CH|other
Cologny|46.22|6.18|CH|city
Geneva (New York)|42.87|-76.98|US|city
Seneca Lake|42.6|-76.9|US|natural feature
Frankenstein Castle|49.79|8.67|DE|other
Rhine|50.0|8.0|null|natural feature
Darmstadt|49.87|8.65|DE|city
Frankenstein (Missouri)|38.55|-91.83|US|city
Missouri|38.5|-92.5|US|region
Byron Bay|-28.65|153.61|AU|city
New South Wales|-32.0|147.0|AU|region
New England|44.0|-71.5|US|region
Vermont|44.0|-72.7|US|region
Danville (Vermont)|44.41|-72.14|US|city
Danville (Virginia)|36.59|-79.4|US|city
Virginia|37.5|-78.8|US|region
Ohio|40.4|-82.8|US|region
Indiana|39.9|-86.3|US|region
Norwich (Vermont)|43.72|-72.31|US|city
Palmyra (New York)|43.06|-77.23|US|city
Norwich (England)|52.63|1.3|GB|city
Norwich (Connecticut)|41.52|-72.08|US|city
England|52.5|-1.5|GB|region
Quebec City|46.81|-71.21|CA|city
Pennsylvania|40.9|-77.8|US|region
Rhineland|50.0|7.5|DE|region
Mannheim|49.49|8.47|DE|city
Bengal|23.5|88.5|null|region
Flores Sea|-7.5|120.0|ID|natural feature
Greenland|72.0|-40.0|GL|region
Western bloc|45.0|-30.0|null|region
New Caledonia (Pacific)|-21.3|165.5|FR|region
Antarctica|-82.0|0.0|null|region
Maryland|39.0|-76.7|US|region
Susquehanna River|40.0|-76.3|US|natural feature
Philadelphia|39.95|-75.17|US|city
Royal Observatory|51.477|-0.0015|GB|other
Greenwich|51.48|-0.0|GB|city
Cockfield|54.62|-1.8|GB|city
County Durham|54.7|-1.7|GB|region
Bengkulu|-3.8|102.27|ID|city
English Channel|50.2|-1.0|null|natural feature
Brandywine Creek|39.9|-75.6|US|natural feature
Delaware|39.0|-75.5|US|region
New Castle (Delaware)|39.66|-75.56|US|city
Newcastle upon Tyne|54.97|-1.61|GB|city
South Mountain|39.8|-77.5|US|natural feature
Allegheny Mountains|40.0|-78.5|US|natural feature
Dunkard Creek|39.72|-80.1|US|natural feature
West Virginia|38.6|-80.6|US|region
Lancaster (Pennsylvania)|40.04|-76.31|US|city
York (Pennsylvania)|39.96|-76.73|US|city
Baltimore|39.29|-76.61|US|city
Williamsburg (Virginia)|37.27|-76.71|US|city
County Longford|53.73|-7.8|IE|region
Baltimore (County Cork)|51.48|-9.37|IE|city
County Cork|51.9|-8.7|IE|region
Mason–Dixon line|39.72|-77.5|US|other
Southern United States|33.0|-86.0|US|region
Christ Church (Philadelphia)|39.95|-75.14|US|other
Mason City (Iowa)|43.15|-93.2|US|city
Iowa|42.0|-93.5|US|region
Dixon (Illinois)|41.84|-89.48|US|city
Illinois|40.0|-89.2|US|region
Durham (North Carolina)|35.99|-78.9|US|city
North Carolina|35.5|-79.4|US|region
"""

# surface|key  (global defaults)
SURF_TXT = """
United States|United States
U.S.|United States
America|United States
Soviet Union|Soviet Union
USSR|Soviet Union
U.S.S.R.|Soviet Union
United Kingdom|United Kingdom
U.K.|United Kingdom
Great Britain|United Kingdom
Britain|United Kingdom
France|France
Spain|Spain
Mexico|Mexico
Japan|Japan
China|China
People’s Republic of China|China
Republic of China|China
Taiwan|Taiwan
Korea|Korea
India|India
Republic of India|India
Pakistan|Pakistan
West Pakistan|Pakistan
East Pakistan|Bangladesh
Kashmir|Kashmir
Jammu and Kashmir|Jammu and Kashmir
Haji Pir|Haji Pir Pass
Tashkent|Tashkent
Iran|Iran
Persia|Iran
Persian Gulf|Persian Gulf
Persian Ocean|Indian Ocean
Iraq|Iraq
Syria|Syria
Egypt|Egypt
Jordan|Jordan
Lebanon|Lebanon
Israel|Israel
Saudi Arabia|Saudi Arabia
Turkey|Turkey
Greece|Greece
West Bank|West Bank
Gaza Strip|Gaza Strip
East Jerusalem|East Jerusalem
Middle East|Middle East
Gulf States|Gulf States
Turkish Straits|Turkish Straits
Balkans|Balkans
Crimea|Crimea
Yalta|Yalta
Moscow|Moscow
Madrid|Madrid
Potsdam|Potsdam
Paris|Paris
Geneva|Geneva
Dunkirk|Dunkirk
Rouen|Rouen
Le Havre|Le Havre
Bastille|Bastille
Germany|Germany
Nazi Germany|Germany
Austria|Austria
Italy|Italy
Belgium|Belgium
Poland|Poland
Czechoslovakia|Czechoslovakia
Ireland|Ireland
Russia|Russia
Ottoman Empire|Ottoman Empire
Europe|Europe
Eastern Europe|Eastern Europe
Western Europe|Western Europe
Asia|Asia
East Asia|East Asia
Northeast Asia|Northeast Asia
South Asia|South Asia
Africa|Africa
Latin America|Latin America
South America|South America
North America|North America
Western Hemisphere|Western Hemisphere
Americas|Americas
New World|Americas
Pacific|Pacific
Pacific Ocean|Pacific
Pacific Islands|Pacific Islands
Pacific Northwest|Pacific Northwest
Caribbean|Caribbean
Cape of Good Hope|Cape of Good Hope
Cape Town|Cape Town
Madagascar|Madagascar
Anjouan|Anjouan
Johanna|Anjouan
Nzwane|Anjouan
Comoros|Comoros
Bioko|Bioko
Fernando Po|Bioko
Equatorial Guinea|Equatorial Guinea
Liberia|Liberia
Sierra Leone|Sierra Leone
South Africa|South Africa
Sugaree River|Sugaree River
Singapore|Singapore
Borneo|Borneo
Philippines|Philippines
Hong Kong|Hong Kong
Manila Bay|Manila Bay
Manchuria|Manchuria
Sakhalin|Sakhalin
Kurile Islands|Kurile Islands
Lüshunkou|Lüshunkou
Port Arthur|Lüshunkou
Okinawa|Okinawa
Hiroshima|Hiroshima
Nagasaki|Nagasaki
Tokyo|Tokyo
Vietnam|Vietnam
North Vietnam|North Vietnam
South Vietnam|South Vietnam
Hanoi|Hanoi
Saigon|Ho Chi Minh City
Huế|Huế
Guam|Guam
Puerto Rico|Puerto Rico
Hawaii|Hawaii
Hawai’i|Hawaii
Fiji|Fiji
Samoa|Samoa
Marshall Islands|Marshall Islands
Cuba|Cuba
Havana|Havana
Santiago|Santiago de Cuba
Guantanamo Bay|Guantanamo Bay
San Juan Hill|San Juan Hill
Haiti|Haiti
Texas|Texas
Republic of Texas|Texas
California|California
Nevada|Nevada
New Mexico|New Mexico
Arizona|Arizona
Utah|Utah
Oregon|Oregon
Oregon Territory|Oregon Country
Oklahoma|Oklahoma
Colorado|Colorado
Kansas|Kansas
Wyoming|Wyoming
Montana|Montana
Georgia|Georgia (US state)
Florida|Florida
East Florida|East Florida
West Florida|West Florida
Louisiana|Louisiana (territory)
Alaska|Alaska
New Hampshire|New Hampshire
Mississippi|Mississippi River
Perdido|Perdido River
Nueces River|Nueces River
Nueces|Nueces River
Rio Grande|Rio Grande
Rio Grande River|Rio Grande
Pensacola|Pensacola
St. Marks|St. Marks (Florida)
Alamogordo|Alamogordo
Bretton Woods|Bretton Woods
White House|White House
Washington|Washington
New York|New York
New York City|New York
San Francisco|San Francisco
Mexico City|Mexico City
Canada|Canada
Argentina|Argentina
Brazil|Brazil
Australia|Australia
New Zealand|New Zealand
Leith|Leith
Edinburgh|Edinburgh
Firth of Forth|Firth of Forth
Isthmus of Panama|Isthmus of Panama
Atlantic|Atlantic
Dumfriesshire|Dumfriesshire
London|London
New Jersey|New Jersey
Hamburg|Hamburg
Amsterdam|Amsterdam
Scotland|Scotland
Funchal|Funchal
Caledonia Bay|Caledonia Bay
Darién|Darién
New Caledonia|Darién
South Pacific|South Pacific
New Edinburgh|New Edinburgh
Fort St Andrew|Fort St Andrew
Golden Island|Golden Island
Portobelo|Portobelo
Cartagena|Cartagena (Colombia)
Colombia|Colombia
Jamaica|Jamaica
Barbados|Barbados
Toubacanti|Toubacanti
Charleston|Charleston (South Carolina)
South Carolina|South Carolina
Mediterranean|Mediterranean
Altamaha River|Altamaha River
Connecticut|Connecticut
Long Island Sound|Long Island Sound
Gulf of Darién|Gulf of Darién
Gulf of Urabá|Gulf of Darién
Darién Gap|Darién Gap
Panama|Panama
Portobello|Portobello (Edinburgh)
Mount Tambora|Mount Tambora
Tambora|Mount Tambora
Sanggar|Sanggar
Sumbawa|Sumbawa
Lesser Sunda Islands|Lesser Sunda Islands
Sumatra|Sumatra
Makassar|Makassar
Macassar|Makassar
Bima|Bima
Java|Java
Bali|Bali
Lombok|Lombok
Batavia|Jakarta
Ganges|Ganges
Varanasi|Varanasi
Lincolnshire|Lincolnshire
Stamford|Stamford (Lincolnshire)
Switzerland|Switzerland
Zurich|Zurich
Basel|Basel
East Anglia|East Anglia
Lake Geneva|Lake Geneva
Lac Léman|Lake Geneva
Villa Diodati|Villa Diodati
Cologny|Cologny
Seneca Lake|Seneca Lake
Frankenstein Castle|Frankenstein Castle
Rhine|Rhine
Darmstadt|Darmstadt
Missouri|Missouri
Byron Bay|Byron Bay
New South Wales|New South Wales
New England|New England
Vermont|Vermont
Virginia|Virginia
Ohio|Ohio
Indiana|Indiana
Palmyra|Palmyra (New York)
Norwich|Norwich (England)
England|England
Quebec City|Quebec City
Pennsylvania|Pennsylvania
Rhineland|Rhineland
Mannheim|Mannheim
Bengal|Bengal
Flores Sea|Flores Sea
Greenland|Greenland
Antarctica|Antarctica
Maryland|Maryland
Susquehanna River|Susquehanna River
Susquehanna|Susquehanna River
Philadelphia|Philadelphia
Royal Observatory|Royal Observatory
Greenwich|Greenwich
Cockfield|Cockfield
County Durham|County Durham
Bencoolen|Bengkulu
Bengkulu|Bengkulu
Brandywine Creek|Brandywine Creek
Delaware|Delaware
Lower Counties|Delaware
New Castle|New Castle (Delaware)
Newcastle upon Tyne|Newcastle upon Tyne
South Mountain|South Mountain
Allegheny Mountains|Allegheny Mountains
Dunkard Creek|Dunkard Creek
West Virginia|West Virginia
Lancaster|Lancaster (Pennsylvania)
York|York (Pennsylvania)
Baltimore|Baltimore
Williamsburg|Williamsburg (Virginia)
County Longford|County Longford
County Cork|County Cork
Mason–Dixon line|Mason–Dixon line
Christ Church|Christ Church (Philadelphia)
Mason City|Mason City (Iowa)
Iowa|Iowa
Illinois|Illinois
North Carolina|North Carolina
"""

# non-places: surface|why
NP_TXT = """
American|demonym/adjective
Americans|demonym/adjective
British|demonym/adjective
French|demonym/adjective
Spanish|demonym/adjective
Mexican|demonym/adjective
Mexicans|demonym/adjective
Japanese|demonym/adjective
Chinese|demonym/adjective
Soviet|demonym/adjective
Soviets|demonym/adjective
Cuban|demonym/adjective
Korean|demonym/adjective
Indian|demonym/adjective
Indians|demonym/adjective
Pakistani|demonym/adjective
Israeli|demonym/adjective
Israelis|demonym/adjective
Palestinian|demonym/adjective
Palestinians|demonym/adjective
Arab|demonym/adjective
Jordanian|demonym/adjective
Syrian|demonym/adjective
Lebanese|demonym/adjective
Egyptian|demonym/adjective
Greek|demonym/adjective
Turkish|demonym/adjective
Iranian|demonym/adjective
Russian|demonym/adjective
German|demonym/adjective
Texans|demonym/adjective
Vietnamese|demonym/adjective
North Vietnamese|demonym/adjective
South Vietnamese|demonym/adjective
Latin American|demonym/adjective
European|demonym/adjective
Eastern European|demonym/adjective
Western European|demonym/adjective
West African|demonym/adjective
Azerbaijani|demonym/adjective
Manchurian|demonym/adjective
Jewish|demonym/adjective
Muslim|demonym/adjective
Hindu|demonym/adjective
Quaker|demonym/adjective
Seminoles|demonym/adjective
Seminole|demonym/adjective
Yugoslav|demonym/adjective
Haitian|demonym/adjective
Wilsonian|demonym/adjective
Southern|demonym/adjective
IAEA|organisation
Berlin Blockade|war/event
French Revolutionary|demonym/adjective
Nazi|demonym/adjective
Western|demonym/adjective
Allied|demonym/adjective
Communist|demonym/adjective
Communists|demonym/adjective
Federalist|organisation
Federalists|organisation
Democratic-Republicans|organisation
Democratic-Republican|organisation
Democratic-Republican Party|organisation
Federalist Party|organisation
Whig|organisation
Democrats|organisation
Allies|organisation
Axis|organisation
Scots|demonym/adjective
Scottish|demonym/adjective
Highland Scots|demonym/adjective
English|demonym/adjective
Colombian|demonym/adjective
Kuna|demonym/adjective
Swiss|demonym/adjective
French-speaking|hyphenated adjective
New Englanders|demonym/adjective
Mohawk|demonym/adjective
Onondaga|demonym/adjective
Lenape|demonym/adjective
Shawnee|demonym/adjective
Anglo-French|hyphenated adjective
Franco-American|hyphenated adjective
Arab-Israeli|hyphenated adjective
Israeli-Palestinian|hyphenated adjective
Israeli-Jordanian|hyphenated adjective
Jordanian-Palestinian|hyphenated adjective
Palestinian-Jordanian|hyphenated adjective
Soviet-Yugoslav|hyphenated adjective
Texas-Mexican|hyphenated adjective
Hawaii-based|hyphenated adjective
U.S.-based|hyphenated adjective
U.S.-led|hyphenated adjective
U.S.-Indian|hyphenated adjective
U.S.-Israeli|hyphenated adjective
U.S.-Pakistani|hyphenated adjective
U.S.-Soviet|hyphenated adjective
U.S.-South Vietnam|hyphenated adjective
Spanish-controlled|hyphenated adjective
Federalist-controlled|hyphenated adjective
Spanish-American|hyphenated adjective
Mexican-American War|war/event
Spanish-American War|war/event
Spanish American War|war/event
Philippine-American War|war/event
India-Pakistan War|war/event
First India-Pakistan War|war/event
Persian Gulf War|war/event
Korean War|war/event
Vietnam War|war/event
Greek Civil War|war/event
Quasi-War|war/event
French Revolution|war/event
American Revolution|war/event
Civil War|war/event
War of 1812|war/event
Cold War|war/event
Second World War|war/event
First World War|war/event
World War I|war/event
World War II|war/event
World War Two|war/event
WWII|war/event
Great Depression|war/event
Intifada|war/event
Terror|war/event
Tet Offensive|war/event
Tet|war/event
Mukden Incident|war/event
Suez Crisis|war/event
Suez conflict|war/event
XYZ Affair|war/event
Citizen Genêt Affair|war/event
Louisiana Purchase|war/event
Battle of Veracruz|war/event
Storming of the Bastille|war/event
Yalta Conference|war/event
Potsdam Conference|war/event
Madrid Conference|war/event
Madrid Peace Conference|war/event
Bretton Woods Conference|war/event
Atlantic Conference|war/event
Bandung Conference|war/event
United Nations Monetary and Financial Conference|war/event
United Nations Conference|war/event
Darien Scheme|war/event
Year Without a Summer|war/event
Cresap's War|war/event
Yalta agreements|treaty/agreement/law
Tashkent agreement|treaty/agreement/law
Atlantic Charter|treaty/agreement/law
Potsdam Declaration|treaty/agreement/law
Tehran Declaration|treaty/agreement/law
Oregon Treaty|treaty/agreement/law
Treaty of Paris|treaty/agreement/law
Pact of Paris|treaty/agreement/law
Kellogg-Briand Pact|treaty/agreement/law
Treaty of Guadalupe-Hidalgo|treaty/agreement/law
Treaty of Adams-Onis|treaty/agreement/law
Onís-Adams Treaty|treaty/agreement/law
Transcontinental Treaty|treaty/agreement/law
Treaty of Wangxia|treaty/agreement/law
Treaty of Mortefontaine|treaty/agreement/law
Treaty of Annexation|treaty/agreement/law
Treaty of Alliance|treaty/agreement/law
Model Treaty|treaty/agreement/law
Jay Treaty|treaty/agreement/law
Baghdad Pact|treaty/agreement/law
Oslo Accord|treaty/agreement/law
Limited Test Ban Treaty|treaty/agreement/law
Outer Space Treaty|treaty/agreement/law
Nuclear Non-Proliferation Treaty|treaty/agreement/law
NPT|treaty/agreement/law
Logan Act|treaty/agreement/law
Alien and Sedition Acts|treaty/agreement/law
Bretton Woods Agreements Act|treaty/agreement/law
Wilmot Proviso|treaty/agreement/law
Monroe Doctrine|treaty/agreement/law
Truman Doctrine|treaty/agreement/law
Eisenhower Doctrine|treaty/agreement/law
Shultz Plan|treaty/agreement/law
Smoot-Hawley|treaty/agreement/law
Israeli-Palestinian Declaration of Principles|treaty/agreement/law
Declaration of Principles|treaty/agreement/law
General Agreement on Tariffs and Trade|treaty/agreement/law
GATT|treaty/agreement/law
Bretton Woods-GATT|treaty/agreement/law
Act of Union|treaty/agreement/law
Theodore Roosevelt’s Corollary|other
Open Door|other
Manifest Destiny|other
Nobel Peace Prize|other
Washington’s Farewell Address|other
Equivalent|other
Madeira|other
Frankenstein|other
The Vampyre|other
Eighteen Hundred and Froze to Death|other
Dixie|other
Mason & Dixon|other
Venus|other
Hogan’s Alley|other
Yellow Kid|other
Freemason|organisation
Royal Society|organisation
Six Nations|organisation
Raffles Hotel|organisation
Latter Day Saint movement|organisation
Company of Scotland Trading to Africa and the Indies|organisation
Bank of England|organisation
East India Company|organisation
New York Journal|organisation
New York World|organisation
Kurz and Allison|organisation
AP Photo|organisation
George Bush Presidential Library and Museum|organisation
Carnegie Endowment for International Peace|organisation
League of Nations|organisation
United Nations|organisation
UN|organisation
U.N. Security Council|organisation
NATO|organisation
SEATO|organisation
Southeast Asia Treaty Organization|organisation
Central Treaty Organization|organisation
CENTO|organisation
Palestine Liberation Organization|organisation
Palestine Liberation Front|organisation
PLO|organisation
NLF|organisation
South Vietnamese National Liberation Forces|organisation
Viet Cong|organisation
British Commonwealth|organisation
Commonwealth|organisation
Asiatic Squadron|organisation
Spanish Caribbean squadron|organisation
Rough Riders|organisation
Colored Infantry|organisation
Allied Council|organisation
Supreme Command of Allied Powers|organisation
SCAP|organisation
Indian Army|organisation
Pakistani Army|organisation
Japanese Army|organisation
Spanish Army|organisation
Chinese Navy|organisation
U.S. Army|organisation
U.S. Navy|organisation
U.S. Marines|organisation
U.S. Congress|organisation
U.S. Senate|organisation
U.S. Embassy|organisation
U.S. Government|organisation
French Government|organisation
British Government|organisation
Greek Government|organisation
Mexican Government|organisation
Japanese Government|organisation
Iranian Government|organisation
Pakistani Government|organisation
Turkish Government|organisation
Chinese Government|organisation
Greek and Turkish Governments|organisation
Chamoun’s Government|organisation
Soviet Government|organisation
Greek Communist Party|organisation
Greek Communists|organisation
British Treasury|organisation
International Atomic Energy Agency|organisation
International Bank for Reconstruction and Development|organisation
IBRD|organisation
International Monetary Fund|organisation
IMF|organisation
World Bank|organisation
International Trade Organization|organisation
ITO|organisation
World Trade Organization|organisation
World Court|organisation
McKinley Administration|organisation
Truman Administration|organisation
Johnson Administration|organisation
Eisenhower Administration|organisation
Bush administration|organisation
Clinton administration|organisation
Adams administration|organisation
Empress of China|ship
Flying Cloud|ship
Maine|ship
U.S.S. Ticonderoga|ship
USS Ticonderoga|ship
Ticonderoga|ship
Caledonia|ship
St Andrew|ship
Unicorn|ship
Dolphin|ship
Endeavour|ship
Rising Sun|ship
Benares|ship
HMS Seahorse|ship
Lord Baltimore|person/family named like a place
Calverts|person/family named like a place
Calvert|person/family named like a place
Penns|person/family named like a place
Penn|person/family named like a place
"""

# persons: id|surface;surface...
PERSONS_TXT = """
George Washington (President, 1732–1799)|George Washington
John Adams (President, 1735–1826)|John Adams
John Quincy Adams (President, 1767–1848)|John Quincy Adams
Thomas Jefferson (President, 1743–1826)|Thomas Jefferson;Jefferson
James Madison (President, 1751–1836)|James Madison;Madison
James Monroe (President, 1758–1831)|James Monroe;Monroe
Alexander Hamilton (Treasury Secretary, 1755–1804)|Alexander Hamilton
John Marshall (envoy and Chief Justice, 1755–1835)|John Marshall;Marshall
Elbridge Gerry (envoy, 1744–1814)|Elbridge Gerry;Gerry
Charles Cotesworth Pinckney (envoy, 1746–1825)|Charles Cotesworth Pinckney;Pinckney
Talleyrand (French foreign minister, 1754–1838)|Talleyrand
Jean Hottinguer (agent X)|Jean Hottinguer
Pierre Bellamy (agent Y)|Pierre Bellamy
Lucien Hauteval (agent Z)|Lucien Hauteval
Nicholas Hubbard (banker)|Nicholas Hubbard
Pierre Beaumarchais (playwright, 1732–1799)|Pierre Beaumarchais
George Logan (Quaker peace envoy, 1753–1821)|George Logan
Victor Collot (French general, 1750–1805)|Victor Collot
Napoleon Bonaparte (1769–1821)|Napoleon Bonaparte;Napoleon
Louis XVI (King of France, 1754–1793)|Louis XVI
Edmond-Charles Genêt (French minister, 1763–1834)|Edmond-Charles Genêt
Gouverneur Morris (Minister to France, 1752–1816)|Gouverneur Morris;Morris
Thomas Paine (writer, 1737–1809)|Thomas Paine;Paine
Matthew Lyon (Congressman, 1749–1822)|Matthew Lyon
James Thompson Callendar (editor, 1758–1803)|James Thompson Callendar
William Duane (editor, 1760–1835)|William Duane
Toussaint L’Ouverture (Haitian leader, 1743–1803)|Toussaint L’Ouverture
Andrew Jackson (General and President, 1767–1845)|Andrew Jackson;Jackson
Luis de Onís (Spanish minister, 1762–1827)|Luis de Onís;Onís
George Canning (British foreign secretary, 1770–1827)|George Canning
James K. Polk (President, 1795–1849)|James K. Polk;Polk
John Tyler (President, 1790–1862)|John Tyler;Tyler
Martin Van Buren (President, 1782–1862)|Martin van Buren
Zachary Taylor (General and President, 1784–1850)|Zachary Taylor;Taylor
John Slidell (Congressman, 1793–1871)|John Slidell;Slidell
Nicholas Trist (diplomat, 1800–1874)|Nicholas Trist;Trist
Winfield Scott (General, 1786–1866)|Winfield Scott
David Wilmot (Congressman, 1814–1868)|David Wilmot
Matthew Perry (Commodore, 1794–1858)|Matthew Perry
James E. Buttersworth (painter, 1817–1894)|James E. Buttersworth
William McKinley (President, 1843–1901)|William McKinley;McKinley
Theodore Roosevelt (President, 1858–1919)|Theodore Roosevelt
Franklin D. Roosevelt (President, 1882–1945)|Franklin D. Roosevelt;Franklin Roosevelt;Roosevelt
Robert W. Shufeldt (Commodore, 1822–1895)|Robert Shufeldt;Robert W. Shufeldt;Robert Wilson Shufeldt;Shufeldt
William Evarts (Secretary of State, 1818–1901)|William Evarts;Evarts
Richard W. Thompson (Secretary of the Navy, 1809–1900)|Richard W. Thompson
Aaron Sargent (Senator from California, 1827–1887)|Aaron Sargent
Abdallah (Sultan of Anjouan)|Abdallah
Li Hongzhang (Chinese viceroy, 1823–1901)|Li Hongzhang;Hung-Chang;Li
Joseph Pulitzer (publisher, 1847–1911)|Joseph Pulitzer;Pulitzer
William Randolph Hearst (publisher, 1863–1951)|William Randolph Hearst;Hearst
Richard F. Outcault (cartoonist, 1863–1928)|Richard F. Outcault;Outcault
George Dewey (Commodore, 1837–1917)|George Dewey
John Hay (Secretary of State, 1838–1905)|John Hay
Jules Cambon (French ambassador, 1845–1935)|Jules Cambon
Grover Cleveland (President, 1837–1908)|Grover Cleveland
Liliuokalani (Queen of Hawaii, 1838–1917)|Liliuokalani
Frank B. Kellogg (Secretary of State, 1856–1937)|Frank B. Kellogg;Frank Kellogg;Kellogg
Aristide Briand (French foreign minister, 1862–1932)|Aristide Briand;Briand
Calvin Coolidge (President, 1872–1933)|Calvin Coolidge
Andrew Carnegie (industrialist, 1835–1919)|Andrew Carnegie
Nicholas Murray Butler (Columbia president, 1862–1947)|Nicholas Murray Butler;Butler
James T. Shotwell (historian, 1874–1965)|James T. Shotwell;Shotwell
Cordell Hull (Secretary of State, 1871–1955)|Cordell Hull
Winston Churchill (Prime Minister, 1874–1965)|Winston Churchill;Churchill
Joseph Stalin (Soviet leader, 1878–1953)|Joseph Stalin;Stalin
Harry Dexter White (Treasury official, 1892–1948)|Harry Dexter White
John Maynard Keynes (economist, 1883–1946)|John Maynard Keynes
Harry S. Truman (President, 1884–1972)|Harry S. Truman;Harry Truman;Truman
Gar Alperovitz (historian, b. 1936)|Gar Alperovitz
Bernard Baruch (financier, 1870–1965)|Baruch
Douglas MacArthur (General, 1880–1964)|Douglas A. MacArthur;Douglas MacArthur;MacArthur
Hirohito (Emperor of Japan, 1901–1989)|Hirohito
Dwight D. Eisenhower (President, 1890–1969)|Dwight D. Eisenhower;Eisenhower
Gamal Abdel Nasser (Egyptian president, 1918–1970)|Gamal Abdel Nasser;Nasser
Camille Chamoun (Lebanese president, 1900–1987)|Camille Chamoun;Chamoun
Lyndon B. Johnson (President, 1908–1973)|Johnson
Ho Chi Minh (Vietnamese leader, 1890–1969)|Ho Chi Minh
Franklin Eller (U.S. Army captain)|Franklin Eller
Llewellyn E. Thompson (ambassador, 1904–1972)|Llewellyn E. Thompson
Andrei A. Gromyko (Soviet foreign minister, 1909–1989)|Andrei A. Gromyko
Richard Nixon (President, 1913–1994)|Richard M. Nixon;Richard Nixon;Nixon
George H. W. Bush (President, 1924–2018)|George H. W. Bush;George H.W. Bush;Bush
Mikhail Gorbachev (Soviet president, 1931–2022)|Mikhail Gorbachev
James Baker (Secretary of State, b. 1930)|James Baker;Baker
George Shultz (Secretary of State, 1920–2021)|George Shultz;Shultz
Ronald Reagan (President, 1911–2004)|Ronald Reagan
Yitzhak Shamir (Israeli prime minister, 1915–2012)|Yitzhak Shamir;Shamir
Yitzhak Rabin (Israeli prime minister, 1922–1995)|Yitzhak Rabin
Yasir Arafat (PLO chairman, 1929–2004)|Yasir Arafat;Arafat
Hussein (King of Jordan, 1935–1999)|Hussein
Saddam Hussein (Iraqi president, 1937–2006)|Saddam Hussein
Josip Tito (Yugoslav leader, 1892–1980)|Josip Tito
William Paterson (Bank of England founder, 1658–1719)|William Paterson;Paterson
James Cook (navigator, 1728–1779)|James Cook
William III (King of England and Scotland, 1650–1702)|
William Paterson (Governor of New Jersey, 1745–1806)|
Alexander Campbell of Fonab (officer, d. 1724)|Alexander Campbell of Fonab
James Oglethorpe (founder of Georgia, 1696–1785)|James Oglethorpe
Edward Vernon (admiral, 1684–1757)|Edward Vernon
Thomas Stamford Raffles (colonial administrator, 1781–1826)|Thomas Stamford Raffles;Raffles
Lord Byron (poet, 1788–1824)|Byron
Mary Shelley (writer, 1797–1851)|Mary Shelley;Mary
John Polidori (physician and writer, 1795–1821)|John Polidori
John Byron (navigator, 1723–1786)|John Byron
Joseph Smith (religious leader, 1805–1844)|Joseph Smith
Karl Drais (inventor, 1785–1851)|Karl Drais
J. M. W. Turner (painter, 1775–1851)|J. M. W. Turner
Thomas Cresap (frontiersman, 1694–1790)|Thomas Cresap
Charles Mason (astronomer, 1728–1786)|Charles Mason;Mason
Jeremiah Dixon (surveyor, 1733–1779)|Jeremiah Dixon;Dixon
John Harlan (farmer)|John Harlan
John Dixon (ferryman, 1784–1876)|John Dixon
Thomas Pynchon (novelist, b. 1937)|Thomas Pynchon
"""

# persons whose names are also place names: each mention also gets a non-place row
LIKE_PLACE = {  # person id -> the place-like token
 "George Washington (President, 1732–1799)": "Washington", "John Adams (President, 1735–1826)": "Adams",
 "John Quincy Adams (President, 1767–1848)": "Adams", "Thomas Jefferson (President, 1743–1826)": "Jefferson",
 "James Madison (President, 1751–1836)": "Madison", "James Monroe (President, 1758–1831)": "Monroe",
 "Alexander Hamilton (Treasury Secretary, 1755–1804)": "Hamilton", "John Marshall (envoy and Chief Justice, 1755–1835)": "Marshall",
 "George Logan (Quaker peace envoy, 1753–1821)": "Logan", "Gouverneur Morris (Minister to France, 1752–1816)": "Morris",
 "Matthew Lyon (Congressman, 1749–1822)": "Lyon", "Andrew Jackson (General and President, 1767–1845)": "Jackson",
 "John Tyler (President, 1790–1862)": "Tyler", "John Slidell (Congressman, 1793–1871)": "Slidell",
 "Matthew Perry (Commodore, 1794–1858)": "Perry", "William McKinley (President, 1843–1901)": "McKinley",
 "Theodore Roosevelt (President, 1858–1919)": "Roosevelt", "Franklin D. Roosevelt (President, 1882–1945)": "Roosevelt",
 "Grover Cleveland (President, 1837–1908)": "Cleveland", "Frank B. Kellogg (Secretary of State, 1856–1937)": "Kellogg",
 "Andrew Carnegie (industrialist, 1835–1919)": "Carnegie", "Cordell Hull (Secretary of State, 1871–1955)": "Hull",
 "Winston Churchill (Prime Minister, 1874–1965)": "Churchill", "Lyndon B. Johnson (President, 1908–1973)": "Johnson",
 "Richard Nixon (President, 1913–1994)": "Nixon", "John Hay (Secretary of State, 1838–1905)": "Hay",
 "George Dewey (Commodore, 1837–1917)": "Dewey", "Ho Chi Minh (Vietnamese leader, 1890–1969)": "Ho Chi Minh",
 "William Paterson (Bank of England founder, 1658–1719)": "Paterson", "William Paterson (Governor of New Jersey, 1745–1806)": "Paterson",
 "James Cook (navigator, 1728–1779)": "Cook", "Alexander Campbell of Fonab (officer, d. 1724)": "Campbell",
 "James Oglethorpe (founder of Georgia, 1696–1785)": "Oglethorpe", "Edward Vernon (admiral, 1684–1757)": "Vernon",
 "Thomas Stamford Raffles (colonial administrator, 1781–1826)": "Stamford", "Lord Byron (poet, 1788–1824)": "Byron",
 "John Byron (navigator, 1723–1786)": "Byron", "Charles Mason (astronomer, 1728–1786)": "Mason",
 "Jeremiah Dixon (surveyor, 1733–1779)": "Dixon", "John Dixon (ferryman, 1784–1876)": "Dixon", "John Harlan (farmer)": "Harlan",
}

# overrides: (doc, sentence substring or '', surface, target) target 'P:key' | 'N:why' | 'H:person id' | 'X'
OVERRIDES = [
 # John Quincy Adams is "Adams" in the Florida and Monroe essays; John Adams in the 1784-1800 essays
 ("1801-1829-florida", "", "Adams", "H:John Quincy Adams (President, 1767–1848)"),
 ("1801-1829-monroe", "", "Adams", "H:John Quincy Adams (President, 1767–1848)"),
 ("1784-1800-xyz", "", "Adams", "H:John Adams (President, 1735–1826)"),
 ("1784-1800-french-rev", "", "Adams", "H:John Adams (President, 1735–1826)"),
 ("1830-1860-texas-annexation", "Utah, Washington, and Oregon", "Washington", "P:Washington (state)"),
 ("1866-1898-commodore-shufeldt", "Richard W. Thompson", "Richard W. Thompson", "H:Richard W. Thompson (Secretary of the Navy, 1809–1900)"),
 ("1866-1898-commodore-shufeldt", "", "Thompson", "H:Richard W. Thompson (Secretary of the Navy, 1809–1900)"),
 ("1953-1960-eisenhower-doctrine", "hostility toward the West", "West", "P:Western bloc"),
 ("1866-1898-yellow-journalism", "", "World", "N:organisation"),
 ("panel-darien-scheme-1698", "", "Isthmus", "P:Isthmus of Panama"),
 ("panel-darien-scheme-1698", "French territory of New Caledonia", "New Caledonia", "P:New Caledonia (Pacific)"),
 ("panel-darien-scheme-1698", "", "William", "H:William III (King of England and Scotland, 1650–1702)"),
 ("panel-mason-dixon-survey", "", "South", "P:Southern United States"),
 ("panel-mason-dixon-survey", "", "Channel", "P:English Channel"),
 ("1961-1968-tet", "", "North", "P:North Vietnam"),
 # Republic of China: Nationalist China in 1945, Taiwan in the 1951 sentence
 ("1945-1952-japan-reconstruction", "not do business with", "Republic of China", "P:Taiwan"),
 # panels
 ("panel-darien-scheme-1698", "another William Paterson", "William Paterson", "H:William Paterson (Governor of New Jersey, 1745–1806)"),
 ("panel-darien-scheme-1698", "another William Paterson", "Paterson", "P:Paterson (New Jersey)"),
 ("panel-darien-scheme-1698", "Cartagena in Spain", "Cartagena", "P:Cartagena (Spain)"),
 ("panel-darien-scheme-1698", "Jamaica, Barbados and New York", "New York", "P:New York (state)"),
 ("panel-darien-scheme-1698", "called their town Darien", "Darien", "P:Darien (Georgia)"),
 ("panel-darien-scheme-1698", "Darien, Connecticut", "Darien", "P:Darien (Connecticut)"),
 ("panel-darien-scheme-1698", "", "Hope", "N:ship"),
 ("panel-tambora-1816", "kingdoms of Tambora", "Tambora", "P:Tambora (kingdom)"),
 ("panel-tambora-1816", "Geneva, New York", "Geneva", "P:Geneva (New York)"),
 ("panel-tambora-1816", "", "New York", "P:New York (state)"),
 ("panel-tambora-1816", "Frankenstein, Missouri", "Frankenstein", "P:Frankenstein (Missouri)"),
 ("panel-tambora-1816", "Danville, Vermont", "Danville", "P:Danville (Vermont)"),
 ("panel-tambora-1816", "Danville, Virginia", "Danville", "P:Danville (Virginia)"),
 ("panel-tambora-1816", "left Norwich, Vermont", "Norwich", "P:Norwich (Vermont)"),
 ("panel-tambora-1816", "Norwich, Connecticut", "Norwich", "P:Norwich (Connecticut)"),
 ("panel-mason-dixon-survey", "fishing village of Baltimore", "Baltimore", "P:Baltimore (County Cork)"),
 ("panel-mason-dixon-survey", "Dixon, Illinois", "Dixon", "P:Dixon (Illinois)"),
 ("panel-mason-dixon-survey", "Durham, North Carolina", "Durham", "P:Durham (North Carolina)"),
]
