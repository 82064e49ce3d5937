# -*- coding: utf-8 -*-
"""All texts of set 68 (law, courts, constitutions and rights). Gold JSON is made from these by content.py.
Marks for notes are written as word^N in paragraphs (removed in gold)."""

DOCS = {}

# ------------------------------------------------------------------------------------------- 1
DOCS['hammurabi_stele_1901'] = dict(
    kind='pdf',
    title_lines=['Justice Set in Stone', 'The Laws of Hammurabi'],
    kicker='GALLERY 3 · THE FIRST WRITTEN LAWS',
    dateline='c. 1754 BC',
    intro='Nearly four thousand years ago a king of Babylon had almost three hundred rulings carved on a '
          'pillar of black stone and set up where his subjects could see it. Rediscovered at Susa in 1901, the '
          'monument is the fullest law collection to survive from the ancient Near East.',
    running=['Corrigan Museum of Law and Justice · Panel 3'],
    sections=[
        dict(label='1', title='A King Who Called Himself a Shepherd',
             paras=[
                 'Hammurabi ruled Babylon for about forty-two years, from around 1792 BC. He began as one '
                 'ruler among several in southern Mesopotamia and ended as master of most of it, defeating Larsa, '
                 'Eshnunna and Mari in turn. Late in his reign, with the conquests behind him, he presented himself '
                 'in a new role: the shepherd appointed by the gods to protect the weak from the strong.',
                 'The laws were framed by a long prologue listing the cities he had favoured and the temples he had '
                 'rebuilt, and by an epilogue that invited any wronged man to come before the stone, have the words '
                 'read to him and understand his case. Whoever defaced the monument was cursed at length.',
             ]),
        dict(label='2', title='Found at Susa',
             paras=[
                 'The stele was not found in Babylon at all. In the winter of 1901 a French expedition led by Jacques '
                 'de Morgan was digging the acropolis of Susa, in south-western Iran, when its workmen turned up three '
                 'large fragments of polished black stone covered in cuneiform. Joined together, they made a pillar '
                 'a little over two metres high.',
                 'An Elamite king, Shutruk-Nahhunte, had carried it off as plunder in the twelfth century BC, along '
                 'with other Mesopotamian monuments. Several columns on the front had been ground away, perhaps to make '
                 'room for an inscription of his own that was never cut. Within a year the Dominican scholar '
                 'Jean-Vincent Scheil had published a full translation, and the stone went to the Louvre.',
             ],
             caption=dict(text='Cast of the upper part of the stele: Hammurabi stands before the seated sun god '
                               'Shamash, who holds out a rod and a ring.',
                          position='Left', credit='Lent by the Dunmore Collection of Casts, DC 1904.11')),
        dict(label='3', title='An Eye for an Eye, If You Were Equal',
             paras=[
                 'The 282 rulings cover theft, trade, marriage, inheritance, wages, loans, farming and the fees and '
                 'failures of surgeons and builders. Each is written as a case: if a man does this, then that shall '
                 'happen. If a house fell and killed its owner, the builder was to be put to death.',
                 'Punishment depended on rank. A free man who put out the eye of another free man lost his own eye, '
                 'but for the eye of a commoner he paid a mina of silver, and for that of a slave half the slave’s '
                 'price. Women could own property and run taverns, and a wife could in some cases leave a husband '
                 'who neglected her.',
                 'Scholars still argue about what the collection was for. Surviving court records almost never cite '
                 'it, and it may have been less a code to be applied than a royal statement of justice, copied by '
                 'scribes in their schools for more than a thousand years.',
             ]),
    ],
    sidebar=dict(title='Read Aloud',
                 paras=['Few Babylonians could read cuneiform. The epilogue expects the wronged man to have the '
                        'stone read out to him, and scribes who could do so were found at city gates and temple '
                        'courts, where most disputes were heard.'
                        ,'Clay copies did the same work. Fragments from Nineveh, Sippar and Nippur show that the text was still being copied and studied long after Babylon itself had fallen.']),
    quote='“The law was carved for the gods as much as for the people.”',
    quote_attr='— Miriam Okafor, curator',
    timeline=[('1', 'c. 1792 BC', 'Hammurabi becomes king'), ('2', 'c. 1754 BC', 'Stele set up'),
              ('3', '12th c. BC', 'Taken to Susa'), ('4', '1901', 'Found by de Morgan'),
              ('5', '1902', 'Scheil’s translation')],
)

