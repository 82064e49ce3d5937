// Fills build/tristan_template.docx with build/tristan_data.json using docxtemplater
// (npm, with pizzip) and writes ../tristan_da_cunha_1961.docx.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(new URL('./node/package.json', import.meta.url));
const PizZip = require('pizzip');
const Docxtemplater = require('docxtemplater');

const zip = new PizZip(readFileSync(new URL('./tristan_template.docx', import.meta.url)));
const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: false });
doc.render(JSON.parse(readFileSync(new URL('./tristan_data.json', import.meta.url), 'utf8')));
const out = doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
writeFileSync(new URL('../tristan_da_cunha_1961.docx', import.meta.url), out);
console.log('docx written');
