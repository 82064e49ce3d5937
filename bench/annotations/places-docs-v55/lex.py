# Place keys: key -> (lat, lon, country, kind). Countries ISO alpha-2 (SU Soviet Union); None for oceans, seas,
# continents, multi-country regions, shared rivers/mountains and historical states without a successor code.
C, R, CI, N, O = "country", "region", "city", "natural feature", "other"
PLACES = {
 # countries
 "United States": (39.8, -98.6, "US", C), "Soviet Union": (60.0, 90.0, "SU", C), "Russia": (61.5, 105.3, "RU", C),
 "China": (35.0, 103.0, "CN", C), "Republic of China (1912–1949)": (32.06, 118.8, "CN", C),
 "Qing Empire": (39.9, 116.4, "CN", C), "Japan": (36.2, 138.3, "JP", C), "Korea": (37.5, 127.5, None, R),
 "Taiwan": (23.7, 121.0, "TW", R), "United Kingdom": (54.0, -2.5, "GB", C), "France": (46.6, 2.2, "FR", C),
 "Germany": (51.2, 10.4, "DE", C), "West Germany": (50.7, 7.1, "DE", C), "East Germany": (52.5, 13.4, "DE", C),
 "Netherlands": (52.2, 5.3, "NL", C), "Indonesia": (-2.5, 118.0, "ID", C), "Burma": (21.9, 95.9, "MM", C),
 "India": (22.0, 79.0, "IN", C), "Pakistan": (30.4, 69.3, "PK", C), "Sri Lanka": (7.9, 80.7, "LK", C),
 "Iran": (32.4, 53.7, "IR", C), "Poland": (52.1, 19.4, "PL", C), "Lithuania": (55.2, 23.9, "LT", C),
 "Latvia": (56.9, 24.6, "LV", C), "Estonia": (58.6, 25.0, "EE", C), "Mexico": (23.6, -102.5, "MX", C),
 "Philippines": (12.9, 121.8, "PH", C), "Haiti": (19.0, -72.3, "HT", C), "Canada": (56.1, -106.3, "CA", C),
 "Brazil": (-14.2, -51.9, "BR", C), "Cuba": (21.5, -77.8, "CU", C), "Puerto Rico": (18.2, -66.5, "PR", R),
 "Egypt": (26.8, 30.8, "EG", C), "Israel": (31.0, 34.9, "IL", C), "Hungary": (47.2, 19.5, "HU", C),
 "Bangladesh": (23.7, 90.4, "BD", C), "East Pakistan": (23.7, 90.4, "BD", R), "West Pakistan": (30.4, 69.3, "PK", R),
 "Vietnam": (16.0, 107.8, "VN", C), "Singapore": (1.35, 103.82, "SG", C), "Venezuela": (6.4, -66.6, "VE", C),
 "Kuwait": (29.3, 47.5, "KW", C), "Ukraine": (48.4, 31.2, "UA", C), "Belarus": (53.7, 27.9, "BY", C),
 "Kazakhstan": (48.0, 67.0, "KZ", C), "Armenia": (40.1, 45.0, "AM", C), "Kyrgyzstan": (41.2, 74.8, "KG", C),
 "Uzbekistan": (41.4, 64.6, "UZ", C), "Moldova": (47.4, 28.4, "MD", C), "Azerbaijan": (40.1, 47.6, "AZ", C),
 "Turkmenistan": (38.97, 59.6, "TM", C), "Tajikistan": (38.9, 71.3, "TJ", C), "Georgia (country)": (42.3, 43.4, "GE", C),
 "Malta": (35.9, 14.4, "MT", C), "Switzerland": (46.8, 8.2, "CH", C), "Angola": (-11.2, 17.9, "AO", C),
 "Nicaragua": (12.9, -85.2, "NI", C), "Grenada": (12.1, -61.7, "GD", C), "Libya": (26.3, 17.2, "LY", C),
 "Jordan": (30.6, 36.2, "JO", C), "Iraq": (33.2, 43.7, "IQ", C), "Syria": (34.8, 39.0, "SY", C),
 "Republic of Texas": (31.0, -99.0, None, C), "Finland": (64.0, 26.0, "FI", C), "Sweden": (62.0, 15.0, "SE", C),
 "Norway": (61.0, 8.5, "NO", C), "Chile": (-35.7, -71.5, "CL", C),
 "Argentina": (-38.4, -63.6, "AR", C), "Peru": (-9.2, -75.0, "PE", C), "Ireland": (53.4, -8.2, "IE", C),
 "Falkland Islands": (-51.8, -59.5, "FK", N), "Croatia": (45.1, 15.2, "HR", C),
 # regions / states / provinces
 "Texas": (31.0, -99.0, "US", R), "California": (36.8, -119.4, "US", R), "Baja California": (28.0, -113.5, "MX", R),
 "Nevada": (38.8, -116.4, "US", R), "New Mexico": (34.5, -106.0, "US", R), "Arizona": (34.0, -111.1, "US", R),
 "Utah": (39.3, -111.1, "US", R), "Washington (state)": (47.4, -120.7, "US", R), "Oregon": (43.8, -120.6, "US", R),
 "Oklahoma": (35.5, -97.5, "US", R), "Colorado": (39.1, -105.4, "US", R), "Kansas": (38.5, -98.0, "US", R),
 "Wyoming": (43.1, -107.6, "US", R), "Montana": (46.9, -110.4, "US", R), "Virginia": (37.4, -78.7, "US", R),
 "New Hampshire": (43.2, -71.6, "US", R), "District of Columbia": (38.9072, -77.0369, "US", R),
 "Alaska": (64.2, -149.5, "US", R), "Ontario": (51.3, -85.3, "CA", R), "Quebec": (52.9, -73.5, "CA", R),
 "Nova Scotia": (44.7, -63.7, "CA", R), "New Brunswick": (46.6, -66.5, "CA", R), "British North America": (50.0, -90.0, None, R),
 "Manchuria": (44.0, 126.0, "CN", R), "South Manchuria": (41.5, 123.0, "CN", R), "Northeast China": (44.0, 126.0, "CN", R),
 "Shandong": (36.3, 118.0, "CN", R), "Crimea": (45.0, 34.1, "UA", R), "Bizonia": (51.0, 9.0, "DE", R),
 "French Indochina": (16.0, 106.0, None, R), "Caucasus": (42.5, 44.5, None, R), "Baltic States": (57.0, 24.5, None, R),
 "West Bank": (31.95, 35.25, "PS", R), "Gaza Strip": (31.4, 34.4, "PS", R), "East Jerusalem": (31.78, 35.23, None, R),
 "Gulf States": (25.0, 51.0, None, R), "Barbary States": (33.0, 5.0, None, R), "Southern United States": (33.0, -86.0, "US", R),
 "Karelia": (63.0, 32.0, None, R), "Karelian Isthmus": (60.5, 29.8, "RU", N), "Lapland": (67.9, 26.5, "FI", R),
 "Petsamo": (69.4, 31.1, "RU", R), "Hanko Peninsula": (59.85, 23.0, "FI", N),
 "Patagonia": (-46.0, -69.0, None, R), "Tierra del Fuego": (-54.0, -69.0, None, N), "Magallanes": (-53.0, -71.5, "CL", R),
 "Wales": (52.3, -3.7, "GB", R), "Scotland": (56.8, -4.2, "GB", R), "England": (52.5, -1.5, "GB", R),
 "Derbyshire": (53.1, -1.6, "GB", R), "Indiana": (40.0, -86.1, "US", R), "New York (state)": (43.0, -75.5, "US", R),
 "Maryland": (39.0, -76.7, "US", R), "Illinois": (40.0, -89.2, "US", R), "Saskatchewan": (54.0, -106.0, "CA", R),
 "Somme": (49.9, 2.3, "FR", R), "Minnesota": (46.3, -94.3, "US", R), "Idaho": (44.1, -114.7, "US", R),
 "Pennsylvania": (40.9, -77.8, "US", R), "Florida": (28.6, -82.4, "US", R),
 "Wisconsin": (44.6, -89.9, "US", R), "Michigan": (44.3, -85.4, "US", R), "Ohio": (40.4, -82.8, "US", R),
 "Galicia (Spain)": (42.75, -7.9, "ES", R), "Andalusia": (37.4, -4.6, "ES", R), "Tyrol": (47.2, 11.4, "AT", R),
 # continents and macro-regions
 "Europe": (54.0, 15.0, None, R), "Western Europe": (48.0, 5.0, None, R), "Eastern Europe": (50.0, 25.0, None, R),
 "Asia": (34.0, 100.0, None, R), "Africa": (2.0, 20.0, None, R), "North America": (45.0, -100.0, None, R),
 "Americas": (10.0, -80.0, None, R), "Middle East": (29.0, 42.0, None, R), "Southeast Asia": (5.0, 110.0, None, R),
 "South Asia": (22.0, 78.0, None, R), "East Asia": (35.0, 115.0, None, R), "Southwest Asia": (30.0, 45.0, None, R),
 "Western Hemisphere": (15.0, -80.0, None, R), "Caribbean": (15.0, -75.0, None, N), "Scandinavia": (63.0, 15.0, None, R),
 "South America": (-15.0, -60.0, None, R),
 # cities
 "Bandung": (-6.9175, 107.6191, "ID", CI), "Washington": (38.9072, -77.0369, "US", CI), "Beijing": (39.9042, 116.4074, "CN", CI),
 "Berlin": (52.52, 13.405, "DE", CI), "West Berlin": (52.5, 13.3, "DE", CI), "Moscow": (55.7558, 37.6173, "RU", CI),
 "Tehran": (35.6892, 51.389, "IR", CI), "Dalian": (38.914, 121.6147, "CN", CI), "Lüshunkou": (38.8126, 121.2617, "CN", CI),
 "Portsmouth (New Hampshire)": (43.0718, -70.7626, "US", CI), "San Francisco": (37.7749, -122.4194, "US", CI),
 "Cap-Haïtien": (19.7578, -72.2044, "HT", CI), "Norfolk (Virginia)": (36.8508, -76.2859, "US", CI),
 "Baltimore": (39.2904, -76.6122, "US", CI), "Philadelphia": (39.9526, -75.1652, "US", CI), "New York": (40.7128, -74.006, "US", CI),
 "Appomattox Court House": (37.3774, -78.7961, "US", O), "Shanghai": (31.2304, 121.4737, "CN", CI),
 "Hong Kong": (22.3193, 114.1694, "HK", R), "Wuchang": (30.55, 114.3, "CN", CI), "Nanjing": (32.0603, 118.7969, "CN", CI),
 "London": (51.5074, -0.1278, "GB", CI), "Paris": (48.8566, 2.3522, "FR", CI), "Mexico City": (19.4326, -99.1332, "MX", CI),
 "Brest (Belarus)": (52.0976, 23.7341, "BY", CI), "Saint Petersburg": (59.9311, 30.3609, "RU", CI),
 "Casablanca": (33.5731, -7.5898, "MA", CI), "Bretton Woods": (44.2587, -71.4412, "US", CI), "Yalta": (44.4952, 34.1663, "UA", CI),
 "Potsdam": (52.3906, 13.0645, "DE", CI), "Kabul": (34.5553, 69.2075, "AF", CI), "Madrid": (40.4168, -3.7038, "ES", CI),
 "Pearl Harbor": (21.35, -157.95, "US", N),
 # natural features
 "Rio Grande": (29.5, -103.0, None, N), "Nueces River": (27.85, -97.5, "US", N), "Mesilla Valley": (32.2, -106.8, "US", N),
 "Isthmus of Tehuantepec": (17.0, -94.8, "MX", N), "Atlantic Ocean": (30.0, -40.0, None, N), "Pacific Ocean": (0.0, -160.0, None, N),
 "Oder": (52.5, 14.6, None, N), "Neisse": (51.6, 14.8, None, N), "Kuril Islands": (46.5, 151.5, "RU", N),
 "Sakhalin": (50.5, 142.7, "RU", N), "Liaodong Peninsula": (40.0, 122.5, "CN", N), "Penghu Islands": (23.57, 119.58, "TW", N),
 "Sinai Peninsula": (29.5, 33.8, "EG", N), "Bay of Bengal": (15.0, 88.0, None, N),
 # structures and sites (kind other)
 "Gedung Merdeka": (-6.9211, 107.6098, "ID", O), "Great Wall of China": (40.43, 116.57, "CN", O),
 "Tempelhof Airport": (52.4731, 13.4039, "DE", O), "Reichstag": (52.5186, 13.3762, "DE", O),
 "Suez Canal": (30.5, 32.35, "EG", O), "Panama Canal": (9.08, -79.68, "PA", O), "Berlin Wall": (52.5163, 13.3777, "DE", O),
 "Kremlin": (55.752, 37.6175, "RU", O), "Camp David": (39.6483, -77.465, "US", O), "Dumbarton Oaks": (38.9142, -77.0633, "US", O),
 "Fleur d’Eau": (46.245, 6.19, "CH", O),
}

