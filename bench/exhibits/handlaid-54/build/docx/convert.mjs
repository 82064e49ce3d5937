// Markdown -> DOCX with @adobe/helix-md2docx (which builds the document with its own handlers and template styles).
import { readFile, writeFile } from 'fs/promises';
import { md2docx } from '@adobe/helix-md2docx';
const [src, dst] = process.argv.slice(2);
const md = await readFile(src, 'utf-8');
const log = { info() {}, debug() {}, warn: console.warn, error: console.error, log() {} };
const buf = await md2docx(md, { log });
await writeFile(dst, buf);
console.log('wrote', dst, buf.length);
