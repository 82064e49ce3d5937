# Lexicon written by hand from my own knowledge.
# PLACES: key -> (lat, lon, country, kind, [surface forms that map to this key by default])
P = {}
def place(key, lat, lon, cc, kind, *forms):
    P[key] = (lat, lon, cc, kind, list(forms) if forms else [key])

C, R, T, N, O = 'country', 'region', 'city', 'natural feature', 'other'
# --- essays
place('United States', 39.8, -98.6, 'US', C, 'United States', 'U.S.')
place('White House', 38.8977, -77.0365, 'US', O, 'White House')
place('Oval Office', 38.8973, -77.0374, 'US', O, 'Oval Office')
place('Soviet Union', 60.0, 90.0, 'SU', C, 'Soviet Union', 'U.S.S.R.')
place('Moscow', 55.7558, 37.6173, 'RU', T, 'Moscow')
place('Eastern Europe', 50.0, 25.0, None, R, 'Eastern Europe')
place('Western world', 48.0, -20.0, None, R, 'West')
place('Eastern world', 30.0, 100.0, None, R, 'East')
place('Poland', 52.0, 19.4, 'PL', C, 'Poland')
place('Hungary', 47.16, 19.5, 'HU', C, 'Hungary')
place('Asia', 34.0, 100.0, None, R, 'Asia')
place('China', 35.0, 103.0, 'CN', C, 'China', 'People’s Republic of China')
place('Vietnam', 16.0, 107.8, 'VN', C, 'Vietnam')
place('France', 46.6, 2.2, 'FR', C, 'France')
place('Europe', 54.0, 15.0, None, R, 'Europe')
place('Amsterdam', 52.37, 4.9, 'NL', T, 'Amsterdam')
place('Haiti', 19.0, -72.4, 'HT', C, 'Haiti', 'Saint-Domingue')
place('Caribbean', 15.0, -75.0, None, R, 'Caribbean')
place('Hispaniola', 19.0, -70.7, None, N, 'Hispaniola')
place('Dominican Republic', 18.7, -70.2, 'DO', C, 'Dominican Republic')
place('West Indies', 18.0, -70.0, None, R, 'West Indies')
place('Môle-Saint-Nicolas', 19.8, -73.38, 'HT', T, 'Mole-Saint Nicolas')
place('Germany', 51.2, 10.4, 'DE', C, 'Germany', 'Nazi Germany')
place('New York City', 40.71, -74.0, 'US', T, 'New York')
place('Cuba', 21.5, -79.5, 'CU', C, 'Cuba')
place('San Cristóbal (Cuba)', 22.72, -83.05, 'CU', T, 'San Cristobal')
place('Turkey', 39.0, 35.0, 'TR', C, 'Turkey')
place('Western Hemisphere', 15.0, -80.0, None, R, 'Western Hemisphere')
place('Russia', 61.5, 105.0, 'RU', C, 'Russia')
place('United Kingdom', 54.0, -2.5, 'GB', C, 'Great Britain', 'Britain')
place('England', 52.5, -1.5, 'GB', R, 'England')
place('Boston', 42.36, -71.06, 'US', T, 'Boston')
place('Massachusetts', 42.3, -71.8, 'US', R, 'Massachusetts')
place('Ireland', 53.4, -8.0, 'IE', C, 'Ireland')
place('Morocco', 31.8, -7.1, 'MA', C, 'Morocco')
place('Netherlands', 52.1, 5.3, 'NL', C, 'Netherlands')
place('Spain', 40.4, -3.7, 'ES', C, 'Spain')
place('North America', 45.0, -100.0, None, R, 'North America')
place('Americas', 0.0, -80.0, None, R, 'Americas')
place('Tiananmen Square', 39.9055, 116.3976, 'CN', O, 'Tiananmen Square')
place('Beijing', 39.9042, 116.4074, 'CN', T, 'Beijing')
place('Somalia', 5.15, 46.2, 'SO', C, 'Somalia')
place('Somaliland', 9.5, 45.0, 'SO', R, 'Somaliland')
place('Ethiopia', 9.1, 40.5, 'ET', C, 'Ethiopia', 'Abyssinia')
place('Mogadishu', 2.04, 45.34, 'SO', T, 'Mogadishu')
place('East Berlin', 52.52, 13.41, 'DE', T, 'East Berlin')
place('West Berlin', 52.5, 13.3, 'DE', T, 'West Berlin')
place('Leipzig', 51.34, 12.37, 'DE', T, 'Leipzig')
place('West Germany', 51.0, 9.0, 'DE', C, 'West Germany')
place('East Germany', 52.5, 12.5, 'DE', C, 'East Germany')
place('Washington, D.C.', 38.9, -77.04, 'US', T, 'Washington')
place('Dien Bien Phu', 21.39, 103.02, 'VN', T, 'Dien Bien Phu')
place('French Indochina', 16.0, 106.0, None, R, 'French Indochina')
place('Indochina', 15.0, 103.0, None, R, 'Indochina')
place('Cambodia', 12.5, 104.99, 'KH', C, 'Cambodia')
place('Laos', 19.86, 102.5, 'LA', C, 'Laos')
place('Southeast Asia', 10.0, 110.0, None, R, 'Southeast Asia')
place('Japan', 36.2, 138.25, 'JP', C, 'Japan')
place('Malaya', 4.0, 102.0, 'MY', R, 'Malaya')
place('Philippines', 12.9, 121.8, 'PH', C, 'Philippines')
place('Geneva', 46.2, 6.14, 'CH', T, 'Geneva')
place('South Vietnam', 12.0, 107.0, 'VN', C, 'South Vietnam')
place('North Vietnam', 21.0, 105.8, 'VN', C, 'North Vietnam')
place('New Jersey', 40.1, -74.5, 'US', R, 'New Jersey')
place('Helsinki', 60.17, 24.94, 'FI', T, 'Helsinki')
place('Finland', 61.9, 25.7, 'FI', C, 'Finland')
place('Vladivostok', 43.12, 131.89, 'RU', T, 'Vladivostok')
place('Vienna', 48.21, 16.37, 'AT', T, 'Vienna')
place('Afghanistan', 33.9, 67.7, 'AF', C, 'Afghanistan')
place('Saratoga (New York)', 43.0, -73.64, 'US', T, 'Saratoga')
place('Passy', 48.857, 2.28, 'FR', R, 'Passy')
place('Paris', 48.8566, 2.3522, 'FR', T, 'Paris')
place('Israel', 31.05, 34.85, 'IL', C, 'Israel', 'State of Israel')
place('Palestine', 31.9, 35.2, None, R, 'Palestine')
place('Jerusalem', 31.78, 35.22, None, T, 'Jerusalem')
place('Arab world', 25.0, 30.0, None, R, 'Arab world')
place('San Francisco', 37.77, -122.42, 'US', T, 'San Francisco')
place('Panama Canal', 9.08, -79.68, 'PA', O, 'Panama Canal')
place('London', 51.507, -0.128, 'GB', T, 'London')
place('Berlin', 52.52, 13.405, 'DE', T, 'Berlin')
# --- panel: coffee
place('Mocha (Al Mukha)', 13.32, 43.25, 'YE', T, 'Mocha', 'Al Mukha')
place('Minas Gerais', -18.5, -44.5, 'BR', R, 'Minas Gerais')
place('Kaffa', 7.3, 36.2, 'ET', R, 'Kaffa')
place('Red Sea', 20.0, 38.5, None, N, 'Red Sea')
place('Yemen', 15.55, 48.5, 'YE', C, 'Yemen')
place('Jeddah', 21.49, 39.19, 'SA', T, 'Jeddah')
place('Cairo', 30.04, 31.24, 'EG', T, 'Cairo')
place('Istanbul', 41.01, 28.98, 'TR', T, 'Istanbul', 'Constantinople')
place('Seattle', 47.61, -122.33, 'US', T, 'Seattle')
place('Melbourne', -37.81, 144.96, 'AU', T, 'Melbourne')
place('Mecca', 21.42, 39.83, 'SA', T, 'Mecca')
place('Chikmagalur', 13.32, 75.77, 'IN', T, 'Chikmagalur')
place('India', 22.0, 79.0, 'IN', C, 'India')
place('Baba Budan Hills', 13.45, 75.75, 'IN', N, 'Baba Budan Hills')
place('Malabar', 11.0, 76.0, 'IN', R, 'Malabar')
place('Jakarta', -6.2, 106.85, 'ID', T, 'Jakarta', 'Batavia')
place('Java', -7.5, 110.0, 'ID', N, 'Java')
place('Sumatra', 0.0, 102.0, 'ID', N, 'Sumatra')
place('Sri Lanka', 7.87, 80.77, 'LK', C, 'Sri Lanka', 'Ceylon')
place('Indonesia', -2.5, 118.0, 'ID', C, 'Indonesia')
place('Martinique', 14.64, -61.02, 'MQ', N, 'Martinique')
place('Réunion', -21.11, 55.53, 'RE', N, 'Réunion', 'Bourbon Island')
place('Indian Ocean', -20.0, 80.0, None, N, 'Indian Ocean')
place('Brazil', -14.2, -51.9, 'BR', C, 'Brazil')
place('French Guiana', 3.93, -53.13, 'GF', R, 'French Guiana')
place('Pará', -5.0, -52.0, 'BR', R, 'Pará')
place('Paraíba do Sul', -22.0, -43.0, 'BR', N, 'Paraíba do Sul')
place('São Paulo (state)', -22.0, -48.5, 'BR', R)
place('São Paulo', -23.55, -46.63, 'BR', T, 'São Paulo')
place('Serra do Mar', -23.5, -45.5, 'BR', N, 'Serra do Mar')
place('Santos', -23.96, -46.33, 'BR', T, 'Santos')
place('Jamaica', 18.11, -77.3, 'JM', C, 'Jamaica')
place('Blue Mountains (Jamaica)', 18.05, -76.58, 'JM', N, 'Blue Mountains')
place('Mauna Loa', 19.48, -155.6, 'US', N, 'Mauna Loa')
place('Kona', 19.64, -155.99, 'US', R, 'Kona')
place('Hawaii', 20.8, -156.3, 'US', R, 'Hawaii')
place('Colombia', 4.57, -74.3, 'CO', C, 'Colombia')
place('Antioquia', 7.0, -75.5, 'CO', R, 'Antioquia')
place('Caldas', 5.3, -75.3, 'CO', R, 'Caldas')
place('Florida (Valle del Cauca)', 3.32, -76.23, 'CO', T, 'Florida')
place('Valle del Cauca', 3.8, -76.5, 'CO', R, 'Valle del Cauca')
place('New Orleans', 29.95, -90.07, 'US', T, 'New Orleans')
place('Louisiana', 31.0, -92.0, 'US', R, 'Louisiana')
place('Mississippi River', 32.0, -91.0, 'US', N, 'Mississippi River')
place('Cairo (Illinois)', 37.0, -89.18, 'US', T)
place('Illinois', 40.0, -89.2, 'US', R, 'Illinois')
place('Nashville', 36.16, -86.78, 'US', T, 'Nashville')
place('Tennessee', 35.86, -86.35, 'US', R, 'Tennessee')
place('Brooklyn', 40.68, -73.94, 'US', T, 'Brooklyn')
# --- panel: guano
place('Callao', -12.05, -77.15, 'PE', T, 'Callao')
place('Liverpool', 53.41, -2.98, 'GB', T, 'Liverpool')
place('Humboldt Current', -15.0, -77.0, None, N, 'Humboldt Current')
place('Chile', -35.7, -71.5, 'CL', C, 'Chile')
place('Peru', -9.19, -75.0, 'PE', C, 'Peru')
place('Chincha Islands', -13.64, -76.4, 'PE', N, 'Chincha Islands')
place('Pisco', -13.71, -76.2, 'PE', T, 'Pisco')
place('Lima', -12.05, -77.04, 'PE', T, 'Lima')
place('Macau', 22.2, 113.55, 'MO', T, 'Macao')
place('Easter Island', -27.11, -109.35, 'CL', N, 'Easter Island')
place('Virginia', 37.5, -78.8, 'US', R, 'Virginia')
place('Maryland', 39.0, -76.7, 'US', R, 'Maryland')
place('Baltimore', 39.29, -76.61, 'US', T, 'Baltimore')
place('Pacific Ocean', 0.0, -160.0, None, N, 'Pacific')
place('Baker Island', 0.19, -176.48, 'UM', N, 'Baker Island')
place('Howland Island', 0.81, -176.62, 'UM', N, 'Howland Island')
place('Jarvis Island', -0.37, -160.02, 'UM', N, 'Jarvis Island')
place('Johnston Atoll', 16.73, -169.53, 'UM', N, 'Johnston Atoll')
place('Midway Atoll', 28.21, -177.37, 'UM', N, 'Midway', 'Middlebrook Islands', 'Brooks Islands')
place('Navassa Island', 18.4, -75.01, 'UM', N, 'Navassa Island')
place('Swan Islands', 17.4, -83.93, 'HN', N, 'Swan Islands')
place('Honduras', 15.2, -86.24, 'HN', C, 'Honduras')
place('Nauru', -0.52, 166.93, 'NR', C, 'Nauru', 'Pleasant Island')
place('Banaba', -0.86, 169.54, 'KI', N, 'Banaba', 'Ocean Island')
place('Kiribati', 1.45, 173.0, 'KI', C, 'Kiribati')
place('Kiritimati', 1.87, -157.4, 'KI', N, 'Kiritimati')
place('Christmas Island (Indian Ocean)', -10.49, 105.62, 'CX', N)
place('Valparaíso', -33.05, -71.62, 'CL', T, 'Valparaíso')
place('Atacama Desert', -24.5, -69.25, 'CL', N, 'Atacama Desert')
place('Lima (Ohio)', 40.74, -84.11, 'US', T)
place('Ohio', 40.4, -82.8, 'US', R, 'Ohio')
place('Andes', -15.0, -72.0, None, N, 'Andes')
place('Peru (Indiana)', 40.75, -86.07, 'US', T)
place('Indiana', 39.9, -86.3, 'US', R, 'Indiana')
place('Valparaiso (Indiana)', 41.47, -87.06, 'US', T, 'Valparaiso')
place('Porter County', 41.5, -87.07, 'US', R, 'Porter County')
# --- panel: Volga Germans
place('Rhine', 50.0, 7.6, None, N, 'Rhine')
place('Volga', 50.0, 46.0, 'RU', N, 'Volga')
place('Great Plains', 40.0, -100.0, 'US', R, 'Plains', 'Great Plains')
place('Szczecin', 53.43, 14.55, 'PL', T, 'Stettin')
place('Hesse', 50.65, 9.16, 'DE', R, 'Hesse')
place('Palatinate', 49.4, 7.8, 'DE', R, 'Palatinate')
place('Lübeck', 53.87, 10.69, 'DE', T, 'Lübeck')
place('Baltic Sea', 58.0, 20.0, None, N, 'Baltic Sea')
place('Lomonosov (Oranienbaum)', 59.91, 29.77, 'RU', T, 'Oranienbaum')
place('Saint Petersburg', 59.94, 30.31, 'RU', T, 'Saint Petersburg')
place('Saratov', 51.53, 46.03, 'RU', T, 'Saratov')
place('Marienthal (Volga)', 51.3, 46.6, 'RU', T)
place('Schönchen (Volga)', 51.1, 46.5, 'RU', T, 'Schönchen')
place('Marx (Saratov Oblast)', 51.71, 46.75, 'RU', T, 'Katharinenstadt', 'Baronsk', 'Marxstadt')
place('Norka', 51.1, 45.3, 'RU', T, 'Norka')
place('Bergseite', 51.3, 45.5, 'RU', R, 'Bergseite')
place('Wiesenseite', 51.0, 47.0, 'RU', R, 'Wiesenseite')
place('Engels', 51.5, 46.12, 'RU', T, 'Pokrovsk')
place('Volgograd', 48.71, 44.51, 'RU', T, 'Tsaritsyn', 'Stalingrad', 'Volgograd')
place('Samara', 53.2, 50.15, 'RU', T, 'Samara', 'Kuybyshev')
place('Bremen', 53.08, 8.8, 'DE', T, 'Bremen')
place('Atlantic Ocean', 30.0, -40.0, None, N, 'Atlantic')
place('Ellis County (Kansas)', 38.9, -99.3, 'US', R, 'Ellis County')
place('Kansas', 38.5, -98.4, 'US', R, 'Kansas')
place('Herzog (Kansas)', 38.87, -99.2, 'US', T, 'Herzog')
place('Munjor', 38.81, -99.27, 'US', T, 'Munjor')
place('Catherine (Kansas)', 38.93, -99.21, 'US', T)
place('Pfeifer', 38.70, -99.17, 'US', T, 'Pfeifer')
place('Schoenchen', 38.71, -99.33, 'US', T, 'Schoenchen')
place('Smoky Hill River', 38.8, -99.0, 'US', N, 'Smoky Hill River')
place('Victoria (Kansas)', 38.85, -99.15, 'US', T)
place('Marienthal (Kansas)', 38.49, -101.22, 'US', T)
place('Wichita County (Kansas)', 38.48, -101.35, 'US', R, 'Wichita County')
place('Lincoln (Nebraska)', 40.81, -96.7, 'US', T)
place('Nebraska', 41.5, -99.9, 'US', R, 'Nebraska')
place('Russian Bottoms', 40.82, -96.72, 'US', R, 'Russian Bottoms')
place('Portland (Oregon)', 45.52, -122.68, 'US', T, 'Portland')
place('Oregon', 43.8, -120.55, 'US', R, 'Oregon')
place('Fresno', 36.74, -119.79, 'US', T, 'Fresno')
place('California', 36.78, -119.42, 'US', R, 'California')
place('South America', -15.0, -60.0, None, R, 'South America')
place('Entre Ríos', -32.0, -59.2, 'AR', R, 'Entre Ríos')
place('Argentina', -38.4, -63.6, 'AR', C, 'Argentina')
place('Paraná (Brazil)', -24.6, -51.5, 'BR', R, 'Paraná')
place('Buenos Aires', -34.6, -58.38, 'AR', T, 'Buenos Aires')
place('Kazakhstan', 48.0, 66.9, 'KZ', C, 'Kazakhstan')
place('Siberia', 60.0, 105.0, 'RU', R, 'Siberia')
place('Ural Mountains', 60.0, 59.5, 'RU', N, 'Urals')
place('Detmold', 51.94, 8.88, 'DE', T, 'Detmold')

