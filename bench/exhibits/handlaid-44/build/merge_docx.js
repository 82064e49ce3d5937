// Join the hand-written parts with docx-merger (npm 1.2.2); no page breaks between the parts.
const fs = require('fs');
const path = require('path');
const DocxMerger = require(path.join(__dirname, 'node', 'node_modules', 'docx-merger'));
const [out, ...parts] = process.argv.slice(2);
const files = parts.map(f => fs.readFileSync(f, 'binary'));
const docx = new DocxMerger({ pageBreak: false }, files);
docx.save('nodebuffer', data => { fs.writeFileSync(out, data); });
