module.exports = {
  rooms: ['intro', 'fallingwater'],
};
