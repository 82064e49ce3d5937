/* Paints an ops file (cp1252 text) with libharu. Usage: paint_haru OPS OUT.pdf */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <hpdf.h>
static void err(HPDF_STATUS e, HPDF_STATUS d, void *u) { fprintf(stderr, "haru error %04X %u\n", (unsigned)e, (unsigned)d); exit(1); }
static const char *fname(const char *k) {
  if (!strcmp(k,"HR")) return "Helvetica"; if (!strcmp(k,"HB")) return "Helvetica-Bold";
  if (!strcmp(k,"HI")) return "Helvetica-Oblique"; if (!strcmp(k,"HBI")) return "Helvetica-BoldOblique";
  if (!strcmp(k,"TR")) return "Times-Roman"; if (!strcmp(k,"TB")) return "Times-Bold";
  if (!strcmp(k,"TI")) return "Times-Italic"; return "Times-BoldItalic"; }
int main(int argc, char **argv) {
  FILE *f = fopen(argv[1], "rb"); char line[8192]; char *tok[16];
  HPDF_Doc pdf = HPDF_New(err, NULL); HPDF_Page page = NULL;
  HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
  HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, "The Loss of the Whaleship Essex");
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\n")] = 0; int n = 0; char *s = line;
    while (n < 16) { tok[n++] = s; char *t = strchr(s, '\t'); if (!t) break; *t = 0; s = t + 1; }
    if (!strcmp(tok[0], "PAGE")) { page = HPDF_AddPage(pdf); HPDF_Page_SetWidth(page, atof(tok[1])); HPDF_Page_SetHeight(page, atof(tok[2])); }
    else if (!strcmp(tok[0], "TEXT")) {
      HPDF_Font font = HPDF_GetFont(pdf, fname(tok[1]), "WinAnsiEncoding");
      HPDF_Page_BeginText(page); HPDF_Page_SetFontAndSize(page, font, atof(tok[2]));
      HPDF_Page_SetRGBFill(page, atof(tok[3]), atof(tok[4]), atof(tok[5]));
      HPDF_Page_SetWordSpace(page, atof(tok[8]));
      HPDF_Page_TextOut(page, atof(tok[6]), atof(tok[7]), tok[9]); HPDF_Page_EndText(page);
    } else if (!strcmp(tok[0], "RECT")) {
      HPDF_Page_SetRGBFill(page, atof(tok[5]), atof(tok[6]), atof(tok[7]));
      HPDF_Page_Rectangle(page, atof(tok[1]), atof(tok[2]), atof(tok[3]), atof(tok[4])); HPDF_Page_Fill(page);
    } else if (!strcmp(tok[0], "LINE")) {
      HPDF_Page_SetLineWidth(page, atof(tok[5])); HPDF_Page_SetRGBStroke(page, atof(tok[6]), atof(tok[7]), atof(tok[8]));
      HPDF_Page_MoveTo(page, atof(tok[1]), atof(tok[2])); HPDF_Page_LineTo(page, atof(tok[3]), atof(tok[4])); HPDF_Page_Stroke(page);
    }
  }
  HPDF_SaveToFile(pdf, argv[2]); HPDF_Free(pdf); return 0;
}
