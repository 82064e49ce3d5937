# ss_great_britain_1843.docx written with R officer 0.6.0 (Debian r-cran-officer). Texts from build/gb_content.json.
suppressMessages({library(officer); library(jsonlite)})
args <- commandArgs(trailingOnly = TRUE)
out <- args[1]; png <- args[2]
D <- fromJSON("build/gb_content.json", simplifyVector = FALSE)
navy <- "#1F3A5F"; grey <- "#6B6B6B"
tx <- function(s, ...) ftext(s, fp_text(font.family = "Georgia", font.size = 11, ...))
body_par <- function(doc, s) body_add_fpar(doc, fpar(tx(s), fp_p = fp_par(line_spacing = 1.15, padding.bottom = 6)))
doc <- read_docx()
# kicker, title (one paragraph, two lines joined by a line break), intro with a footnote after "world"
doc <- body_add_fpar(doc, fpar(ftext(toupper(D$kicker), fp_text(color = grey, font.size = 8.5, bold = TRUE, font.family = "Arial"))))
doc <- body_add_fpar(doc, fpar(ftext(D$title_lines[[1]], fp_text(bold = TRUE, font.size = 26, color = navy, font.family = "Georgia")),
                              run_linebreak(),
                              ftext(D$title_lines[[2]], fp_text(italic = TRUE, font.size = 18, color = navy, font.family = "Georgia")),
                              fp_p = fp_par(padding.bottom = 10)))
intro <- D$intro
cut <- regexpr("in the world,", intro, fixed = TRUE) + nchar("in the world") - 1
doc <- body_add_fpar(doc, fpar(tx(substr(intro, 1, cut), italic = TRUE),
                              run_footnote(x = block_list(fpar(ftext(D$note, fp_text(font.size = 8)))),
                                           prop = fp_text(vertical.align = "superscript", font.size = 11)),
                              tx(substr(intro, cut + 1, nchar(intro)), italic = TRUE),
                              fp_p = fp_par(padding.bottom = 12)))
sec_label <- function(doc, s) body_add_fpar(doc, fpar(ftext(toupper(s), fp_text(color = "#FFFFFF", shading.color = navy, bold = TRUE, font.size = 8, font.family = "Arial")), fp_p = fp_par(padding.top = 10, keep_with_next = TRUE)))
for (k in seq_along(D$sections)) {
  S <- D$sections[[k]]
  label <- S[[1]]; title <- S[[2]]; paras <- S[[3]]
  doc <- sec_label(doc, label)
  doc <- body_add_par(doc, title, style = "heading 2")
  for (i in seq_along(paras)) {
    p <- paras[[i]]
    if (k == 3 && grepl(D$pb_split[[1]], p, fixed = TRUE)) {
      # page break in the middle of a sentence, inside one paragraph
      pos <- regexpr(D$pb_split[[1]], p, fixed = TRUE) + nchar(D$pb_split[[1]]) - 1
      doc <- body_add_fpar(doc, fpar(tx(substr(p, 1, pos)), run_pagebreak(), tx(substr(p, pos + 1, nchar(p))),
                                    fp_p = fp_par(line_spacing = 1.15, padding.bottom = 6)))
    } else {
      doc <- body_par(doc, p)
    }
    if (k == 1 && i == 1) {
      F <- D$fig
      doc <- body_add_img(doc, src = png, width = 5.5, height = 2.6, style = "centered")
      doc <- body_add_fpar(doc, fpar(ftext(paste0(F$pos, ": "), fp_text(bold = TRUE, font.size = 9, font.family = "Arial")),
                                    ftext(F$text, fp_text(font.size = 9, font.family = "Arial")), run_linebreak(),
                                    ftext(F$credit, fp_text(italic = TRUE, font.size = 8, color = grey, font.family = "Arial")),
                                    fp_p = fp_par(padding.bottom = 10)))
    }
    if (k == 2 && i == 1) {
      pq <- fp_par(text.align = "center", padding = 8, border.top = fp_border(color = navy, width = 1.5),
                   border.bottom = fp_border(color = navy, width = 1.5))
      doc <- body_add_fpar(doc, fpar(ftext(D$pullquote, fp_text(italic = TRUE, font.size = 15, color = navy, font.family = "Georgia")), fp_p = pq))
    }
    if (k == 2 && i == 2) {
      # framed sidebar with its own heading: bordered, shaded paragraphs
      bd <- fp_border(color = navy, width = 1)
      box <- function(top, bottom) fp_par(shading.color = "#E8EEF5", padding.left = 8, padding.right = 8,
                                         padding.top = if (top) 6 else 2, padding.bottom = if (bottom) 6 else 2,
                                         border.left = bd, border.right = bd,
                                         border.top = if (top) bd else fp_border(width = 0),
                                         border.bottom = if (bottom) bd else fp_border(width = 0))
      doc <- body_add_fpar(doc, fpar(ftext(D$sidebar_title, fp_text(bold = TRUE, font.size = 12, color = navy, font.family = "Arial")), fp_p = box(TRUE, FALSE)))
      n <- length(D$sidebar)
      for (j in seq_len(n)) doc <- body_add_fpar(doc, fpar(ftext(D$sidebar[[j]], fp_text(font.size = 10, font.family = "Arial")), fp_p = box(FALSE, j == n)))
    }
  }
}
# particulars table (label cells in the first column)
doc <- body_add_fpar(doc, fpar(ftext(D$table_head, fp_text(bold = TRUE, font.size = 10, font.family = "Arial")), fp_p = fp_par(padding.top = 12)))
tab <- data.frame(Item = sapply(D$table, `[[`, 1), Value = sapply(D$table, `[[`, 2))
doc <- body_add_table(doc, tab, style = "table_template", header = FALSE)
# header and footer through the default section
sec <- prop_section(page_size = page_size(orient = "portrait"), type = "continuous",
                    header_default = block_list(fpar(ftext(D$header, fp_text(font.size = 8, color = grey)))),
                    footer_default = block_list(fpar(ftext(D$footer, fp_text(font.size = 8, color = grey)))))
doc <- body_set_default_section(doc, sec)
doc <- set_doc_properties(doc, title = paste(D$title_lines[[1]], D$title_lines[[2]]), creator = "Harbourside Galleries")
print(doc, target = out)
