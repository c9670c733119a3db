// Dev only: renders the per-type Open Graph preview images to public/og/<type>.v<N>.png (1200x630),
// and the German ones to public/og/de/<type>.v<N>.png (German names from questions/lang/de/roles.json,
// lines from src/words/de/share.ts). The PNGs are committed, so `vite build` never needs a browser.
// Run: npm run og:images
// After changing the design or a text, raise VERSION (LinkedIn caches a preview by its URL for about
// a week) and update OG_IMAGE_VERSION in src/routes/share-result.tsx to match. The images show the
// site's address: run with VITE_SITE_ORIGIN set to the real origin, as for a release build.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const VERSION = 2;
const WIDTH = 1200;
const HEIGHT = 630;
const MAX_BYTES = 300 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}public/og/`;
/** The address shown on the images: the release origin's host, or the local placeholder. */
const SITE_HOST = (() => {
  try {
    const url = new URL(process.env.VITE_SITE_ORIGIN ?? '');
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.host;
  } catch {
    // Not a URL: the placeholder below.
  }
  console.warn('make-og-images: VITE_SITE_ORIGIN is not set; the images show rolefit.example');
  return 'rolefit.example';
})();

/**
 * One entry per result type. `quadrant` is where the type sits on the results map: strategic up,
 * tactical down, team-facing left, market-facing right. Names must match TYPE_NAMES.
 */
const ENGLISH_TYPES = [
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
  for (const t of ENGLISH_TYPES) {
    if (names.get(t.slug) !== t.name)
      problems.push(`${t.slug}: "${t.name}" vs "${names.get(t.slug)}"`);
  }
  for (const slug of names.keys()) {
    if (!ENGLISH_TYPES.some((t) => t.slug === slug)) problems.push(`${slug}: no image entry`);
  }
  if (problems.length > 0) {
    throw new Error(`make-og-images: out of step with TYPE_NAMES:\n  ${problems.join('\n  ')}`);
  }
}

/**
 * The German images' words: each type's name from questions/lang/de/roles.json (as the German pages
 * show it) and its line from src/words/de/share.ts (`typeLines`, as the German preview description
 * says it), so the image and the page's tags never disagree.
 */
function germanTypes() {
  const roles = JSON.parse(readFileSync(`${root}questions/lang/de/roles.json`, 'utf8'));
  const words = readFileSync(`${root}src/words/de/share.ts`, 'utf8');
  const block = /typeLines:\s*\{([\s\S]*?)\n\s*\},/.exec(words)?.[1] ?? '';
  const lines = new Map(
    [...block.matchAll(/'?([a-z-]+)'?:\s*(['"])((?:(?!\2).)*)\2,/g)].map((m) => [m[1], m[3]]),
  );
  return ENGLISH_TYPES.map((t) => {
    const name = roles.types?.[t.slug]?.name;
    const line = lines.get(t.slug);
    if (!name || !line) throw new Error(`make-og-images: no German name or line for ${t.slug}`);
    return { ...t, name, line };
  });
}

/** Each language's images: where they go, and the words around the type. */
const LANGUAGES = [
  {
    code: 'en',
    folder: '',
    types: ENGLISH_TYPES,
    eyebrow: 'Result type',
    cta: 'Product Manager or Product Owner? Take the free quiz at',
    address: SITE_HOST,
    regions: {
      'top-left': 'Strategic-technical',
      'top-right': 'Product Manager',
      'bottom-left': 'Product Owner',
      'bottom-right': 'Customer-facing',
    },
    axes: { up: 'strategic', down: 'tactical', left: 'team-facing', right: 'market-facing' },
  },
  {
    code: 'de',
    folder: 'de/',
    types: germanTypes(),
    eyebrow: 'Ergebnistyp',
    cta: 'Product Manager oder Product Owner? Fragebogen auf',
    address: `${SITE_HOST}/de`,
    regions: {
      'top-left': 'Strategisch-technisch',
      'top-right': 'Product Manager',
      'bottom-left': 'Product Owner',
      'bottom-right': 'Kundennah',
    },
    axes: { up: 'strategisch', down: 'taktisch', left: 'teamorientiert', right: 'marktorientiert' },
  },
];

const escapeHtml = (s) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/**
 * A clean 2x2 map as SVG: the four regions with their names in the outer corners, the type's region
 * (or the centre, for balanced) filled with the accent, and the axes in words. No numbers.
 */
function quadrantMap(quadrant, language) {
  const size = 340;
  const half = size / 2;
  const cells = [
    ['top-left', language.regions['top-left'], 0, 0, 'start'],
    ['top-right', language.regions['top-right'], half, 0, 'end'],
    ['bottom-left', language.regions['bottom-left'], 0, half, 'start'],
    ['bottom-right', language.regions['bottom-right'], half, half, 'end'],
  ];
  const rects = cells
    .map(([pos, , x, y]) => {
      const on = pos === quadrant;
      return `<rect x="${x}" y="${y}" width="${half}" height="${half}" fill="${on ? '#1f4e8c' : '#f1efe9'}"/>`;
    })
    .join('');
  // Each name on two lines (at its space or hyphen), so the four never run into each other.
  const names = cells
    .map(([pos, label, x, y, anchor]) => {
      const on = pos === quadrant;
      const tx = anchor === 'start' ? x + 14 : x + half - 14;
      const ty = y < half ? y + 30 : y + half - 40;
      const lines = label.split(/(?<=-)|\s+/);
      const spans = lines
        .map((line, i) => `<tspan x="${tx}" dy="${i === 0 ? 0 : 23}">${escapeHtml(line)}</tspan>`)
        .join('');
      return `<text x="${tx}" y="${ty}" text-anchor="${anchor}" fill="${on ? '#ffffff' : '#4f5560'}" font-weight="${on ? 700 : 400}">${spans}</text>`;
    })
    .join('');
  const centre =
    quadrant === 'centre'
      ? `<circle cx="${half}" cy="${half}" r="58" fill="#1f4e8c" stroke="#fbfaf7" stroke-width="8"/>`
      : '';
  return `
    <svg class="map" viewBox="-40 -36 ${size + 80} ${size + 72}" width="${size + 80}" height="${size + 72}" aria-hidden="true">
      ${rects}
      <rect x="0" y="0" width="${size}" height="${size}" fill="none" stroke="#cfcbc2" stroke-width="2"/>
      <path d="M${half} 0V${size}M0 ${half}H${size}" stroke="#4f5560" stroke-width="2"/>
      <g font-size="19">${names}</g>
      ${centre}
      <g font-size="18" fill="#1d1f23">
        <text x="${half}" y="-12" text-anchor="middle">${language.axes.up}</text>
        <text x="${half}" y="${size + 28}" text-anchor="middle">${language.axes.down}</text>
        <text transform="translate(-14 ${half}) rotate(-90)" text-anchor="middle">${language.axes.left}</text>
        <text transform="translate(${size + 26} ${half}) rotate(90)" text-anchor="middle">${language.axes.right}</text>
      </g>
    </svg>`;
}

function page(t, language) {
  return `<!doctype html>