# surface form -> default place key
SURF = {k: k for k in PLACES if "(" not in k}
SURF.update({
 "U.S.": "United States", "U.S": "United States", "America": "United States", "United States": "United States",
 "USSR": "Soviet Union", "U.S.S.R.": "Soviet Union", "Soviet Union": "Soviet Union",
 "People’s Republic of China": "China", "Peoples’ Republic of China": "China", "PRC": "China", "Imperial China": "Qing Empire",
 "Republic of China": "Republic of China (1912–1949)",
 "Britain": "United Kingdom", "Great Britain": "United Kingdom", "U.K.": "United Kingdom", "United Kingdom": "United Kingdom",
 "Nazi Germany": "Germany", "Georgia": "Georgia (country)", "Washington": "Washington", "D.C.": "District of Columbia",
 "St. Domingue": "Haiti", "Cap-Français": "Cap-Haïtien", "Dairen": "Dalian", "Port Arthur": "Lüshunkou", "Lüshun Port": "Lüshunkou",
 "Portsmouth": "Portsmouth (New Hampshire)", "Norfolk": "Norfolk (Virginia)", "Brest": "Brest (Belarus)",
 "Brest-Litovsk": "Brest (Belarus)", "Leningrad": "Saint Petersburg", "Baltics": "Baltic States",
 "Northeast": "Northeast China", "American South": "Southern United States", "Kurile Islands": "Kuril Islands",
 "Pescadores": "Penghu Islands", "Rio Grande River": "Rio Grande", "Nueces": "Nueces River", "Atlantic": "Atlantic Ocean",
 "Pacific": "Pacific Ocean", "Fleur D’Eau": "Fleur d’Eau", "Republic of Texas": "Republic of Texas",
 "Oder": "Oder", "Neisse": "Neisse",
})
SURF.pop("Republic of China (1912–1949)", None)

