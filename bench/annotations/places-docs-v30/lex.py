"""Lexicon for places_v30 (written from my own knowledge).
PLACES: key | lat | lon | country | kind | surface forms (;-separated)
NONPLACES: text | why
PERSONS: person id | surface forms | flag (L = named like a place)
"""
PLACES_TXT = r"""
United States | 39.8 | -98.6 | US | country | United States; U.S.; U. S.; America
France | 46.6 | 2.4 | FR | country | France
Paris | 48.857 | 2.352 | FR | city | Paris
Versailles | 48.805 | 2.12 | FR | city | Versailles
United Kingdom | 54.0 | -2.0 | GB | country | United Kingdom; Britain; Great Britain
England | 52.5 | -1.5 | GB | region | England
Italy | 42.8 | 12.5 | IT | country | Italy
Adriatic Sea | 43.0 | 15.0 | null | natural feature | Adriatic
Russia | 61.0 | 96.0 | RU | country | Russia
Germany | 51.2 | 10.4 | DE | country | Germany
Austria-Hungary | 47.5 | 17.0 | null | country | Austria-Hungary
Turkey | 39.0 | 35.2 | TR | country | Turkey
Bulgaria | 42.7 | 25.5 | BG | country | Bulgaria
Europe | 54.0 | 15.0 | null | region | Europe
Gdańsk | 54.35 | 18.65 | PL | city | Danzig; Gdansk
Saarland | 49.4 | 6.95 | DE | region | Saarland
Shenyang | 41.8 | 123.43 | CN | city | Mukden; Shenyang
Manchuria | 44.0 | 126.0 | CN | region | Manchuria
China | 35.0 | 103.0 | CN | country | China; People’s Republic of China; PRC; People’s Republic
Far East | 35.0 | 125.0 | null | region | Far East
Pacific Ocean | 0.0 | -160.0 | null | natural feature | Pacific
Philippines | 12.9 | 121.8 | PH | country | Philippines
Guam | 13.44 | 144.79 | GU | natural feature | Guam
Hawaii | 20.8 | -156.3 | US | region | Hawaii
Manchukuo | 44.0 | 126.0 | CN | country | Manchukuo
Jinzhou | 41.1 | 121.13 | CN | city | Jinzhou; Chinchow
Japan | 36.2 | 138.25 | JP | country | Japan
Shanghai | 31.23 | 121.47 | CN | city | Shanghai
Passy | 48.857 | 2.28 | FR | other | Passy
Saratoga (New York) | 43.0 | -73.65 | US | city | Saratoga
Americas | 15.0 | -80.0 | null | region | New World
Bandung | -6.91 | 107.61 | ID | city | Bandung
Indonesia | -2.5 | 118.0 | ID | country | Indonesia
Gedung Merdeka | -6.921 | 107.61 | ID | other | Gedung Merdeka
Myanmar | 21.9 | 95.9 | MM | country | Burma
India | 22.0 | 79.0 | IN | country | India
Pakistan | 30.0 | 70.0 | PK | country | Pakistan
Sri Lanka | 7.9 | 80.7 | LK | country | Sri Lanka
Asia | 34.0 | 100.0 | null | region | Asia
Africa | 2.0 | 20.0 | null | region | Africa
Middle East | 29.0 | 42.0 | null | region | Middle East
North America | 45.0 | -100.0 | null | region | North America
Southeast Asia | 10.0 | 110.0 | null | region | Southeast Asia
Western Europe | 48.0 | 5.0 | null | region | Western Europe
Eastern Europe | 52.0 | 25.0 | null | region | Eastern Europe
Eastern Bloc | 52.0 | 25.0 | null | region | Eastern Bloc
Netherlands | 52.2 | 5.3 | NL | country | Netherlands
American South | 33.0 | -86.0 | US | region | American South
Long Island | 40.8 | -73.2 | US | natural feature | Long Island
New York (state) | 42.9 | -75.5 | US | region | New York
New York City | 40.71 | -74.0 | US | city | New York City
Cuba | 21.5 | -79.5 | CU | country | Cuba
Connecticut | 41.6 | -72.7 | US | region | Connecticut
Spain | 40.2 | -3.7 | ES | country | Spain
Geneva | 46.2 | 6.14 | CH | city | Geneva
Beijing | 39.9 | 116.4 | CN | city | Beijing
Taiwan Strait | 24.5 | 119.5 | null | natural feature | Taiwan Strait
Czechoslovakia | 49.8 | 15.5 | CS | country | Czechoslovakia
Poland | 52.1 | 19.4 | PL | country | Poland
Taiwan | 23.7 | 121.0 | TW | country | Taiwan
Thailand | 15.0 | 101.0 | TH | country | Thailand
Warsaw | 52.23 | 21.01 | PL | city | Warsaw
East Asia | 35.0 | 115.0 | null | region | East Asia
Soviet Union | 61.0 | 96.0 | SU | country | Soviet Union; USSR
Moscow | 55.76 | 37.62 | RU | city | Moscow
New Jersey | 40.1 | -74.5 | US | region | New Jersey
Helsinki | 60.17 | 24.94 | FI | city | Helsinki
Finland | 64.0 | 26.0 | FI | country | Finland
Vienna | 48.21 | 16.37 | AT | city | Vienna
Afghanistan | 33.9 | 67.7 | AF | country | Afghanistan
Washington, D.C. | 38.9 | -77.04 | US | city | Washington
Korean Peninsula | 37.5 | 127.5 | null | natural feature | Korean Peninsula
Korea | 38.0 | 127.5 | null | region | Koreas
South Korea | 36.5 | 127.9 | KR | country | South Korea; Republic of Korea
North Korea | 40.3 | 127.5 | KP | country | North Korea; Democratic People’s Republic of Korea
Pyongyang | 39.03 | 125.75 | KP | city | Pyongyang
Yongbyon | 39.8 | 125.8 | KP | city | Yongbyon
Kumchang-ri | 40.1 | 125.9 | KP | other | Kumchang-ri
White House | 38.8977 | -77.0365 | US | other | White House
Ireland | 53.2 | -8.2 | IE | country | Ireland
Canada | 56.0 | -106.0 | CA | country | Canada
Australia | -25.0 | 134.0 | AU | country | Australia
New Zealand | -41.0 | 174.0 | NZ | country | New Zealand
South Africa | -29.0 | 24.0 | ZA | country | South Africa
Belgium | 50.6 | 4.6 | BE | country | Belgium
Austria | 47.5 | 14.5 | AT | country | Austria
Vietnam | 16.0 | 107.8 | VN | country | Vietnam
Pearl Harbor | 21.35 | -157.97 | US | natural feature | Pearl Harbor
Casablanca | 33.57 | -7.59 | MA | city | Casablanca
Egypt | 26.8 | 30.8 | EG | country | Egypt
Tehran | 35.69 | 51.39 | IR | city | Tehran
Iran | 32.4 | 53.7 | IR | country | Iran
Bretton Woods | 44.26 | -71.44 | US | city | Bretton Woods
Dumbarton Oaks | 38.914 | -77.063 | US | other | Dumbarton Oaks
Crimea | 45.0 | 34.1 | UA | region | Crimea
Yalta | 44.5 | 34.17 | UA | city | Yalta
Potsdam | 52.39 | 13.06 | DE | city | Potsdam
Appalachian Mountains | 37.5 | -80.0 | US | natural feature | Appalachians
Mississippi River | 35.0 | -90.1 | US | natural feature | Mississippi River; Mississippi
Trans-Appalachian West | 38.0 | -86.0 | US | region | West
Louisiana Territory | 40.0 | -97.0 | US | region | Louisiana
Rocky Mountains | 44.0 | -110.0 | null | natural feature | Rocky Mountains
New Orleans | 29.95 | -90.07 | US | city | New Orleans
Saint-Domingue | 19.0 | -72.5 | HT | region | St. Domingue
Mississippi Valley | 35.0 | -90.0 | US | region | Mississippi Valley
West Florida | 30.7 | -88.0 | US | region | West Florida
Atlantic Ocean | 30.0 | -40.0 | null | natural feature | Atlantic
San Francisco | 37.77 | -122.42 | US | city | San Francisco
Ukraine | 49.0 | 32.0 | UA | country | Ukraine
Belarus | 53.7 | 27.9 | BY | country | Byelorussia
South Asia | 22.0 | 80.0 | null | region | South Asia
Bangladesh | 23.7 | 90.35 | BD | country | Bangladesh
East Pakistan | 23.7 | 90.35 | BD | region | East Pakistan; East
West Pakistan | 29.0 | 69.5 | PK | region | West Pakistan
Bay of Bengal | 15.0 | 88.0 | null | natural feature | Bay of Bengal
Singapore | 1.35 | 103.82 | SG | country | Singapore
Havana | 23.11 | -82.37 | CU | city | Havana
Wangxia | 22.205 | 113.547 | MO | other | Wangxia
Macau | 22.17 | 113.55 | MO | city | Macau
Guangzhou | 23.13 | 113.26 | CN | city | Guangzhou
Xiamen | 24.48 | 118.09 | CN | city | Xiamen
Fuzhou | 26.07 | 119.3 | CN | city | Fuzhou
Ningbo | 29.87 | 121.55 | CN | city | Ningbo
Tianjin | 39.13 | 117.2 | CN | city | Tianjin
Massachusetts | 42.3 | -71.8 | US | region | Massachusetts
# ---- panel: Leningrad
Saint Petersburg | 59.94 | 30.31 | RU | city | St. Petersburg; Petrograd; Leningrad
Neva River | 59.92 | 30.6 | RU | natural feature | Neva River; Neva
Saint Petersburg (Florida) | 27.77 | -82.64 | US | city | St. Petersburg
Florida | 28.3 | -81.7 | US | region | Florida
Tampa Bay | 27.76 | -82.54 | US | natural feature | Tampa Bay
Shlisselburg | 59.94 | 31.03 | RU | city | Shlisselburg; Petrokrepost
Lake Ladoga | 60.8 | 31.5 | RU | natural feature | Lake Ladoga
Karelian Isthmus | 60.5 | 30.0 | RU | natural feature | Karelian Isthmus
Kronstadt | 59.99 | 29.77 | RU | city | Kronstadt
Kotlin Island | 60.01 | 29.75 | RU | natural feature | Kotlin Island
Kirov (city) | 58.6 | 49.66 | RU | city | Vyatka; Kirov
Mariupol | 47.1 | 37.55 | UA | city | Mariupol; Zhdanov
Sea of Azov | 46.0 | 36.5 | null | natural feature | Azov
Luhansk | 48.57 | 39.31 | UA | city | Luhansk; Voroshilovgrad
Montana (Bulgaria) | 43.41 | 23.23 | BG | city | Montana; Mihaylovgrad
Pulkovo Heights | 59.77 | 30.33 | RU | natural feature | Pulkovo Heights
Pushkin (town) | 59.72 | 30.41 | RU | city | Pushkin; Tsarskoye Selo
Catherine Palace | 59.716 | 30.396 | RU | other | Catherine Palace
Kaliningrad | 54.71 | 20.51 | RU | city | Königsberg; Kaliningrad
Peterhof | 59.88 | 29.9 | RU | city | Peterhof
Gulf of Finland | 60.0 | 26.0 | null | natural feature | Gulf of Finland
Osinovets | 60.12 | 31.07 | RU | other | Osinovets
Kobona | 60.0 | 31.6 | RU | other | Kobona
Tikhvin | 59.64 | 33.51 | RU | city | Tikhvin
Samara | 53.2 | 50.15 | RU | city | Kuibyshev; Samara
Volga River | 48.0 | 46.0 | RU | natural feature | Volga
Cairo | 30.04 | 31.24 | EG | city | Cairo
Moscow (Idaho) | 46.73 | -117.0 | US | city | Moscow
Idaho | 44.1 | -114.7 | US | region | Idaho
Palouse | 46.9 | -117.2 | US | region | Palouse
Piskaryovskoye Memorial Cemetery | 60.0 | 30.42 | RU | other | Piskaryovskoye Memorial Cemetery
# ---- panel: Ghana
Ghana | 7.95 | -1.03 | GH | country | Ghana
Gold Coast (colony) | 7.95 | -1.03 | GH | country | Gold Coast
Accra | 5.56 | -0.2 | GH | city | Accra
Sahara | 23.0 | 13.0 | null | natural feature | Sahara
Gold Coast (Queensland) | -28.0 | 153.43 | AU | city | Gold Coast
Queensland | -22.0 | 144.0 | AU | region | Queensland
Ghana Empire | 15.8 | -8.0 | null | region | Ghana
Mauritania | 20.3 | -10.3 | MR | country | Mauritania
Mali | 17.6 | -4.0 | ML | country | Mali
Koumbi Saleh | 15.77 | -7.97 | MR | other | Koumbi Saleh
Nkroful | 4.96 | -2.32 | GH | city | Nkroful
Côte d'Ivoire | 7.5 | -5.5 | CI | country | Ivory Coast; Côte d'Ivoire
Oxford (Pennsylvania) | 39.79 | -75.98 | US | city | Oxford
Pennsylvania | 40.9 | -77.8 | US | region | Pennsylvania
Philadelphia | 39.95 | -75.17 | US | city | Philadelphia
Oxford | 51.75 | -1.26 | GB | city | Oxford
London | 51.51 | -0.13 | GB | city | London
Manchester | 53.48 | -2.24 | GB | city | Manchester
James Fort | 5.535 | -0.211 | GH | other | James Fort
Old Polo Ground | 5.545 | -0.2 | GH | other | Old Polo Ground
Montgomery (Alabama) | 32.37 | -86.3 | US | city | Montgomery
Alabama | 32.8 | -86.8 | US | region | Alabama
Black Star Square | 5.546 | -0.193 | GH | other | Black Star Square
New York City | 40.71 | -74.0 | US | city | New York
Axim | 4.87 | -2.24 | GH | city | Axim
Keta | 5.92 | 0.99 | GH | city | Keta
Elmina | 5.08 | -1.35 | GH | city | Elmina
Cape Coast | 5.1 | -1.25 | GH | city | Cape Coast
Cape Coast Castle | 5.103 | -1.241 | GH | other | Cape Coast Castle
Gold Coast Colony | 5.5 | -1.0 | GH | region | Colony
Ashanti | 6.75 | -1.6 | GH | region | Ashanti
Kumasi | 6.69 | -1.62 | GH | city | Kumasi
Northern Territories | 9.5 | -1.0 | GH | region | Northern Territories
Volta River | 6.5 | 0.2 | GH | natural feature | Volta River; Volta
Burkina Faso | 12.3 | -1.6 | BF | country | Upper Volta; Burkina Faso
British Togoland | 7.5 | 0.5 | GH | region | British Togoland
Togo | 8.6 | 0.9 | TG | country | French Togoland; Togo; Republic of Togo
Lomé | 6.13 | 1.22 | TG | city | Lomé
Volta Region | 7.0 | 0.5 | GH | region | Volta Region
Akosombo | 6.3 | 0.05 | GH | city | Akosombo
Lake Volta | 7.5 | -0.3 | GH | natural feature | Lake Volta
Tema | 5.67 | -0.02 | GH | city | Tema
Black Volta | 9.0 | -2.5 | null | natural feature | Black Volta
White Volta | 9.7 | -1.0 | null | natural feature | White Volta
Guinea | 10.4 | -10.9 | GN | country | Guinea
Conakry | 9.54 | -13.68 | GN | city | Conakry
Equatorial Guinea | 1.6 | 10.3 | GQ | country | Equatorial Guinea
Gulf of Guinea | 2.0 | 4.0 | null | natural feature | Gulf of Guinea
Guinea-Bissau | 11.8 | -15.2 | GW | country | Guinea-Bissau
New Guinea | -5.5 | 141.0 | null | natural feature | New Guinea
Bucharest | 44.43 | 26.1 | RO | city | Bucharest
Kwame Nkrumah Mausoleum | 5.545 | -0.201 | GH | other | Kwame Nkrumah Mausoleum
# ---- panel: Great Arc
St. Thomas Mount | 13.0 | 80.2 | IN | natural feature | St. Thomas Mount
Chennai | 13.08 | 80.27 | IN | city | Madras; Chennai
Madras (Oregon) | 44.63 | -121.13 | US | city | Madras
Oregon | 44.0 | -120.5 | US | region | Oregon
Srirangapatna | 12.42 | 76.69 | IN | city | Seringapatam; Srirangapatna
Kaveri River | 11.5 | 78.0 | IN | natural feature | Kaveri River
Malabar Coast | 11.0 | 75.8 | IN | region | Malabar Coast
Kanyakumari | 8.08 | 77.55 | IN | natural feature | Cape Comorin; Kanyakumari
Bengaluru | 12.97 | 77.59 | IN | city | Bangalore; Bengaluru
Kingdom of Mysore | 12.5 | 76.5 | IN | region | Kingdom of Mysore
Himalaya | 28.5 | 84.0 | null | natural feature | Himalaya
Deccan Plateau | 17.0 | 77.0 | IN | region | Deccan
Hyderabad (India) | 17.385 | 78.487 | IN | city | Hyderabad
Hyderabad (Sindh) | 25.396 | 68.377 | PK | city | Hyderabad
Indus River | 25.0 | 68.0 | null | natural feature | Indus
Sindh | 26.0 | 68.5 | PK | region | Sindh
Hinganghat | 20.55 | 78.84 | IN | city | Hinganghat
Nagpur | 21.15 | 79.09 | IN | city | Nagpur
Sironj | 24.1 | 77.7 | IN | city | Sironj
Dehradun | 30.32 | 78.03 | IN | city | Dehra Dun; Dehradun
Mussoorie | 30.46 | 78.07 | IN | city | Mussoorie
Kolkata | 22.57 | 88.36 | IN | city | Calcutta
Hooghly River | 22.6 | 88.3 | IN | natural feature | Hooghly
Calcutta (Ohio) | 40.67 | -80.57 | US | city | Calcutta
Ohio | 40.4 | -82.8 | US | region | Ohio
Columbiana County | 40.77 | -80.78 | US | region | Columbiana County
Delhi (New York) | 42.28 | -74.92 | US | city | Delhi
Catskill Mountains | 42.1 | -74.4 | US | natural feature | Catskills
Kaliana | 29.95 | 77.55 | IN | other | Kaliana
Nepal | 28.4 | 84.1 | NP | country | Nepal
Bihar | 25.6 | 85.6 | IN | region | Bihar
Mount Everest | 27.988 | 86.925 | null | natural feature | Mount Everest; Peak XV; Chomolungma; Sagarmatha
Kangchenjunga | 27.703 | 88.147 | null | natural feature | Kangchenjunga
Darjeeling | 27.04 | 88.26 | IN | city | Darjeeling
Kashmir | 34.5 | 76.0 | null | region | Kashmir
K2 | 35.88 | 76.51 | null | natural feature | K2; Mount Godwin-Austen
K1 (Masherbrum) | 35.64 | 76.31 | PK | natural feature | K1
Karakoram | 35.5 | 76.5 | null | natural feature | Karakoram
Baltoro Glacier | 35.73 | 76.4 | PK | natural feature | Baltoro Glacier
Tibet | 31.5 | 88.0 | CN | region | Tibet
Lhasa | 29.65 | 91.11 | CN | city | Lhasa
Yarlung Tsangpo | 29.3 | 90.0 | CN | natural feature | Tsangpo
Brahmaputra River | 26.0 | 91.0 | null | natural feature | Brahmaputra
"""

