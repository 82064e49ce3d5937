// remark-parse + remark-gfm -> remark-docx (with its image plugin reading local files)
import { unified } from "unified";
import markdown from "remark-parse";
import gfm from "remark-gfm";
import docx from "remark-docx";
import { imagePlugin } from "remark-docx/plugins/image";
import * as fs from "fs";
// Node 20 has no Iterator helpers; remark-docx 0.3.29 calls Map.prototype.entries().reduce
const IterProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
for (const m of ["reduce", "map", "filter", "forEach", "some", "every", "find"]) {
  if (!IterProto[m]) Object.defineProperty(IterProto, m, { configurable: true, writable: true,
    value: function (...a) { const r = Array.from(this)[m](...a); return Array.isArray(r) ? r.values() : r; } });
}
if (!IterProto.toArray) IterProto.toArray = function () { return Array.from(this); };

const [src, dst] = process.argv.slice(2);
const processor = unified()
  .use(markdown)
  .use(gfm)
  .use(docx, {
    title: "The Exhibition of the Rejected",
    creator: "Hallam Vale Art Gallery, interpretation team",
    thematicBreak: "line",
    plugins: [imagePlugin({ load: async (url) => { const b = fs.readFileSync(url); return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength); } })],
  });
const doc = await processor.process(fs.readFileSync(src, "utf8"));
fs.writeFileSync(dst, Buffer.from(await doc.result));
