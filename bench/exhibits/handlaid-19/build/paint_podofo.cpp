// Paints an ops file (UTF-8 text) with PoDoFo 0.9.8. Usage: paint_podofo OPS OUT.pdf TITLE
#include <podofo/podofo.h>
#include <fstream>
#include <sstream>
#include <vector>
#include <map>
#include <cstdlib>
using namespace PoDoFo;
int main(int argc, char **argv) {
  std::ifstream in(argv[1]);
  PdfStreamedDocument doc(argv[2]);
  doc.GetInfo()->SetTitle(PdfString(reinterpret_cast<const pdf_utf8 *>(argv[3])));
  std::map<std::string, std::string> base = {{"HR", "Helvetica"}, {"HB", "Helvetica-Bold"}, {"HI", "Helvetica-Oblique"},
      {"HBI", "Helvetica-BoldOblique"}, {"TR", "Times-Roman"}, {"TB", "Times-Bold"}, {"TI", "Times-Italic"}, {"TBI", "Times-BoldItalic"}};
  std::map<std::string, PdfFont *> fonts;
  PdfPainter painter; PdfPage *page = nullptr; std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> t; std::stringstream ss(line); std::string f;
    while (std::getline(ss, f, '\t')) t.push_back(f);
    if (t.empty()) continue;
    auto d = [&](int i) { return atof(t[i].c_str()); };
    if (t[0] == "PAGE") {
      if (page) painter.FinishPage();
      page = doc.CreatePage(PdfRect(0, 0, d(1), d(2)));
      painter.SetPage(page);
    } else if (t[0] == "TEXT") {
      if (!fonts.count(t[1]))
        fonts[t[1]] = doc.CreateFont(base[t[1]].c_str(), false, PdfEncodingFactory::GlobalWinAnsiEncodingInstance(),
                                     PdfFontCache::eFontCreationFlags_AutoSelectBase14, false);
      PdfFont *font = fonts[t[1]];
      font->SetFontSize((float)d(2)); font->SetWordSpace((float)d(8));
      painter.SetFont(font); painter.SetColor(d(3), d(4), d(5));
      painter.DrawText(d(6), d(7), PdfString(reinterpret_cast<const pdf_utf8 *>(t[9].c_str())));
    } else if (t[0] == "RECT") {
      painter.SetColor(d(5), d(6), d(7)); painter.Rectangle(d(1), d(2), d(3), d(4)); painter.Fill();
    } else if (t[0] == "LINE") {
      painter.SetStrokeWidth(d(5)); painter.SetStrokingColor(d(6), d(7), d(8)); painter.DrawLine(d(1), d(2), d(3), d(4));
    }
  }
  if (page) painter.FinishPage();
  doc.Close();
  return 0;
}
