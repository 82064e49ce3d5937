# per-document overrides: surface -> ('P', key) | ('N', why) | ('H', person) | ('X', None)
FDR = 'Franklin D. Roosevelt (President, 1882–1945)'
TR = 'Theodore Roosevelt (President, 1858–1919)'
DOC_OV = {
    '1899-1913-panama-canal': {'Roosevelt': ('H', TR), 'President Roosevelt': ('H', TR)},
    '1937-1945-pearl-harbor': {'Roosevelt': ('H', FDR)},
    '1937-1945-internationalism': {'Roosevelt': ('H', FDR)},
    '1969-1976-south-asia': {'East': ('P', 'East Pakistan')},
    '1993-2000-clinton-yeltsin': {'Bill': ('H', 'Bill Clinton (President, b. 1946)'), 'Boris': ('H', 'Boris Yeltsin (Russian President, 1931–2007)')},
    'panel-messina-earthquake-1908': {'Theodore Roosevelt': ('H', TR)},

}
# (doc, substring of sentence, surface) -> value
SENT_OV = {
    ('1961-1968-foreword', 'White House and National Security Council advisers', 'White House'): ('N', 'organisation'),
    ('panel-messina-earthquake-1908', 'had been named Messina a few years earlier', 'Messina'): ('P', 'Musina'),
    ('panel-messina-earthquake-1908', 'were shipped from New York', 'New York'): ('P', 'New York City'),
    ('panel-comstock-lode-1859', 'downhill on the Carson River lay Dayton', 'Dayton'): ('P', 'Dayton (Nevada)'),
    ('panel-comstock-lode-1859', 'The little town of Sutro', 'Sutro'): ('P', 'Sutro (Nevada)'),
    ('panel-comstock-lode-1859', 'made the Comstock famous back East', 'East'): ('P', 'Eastern United States'),
    ('panel-comstock-lode-1859', 'The oldest town in the state, Genoa', 'Genoa'): ('P', 'Genoa (Nevada)'),
    ('panel-comstock-lode-1859', 'was reportedly named by a settler from Texas', 'Texas'): ('P', 'Texas'),
    ('panel-alabama-claims-1872', 'Alabama itself had no deep-water port', 'Alabama'): ('P', 'Alabama'),
    ('panel-alabama-claims-1872', 'drew on the Geneva precedent', 'Geneva'): ('N', 'event/battle/war'),
    ('panel-alabama-claims-1872', 'Florida is also a city in Uruguay', 'Florida'): ('P', 'Florida (Uruguay)'),
    ('panel-alabama-claims-1872', 'The Florida had also been built', 'Florida'): ('N', 'ship/vehicle'),
    ('panel-alabama-claims-1872', 'the Alabama, the Florida and the Shenandoah', 'Florida'): ('N', 'ship/vehicle'),
    ('1969-1976-south-asia', 'created West and East Pakistan', 'West'): ('P', 'West Pakistan'),
}
# "City, State" compounds: surface -> [(name, key), ...]
COMPOUNDS = {
    'Syracuse, New York': [('Syracuse', 'Syracuse (New York)'), ('New York', 'New York (state)')],
    'Rome, New York': [('Rome', 'Rome (New York)'), ('New York', 'New York (state)')],
    'Naples, Florida': [('Naples', 'Naples (Florida)'), ('Florida', 'Florida')],
    'Tampa, Florida': [('Tampa', 'Tampa'), ('Florida', 'Florida')],
    'Messina, South Africa': [('Messina', 'Musina'), ('South Africa', 'South Africa')],
    'Virginia City, Montana': [('Virginia City', 'Virginia City (Montana)'), ('Montana', 'Montana')],
    'Dayton, Nevada': [('Dayton', 'Dayton (Nevada)'), ('Nevada', 'Nevada')],
    'Dayton, Ohio': [('Dayton', 'Dayton'), ('Ohio', 'Ohio')],
    'Hannibal, Missouri': [('Hannibal', 'Hannibal (Missouri)'), ('Missouri', 'Missouri')],
    'Austin, Nevada': [('Austin', 'Austin (Nevada)'), ('Nevada', 'Nevada')],
    'Austin, Texas': [('Austin', 'Austin (Texas)'), ('Texas', 'Texas')],
    'Eureka, Nevada': [('Eureka', 'Eureka (Nevada)'), ('Nevada', 'Nevada')],
    'Eureka, California': [('Eureka', 'Eureka (California)'), ('California', 'California')],
    'Galveston, Texas': [('Galveston', 'Galveston'), ('Texas', 'Texas')],
    'Geneva, New York': [('Geneva', 'Geneva (New York)'), ('New York', 'New York (state)')],
    'Geneva, Alabama': [('Geneva', 'Geneva (Alabama)'), ('Alabama', 'Alabama')],
    'Hyde Park, New York': [('Hyde Park', 'Hyde Park (New York)'), ('New York', 'New York (state)')],
}
