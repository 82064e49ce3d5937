import Head from 'next/head';
import fs from 'fs';
import path from 'path';

// The exhibit text comes from build/next/data/exhibit.json, written by build/mk_html.py.
export async function getStaticProps() {
  const file = path.join(process.cwd(), 'data', 'exhibit.json');
  return { props: { ex: JSON.parse(fs.readFileSync(file, 'utf8')) } };
}

function Para({ text }) {
  return <p>{text}</p>;
}

function Section({ s, children }) {
  return (
    <section className="panel" aria-labelledby={`h-${s.label}`}>
      <header className="panel-head">
        <span className="num" aria-hidden="true">{s.label}</span>
        <h2 id={`h-${s.label}`}>{s.title}</h2>
      </header>
      {children}
    </section>
  );
}

function Figure({ c }) {
  return (
    <div className="figure-row">
      <figure className="object">
        <img src="img/grey.png" alt="Jar of grey volcanic ash" width="320" height="200" loading="lazy" />
      </figure>
      <div className="caption" role="note">
        <b>{c.position}:</b> {c.text} <span className="credit">{c.credit}</span>
      </div>
    </div>
  );
}

export default function Exhibit({ ex }) {
  const [s1, s2, s3] = ex.sections;
  return (
    <>
      <Head>
        <title>{`${ex.title_lines.join(' ')} — Cascade Hall of Earth Sciences`}</title>
        <meta name="description" content={ex.intro} />
        <meta property="og:title" content={ex.title_lines[0]} />
      </Head>
      <div className="site">
        <header className="masthead">
          <a className="logo" href="#">Cascade Hall of Earth Sciences</a>
          <nav aria-label="Language" className="lang">
            <a href="#" aria-current="true" lang="en">English</a>
            <a href="#" lang="es">Español</a>
            <a href="#" lang="ja">日本語</a>
          </nav>
          <nav aria-label="Main" className="main-nav">
            <a href="#">Visit</a><a href="#">Exhibitions</a><a href="#">Collections</a><a href="#">Learn</a>
          </nav>
        </header>
        <main id="story">
          <p className="kicker">{ex.kicker}</p>
          <h1>{ex.title_lines[0]} <span className="sub">{ex.title_lines[1]}</span></h1>
          <p className="standfirst">{ex.intro}</p>

          <div className="tabs" role="tablist" aria-label="Ways to explore">
            <button role="tab" aria-selected="true" aria-controls="tab-story" id="t1">The story</button>
            <button role="tab" aria-selected="false" aria-controls="tab-timeline" id="t2">Timeline</button>
          </div>

          <div role="tabpanel" id="tab-story" aria-labelledby="t1">
            <div className="story-page" id="page-1" data-page="1">
              <Section s={s1}>{s1.paras.map((t, i) => <Para key={i} text={t} />)}</Section>
              <Section s={s2}>
                <Para text={s2.paras[0]} />
                <Figure c={s2.caption} />
                <Para text={s2.paras[1]} />
                <p className="break-before">{ex.split[0]}</p>
              </Section>
              <nav className="pager" aria-label="Story pages">
                <span>Page 1 of 2</span> <a href="#page-2">Continue reading on page 2 →</a>
              </nav>
            </div>
            <div className="story-page" id="page-2" data-page="2">
              <nav className="pager" aria-label="Story pages">
                <a href="#page-1">← Back to page 1</a> <span>Page 2 of 2</span>
              </nav>
              <div className="panel continued">
                <p className="break-after">{ex.split[1]}</p>
              </div>
              <Section s={s3}>{s3.paras.map((t, i) => <Para key={i} text={t} />)}</Section>

              <div className="accordion">
                <h2 className="acc-head">
                  <button aria-expanded="false" aria-controls="acc-1" id="acc-b1">{ex.sidebar.title}</button>
                </h2>
                <div id="acc-1" role="region" aria-labelledby="acc-b1" className="acc-body" hidden>
                  {ex.sidebar.paras.map((t, i) => <Para key={i} text={t} />)}
                </div>
              </div>
            </div>
          </div>

          <div role="tabpanel" id="tab-timeline" aria-labelledby="t2" hidden>
            <ol className="timeline">
              {ex.timeline.map(([d, t], i) => <li key={i}><time>{d}</time> {t}</li>)}
            </ol>
          </div>
        </main>
        <footer className="site-foot">
          <p>© Cascade Hall of Earth Sciences · 1200 Ridge Avenue · Open Tuesday to Sunday</p>
          <p><a href="#">Accessibility</a> · <a href="#">Privacy</a> · <a href="#">Newsletter</a></p>
        </footer>
      </div>
    </>
  );
}
