// node scripts/check-embed-size.mjs — run after `vite build`.
//
// The embed loader's budget and static guards (issue #5): dist/embed/v1/embed.js must be at most 3 KB
// gzip (-9; 1 KB = 1000 bytes, as Vite and scripts/budgets.mjs count), its per-version copy must be the
// same file, and neither the loader nor the embed page's chunks may contain a dangerous sink or a
// postMessage to '*'. Exit code 1 on any failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET = 3000;
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const loaderFile = join(dist, 'embed', 'v1', 'embed.js');

/** Sinks that must never appear in the loader (case-sensitive, as built); the source test uses them too. */
const LOADER_SINKS = JSON.parse(
  readFileSync(join(root, 'src', 'embed-loader', 'loader-sinks.json'), 'utf8'),
);
/** postMessage with a '*' target origin, in any quoting. */
const STAR_TARGET = /postMessage\([^()]*(?:\([^()]*\)[^()]*)*,\s*["'`]\*["'`]/;

const problems = [];
if (!existsSync(loaderFile)) {
  console.error('check-embed-size: dist/embed/v1/embed.js not found. Run "vite build" first.');
  process.exit(1);
}
const loader = readFileSync(loaderFile);
const gzip = gzipSync(loader, { level: 9 }).length;
console.log(
  `embed loader: ${loader.length} bytes, ${gzip} bytes gzip (budget ${BUDGET}; ${BUDGET - gzip} left)`,
);
if (gzip > BUDGET) problems.push(`embed.js is ${gzip} bytes gzip, over the ${BUDGET} budget`);

const versions = readdirSync(join(dist, 'embed')).filter((name) => /^\d+\.\d+\.\d+$/.test(name));
if (versions.length === 0) problems.push('no per-version copy dist/embed/<semver>/embed.js');
for (const version of versions) {
  const copy = join(dist, 'embed', version, 'embed.js');
  if (!existsSync(copy) || !readFileSync(copy).equals(loader))
    problems.push(`dist/embed/${version}/embed.js differs from dist/embed/v1/embed.js`);
}

const code = loader.toString('utf8');
for (const sink of LOADER_SINKS)
  if (code.includes(sink)) problems.push(`embed.js contains "${sink}"`);

// The embed page's own chunks (named after src/embed and src/routes/embed*) never post to '*'.
const assets = join(dist, 'assets');
const embedChunks = readdirSync(assets).filter((name) => /^embed.*\.js$/.test(name));
if (embedChunks.length === 0) problems.push('no embed chunks found in dist/assets');
for (const file of [loaderFile, ...embedChunks.map((name) => join(assets, name))]) {
  if (STAR_TARGET.test(readFileSync(file, 'utf8')))
    problems.push(`${file.slice(root.length)} posts a message to '*'`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log(
  `✓ embed loader within budget; no sinks; no postMessage to '*' (${embedChunks.length + 1} files)`,
);