# ------------------------------------------------------------------------------------------- 2
DOCS['habeas_corpus_act_1679'] = dict(
    kind='pdf',
    title_lines=['Have the Body', 'The Habeas Corpus Act, 1679'],
    kicker='CATALOGUE · THE LIBERTY GALLERY',
    intro='A single Latin phrase at the head of a court order became one of the best-known protections of '
          'personal freedom in the world. This entry follows the writ of habeas corpus from the medieval '
          'royal courts to the Act of 1679 and beyond.',
    running=['I · Origins of the Writ', 'III · The Writ Abroad', 'Barrowfield Museum of Law · Catalogue of the Liberty Gallery', '34', '35'],
    sections=[
        dict(label='I', title='A Command to Produce a Prisoner',
             paras=[
                 'The writ began as a practical tool of the king’s courts. In the thirteenth century a judge who '
                 'needed a person brought before him simply ordered the sheriff to have the body, habeas corpus, in '
                 'court on a certain day. Only gradually did prisoners and their friends learn to use the same '
                 'command to challenge the reason for a detention.',
                 'By the early seventeenth century the question had become political. In the Five Knights’ Case of '
                 '1627 the judges accepted that men who had refused a forced loan to Charles I could be held on the '
                 'king’s special command, with no cause shown.^1 Parliament answered with the Petition of Right in '
                 '1628, and the Habeas Corpus Act of 1641 gave the writ to anyone committed by the king’s council.',
             ],
             notes=['1 The prisoners were Sir Thomas Darnell and four others; the case is also called Darnell’s Case.']),
        dict(label='II', title='Loopholes and the Act of 1679',
             paras=[
                 'The writ still had weaknesses. Judges out of term could refuse it, jailers could ignore the first '
                 'writ and wait for a second, and prisoners could be moved from one prison to another, or shipped to '
                 'Jersey or Scotland, beyond the reach of the English courts. The case of Francis Jenkes, a London '
                 'merchant held for months in 1676 after a speech at the Guildhall, showed how easily the process '
                 'could be delayed.',
                 'The Act for the better securing the liberty of the subject, passed in May 1679, closed these '
                 'gaps. It set time limits for bringing a prisoner to court, fined jailers and judges who failed to '
                 'act, forbade sending prisoners overseas and required trial at the next sessions. Its passage owed '
                 'much to the Earl of Shaftesbury, and, if Bishop Burnet is to be believed, to a teller in the Lords '
                 'who counted one very fat peer as ten.^2',
             ],
             notes=['2 Burnet tells the story in his History of My Own Time; the Lords’ journal records 57 votes to 55.'],
             caption=dict(text='The Act as printed by the King’s Printers in 1679, open at its first page.',
                          position=None, credit='Barrowfield Museum of Law, BML 1952.204')),
        dict(label='III', title='Suspension and Spread',
             paras=[
                 'Parliament could suspend what Parliament had granted. The Act was set aside in 1689 after the '
                 'Revolution, again during the Jacobite risings, and by Pitt’s government in 1794, when radicals '
                 'were held without trial for months. Each suspension was argued over as a measure of how far '
                 'liberty could bend in an emergency.',
                 'Colonists carried the writ across the Atlantic. The Constitution of the United States forbids its '
                 'suspension except in cases of rebellion or invasion, and Abraham Lincoln’s suspension in 1861 '
                 'led to a direct clash with the Chief Justice, Roger Taney. Today the writ, or something modelled '
                 'on it, is found in the law of most common-law countries.',
                 'The old Act is still in force in England, though much amended. Modern challenges to detention, '
                 'from wartime internment to the prisoners held at Guantánamo Bay, have turned again and again on '
                 'whether the writ reaches a particular place or person.',
             ],
             caption=dict(text='A writ of habeas corpus issued out of the King’s Bench, 1794, with the jailer’s '
                               'return on the back.',
                          position=None, credit='Lent by the Faulkner Family Papers, FFP 41')),
    ],
    sidebar=dict(title='Why Latin?',
                 paras=['Writs were drafted in Latin until 1733, when an Act of Parliament required English in '
                        'court records. The old names stayed in use, and lawyers still speak of habeas corpus, '
                        'certiorari and mandamus.']),
    quote='“No other writ has been claimed so often by so many who could not read it.”',
    table=[('Passed', 'May 1679'), ('Sections', '21'), ('Penalty on jailers', '£100, then £200'),
           ('Time to produce', '3 to 20 days')],
)

