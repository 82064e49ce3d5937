// Exhibit 3 of hand-laid set 20: laid out by iText 5.5.13 (ColumnText, three columns), from a TSV spec.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import com.itextpdf.text.*;
import com.itextpdf.text.pdf.*;
import com.itextpdf.text.pdf.draw.LineSeparator;

public class Batavia {
    static BaseColor RED = new BaseColor(150, 30, 20), GREY = new BaseColor(110, 110, 110),
        PIC = new BaseColor(190, 190, 190), TINT = new BaseColor(238, 230, 210);
    static String H1 = "", H2 = "", FOOT = "";
    static Font f(String name, float size, int style, BaseColor c) { return FontFactory.getFont(name, BaseFont.WINANSI, size, style, c); }

    public static void main(String[] a) throws Exception {
        java.util.List<String[]> spec = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(a[0]), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) spec.add(line.split("\t", -1));
        for (String[] s : spec) { if (s[0].equals("RUN")) { H1 = s[1]; H2 = s[2]; } if (s[0].equals("FOOTNOTE")) FOOT = s[1]; }
        Document doc = new Document(PageSize.A4.rotate(), 40, 40, 52, 50);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(a[1]));
        w.setPageEvent(new PdfPageEventHelper() {
            public void onEndPage(PdfWriter wr, Document d) {
                PdfContentByte cb = wr.getDirectContent();
                float wd = d.getPageSize().getWidth(), ht = d.getPageSize().getHeight();
                if (wr.getPageNumber() == 1) {
                    cb.setLineWidth(0.5f); cb.moveTo(40, 62); cb.lineTo(140, 62); cb.stroke();
                    ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(FOOT, f(FontFactory.TIMES_ROMAN, 7.5f, Font.NORMAL, BaseColor.BLACK)), 40, 53, 0);
                }
                Font hf = f(FontFactory.HELVETICA, 8, Font.NORMAL, GREY);
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(H1, hf), 40, ht - 34, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(H2, hf), wd - 40, ht - 34, 0);
                cb.setColorStroke(GREY); cb.setLineWidth(0.4f); cb.moveTo(40, ht - 40); cb.lineTo(wd - 40, ht - 40); cb.stroke();
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("Page " + wr.getPageNumber(), f(FontFactory.HELVETICA_BOLD, 8.5f, Font.NORMAL, BaseColor.BLACK)), wd / 2, 30, 0);
            }
        });
        doc.addTitle(a[2]); doc.addAuthor("Rottnest Maritime Museum"); doc.addCreator("hand-laid set 20, Batavia.java");
        doc.open();
        Font body = f(FontFactory.TIMES_ROMAN, 10.5f, Font.NORMAL, BaseColor.BLACK);
        Font sup = f(FontFactory.TIMES_ROMAN, 6.5f, Font.NORMAL, BaseColor.BLACK);
        ColumnText ct = new ColumnText(w.getDirectContent());
        boolean firstPara = true;
        for (String[] s : spec) {
            switch (s[0]) {
            case "KICKER": { Paragraph p = new Paragraph(s[1], f(FontFactory.HELVETICA_BOLD, 9, Font.NORMAL, RED)); doc.add(p); break; }
            case "TITLE": { Paragraph p = new Paragraph(s[1], f(FontFactory.TIMES_BOLD, 28, Font.NORMAL, BaseColor.BLACK)); p.setLeading(31); doc.add(p); break; }
            case "INTRO": {
                PdfPTable t = new PdfPTable(new float[]{3.2f, 1f}); t.setWidthPercentage(100); t.setSpacingBefore(8);
                PdfPCell c1 = new PdfPCell(new Paragraph(18, s[1], f(FontFactory.TIMES_ITALIC, 13.5f, Font.NORMAL, new BaseColor(50, 50, 50))));
                c1.setBorder(0); c1.setPaddingRight(20);
                PdfPCell c2 = new PdfPCell(); c2.setBorder(0); c2.setBackgroundColor(PIC); c2.setFixedHeight(78);
                t.addCell(c1); t.addCell(c2); doc.add(t);
                LineSeparator ls = new LineSeparator(1.2f, 100, RED, Element.ALIGN_CENTER, -6); doc.add(new Chunk(ls));
                break; }
            case "LABEL": { Paragraph p = new Paragraph(s[1], f(FontFactory.HELVETICA_BOLD, 8, Font.NORMAL, RED)); p.setSpacingBefore(10); p.setLeading(11); ct.addElement(p); break; }
            case "HEAD": { Paragraph p = new Paragraph(s[1], f(FontFactory.TIMES_BOLD, 14, Font.NORMAL, BaseColor.BLACK)); p.setLeading(17); p.setSpacingAfter(3); ct.addElement(p); firstPara = true; break; }
            case "PARA": case "CONT": {
                Paragraph p = new Paragraph(); p.setLeading(13.6f); p.setAlignment(Element.ALIGN_JUSTIFIED);
                if (s[0].equals("PARA") && !firstPara) p.setFirstLineIndent(12);
                String[] parts = s[1].split("\\^", -1);
                for (int i = 0; i < parts.length; i++) {
                    p.add(new Chunk(parts[i], body));
                    if (i < parts.length - 1) { Chunk c = new Chunk("1", sup); c.setTextRise(4); p.add(c); }
                }
                ct.addElement(p); firstPara = false; break; }
            case "CAPRIGHT": {
                PdfPTable t = new PdfPTable(new float[]{1.15f, 1f}); t.setWidthPercentage(100); t.setSpacingBefore(6); t.setSpacingAfter(6);
                Paragraph cp = new Paragraph(10.5f, "", f(FontFactory.HELVETICA, 8, Font.NORMAL, BaseColor.BLACK));
                cp.add(new Chunk(s[1] + ": ", f(FontFactory.HELVETICA_BOLD, 8, Font.NORMAL, RED)));
                cp.add(new Chunk(s[2], f(FontFactory.HELVETICA, 8, Font.NORMAL, BaseColor.BLACK)));
                PdfPCell c1 = new PdfPCell(); c1.setBorder(0); c1.setPaddingRight(6); c1.addElement(cp);
                c1.addElement(new Paragraph(9.5f, s[3], f(FontFactory.HELVETICA_OBLIQUE, 7, Font.NORMAL, GREY)));
                PdfPCell c2 = new PdfPCell(); c2.setBorder(0); c2.setBackgroundColor(PIC); c2.setFixedHeight(80);
                t.addCell(c1); t.addCell(c2); ct.addElement(t); break; }
            case "CAPBELOW": {
                Paragraph cp = new Paragraph(10.5f, "", f(FontFactory.HELVETICA, 8, Font.NORMAL, BaseColor.BLACK)); cp.setSpacingBefore(8);
                cp.add(new Chunk(s[1] + ": ", f(FontFactory.HELVETICA_BOLD, 8, Font.NORMAL, RED)));
                cp.add(new Chunk(s[2], f(FontFactory.HELVETICA, 8, Font.NORMAL, BaseColor.BLACK)));
                ct.addElement(cp);
                ct.addElement(new Paragraph(9.5f, s[3], f(FontFactory.HELVETICA_OBLIQUE, 7, Font.NORMAL, GREY)));
                PdfPTable t = new PdfPTable(1); t.setWidthPercentage(100); t.setSpacingBefore(4); t.setSpacingAfter(6);
                PdfPCell c = new PdfPCell(); c.setBorder(0); c.setBackgroundColor(PIC); c.setFixedHeight(90); t.addCell(c);
                ct.addElement(t); break; }
            case "PULL": {
                PdfPTable t = new PdfPTable(1); t.setWidthPercentage(100); t.setSpacingBefore(10); t.setSpacingAfter(6);
                PdfPCell c = new PdfPCell(new Paragraph(19, s[1], f(FontFactory.TIMES_BOLDITALIC, 15, Font.NORMAL, RED)));
                c.setBorder(Rectangle.TOP | Rectangle.BOTTOM); c.setBorderColor(RED); c.setBorderWidth(1.5f);
                c.setPaddingTop(4); c.setPaddingBottom(10); c.setHorizontalAlignment(Element.ALIGN_CENTER);
                t.addCell(c); ct.addElement(t); break; }
            case "TABLE": {
                PdfPTable t = new PdfPTable(new float[]{1f, 1.4f}); t.setWidthPercentage(100); t.setSpacingBefore(10);
                PdfPCell hc = new PdfPCell(new Phrase(s[1], f(FontFactory.HELVETICA_BOLD, 9.5f, Font.NORMAL, BaseColor.WHITE)));
                hc.setColspan(2); hc.setBackgroundColor(RED); hc.setPadding(4); t.addCell(hc);
                ct.addElement(t); lastTable = t; break; }
            case "ROW": {
                PdfPCell c1 = new PdfPCell(new Phrase(s[1], f(FontFactory.HELVETICA_BOLD, 8.5f, Font.NORMAL, BaseColor.BLACK)));
                PdfPCell c2 = new PdfPCell(new Phrase(s[2], f(FontFactory.HELVETICA, 8.5f, Font.NORMAL, BaseColor.BLACK)));
                c1.setPadding(3); c2.setPadding(3); c1.setBorderColor(GREY); c2.setBorderColor(GREY);
                lastTable.addCell(c1); lastTable.addCell(c2); break; }
            case "SIDEBAR": {
                PdfPTable t = new PdfPTable(1); t.setWidthPercentage(100); t.setSpacingBefore(12);
                PdfPCell c = new PdfPCell(); c.setBorder(0); c.setBackgroundColor(TINT); c.setPadding(8);
                c.addElement(new Paragraph(15, s[1], f(FontFactory.HELVETICA_BOLD, 11.5f, Font.NORMAL, RED)));
                Paragraph p = new Paragraph(12.5f, s[2], f(FontFactory.HELVETICA, 9, Font.NORMAL, BaseColor.BLACK)); p.setSpacingBefore(3);
                c.addElement(p); t.addCell(c); ct.addElement(t); break; }
            }
        }
        // flow through three columns per page
        float L = 40, R = PageSize.A4.rotate().getWidth() - 40, gut = 18, cw = (R - L - 2 * gut) / 3;
        float top = w.getVerticalPosition(true) - 12, bottom = 72;
        int col = 0;
        while (true) {
            float x0 = L + col * (cw + gut);
            ct.setSimpleColumn(x0, bottom, x0 + cw, top);
            int st = ct.go();
            if (!ColumnText.hasMoreText(st)) break;
            col++;
            if (col == 3) { col = 0; doc.newPage(); top = PageSize.A4.rotate().getHeight() - 52; bottom = 50; }
        }
        doc.close();
    }
    static PdfPTable lastTable;
}
