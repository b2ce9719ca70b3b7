#!/usr/bin/env node
// Opens each HTML file bargain wrote in Debian's chromium, headless, the
// way a reader or a printer would, and fails when it is not fit to read:
//
//   - axe-core finds an accessibility violation (WCAG 2.1 A and AA);
//   - printed on US Letter or on A4 it takes more pages than --pages N;
//   - at 320 px wide its text runs off the side of the screen;
//   - an element it is for is missing (--expect SELECTOR: a redline's del).
//
// It also saves a screenshot of each page beside the file (FILE.png), for a
// person to look at. Usage:
//   node check_html.js [--pages N] [--expect SELECTOR]... [--browser PATH] FILE.html...
'use strict';

const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

function parse(argv) {
  const args = { pages: 0, browser: process.env.CHROMIUM || '/usr/bin/chromium', files: [], expect: [] };
  for (let i = 0; i < argv.length; ++i) {
    if (argv[i] === '--pages') args.pages = Number(argv[++i]);
    else if (argv[i] === '--browser') args.browser = argv[++i];
    else if (argv[i] === '--expect') args.expect.push(argv[++i]);
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
  await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });

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

  await page.setViewport({ width: 900, height: 1100 });
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
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e.stack || String(e));
  process.exit(2);
});
