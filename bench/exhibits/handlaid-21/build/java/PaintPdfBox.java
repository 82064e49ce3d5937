// Painter for set 21: draws a TSV ops list, in the order given, with Apache PDFBox 2 (Debian libpdfbox2-java).
// Ops, one per line, tab-separated: page W H | text X Y FONT SIZE R G B TW TEXT | rect X Y W H R G B | line X1 Y1 X2 Y2 WIDTH R G B
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

public class PaintPdfBox {
    static final String DIR = "/usr/share/fonts/truetype/liberation/";
    static final Map<String, String> FILES = Map.of(
        "serif", "LiberationSerif-Regular.ttf", "serif-i", "LiberationSerif-Italic.ttf",
        "serif-b", "LiberationSerif-Bold.ttf", "sans", "LiberationSans-Regular.ttf",
        "sans-b", "LiberationSans-Bold.ttf", "sans-i", "LiberationSans-Italic.ttf");

    public static void main(String[] a) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(a[0]), StandardCharsets.UTF_8);
        try (PDDocument doc = new PDDocument()) {
            Map<String, PDType0Font> fonts = new HashMap<>();
            PDPageContentStream cs = null;
            for (String ln : lines) {
                String[] f = ln.split("\t", -1);
                switch (f[0]) {
                    case "page": {
                        if (cs != null) cs.close();
                        PDPage p = new PDPage(new PDRectangle(Float.parseFloat(f[1]), Float.parseFloat(f[2])));
                        doc.addPage(p);
                        cs = new PDPageContentStream(doc, p);
                        break;
                    }
                    case "text": {
                        PDType0Font font = fonts.get(f[3]);
                        if (font == null) {
                            font = PDType0Font.load(doc, new File(DIR + FILES.get(f[3])));
                            fonts.put(f[3], font);
                        }
                        cs.beginText();
                        cs.setNonStrokingColor(Float.parseFloat(f[5]), Float.parseFloat(f[6]), Float.parseFloat(f[7]));
                        cs.setFont(font, Float.parseFloat(f[4]));
                        cs.newLineAtOffset(Float.parseFloat(f[1]), Float.parseFloat(f[2]));
                        cs.showText(f[9]);
                        cs.endText();
                        break;
                    }
                    case "rect": {
                        cs.setNonStrokingColor(Float.parseFloat(f[5]), Float.parseFloat(f[6]), Float.parseFloat(f[7]));
                        cs.addRect(Float.parseFloat(f[1]), Float.parseFloat(f[2]), Float.parseFloat(f[3]), Float.parseFloat(f[4]));
                        cs.fill();
                        break;
                    }
                    case "line": {
                        cs.setStrokingColor(Float.parseFloat(f[6]), Float.parseFloat(f[7]), Float.parseFloat(f[8]));
                        cs.setLineWidth(Float.parseFloat(f[5]));
                        cs.moveTo(Float.parseFloat(f[1]), Float.parseFloat(f[2]));
                        cs.lineTo(Float.parseFloat(f[3]), Float.parseFloat(f[4]));
                        cs.stroke();
                        break;
                    }
                }
            }
            if (cs != null) cs.close();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(a[2]);
            info.setProducer("Apache PDFBox 2.0.27");
            doc.save(a[1]);
        }
    }
}
