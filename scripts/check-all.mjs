// npm run check — every check the project has, in order, ending with one plain "N passed, N failed" line.
// Unit and browser tests count one per test; each other step (types, lint, format, build) counts as one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  { name: 'typecheck', cmd: ['npx', '--no-install', 'tsc', '--noEmit'] },
  {
    name: 'lint',
    cmd: ['npx', '--no-install', 'eslint', '-c', '.ci/eslint.config.js', '.', '--max-warnings=0'],
  },
  { name: 'format', cmd: ['npx', '--no-install', 'prettier', '--check', '.'] },
  {
    name: 'unit',
    cmd: ['npx', '--no-install', 'vitest', 'run'],
    counts: /unit: (\d+) passed, (\d+) failed/,
  },
  // Every language: English at the root, then each other language in its folder (dist/de/).
  { name: 'build', cmd: ['npm', 'run', 'build'] },
  // The embed loader's 3 KB gzip budget and its no-sink / no-'*' guards (scripts/check-embed-size.mjs).
  { name: 'embed-size', cmd: ['node', 'scripts/check-embed-size.mjs'] },
  // JavaScript per page against docs/performance.md's budgets; loads pages in Chromium.
  { name: 'budgets', cmd: ['node', 'scripts/budgets.mjs'], needsBrowser: true },
  {
    name: 'e2e',
    cmd: ['npx', '--no-install', 'playwright', 'test', '-c', 'test/e2e/playwright.config.ts'],
    counts: /e2e: (\d+) passed, (\d+) failed/,
    needsBrowser: true,
  },
];

const browser =
  process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps) {
  if (step.needsBrowser && !browser) {
    console.error(
      `\n✗ ${step.name}: no Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`,
    );
    failed += 1;
    summary.push([step.name, 'no browser']);
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  process.stdout.write(run.stdout ?? '');
  process.stderr.write(run.stderr ?? '');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const match = step.counts ? step.counts.exec(run.stdout ?? '') : null;
  if (match) {
    const p = Number(match[1]);
    const f = Number(match[2]) + (run.status !== 0 && Number(match[2]) === 0 ? 1 : 0);
    passed += p;
    failed += f;
    summary.push([step.name, `${p} passed, ${f} failed (${seconds}s)`]);
  } else if (run.status === 0 && !step.counts) {
    passed += 1;
    summary.push([step.name, `ok (${seconds}s)`]);
  } else {
    failed += 1;
    summary.push([step.name, `FAILED, exit ${run.status} (${seconds}s)`]);
  }
}
console.log('\nSummary');
for (const [name, text] of summary) console.log(`  ${name.padEnd(10)} ${text}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