# non-place phrases -> why
W_P, W_ORG, W_LAW, W_DEM, W_SHIP, W_EV, W_PUB, W_ST, W_OT = ("person/family named like a place", "organisation",
  "treaty/agreement/law", "demonym/adjective", "ship/vehicle", "event/battle/war", "publication/newspaper",
  "street/building named after a place or person", "other")
NONP = {}
def _n(why, *xs):
    for x in xs: NONP[x] = why
_n(W_DEM, "American", "Americans", "British", "Soviet", "Soviets", "French", "German", "Germans", "Japanese",
   "Chinese", "Mexican", "Mexicans", "Russian", "Israeli", "Israelis", "Egyptian", "Syrian", "Lebanese", "Jordanian",
   "Palestinian", "Palestinians", "Arab", "Iranian", "Polish", "Indonesian", "Vietnamese", "Pakistani", "East Pakistanis",
   "East Pakistani", "Canadian", "Brazilian", "Dutch", "Spanish", "Irish-born", "Haitian", "Haitians", "Jamaican",
   "African", "Asian", "European", "Texans", "Berliners", "West Berliners", "Confederate", "Confederates", "Afghan",
   "Prussian", "East German", "East Germans", "Anglo-Japanese", "Middle Eastern", "British-French-Egyptian",
   "Western Allies", "Western Allied", "Asian-African", "Eastern European", "Marxist-Leninist", "British-built",
   "British-supported", "Finnish", "Finns", "Swedish", "Swedes", "Norwegian", "Welsh", "Chilean", "Chileans",
   "Argentine", "Argentines", "Croatian", "Croats", "Scottish", "English", "Victorian", "Peruvian", "Irish", "Karelian",
   "Fuegian", "Patagonian", "Spaniards")
