// Builds match_girls_strike_1888.docx with docxml (npm). The floating text box is a run whose XML
// I write myself (docxml has no text-box component); docxml inserts it through its normal toNode() path.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Docx, { Paragraph, Text, Table, Row, Cell, Section, Break, cm, pt } from 'docxml';
const here = path.dirname(fileURLToPath(import.meta.url));
const { parse } = await import(path.join(here, 'node/node_modules/docxml/esm/src/utilities/dom.js'));
const d = JSON.parse(fs.readFileSync(path.join(here, 'match_data.json'), 'utf8'));
const out = path.join(here, '..', d.name + '.docx');

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function raw(xml) {
	xml = xml.replace(/>\s*\n\s*</g, '><');
	return { props: {}, children: [], ensureRelationship: async () => {}, toNode: async () => parse(xml).documentElement };
}
// text with ^x^ marks -> Text runs, the mark as superscript
function runs(s, props = {}) {
	const parts = s.replace(/\|/g, '').split(/\^([^^]*)\^/);
	return parts.map((p, i) =>
		i % 2 ? new Text({ ...props, verticalAlign: 'superscript' }, p) : new Text(props, p),
	).filter((t) => t.children[0] !== '');
}
function textBox(sb) {
	const paras = [`<w:p><w:pPr><w:pStyle w:val="BoxTitle"/></w:pPr><w:r><w:t>${esc(sb.title)}</w:t></w:r></w:p>`]
		.concat(sb.paras.map((p) => `<w:p><w:pPr><w:pStyle w:val="BoxText"/></w:pPr><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`))
		.join('');
	const cx = 2160000, cy = 2050000; // 6 cm x 5.7 cm in EMU
	return raw(`<w:r xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Sidebar Phossy Jaw"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F3E6D3"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="9C5B2E"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>${paras}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="SidebarBox" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:170pt;height:161pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#f3e6d3" strokecolor="#9c5b2e"><v:textbox><w:txbxContent>${paras}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`);
}

const docx = Docx.fromNothing();
const st = docx.document.styles;
st.add({ id: 'Normal', name: 'Normal', type: 'paragraph', isDefault: true, text: { font: 'Cambria', fontSize: pt(11) }, paragraph: { spacing: { after: pt(6) } } });
st.add({ id: 'Kicker', name: 'Kicker', type: 'paragraph', basedOn: 'Normal', text: { font: 'Calibri', fontSize: pt(9), isBold: true, isCaps: true, color: '9C5B2E' } });
st.add({ id: 'Title', name: 'Title', type: 'paragraph', basedOn: 'Normal', text: { font: 'Cambria', fontSize: pt(26), isBold: true, color: '3A2A1A' }, paragraph: { spacing: { after: pt(10) } } });
st.add({ id: 'Intro', name: 'Intro', type: 'paragraph', basedOn: 'Normal', text: { fontSize: pt(12.5), isItalic: true }, paragraph: { spacing: { after: pt(14) } } });
st.add({ id: 'PanelNumber', name: 'Panel Number', type: 'paragraph', basedOn: 'Normal', text: { font: 'Calibri', fontSize: pt(9), isBold: true, color: '9C5B2E' }, paragraph: { spacing: { after: pt(2) } } });
st.add({ id: 'PanelHeading', name: 'Panel Heading', type: 'paragraph', basedOn: 'Normal', text: { font: 'Cambria', fontSize: pt(15), isBold: true }, paragraph: { outlineLvl: 1 } });
st.add({ id: 'PanelBody', name: 'Panel Body', type: 'paragraph', basedOn: 'Normal', paragraph: { alignment: 'both', spacing: { after: pt(6) } } });
st.add({ id: 'PullQuote', name: 'Pull Quote', type: 'paragraph', basedOn: 'Normal', text: { fontSize: pt(15), isItalic: true, isBold: true, color: '9C5B2E' }, paragraph: { alignment: 'center', spacing: { before: pt(8), after: pt(8) } } });
st.add({ id: 'CaptionText', name: 'Caption Text', type: 'paragraph', basedOn: 'Normal', text: { font: 'Calibri', fontSize: pt(9) } });
st.add({ id: 'Credit', name: 'Credit', type: 'paragraph', basedOn: 'Normal', text: { font: 'Calibri', fontSize: pt(7.5), color: '777777' } });
st.add({ id: 'BoxTitle', name: 'Box Title', type: 'paragraph', basedOn: 'Normal', text: { font: 'Calibri', fontSize: pt(12), isBold: true, color: '9C5B2E' } });
st.add({ id: 'BoxText', name: 'Box Text', type: 'paragraph', basedOn: 'Normal', text: { font: 'Calibri', fontSize: pt(9.5) } });
st.add({ id: 'NoteText', name: 'Note Text', type: 'paragraph', basedOn: 'Normal', text: { fontSize: pt(8), color: '555555' } });
st.add({ id: 'HeaderText', name: 'Header Text', type: 'paragraph', basedOn: 'Normal', text: { font: 'Calibri', fontSize: pt(8), color: '777777' } });