# ------------------------------------------------------------------------------------------- 3
DOCS['somerset_case_1772'] = dict(
    kind='pdf',
    title_lines=['Free Air', 'Somerset v Stewart, 1772'],
    kicker='A GALLERY LEAFLET',
    intro='In the summer of 1772 an African man held as a slave in London asked the highest criminal court in '
          'England whether he could be forced onto a ship and sold in Jamaica. The answer changed the law less '
          'than people at the time believed, and more than his owner had feared.',
    running=['Weyland House · Museum of Rights and Liberties'],
    sections=[
        dict(label='Part 1', title='From Virginia to London',
             paras=[
                 'James Somerset was born in West Africa and sold in Virginia as a child, where he was bought by '
                 'Charles Stewart, a Scottish customs official. In 1769 Stewart brought him to London. There '
                 'Somerset was baptised at St Andrew’s, Holborn, and his godparents became the friends who would '
                 'fight for him.',
                 'In October 1771 he left Stewart’s house and did not come back. Within weeks he was seized and '
                 'held in chains aboard the Ann and Mary, a ship lying in the Thames and bound for Jamaica, where '
                 'Stewart meant him to be sold. His godparents applied to the court of King’s Bench for a writ of '
                 'habeas corpus, and the ship’s captain, John Knowles, was ordered to produce him.',
                 'Black Londoners were not rare by then. Several thousand lived in the city, most of them servants, '
                 'sailors or labourers, and some had already won their freedom in the courts by less famous means.',
             ]),
        dict(label='Part 2', title='Before Lord Mansfield',
             paras=[
                 'The case was heard by Lord Mansfield, the Lord Chief Justice, over several sittings in the first '
                 'half of 1772. Granville Sharp, a government clerk who had already helped other Black Londoners, '
                 'organised the defence, and five barristers spoke for Somerset without fee. Stewart’s side was '
                 'supported by West India merchants worried about their property.',
                 'Mansfield tried to avoid a ruling. He urged Stewart to free Somerset, and hinted that the '
                 'merchants might settle the matter themselves. When neither happened he gave judgment on 22 June: '
                 'no law of England allowed a master to take a servant by force and send him abroad to be sold, '
                 'and Somerset must be discharged.',
             ],
             caption=dict(text='Granville Sharp’s letter book, open at his notes on the hearing of 7 February 1772.',
                          position='Above', credit='Lent by the Hollis Abolition Trust, HAT 77/3')),
        dict(label='Part 3', title='What the Judgment Meant',
             paras=[
                 'The judgment was short and its reasoning narrow. It did not say that slavery was unlawful in '
                 'England, still less in the colonies, and enslaved people were still bought and sold in British '
                 'ports for years. Yet many people, Black and white, understood it to mean that no one in England '
                 'could be a slave, and some masters stopped trying to enforce their claims.',
                 'Its influence travelled. A Scottish court went further in Knight v Wedderburn in 1778, and '
                 'American lawyers argued over the case for decades. Britain abolished its slave trade in 1807 and '
                 'slavery in most of its colonies from 1834. Of Somerset himself almost nothing more is known.',
                 'Newspapers reported that Black Londoners who had packed the court bowed to the judges and shook '
                 'hands with one another as they left, and that a celebration was held a few days later. The story '
                 'of a single free Englishman was soon told as the freeing of them all.',
             ]),
    ],
    sidebar=dict(title='Who Was Charles Stewart?',
                 paras=['Stewart was the receiver-general of customs for the American colonies, based in Boston. '
                        'He came to England on official business and stayed, and he lived until 1797. His letters '
                        'show that the case made him famous against his will.']),
    quote='“The court did not free a people. It freed one man, and let the rest hope.”',
    quote_attr='— Leaflet text, 2022',
    address=['Weyland House', '14 Chancery Row', 'Open Tuesday to Sunday, 10–5', 'Free admission'],
)

