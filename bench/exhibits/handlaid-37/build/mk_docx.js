// html-docx-js 0.3.1: HTML in, DOCX out (the HTML travels in an altChunk part)
const fs = require('fs');
const path = require('path');
const htmlDocx = require(path.join(__dirname, 'node', 'node_modules', 'html-docx-js'));
const src = fs.readFileSync(process.argv[2], 'utf8');
const out = htmlDocx.asBlob(src, { orientation: 'portrait', margins: { top: 1134, bottom: 1134, left: 1134, right: 1134 } });
// Node 20 has a global Blob, so the library hands back a Blob rather than a Buffer
Promise.resolve(out instanceof Blob ? out.arrayBuffer() : out)
  .then((ab) => fs.writeFileSync(process.argv[3], Buffer.from(ab)));