# Non-places: text -> why (global); per-document extra/overrides below.
W = {}
def np_(why, *texts):
    for t in texts:
        W[t] = why
ORG, EV, LAW, DEM, HYP, OTH, SHIP, PER = ('organisation', 'war/event', 'treaty/agreement/law', 'demonym/adjective',
                                         'hyphenated adjective', 'other', 'ship', 'person/family named like a place')
np_(ORG, 'AP Photo', 'U.S. Government', 'National Security Council', 'NSC', 'Central Intelligence Agency', 'CIA',
    'Office of Strategic Services', 'Defense Intelligence Agency', 'War Department', 'Navy Department',
    'Department of Defense', 'Department of the Air Force', 'Communist Party of the Soviet Union', 'KGB',
    'Presidium of the Supreme Soviet', 'New York Times', 'Communist Party', 'Continental Congress', 'Congress',
    'French Government', 'Spanish Government', 'Joint Chiefs of Staff', 'CJCS', 'Richard Nixon Library',
    'Bohemian Club', 'Foreign Affairs', 'Organization of Arab Petroleum Exporting Countries', 'OAPEC',
    'United States Marines', 'U.S. Marines', "United States Government's", 'Haitian National Bank',
    'Haitian Gendarmerie', 'Gendarmerie', 'U.S. Senate', 'Senate', 'John F. Kennedy Library',
    'Organization of American States', 'Strategic Air Command', 'ABC News', 'United Nations', 'The Inquiry',
    'League of Nations', 'Bolsheviks', 'Allies', 'Government of France', 'Secret Committee of Correspondence',
    'British Parliament', 'British Government', 'Federalists', 'International Council of Scientific Unions',
    'Department of State', 'People’s Daily', 'People’s Liberation Army', 'U.S. Congress', 'Chinese Government',
    'Joint Task Force Somalia', 'United Nations Operation in Somalia', 'UNOSOM',
    'UNOSOM II', 'Somali Army', 'United Nations Security Council', 'UNITAF', 'United Task Force',
    'Deutsches Bundesarchiv', 'European Defense Community', 'EDC', 'East German Government', 'Viet Minh',
    'French Army', 'North Atlantic Treaty Organization', 'NATO', 'Southeast Asia Treaty Organization',
    'Glassboro State College', 'Nixon Presidential Library', 'Republicans', 'Democrats', 'Jewish Agency',
    'United Nations Special Commission on Palestine', 'U.S. Department of State', 'State Department', 'UN',
    'Republican', 'Kremlin',
    'Dutch East India Company', 'Maxwell House', 'Antony Gibbs & Sons', 'American Guano Company',
    'Navassa Phosphate Company', 'Baltimore Sun', 'Supreme Court', 'North German Lloyd',
    'American Relief Administration', 'Party Congress',
    'Presidium', 'Supreme Soviet')
