import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

// Every page loads the stores, so nothing they reach may load the content schemas (bank, guide,
// lexicon) or their formatter: the landing page's budget (docs/decisions/006-one-validator.md).
// Type-only imports are erased and allowed.
const srcDir = fileURLToPath(new URL('../../src', import.meta.url));
const storeDir = join(srcDir, 'store');

function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from '([^']+)'/gms)].flatMap(
    (m) => (m[1] === undefined ? [] : [m[1]]),
  );
}

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(from), specifier);
  const file = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f));
  return file ?? null;
}

function reachableFrom(entries: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    const specifiers = staticImports(file);
    seen.set(file, specifiers);
    for (const specifier of specifiers) {
      const next = resolveModule(file, specifier);
      if (next !== null) queue.push(next);
    }
  }
  return seen;
}

const stores = readdirSync(storeDir)
  .filter((name) => /\.tsx?$/.test(name))
  .map((name) => join(storeDir, name));
const graph = reachableFrom(stores);

test('the stores reach the saved-progress and invite parsers', () => {
  const files = [...graph.keys()].map((file) => relative(srcDir, file));
  expect(files).toEqual(
    expect.arrayContaining(['domain/saved-quiz.ts', 'domain/invite.ts', 'domain/present.ts']),
  );
});

const CONTENT_SCHEMAS =
  /^domain\/(?:schema|content-issues|parse-bank|guide-[a-z]+|[a-z-]+-schema)\.ts$|^domain\/posting\//;

test('no module the stores reach loads a content schema', () => {
  const reached = [...graph.keys()].map((file) => relative(srcDir, file));
  expect(reached.filter((file) => CONTENT_SCHEMAS.test(file))).toEqual([]);
});
