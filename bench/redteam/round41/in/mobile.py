import json, sys, re
from playwright.sync_api import sync_playwright
BASE = sys.argv[1]; PAGES = sys.argv[2].split(','); TAG = sys.argv[3]
JS = r"""
() => {
 const vw = document.documentElement.clientWidth;
 const res = {};
 res.scrollW = document.documentElement.scrollWidth; res.vw = vw;
 const over = [];
 for (const el of document.querySelectorAll('body *')) { const r = el.getBoundingClientRect(); const cs=getComputedStyle(el);
   if (r.width>0 && r.right > vw+1 && cs.position!=='fixed' && cs.visibility!=='hidden') { let p=el.parentElement, clipped=false; while(p){const o=getComputedStyle(p).overflowX; if(o==='auto'||o==='scroll'||o==='hidden'){clipped=true;break;} p=p.parentElement;} if(!clipped) over.push(el.tagName.toLowerCase()+(el.id?'#'+el.id:'')+(el.className&&typeof el.className==='string'?'.'+el.className.split(' ')[0]:'')+':'+Math.round(r.right)); } }
 res.overflow = over.slice(0,6); res.overflowN = over.length;
 const small=[];
 for (const el of document.querySelectorAll('a[href],button,input,select,textarea,summary,[role=button],[tabindex]:not([tabindex="-1"])')) {
   const r=el.getBoundingClientRect(); if(r.width===0&&r.height===0) continue;
   const inline = el.tagName==='A' && el.closest('p,li,blockquote,td,figcaption') && (el.closest('p,blockquote,td,figcaption')) ;
   if ((r.width<24||r.height<24) && !inline) small.push(el.tagName.toLowerCase()+'"'+(el.textContent||el.value||el.getAttribute('aria-label')||'').trim().slice(0,20)+'" '+Math.round(r.width)+'x'+Math.round(r.height)); }
 res.smallTargets = small.slice(0,8); res.smallN = small.length;
 const f = document.querySelector('a[href],button,input'); res.firstFocusable = f ? (f.outerHTML.slice(0,90)) : null;
 const skip = document.querySelector('a[href^="#"]'); res.skipTargetExists = skip ? !!document.getElementById(skip.getAttribute('href').slice(1)) : null;
 const hs=[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h=>+h.tagName[1]); res.h1=hs.filter(x=>x===1).length; res.headJumps=hs.some((h,i)=>i>0&&h>hs[i-1]+1);
 res.landmarks = {main:document.querySelectorAll('main,[role=main]').length, nav:document.querySelectorAll('nav,[role=navigation]').length, header:document.querySelectorAll('header,[role=banner]').length, footer:document.querySelectorAll('footer').length};
 res.imgNoAlt = [...document.querySelectorAll('img')].filter(i=>!i.hasAttribute('alt')).length;
 res.svgNoName = [...document.querySelectorAll('svg')].filter(s=>!s.getAttribute('aria-label')&&!s.getAttribute('aria-hidden')&&!s.querySelector('title')&&!s.getAttribute('aria-labelledby')&&!s.getAttribute('role')).length;
 res.lang = document.documentElement.lang; res.langParts=[...document.querySelectorAll('[lang]')].map(e=>e.getAttribute('lang')).filter((v,i,a)=>a.indexOf(v)===i);
 res.title = document.title;
 res.unlabelled = [...document.querySelectorAll('input,select,textarea')].filter(i=>i.type!=='hidden'&&!i.labels?.length&&!i.getAttribute('aria-label')&&!i.getAttribute('aria-labelledby')).map(i=>i.name||i.id).slice(0,5);
 function lum(c){const m=c.match(/[\d.]+/g); if(!m) return null; const [r,g,b]=m.slice(0,3).map(v=>{v/=255;return v<=0.03928?v/12.92:Math.pow((v+0.055)/1.055,2.4)}); return [0.2126*r+0.7152*g+0.0722*b, m[3]===undefined?1:+m[3]];}
 function bg(el){while(el){const c=getComputedStyle(el).backgroundColor; const l=lum(c); if(l&&l[1]>0.5) return l[0]; el=el.parentElement;} return 1;}
 const low=[];
 for (const el of document.querySelectorAll('p,a,li,span,h1,h2,h3,button,label,small,figcaption,td,th,summary,cite,dt,dd')) { if(!el.textContent.trim()) continue; const r=el.getBoundingClientRect(); if(r.width===0) continue;
   const fg=lum(getComputedStyle(el).color); if(!fg) continue; const b=bg(el); const ratio=(Math.max(fg[0],b)+0.05)/(Math.min(fg[0],b)+0.05); const fs=parseFloat(getComputedStyle(el).fontSize);
   if (ratio < (fs>=24?3:4.5)) low.push(el.tagName.toLowerCase()+'"'+el.textContent.trim().slice(0,18)+'" '+ratio.toFixed(2)); }
 res.lowContrast = [...new Set(low)].slice(0,6); res.lowContrastN = low.length;
 res.textLen = document.body.innerText.length;
 return res;
}"""
with sync_playwright() as p:
    br = p.chromium.launch(executable_path='/usr/bin/chromium', args=['--no-sandbox'])
    out = {}
    for js in (True, False):
        ctx = br.new_context(viewport={'width':360,'height':740}, device_scale_factor=2, is_mobile=True, has_touch=True, java_script_enabled=js)
        pg = ctx.new_page(); errs=[]
        pg.on('pageerror', lambda e: errs.append(str(e)[:150])); pg.on('console', lambda m: errs.append('console:'+m.text[:150]) if m.type=='error' else None)
        for path in PAGES:
            url = BASE + path
            try:
                r = pg.goto(url, wait_until='load', timeout=30000); pg.wait_for_timeout(700 if js else 100)
                res = pg.evaluate(JS); res['status'] = r.status if r else None
                if js:
                    foc=[]
                    pg.keyboard.press('Tab')
                    for i in range(25):
                        d = pg.evaluate("()=>{const e=document.activeElement; const r=e.getBoundingClientRect(); const cs=getComputedStyle(e); return e.tagName.toLowerCase()+'|'+(e.getAttribute('href')||e.getAttribute('aria-label')||e.textContent||'').trim().slice(0,22)+'|'+(cs.outlineStyle!=='none'||cs.boxShadow!=='none'?'ring':'NOFOCUSRING')+'|'+(r.bottom>0&&r.top<740&&r.right>0&&r.left<360?'vis':'offscreen')}")
                        foc.append(d); pg.keyboard.press('Tab')
                    res['tabOrder'] = foc
                    safe = re.sub(r'[^a-z0-9]+','_',path)[:40]
                    if path in ('/', '/map', '/timeline', '/graph', '/documents/wakeley_journal_1711', '/compare','/people') or path.endswith('index.html'): pg.screenshot(path=f'/work/redteam41/out/shots/{TAG}{safe}.png', full_page=False)
                res['errors'] = errs[:]; errs.clear()
            except Exception as e:
                res = {'EXC': str(e)[:200]}
            out[('js' if js else 'nojs')+' '+path] = res
        ctx.close()
    br.close()
json.dump(out, open(f'/work/redteam41/logs/mobile_{TAG}.json','w'), indent=1, ensure_ascii=False)
print('done', len(out))