np_(EV, 'Twentieth Congress of the Communist Party of the Soviet Union', 'Twentieth Congress of the Communist Party',
    'Twentieth Party Congress', 'Strategic Arms Limitations Talks', 'Strategic Arms Limitation Talks', 'State of the Union', 'World War II', 'Cuban Missile Crisis', 'U-2 incident', 'American Revolution',
    'Revolution', 'XYZ Affair', 'Quasi-War', 'Haitian Revolution', 'Louisiana Purchase', 'Vietnam War',
    'Beijing Summit', 'Moscow Summit', 'Watergate', 'Arab-Israeli War', 'Mayaguez incident', 'Cold War',
    'Bay of Pigs', 'Operation Mongoose', 'World War I', 'French Revolutionary Wars', 'War of the American Revolution',
    'French and Indian War', 'Seven Years’ War', 'Second World War', 'Operation Restore Hope',
    'Operation Provide Comfort', 'Korean War', 'Versailles Conference', 'World War Two', 'Vladivostok Summit',
    'First World War', 'Chincha Islands War', "Seven Years' War", 'Cuban missile crisis')
np_(LAW, 'National Security Act', 'Articles of Confederation', 'U.S. Constitution', 'Franco-Haitian Agreement',
    'Haitian-American Treaty', 'Good Neighbor Policy', 'Monroe Doctrine', 'Test Ban Treaty', 'Treaty of Versailles',
    'Declaration of Independence', 'Model Treaty', 'Treaty of Alliance', 'Treaty of Paris', 'Resolution 751',
    'U.N. Charter', 'Chapter VII', 'Presidential Decision Directive 25', 'ABM Treaty', 'SALT II Treaty',
    'Strategic Arms Reduction Treaty', 'START', 'Helsinki Accords', 'Egyptian-Israeli Disengagement Agreement',
    'Balfour Declaration', 'Resolution 181', 'Partition Resolution', 'Burlingame-Seward Treaty', 'Treaty of Tianjin',
    'Chinese Exclusion Act', 'Guano Islands Act', 'Jones v. United States', 'Fourteen Points', 'Treaty', 'Declaration',
    'SALT I', 'SALT II', 'SALT')
