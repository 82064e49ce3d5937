// Fills the template with docx-templates. Usage: node fill_docx.js TEMPLATE.docx DATA.json OUT.docx
const { createRequire } = require('module');
const path = require('path');
const req = createRequire(path.join(__dirname, 'node', 'package.json'));
const { createReport } = req('docx-templates');
const fs = require('fs');
(async () => {
  const template = fs.readFileSync(process.argv[2]);
  const data = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
  const buf = await createReport({ template, data, cmdDelimiter: ['+++', '+++'], failFast: true, rejectNullish: true });
  fs.writeFileSync(process.argv[4], buf);
})().catch((e) => { console.error(e); process.exit(1); });
