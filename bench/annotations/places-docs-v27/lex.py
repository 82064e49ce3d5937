# Place keys: Key | lat | lon | CC | kind | surfaces
KINDS={'c':'country','r':'region','t':'city','n':'natural feature','o':'other'}
PLACES_TXT = r"""
United States|39.8|-98.6|US|c|United States;U.S.;US;America;U.S.A.;U.S.S.R.X
Soviet Union|61.5|105.3|SU|c|Soviet Union;U.S.S.R.;USSR
Russia|61.5|105.3|RU|c|Russia;Russian Federation
United Kingdom|54.0|-2.5|GB|c|United Kingdom;Great Britain;Britain
England|52.5|-1.5|GB|r|England
France|46.6|2.2|FR|c|France
Germany|51.2|10.4|DE|c|Germany;Nazi Germany
East Germany|52.5|12.5|DD|c|East Germany
West Germany|50.7|7.1|DE|c|West Germany
Japan|36.2|138.3|JP|c|Japan
China|35.9|104.2|CN|c|China
Mexico|23.6|-102.5|MX|c|Mexico
Cuba|21.5|-79.0|CU|c|Cuba
Haiti|19.0|-72.3|HT|c|Haiti;St. Domingue
Austria|47.5|14.6|AT|c|Austria
Italy|41.9|12.6|IT|c|Italy
Portugal|39.4|-8.2|PT|c|Portugal
Netherlands|52.1|5.3|NL|c|Netherlands
South Africa|-30.6|22.9|ZA|c|South Africa
Israel|31.0|34.9|IL|c|Israel
Egypt|26.8|30.8|EG|c|Egypt
Syria|34.8|39.0|SY|c|Syria
Saudi Arabia|23.9|45.1|SA|c|Saudi Arabia
Iran|32.4|53.7|IR|c|Iran
Turkey|39.0|35.2|TR|c|Turkey
Ethiopia|9.1|40.5|ET|c|Ethiopia
Somalia|5.2|46.2|SO|c|Somalia
Eritrea|15.2|39.8|ER|r|Eritrea
Angola|-11.2|17.9|AO|c|Angola
Zaire|-4.0|21.8|CD|c|Zaire
Yemen|15.6|48.5|YE|c|Yemen
Afghanistan|33.9|67.7|AF|c|Afghanistan
Guatemala|15.8|-90.2|GT|c|Guatemala
Poland|51.9|19.1|PL|c|Poland
Hungary|47.2|19.5|HU|c|Hungary
Czechoslovakia|49.8|15.5|CS|c|Czechoslovakia
Czech Republic|49.8|15.5|CZ|c|Czech Republic
Bulgaria|42.7|25.5|BG|c|Bulgaria
Romania|45.9|24.97|RO|c|Romania
Yugoslavia|44.0|20.0|YU|c|Yugoslavia
Bosnia and Herzegovina|43.9|17.7|BA|c|Bosnia-Herzegovina
Ukraine|48.4|31.2|UA|c|Ukraine
Belarus|53.7|27.95|BY|c|Byelorussia
Malta|35.9|14.4|MT|c|Malta
Vietnam|14.1|108.3|VN|c|Vietnam
North Vietnam|21.0|105.8|VN|c|North Vietnam
South Vietnam|10.8|106.7|VN|c|South Vietnam
Cambodia|12.6|104.99|KH|c|Cambodia
Laos|19.9|102.5|LA|c|Laos
Burma|21.9|95.96|MM|c|Burma
Morocco|31.8|-7.1|MA|c|Morocco
Canada|56.1|-106.3|CA|c|Canada
Belgium|50.5|4.5|BE|c|Belgium
Norway|60.5|8.5|NO|c|Norway
Australia|-25.3|133.8|AU|c|Australia
Tunisia|33.9|9.5|TN|c|Tunisia
Argentina|-38.4|-63.6|AR|c|Argentina
Grenada|12.1|-61.7|GD|c|Grenada
Papua New Guinea|-6.3|143.96|PG|c|Papua New Guinea
Europe|54.5|15.3|None|r|Europe
Eastern Europe|50.0|25.0|None|r|Eastern Europe
Western Europe|48.0|5.0|None|r|Western Europe
Central Europe|50.0|15.0|None|r|Central Europe
Africa|8.8|34.5|None|r|Africa
Horn of Africa|8.0|45.0|None|r|Horn of Africa;Horn
Latin America|-8.8|-55.5|None|r|Latin America
Americas|15.0|-80.0|None|r|Americas
Western Hemisphere|15.0|-80.0|None|r|Western Hemisphere
Middle East|29.0|41.0|None|r|Middle East
Caribbean|15.0|-73.0|None|n|Caribbean
Mediterranean|35.0|18.0|None|n|Mediterranean
Atlantic|30.0|-40.0|None|n|Atlantic
Pacific|0.0|-160.0|None|n|Pacific
Ogaden|7.0|44.0|ET|r|Ogaden;Ogaden Desert
Sinai|29.5|33.8|EG|r|Sinai
Golan Heights|33.0|35.8|SY|r|Golan Heights
Newfoundland|48.5|-56.0|CA|n|Newfoundland
Washington, D.C.|38.9|-77.04|US|t|Washington
Moscow|55.76|37.62|RU|t|Moscow
Berlin|52.52|13.4|DE|t|Berlin
East Berlin|52.52|13.41|DD|t|East Berlin
West Berlin|52.5|13.3|DE|t|West Berlin
Paris|48.86|2.35|FR|t|Paris
London|51.51|-0.13|GB|t|London
Mexico City|19.43|-99.13|MX|t|Mexico City
Veracruz|19.17|-96.13|MX|t|Veracruz
Puebla|19.04|-98.2|MX|t|Puebla
Havana|23.11|-82.37|CU|t|Havana
San Cristóbal (Cuba)|22.72|-83.05|CU|t|San Cristobal
Bay of Pigs|22.1|-81.2|CU|n|Bay of Pigs
Cap-Haïtien|19.76|-72.2|HT|t|Cap-Français;Cap-Haïtien
Norfolk, Virginia|36.85|-76.29|US|t|Norfolk
Virginia|37.5|-78.8|US|r|Virginia
Baltimore|39.29|-76.61|US|t|Baltimore
Philadelphia|39.95|-75.17|US|t|Philadelphia
New York City|40.71|-74.01|US|t|New York;New York City
Jamaica|18.1|-77.3|JM|n|Jamaica
San Francisco|37.77|-122.42|US|t|San Francisco
Quebec City|46.81|-71.21|CA|t|Quebec
Tehran|35.69|51.39|IR|t|Tehran
Dumbarton Oaks|38.91|-77.06|US|o|Dumbarton Oaks
Yalta|44.5|34.17|UA|t|Yalta
Potsdam|52.39|13.06|DE|t|Potsdam
Casablanca|33.57|-7.59|MA|t|Casablanca
Addis Ababa|9.03|38.74|ET|t|Addis Ababa
Mogadishu|2.05|45.32|SO|t|Mogadishu
Warsaw|52.23|21.01|PL|t|Warsaw
Prague|50.08|14.44|CZ|t|Prague
Bucharest|44.43|26.1|RO|t|Bucharest
Timișoara|45.75|21.23|RO|t|Timisoara
Beijing|39.9|116.4|CN|t|Beijing
Brussels|50.85|4.35|BE|t|Brussels
Madrid|40.42|-3.7|ES|t|Madrid
Helsinki|60.17|24.94|FI|t|Helsinki
Rome|41.9|12.5|IT|t|Rome
Dayton, Ohio|39.76|-84.19|US|t|Dayton
Sava|44.8|20.45|None|n|Sava River
Texas|31.0|-99.9|US|r|Texas
East Texas|32.0|-95.0|US|r|East Texas
Camp David|39.65|-77.47|US|o|Camp David
White House|38.8977|-77.0365|US|o|White House
Kremlin|55.752|37.618|RU|o|Kremlin
Tempelhof Airport|52.47|13.4|DE|o|Tempelhof Airport;Tempelhof
Midway Island|28.2|-177.37|US|n|Midway Island
Geneva|46.2|6.14|CH|t|Geneva

Hanoi|21.03|105.85|VN|t|Hanoi
Paris Peace|0|0|None|o|XXXX
Indochina|16.0|106.0|None|r|Indochina
Korea|36.5|127.9|KR|c|Korea
Switzerland|46.8|8.2|CH|c|Switzerland
Spain|40.46|-3.75|ES|c|Spain
North America|48.0|-100.0|None|r|North America
Third World|0|0|None|r|XXXX
Berlin Wall|52.516|13.378|DE|o|Berlin Wall
Iceland|64.96|-19.0|IS|c|Iceland
Halifax, Nova Scotia|44.65|-63.58|CA|t|Halifax
Nova Scotia|45.0|-63.0|CA|r|Nova Scotia
The Narrows (Halifax)|44.67|-63.6|CA|n|Narrows
Halifax Harbour|44.63|-63.57|CA|n|Halifax Harbour
Bedford Basin|44.7|-63.64|CA|n|Bedford Basin
Pier 6 (Halifax)|44.665|-63.6|CA|o|Pier 6
Richmond (Halifax)|44.668|-63.6|CA|t|Richmond
Dartmouth, Nova Scotia|44.67|-63.57|CA|t|Dartmouth
New Mexico|34.5|-106.0|US|r|New Mexico
Alps|46.5|10.0|None|n|Alps
Mont Blanc|45.83|6.86|None|n|Mont Blanc
Gravesend Bay|40.59|-74.01|US|n|Gravesend Bay
Brooklyn|40.68|-73.94|US|t|Brooklyn
New York (state)|43.0|-75.5|US|r|XXXX
Bordeaux|44.84|-0.58|FR|t|Bordeaux
Halifax, West Yorkshire|53.72|-1.86|GB|t|XXXX
West Yorkshire|53.75|-1.7|GB|r|West Yorkshire
Yorkshire|53.9|-1.3|GB|r|Yorkshire
Dartmouth, Devon|50.35|-3.58|GB|t|XXXX
Devon|50.7|-3.8|GB|r|Devon
River Dart|50.4|-3.65|GB|n|River Dart
English Channel|50.2|-1.0|None|n|English Channel
Liverpool|53.41|-2.98|GB|t|Liverpool
Plymouth|50.38|-4.14|GB|t|Plymouth
Sydney, Nova Scotia|46.14|-60.19|CA|t|XXXX
Cape Breton Island|46.25|-60.85|CA|n|Cape Breton Island
Sydney (Australia)|-33.87|151.21|AU|t|XXXX
Richmond Station (Halifax)|44.668|-63.6|CA|o|Richmond Station
Saint John, New Brunswick|45.27|-66.06|CA|t|Saint John
New Brunswick|46.5|-66.2|CA|r|New Brunswick
Truro, Nova Scotia|45.37|-63.28|CA|t|Truro
Boston|42.36|-71.06|US|t|Boston
Massachusetts|42.4|-71.8|US|r|Massachusetts
Maine|45.3|-69.2|US|r|Maine
Amherst, Nova Scotia|45.83|-64.21|CA|t|XXXX
Amherst, Massachusetts|42.37|-72.52|US|t|XXXX
Boston Common|42.355|-71.066|US|o|Boston Common
Boston, Lincolnshire|52.98|-0.02|GB|t|XXXX
Lincolnshire|53.1|-0.2|GB|r|Lincolnshire
Hydrostone|44.663|-63.6|CA|t|Hydrostone
Charlottetown|46.24|-63.13|CA|t|Charlottetown
Prince Edward Island|46.5|-63.4|CA|n|Prince Edward Island
Tufts Cove|44.68|-63.59|CA|n|Tufts Cove
Turtle Grove|44.68|-63.59|CA|t|Turtle Grove
Northwest Arm|44.63|-63.6|CA|n|Northwest Arm
Mississippi River|35.0|-90.1|US|n|Mississippi River
Nauvoo, Illinois|40.55|-91.38|US|t|Nauvoo;Commerce
Illinois|40.0|-89.2|US|r|Illinois
Iowa|42.0|-93.5|US|r|Iowa
Kirtland, Ohio|41.63|-81.36|US|t|Kirtland
Ohio|40.4|-82.8|US|r|Ohio
Independence, Missouri|39.09|-94.42|US|t|Independence
Missouri|38.5|-92.5|US|r|Missouri
Far West, Missouri|39.77|-94.1|US|t|Far West
Chicago|41.88|-87.63|US|t|Chicago
Carthage, Illinois|40.41|-91.14|US|t|XXXX
Carthage (Tunisia)|36.85|10.32|TN|t|XXXX
Garden Grove, Iowa|40.83|-93.6|US|t|Garden Grove
Mount Pisgah (Iowa)|41.1|-94.15|US|t|XXXX
Mount Pisgah (Nebo)|31.77|35.73|JO|n|XXXX
Missouri River|41.3|-95.9|US|n|Missouri River
Nebraska|41.5|-99.8|US|r|Nebraska
Winter Quarters|41.34|-95.96|US|t|Winter Quarters
Florence (Omaha)|41.34|-95.96|US|t|Florence
Omaha|41.26|-95.93|US|t|Omaha
Council Bluffs|41.26|-95.86|US|t|Kanesville;Council Bluffs
Kane, Pennsylvania|41.66|-78.81|US|t|XXXX
Pennsylvania|40.9|-77.8|US|r|Pennsylvania
Kane County, Utah|37.3|-111.9|US|r|Kane County
Utah|39.3|-111.7|US|r|Utah;Utah Territory
Fort Leavenworth|39.35|-94.92|US|o|Fort Leavenworth
Santa Fe|35.69|-105.94|US|t|Santa Fe
San Diego|32.72|-117.16|US|t|San Diego
Alta California|37.0|-120.0|US|r|Alta California
Platte River|41.0|-100.0|US|n|Platte River
Chimney Rock|41.7|-103.35|US|n|Chimney Rock
South Pass|42.36|-108.92|US|n|South Pass
Wind River Range|43.0|-109.6|US|n|Wind River Range
Little Sandy|42.3|-109.5|US|n|Little Sandy
Fort Bridger|41.32|-110.39|US|o|Fort Bridger
Oregon|44.0|-120.5|US|r|Oregon
California|37.0|-120.0|US|r|California
Wasatch Range|40.5|-111.6|US|n|Wasatch Range
Echo Canyon|40.97|-111.43|US|n|Echo Canyon
Emigration Canyon|40.78|-111.77|US|n|Emigration Canyon
Great Salt Lake|41.2|-112.5|US|n|Great Salt Lake
Utah Lake|40.2|-111.8|US|n|Utah Lake
Jordan River (Utah)|40.6|-111.92|US|n|XXXX
Jordan River|32.0|35.55|None|n|XXXX
Holy Land|31.5|35.0|None|r|Holy Land
Sea of Galilee|32.82|35.59|IL|n|Sea of Galilee
Dead Sea|31.5|35.5|None|n|Dead Sea
Jordan|31.0|36.0|JO|c|XXXX
Deseret|39.3|-111.7|US|r|Deseret;State of Deseret
Rocky Mountains|44.0|-110.0|None|n|Rocky Mountains
Sierra Nevada (US)|38.0|-119.5|US|n|Sierra Nevada
Fillmore, Utah|38.97|-112.32|US|t|XXXX
Salt Lake City|40.76|-111.89|US|t|Salt Lake City;Great Salt Lake City
Provo|40.23|-111.66|US|t|Provo
St. George, Utah|37.1|-113.58|US|t|St. George
St. George's (Grenada)|12.06|-61.75|GD|t|St. George's
Copenhagen|55.68|12.57|DK|t|Copenhagen
Iowa City|41.66|-91.53|US|t|Iowa City
Wyoming|43.0|-107.5|US|r|Wyoming
Martin's Cove|42.43|-107.37|US|n|Martin's Cove
Sweetwater River|42.45|-107.5|US|n|Sweetwater River
San Bernardino|34.11|-117.29|US|t|San Bernardino
Southern California|34.0|-117.5|US|r|Southern California
Las Vegas|36.17|-115.14|US|t|Las Vegas
Old Spanish Trail|37.0|-111.0|US|o|Old Spanish Trail
Salmon River|45.2|-114.0|US|n|Salmon River
Fort Limhi|44.97|-113.63|US|o|Fort Limhi
Idaho|44.2|-114.7|US|r|Idaho
Gila River|33.0|-112.5|US|n|Gila River;Gila
Arizona|34.2|-111.7|US|r|Arizona
La Mesilla|32.27|-106.8|US|r|La Mesilla
Charleston, South Carolina|32.78|-79.93|US|t|Charleston
South Carolina|33.8|-80.9|US|r|South Carolina
New Orleans|29.95|-90.07|US|t|New Orleans
San Antonio|29.42|-98.49|US|t|San Antonio
Los Angeles|34.05|-118.24|US|t|Los Angeles
Baja California|30.0|-115.0|MX|r|Baja California
Sonora|29.3|-110.3|MX|r|Sonora
Chihuahua|28.6|-106.1|MX|r|Chihuahua
Gadsden, Alabama|34.01|-86.01|US|t|XXXX
Alabama|32.8|-86.8|US|r|Alabama
Mesilla Valley|32.3|-106.8|US|n|Mesilla Valley
Rio Grande|29.5|-101.0|None|n|Rio Grande
Ciudad Juárez|31.69|-106.42|MX|t|El Paso del Norte;Ciudad Juárez
El Paso|31.76|-106.49|US|t|El Paso
Mesilla, New Mexico|32.27|-106.8|US|t|Mesilla
Las Cruces|32.32|-106.76|US|t|Las Cruces
Tucson|32.22|-110.97|US|t|Tucson
Santa Cruz River|32.2|-111.0|None|n|Santa Cruz River
Tubac|31.61|-111.05|US|t|Tubac
St. Louis|38.63|-90.2|US|t|St. Louis
Apache Pass|32.15|-109.45|US|n|Apache Pass
Chiricahua Mountains|31.85|-109.3|US|n|Chiricahua Mountains
Cochise County|31.88|-109.75|US|r|Cochise County
Patagonia, Arizona|31.54|-110.75|US|t|XXXX
Patagonia Mountains|31.45|-110.77|US|n|Patagonia Mountains
Columbus, New Mexico|31.83|-107.64|US|t|XXXX
Columbus, Ohio|39.96|-83.0|US|t|XXXX
Sonora, California|37.98|-120.38|US|t|XXXX
Durango, Colorado|37.28|-107.88|US|t|XXXX
Durango (city)|24.02|-104.66|MX|t|XXXX
Colorado River|32.73|-114.62|None|n|Colorado River
Colorado|39.0|-105.5|US|r|Colorado
Yuma|32.69|-114.63|US|t|Yuma
Sierra Blanca, Texas|31.17|-105.36|US|t|Sierra Blanca
Bisbee|31.45|-109.93|US|t|Bisbee
Douglas, Arizona|31.34|-109.55|US|t|Douglas
Ajo|32.37|-112.86|US|t|Ajo
Tombstone|31.71|-110.07|US|t|Tombstone
Nogales|31.33|-110.94|None|t|XXXX
Nogales, Arizona|31.34|-110.94|US|t|XXXX
Nogales, Sonora|31.31|-110.94|MX|t|XXXX
"""
PLACES={}; SURF={}
for line in [l for l in PLACES_TXT.strip().split("\n") if l]:
    k,la,lo,cc,kd,s=line.split('|')
    PLACES[k]=(float(la),float(lo),None if cc=='None' else cc,KINDS[kd])
    for x in s.split(';'):
        if x!='XXXX' and not x.endswith('X'): SURF[x]=('P',k)