np_(DEM, 'Soviet', 'Soviets', 'Communist', 'Communists', 'Stalinist', 'Marxist-Leninist', 'Israeli', 'American',
    'Americans', 'British', 'French', 'Dutch', 'Haitian', 'Haitians', 'German', 'Germans', 'Cuban', 'Russian', 'Chinese',
    'Western', 'Somali', 'Somalis', 'Italian', 'East German', 'East Germans', 'West German', 'Western European',
    'Japanese', 'Vietnamese', 'North Vietnamese', 'Laotian', 'South Vietnamese', 'European', 'North American',
    'Native Americans', 'Native American', 'Arab', 'Arabs', 'Jews', 'Jewish', 'Palestinian', 'Ottoman', 'Yemeni',
    'Indian', 'Brazilian', 'Hawaiian', 'Egyptian', 'Belgian', 'Peruvian', 'Polynesians', 'Spanish', 'Australian',
    'Ukrainian', 'Scottish', 'Volga Germans', 'Russian Germans', 'Sufi', 'Bolshevik', 'Allied', 'Egyptian-Israeli', 'Soviet-American')
np_(HYP, 'U.S.-Chinese', 'U.S.-Soviet', 'pro-American', 'anti-American', 'pro-English', 'pro-French',
    'post-Stalin', 'de-Stalinization', 'post-Mao', 'anti-Chinese', 'Franco-Haitian', 'Haitian-American')
