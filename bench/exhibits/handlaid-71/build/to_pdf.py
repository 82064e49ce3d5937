# -*- coding: utf-8 -*-
"""metafile -> PostScript (GNU plotutils `plot -T ps`) -> PDF (ps2pdf), then pdftotext -raw."""
import os, re, subprocess, sys
B = os.path.dirname(os.path.abspath(__file__))
OUT, TOP = os.path.join(B, "out"), os.path.join(B, "..")
SIZES = {"a4": ("a4,xsize=210mm,ysize=297mm,xorigin=0mm,yorigin=0mm", 595, 842),
         "a3": ("a3,xsize=297mm,ysize=420mm,xorigin=0mm,yorigin=0mm", 842, 1191),
         "a4l": ("a4,xsize=297mm,ysize=210mm,xorigin=0mm,yorigin=0mm", 842, 595)}
TITLES = {"gregorian_calendar_1582": "Ten Days That Never Were", "su_song_clock_tower_1088": "The Cosmic Engine of Kaifeng",
          "huygens_pendulum_clock_1656": "The Swing of Time", "railway_time_1847": "One Time for the Nation"}
for name, title in TITLES.items():
    size = open(os.path.join(OUT, name + ".size")).read().strip()
    spec, w, h = SIZES[size]
    ps = subprocess.run(["plot", "-T", "ps", "--page-size", spec, os.path.join(OUT, name + ".meta")],
                        check=True, capture_output=True).stdout.decode("latin-1")
    ps = ps.replace("%%Title: PostScript plot", "%%Title: " + title, 1)
    psf = os.path.join(OUT, name + ".ps")
    open(psf, "w", encoding="latin-1").write(ps)
    pdf = os.path.join(TOP, name + ".pdf")
    subprocess.run(["ps2pdf", "-dDEVICEWIDTHPOINTS=%d" % w, "-dDEVICEHEIGHTPOINTS=%d" % h, "-dFIXEDMEDIA",
                    "-dAutoRotatePages=/None", psf, pdf], check=True)
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(TOP, name + ".txt")], check=True)
    print("made", name)