NONPLACES_TXT = r"""
State of the Union | other
AP Photo | organisation
Paris Peace Conference | war/event
Peace Conference | war/event
Treaty of Versailles | treaty/agreement/law
World War I | war/event
World War II | war/event
World War | war/event
First World War | war/event
Second World War | war/event
Big Four | other
Big Three | other
League of Nations | organisation
Covenant of the League of Nations | treaty/agreement/law
League | organisation
League’s Council | organisation
League Council | organisation
Allied Powers | organisation
Associated Power | other
Allies | organisation
Allied | demonym/adjective
Italian | demonym/adjective
Bolshevik Government | organisation
Bolshevik | demonym/adjective
Central Powers | organisation
French | demonym/adjective
British | demonym/adjective
German | demonym/adjective
Germans | demonym/adjective
German Government | organisation
German Army | organisation
Article 231 | other
Article 10 | other
Article 17 | other
Article 18 | other
Inter-Allied Commission | organisation
Reichmarks | other
Treaty of Berlin | treaty/agreement/law
U.S. Senate | organisation
U.S. Government | organisation
United States Government | organisation
U.S. Department of State | organisation
U.S. Congress | organisation
U.S. Ambassador | other
Senate | organisation
Senate Foreign Relations Committee | organisation
Irreconcilables | other
Reservationists | other
Mukden Incident | war/event
Stimson Doctrine | other
Chinese | demonym/adjective
Japanese | demonym/adjective
American | demonym/adjective
Americans | demonym/adjective
Far Eastern | demonym/adjective
Open Door | other
Japanese Army | organisation
Chinese Army | organisation
Kellogg-Briand Pact | treaty/agreement/law
Nine Power Treaty | treaty/agreement/law
Nine-Power Treaty | treaty/agreement/law
Lytton Report | other
Lytton Commission | organisation
Manchurian Crisis | war/event
Sino-Japanese War | war/event
Japanese Invasion of China | war/event
coiffure a la Franklin | other
Enlightenment | other
Bandung Conference | war/event
Asian-African Conference | war/event
Asia-Africa Conference | war/event
Asian | demonym/adjective
African | demonym/adjective
Africans | demonym/adjective
Third World | other
Cold War | war/event
Five Principles of Peaceful Coexistence | treaty/agreement/law
Brown v. the Board of Education | treaty/agreement/law
Jim Crow | treaty/agreement/law
anti-American | hyphenated adjective
anti-Western | hyphenated adjective
Amistad Case | war/event
La Amistad | ship
Amistad | ship
Spanish | demonym/adjective
Spaniards | demonym/adjective
U. S. District Court | organisation
Supreme Court | organisation
Southern | demonym/adjective
Christian Missionary Association | organisation
U.S.-China Ambassadorial Talks | war/event
Sino-American | hyphenated adjective
Chinese Communist | demonym/adjective
Korean War | war/event
British Embassy | organisation
Indian Embassy | organisation
Geneva talks | war/event
SALT | treaty/agreement/law
SALT I | treaty/agreement/law
SALT II | treaty/agreement/law
SALT II Treaty | treaty/agreement/law
Strategic Arms Limitations Talks | war/event
Strategic Arms Limitations Talks/Treaty | treaty/agreement/law
Intercontinental Ballistic Missile | other
ICBM | other
ICBMs | other
Anti-Ballistic Missile | other
ABM | other
ABMs | other
ABM Treaty | treaty/agreement/law
Soviet | demonym/adjective
Soviets | demonym/adjective
Glassboro State College | organisation
Nixon Presidential Library | organisation
Submarine-Launched Ballistic Missiles | other
SLBMs | other
Nixon-Kissinger | hyphenated adjective
Multiple Independently Targeted Re-Entry Vehicles | other
MIRV | other
MIRVs | other
Vladivostok Summit | war/event
Vladivostok agreements | treaty/agreement/law
Backfire | other
Air-Launched Cruise Missiles | other
ALCMs | other
National Technical Means | other
NTM | other
Republicans | organisation
Democrats | organisation
Senators | other
Strategic Arms Reduction Treaty | treaty/agreement/law
START | treaty/agreement/law
Strategic Defense Initiative | other
SDI | other
Korean | demonym/adjective
U.N. | organisation
International Atomic Energy Agency | organisation
IAEA | organisation
North Korean | demonym/adjective
Joint Declaration of the Denuclearization of the Korean Peninsula | treaty/agreement/law
Nuclear Non-Proliferation Treaty | treaty/agreement/law
U.N. Security Council | organisation
Agreed Framework | treaty/agreement/law
IMF Crisis | war/event
Six-Party Talks | war/event
Pact of Paris | treaty/agreement/law
U.S. Peace Advocates | other
World Court | organisation
Carnegie Endowment for International Peace | organisation
Peace Agreement | treaty/agreement/law
Peace Pact | treaty/agreement/law
Nobel Peace Prize | other
Conference on Security and Co-operation in Europe | war/event
Conference on Security and Cooperation in Europe | war/event
Deutsches Bundesarchiv | organisation
Soviet-American | hyphenated adjective
Cuban Missile Crisis | war/event
Limited Test Ban Treaty | treaty/agreement/law
Sino-Soviet | hyphenated adjective
Nuclear Nonproliferation Treaty | treaty/agreement/law
Antiballistic Missile Treaty | treaty/agreement/law
Helsinki Final Act | treaty/agreement/law
Axis | organisation
Atlantic Charter | treaty/agreement/law
Cairo Conference | war/event
Russian | demonym/adjective
Soviet Army | organisation
Eastern European | demonym/adjective
Potsdam Declaration | treaty/agreement/law
Wartime Conference | war/event
Louisiana Purchase | treaty/agreement/law
Pinckney treaty | treaty/agreement/law
Westerners | demonym/adjective
French Army | organisation
Constitution | treaty/agreement/law
Constitutional | demonym/adjective
European | demonym/adjective
Foreign Office | organisation
Declaration of the United Nations | treaty/agreement/law
UN | organisation
United Nations | organisation
Quebec Conference | war/event
Foreign Ministers Conference | war/event
Food and Agricultural Organization | organisation
United Nations Relief and Rehabilitation Administration | organisation
United Nations Educational, Scientific, and Cultural Organization | organisation
International Monetary Fund | organisation
World Bank | organisation
International Civil Aviation Organization | organisation
General Assembly | organisation
Security Council | organisation
Assembly | organisation
Yalta Conference | war/event
Charter of the United Nations | treaty/agreement/law
Economic and Social Council | organisation
International Court of Justice | organisation
Trusteeship Council | organisation
Secretariat | organisation
Republican Party | organisation
Congress | organisation
UN Charter | treaty/agreement/law
Charter | treaty/agreement/law
Richard Nixon Library | organisation
East Pakistanis | demonym/adjective
East Pakistani | demonym/adjective
Pakistani | demonym/adjective
Pakistani Army | organisation
Pakistani Government | organisation
India-Pakistan War | war/event
U.S.S. Enterprise | ship
Islam | other
Indian | demonym/adjective
World | organisation
New York World | organisation
Hogan’s Alley | other
Yellow Kid | other
New York Journal | organisation
Cuban | demonym/adjective
Maine | ship
anti-Spanish | hyphenated adjective
Spanish-American War | war/event
Spanish American War | war/event
Treaty of Wangxia | treaty/agreement/law
Wang-hsia | treaty/agreement/law
Anglo-Chinese Treaty of Nanjing | treaty/agreement/law
Treaty of Nanjing | treaty/agreement/law
First Opium War | war/event
Opium War | war/event
Opium Wars | war/event
Second Opium War | war/event
Western | demonym/adjective
Qing Government | organisation
Qing | demonym/adjective
Portuguese | demonym/adjective
Chinese-Western | hyphenated adjective
Iron Curtain | other
Russian-born | hyphenated adjective
German-sounding | hyphenated adjective
Army Group North | organisation
Soviet | demonym/adjective
Finnish | demonym/adjective
Baltic Fleet | organisation
Kirov Works | organisation
Ukrainian | demonym/adjective
Bulgarian | demonym/adjective
Amber Room | other
Leningraders | demonym/adjective
Road of Life | other
Red Army | organisation
Seventh Symphony | other
Radio Orchestra | organisation
Operation Iskra | war/event
Hero City | other
Australian | demonym/adjective
Lincoln University | organisation
Pan-African Congress | war/event
Convention People's Party | organisation
English | demonym/adjective
Union Jack | other
Black Star Line | organisation
Gold Coast Regiment | organisation
Ghana Regiment | organisation
Ghana Airways | organisation
German | demonym/adjective
Great Trigonometrical Survey of India | organisation
Trigonometrical Survey of India | organisation
Great Arc | other
Dutch | demonym/adjective
Siege of Leningrad | war/event
Tibetans | demonym/adjective
Royal Geographical Society | organisation
East India Company | organisation
Crown | organisation
Survey of India | organisation
Indian | demonym/adjective
"""

