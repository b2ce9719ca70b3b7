#!/usr/bin/env node
// Opens each HTML file bargain wrote in Debian's chromium, headless, the
// way a reader or a printer would, and fails when it is not fit to read:
//
//   - axe-core finds an accessibility violation (WCAG 2.1 A and AA);
//   - printed on US Letter or on A4 it takes more pages than --pages N;
//   - at 320 px wide its text runs off the side of the screen;
//   - an element it is for is missing (--expect SELECTOR: a redline's del);
//   - it logs a console error or a resource fails to load;
//   - with --structure: no lang, not one h1, an id twice, an image without
//     alt, a table without caption or a header without scope, a link to a
//     file or place that is not there.
//
// It also saves screenshots of each page beside the file (FILE.360.png at
// 360 px wide, FILE.png at 1280 px), for a
// person to look at. Usage:
//   node check_html.js [--pages N] [--expect SELECTOR]... [--browser PATH] FILE.html...
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');
const puppeteer = require('puppeteer-core');

function parse(argv) {
  const args = { pages: 0, browser: process.env.CHROMIUM || '/usr/bin/chromium', files: [], expect: [], structure: false };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--pages') args.pages = Number(argv[++i]);
    else if (argv[i] === '--browser') args.browser = argv[++i];
    else if (argv[i] === '--expect') args.expect.push(argv[++i]);
    else if (argv[i] === '--structure') args.structure = true;
    else args.files.push(argv[i]);
  }
  return args;
}

// A PDF's pages, by its page objects: chromium writes one /Type /Page each.
function pageCount(pdf) {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

async function check(browser, file, args) {
  const problems = [];
  const page = await browser.newPage();
  // Nothing may fail to load or complain: a page that needs a missing file
  // or throws is broken for the member who opens it.
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed to load ${r.url()}: ${r.failure() && r.failure().errorText}`));
  await page.goto(`http://127.0.0.1:${args.port}${encodeURI(path.resolve(file))}`, { waitUntil: 'load' });

  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  for (const v of result.violations)
    for (const node of v.nodes) problems.push(`axe ${v.id}: ${v.help}: ${node.target.join(' ')}`);

  // What the page is for must be on it as the browser built it: a
  // redline's <del> and <ins>, say (--expect SELECTOR, each at least once).
  for (const selector of args.expect) {
    const n = await page.evaluate((sel) => document.querySelectorAll(sel).length, selector);
    if (n === 0) problems.push(`has no ${selector}`);
  }

  // --structure: what a screen reader and a validator need of a page.
  if (args.structure) {
    const found = await page.evaluate(() => {
      const out = [];
      if (!document.documentElement.getAttribute('lang')) out.push('no lang on <html>');
      const h1 = document.querySelectorAll('h1').length;
      if (h1 !== 1) out.push(`${h1} h1 headings, not one`);
      const ids = {};
      for (const e of document.querySelectorAll('[id]')) ids[e.id] = (ids[e.id] || 0) + 1;
      for (const [id, n] of Object.entries(ids)) if (n > 1) out.push(`id ${id} is used ${n} times`);
      for (const img of document.querySelectorAll('img')) if (!img.hasAttribute('alt')) out.push(`an image with no alt: ${img.src}`);
      for (const t of document.querySelectorAll('table')) {
        if (!t.querySelector('caption')) out.push('a table with no caption');
        for (const th of t.querySelectorAll('th')) if (!th.getAttribute('scope')) out.push(`a table header with no scope: ${th.textContent}`);
      }
      // Every link inside the site goes somewhere that exists.
      const links = [];
      for (const a of document.querySelectorAll('a[href]')) links.push(a.getAttribute('href'));
      return { out, links, here: location.href };
    });
    problems.push(...found.out);
    for (const href of found.links) {
      if (/^(https?|webcal|mailto):/.test(href)) continue;
      const target = new URL(href, found.here);
      const local = decodeURIComponent(target.pathname);  // served from the file system's own paths
      if (!fs.existsSync(local)) { problems.push(`a link to a missing file: ${href}`); continue; }
      if (target.hash && local.endsWith('.html')) {
        const id = decodeURIComponent(target.hash.slice(1));
        const text = fs.readFileSync(local, 'utf8');
        if (!text.includes(`id="${id}"`)) problems.push(`a link to a missing place: ${href}`);
      }
    }
  }

  if (args.pages > 0) {
    for (const format of ['Letter', 'A4']) {
      const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: false });
      const n = pageCount(pdf);
      if (n > args.pages) problems.push(`prints on ${n} ${format} pages, more than ${args.pages}`);
    }
  }

  await page.setViewport({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) problems.push(`at 320 px wide it runs ${overflow} px off the side`);

  // A phone held upright, and a laptop: the screenshots a person looks at.
  await page.setViewport({ width: 360, height: 740 });
  const narrow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (narrow > 0) problems.push(`at 360 px wide it runs ${narrow} px off the side`);
  await page.screenshot({ path: file + '.360.png', fullPage: true });
  await page.setViewport({ width: 1280, height: 900 });
  await page.screenshot({ path: file + '.png', fullPage: true });
  await page.close();
  return problems;
}

async function main() {
  const args = parse(process.argv.slice(2));
  if (args.files.length === 0) {
    console.error('usage: check_html.js [--pages N] [--browser PATH] FILE.html...');
    process.exit(2);
  }
  // Pages are served over HTTP, as members get them (under file:// the
  // browser refuses what axe-core reads of a stylesheet): each URL path is
  // the file's own path, on the loopback interface only.
  const server = http.createServer((req, res) => {
    const local = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // The browser asks for a site icon on its own; our pages name none.
    if (local === '/favicon.ico') { res.writeHead(204); res.end(); return; }
    fs.readFile(local, (err, data) => {
      if (err) { res.writeHead(404); res.end(); return; }
      const type = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml',
                     '.png': 'image/png', '.ics': 'text/calendar' }[path.extname(local)] || 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': type });
      res.end(data);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  args.port = server.address().port;
  const browser = await puppeteer.launch({
    executablePath: args.browser,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
  let failed = 0;
  try {
    for (const file of args.files) {
      const problems = await check(browser, file, args);
      for (const p of problems) console.log(`${file}: ${p}`);
      if (problems.length === 0) console.log(`${file}: ok`);
      failed += problems.length > 0;
    }
  } finally {
    await browser.close();
    server.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(2);
});