np_(OTH, 'Iron Curtain', 'Sputnik', 'Sputnik-1', 'Vanguard', 'Explorer', 'Chang’an Blvd.', 'Most-Favored-Nation',
    'Black Hawk', 'Constructing Socialism', 'New Course', 'Eisenhower packages', 'Peace and Unity',
    'New World Enlightenment', 'coiffure a la Franklin', 'Common Sense', 'Secretary of State', 'Secretary of Defense',
    'National Security Advisor', 'Jupiter', 'Backfire', 'Nixon-Kissinger', 'Mayaguez', 'Hotline',
    'mocha', 'java', 'Jamaica Blue Mountain', 'Atlantic world', 'George', 'Equator', 'Cathedral of the Plains',
    'Das Kapital', 'Farewell Address', 'Catholicism', 'Christianity', 'War Message', 'Sputnik Journey', 'French Foreign Legionnaire',
    'German Imperial Court of Justice', 'Strategic Defense Initiative', 'SDI', 'Burlingame-Seward')
np_(SHIP, 'HMS Cornwallis', 'Numancia', 'Essex', 'Mosel')

# People: label -> list of surface forms; FLAG = forms named like a place
PEOPLE = {}
FLAG = set()
def person(label, forms, flag=False, docs=None):
    PEOPLE[label] = (forms, docs)
    if flag:
        FLAG.add(label)