del PLACES['Paris Peace']; del PLACES['Third World']
PLACES_TXT2 = r"""
Vienna|48.21|16.37|AT|t|Vienna
Guam|13.44|144.79|US|n|Guam
Central Highlands (Vietnam)|13.5|108.0|VN|r|Central Highlands
Sicily|37.6|14.0|IT|n|Sicily
French North Africa|32.0|2.0|None|r|French North Africa
Reichstag|52.5186|13.3762|DE|o|Reichstag
Presidential Palace (Saigon)|10.777|106.695|VN|o|Presidential Palace
Ho Chi Minh City|10.78|106.7|VN|t|Saigon
Western bloc|50.0|0.0|None|r|West
Eastern bloc|52.0|25.0|None|r|East
Patagonia|-45.0|-69.0|None|r|XXXX
South America|-15.0|-60.0|None|r|South America
Gadsden Purchase territory|32.0|-110.5|US|r|La Mesilla
Zion|0|0|None|o|XXXX
"""
for line in [l for l in PLACES_TXT2.strip().split("\n") if l]:
    k,la,lo,cc,kd,s=line.split('|')
    PLACES[k]=(float(la),float(lo),None if cc=='None' else cc,KINDS[kd])
    for x in s.split(';'):
        if x!='XXXX': SURF[x]=('P',k)