_n(W_ORG, "U.S. Government", "United States Government", "U.S. Senate", "U.S. Army", "U.S. Navy", "U.S. Air Force",
   "U.S. Information Agency", "NATO", "North Atlantic Treaty Organization", "United Nations", "U.N.", "UN", "UN Assembly",
   "United Nations Security Council", "U.N. Security Council", "Security Council", "Suez Canal Company", "Suez Canal Users’ Association", "SCUA",
   "AP Photo", "Ronald Reagan Presidential Library", "Richard Nixon Library", "George Bush Presidential Library and Museum",
   "Library of Congress", "Library of Congress Prints and Photographs Division", "San Francisco Board of Education", "South Manchurian Railway",
   "League of Nations", "New Orleans Company", "Hudson’s Bay Company", "Mexican Eagle Company", "Royal Dutch/Shell Company",
   "Jersey Standard", "Standard Oil Company of California", "SOCAL", "Socal", "Chevron", "Petróleos Mexicanos", "PEMEX",
   "Mexican Supreme Court", "Allied Control Council", "Socialist Unity Party of Germany", "SED", "German Communist Party",
   "Berlin City Council", "Red Army", "Soviet Army", "European Advisory Commission", "Farm Credit Administration",
   "Central Executive Committee", "American Communist Party", "Bolshevik Party", "Communist Party of the Soviet Union",
   "KGB", "CIA", "Presidium of the Supreme Soviet", "Notre Dame University", "Voice of America",
   "Radio Free Europe/Radio Liberty", "Palestine Liberation Organization", "PLO", "Palestine Liberation Front",
   "Commonwealth of Independent States", "CIS", "World Bank", "IMF", "Revolutionary Alliance", "Tongmenghui",
   "Democratic-Republican party", "Federalist Party", "Contras", "Qing Dynasty", "Ming Dynasty", "Qing court",
   "Treasury Department", "State Department", "Department of State", "Defense Department")
_n(W_LAW, "Treaty of Guadalupe Hidalgo", "Treaty of Guadalupe-Hidalgo", "Oregon Treaty", "Versailles Treaty",
   "Nine-Power Treaty", "Taft-Katsura Agreement", "Root-Takahira Agreement", "Ishii-Lansing Agreement",
   "Calles-Morrow agreement", "Cooke-Zevada agreement", "Molotov-Ribbentrop Pact", "Roosevelt-Litvinov agreements",
   "Roosevelt-Litvinov Conversations", "Roosevelt-Livitnov Conversations", "Oslo Accord", "Atlantic Charter",
   "British North America Act", "Alien Land Act", "Taiwan Relations Act", "Nunn-Lugar Act", "Alien and Sedition Acts",
   "Wilmot Proviso", "Eisenhower Doctrine", "Truman Doctrine", "Reagan Doctrine", "Marshall Plan", "Shultz Plan",
   "Gadsden Purchase", "Gadsden’s Purchase", "Louisiana Purchase", "Gentlemen’s Agreement", "August 17 Communiqué",
   "United States-China Joint Communiqué on United States Arms Sales to Taiwan", "Treaty of Annexation",
   "Israeli-Palestinian Declaration of Principles", "Declaration of Principles", "Potsdam Declaration",
   "Declaration of the Three Powers Regarding Iran", "Constitution of 1917", "Haitian Constitution",
   "Brown v. the Board of Education", "Jim Crow laws", "Five Principles of Peaceful Coexistence", "League Covenant",
   "Conventional Forces in Europe treaty", "Strategic Arms Reduction Treaty", "START", "INF Treaties", "INF",
   "Intermediate-Range Nuclear Forces Treaty", "Law of the Sea treaty", "European Recovery Program",
   "U.N. Security Council Resolutions 242 and 338", "Anglo-Japanese alliance", "Twenty-One Demands",
   "Israeli-Jordanian peace treaty", "Strategic Defense Initiative", "Cooperative Threat Reduction Program")
_n(W_EV, "Bandung Conference", "Asian-African Conference", "Asia-Africa Conference", "Tehran Conference", "Yalta Conference",
   "Potsdam Conference", "Moscow Conference of Foreign Ministers", "Moscow Conference of the Foreign Ministers",
   "Moscow Summit", "Geneva Summit", "Madrid Peace Conference", "Madrid Conference", "Washington Conference",
   "Cairo Conference", "Berlin Airlift", "Berlin Crisis", "Mexican-American War", "Russo-Japanese War", "Sino-Japanese War",
   "India-Pakistan War", "Opium Wars", "Suez Crisis", "Falklands Crisis", "Persian Gulf War", "Battle of Veracruz",
   "Cuban Missile Crisis", "October Revolution", "Great Purges", "Operation Overlord", "Operation Vittles",
   "Operation Plainfare", "Quasi-War", "French Revolution", "Haitian Revolution", "Great Depression", "Civil War",
   "Cold War", "World War II", "World War I", "Second World War", "Arab-Israeli conflict", "U-2 incident", "Intifada",
   "Bandung conference", "Haitian revolution", "Chinese Revolution", "Russian Revolution")
_n(W_SHIP, "U.S.S. Enterprise", "Alabama")
_n(W_PUB, "New York Times")
_n(W_DEM, "Native American", "North American", "Manchu")
_n(W_ORG, "White House")
_n(W_EV, "South Asia Crisis")
_n(W_OT, "Deutschmark", "Ostmark", "Stalin’s Second Funeral", "Russian tricolor", "Iron Curtain", "Qing")

# persons: surface -> label; flagged labels are named like a place
PERS = {}
def _p(label, *xs):
    for x in xs: PERS[x] = label