# ------------------------------------------------------------------------------------------- 4
DOCS['rights_of_man_1789'] = dict(
    kind='pdf',
    title_lines=['Born Free and Equal', 'The Declaration of the Rights of Man and of the Citizen'],
    kicker='ROOM 4 · REVOLUTIONS IN LAW',
    intro='In six days of debate in August 1789, the deputies of the French National Assembly wrote seventeen '
          'short articles that set out the rights they believed belonged to every person. The text has been '
          'printed, painted, argued over and cited ever since.',
    running=['Born Free and Equal', 'Ellesmere Museum of Constitutions', '1', '2'],
    sections=[
        dict(label='4a', title='A Declaration Before a Constitution', subtitle='Versailles, summer 1789',
             paras=[
                 'When the Estates-General met at Versailles in May 1789, no one expected it to produce a '
                 'declaration of rights. By July the Third Estate had turned itself into a National Assembly, the '
                 'Bastille had fallen and peasants were attacking manor houses. Many deputies argued that before '
                 'writing a new constitution they should say plainly what it was meant to protect.',
                 'Lafayette had brought a draft in July, shaped by conversations with Thomas Jefferson, then the '
                 'American minister in Paris. Dozens of other drafts followed. A committee chose a text largely '
                 'written by the Sixth Bureau of the Assembly, and the deputies debated it article by article from '
                 '20 to 26 August.',
                 'The debates were fierce. Some deputies wanted a list of duties beside the rights; others feared '
                 'that promising so much before the constitution existed would encourage disorder. The clause on '
                 'religion was rewritten several times before a cautious wording was agreed.',
             ]),
        dict(label='4b', title='Seventeen Articles', subtitle='What the text says',
             paras=[
                 'The first article declares that men are born and remain free and equal in rights, and that social '
                 'distinctions may be founded only on common usefulness. Later articles say that sovereignty '
                 'rests with the nation, that law is the expression of the general will, and that no one may be '
                 'accused, arrested or held except as the law prescribes.',
                 'Others protect freedom of opinion, including religious opinion, and the free communication of '
                 'thoughts, and require that taxes be agreed by citizens or their representatives. The last article, '
                 'added at the end of the debate, calls property an inviolable and sacred right. Louis XVI accepted '
                 'the text only in October, after crowds marched on Versailles.',
             ],
             caption=dict(text='The Declaration engraved as a pair of stone tablets under the eye of reason, '
                               'a popular print of 1789.',
                          position='Right', credit='Lent by the Delacour Print Room, DPR 89.12')),
        dict(label='4c', title='Who Was Left Out', subtitle='Women, the enslaved and the poor',
             paras=[
                 'The words were universal, but their use was not. The Constitution of 1791 divided citizens into '
                 'active and passive, giving the vote only to men who paid a certain amount of tax. Women were '
                 'excluded from political rights altogether, and in 1791 Olympe de Gouges answered with a '
                 'Declaration of the Rights of Woman, article by article.',
                 'Slavery in the French colonies was untouched until the revolt in Saint-Domingue forced the '
                 'question; the Convention abolished it in 1794, and Napoleon restored it in 1802. Even so, the '
                 'Declaration of 1789 still stands in the preamble to the French Constitution of 1958, and since '
                 '1971 the Constitutional Council has treated it as binding law.',
                 'Its language travelled with French armies and French books, and revolutionaries from Latin America '
                 'to Greece translated it. When the United Nations drafted a declaration of its own in 1948, the '
                 'French delegates made sure the echo could be heard.',
             ]),
    ],
    sidebar=dict(title='Did You Know?',
                 paras=['The best-known image of the Declaration, painted by Jean-Jacques-François Le Barbier, '
                        'shows the text on two rounded tablets like the Ten Commandments, a sign that the deputies '
                        'meant it to be as lasting as scripture. Copies hung in town halls and schools across France.']),
    blockquote='“Ignorance, neglect or contempt of the rights of man are the sole causes of public misfortunes.”',
    blockquote_attr='— from the preamble, 1789',
)