del PLACES['Zion']
SURF['Saigon']=('P','Ho Chi Minh City')
SURF['Democratic Republic of Vietnam']=('P','North Vietnam')
SURF['Midway']=('P','Midway Island')

NONPLACES_TXT = r"""
demonym/adjective|American;Americans;Soviet;Soviets;British;French;German;Germans;Mexican;Mexicans;Cuban;Cubans;Russian;Chinese;Japanese;Israeli;Arab;Egyptian;Ethiopian;Somali;Somalis;Polish;Hungarian;Bulgarian;Vietnamese;North Vietnamese;South Vietnamese;Haitian;Haitians;Jamaican;European;Europeans;Eastern European;Western;Berliners;West Berliners;East German;West German;Austrian;Italian;Prussian;Bosnian Serb;Norwegian;Hebrew;Mormon;Danish;French-Canadian;Mi'kmaq;Apache;Ute;Latin American;North American;Napoleonic;Spanish;English;Chiricahua;Texans;Marxist;Stalinist;Bolshevik;Bolsheviks;Nazi;Nazism;Communism;Confederate;Confederacy;Federalist;Federalists;Saints;Latter-day Saints
organisation|U.S. Army;U.S. Navy;U.S. Air Force;U.S. Government;U.S. government;U.S. Congress;U.S. military;Red Army;German Army;North Vietnamese Army;Organization of American States;Organization of Petroleum Exporting Countries;OPEC;NATO;North Atlantic Treaty Organization;Western European Union;European Community;European Union;Kent State University;Socialist Unity Party of Germany;German Communist Party;Bulgarian Communist Party;Berlin City Council;Polish Government;East German Government;Austrian Government;Austrian government;French Government;Hungarian Party;Military Assistance Command Vietnam;Pacific Command;Commission for Relief in Belgium;Halifax Relief Commission;Massachusetts Public Safety Committee;Supreme Court of Canada;Privy Council;Southern Pacific;Texas and Pacific;Butterfield Overland Mail;Mormon Battalion;Church of Jesus Christ of Latter-day Saints;Deseret News;Halifax Herald;Morning Chronicle;Board of Trade;Nixon Presidential Library;John F. Kennedy Library;Library of Congress Prints and Photographs Division;U.S. News & World Report Magazine Photograph Collection;ABC News;United Nations;UN;League of Nations;Provisional Revolutionary Government;NATO-Russia Permanent Joint Council;North Atlantic Cooperation Council;Conference on Security and Cooperation in Europe;CSCE;Allied Control Council;International Energy Agency;Group of Ten;Western Allies;Department of Defense;Joint Chiefs of Staff;Democratic Revolutionary Front;U.S. Air Force;Strategic Air Command;Department of the Air Force;Navy Department;War Department;Office of Strategic Services;Central Intelligence Agency;CIA;National Security Council;Republican Party;Democratic-Republican party;Federalist Party;Seven Sisters;Mexican government;Spanish government
war/event|Cold War;World War I;World War II;Second World War;First World War;Civil War;American Civil War;Arab-Israeli War;Vietnam War;Berlin Airlift;Berlin Crisis;Cuban Missile Crisis;Cuban missile crisis;Bay of Pigs Invasion;Bay of Pigs invasion;Hungarian Revolution;Prague Spring;Haitian Revolution;Haitian revolution;French Revolution;French Revolutionary Wars;Quasi-War;Louisiana Purchase;Gadsden Purchase;Halifax Explosion;Mormon Exodus;Gold Rush;Revolution of Ayutla;Easter Offensive;Christmas Bombing;Watergate scandal;Casablanca Conference;Quebec Conference;Yalta Conference;Potsdam Conference;Moscow Conference of Foreign Ministers;Rome Summit;Brussels Summit;Lam Son 719;French Intervention;Eastern Front;Oil Embargo;Operation Mongoose;Operation Vittles;Operation Plainfare;Operation Linebacker;Operation Sharp Guard;Operation Deny Flight;Operation Deliberate Force;Operation Joint Endeavor;Round Table Talks;Round Table talks
treaty/agreement/law|Treaty of Guadalupe Hidalgo;Treaty of La Mesilla;Venta de La Mesilla;Treaty of Versailles;Smithsonian Agreement;Bretton Woods system;Bretton Woods System;Bretton Woods;London Declaration on a Transformed North Atlantic Alliance;London Declaration;Rome Declaration on Peace and Cooperation;Rome Declaration;Brussels Declaration;Atlantic Charter;Monroe Doctrine;Brezhnev Doctrine;Truman Doctrine;Marshall Plan;Warsaw Pact;Neutrality Act of 1939;Johnson Act of 1934;Alien and Sedition Acts;Charter of the United Nations;UN Charter;Founding Act on Mutual Relations, Cooperation, and Security between NATO and the Russian Federation;Treaty of Friendship and Cooperation;Test Ban Treaty;Destroyers for Bases;First Egyptian-Israeli Disengagement Agreement;Haitian Constitution of 1801;Declaration of the United Nations;SALT II;Lend-Lease;European Recovery Program
other|Washington’s Farewell Address;Fourteen Points;Deutschmark;Ostmark;Iron Curtain;Gadsden flag;Disturnell map;Barometer Rising;Mont-Blanc;Imo;HMCS Niobe;Stella Maris;USS Essex;Jupiter;Nixon shock;Project Independence;Third World;Earl of Halifax;Earl of Dartmouth;Archduke of Austria;Emperor of Mexico;Habsburg;Lend-Lease Memorial;Vietnamization;Strategic Petroleum Reserve;Big Four;State of the Union
"""
for line in NONPLACES_TXT.strip().split('\n'):
    why,s=line.split('|',1)
    for x in s.split(';'):
        SURF[x]=('N',why)
