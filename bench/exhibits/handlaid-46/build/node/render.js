// Renders the template with Carbone (no conversion, so no office suite is needed).
const carbone = require('carbone');
const fs = require('fs');
const [tpl, dataFile, out] = process.argv.slice(2);
const data = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
carbone.render(tpl, data, {}, (err, result) => {
  if (err) { console.error(err); process.exit(1); }
  fs.writeFileSync(out, result);
  console.log('carbone', require('carbone/package.json').version, '->', out);
});
