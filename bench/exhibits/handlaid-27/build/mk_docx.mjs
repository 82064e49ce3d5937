// Renders metro_template.docx with easy-template-x (npm) into ../metropolitan_railway_1863.docx
import fs from 'fs';
import { TemplateHandler } from 'easy-template-x';
const template = fs.readFileSync(new URL('./metro_template.docx', import.meta.url));
const data = JSON.parse(fs.readFileSync(new URL('./metro_data.json', import.meta.url), 'utf8'));
const handler = new TemplateHandler();
const doc = await handler.process(template, data);
fs.writeFileSync(new URL('../metropolitan_railway_1863.docx', import.meta.url), doc);
console.log('wrote metropolitan_railway_1863.docx');
