// All exhibit texts (my own words) and the gold structure derived from them.
// Each section: label, title, paras[], optional caption {text, position, credit}.
// The sidebar is the last section (label null).

export const EXHIBITS = {
  torricelli_barometer_1643: {
    titleLines: ['The Weight of the Air', 'Torricelli’s Tube, 1643'],
    running: ['Alderbrook Museum of Weather · Gallery 2: Measuring the Sky', 'Panel 2.4'],
    intro: 'In 1643 two pupils of Galileo filled a glass tube with quicksilver, turned it upside down in a dish and watched the metal sink until it stopped about thirty inches high. The empty space above it and the column below changed how people thought about air, and gave the world its first weather instrument.',
    sections: [
      { label: 'A', title: 'Pumps That Would Not Lift', paras: [
        'Well diggers and fountain builders in Italy knew a strange limit. A suction pump could raise water only about ten metres, roughly eighteen Florentine braccia; beyond that, however hard the handle was worked, the water refused to climb.',
        'Galileo had written about the problem late in his life and guessed that a column of water simply broke under its own weight, like a rope that is too long. Others argued that nature abhorred a vacuum and would never allow empty space to form at the top of the pipe.',
        'Evangelista Torricelli, who succeeded Galileo as mathematician to the Grand Duke of Tuscany, suspected a different cause. If the air around us had weight, it might press on the water in the well and push it up the pipe only as far as that weight could balance.',
      ] },
      { label: 'B', title: 'An Ocean of Air', paras: [
        'Quicksilver is about fourteen times heavier than water, so a balancing column of it should be fourteen times shorter. Torricelli’s younger colleague Vincenzo Viviani carried out the trial with a glass tube about a metre long, sealed at one end and filled to the brim.',
        'When the open end was closed with a finger, turned down into a bowl of quicksilver and released, the metal ran out until its top stood a little above seventy-six centimetres. Above it was a gap that seemed to hold nothing at all, not even air.',
        'In a letter of 1644 to his friend Michelangelo Ricci, Torricelli wrote that we live at the bottom of an ocean of air. He also noticed that the height of the column changed slightly from day to day, though he could not yet say why.',
      ], caption: { text: 'Replica of a Torricelli tube on an oak stand, made for teaching about 1870.', position: 'Left', credit: 'Lent by the Guild of Instrument Makers, Lyon; GIM 1870.22' } },
      { label: 'C', title: 'From Mountain to Weather Glass', paras: [
        'News of the experiment spread quickly through Europe. In France Blaise Pascal reasoned that the column ought to be shorter on a mountain, where less air lay overhead, and in 1648 his brother-in-law Florin Périer carried a tube up the Puy de Dôme to test it.',
        'At the summit the quicksilver stood more than eight centimetres lower than in the town below, while a second tube left in a monastery garden at the foot of the hill hardly changed during the day.',
        'Within a few decades observers such as Robert Boyle had linked the rise and fall of the column with fair and foul weather. Instrument makers began to sell barometers with dials reading Rain, Change and Fair, and by 1700 they hung in many merchants’ halls and ships’ cabins. Sailors learned that a sudden fall often meant a storm was near.',
      ] },
    ],
    sidebar: { title: 'Why Quicksilver?', paras: [
      'Water would do the same job, but the tube would need to be more than ten metres tall. Otto von Guericke built such a water barometer against the wall of his house in Magdeburg, with a little wooden figure floating on top that rose and sank with the weather.',
    ] },
  },

  howard_clouds_1802: {
    titleLines: ['Naming the Clouds:', 'Luke Howard, 1802'],
    running: ['Reading the Sky', '38', 'Luke Howard and the Names of Clouds', '39'],
    intro: 'Clouds change shape from minute to minute, and for centuries it seemed impossible to name them. In December 1802 a young London chemist read a paper to a small scientific club that gave them Latin names still used by every weather service in the world.',
    sections: [
      { label: 'I', title: 'A Quaker Who Watched the Sky', paras: [
        'Luke Howard was born in London in 1772 into a Quaker family and was trained as a pharmacist. He ran a business making chemicals and medicines, first in the City and later at Plaistow and Stratford, then villages to the east of London. He married Mariabella Eliot in 1796.',
        'From boyhood he had spent hours watching the sky. The strange, hazy summer of 1783, when volcanic fumes from Iceland hung over Europe, and the great meteors seen that year, left a deep impression on him.',
        'With friends he founded the Askesian Society, a club of young men who met in the evenings to read papers and try experiments. It was to this society, at a meeting in Plough Court, that he presented his essay on the modification of clouds.',
      ] },
      { label: 'II', title: 'Three Families and Their Mixtures', paras: [
        'Howard’s idea was to treat clouds as a naturalist treats plants, sorting them by form rather than by place or season. He proposed three basic kinds: cirrus, the thin threads or curls high in the sky; cumulus, the heaped and rounded masses; and stratus, the flat layers that spread like a sheet.',
        'Because clouds constantly grow into one another, he added combinations such as cirro-cumulus, cirro-stratus and cumulo-stratus, and a seventh name, nimbus, for the dark mass from which rain falls. Howard insisted that clouds were not fixed objects but passing states of water in the air, which is why he spoke of their modifications rather than their species.',
        'Latin was still the common language of science, so the names could be used in any country. They were short, easy to remember and described what an observer actually saw, which is one reason why they outlasted a rival French scheme published by Jean-Baptiste Lamarck in the same year.',
      ], caption: { text: 'Cloud study in watercolour, attributed to Luke Howard, about 1810.', position: null, credit: 'Lent by the Fellowes Meteorological Library, Bath; FML 44/3' } },
      { label: 'III', title: 'Poets, Painters and Observers', paras: [
        'The essay was printed in 1803 and soon translated. In Germany the poet Goethe wrote verses in Howard’s honour and the two men exchanged letters; in England John Constable spent two summers on Hampstead Heath painting cloud studies, noting the time of day and the wind on the back of each.',
        'Howard kept careful daily records and in 1818 published The Climate of London, which showed that the city was warmer than the surrounding countryside, an early description of what is now called the urban heat island.',
        'His system was extended rather than replaced. The International Cloud Atlas of 1896 kept his Latin roots and added names such as altocumulus and cumulonimbus, and the scheme is still taught to pilots, sailors and forecasters. Howard was elected a Fellow of the Royal Society in 1821 and lived until 1864, long enough to see his names printed in observers’ handbooks across Europe and America.',
      ] },
    ],
    sidebar: { title: 'Cloud Nine', paras: [
      'Early editions of the cloud atlas numbered the cloud types, and the towering cumulonimbus came ninth. Some writers think this is where the phrase about being on cloud nine began, though nobody has ever proved it.',
    ] },
  },

  fitzroy_storm_warnings_1861: {
    titleLines: ['Cones on the Quay', 'Robert FitzRoy and the First Storm Warnings, 1861'],
    running: [],
    intro: 'In February 1861 canvas cones were hoisted on quaysides around Britain to tell sailors that a gale was on its way. It was one of the first public storm warning services anywhere, and the man behind it, Admiral Robert FitzRoy, also gave the language the word forecast.',
    sections: [
      { label: '1', title: 'A Sailor Turned Statist', paras: [
        'FitzRoy is best remembered as captain of HMS Beagle, the survey ship that carried the young Charles Darwin around the world between 1831 and 1836. Years at sea had taught him how quickly weather could turn and how many lives were lost when it did. He later served as Governor of New Zealand and was elected a Fellow of the Royal Society.',
        'In 1854 he was put in charge of a small new department of the Board of Trade, set up to collect weather observations from ships and to work out average winds and currents for the main sea routes. He called himself the Meteorological Statist, and his staff was a handful of clerks.',
        'The loss of the steam clipper Royal Charter off Anglesey in October 1859, with about four hundred and fifty lives, convinced him that collecting averages was not enough. With the electric telegraph, he believed, a storm could be seen coming and the coasts warned in time.',
      ] },
      { label: '2', title: 'Reports by Telegraph', paras: [
        'FitzRoy arranged for observers in coastal towns to read their barometers, thermometers and wind vanes each morning and to send the figures to London by telegraph. From them he drew what he called synoptic charts, a view of the weather over the whole country at a single moment.',
        'When the charts showed a deep fall of pressure approaching, his office telegraphed the ports concerned and a signal was raised on a mast where fishermen and masters could see it. A cone with its point upwards meant a gale was expected from the north, and a cone pointing down meant one from the south.',
        'From August 1861 The Times printed his daily forecasts, a word he chose because they were opinions about the weather to come and not prophecies. Readers soon noticed when they went wrong, and some newspapers and scientists mocked them.',
      ], caption: { text: 'Coastal stations that telegraphed their readings to London each morning in 1861.', position: null, credit: 'Map drawn for this leaflet by Quayside Studio after a Board of Trade list of 1862' } },
      { label: '3', title: 'Cones Lowered, Then Restored', paras: [
        'The work wore FitzRoy down. Troubled by criticism, debts and poor health, he took his own life in April 1865. A committee of the Royal Society then reviewed his methods and judged that the forecasts had no sound scientific basis.',
        'Publication of forecasts stopped in 1866 and the storm signals were withdrawn. Shipowners and harbour masters complained so strongly that the warnings were restored in 1867, and printed forecasts returned in 1879.',
        'The office he founded grew into the Met Office. Sailors still hear his name every day, for in 2002 the sea area called Finisterre in the shipping forecast was renamed FitzRoy. He also designed a simple, sturdy barometer for fishing villages, and many were set up in cases on harbour walls where anyone could read them.',
      ] },
    ],
    sidebar: { title: 'Reading the Cones', paras: [
      'A single cone told the direction of the expected gale, not its strength. After dark, lamps hung in the same shapes did the job, and cones were hoisted in some harbours until late in the twentieth century. Coastguards and harbour masters were responsible for hoisting them.',
    ] },
  },

  richardson_forecast_1922: {
    titleLines: ['Weather by Numbers', 'Lewis Fry Richardson’s Forecast Factory, 1922'],
    running: ['Alderbrook Museum of Weather · Gallery 5: Computing the Weather', '5/3'],
    intro: 'During the First World War a Quaker ambulance driver spent his rest hours in France working out, with pencil and slide rule, how to forecast the weather by calculation. His attempt failed badly, yet the method he described is the one that every modern forecasting computer follows.',
    sections: [
      { label: 'Step 1', title: 'Weather as Arithmetic', paras: [
        'Lewis Fry Richardson trained as a physicist and worked on peat bogs, drains and the flow of heat before joining the Meteorological Office in 1913 to run its observatory at Eskdalemuir in the Scottish Borders. He was also a pacifist who later used mathematics to study the causes of war.',
        'He saw the atmosphere as a fluid obeying the laws of motion, heat and the conservation of mass. If its present state were known at enough points, he argued, those laws could be turned into sums and the state a few hours later worked out step by step.',
        'Forecasters of the time did something quite different. They looked for a past chart that resembled today’s and assumed the weather would unfold in the same way, a method that owed more to memory and experience than to physics.',
      ] },
      { label: 'Step 2', title: 'Six Weeks for Six Hours', paras: [
        'As a conscientious objector Richardson served with the Friends’ Ambulance Unit on the Western Front. Between shifts, with a heap of hay for an office, he tested his scheme on observations made over central Europe at seven in the morning on 20 May 1910.',
        'He divided the region into a chequerboard of cells, each about two hundred kilometres across and stacked in five layers, and calculated how pressure and wind would change in two of them over the following six hours. Each cell held figures for pressure, temperature, moisture and wind taken from balloon ascents and ground stations. The work took him about six weeks.',
        'The answer was absurd. He predicted a rise in surface pressure of about one hundred and forty-five hectopascals, when in fact the barometer had barely moved. Richardson published the result anyway, together with a careful account of where it might have gone wrong.',
      ], caption: { text: 'Slide rule of the kind Richardson carried in France, with its leather case.', position: 'Below', credit: 'Collection of the Lune Valley Friends’ Meeting, Kendal; LVF 0412' } },
      { label: 'Step 3', title: 'The Forecast Factory', paras: [
        'His book Weather Prediction by Numerical Process appeared in 1922. In it he imagined a vast hall like a theatre, its walls painted with a map of the globe, where sixty-four thousand people with calculating machines would each work on one small part of the sky.',
        'A conductor in the centre would keep the whole house in step, shining a light on those who ran ahead and a light of another colour on those who fell behind, so that the forecast could keep pace with the weather itself.',
        'The dream came true only with electronic computers. In 1950 a team from Princeton ran a simplified forecast on the ENIAC machine, and later workers showed that Richardson’s wild result came mostly from small errors in the starting data, which must be smoothed before any calculation begins.',
        'Today the same arithmetic is done by supercomputers that divide the whole globe into millions of cells, and a forecast for the next day takes only minutes.',
      ] },
    ],
    sidebar: { title: 'A Manuscript Under the Coal', paras: [
      'Richardson’s draft was sent to the rear during the fighting in Champagne in 1917 and went missing for several months. It was found under a heap of coal and returned to him, so the book very nearly never appeared.',
    ] },
  },

  beaufort_scale_1805: {
    titleLines: ['From Calm to Hurricane', 'Francis Beaufort’s Wind Scale, 1805'],
    running: [],
    intro: 'In the winter of 1805–06 a Royal Navy commander wrote a private note in his journal describing how he would record the strength of the wind. Francis Beaufort’s scale of thirteen steps, from calm to hurricane, is still read out in shipping forecasts today.',
    sections: [
      { label: 'A', title: 'Words That Meant Nothing', paras: [
        'Eighteenth-century logbooks are full of winds described as fresh, strong, moderate or stiff. One captain’s fresh breeze might be another’s gale, so the records were of little use to anyone trying to compare voyages. Some officers wrote of a topgallant breeze or a reefing gale, naming the wind by the sails a ship could carry.',
        'Several people had proposed scales before. The engineer John Smeaton had linked wind speeds to the turning of windmill sails, and the hydrographer Alexander Dalrymple, whom Beaufort knew, used a scale of his own.',
        'Beaufort, born in Ireland in 1774, had gone to sea as a boy and was badly wounded in a boarding action in 1800. While commanding the storeship Woolwich he wrote down his own list of winds, numbered from nought to twelve. He also kept a weather diary for most of his life.',
      ] },
      { label: 'B', title: 'Measured by the Sails', paras: [
        'Beaufort had no instrument to measure wind. Instead his scale described what a well-found man-of-war could carry: at force four a frigate with all sail set would make five or six knots in smooth water, while at force ten she could scarcely bear a close-reefed main topsail.',
        'Any officer who knew ships could judge the wind by the same standard, which made the scale easy to learn. It needed no equipment and no arithmetic. Beaufort used it in his own logs for years, and FitzRoy used it aboard the Beagle in the early 1830s.',
        'In 1829 Beaufort became Hydrographer of the Navy, and in 1838 the Admiralty ordered that the scale be used in the logs of all its ships. It was also used by the survey ships that charted coasts around the world under his direction.',
      ] },
      { label: 'C', title: 'From Sails to the Sea Surface', paras: [
        'Steamships made the old descriptions useless, because a vessel with engines did not change its canvas as the wind rose. Later versions described the state of the sea instead: ripples at force one, many white horses at force four, foam blown in streaks at force eight.',
        'In 1906 George Simpson of the Meteorological Office gave each number a range of wind speeds, and the scale was later adopted for international use. Versions for use on land describe smoke, leaves, branches and chimney pots. At sea the numbers are still judged mostly by eye.',
        'The numbers are familiar to millions who have never been to sea, because the shipping forecast broadcast by the BBC still announces gales by Beaufort force: southwest seven to severe gale nine, occasionally storm ten. Few listeners realise that the words go back to a note written by a naval officer two centuries ago.',
      ], caption: { text: 'Pocket card of the Beaufort scale issued to fishing skippers, about 1920.', position: null, credit: 'Lent by the Harbour Heritage Trust, Whitby; HHT 2291' } },
    ],
    sidebar: { title: 'Beyond Twelve', paras: [
      'The original scale stopped at twelve, hurricane. Forces thirteen to seventeen were added in the 1940s for the strongest tropical storms, but they are rarely heard outside East Asia, where they are still used in typhoon warnings.',
    ] },
  },

  dday_forecast_1944: {
    titleLines: ['The Forecast That Delayed D-Day', 'Group Captain Stagg and the Weather of June 1944'],
    running: [],
    intro: 'The invasion of Normandy depended on the moon, the tide and, above all, the weather. A small team of forecasters, who often disagreed with one another, advised General Eisenhower to put off the landings by a day and then to go ahead in a brief gap between storms.',
    sections: [
      { label: 'Part 1', title: 'The Conditions Required', paras: [
        'The planners needed a late moon for the airborne troops, a low tide soon after dawn so that landing craft could see the obstacles on the beaches, light winds for the small boats and not too much cloud for the bombers. Only a few days in each month met all these needs.',
        'Early June offered the fifth, sixth and seventh. After that the tides would not be right again for about two weeks, and a suitable moon as well would not come until July.',
        'Eisenhower’s chief meteorological adviser was James Stagg, a Scottish scientist from the Met Office. His task was to combine the views of three separate teams, from the Met Office, the Admiralty and the United States Army Air Forces, who did not always read the same chart the same way. Before the war Stagg had led a British expedition to northern Canada to study the upper air.',
      ] },
      { label: 'Part 2', title: 'A Storm in the Channel', paras: [
        'At the beginning of June a long spell of fine weather broke down. Reports from ships and aircraft over the Atlantic, and from a weather station on the west coast of Ireland at Blacksod Point, showed a series of depressions heading towards the Channel. Each new chart was sent by teleprinter and argued over by telephone between the three teams.',
        'Late on 3 June Stagg warned that 5 June, the day chosen for the landings, would bring strong winds and low cloud. Early on 4 June Eisenhower postponed the invasion by twenty-four hours, and ships already at sea were called back.',
        'That evening the forecasters saw that a cold front would cross the Channel sooner than expected, leaving a spell of quieter weather behind it before the next depression arrived. Stagg told the commanders that the morning of 6 June would be difficult but workable.',
      ], caption: { text: 'Facsimile of a weather report form sent from Blacksod Point, June 1944.', position: null, credit: 'Courtesy of the Western Seaboard Weather Archive, Belmullet' } },
      { label: 'Part 3', title: 'The Decision', paras: [
        'Eisenhower heard the forecast at Southwick House near Portsmouth and decided to go. In the early hours of 6 June paratroops landed inland, and at dawn the seaborne assault began on five beaches, in rough seas but under a broken sky. By nightfall well over a hundred thousand Allied troops were ashore.',
        'The German forecasters, with far fewer reports from the Atlantic, expected the bad weather to continue. Some senior commanders were away from their posts, and Rommel had gone home to Germany for his wife’s birthday.',
        'Had the invasion been put off again, the next possible dates in mid-June would have met the worst Channel storm for decades, which wrecked one of the two artificial Mulberry harbours a fortnight after the landings.',
      ] },
    ],
    sidebar: { title: 'The Lighthouse at Blacksod', paras: [
      'The readings that helped to change the date came from a lighthouse in County Mayo, in neutral Ireland. The keeper, Ted Sweeney, and a young post office assistant, Maureen Flavin, who later married him, sent them. Maureen Sweeney was honoured in the United States in 2021, around her ninety-eighth birthday.',
    ] },
  },
};

export function titleOf(ex) { return ex.titleLines.join(' '); }

export function gold(name) {
  const ex = EXHIBITS[name];
  const t = titleOf(ex);
  const sections = [{ label: null, title: t, blocks: [{ kind: 'paragraph', text: ex.intro }] }];
  for (const s of ex.sections) {
    const blocks = s.paras.map(p => ({ kind: 'paragraph', text: p }));
    if (s.caption) blocks.push({ kind: 'caption', text: s.caption.text, position: s.caption.position, credit: s.caption.credit });
    sections.push({ label: s.label, title: s.title, blocks });
  }
  sections.push({ label: null, title: ex.sidebar.title, blocks: ex.sidebar.paras.map(p => ({ kind: 'paragraph', text: p })) });
  return { title: t, running: ex.running, sections };
}
