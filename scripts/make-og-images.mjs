// Dev only: renders the per-type Open Graph preview images to public/og/<type>.v<N>.png (1200x630).
// The PNGs are committed, so `vite build` never needs a browser. Run: npm run og:images
// After changing the design or a text, raise VERSION (LinkedIn caches a preview by its URL for about
// a week) and update the og:image URL in src/routes/share-result.tsx to match.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const VERSION = 1;
const WIDTH = 1200;
const HEIGHT = 630;
const MAX_BYTES = 300 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}public/og/`;

/**
 * One entry per result type. `quadrant` is where the type sits on the results map: strategic up,
 * tactical down, team-facing left, market-facing right. Names must match TYPE_NAMES.
 */
const TYPES = [
  {
    slug: 'product-manager',
    name: 'Product Manager fit',
    line: 'Looks outward and ahead: customers, the market and where the product should go next.',
    quadrant: 'top-right',
  },
  {
    slug: 'product-owner',
    name: 'Product Owner fit',
    line: 'Works close to the team: turns goals into a clear, ordered backlog and keeps delivery moving.',
    quadrant: 'bottom-left',
  },
  {
    slug: 'strategic-technical',
    name: 'Strategic-technical hybrid',
    line: 'Sets long-range direction from inside the team: platforms, architecture and technical bets.',
    quadrant: 'top-left',
  },
  {
    slug: 'customer-facing',
    name: 'Customer-facing hybrid',
    line: 'Close to users day to day: turns what customers say into concrete, near-term improvements.',
    quadrant: 'bottom-right',
  },
  {
    slug: 'balanced',
    name: 'Balanced / full-stack product person',
    line: 'Moves between strategy and delivery, market and team, as the work needs.',
    quadrant: 'centre',
  },
];

/** Fails early if a type was added or renamed in the domain without updating this list. */
function checkAgainstDomain() {
  const source = readFileSync(`${root}src/domain/result-types.ts`, 'utf8');
  const block = /TYPE_NAMES[^{]*\{([^}]*)\}/.exec(source)?.[1] ?? '';
  const names = new Map(
    [...block.matchAll(/'?([a-z-]+)'?\s*:\s*'([^']*)'/g)].map((m) => [m[1], m[2]]),
  );
  const problems = [];
  for (const t of TYPES) {
    if (names.get(t.slug) !== t.name)
      problems.push(`${t.slug}: "${t.name}" vs "${names.get(t.slug)}"`);
  }
  for (const slug of names.keys()) {
    if (!TYPES.some((t) => t.slug === slug)) problems.push(`${slug}: no image entry`);
  }
  if (problems.length > 0) {
    throw new Error(`make-og-images: out of step with TYPE_NAMES:\n  ${problems.join('\n  ')}`);
  }
}

const escapeHtml = (s) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/** A small 2x2 map with the type's quadrant (or the centre, for balanced) highlighted. */
function quadrantMap(quadrant) {
  const cells = [
    ['top-left', 'Strategic-technical'],
    ['top-right', 'Product Manager'],
    ['bottom-left', 'Product Owner'],
    ['bottom-right', 'Customer-facing'],
  ]
    .map(
      ([pos, label]) =>
        `<div class="cell ${pos === quadrant ? 'on' : ''}"><span>${escapeHtml(label)}</span></div>`,
    )
    .join('');
  const centre = quadrant === 'centre' ? '<div class="centre on"></div>' : '';
  return `
    <div class="map-wrap" aria-hidden="true">
      <div class="axis top">strategic</div>
      <div class="map-row">
        <div class="axis side left">team</div>
        <div class="map">${cells}${centre}</div>
        <div class="axis side right">market</div>
      </div>
      <div class="axis bottom">tactical</div>
    </div>`;
}

function page(t) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(t.name)}</title>
<style>
  * { box-sizing: border-box; margin: 0; }
  html, body { width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
  body {
    background: #fbfaf7; color: #1d1f23;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    display: flex; flex-direction: column; padding: 56px 72px 52px;
    border-top: 12px solid #1f4e8c;
  }
  .brand { display: flex; align-items: center; gap: 14px; font-size: 34px; font-weight: 700; color: #1f4e8c; letter-spacing: -0.01em; }
  .brand svg { width: 44px; height: 44px; }
  .main { flex: 1; display: flex; align-items: center; gap: 56px; }
  .text { flex: 1; }
  .eyebrow { font-size: 24px; color: #4f5560; text-transform: uppercase; letter-spacing: 0.08em; margin-bottom: 14px; }
  h1 { font-size: ${t.name.length > 28 ? 56 : 62}px; line-height: 1.1; font-weight: 750; letter-spacing: -0.02em; text-wrap: balance; }
  .line { margin-top: 22px; font-size: 28px; line-height: 1.4; color: #4f5560; max-width: 640px; text-wrap: pretty; }
  .cta { font-size: 28px; font-weight: 600; color: #1d1f23; border-top: 2px solid #cfcbc2; padding-top: 22px; }
  .cta strong { color: #1f4e8c; }

  .map-wrap { display: flex; flex-direction: column; align-items: center; gap: 8px; }
  .map-row { display: flex; align-items: center; gap: 10px; }
  .axis { font-size: 18px; color: #4f5560; }
  .axis.side { writing-mode: vertical-rl; }
  .axis.left { transform: rotate(180deg); }
  .map {
    position: relative; width: 280px; height: 280px; display: grid;
    grid-template-columns: 1fr 1fr; grid-template-rows: 1fr 1fr; gap: 6px;
  }
  .cell {
    background: #f1efe9; border-radius: 10px; display: flex; align-items: center; justify-content: center;
    padding: 10px; text-align: center; font-size: 16px; line-height: 1.25; color: #4f5560;
  }
  .cell.on { background: #1f4e8c; color: #ffffff; font-weight: 700; }
  .centre {
    position: absolute; left: 50%; top: 50%; width: 104px; height: 104px; margin: -52px 0 0 -52px;
    border-radius: 50%; background: #1f4e8c; border: 8px solid #fbfaf7;
  }
</style></head>
<body>
  <div class="brand">
    <svg viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f4e8c"/><path d="M9 23V9h7a4.5 4.5 0 0 1 0 9h-7m7 0 5 5" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>
    rolefit
  </div>
  <div class="main">
    <div class="text">
      <p class="eyebrow">Result type</p>
      <h1>${escapeHtml(t.name)}</h1>
      <p class="line">${escapeHtml(t.line)}</p>
    </div>
    ${quadrantMap(t.quadrant)}
  </div>
  <p class="cta">Product Manager or Product Owner? <strong>Take the free quiz</strong></p>
</body></html>`;
}

/** Reads width and height from a PNG's IHDR chunk. */
function pngSize(buf) {
  const sig = buf.subarray(0, 8).toString('hex');
  if (sig !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

checkAgainstDomain();
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: HEIGHT },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    javaScriptEnabled: false,
  });
  // Inline template only: refuse every network request so nothing external can slip in.
  await context.route('**/*', (route) => route.abort());
  const tab = await context.newPage();
  for (const t of TYPES) {
    await tab.setContent(page(t), { waitUntil: 'load' });
    const png = await tab.screenshot({
      type: 'png',
      clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT },
    });
    const { width, height } = pngSize(png);
    if (width !== WIDTH || height !== HEIGHT) throw new Error(`${t.slug}: ${width}x${height}`);
    if (png.length > MAX_BYTES)
      throw new Error(`${t.slug}: ${png.length} bytes (max ${MAX_BYTES})`);
    const file = `${outDir}${t.slug}.v${VERSION}.png`;
    writeFileSync(file, png);
    console.log(
      `${file.slice(root.length)}  ${width}x${height}  ${(statSync(file).size / 1024).toFixed(1)} KB`,
    );
  }
} finally {
  await browser.close();
}
