// Painter for hand-laid set 20: draws an ops list with Apache PDFBox 2 (base-14 fonts, WinAnsiEncoding)
// in the order given.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;

public class PaintBox {
    public static void main(String[] a) throws Exception {
        Map<String, PDFont> fonts = new HashMap<>();
        fonts.put("Helvetica", PDType1Font.HELVETICA);
        fonts.put("Helvetica-Bold", PDType1Font.HELVETICA_BOLD);
        fonts.put("Helvetica-Oblique", PDType1Font.HELVETICA_OBLIQUE);
        fonts.put("Times-Roman", PDType1Font.TIMES_ROMAN);
        fonts.put("Times-Bold", PDType1Font.TIMES_BOLD);
        fonts.put("Times-Italic", PDType1Font.TIMES_ITALIC);
        PDDocument doc = new PDDocument();
        PDPageContentStream cs = null;
        BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(a[0]), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("PAGE")) {
                if (cs != null) cs.close();
                PDPage pg = new PDPage(new PDRectangle(Float.parseFloat(f[1]), Float.parseFloat(f[2])));
                doc.addPage(pg);
                cs = new PDPageContentStream(doc, pg);
            } else if (f[0].equals("TEXT")) {
                String[] c = f[3].split(" ");
                cs.setNonStrokingColor(Float.parseFloat(c[0]), Float.parseFloat(c[1]), Float.parseFloat(c[2]));
                cs.beginText();
                cs.setFont(fonts.get(f[1]), Float.parseFloat(f[2]));
                cs.newLineAtOffset(Float.parseFloat(f[4]), Float.parseFloat(f[5]));
                cs.showText(f[6]);
                cs.endText();
            } else if (f[0].equals("RECT")) {
                String[] c = f[5].split(" ");
                cs.setNonStrokingColor(Float.parseFloat(c[0]), Float.parseFloat(c[1]), Float.parseFloat(c[2]));
                cs.addRect(Float.parseFloat(f[1]), Float.parseFloat(f[2]), Float.parseFloat(f[3]), Float.parseFloat(f[4]));
                cs.fill();
            } else if (f[0].equals("LINE")) {
                String[] c = f[6].split(" ");
                cs.setStrokingColor(Float.parseFloat(c[0]), Float.parseFloat(c[1]), Float.parseFloat(c[2]));
                cs.setLineWidth(Float.parseFloat(f[5]));
                cs.moveTo(Float.parseFloat(f[1]), Float.parseFloat(f[2]));
                cs.lineTo(Float.parseFloat(f[3]), Float.parseFloat(f[4]));
                cs.stroke();
            }
        }
        if (cs != null) cs.close();
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(a.length > 2 ? a[2] : "");
        info.setAuthor("Harbourside Museum of Menageries");
        info.setProducer("Apache PDFBox 2.0.27 (hand-laid set 20 painter)");
        doc.save(a[1]);
        doc.close();
    }
}