# ------------------------------------------------------------------------------------------- 5 DOCX
DOCS['twelve_tables_450'] = dict(
    kind='docx',
    title_lines=['Law for Everyone to See', 'The Twelve Tables of Rome'],
    intro='Around 450 BC the Romans set up in their Forum a written list of laws that every citizen could read. '
          'The tablets themselves were lost long ago, yet Roman lawyers called them the source of all public and '
          'private law, and schoolboys learned them by heart for centuries.',
    lender='Lent in part by the Vance Collection of Classical Antiquities',
    running=['Halloran Museum of Legal History · Gallery 2'],
    sections=[
        dict(label='Table I', title='A Demand for Written Law',
             paras=[
                 'In the early republic the law was known to the patricians, the old aristocratic families, and to '
                 'the priests who kept its forms. Plebeians, the great majority of citizens, complained that '
                 'magistrates could decide cases as they pleased because no one else knew the rules. Their '
                 'tribunes pressed for the law to be written down.',
                 'According to Livy, the Romans first sent envoys to Greece to study the laws of Solon^1, and in 451 '
                 'BC they suspended the ordinary magistrates and appointed ten men, the decemviri, to draft a code. '
                 'Ten tables were published that year, and a second board added two more in 450.',
                 'The second board, led by Appius Claudius, refused to give up power when its year was over. '
                 'Roman tradition told how his attempt to seize a young plebeian woman, Verginia, led her father to '
                 'kill her rather than see her enslaved, and how the people rose and forced the ten men out.',
             ]),
        dict(label='Table II', title='What the Tables Said',
             paras=[
                 'The text opens with the summons to court: if someone calls a man to law, he must go, and if he '
                 'will not, witnesses are to be called and he may be seized. Other clauses dealt with debt, which '
                 'could end in bondage, with the power of a father over his children, with wills, boundaries and '
                 'damage to crops.',
                 'Some rules were harsh even by ancient standards. A deformed child was to be killed, and a '
                 'debtor who could not pay several creditors might in theory be cut in pieces. One clause forbade '
                 'marriage between patricians and plebeians; it lasted only a few years before the Lex Canuleia of '
                 '445 BC repealed it.',
             ],
             caption=dict(text='A modern bronze reconstruction of a law tablet, made for the exhibition from '
                               'clauses quoted by later writers.',
                          position='Below', credit='Halloran Museum of Legal History, HM 2019.7')),
        dict(label='Table III', title='A Text Known Only Through Quotation',
             paras=[
                 'No copy of the tables survives. The bronze originals may have been destroyed when the Gauls '
                 'sacked Rome around 390 BC, though the text itself was remembered and copied. Cicero wrote that '
                 'as boys he and his friends learned the tables as a required song, and that by his own day the '
                 'custom had died out.',
                 'What we have are fragments quoted by lawyers, grammarians and antiquarians, often in updated '
                 'Latin. Since the nineteenth century scholars have sorted these into twelve tables, but the '
                 'order and much of the wording are their reconstruction, not the Romans’ own.',
                 'Even so, the tables shaped Roman law for a thousand years. Later jurists wrote commentaries on '
                 'them, and when the emperor Justinian had the law collected in the sixth century AD, some of their '
                 'rules could still be traced beneath layers of later change.',
             ]),
    ],
    sidebar=dict(title='Bronze, Wood or Ivory?',
                 paras=['Ancient writers disagree about what the tables were made of. Livy says bronze, one later '
                        'lawyer says ivory, and some historians think the first versions were painted on wooden '
                        'boards. The Museum’s reconstruction follows Livy, and its letters copy those of early Roman inscriptions.']),
    table=[('Date', '451–450 BC'), ('Drafted by', 'Two boards of ten men'), ('Set up', 'The Roman Forum'),
           ('Survives', 'About a hundred quoted fragments')],
    footnote='Livy, History of Rome, book 3; Dionysius of Halicarnassus tells a similar story.',
    quote='“Rome wrote its law down so that power would have to explain itself.”',
    quote_attr='— Dr Helen Marsh, exhibition adviser',
)