PERSONS_TXT = r"""
Bill Clinton (President, b. 1946) | William J. Clinton; Bill Clinton; Clinton | L
J. Scott Applewhite (photographer) | J. Scott Applewhite |
Woodrow Wilson (President, 1856–1924) | Woodrow Wilson | L
Wilhelm II (German Emperor, 1859–1941) | Wilhelm II |
Henry Cabot Lodge (Senator, 1850–1924) | Henry Cabot Lodge; Lodge |
Henry L. Stimson (Secretary of State, 1867–1950) | Henry Stimson; Stimson |
Benjamin Franklin (diplomat, 1706–1790) | Benjamin Franklin; Franklin | L
Thomas Jefferson (President, 1743–1826) | Thomas Jefferson; Jefferson | L
Comte de Vergennes (French foreign minister, 1719–1787) | Vergennes | L
Joseph Cinqué (Amistad captive leader, c. 1814–c. 1879) | Joseph Cinqué |
Nathaniel Jocelyn (painter, 1796–1881) | Nathaniel Jocelyn |
Martin Van Buren (President, 1782–1862) | Van Buren | L
John Forsyth (Secretary of State, 1780–1841) | John Forsyth; Forsyth | L
John Quincy Adams (President, 1767–1848) | John Quincy Adams; Adams | L
Daniel Webster (Secretary of State, 1782–1852) | Daniel Webster | L
Henry Kissinger (Secretary of State, 1923–2023) | Henry Kissinger |
Mao Zedong (Chinese leader, 1893–1976) | Mao |
Zhou Enlai (Chinese premier, 1898–1976) | Zhou Enlai |
U. Alexis Johnson (ambassador, 1908–1997) | U. Alexis Johnson; Johnson | L
Wang Bingnan (Chinese ambassador, 1908–1988) | Wang Bingnan; Wang |
Jacob Beam (ambassador, 1908–1993) | Jacob Beam |
Richard Nixon (President, 1913–1994) | Richard Nixon; Nixon |
Lyndon B. Johnson (President, 1908–1973) | Lyndon Johnson; Johnson | L
Alexei Kosygin (Soviet premier, 1904–1980) | Alexei Kosygin |
Robert McNamara (Secretary of Defense, 1916–2009) | Robert McNamara |
Leonid Brezhnev (Soviet leader, 1906–1982) | Leonid Brezhnev; Brezhnev |
Gerald Ford (President, 1913–2006) | Gerald Ford; Ford |
Jimmy Carter (President, 1924–2024) | Jimmy Carter; Carter |
Ronald Reagan (President, 1911–2004) | Ronald Reagan |
Madeleine Albright (Secretary of State, 1937–2022) | Madeleine Albright |
Kim Jong Il (North Korean leader, 1941–2011) | Kim Jong Il |
Chien-min Chung (photographer) | Chien-min Chung |
Nicholas Murray Butler (Columbia president, 1862–1947) | Nicholas Murray Butler; Butler | L
James T. Shotwell (historian, 1874–1965) | James T. Shotwell; Shotwell |
Andrew Carnegie (industrialist, 1835–1919) | Andrew Carnegie | L
Aristide Briand (French foreign minister, 1862–1932) | Aristide Briand; Briand |
Calvin Coolidge (President, 1872–1933) | Calvin Coolidge | L
Frank B. Kellogg (Secretary of State, 1856–1937) | Frank B. Kellogg; Frank Kellogg | L
Mikhail Gorbachev (Soviet leader, 1931–2022) | Mikhail Gorbachev |
Franklin D. Roosevelt (President, 1882–1945) | Franklin Roosevelt; Franklin D. Roosevelt; Roosevelt | L
Winston Churchill (British prime minister, 1874–1965) | Winston Churchill; Churchill | L
Chiang Kai-shek (Chinese leader, 1887–1975) | Chiang Kai-shek |
Joseph Stalin (Soviet leader, 1878–1953) | Joseph Stalin; Stalin |
Harry S. Truman (President, 1884–1972) | Harry Truman |
Clement Attlee (British prime minister, 1883–1967) | Clement Atlee |
Dwight D. Eisenhower (President, 1890–1969) | Dwight D. Eisenhower; Eisenhower |
Napoleon Bonaparte (French ruler, 1769–1821) | Napoleon Bonaparte; Napoleon | L
James Monroe (President, 1758–1831) | James Monroe; Monroe | L
Robert R. Livingston (diplomat, 1746–1813) | Robert Livingston; Livingston | L
Cordell Hull (Secretary of State, 1871–1955) | Cordell Hull | L
Anthony Eden (British foreign secretary, 1897–1977) | Anthony Eden |
Yahya Khan (Pakistani president, 1917–1980) | Yahya Khan |
Joseph Pulitzer (publisher, 1847–1911) | Joseph Pulitzer; Pulitzer |
William Randolph Hearst (publisher, 1863–1951) | William Randolph Hearst; Hearst |
Richard F. Outcault (cartoonist, 1863–1928) | Richard F. Outcault; Outcault |
Theodore Roosevelt (President, 1858–1919) | Theodore Roosevelt | L
John Tyler (President, 1790–1862) | John Tyler | L
Caleb Cushing (diplomat, 1800–1879) | Caleb Cushing; Cushing | L
Peter the Great (Russian tsar, 1672–1725) | Peter the Great |
Vladimir Lenin (Soviet leader, 1870–1924) | Lenin |
Sergei Kirov (Leningrad party chief, 1886–1934) | Sergei Kirov | L
Andrei Zhdanov (Soviet politician, 1896–1948) | Andrei Zhdanov | L
Kliment Voroshilov (Soviet marshal, 1881–1969) | Kliment Voroshilov | L
Adolf Hitler (German dictator, 1889–1945) | Hitler |
Georgy Zhukov (Soviet marshal, 1896–1974) | Georgy Zhukov |
Alexander Pushkin (poet, 1799–1837) | Alexander Pushkin | L
Dmitri Shostakovich (composer, 1906–1975) | Dmitri Shostakovich |
Arturo Toscanini (conductor, 1867–1957) | Arturo Toscanini |
Karl Eliasberg (conductor, 1907–1978) | Karl Eliasberg |
Kwame Nkrumah (Ghanaian leader, 1909–1972) | Kwame Nkrumah; Nkrumah |
Princess Marina, Duchess of Kent (1906–1968) | Duchess of Kent | L
Elizabeth II (Queen, 1926–2022) | Queen Elizabeth II |
Martin Luther King Jr. (civil rights leader, 1929–1968) | Martin Luther King Jr. |
Marcus Garvey (activist, 1887–1940) | Marcus Garvey |
Ahmed Sékou Touré (Guinean president, 1922–1984) | Ahmed Sékou Touré; Sékou Touré |
William Lambton (surveyor, c. 1753–1823) | William Lambton; Lambton | L
Tipu Sultan (ruler of Mysore, 1751–1799) | Tipu Sultan |
George Everest (surveyor, 1790–1866) | George Everest; Everest | L
Andrew Scott Waugh (surveyor, 1810–1878) | Andrew Scott Waugh; Waugh |
Radhanath Sikdar (mathematician, 1813–1870) | Radhanath Sikdar |
Thomas Montgomerie (surveyor, 1830–1878) | Thomas Montgomerie; Montgomerie |
Henry Haversham Godwin-Austen (surveyor, 1834–1923) | Henry Haversham Godwin-Austen | L
Nain Singh (pundit explorer, 1830–1882) | Nain Singh |
Arthur Wellesley, Duke of Wellington (soldier, 1769–1852) | Arthur Wellesley; Duke of Wellington | L
William Cary (instrument maker, 1759–1825) | William Cary |
Charles Arden-Clarke (colonial governor, 1898–1962) | Charles Arden-Clarke |
W. E. B. Du Bois (scholar, 1868–1963) | W. E. B. Du Bois |
Wilhelm von Leeb (German field marshal, 1876–1956) | Wilhelm von Leeb |
"""

def parse():
    places = {}; surf_place = {}
    for line in PLACES_TXT.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, lat, lon, cc, kind, surfs = [x.strip() for x in line.split("|")]
        rec = (float(lat), float(lon), None if cc == "null" else cc, kind)
        if key in places:
            assert places[key] == rec, key
        places[key] = rec
        for s in surfs.split(";"):
            surf_place.setdefault(s.strip(), []).append(key)
    nonp = {}
    for line in NONPLACES_TXT.strip().splitlines():
        t, why = [x.strip() for x in line.split("|")]
        nonp[t] = why
    persons = {}; surf_person = {}; like = set()
    for line in PERSONS_TXT.strip().splitlines():
        pid, surfs, flag = [x.strip() for x in line.split("|")]
        persons[pid] = [s.strip() for s in surfs.split(";")]
        if flag == "L":
            like.add(pid)
        for s in persons[pid]:
            surf_person.setdefault(s, []).append(pid)
    return places, surf_place, nonp, persons, surf_person, like
