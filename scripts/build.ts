// npm run build — the site in every language: English at dist/ first (it empties dist/), then each
// other language into its folder (dist/de/), one `vite build --mode <code>` each, in the order of
// src/config/languages.ts. docs/decisions/007-languages.md.
import { spawnSync } from 'node:child_process';
import { LANGUAGES } from '../src/config/languages.ts';

for (const language of LANGUAGES) {
  const args = [
    '--no-install',
    'vite',
    'build',
    ...(language.base === '' ? [] : ['--mode', language.code]),
  ];
  console.log(`\n▶ ${language.name}: npx ${args.slice(1).join(' ')}`);
  const run = spawnSync('npx', args, { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
