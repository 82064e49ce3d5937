// Hand-laid set 20: turn the HTML written by ex5_zimmermann.py into a DOCX with html-to-docx.
const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');
const req = createRequire(path.join(__dirname, 'node', 'package.json'));
const HTMLtoDOCX = req('html-to-docx');
(async () => {
  const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const buf = await HTMLtoDOCX(job.html, job.header, job.options, job.footer);
  fs.writeFileSync(job.out, buf);
})().catch((e) => { console.error(e); process.exit(1); });
