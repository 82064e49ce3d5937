EXTRA = {
 "cromford_mill_1771": {
  0: "The machine could not have been worked by hand for long. It needed steady power, and it produced a thread strong enough to be used for the warp of a cloth, which the older spinning wheels and the jenny could not make from cotton alone.",
  1: "Work was strictly timed. Fines were charged for lateness, for talking and for spoiling yarn, and the gates were locked once the shift had begun. Even so, people came from far away for the wages, which were higher than on the farms of the Peak.",
  2: "Arkwright himself began a grand house above the river, Willersley Castle, but did not live to move into it. His son Richard carried on the business and became richer still, mostly by lending money and buying land.",
 },
 "bedford_level_1870": {
  0: "Rowbotham was not a trained scientist, and he took no careful measurements of the height of his eye or of the boat. Yet the experiment was simple enough for anyone to repeat, and that was the source of its appeal to the audiences who later came to hear him.",
  1: "Hampden had his own referee, William Carpenter, who looked through the same telescope and said that the picture proved the opposite. Walsh, who held the money, listened to both men and ruled that the test had been fair.",
  2: "In 1904 another believer in a flat Earth, Lady Elizabeth Blount, brought a photographer to the same river and claimed a fresh proof. The photographer used a long lens close to the water, where the same bending of light is at its strongest.",
 },
 "mendeleev_table_1869": {
  0: "It was not the first attempt. Newlands had read a paper to the Chemical Society in London in 1866 comparing the repeats to the octaves of a musical scale, and a member of the audience asked whether he had tried putting the elements in alphabetical order.",
  1: "Many chemists of the time thought the predictions reckless. An element was a substance found in a laboratory, not a line in a table, and it was not clear why the pattern should hold for substances that nobody had ever held in a bottle.",
  2: "The reason the pattern works was only understood in the twentieth century, when the structure of the atom was worked out. Elements are now placed by atomic number, the count of protons in the nucleus, which removes the few swaps Mendeleev had made by weight.",
 },
 "shinkansen_1964": {
  0: "Work began in 1959 with a ceremony at the Tanna tunnel. Thousands of workers drove tunnels through the mountains and built long viaducts across the towns, so that the line could run as straight and level as possible.",
  1: "Tickets sold out for weeks. Crowds gathered on bridges beside the track to watch the trains pass, and foreign visitors to the Olympic Games were taken for rides as part of their tour of the new Japan.",
  2: "The trains have also become quieter. Local residents along the route went to court over noise and vibration in the 1970s, and later designs changed the shape of the pantographs and the skirts under the cars to reduce the roar.",
 },
 "ice_trade_1806": {
  0: "To create a demand he gave ice away at first. He showed bar keepers how to chill drinks and sold cheap ice cream, and once customers had tasted cold drinks in summer they were ready to pay for them the next year.",
  1: "The harvest began when the ice was about a foot thick. Men and horses worked on the ponds through the coldest weeks of the year, and long wooden ice houses beside the water stored the blocks until the ships were ready.",
  2: "Most of the ice was used in the end to cool drinks, preserve food and ease fevers. British officials in Calcutta paid for an ice house to store it, and Tudor’s agents shipped apples and butter in the same cold holds.",
 },
 "titanic_wreck_1985": {
  0: "Finding anything at that depth is hard. Water blocks light and radio waves, the pressure is hundreds of times that at the surface, and every instrument has to be lowered on a cable several kilometres long.",
  1: "The pictures showed that the ship had broken in two at the surface, as some survivors had said. Many experts had believed that it sank in one piece, and the discovery reopened the argument about how the Titanic went down.",
  2: "Scientists now study the wreck as a home for life in the deep sea. The long hanging shapes of rust on the hull are made by the bacteria, and one of them, discovered on samples taken from the ship, has been named after the Titanic itself.",
 },
}

SIDEBAR_EXTRA = {
 "mendeleev_table_1869": "What the cards did give him was a way to see the elements side by side, and he went on changing the table for the rest of his life.",
 "shinkansen_1964": "The change was made after a famous test of bird shapes. An engineer who watched birds noticed that the kingfisher dives into water with hardly a splash, and the nose of a train of 1997 was modelled on its long beak.",
 "ice_trade_1806": "Ice houses on land worked on the same principle. Thick walls, a roof kept in shade and straw between the blocks could keep a winter harvest until the following autumn.",
 "titanic_wreck_1985": "Because the Navy wanted no attention drawn to the submarines, the hunt for the liner served as a cover story. Only the last twelve days of the voyage were left for it, which is why Ballard chose to look for the field of debris rather than the hull, a target many times larger and easier to cross with the camera.",
}