person('Bill Clinton (President, b. 1946)', ['William J. Clinton', 'Bill Clinton', 'Clinton'], True)
person('J. Scott Applewhite (photographer)', ['J. Scott Applewhite'])
person('Dwight D. Eisenhower (President, 1890–1969)', ['Dwight D. Eisenhower', 'Dwight Eisenhower', 'Eisenhower'])
person('John F. Kennedy (President, 1917–1963)', ['John F. Kennedy', 'Kennedy'], True)
person('Robert F. Kennedy (Attorney General, 1925–1968)', ['Robert Kennedy'], True)
person('Lyndon B. Johnson (President, 1908–1973)', ['Lyndon B. Johnson', 'Lyndon Johnson', 'Johnson'])
person('Richard Nixon (President, 1913–1994)', ['Richard M. Nixon', 'Richard Nixon', 'Nixon'])
person('Henry Kissinger (Secretary of State, 1923–2023)', ['Henry A. Kissinger', 'Kissinger'])
person('Nikita Khrushchev (Soviet leader, 1894–1971)', ['Nikita Khrushchev', 'Khrushchev'])
person('Joseph Stalin (Soviet leader, 1878–1953)', ['Joseph Stalin', 'Stalin'], True)
person('Georgi Malenkov (Soviet premier, 1902–1988)', ['Georgi Malenkov', 'Malenkov'])
person('Lavrenti Beria (Soviet security chief, 1899–1953)', ['Lavrenti Beria', 'Beria'])
person('Vyacheslav Molotov (Soviet foreign minister, 1890–1986)', ['Vyacheslav Molotov'], True)
person('Allen Dulles (CIA director, 1893–1969)', ['Allen Dulles', 'Dulles'], True)
person('John Foster Dulles (Secretary of State, 1888–1959)', ['John Foster Dulles'], True)
person('Arthur Lee (diplomat, 1740–1792)', ['Arthur Lee', 'Lee'])
person('Silas Deane (diplomat, 1737–1789)', ['Silas Deane', 'Deane'])
person('Benjamin Franklin (diplomat, 1706–1790)', ['Benjamin Franklin', 'Dr. Franklin', 'Franklin'], True)
person('John Adams (President, 1735–1826)', ['John Adams'])
person('Alexander Hamilton (Treasury Secretary, 1755–1804)', ['Alexander Hamilton', 'Hamilton'], True)
person('James Swan (banker, 1754–1830)', ['James Swan', 'Swan'])
person('Gerald Ford (President, 1913–2006)', ['Gerald R. Ford', 'Gerald Ford', 'Ford'])
person('William P. Rogers (Secretary of State, 1913–2001)', ['William P. Rogers', 'Rogers'])
person('Melvin Laird (Secretary of Defense, 1922–2016)', ['Melvin R. Laird', 'Laird'])
person('Earle G. Wheeler (general, 1908–1975)', ['Earle G. Wheeler'])
person('Thomas H. Moorer (admiral, 1912–2004)', ['Thomas H. Moorer', 'Moorer'])
person('Richard Helms (CIA director, 1913–2002)', ['Richard M. Helms', 'Helms'])
person('Alexander Haig (general, 1924–2010)', ['Al Haig', 'Haig'])
person('Elliot Richardson (Attorney General, 1920–1999)', ['Elliott L. Richardson', 'Richardson'])
person('James Schlesinger (Secretary of Defense, 1929–2014)', ['James R. Schlesinger', 'James Schlesinger', 'Schlesinger'])
person('William Colby (CIA director, 1920–1996)', ['William E. Colby', 'Colby'])
person('George S. Brown (general, 1918–1978)', ['George S. Brown'])
person('Brent Scowcroft (National Security Advisor, 1925–2020)', ['Brent Scowcroft'])
person('Donald Rumsfeld (Secretary of Defense, 1932–2021)', ['Donald R. Rumsfeld'])
person('George H. W. Bush (President, 1924–2018)', ['George H.W. Bush', 'Bush'])
person('Henry M. Jackson (Senator, 1912–1983)', ['Henry Jackson'], True)
person('Ronald Reagan (President, 1911–2004)', ['Ronald Reagan'])
person('Jimmy Carter (President, 1924–2024)', ['Jimmy Carter', 'Carter'])
person('Woodrow Wilson (President, 1856–1924)', ['Woodrow Wilson', 'Wilson'], True)
person('Andrew Johnson (President, 1808–1875)', ['Andrew Johnson'])
person('James G. Blaine (Secretary of State, 1830–1893)', ['James Blaine'], True)
person('William Howard Taft (President, 1857–1930)', ['William Howard Taft'], True)
person('Vilbrun Guillaume Sam (Haitian president, 1859–1915)', ['Jean Vilbrun Guillaume Sam'])
person('Philippe Sudré Dartiguenave (Haitian president, 1862–1926)', ['Philippe Sudré Dartiguenave', 'Dartiguenave'])
person('Franklin D. Roosevelt (President, 1882–1945)', ['Franklin D. Roosevelt'], True)
person('Fidel Castro (Cuban leader, 1926–2016)', ['Fidel Castro', 'Castro'])
person('John Scali (journalist, 1918–1995)', ['John Scali', 'Scali'])
person('Anatoly Dobrynin (Soviet ambassador, 1919–2010)', ['Anatoly Dobrynin'])
person('Vladimir Lenin (Bolshevik leader, 1870–1924)', ['Vladimir Lenin'])
person('Thomas Paine (pamphleteer, 1737–1809)', ['Thomas Paine'])
person('Richard Henry Lee (delegate, 1732–1794)', ['Richard Henry Lee'])
person('Thomas Jefferson (President, 1743–1826)', ['Thomas Jefferson', 'Jefferson'], True)
person('George III (King of Great Britain, 1738–1820)', ['King George III'])
person('Deng Xiaoping (Chinese leader, 1904–1997)', ['Deng Xiaoping'])
person('Hu Yaobang (Chinese leader, 1915–1989)', ['Hu Yaobang'])
person('Zhao Ziyang (Chinese leader, 1919–2005)', ['Zhao Ziyang', 'Zhao'])
person('Mikhail Gorbachev (Soviet leader, 1931–2022)', ['Mikhail Gorbachev', 'Gorbachev'])
person('Jeff Widener (photographer)', ['Jeff Widener'])
person('Siad Barre (Somali president, 1919–1995)', ['Mohamed Siad Barre', 'Barre'])
person('Mohamed Farrah Aidid (Somali warlord, 1934–1996)', ['Muhammad Farah Aideed', 'Aideed'])
person('Joe Gawlowicz (photographer)', ['Joe Gawlowicz'])
person('Walter Ulbricht (East German leader, 1893–1973)', ['Walter Ulbricht', 'Ulbricht'])
person('Konrad Adenauer (West German chancellor, 1876–1967)', ['Konrad Adenauer'])
person('Ho Chi Minh (Vietnamese leader, 1890–1969)', ['Ho Chi Minh'], True)
person('Bảo Đại (Emperor of Vietnam, 1913–1997)', ['Bao Dai'])
person('Ngo Dinh Diem (South Vietnamese president, 1901–1963)', ['Ngo Dinh Diem', 'Diem'])
person('Alexei Kosygin (Soviet premier, 1904–1980)', ['Alexei Kosygin'])
person('Robert McNamara (Secretary of Defense, 1916–2009)', ['Robert McNamara'])
person('Leonid Brezhnev (Soviet leader, 1906–1982)', ['Leonid Brezhnev', 'Brezhnev'], True)
person('Comte de Vergennes (French foreign minister, 1719–1787)', ['Vergennes'], True)
person('David Ben-Gurion (Israeli prime minister, 1886–1973)', ['David Ben-Gurion'])
person('Harry S. Truman (President, 1884–1972)', ['Harry S. Truman', 'Truman'])
person('Eliahu Elath (Israeli diplomat, 1903–1990)', ['Eliahu Elath'], True)
person('Henry F. Grady (diplomat, 1882–1957)', ['Henry F. Grady'])
person('George Washington (President, 1732–1799)', ['George Washington', 'Washington'], True,
       docs={'1784-1800-washington-farewell'})
