// markdown-docx 1.7.0: Markdown -> DOCX, nothing post-processed.
import fs from 'node:fs/promises';
import path from 'node:path';
import { MarkdownDocx, Packer } from 'markdown-docx';

const [src, dest] = process.argv.slice(2);
const md = await fs.readFile(src, 'utf-8');
process.chdir(path.dirname(path.resolve(src)));
const conv = new MarkdownDocx(md, {
  theme: { heading1Size: 26, heading2Size: 16, heading3Size: 13, bodySize: 11, lineSpacing: 1.15, margin: '2cm 2.2cm' },
});
const doc = await conv.toDocument({ title: 'Breathing for Others', creator: 'Penrose Museum of Medicine', description: 'Ward 3 text panels' });
await fs.writeFile(dest, await Packer.toBuffer(doc));
console.log('wrote', dest);
