// wieliczka_salt_mine_1368.html with HonKit (GitBook-style static book generator, npm).
// Writes build/book/ (book.json, SUMMARY.md, README.md with raw HTML sections), runs `honkit build`,
// and copies the single page up as NAME.html with its picture in img/.
import fs from "fs";
import path from "path";
import { execFileSync } from "child_process";
import { fileURLToPath } from "url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.dirname(HERE);
const NAME = "wieliczka_salt_mine_1368";
const E = JSON.parse(fs.readFileSync(path.join(HERE, "texts.json"), "utf8"))[NAME];
const BOOK = path.join(HERE, "book");
const WWW = path.join(HERE, "book-www");
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

fs.rmSync(BOOK, { recursive: true, force: true });
fs.mkdirSync(path.join(BOOK, "img"), { recursive: true });
fs.copyFileSync(path.join(HERE, "grey.png"), path.join(BOOK, "img", "winch.png"));

fs.writeFileSync(path.join(BOOK, "book.json"), JSON.stringify({
  title: "Wawel Salt Trust \u2013 Underground Galleries",
  language: "en",
  plugins: ["-sharing", "-fontsettings"],
  styles: { website: "styles/website.css" },
}, null, 2));
fs.mkdirSync(path.join(BOOK, "styles"));
fs.writeFileSync(path.join(BOOK, "styles", "website.css"), ".kicker{text-transform:uppercase;letter-spacing:.1em}\n");

const ids = ["level-1", "level-2", "level-3"];
let summary = "# Summary\n\n* [Salt Beneath Krak\u00f3w](README.md)\n";
E.sections.forEach((s, i) => { summary += `    * [${s.label} \u00b7 ${s.title}](README.md#${ids[i]})\n`; });
summary += `    * [${E.sidebar.title}](README.md#legend)\n`;
fs.writeFileSync(path.join(BOOK, "SUMMARY.md"), summary);

const roman = { "Level I": "1", "Level II": "2", "Level III": "3" };
let md = "";
md += `<style>
.lede{font-size:1.25em}
h1 .sub{display:block;font-size:.55em;font-weight:400}
.level{display:block;font-size:.6em;letter-spacing:.12em;text-transform:uppercase;color:#8a5a2b}
figure.plate figcaption{font-size:.9em}
figure.plate cite{display:block;font-style:normal;font-size:.8em;color:#666}
blockquote.pull{font-size:1.5em;border-left:4px solid #8a5a2b}
blockquote.pull .by{font-size:.6em}
aside.legend{background:#f3eee4;padding:1em}
</style>

<p class="kicker">${esc(E.kicker)}</p>

<h1 id="salt-beneath-krakow">${esc(E.title_lines[0])}<span class="sub">${esc(E.title_lines[1])}</span></h1>

<p class="lede">${esc(E.intro)}</p>

`;
E.sections.forEach((s, i) => {
  md += `<section aria-labelledby="${ids[i]}" class="level-${roman[s.label]}">\n`;
  md += `<h2 id="${ids[i]}"><span class="level">${esc(s.label)}</span> ${esc(s.title)}</h2>\n`;
  s.paras.forEach((p, pi) => {
    md += `<p>${esc(p)}</p>\n`;
    if (s.caption && pi === 0) {
      const c = s.caption;
      // caption before the picture, credit in <cite>
      md += `<figure class="plate">\n<figcaption>${esc(c.text)} <cite>${esc(c.credit)}</cite></figcaption>\n` +
            `<img src="img/winch.png" alt="A wooden horse winch in a salt chamber" width="600" height="380">\n</figure>\n`;
    }
  });
  md += `</section>\n\n`;
  if (i === 1) {
    md += `<blockquote class="pull"><p>${esc(E.quote)}</p><p class="by">${esc(E.quote_by)}</p></blockquote>\n\n`;
    md += `<table class="facts"><caption>The mine in figures</caption>\n<tr><th scope="row">Levels</th><td>nine</td></tr>\n` +
          `<tr><th scope="row">Deepest level</th><td>327 m</td></tr>\n<tr><th scope="row">Visitor route</th><td>64\u2013135 m</td></tr>\n</table>\n\n`;
  }
});
md += `<aside class="legend" aria-labelledby="legend">\n<h3 id="legend">${esc(E.sidebar.title)}</h3>\n`;
E.sidebar.paras.forEach((p) => { md += `<p>${esc(p)}</p>\n`; });
md += `</aside>\n`;
fs.writeFileSync(path.join(BOOK, "README.md"), md);

fs.rmSync(WWW, { recursive: true, force: true });
execFileSync(path.join(HERE, "node_modules", ".bin", "honkit"), ["build", BOOK, WWW], { stdio: "inherit" });
let html = fs.readFileSync(path.join(WWW, "index.html"), "utf8");
fs.writeFileSync(path.join(OUT, NAME + ".html"), html);
fs.mkdirSync(path.join(OUT, "img"), { recursive: true });
fs.copyFileSync(path.join(HERE, "grey.png"), path.join(OUT, "img", "winch.png"));
console.log("wrote", NAME + ".html");