# ------------------------------------------------------------------------------------------- 6 HTML
DOCS['universal_declaration_1948'] = dict(
    kind='html',
    title_lines=['Thirty Articles for the World', 'The Universal Declaration of Human Rights, 1948'],
    intro='After a war that had killed tens of millions, the new United Nations set out to describe the rights '
          'every person should have, in every country. The declaration it adopted in Paris in December 1948 '
          'is now read in more languages than any other text.',
    running=[],
    sections=[
        dict(label='Room 1', title='A Commission Chaired by a Former First Lady',
             paras=[
                 'The Charter of the United Nations, signed in 1945, spoke of human rights but did not list them. '
                 'In 1946 the Economic and Social Council created a Commission on Human Rights to draft an '
                 'international bill of rights, and its members elected Eleanor Roosevelt, widow of the American '
                 'president, as chair.',
                 'The work was shared among people of very different traditions. John Humphrey, a Canadian law '
                 'professor who directed the UN’s human rights division, wrote the first draft of some four hundred '
                 'pages of sources and articles. René Cassin of France recast it into a structured text, while '
                 'Peng Chun Chang of China and Charles Malik of Lebanon argued over its philosophy.',
                 'Chang urged the others to look beyond Western thought and drew on Confucian ideas of '
                 'fellow-feeling; Malik insisted on the dignity of the individual against the state. Their '
                 'arguments left a mark on the first article, which speaks of reason and conscience.',
             ]),
        dict(label='Room 2', title='Adopted at the Palais de Chaillot',
             paras=[
                 'After two years of drafting, and more than eighty meetings of the Third Committee of the General '
                 'Assembly, the text reached a vote in Paris late on 10 December 1948. Forty-eight states voted in '
                 'favour and none against. Eight abstained: the Soviet Union, five other states of eastern '
                 'Europe, South Africa and Saudi Arabia.',
                 'The declaration has thirty articles. The first ones protect life, liberty and security, forbid '
                 'slavery and torture, and promise equality before the law; later ones add the rights to work, to '
                 'education, to rest and to an adequate standard of living. It was passed as a resolution, not a '
                 'treaty, and did not bind anyone.',
                 'Delegates spoke of it as a common standard of achievement for all peoples, something to be taught '
                 'and striven for rather than enforced. Eleanor Roosevelt hoped it might become a Magna Carta for '
                 'all mankind.',
             ],
             caption=dict(text='Delegates in the hall of the Palais de Chaillot during the session of the General '
                               'Assembly, December 1948.',
                          position=None, credit='Photograph lent by the Arden Press Archive, APA 48/1210')),
        dict(label='Room 3', title='From Resolution to Treaties',
             paras=[
                 'Turning its promises into law took decades. The Commission divided them into two covenants, one '
                 'on civil and political rights and one on economic, social and cultural rights. Both were adopted '
                 'in 1966 and came into force in 1976, once enough states had ratified them.',
                 'Regional systems followed the same model, beginning with the European Convention on Human Rights '
                 'of 1950, and many new constitutions borrowed the declaration’s wording. Its anniversary, 10 '
                 'December, is kept as Human Rights Day.',
                 'Critics have called the declaration too Western, too vague or too easily ignored by governments '
                 'that sign it. Its defenders answer that it gave people everywhere a shared vocabulary in which to '
                 'make their claims, and that the claims have been made in courts, parliaments and streets.',
             ]),
    ],
    sidebar=dict(title='Five Hundred Languages',
                 paras=['Translations of the declaration have been collected since the 1990s, and the list now '
                        'runs to more than five hundred languages and dialects, from Abkhaz to Zulu. Volunteers '
                        'still send in new ones each year.']),
    timeline=[('1945', 'United Nations Charter signed'), ('1946', 'Commission on Human Rights created'),
              ('1948', 'Declaration adopted in Paris'), ('1966', 'The two covenants adopted'),
              ('1976', 'The covenants come into force')],
    note='The eastern European abstainers were the USSR, the Byelorussian and Ukrainian SSRs, Czechoslovakia, Poland '
         'and Yugoslavia.',
)
