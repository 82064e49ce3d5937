P = lambda k: ('P', k)
N = lambda w: ('N', w)
H = lambda l: ('H', l)
GW = H('George Washington (President, 1732–1799)')
GEO = P('Georgia (country)')
SHIP = N('ship/vehicle')
DOC_SURF = {
 '1750-1775-incidents': {'Washington': GW},
 '1750-1775-french-indian-war': {'Washington': GW},
 '1776-1783-continental-congress': {'Washington': GW},
 '1953-1960-china-talks': {'Johnson': H('U. Alexis Johnson (diplomat, 1908–1997)')},
 '1961-1968-congo-decolonization': {'Johnson': H('Lyndon B. Johnson (President, 1908–1973)')},
 '1993-2000-oslo': {'Hussein': H('King Hussein of Jordan (1935–1999)')},
 '1989-1992-collapse-soviet-union': {'Georgia': GEO},
 'panel-chernobyl-exclusion-zone-1986': {'Georgia': GEO},
 'panel-bikini-atoll-1946': {'Baker': N('event/battle/war'), 'Nevada': P('Nevada'), 'Saratoga': SHIP},
 'panel-hong-kong-handover-1997': {'Ohio': P('Ohio'), 'Victoria': P('Victoria (Hong Kong)'), 'Peak': P('Victoria Peak'), 'Central': P('Central (Hong Kong)'), 'Aberdeen': P('Aberdeen (Hong Kong)'), 'Stanley': P('Stanley (Hong Kong)')},
}
SENT_OV = [
 ('1977-1980-camp-david', 'negotiations for a Geneva conference', 'Geneva', N('event/battle/war')),
 ('1993-2000-oslo', 'Oslo’s Collapse', 'Oslo', N('treaty/agreement/law')),
 ('1993-2000-oslo', 'Taba (or', 'Taba', N('treaty/agreement/law')),
 ('1993-2000-oslo', 'at the White House', 'White House', P('White House')),
 ('1977-1980-camp-david', 'visit to the White House', 'White House', P('White House')),
 ('1993-2000-two-koreas', 'the North and South signed', 'North', P('North Korea')),
 ('1993-2000-two-koreas', 'the North and South signed', 'South', P('South Korea')),
 ('panel-chernobyl-exclusion-zone-1986', 'A television drama called Chernobyl', 'Chernobyl', N('publication/newspaper')),
 ('panel-chernobyl-exclusion-zone-1986', 'Since 2016 the industrial city', 'Dnipro', P('Dnipro (city)')),
 ('panel-hong-kong-handover-1997', 'a county in Mississippi', 'Pearl River', P('Pearl River (Mississippi)')),
 ('panel-hong-kong-handover-1997', 'a county in Mississippi', 'Mississippi', P('Mississippi')),
 ('panel-bikini-atoll-1946', 'Nevada, painted bright orange', 'Nevada', SHIP),
 ('panel-bikini-atoll-1946', 'Chief Justice John Marshall', 'John Marshall', H('John Marshall (Chief Justice, 1755–1835)')),
]
