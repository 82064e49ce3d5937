// My own minimal PDF writer (Node), with @pdf-lib/fontkit for font parsing and TrueType subsetting.
// Fonts: Liberation, embedded as Type0/CIDFontType2 subsets, Identity-H, with a ToUnicode CMap.
// Ops are written in the order given, so content-stream order = list order.
const fs = require('fs');
const fontkit = require('@pdf-lib/fontkit');
const [, , opsPath, outPath, producer] = process.argv;
const LIB = '/usr/share/fonts/truetype/liberation/';
const FILES = {TR: 'LiberationSerif-Regular.ttf', TB: 'LiberationSerif-Bold.ttf', TI: 'LiberationSerif-Italic.ttf',
  HR: 'LiberationSans-Regular.ttf', HB: 'LiberationSans-Bold.ttf', HI: 'LiberationSans-Italic.ttf'};
const data = JSON.parse(fs.readFileSync(opsPath, 'utf8'));
const fonts = {};
function getFont(k) {
  if (!fonts[k]) {
    const font = fontkit.create(fs.readFileSync(LIB + FILES[k]));
    const subset = font.createSubset();
    fonts[k] = {font, subset, map: new Map(), uni: {}, widths: {}, tag: 'SETXX' + String.fromCharCode(65 + Object.keys(fonts).length)};
  }
  return fonts[k];
}
function enc(k, s) {
  const F = getFont(k);
  const chars = Array.from(s);
  const glyphs = F.font.glyphsForString(s);
  let hex = '';
  glyphs.forEach((g, i) => {
    let nid = F.map.get(g.id);
    if (nid === undefined) {
      nid = F.subset.includeGlyph(g);
      F.map.set(g.id, nid);
      F.widths[nid] = Math.round(g.advanceWidth * 1000 / F.font.unitsPerEm);
      F.uni[nid] = chars[i];
    }
    hex += nid.toString(16).padStart(4, '0');
  });
  return hex;
}
const n3 = (v) => (Math.round(v * 1000) / 1000).toString();
const streams = data.pages.map((pg) => {
  const out = [];
  for (const op of pg.ops) {
    if (op[0] === 'T') {
      const [, f, size, x, y, s, col] = op;
      out.push(`BT ${col.map(n3).join(' ')} rg /${f} ${size} Tf 1 0 0 1 ${x} ${y} Tm <${enc(f, s)}> Tj ET`);
    } else {
      const [, x, y, w, h, col] = op;
      out.push(`${col.map(n3).join(' ')} rg ${x} ${y} ${w} ${h} re f`);
    }
  }
  return Buffer.from(out.join('\n') + '\n', 'latin1');
});
// ---- objects
const objs = [];
const add = (o) => { objs.push(o); return objs.length; };
const set = (i, o) => { objs[i - 1] = o; };
const catalog = add(null), pagesId = add(null);
const fontIds = {};
const encodeSubset = (sub) => new Promise((res) => { const chunks = []; const st = sub.encodeStream(); st.on('data', (c) => chunks.push(Buffer.from(c))); st.on('end', () => res(Buffer.concat(chunks))); });
(async () => {
for (const k of Object.keys(fonts)) {
  const F = fonts[k];
  const bytes = await encodeSubset(F.subset);
  const ff = add({stream: bytes, dict: `/Length1 ${bytes.length}`});
  const hd = F.font;
  const s = 1000 / hd.unitsPerEm;
  const bb = hd.bbox;
  const name = F.tag + '+' + hd.postscriptName;
  const italic = k.endsWith('I');
  const flags = (k.startsWith('T') ? 2 : 0) + 32 + (italic ? 64 : 0);
  const fd = add(`<< /Type /FontDescriptor /FontName /${name} /Flags ${flags} /FontBBox [${[bb.minX, bb.minY, bb.maxX, bb.maxY].map((v) => Math.round(v * s)).join(' ')}] /ItalicAngle ${italic ? -12 : 0} /Ascent ${Math.round(hd.ascent * s)} /Descent ${Math.round(hd.descent * s)} /CapHeight ${Math.round((hd.capHeight || hd.ascent) * s)} /StemV 80 /FontFile2 ${ff} 0 R >>`);
  const ids = Object.keys(F.widths).map(Number).sort((a, b) => a - b);
  const w = ids.map((i) => `${i} [${F.widths[i]}]`).join(' ');
  const cid = add(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${fd} 0 R /W [${w}] /CIDToGIDMap /Identity >>`);
  const hex16 = (c) => Buffer.from(c, 'utf16le').swap16().toString('hex');
  const lines = ids.map((i) => `<${i.toString(16).padStart(4, '0')}> <${hex16(F.uni[i])}>`);
  let cm = '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n';
  for (let i = 0; i < lines.length; i += 100) {
    const chunk = lines.slice(i, i + 100);
    cm += `${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar\n`;
  }
  cm += 'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n';
  const tu = add({stream: Buffer.from(cm, 'latin1'), dict: ''});
  fontIds[k] = add(`<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${tu} 0 R >>`);
}
const fontRes = Object.keys(fontIds).map((k) => `/${k} ${fontIds[k]} 0 R`).join(' ');
const pageIds = [];
data.pages.forEach((pg, i) => {
  const cs = add({stream: streams[i], dict: ''});
  pageIds.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${pg.w} ${pg.h}] /Resources << /Font << ${fontRes} >> >> /Contents ${cs} 0 R >>`));
});
set(catalog, `<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
set(pagesId, `<< /Type /Pages /Kids [${pageIds.map((i) => i + ' 0 R').join(' ')}] /Count ${pageIds.length} >>`);
const info = add(`<< /Producer (${producer}) /Creator (hand-laid set 23 painter) >>`);
// ---- serialise
const parts = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
let pos = parts[0].length;
const offs = [];
objs.forEach((o, i) => {
  offs.push(pos);
  let b;
  if (typeof o === 'string') b = Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1');
  else b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${o.stream.length} ${o.dict} >>\nstream\n`, 'latin1'), o.stream, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
  parts.push(b);
  pos += b.length;
});
let x = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
offs.forEach((o) => { x += String(o).padStart(10, '0') + ' 00000 n \n'; });
x += `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${pos}\n%%EOF\n`;
parts.push(Buffer.from(x, 'latin1'));
fs.writeFileSync(outPath, Buffer.concat(parts));
})();
