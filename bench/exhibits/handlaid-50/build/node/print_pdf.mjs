// Print Paged.js-laid HTML files to PDF with Debian's Chromium (puppeteer-core, no bundled browser).
import puppeteer from "puppeteer-core";
import path from "node:path";
import fs from "node:fs";
const files = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--font-render-hinting=none"] });
for (const f of files) {
  const page = await browser.newPage();
  page.on("console", (m) => { if (m.type() === "error") console.error(path.basename(f), m.text()); });
  await page.goto("file://" + path.resolve(f), { waitUntil: "load" });
  await page.waitForFunction("window.__pagedDone === true", { timeout: 60000 });
  const n = await page.evaluate(() => document.querySelectorAll(".pagedjs_page").length);
  // which soft hyphens ended up at a line end (first pass of mk_pdf.py keeps only those in the second pass)
  const used = await page.evaluate(() => {
    const root = document.querySelector(".pagedjs_pages");
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const top = (node, i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
      const b = r.getClientRects(); return b.length ? b[0].top : null; };
    let idx = 0, res = [], n;
    while ((n = w.nextNode())) {
      const t = n.data;
      for (let i = 0; i < t.length; i++) {
        if (t[i] !== "\u00ad") continue;
        if (i === 0 || i === t.length - 1) { res.push(idx); }
        else { const a = top(n, i - 1), b = top(n, Math.min(i + 2, t.length - 1)); if (a !== null && b !== null && Math.abs(b - a) > 2) res.push(idx); }
        idx++;
      }
    }
    return { total: idx, used: res };
  });
  if (process.env.SHY_DIR) fs.writeFileSync(path.join(process.env.SHY_DIR, path.basename(f).replace(/\.html$/, ".shy.json")), JSON.stringify(used));
  const out = f.replace(/\.html$/, ".pdf");
  await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
  console.log(path.basename(out), "pages:", n);
  await page.close();
}
await browser.close();