del SURF['Archduke of Austria']; del SURF['Emperor of Mexico']

# persons: id | surfaces | named-like-a-place surfaces (subset)
PERSONS_TXT = r"""
Bill Clinton (President, b. 1946)|William J. Clinton;Bill Clinton|William J. Clinton;Bill Clinton
J. Scott Applewhite (photographer)|J. Scott Applewhite|
Richard Nixon (President, 1913–1994)|Richard M. Nixon;Richard Nixon;Nixon|Richard M. Nixon;Richard Nixon;Nixon
John Connally (Treasury Secretary, 1917–1993)|John Connally;Connally|
George Shultz (OMB Director, 1920–2021)|George Shultz|
William P. Rogers (Secretary of State, 1913–2001)|William Rogers|
Henry Kissinger (National Security Advisor, 1923–2023)|Henry Kissinger;Henry A. Kissinger;Kissinger|
John F. Kennedy (President, 1917–1963)|John F. Kennedy;[President ]Kennedy;Kennedy|
Robert F. Kennedy (Attorney General, 1925–1968)|Robert Kennedy;[Attorney General ]Kennedy|
Lyndon B. Johnson (President, 1908–1973)|Lyndon B. Johnson|Lyndon B. Johnson
Fulgencio Batista (Cuban president, 1901–1973)|Fulgencio Batista|
Fidel Castro (Cuban leader, 1926–2016)|Fidel Castro;Castro|
Dwight D. Eisenhower (President, 1890–1969)|Dwight D. Eisenhower;Dwight Eisenhower;Eisenhower|
Maxwell Taylor (general, 1901–1987)|Maxwell Taylor;[General ]Taylor|Maxwell Taylor;[General ]Taylor
Edward Lansdale (CIA officer, 1908–1987)|Edward Lansdale;Lansdale|Edward Lansdale;Lansdale
Nikita Khrushchev (Soviet premier, 1894–1971)|Nikita Khrushchev;Khrushchev|
Napoleon III (French emperor, 1808–1873)|Napoleon III;Napoleon|
Maximilian I of Mexico (1832–1867)|Maximilian of Habsburg;Maximilian|
Benito Juárez (Mexican president, 1806–1872)|Benito Juárez;Juárez|Benito Juárez;Juárez
Félix Zuloaga (Mexican conservative, 1813–1898)|Félix Zuloaga|
William H. Seward (Secretary of State, 1801–1872)|William Henry Seward;Seward|William Henry Seward;Seward
Thomas Corwin (diplomat, 1794–1865)|Thomas Corwin|
Manuel María de Zamacona (Mexican diplomat, 1826–1904)|Manuel Maria Zamacona|
Matías Romero (Mexican minister, 1837–1898)|Matías Romero|
Abraham Lincoln (President, 1809–1865)|Abraham Lincoln|Abraham Lincoln
Ulysses S. Grant (general, 1822–1885)|Ulysses S. Grant|
Philip Sheridan (general, 1831–1888)|Philip Henry Sheridan|Philip Henry Sheridan
William M. Evarts (Secretary of State, 1818–1901)|William Evarts|
Anatoly Dobrynin (Soviet ambassador, 1919–2010)|Anatoly Dobrynin|
John Scali (ABC correspondent, 1918–1995)|John Scali;Scali|
Franklin D. Roosevelt (President, 1882–1945)|Franklin D. Roosevelt;Roosevelt;FDR|Franklin D. Roosevelt;Roosevelt
George C. Marshall (general and Secretary of State, 1880–1959)|George C. Marshall;George Marshall;Marshall|George C. Marshall;George Marshall;Marshall
Winston Churchill (Prime Minister, 1874–1965)|Winston Churchill;Churchill|Winston Churchill;Churchill
Toussaint Louverture (Haitian leader, 1743–1803)|Toussaint L’Ouverture;Toussaint L'Ouverture;L’Ouverture|
Thomas Jefferson (President, 1743–1826)|Thomas Jefferson;Jefferson|Thomas Jefferson;Jefferson
Alexander Hamilton (Treasury Secretary, 1755–1804)|Alexander Hamilton|Alexander Hamilton
John Adams (President, 1735–1826)|John Adams;Adams|John Adams;Adams
Jean-Jacques Dessalines (Haitian leader, 1758–1806)|Jean-Jacques Dessalines|
Cordell Hull (Secretary of State, 1871–1955)|Cordell Hull|Cordell Hull
Anthony Eden (Foreign Secretary, 1897–1977)|Anthony Eden|
Joseph Stalin (Soviet leader, 1878–1953)|Joseph Stalin;Stalin|
Woodrow Wilson (President, 1856–1924)|Woodrow Wilson;Wilson|
Lucius D. Clay (general, 1898–1978)|Lucius Clay|
Mikhail Gorbachev (Soviet leader, 1931–2022)|Mikhail Gorbachev;Gorbachev|
Boris Yeltsin (Russian president, 1931–2007)|Boris Yeltsin;Yeltsin|
Haile Selassie (Ethiopian emperor, 1892–1975)|Haile Selassie|
Mengistu Haile Mariam (Ethiopian leader, b. 1937)|Mengistu Haile Miriam;Mengistu|
Siad Barre (Somali president, 1919–1995)|Mohammed Siad Barre;Siad Barre|
Jimmy Carter (President, 1924–2024)|Jimmy Carter;Carter|
Zbigniew Brzezinski (National Security Advisor, 1928–2017)|Zbigniew Brzezinski;Brzezinski|
Cyrus Vance (Secretary of State, 1917–2002)|Cyrus Vance;Vance|
George H. W. Bush (President, 1924–2018)|George H. W. Bush;Bush|
Brent Scowcroft (National Security Advisor, 1925–2020)|Brent Scowcroft;Scowcroft|
Ronald Reagan (President, 1911–2004)|Ronald Reagan|
Tadeusz Mazowiecki (Polish prime minister, 1927–2013)|Tadeusz Mazowiecki|
János Kádár (Hungarian leader, 1912–1989)|Janos Kadar|
Imre Nagy (Hungarian leader, 1896–1958)|Imre Nagy|
Erich Honecker (East German leader, 1912–1994)|Erich Honecker;Honecker|
Helmut Kohl (West German chancellor, 1930–2017)|Helmut Kohl|
Alexander Dubček (Czechoslovak leader, 1921–1992)|Alexander Dubcek|
Václav Havel (Czech president, 1936–2011)|Vaclav Havel|
Todor Zhivkov (Bulgarian leader, 1911–1998)|Todor Zhivkov|
Petar Mladenov (Bulgarian leader, 1936–2000)|Petar Mladenov|
Nicolae Ceaușescu (Romanian leader, 1918–1989)|Nicolae Ceausescu;Ceausescu|
Ion Iliescu (Romanian president, b. 1930)|Ion Iliescu|
Anatoly Chernyaev (Gorbachev adviser, 1921–2017)|Anatoly Chernyaev|
Willy Brandt (Mayor of West Berlin, 1913–1992)|Willy Brandt|
Walter Ulbricht (East German leader, 1893–1973)|Walter Ulbricht|
Nguyen Van Thieu (South Vietnamese president, 1923–2001)|Nguyen Van Thieu;Thieu|
Le Duc Tho (North Vietnamese negotiator, 1911–1990)|Le Duc Tho|
Norodom Sihanouk (Cambodian prince, 1922–2012)|Norodom Sihanouk|
Lon Nol (Cambodian leader, 1913–1985)|Lon Nol|
Gerald Ford (President, 1913–2006)|Gerald R. Ford|
Vladimir Lenin (Bolshevik leader, 1870–1924)|Vladimir Lenin|
George Washington (President, 1732–1799)|George Washington|George Washington
Edward Littlejohn (USAF photographer)|Edward Littlejohn|
Warren K. Leffler (photographer, 1926–2003)|Warren K. Leffler|
Robert L. Lawson (photographer)|Robert L. Lawson|
George Montagu-Dunk, 2nd Earl of Halifax (1716–1771)|George Montagu-Dunk|
Vince Coleman (railway dispatcher, 1872–1917)|Vince Coleman|
Abraham Ratshesky (Boston banker, 1864–1943)|Abraham Ratshesky|
Jeffery Amherst (British general, 1717–1797)|Jeffery Amherst|Jeffery Amherst
Thomas Adams (town planner, 1871–1940)|Thomas Adams|Thomas Adams
Francis Mackey (harbour pilot, 1872–1961)|Francis Mackey|
Aimé Le Médec (captain of the Mont-Blanc)|Aimé Le Médec|
Frederick Evan Wyatt (naval officer)|Frederick Wyatt|
Hugh MacLennan (novelist, 1907–1990)|Hugh MacLennan|
Joseph Smith (Mormon founder, 1805–1844)|Joseph Smith;Smith|
Hyrum Smith (1800–1844)|Hyrum|Hyrum
Brigham Young (Mormon leader, 1801–1877)|Brigham Young;Young|
Moses (biblical prophet)|Moses|
Thomas L. Kane (lawyer and general, 1822–1883)|Thomas L. Kane;Kane|Thomas L. Kane;Kane
Jim Bridger (mountain man, 1804–1881)|Jim Bridger|Jim Bridger
Millard Fillmore (President, 1800–1874)|Millard Fillmore|Millard Fillmore
Étienne Provost (trapper, 1785–1850)|Étienne Provost|
James Gadsden (diplomat, 1788–1858)|James Gadsden;Gadsden|James Gadsden;Gadsden
Antonio López de Santa Anna (Mexican president, 1794–1876)|Antonio López de Santa Anna;Santa Anna|
Jefferson Davis (Secretary of War, 1808–1889)|Jefferson Davis|Jefferson Davis
Franklin Pierce (President, 1804–1869)|Franklin Pierce|Franklin Pierce
Christopher Gadsden (revolutionary, 1724–1805)|Christopher Gadsden|Christopher Gadsden
Cochise (Chiricahua Apache leader, c. 1805–1874)|Cochise|Cochise
Pancho Villa (Mexican revolutionary, 1878–1923)|Pancho Villa|
Christopher Columbus (navigator, 1451–1506)|Christopher Columbus|Christopher Columbus
William H. Emory (army surveyor, 1811–1887)|William H. Emory|
José Salazar Ylarregui (Mexican surveyor, 1823–1892)|José Salazar Ylarregui|
Billy the Kid (outlaw, 1859–1881)|Billy the Kid|
"""
PERSONS={}; LIKE=set()
for line in PERSONS_TXT.strip().split('\n'):
    pid,s,l=line.split('|')
    PERSONS[pid]=1
    for x in s.split(';'): SURF[x]=('H',pid)
    for x in l.split(';'):
        if x: LIKE.add((pid,x))