person('Anson Burlingame (diplomat, 1820–1870)', ['Anson Burlingame', 'Burlingame'], True)
person('William H. Seward (Secretary of State, 1801–1872)', ['William Seward', 'Seward'], True)
# panels
person('Kaldi (legendary goatherd)', ['Kaldi'])
person('Baba Budan (Sufi saint, 17th century)', ['Baba Budan'], True)
person('Gabriel de Clieu (French naval officer, 1687–1774)', ['Gabriel de Clieu'])
person('Francisco de Melo Palheta (Brazilian officer, 1670–after 1734)', ['Francisco de Melo Palheta'])
person('Joel Cheek (grocer, 1852–1935)', ['Joel Cheek'])
person('George Washington (chemist, 1871–1946)', ['George Washington'], True, docs={'panel-coffee-mocha-to-minas'})
person('Alexander von Humboldt (naturalist, 1769–1859)', ['Alexander von Humboldt', 'Humboldt'], True)
person('Ramón Castilla (Peruvian president, 1797–1867)', ['Ramón Castilla'], True)
person('Millard Fillmore (President, 1800–1874)', ['Millard Fillmore'], True)
person('William Jarvis (shipowner)', ['William Jarvis'], True)
person('Charles Johnston (sea captain)', ['Charles Johnston'], True)
person('David Porter (naval officer, 1780–1843)', ['David Porter'], True)
person('Catherine the Great (Empress of Russia, 1729–1796)', ['Catherine the Great'], True)
person('Karl Marx (philosopher, 1818–1883)', ['Karl Marx'], True)
person('Friedrich Engels (philosopher, 1820–1895)', ['Friedrich Engels'], True)
person('Alexander II (Tsar of Russia, 1818–1881)', ['Alexander II'])
person('George Grant (Scottish merchant, 1822–1878)', ['George Grant'])
person('Queen Victoria (1819–1901)', ['Queen Victoria'], True)
person('Herbert Hoover (President, 1874–1964)', ['Herbert Hoover'], True)
person('Fridtjof Nansen (explorer and diplomat, 1861–1930)', ['Fridtjof Nansen'])

