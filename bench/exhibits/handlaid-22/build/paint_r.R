# Paints an ops list (TSV) with R's own pdf() graphics device, in the order given. Base-14 Times/Helvetica, WinAnsi.
args <- commandArgs(TRUE)
ops <- read.delim(args[1], header = FALSE, quote = "", comment.char = "", stringsAsFactors = FALSE,
                  fileEncoding = "UTF-8", na.strings = character(0), colClasses = "character")
W <- as.numeric(ops[1, 4]); H <- as.numeric(ops[1, 5])
pdf(args[2], width = W / 72, height = H / 72, encoding = "WinAnsi", title = args[3], family = "Times",
    useDingbats = FALSE, onefile = TRUE, pointsize = 12)
par(mar = c(0, 0, 0, 0), xaxs = "i", yaxs = "i")
fam <- c(serif = "Times", sans = "Helvetica")
for (i in seq_len(nrow(ops))) {
  r <- ops[i, ]
  k <- r[[1]]
  if (k == "page") {
    plot.new(); plot.window(c(0, W), c(0, H))
  } else if (k == "text") {
    f <- strsplit(r[[5]], "-")[[1]]
    face <- 1
    if (length(f) > 1) face <- c(b = 2, i = 3, bi = 4)[[f[2]]]
    text(as.numeric(r[[2]]), as.numeric(r[[3]]), r[[4]], adj = c(0, 0), family = fam[[f[1]]], font = face,
         cex = as.numeric(r[[6]]) / 12, col = rgb(as.numeric(r[[7]]), as.numeric(r[[8]]), as.numeric(r[[9]])))
  } else if (k == "rect") {
    x <- as.numeric(r[[2]]); y <- as.numeric(r[[3]])
    rect(x, y, x + as.numeric(r[[4]]), y + as.numeric(r[[5]]), border = NA,
         col = rgb(as.numeric(r[[7]]), as.numeric(r[[8]]), as.numeric(r[[9]])))
  } else if (k == "line") {
    segments(as.numeric(r[[2]]), as.numeric(r[[3]]), as.numeric(r[[4]]), as.numeric(r[[5]]),
             lwd = as.numeric(r[[6]]) / 0.75, col = rgb(as.numeric(r[[7]]), as.numeric(r[[8]]), as.numeric(r[[9]])))
  }
}
invisible(dev.off())
