P=lambda k:('P',k)
N=lambda w:('N',w)
H=lambda p:('H',p)
DOC_OVR={
 '1989-1992-fall-of-communism':{'Wall':P('Berlin Wall')},
 '1784-1800-washington-farewell':{'Washington':H('George Washington (President, 1732–1799)')},
 'panel-mormon-exodus-1846':{'Commerce':P('Nauvoo, Illinois'),'Smith':H('Joseph Smith (Mormon founder, 1805–1844)'),'Young':H('Brigham Young (Mormon leader, 1801–1877)'),
     'Carthage':P('Carthage, Illinois'),'Mount Pisgah':P('Mount Pisgah (Iowa)'),'Jordan':P('Jordan River (Utah)'),'Fillmore':P('Fillmore, Utah'),'Kane':H('Thomas L. Kane (lawyer and general, 1822–1883)')},
 'panel-gadsden-purchase-1853':{'Patagonia':P('Patagonia, Arizona'),'Columbus':P('Columbus, New Mexico'),'Durango':P('Durango, Colorado'),'Sonora':P('Sonora')},
 'panel-halifax-explosion-1917':{'Amherst':P('Amherst, Nova Scotia'),'Sydney':P('Sydney, Nova Scotia')},
}
SENT_OVR=[
 ('panel-halifax-explosion-1917','confused the disaster with Halifax in West Yorkshire',{'Halifax':P('Halifax, West Yorkshire')}),
 ('panel-halifax-explosion-1917','His title came from Dartmouth in Devon',{'Dartmouth':P('Dartmouth, Devon')}),
 ('panel-halifax-explosion-1917','Nobody confused it with Sydney, Australia',{'Sydney':P('Sydney (Australia)')}),
 ('panel-halifax-explosion-1917','The town has nothing to do with Amherst, Massachusetts',{'Amherst':P('Amherst, Massachusetts')}),
 ('panel-halifax-explosion-1917','Boston in Lincolnshire',{'Boston':P('Boston, Lincolnshire'),'Halifax':P('Halifax, West Yorkshire')}),
 ('panel-halifax-explosion-1917','Gravesend Bay in Brooklyn, New York',{'New York':P('New York (state)')}),
 ('panel-mormon-exodus-1846','ancient Carthage on the coast of Tunisia',{'Carthage':P('Carthage (Tunisia)')}),
 ('panel-mormon-exodus-1846','Like the older Jordan in the Holy Land',{'Jordan':P('Jordan River')}),
 ('panel-mormon-exodus-1846','has nothing to do with Jordan, the kingdom',{'Jordan':P('Jordan')}),
 ('panel-mormon-exodus-1846','He later founded the town of Kane, Pennsylvania',{'Kane':P('Kane, Pennsylvania')}),
 ('panel-gadsden-purchase-1853','The city of Gadsden, Alabama',{'Gadsden':P('Gadsden, Alabama')}),
 ('panel-gadsden-purchase-1853','Neither has anything to do with Patagonia',{'Patagonia':P('Patagonia')}),
 ('panel-gadsden-purchase-1853','It is a long way from Columbus, Ohio',{'Columbus':P('Columbus, Ohio')}),
 ('panel-gadsden-purchase-1853','Sonora, California, was founded',{'Sonora':P('Sonora, California')}),
 ('panel-gadsden-purchase-1853','Its namesake is the Mexican city of Durango',{'Durango':P('Durango (city)')}),
 ('1961-1968-bay-of-pigs','combat areas during the Bay of Pigs',{'Bay of Pigs':N('war/event')}),
 ('1953-1960-berlin-crises','separating West and East Berlin',{'West':('X',)}),
 ('1953-1960-berlin-crises','border between East and West Berlin',{'East':('X',)}),
 ('1989-1992-fall-of-communism','the end of Yalta',{'Yalta':N('treaty/agreement/law')}),
]