# Per-document overrides: doc -> {form: ('place', key) | ('np', why) | ('person', label) | None}
DOC = {
    'panel-guano-islands-1856': {},
    'panel-volga-germans-1763': {'Marienthal': ('place', 'Marienthal (Volga)')},
    '1953-1960-dien-bien-phu': {},
    '1961-1968-cuban-missile-crisis': {'White House': ('np', 'organisation')},
    '1969-1976-salt': {'Vladivostok agreements': ('np', 'treaty/agreement/law')},
}
# Sentence-level overrides: (doc, substring of the sentence, form) -> target; applied before doc and global lexicon.
SENT = [
    ('panel-coffee-mocha-to-minas', 'Cairo, Illinois', 'Cairo', ('place', 'Cairo (Illinois)')),
    ('panel-coffee-mocha-to-minas', 'the province of São Paulo', 'São Paulo', ('place', 'São Paulo (state)')),
    ('panel-guano-islands-1856', 'Lima, Ohio', 'Lima', ('place', 'Lima (Ohio)')),
    ('panel-guano-islands-1856', 'Peru, Indiana', 'Peru', ('place', 'Peru (Indiana)')),
    ('panel-guano-islands-1856', 'Christmas Island in the central Pacific', 'Christmas Island', ('place', 'Kiritimati')),
    ('panel-guano-islands-1856', 'Christmas Island south of Java', 'Christmas Island', ('place', 'Christmas Island (Indian Ocean)')),
    ('panel-volga-germans-1763', 'Catherine, Kansas', 'Catherine', ('place', 'Catherine (Kansas)')),
    ('panel-volga-germans-1763', 'Munjor and Catherine', 'Catherine', ('place', 'Catherine (Kansas)')),
    ('panel-volga-germans-1763', 'Victoria, Kansas', 'Victoria', ('place', 'Victoria (Kansas)')),
    ('panel-volga-germans-1763', 'Marienthal, in Wichita County', 'Marienthal', ('place', 'Marienthal (Kansas)')),
    ('panel-volga-germans-1763', 'Lincoln, Nebraska', 'Lincoln', ('place', 'Lincoln (Nebraska)')),
    ('panel-volga-germans-1763', 'in 1942 simply Marx', 'Marx', ('place', 'Marx (Saratov Oblast)')),
    ('panel-volga-germans-1763', 'was renamed Engels in 1931', 'Engels', ('place', 'Engels')),
    ('1953-1960-dien-bien-phu', 'French forces would remain in the South', 'South', ('place', 'South Vietnam')),
    ('1953-1960-dien-bien-phu', 'French forces would remain in the South', 'North', ('place', 'North Vietnam')),
    ('1953-1960-dien-bien-phu', 'neither the North nor the South', 'South', ('place', 'South Vietnam')),
    ('1953-1960-dien-bien-phu', 'neither the North nor the South', 'North', ('place', 'North Vietnam')),
    ('1953-1960-east-german-uprising', 'General (Bonn)', 'Bonn', ('np', 'treaty/agreement/law')),
    ('1969-1976-foreword', 'Panama Canal', 'Panama Canal', ('place', 'Panama Canal')),
]