for x in ['CIA', 'Central Intelligence Agency', 'National Security Council', 'Department of Defense', 'Joint Chiefs of Staff', 'Office of Strategic Services', 'War Department', 'Navy Department', 'Department of the Air Force', 'Republican Party', 'Federalist Party', 'Democratic-Republican party', 'Strategic Air Command', 'Group of Ten', 'International Energy Agency', 'Allied Control Council', 'Board of Trade', 'Privy Council', 'Big Four', 'State of the Union', 'Strategic Petroleum Reserve', 'Lend-Lease', 'Lend-Lease Memorial', 'Destroyers for Bases', 'Treaty of Friendship and Cooperation', 'Test Ban Treaty', 'Operation Mongoose', 'Operation Vittles', 'Operation Plainfare', 'Operation Linebacker', 'Operation Sharp Guard', 'Operation Deny Flight', 'Operation Deliberate Force', 'Operation Joint Endeavor', 'Round Table Talks', 'Round Table talks', 'Federalist', 'Federalists', 'Confederacy', 'Saints', 'Latter-day Saints', 'Bolshevik', 'Bolsheviks', 'Marxist', 'Stalinist', 'Communism', 'Nazi', 'Nazism', 'Habsburg', 'Mont-Blanc', 'Imo', 'HMCS Niobe', 'Stella Maris', 'USS Essex', 'Earl of Halifax', 'Earl of Dartmouth', 'Smithsonian Agreement', 'U.S. military']:
    SURF.pop(x,None)
