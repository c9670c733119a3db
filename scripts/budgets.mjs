// node scripts/budgets.mjs [--dist <dir>]
//
// JavaScript budgets over the production build (run `vite build` first). Prints every chunk with its raw
// and gzip size, then loads pages in headless Chromium from a small static server over dist/ and sums
// the gzip size of every script the page actually fetched (service workers blocked, so only the page's
// own requests count):
//   landing        "/" until the network is idle (hydrated)
//   quiz question  "/" -> "Start the full quiz" -> the first question (landing + everything /quiz needs)
//   quiz reload    "/quiz" opened cold with that progress saved (the same question after a reload)
//   embed loader   dist/embed/v1/embed.js, when it exists (a file size, not a page load)
// and the same three pages in German ("/de/", "/de/quiz"; dist/de/ is the German build, issue #15),
// each language in a fresh browser context, with the same budgets.
// It also fails when any script in dist/ contains a markdown parser: the methods page is rendered from
// docs/scoring.md at build time (scripts/markdown-plugin.ts), so none should ship.
//
// Each budget is the target from issue #6 and is enforced: exit code 1 when a page is over, naming by
// how much. How the pages stay under them: docs/performance.md ("JavaScript budgets").
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const KB = 1000; // Vite and the issue report kB as 1000 bytes.
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const distIndex = args.indexOf('--dist');
const dist = resolve(repoRoot, distIndex === -1 ? 'dist' : (args[distIndex + 1] ?? 'dist'));

/**
 * The languages measured: the path prefix of their pages and the landing page's "start the full
 * quiz" button (src/words/<code>/home.ts). A language whose build is missing is skipped, with a note.
 * English, the source, is measured without a suffix or a note.
 */
const LANGUAGES = [
  { suffix: '', note: null, base: '', start: 'Start the full quiz' },
  { suffix: 'De', note: 'de', base: '/de', start: 'Vollständigen Fragebogen ausfüllen' },
];

/** Issue #6 budgets (KB gzip), the same for every language's pages. */
const PAGE_BUDGETS = [
  { id: 'landing', page: 'landing page', notes: [], limit: 90 },
  { id: 'quiz', page: 'quiz question', notes: [], limit: 110 },
  { id: 'quizReload', page: 'quiz question', notes: ['reload'], limit: 110 },
];
const BUDGETS = {
  ...Object.fromEntries(
    LANGUAGES.flatMap(({ suffix, note }) =>
      PAGE_BUDGETS.map(({ id, page, notes, limit }) => {
        const all = note === null ? notes : [...notes, note];
        const label = all.length === 0 ? page : `${page} (${all.join(', ')})`;
        return [`${id}${suffix}`, { label, limit }];
      }),
    ),
  ),
  embedLoader: { label: 'embed loader', limit: 3 },
};

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => (bytes / KB).toFixed(2);

if (!existsSync(join(dist, 'index.html'))) {
  console.error(
    `budgets: ${relative(repoRoot, dist)}/index.html not found. Run "vite build" first.`,
  );
  process.exit(1);
}

// ---------- the chunk table ----------

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const sizes = new Map(); // "/assets/x.js" -> { raw, gzip }
for (const file of listFiles(dist)) {
  if (!/\.(js|css)$/.test(file) || file.endsWith('sw.js') || /workbox-[\w-]+\.js$/.test(file))
    continue;
  const bytes = readFileSync(file);
  const url = `/${relative(dist, file).split(sep).join('/')}`;
  sizes.set(url, { raw: bytes.length, gzip: gzipSize(bytes) });
}

// ---------- no markdown parser in the browser ----------

/** Strings each parser's own code carries (error messages, its repository), kept by any minifier. */
const MARKDOWN_PARSERS = [
  { name: 'marked', pattern: /markedjs\/marked|marked\(\): input parameter/ },
  { name: 'markdown-it', pattern: /markdown-it/ },
  { name: 'micromark', pattern: /micromark/ },
];
const parserChunks = [];
for (const file of listFiles(dist)) {
  if (!file.endsWith('.js')) continue;
  const text = readFileSync(file, 'utf8');
  for (const { name, pattern } of MARKDOWN_PARSERS) {
    if (pattern.test(text)) parserChunks.push(`${relative(dist, file)} contains ${name}`);
  }
}

// ---------- a static server over dist/, as any static host would serve it ----------

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