_p("Zhou Enlai (PRC Premier, 1898–1976)", "Zhou Enlai")
_p("Nancy Reagan (First Lady, 1921–2016)", "Nancy Reagan")
_p("Ronald Reagan (President, 1911–2004)", "Reagan", "Ronald Reagan", "Ronald W. Reagan")
_p("Jimmy Carter (President, 1924–2024)", "Jimmy Carter", "Carter")
_p("George H. W. Bush (President, 1924–2018)", "George H.W. Bush", "George H. W. Bush", "Bush")
_p("Deng Xiaoping (PRC leader, 1904–1997)", "Deng Xiaoping", "Deng")
_p("Zhao Ziyang (PRC Premier, 1919–2005)", "Zhao Ziyang")
_p("Hu Yaobang (CCP Chairman, 1915–1989)", "Hu Yaobang")
_p("Lucius D. Clay (General, 1898–1978)", "Lucius Clay")
_p("George C. Marshall (Secretary of State, 1880–1959)", "George Marshall")
_p("Harry S. Truman (President, 1884–1972)", "Truman", "Harry Truman")
_p("Franklin D. Roosevelt (President, 1882–1945)", "Franklin Delano Roosevelt", "Franklin Roosevelt", "Roosevelt")
_p("Winston Churchill (Prime Minister, 1874–1965)", "Winston Churchill", "Churchill")
_p("Joseph Stalin (Soviet leader, 1878–1953)", "Joseph Stalin", "Stalin")
_p("Lord Curzon (Foreign Secretary, 1859–1925)", "Lord Curzon")
_p("Theodore Roosevelt (President, 1858–1919)", "Theodore Roosevelt")
_p("William Howard Taft (Secretary of War, 1857–1930)", "William Howard Taft")
_p("Katsura Taro (Prime Minister of Japan, 1848–1913)", "Katsura Taro")
_p("Elihu Root (Secretary of State, 1845–1937)", "Elihu Root")
_p("Takahira Kogoro (Japanese Ambassador, 1854–1926)", "Takahira Kogoro")
_p("Woodrow Wilson (President, 1856–1924)", "Woodrow Wilson", "Wilson")
_p("Robert Lansing (Secretary of State, 1864–1928)", "Robert Lansing", "Lansing")
_p("Ishii Kikujiro (Japanese Foreign Minister, 1866–1945)", "Ishii Kikujiro")
_p("José de Garay (entrepreneur)", "José de Garay", "Garay")
_p("Juan Ceballos (Mexican President, 1811–1859)", "Juan Ceballos")
_p("William Carr Lane (Governor of New Mexico, 1789–1863)", "William Lane")
_p("Antonio López de Santa Anna (Mexican President, 1794–1876)", "Antonio de Santa Anna", "Santa Anna")
_p("Franklin Pierce (President, 1804–1869)", "Franklin Pierce", "Pierce")
_p("James Gadsden (diplomat, 1788–1858)", "James Gadsden", "Gadsden")
_p("William L. Marcy (Secretary of State, 1786–1857)", "William Marcy")
_p("Christopher Ward (agent)", "Christopher Ward", "Ward")
_p("Gamal Abdel Nasser (Egyptian President, 1918–1970)", "Gamal Abdel Nasser", "Nasser")
_p("Dwight D. Eisenhower (President, 1890–1969)", "Eisenhower")
_p("John Foster Dulles (Secretary of State, 1888–1959)", "John Foster Dulles")
_p("Allen Dulles (CIA Director, 1893–1969)", "Allen Dulles", "Dulles")
_p("Anthony Eden (Prime Minister, 1897–1977)", "Anthony Eden", "Eden")
_p("Harold Macmillan (Prime Minister, 1894–1986)", "Harold Macmillan", "Harold MacMillan")
_p("Tom Fitzsimmons (photographer)", "Tom Fitzsimmons")
_p("Maxim Litvinov (Soviet Commissar for Foreign Affairs, 1876–1951)", "Maxim Litvinov", "Litvinov")
_p("Henry Morgenthau Jr. (Secretary of the Treasury, 1891–1967)", "Henry Morgenthau")
_p("William C. Bullitt (Ambassador, 1891–1967)", "William C. Bullitt", "Bullitt")
_p("Boris Skvirsky (Soviet representative)", "Boris Shvirsky")
_p("Mikhail Kalinin (Soviet head of state, 1875–1946)", "Mikhail Kalinin", "Kalinin")
_p("Sergei Kirov (Leningrad party leader, 1886–1934)", "Sergey Kirov", "Sergei Kirov")
_p("Joseph E. Davies (Ambassador, 1876–1958)", "Joseph E. Davies", "Davies")
_p("Toussaint Louverture (Haitian leader, 1743–1803)", "Toussaint L’Ouverture", "Toussaint L'Ouverture", "L’Ouverture")
_p("Thomas Jefferson (President, 1743–1826)", "Thomas Jefferson", "Jefferson")
_p("Alexander Hamilton (Secretary of the Treasury, 1755–1804)", "Alexander Hamilton")
_p("John Adams (President, 1735–1826)", "John Adams", "Adams")
_p("Jean-Jacques Dessalines (Haitian leader, 1758–1806)", "Jean-Jacques Dessalines")
_p("Yahya Khan (President of Pakistan, 1917–1980)", "Yahya Khan")
_p("Richard Nixon (President, 1913–1994)", "Richard Nixon", "Nixon")
_p("Maximilian I of Mexico (Emperor, 1832–1867)", "Emperor Maximilian")
_p("Napoleon III (French Emperor, 1808–1873)", "Napoleon III")
_p("John A. Macdonald (Prime Minister of Canada, 1815–1891)", "John MacDonald")
_p("William H. Seward (Secretary of State, 1801–1872)", "William Seward", "Seward")
_p("William Lidgerwood (U.S. Chargé d’Affaires in Brazil)", "William Lidgerwood", "Lidgerwood")
_p("Kang Youwei (reformer, 1858–1927)", "Kang Youwei")
_p("Liang Qichao (reformer, 1873–1929)", "Liang Qichao")
_p("Sun Yat-sen (revolutionary leader, 1866–1925)", "Sun Yat-sen", "Sun Yat-Sen", "Sun")
_p("Yuan Shikai (Premier and President, 1859–1916)", "Yuan Shikai", "Yuan")
_p("Lázaro Cárdenas (Mexican President, 1895–1970)", "Lázaro Cárdenas", "Lazaro Cardenas", "Cárdenas")
_p("Cordell Hull (Secretary of State, 1871–1955)", "Cordell Hull", "Hull")
_p("Mikhail Gorbachev (Soviet leader, 1931–2022)", "Mikhail Gorbachev", "Gorbachev")
_p("Boris Yeltsin (Russian President, 1931–2007)", "Boris Yeltsin", "Yeltsin")
_p("Saddam Hussein (Iraqi President, 1937–2006)", "Saddam Hussein")
_p("James Baker (Secretary of State, b. 1930)", "James Baker", "Baker")
_p("Franklin D. Roosevelt (President, 1882–1945)")
_p("James K. Polk (President, 1795–1849)", "James K. Polk", "Polk")
_p("Martin Van Buren (President, 1782–1862)", "Martin van Buren")
_p("John Tyler (President, 1790–1862)", "John Tyler", "Tyler")
_p("Zachary Taylor (General, 1784–1850)", "Zachary Taylor", "Taylor")
_p("John Slidell (Congressman, 1793–1871)", "John Slidell", "Slidell")
_p("Nicholas Trist (diplomat, 1800–1874)", "Nicholas Trist", "Trist")
_p("Winfield Scott (General, 1786–1866)", "Winfield Scott")
_p("David Wilmot (Congressman, 1814–1868)", "David Wilmot")
_p("Chiang Kai-shek (ROC leader, 1887–1975)", "Chiang Kai-shek")
_p("Clement Attlee (Prime Minister, 1883–1967)", "Clement Atlee")
_p("Gerald Ford (President, 1913–2006)", "Ford")
_p("Alexander Haig (Secretary of State, 1924–2010)", "Alexander Haig")
_p("George Shultz (Secretary of State, 1920–2021)", "George Shultz", "Shultz")
_p("Caspar Weinberger (Secretary of Defense, 1917–2006)", "Caspar Weinberger")
_p("William Casey (Director of Central Intelligence, 1913–1987)", "William Casey")
_p("Hussein of Jordan (King, 1935–1999)", "King Hussein")
_p("Yitzhak Shamir (Israeli Prime Minister, 1915–2012)", "Yitzhak Shamir", "Shamir")
_p("Yasser Arafat (PLO Chairman, 1929–2004)", "Yasir Arafat", "Arafat")
_p("Yitzhak Rabin (Israeli Prime Minister, 1922–1995)", "Yitzhak Rabin")
_p("Bill Clinton (President, b. 1946)", "Clinton")
_p("Nikita Khrushchev (Soviet leader, 1894–1971)", "Nikita Khrushchev", "Khrushchev")
_p("Georgy Malenkov (Soviet Premier, 1902–1988)", "Georgi Malenkov", "Malenkov")
_p("Lavrentiy Beria (Soviet security chief, 1899–1953)", "Lavrenti Beria", "Beria")
_p("Vyacheslav Molotov (Soviet Foreign Minister, 1890–1986)", "Vyacheslav Molotov")
FLAG = {"Franklin D. Roosevelt (President, 1882–1945)", "Theodore Roosevelt (President, 1858–1919)",
        "Woodrow Wilson (President, 1856–1924)", "Robert Lansing (Secretary of State, 1864–1928)",
        "Winston Churchill (Prime Minister, 1874–1965)", "James Gadsden (diplomat, 1788–1858)",
        "Antonio López de Santa Anna (Mexican President, 1794–1876)", "Martin Van Buren (President, 1782–1862)",
        "John Tyler (President, 1790–1862)", "Zachary Taylor (General, 1784–1850)", "John Slidell (Congressman, 1793–1871)",
        "Mikhail Kalinin (Soviet head of state, 1875–1946)", "Sergei Kirov (Leningrad party leader, 1886–1934)",
        "William H. Seward (Secretary of State, 1801–1872)", "Alexander Hamilton (Secretary of the Treasury, 1755–1804)",
        "Thomas Jefferson (President, 1743–1826)", "John Adams (President, 1735–1826)",
        "Jean-Jacques Dessalines (Haitian leader, 1758–1806)", "Lázaro Cárdenas (Mexican President, 1895–1970)",
        "Cordell Hull (Secretary of State, 1871–1955)", "George C. Marshall (Secretary of State, 1880–1959)",
        "John Foster Dulles (Secretary of State, 1888–1959)", "Allen Dulles (CIA Director, 1893–1969)",
        "Bill Clinton (President, b. 1946)"}