for x in ['Mont-Blanc','Imo','HMCS Niobe','Stella Maris','USS Essex']: SURF[x]=('N','ship')
for x in ['Earl of Halifax','Earl of Dartmouth']: SURF[x]=('F',)
for x in ['Castro regime','Anti-Castro','Kennedy administration','Reagan administration','Truman administration','Carter administration','Carter years','Smith','Young']: SURF[x]=('X',)
SURF['Nixon administration']=('N','other'); SURF['Roosevelt administration']=('N','other'); SURF['Juárez government']=('N','other')
SURF['African']=('N','demonym/adjective'); SURF['Italian']=('N','demonym/adjective')
SURF['United Nations Relief and Rehabilitation Administration']=('N','organisation')
SURF['United Nations Educational, Scientific, and Cultural Organization']=('N','organisation')
PLACES['Barbary Coast']=(33.0,5.0,None,'region'); SURF['Barbary States']=('P','Barbary Coast')
PLACES['Nogales']=(31.33,-110.94,None,'city'); SURF['Nogales']=('P','Nogales')
for k in ['Nogales, Arizona','Nogales, Sonora']: del PLACES[k]

SURF['East Germans']=('N','demonym/adjective'); SURF['Atlantic Alliance']=('N','organisation')
SURF['US-South Vietnamese']=('N','hyphenated adjective')
PLACES['Bizonia']=(51.0,9.0,'DE','region'); SURF['Bizonia']=('P','Bizonia')
