// Gold for the DOCX: the converter keeps the running head, footer and folios as body text.
'use strict';
const L = require('./lib.js');
const C = require('./content.js').lindisfarne;
L.writeGold(process.argv[2], C, [C.runHead, C.footer, '1', '2']);