const hdr = docx.document.headers.add('word/header1.xml', new Paragraph({ style: 'HeaderText' }, new Text({}, d.header)));
const ftr = docx.document.footers.add('word/footer1.xml', new Paragraph({ style: 'HeaderText', alignment: 'right' }, new Text({}, d.footer)));

const none = { type: 'nil' };
const noBorders = { top: none, start: none, bottom: none, end: none, insideH: none, insideV: none };
const L = cm(4), R = cm(12.6);
const rows = [];
d.sections.forEach((s, i) => {
	const body = s.paras.map((p) => new Paragraph({ style: 'PanelBody' }, ...runs(p)));
	if (i === 2) body.splice(2, 0, new Paragraph({ style: 'PullQuote' }, new Text({}, d.pullquote)));
	rows.push(new Row({},
		new Cell({ width: L, verticalAlignment: 'top' },
			new Paragraph({ style: 'PanelNumber' }, new Text({}, s.label)),
			new Paragraph({ style: 'PanelHeading' }, new Text({}, s.title))),
		new Cell({ width: R }, ...body)));
	if (i === 1) {
		// picture row: the grey-shaded left cell stands for the photograph, the caption sits to its right
		const c = d.caption;
		rows.push(new Row({},
			new Cell({ width: L, shading: { background: 'BFBFBF', pattern: 'clear' } },
				...[1, 2, 3, 4, 5, 6].map(() => new Paragraph({}))),
			new Cell({ width: R, verticalAlignment: 'bottom' },
				new Paragraph({ style: 'CaptionText' }, new Text({ isBold: true }, c.position + ': '), new Text({}, c.text)),
				new Paragraph({ style: 'Credit' }, new Text({}, c.credit)))));
	}
});

docx.document.set([
	new Section({ headers: hdr, footers: ftr, pageWidth: cm(21), pageHeight: cm(29.7), pageMargin: { top: cm(2.2), bottom: cm(2), left: cm(2.2), right: cm(2.2), header: cm(1), footer: cm(1) } },
		new Paragraph({ style: 'Kicker' }, new Text({}, d.kicker)),
		new Paragraph({ style: 'Title' }, new Text({}, d.title_lines[0], new Break({}), d.title_lines[1])),
		new Paragraph({ style: 'Intro' }, textBox(d.sidebar), new Text({}, d.intro)),
		new Table({ columnWidths: [L, R], borders: noBorders, cellPadding: { top: cm(0.1), bottom: cm(0.2), start: cm(0.15), end: cm(0.15) } }, ...rows),
		new Paragraph({ style: 'NoteText' }, new Text({}, d.note)),
	),
]);
await docx.toFile(out);
console.log('wrote', out);