<html lang="${language.code}"><head><meta charset="utf-8"><title>${escapeHtml(t.name)}</title>
<style>
  * { box-sizing: border-box; margin: 0; }
  html, body { width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
  body {
    background: #fbfaf7; color: #1d1f23;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    display: flex; flex-direction: column; padding: 48px 64px 40px;
    border-top: 12px solid #1f4e8c;
  }
  .brand { display: flex; align-items: center; gap: 16px; font-size: 36px; font-weight: 750; color: #1f4e8c; letter-spacing: -0.01em; }
  .brand svg { width: 48px; height: 48px; }
  .main { flex: 1; display: flex; align-items: center; gap: 40px; }
  .text { flex: 1; }
  .eyebrow { font-size: 22px; font-weight: 600; color: #4f5560; text-transform: uppercase; letter-spacing: 0.08em; margin-bottom: 14px; }
  h1 { font-size: ${t.name.length > 28 ? 54 : 62}px; line-height: 1.1; font-weight: 750; letter-spacing: -0.02em; text-wrap: balance; }
  .line { margin-top: 20px; font-size: 27px; line-height: 1.4; color: #4f5560; max-width: 600px; text-wrap: pretty; }
  .cta { font-size: 28px; font-weight: 500; color: #1d1f23; border-top: 2px solid #cfcbc2; padding-top: 20px; }
  .cta strong { color: #1f4e8c; font-weight: 750; }
  .map { flex: none; }
</style></head>
<body>
  <div class="brand">
    <svg viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f4e8c"/><path d="M9 23V9h7a4.5 4.5 0 0 1 0 9h-7m7 0 5 5" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>
    rolefit
  </div>
  <div class="main">
    <div class="text">
      <p class="eyebrow">${escapeHtml(language.eyebrow)}</p>
      <h1>${escapeHtml(t.name)}</h1>
      <p class="line">${escapeHtml(t.line)}</p>
    </div>
    ${quadrantMap(t.quadrant, language)}
  </div>
  <p class="cta">${escapeHtml(language.cta)} <strong>${escapeHtml(language.address)}</strong></p>
</body></html>`;
}

/** Reads width and height from a PNG's IHDR chunk. */
function pngSize(buf) {
  const sig = buf.subarray(0, 8).toString('hex');
  if (sig !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

checkAgainstDomain();
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
  for (const language of LANGUAGES) {
    mkdirSync(`${outDir}${language.folder}`, { recursive: true });
    for (const t of language.types) {
      await tab.setContent(page(t, language), { waitUntil: 'load' });
      const png = await tab.screenshot({
        type: 'png',
        clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT },
      });
      const { width, height } = pngSize(png);
      if (width !== WIDTH || height !== HEIGHT) throw new Error(`${t.slug}: ${width}x${height}`);
      if (png.length > MAX_BYTES)
        throw new Error(`${t.slug}: ${png.length} bytes (max ${MAX_BYTES})`);
      const file = `${outDir}${language.folder}${t.slug}.v${VERSION}.png`;
      writeFileSync(file, png);
      console.log(
        `${file.slice(root.length)}  ${width}x${height}  ${(statSync(file).size / 1024).toFixed(1)} KB`,
      );
    }
  }
} finally {
  await browser.close();
}