function resolveFile(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((p) => p.startsWith(dist) && existsSync(p) && statSync(p).isFile());
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  let file;
  try {
    file = resolveFile(pathname);
  } catch {
    file = undefined;
  }
  const status = file ? 200 : 404;
  file ??= join(dist, '404.html');
  res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

// ---------- page loads in Chromium ----------

const { chromium } = await import('playwright-core');
const executablePath =
  process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const measured = {}; // budget id -> Set of script URLs
let browser;
try {
  browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const record = (page) => {
    const scripts = new Set();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === origin && url.pathname.endsWith('.js')) scripts.add(url.pathname);
    });
    return scripts;
  };

  for (const { suffix, base, start } of LANGUAGES) {
    if (!existsSync(join(dist, `.${base}`, 'index.html'))) {
      console.warn(`budgets: no ${relative(repoRoot, dist)}${base}/index.html; not measured.`);
      continue;
    }
    // A fresh context per language: no progress saved by the other language's run.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const scripts = record(page);
    await page.goto(`${origin}${base}/`, { waitUntil: 'networkidle' });
    measured[`landing${suffix}`] = new Set(scripts);

    await page.getByRole('button', { name: start }).click();
    await page.waitForURL(`${origin}${base}/quiz`);
    await page.locator('input[type="radio"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    measured[`quiz${suffix}`] = new Set(scripts);
    await page.close();

    const cold = await context.newPage();
    const coldScripts = record(cold);
    await cold.goto(`${origin}${base}/quiz`, { waitUntil: 'networkidle' });
    await cold.locator('input[type="radio"]').first().waitFor();
    await cold.waitForLoadState('networkidle');
    measured[`quizReload${suffix}`] = coldScripts;
    await context.close();
  }
} catch (error) {
  console.error(`budgets: could not measure pages in Chromium: ${String(error)}`);
  console.error('Install Chromium (Debian: apt-get install -y chromium) or set CHROME_PATH.');
  await browser?.close();
  server.close();
  process.exit(1);
}
await browser.close();
server.close();

// ---------- report ----------

const rows = [...sizes].sort((a, b) => b[1].gzip - a[1].gzip);
// One column per page for every language: a German chunk is marked where the German page loads it.
const mark = (id, url) =>
  measured[id]?.has(url) || measured[`${id}De`]?.has(url) ? '  x  ' : '     ';
console.log('Chunks in the build (kB = 1000 bytes; gzip -9):\n');
console.log('| file | raw kB | gzip kB | landing | quiz |');
console.log('|---|---:|---:|:---:|:---:|');
for (const [url, { raw, gzip }] of rows) {
  console.log(`| ${url} | ${kb(raw)} | ${kb(gzip)} |${mark('landing', url)}|${mark('quiz', url)}|`);
}

const total = (urls) => [...urls].reduce((sum, url) => sum + (sizes.get(url)?.gzip ?? 0), 0);
const results = [];
for (const id of Object.keys(BUDGETS).filter((id) => measured[id])) {
  const unknown = [...measured[id]].filter((url) => !sizes.has(url));
  if (unknown.length > 0)
    console.warn(`budgets: fetched scripts not in dist/: ${unknown.join(', ')}`);
  results.push({ id, bytes: total(measured[id]), count: measured[id].size });
}
const loader = sizes.get('/embed/v1/embed.js');
if (loader) results.push({ id: 'embedLoader', bytes: loader.gzip, count: 1 });

console.log('\nJavaScript per page (gzip):\n');
console.log('| what | scripts | gzip kB | budget kB (issue #6) | headroom kB | result |');
console.log('|---|---:|---:|---:|---:|---|');
let failed = false;
for (const { id, bytes, count } of results) {
  const { label, limit } = BUDGETS[id];
  const over = bytes > limit * KB;
  failed ||= over;
  const verdict = over ? `FAIL: ${kb(bytes - limit * KB)} kB over` : 'ok';
  console.log(
    `| ${label} | ${count} | ${kb(bytes)} | ${limit} | ${kb(limit * KB - bytes)} | ${verdict} |`,
  );
}
if (!loader)
  console.log('| embed loader | - | - | 3 | - | not built (no dist/embed/v1/embed.js) |');
if (parserChunks.length > 0) {
  failed = true;
  console.log(`\nbudgets: a markdown parser ships to the browser:\n  ${parserChunks.join('\n  ')}`);
  console.log(
    'Render markdown at build time instead (`?html` imports, scripts/markdown-plugin.ts).',
  );
} else {
  console.log('\nNo markdown parser in any script of the build.');
}
console.log(
  failed
    ? '\nbudgets: over budget. What counts and how to get back under: docs/performance.md.'
    : '\nbudgets: every page within its budget.',
);
process.exit(failed ? 1 : 0);
