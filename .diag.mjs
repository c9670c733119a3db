import { chromium } from '@playwright/test';
const [,, path, ...wordsToFind] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4392' + path);
await page.waitForLoadState('networkidle');
const out = await page.evaluate((ws) => {
  const res = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n;
  while ((n = walker.nextNode())) {
    const t = n.textContent;
    for (const w of ws) {
      if (new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(t)) {
        const el = n.parentElement;
        res.push(`${w} | <${el.tagName.toLowerCase()} lang=${el.closest('[lang]')?.lang}> ${t.trim().slice(0, 100)}`);
      }
    }
  }
  return res;
}, wordsToFind);
console.log([...new Set(out)].join('\n'));
await browser.close();