# ---- panels ----
PLACES.update({
 "Hyde Park (London)": (51.5073, -0.1657, "GB", O), "Hyde Park (Sydney)": (-33.8731, 151.2111, "AU", O),
 "Hyde Park (New York)": (41.7848, -73.9332, "US", CI),
 "Chatsworth House": (53.2278, -1.6114, "GB", O), "Derbyshire": (53.1, -1.6, "GB", R),
 "Crystal Palace (Sydenham, 1854–1936)": (51.4222, -0.0754, "GB", O), "Crystal Palace (Hyde Park, 1851)": (51.5027, -0.1713, "GB", O),
 "Crystal Palace (London district)": (51.4183, -0.0727, "GB", R), "Crystal Palace (New York, 1853)": (40.7536, -73.9832, "US", O),
 "Paxton (Illinois)": (40.4603, -88.0956, "US", CI), "Illinois": (40.0, -89.2, "US", R),
 "Chatsworth (Georgia)": (34.7659, -84.7699, "US", CI), "Georgia (US state)": (32.7, -83.4, "US", R),
 "Los Angeles": (34.0522, -118.2437, "US", CI), "San Fernando Valley": (34.22, -118.47, "US", N),
 "Chatsworth (Los Angeles)": (34.2572, -118.6012, "US", R), "Wellington": (-41.2865, 174.7762, "NZ", CI),
 "New Zealand": (-41.0, 174.0, "NZ", C), "Kollur": (16.7, 80.1, "IN", CI), "Golconda (India)": (17.3833, 78.4011, "IN", O),
 "Punjab": (31.0, 74.0, None, R), "Ohio River": (37.0, -89.1, "US", N), "Golconda (Illinois)": (37.3673, -88.4864, "US", CI),
 "Mumbai": (19.076, 72.8777, "IN", CI), "Sheffield": (53.3811, -1.4701, "GB", CI), "Lyon": (45.764, 4.8357, "FR", CI),
 "Tiptree": (51.81, 0.75, "GB", CI), "Essex": (51.75, 0.6, "GB", R), "New York (state)": (43.0, -75.5, "US", R),
 "Isle of Wight": (50.69, -1.3, "GB", N), "Cowes": (50.7628, -1.2976, "GB", CI), "Leicester": (52.6369, -1.1398, "GB", CI),
 "Derby": (52.9225, -1.4746, "GB", CI), "South Kensington": (51.4941, -0.1738, "GB", R), "Albertopolis": (51.4975, -0.1757, "GB", R),
 "Sydenham Hill": (51.4327, -0.0717, "GB", N), "Bryant Park": (40.7536, -73.9832, "US", O),
 "Lake Victoria": (-1.0, 33.0, None, N), "Lake Albert": (1.68, 30.92, None, N), "East Africa": (0.0, 36.0, None, R),
 "Prince Albert (Saskatchewan)": (53.2033, -105.7531, "CA", CI), "Saskatchewan": (54.0, -106.0, "CA", R),
 "Victoria (British Columbia)": (48.4284, -123.3656, "CA", CI), "Vancouver Island": (49.65, -125.45, "CA", N),
 "British Columbia": (53.7, -127.6, "CA", R), "Victoria Falls": (-17.9243, 25.8572, None, N), "Zambezi": (-18.5, 31.0, None, N),
 "Sydney": (-33.8688, 151.2093, "AU", CI), "Australia": (-25.3, 133.8, "AU", C), "Hudson River": (41.7, -73.95, "US", N),
 "Serpentine": (51.5051, -0.1679, "GB", N),
 "Strait of Magellan": (-53.5, -70.5, None, N), "Cape Horn": (-55.98, -67.27, "CL", N), "Chile": (-35.7, -71.5, "CL", C),
 "Brunswick Peninsula": (-53.5, -71.3, "CL", N), "Fuerte Bulnes": (-53.6297, -70.9228, "CL", O),
 "Punta Arenas": (-53.1638, -70.9171, "CL", CI), "Magallanes Region": (-53.0, -71.5, "CL", R),
 "Liverpool": (53.4084, -2.9916, "GB", CI), "Valparaíso": (-33.0472, -71.6127, "CL", CI),
 "Valparaiso (Indiana)": (41.4731, -87.0611, "US", CI), "Indiana": (40.0, -86.1, "US", R),
 "Falkland Islands": (-51.8, -59.5, "FK", N), "Argentina": (-38.4, -63.6, "AR", C), "Patagonia": (-46.0, -69.0, None, R),
 "Tierra del Fuego": (-54.0, -69.0, None, N), "Scotland": (56.8, -4.2, "GB", R), "Stanley (Falkland Islands)": (-51.6921, -57.8589, "FK", CI),
 "Chiloé": (-42.6, -73.9, "CL", N), "Brač": (43.32, 16.65, "HR", N), "Dawson Island": (-53.9, -70.6, "CL", N),
 "Ushuaia": (-54.8019, -68.303, "AR", CI), "Beagle Channel": (-54.87, -68.2, None, N), "Monte Fitz Roy": (-49.2714, -73.0431, None, N),
 "Andes": (-32.65, -70.0, None, N), "Darwin": (-12.4634, 130.8456, "AU", CI), "Northern Territory": (-19.5, 133.0, "AU", R),
 "Robinson Crusoe Island": (-33.63, -78.85, "CL", N), "Cape Froward": (-53.8958, -71.2947, "CL", N),
 "Drake Passage": (-58.0, -65.0, None, N), "South America": (-15.0, -60.0, None, R),
 "Mainila": (60.3, 29.9, "RU", CI), "Karelian Isthmus": (60.5, 29.8, "RU", N), "Tartu": (58.378, 26.729, "EE", CI),
 "Saint Petersburg": (59.9311, 30.3609, "RU", CI), "Gulf of Finland": (59.9, 26.0, None, N), "Hanko": (59.8236, 22.9681, "FI", CI),
 "Helsinki": (60.1699, 24.9384, "FI", CI), "Russarö": (59.77, 22.95, "FI", N), "Kirov (city)": (58.6036, 49.668, "RU", CI),
 "Lake Ladoga": (60.8, 31.5, "RU", N), "Perm": (58.0105, 56.2502, "RU", CI), "Ural Mountains": (60.0, 59.0, "RU", N),
 "Suomussalmi": (64.887, 28.907, "FI", CI), "Raate road": (64.85, 29.3, "FI", O), "Kollaa River": (62.3, 31.9, "RU", N),
 "Pechenga": (69.53, 31.2, "RU", CI), "Arctic Ocean": (80.0, 0.0, None, N), "Zelenogorsk": (60.195, 29.7, "RU", CI),
 "Sweden": (62.0, 15.0, "SE", C), "Norway": (61.0, 8.5, "NO", C), "Narvik": (68.4385, 17.4272, "NO", CI),
 "Kiruna": (67.8558, 20.2253, "SE", CI), "Hancock (Michigan)": (47.1269, -88.5809, "US", CI), "Michigan": (44.3, -85.4, "US", R),
 "Finland (Minnesota)": (47.414, -91.249, "US", CI), "Minnesota": (46.3, -94.3, "US", R), "Lake Superior": (47.7, -87.5, None, N),
 "Moscow (Idaho)": (46.7324, -117.0002, "US", CI), "Idaho": (44.1, -114.7, "US", R), "Summa": (60.55, 28.9, "RU", CI),
 "Vyborg": (60.7096, 28.7475, "RU", CI), "Priozersk": (61.04, 30.13, "RU", CI), "Viborg (Denmark)": (56.4532, 9.402, "DK", CI),
 "Jutland": (56.0, 9.3, "DK", N), "Denmark": (56.0, 10.0, "DK", C), "Finland": (64.0, 26.0, "FI", C),
})
SURF.update({k: k for k in PLACES if "(" not in k and k not in SURF})
SURF.update({
 "Hyde Park": "Hyde Park (London)", "Chatsworth": "Chatsworth House", "Crystal Palace": "Crystal Palace (Hyde Park, 1851)",
 "Paxton": "Paxton (Illinois)", "Golconda": "Golconda (India)", "Bombay": "Mumbai", "Ceylon": "Sri Lanka",
 "Prince Albert": "Prince Albert (Saskatchewan)", "Victoria": "Victoria (British Columbia)",
 "Sandy Point": "Punta Arenas", "Magallanes": "Punta Arenas", "Malvinas": "Falkland Islands", "Falklands": "Falkland Islands",
 "Stanley": "Stanley (Falkland Islands)", "Port Stanley": "Stanley (Falkland Islands)", "Valparaiso": "Valparaiso (Indiana)",
 "Más a Tierra": "Robinson Crusoe Island", "Horn": "Cape Horn", "St. Petersburg": "Saint Petersburg",
 "Petrograd": "Saint Petersburg", "Hangö": "Hanko", "Kirov": "Kirov (city)", "Vyatka": "Kirov (city)", "Ladoga": "Lake Ladoga",
 "Molotov": "Perm", "Urals": "Ural Mountains", "Kollaa River": "Kollaa River", "Petsamo": "Pechenga",
 "Terijoki": "Zelenogorsk", "Hancock": "Hancock (Michigan)", "Viipuri": "Vyborg", "Käkisalmi": "Priozersk",
 "Viborg": "Vyborg", "Helsingfors": "Helsinki", "New York": "New York", "Georgia": "Georgia (country)",
})
_n(W_EV, "Great Exhibition of the Works of Industry of All Nations", "Great Exhibition", "America’s Cup",
   "Battle of the Falkland Islands", "Winter War", "Battle of Suomussalmi", "Continuation War")
