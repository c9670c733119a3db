import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import loaderSinks from '../../src/embed-loader/loader-sinks.json';

/** The loader must stay dependency-free: it may import only the protocol and its own checks. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  'loader.ts': ['./loader-checks', './protocol'],
  'loader-checks.ts': ['./protocol'],
  'protocol.ts': [],
};

test.each(Object.entries(ALLOWED))('%s imports only %j', (file, allowed) => {
  const source = readFileSync(new URL(`../../src/embed-loader/${file}`, import.meta.url), 'utf8');
  const imports = [...source.matchAll(/^import[^;]*?from '([^']+)'/gms)].map((m) => m[1]);
  expect(imports.every((path) => path !== undefined && allowed.includes(path))).toBe(true);
});

test('the loader source has none of the dangerous sinks', () => {
  const source = ['loader.ts', 'loader-checks.ts', 'protocol.ts']
    .map((file) => readFileSync(new URL(`../../src/embed-loader/${file}`, import.meta.url), 'utf8'))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  // The same list scripts/check-embed-size.mjs checks in the built loader, plus a '*' target origin.
  for (const sink of [...loaderSinks, "'*'"]) expect(source).not.toContain(sink);
});
