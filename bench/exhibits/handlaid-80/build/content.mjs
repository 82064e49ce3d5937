// Writes the gold JSON files (and texts.json for validate.py) from texts.mjs.
import fs from 'fs';
import { EXHIBITS, gold } from './texts.mjs';
const all = {};
for (const name of Object.keys(EXHIBITS)) {
  const g = gold(name); all[name] = g;
  fs.writeFileSync(`../${name}.json`, JSON.stringify(g, null, 2) + '\n');
}
fs.writeFileSync('texts.json', JSON.stringify(all, null, 1));
console.log('gold written:', Object.keys(all).join(', '));