_n(W_ORG, "Royal Commission", "Fox, Henderson and Company", "East India Company", "Crystal Palace Football Club",
   "Pacific Steam Navigation Company", "Red Army", "League of Nations")
_n(W_PUB, "Punch", "El Magallanes")
_n(W_ST, "Royal Albert Hall", "Victoria and Albert Museum", "Braun-Menéndez Palace", "Mannerheim Line")
_n(W_OT, "Koh-i-Noor", "Molotov cocktails", "Salesian")
_n(W_SHIP, "HMS Beagle", "Dresden", "Ancud")
_n(W_LAW, "Treaty of Tartu", "Moscow Peace Treaty")
_n(W_DEM, "Dalmatian", "Selk’nam", "Swedish-speaking", "Karelians", "Croatians", "Finnish", "Finns", "Swedish")
_p("Queen Victoria (1819–1901)", "Queen Victoria")
_p("Prince Albert (Prince Consort, 1819–1861)", "Albert")
_p("Henry Cole (civil servant, 1808–1882)", "Henry Cole")
_p("Joseph Paxton (gardener and architect, 1803–1865)", "Joseph Paxton")
_p("William Cavendish, 6th Duke of Devonshire (1790–1858)", "Duke of Devonshire")
_p("Arthur Wellesley, Duke of Wellington (1769–1852)", "Duke of Wellington")
_p("Samuel Colt (inventor, 1814–1862)", "Samuel Colt")
_p("Cyrus McCormick (inventor, 1809–1884)", "Cyrus McCormick")
_p("Thomas Cook (travel organiser, 1808–1892)", "Thomas Cook")
_p("David Livingstone (explorer, 1813–1873)", "David Livingstone")
_p("Ferdinand Magellan (navigator, 1480–1521)", "Ferdinand Magellan")
_p("Manuel Bulnes (President of Chile, 1799–1866)", "Manuel Bulnes")
_p("Edward Smith-Stanley, Lord Stanley (Colonial Secretary, 1799–1869)", "Lord Stanley")
_p("José Menéndez (wool baron, 1846–1918)", "José Menéndez")
_p("Sara Braun (businesswoman, 1862–1955)", "Sara Braun")
_p("Robert FitzRoy (naval officer, 1805–1865)", "Robert FitzRoy", "FitzRoy")
_p("Charles Darwin (naturalist, 1809–1882)", "Charles Darwin")
_p("Maximilian von Spee (admiral, 1861–1914)", "Admiral von Spee")
_p("Francis Drake (navigator, c. 1540–1596)", "Francis Drake")
_p("Sergei Kirov (Leningrad party leader, 1886–1934)", "Sergei Kirov")
_p("Carl Gustaf Mannerheim (Marshal, 1867–1951)", "Carl Gustaf Mannerheim")
_p("Simo Häyhä (sniper, 1905–2002)", "Simo Häyhä")
_p("Otto Kuusinen (Communist politician, 1881–1964)", "Otto Kuusinen")
_p("Herbert Hoover (President, 1874–1964)", "Herbert Hoover")
_p("Semyon Timoshenko (Marshal, 1895–1970)", "Semyon Timoshenko")
FLAG |= {"Queen Victoria (1819–1901)", "Prince Albert (Prince Consort, 1819–1861)", "Joseph Paxton (gardener and architect, 1803–1865)",
         "William Cavendish, 6th Duke of Devonshire (1790–1858)", "Arthur Wellesley, Duke of Wellington (1769–1852)",
         "David Livingstone (explorer, 1813–1873)", "Ferdinand Magellan (navigator, 1480–1521)",
         "Manuel Bulnes (President of Chile, 1799–1866)", "Edward Smith-Stanley, Lord Stanley (Colonial Secretary, 1799–1869)",
         "Robert FitzRoy (naval officer, 1805–1865)", "Charles Darwin (naturalist, 1809–1882)", "Francis Drake (navigator, c. 1540–1596)",
         "Carl Gustaf Mannerheim (Marshal, 1867–1951)", "Herbert Hoover (President, 1874–1964)",
         "Vyacheslav Molotov (Soviet Foreign Minister, 1890–1986)"}
_n(W_EV, "Washington talks")
_n(W_OT, "Madrid framework")
