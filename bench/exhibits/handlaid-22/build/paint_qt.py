# Paints an ops list with Qt's QPdfWriter + QPainter (PySide6), offscreen, in the order given.
import json, sys, os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtGui import QGuiApplication, QPdfWriter, QPainter, QFont, QColor, QPageSize, QPageLayout, QPen
from PySide6.QtCore import QPointF, QRectF, QSizeF, QMarginsF
app = QGuiApplication(sys.argv[:1])
ops = json.load(open(sys.argv[1]))
FAM = {"serif": ("Liberation Serif", False, False), "serif-b": ("Liberation Serif", True, False),
       "serif-i": ("Liberation Serif", False, True), "serif-bi": ("Liberation Serif", True, True),
       "sans": ("Liberation Sans", False, False), "sans-b": ("Liberation Sans", True, False),
       "sans-i": ("Liberation Sans", False, True), "sans-bi": ("Liberation Sans", True, True)}
w = QPdfWriter(sys.argv[2])
w.setTitle(sys.argv[3]); w.setCreator("handlaid-22 ex1 (own layout)")
W, H = ops[0][2], ops[0][3]
w.setPageLayout(QPageLayout(QPageSize(QSizeF(W, H), QPageSize.Point), QPageLayout.Portrait, QMarginsF(0, 0, 0, 0)))
w.setResolution(72)
p = QPainter(w)
first = True
for op in ops:
    if op[0] == "page":
        if not first:
            w.newPage()
        first = False
    elif op[0] == "text":
        _, x, y, s, f, size, c = op
        fam, b, it = FAM[f]
        font = QFont(fam); font.setPointSizeF(size); font.setBold(b); font.setItalic(it)
        font.setKerning(False)
        p.setFont(font)
        p.setPen(QColor.fromRgbF(*c))
        p.drawText(QPointF(x, H - y), s)
    elif op[0] == "rect":
        _, x, y, rw, rh, c = op
        p.fillRect(QRectF(x, H - y - rh, rw, rh), QColor.fromRgbF(*c))
    elif op[0] == "line":
        _, x1, y1, x2, y2, lw, c = op
        pen = QPen(QColor.fromRgbF(*c)); pen.setWidthF(lw); p.setPen(pen)
        p.drawLine(QPointF(x1, H - y1), QPointF(x2, H - y2))
p.end()
del p
del w
os._exit(0)
