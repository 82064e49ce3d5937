// Renders build/docx/emille_template.docx with @jsreport/jsreport-docx (handlebars engine)
// and writes ../emille_bell_771.docx. Nothing is post-processed.
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, 'node', 'package.json'));
const JsReport = require('@jsreport/jsreport-core');
const jsreport = JsReport({ logger: { silent: true }, rootDirectory: path.join(here, 'node'),
  tempDirectory: '/tmp/x82-jsreport', discover: false, store: { provider: 'memory' },
  workers: { numberOfWorkers: 1 }, sandbox: { allowedModules: [] } });
jsreport.use(require('@jsreport/jsreport-handlebars')());
jsreport.use(require('@jsreport/jsreport-docx')());
await jsreport.init();
const tpl = fs.readFileSync(path.join(here, 'docx', 'emille_template.docx'));
const data = JSON.parse(fs.readFileSync(path.join(here, 'docx', 'emille_data.json'), 'utf8'));
const res = await jsreport.render({ template: { engine: 'handlebars', recipe: 'docx',
  docx: { templateAsset: { content: tpl.toString('base64'), encoding: 'base64' } } }, data });
fs.writeFileSync(path.join(here, '..', 'emille_bell_771.docx'), res.content);
await jsreport.close();
console.log('docx written', res.content.length, 'bytes');
