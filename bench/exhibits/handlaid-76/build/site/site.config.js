module.exports = {
  build: { srcPath: './src', outputPath: './public' },
  site: { title: 'Estuary Lights Museum', lang: 'en' }
};
