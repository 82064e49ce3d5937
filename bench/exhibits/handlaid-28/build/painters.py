# Two painters. Both draw the ops list strictly in the given order.
import os
import pdf_maker
from majorsilence_pdf import pdf_native as MS

LIB = "/usr/share/fonts/truetype/liberation/"
MS_FONTS = {
    "serif": LIB + "LiberationSerif-Regular.ttf", "serif-i": LIB + "LiberationSerif-Italic.ttf",
    "serif-b": LIB + "LiberationSerif-Bold.ttf", "serif-bi": LIB + "LiberationSerif-BoldItalic.ttf",
    "sans": LIB + "LiberationSans-Regular.ttf", "sans-b": LIB + "LiberationSans-Bold.ttf",
    "sans-i": LIB + "LiberationSans-Italic.ttf", "narrow": LIB + "LiberationSansNarrow-Regular.ttf",
    "narrow-b": LIB + "LiberationSansNarrow-Bold.ttf",
}
PM_DIR = os.path.dirname(pdf_maker.__file__) + "/resources/font/"
PM_FONTS = {"times": ("TimesNewRomanPSMT", PM_DIR + "times.ttf"), "arial": ("ArialMT", PM_DIR + "arial.ttf"),
            "calibri": ("Calibri", PM_DIR + "calibri.ttf")}
PM_SCALE = 1.03  # pdf-maker rounds its /Widths upward a little; measure with a safety factor


def paint_majorsilence(ops, out, creator):
    lib = MS.load_bundled_library()
    doc = MS.PdfDocument(lib)
    doc.set_creator(creator)
    styles = {}
    canvas = None
    for op in ops:
        if op[0] == "page":
            canvas = doc.add_page(op[1], op[2])
        elif op[0] == "text":
            _, x, y, s, fk, size, col = op
            key = (fk, size, col)
            if key not in styles:
                st = MS.PdfStyle(lib)
                st.set_font_file(MS_FONTS[fk]).set_size(size).set_color(*col)
                styles[key] = st
            canvas.draw_text(s, x, y, styles[key])
        elif op[0] == "rect":
            _, x, y, w, h, fill, stroke = op
            canvas.draw_rect(x, y, w, h, fill_rgb=fill, stroke_rgb=stroke, stroke_width=0.6)
        elif op[0] == "line":
            _, x1, y1, x2, y2, col, wd = op
            canvas.draw_line(x1, y1, x2, y2, *col, width=wd)
        elif op[0] == "ellipse":
            _, x, y, w, h, fill = op
            canvas.draw_ellipse(x, y, w, h, fill_rgb=fill)
    doc.save(out)


def paint_pdfmaker(ops, out, title, creator):
    pages = [op for op in ops if op[0] == "page"]
    w0, h0 = pages[0][1], pages[0][2]
    pdf = pdf_maker.NewPDF(filepath=out, page_size=(w0, h0), title=title, author="", creator=creator)
    loaded = {"ArialMT"}
    for k, (name, _) in PM_FONTS.items():
        if name not in loaded:
            pdf.add_font(name, width_scale=0.5)
            loaded.add(name)
    pdf.set_page_size(0, w0, h0)
    pi = -1
    H = h0
    c = lambda col: [round(v / 255, 3) for v in col]
    for op in ops:
        if op[0] == "page":
            pi += 1
            H = op[2]
            if pi > 0:
                pdf.add_page(size=(op[1] / 72, op[2] / 72))
        elif op[0] == "text":
            _, x, y, s, fk, size, col = op
            pdf.text(page=pi, x=x, y=H - y, text=s, size=size, base=0, font=PM_FONTS[fk][0], color=c(col))
        elif op[0] == "rect":
            _, x, y, w, h, fill, stroke = op
            pdf.rect(page=pi, left_bottom=(x, H - y - h), width=w, height=h, base=0,
                     color=c(stroke or fill), fill=True, fill_color=c(fill), line_width=0.6, z_index=-1)
        elif op[0] == "line":
            _, x1, y1, x2, y2, col, wd = op
            pdf.line(page=pi, points=[(x1, H - y1), (x2, H - y2)], base=0, width=wd, color=c(col), z_index=-1)
    pdf.save()
