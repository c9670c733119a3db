import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

interface Layer {
  name: string;
  paths: string[];
  imports: string[];
}

const root = new URL('..', import.meta.url);
const { layers } = JSON.parse(readFileSync(new URL('.ci/layers.json', root), 'utf8')) as {
  layers: Layer[];
};

const inPath = (file: string, path: string) => file === path || file.startsWith(`${path}/`);

test('every file under src/ sits in exactly one layer', () => {
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', 'src'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((file) => file !== '');
  expect(files.length).toBeGreaterThan(50);
  const misplaced = files.filter(
    (file) => layers.filter((layer) => layer.paths.some((path) => inPath(file, path))).length !== 1,
  );
  expect(misplaced).toEqual([]);
});

test('each layer imports only layers that exist, and none imports the app', () => {
  const names = layers.map((layer) => layer.name);
  for (const layer of layers) {
    for (const name of layer.imports) expect(names).toContain(name);
    expect(layer.imports).not.toContain('app');
  }
});

/** Lints probe files written into the real tree, so the real config and resolver see them. */
async function lintProbes(probes: Record<string, string>): Promise<string[]> {
  const paths = Object.keys(probes).map((file) => new URL(file, root));
  try {
    Object.values(probes).forEach((source, i) => writeFileSync(paths[i] ?? '', source));
    const eslint = new ESLint({
      cwd: new URL('.', root).pathname,
      overrideConfigFile: '.ci/eslint.config.js',
    });
    const results = await eslint.lintFiles(Object.keys(probes));
    return results.flatMap((result) => result.messages.map((message) => message.ruleId ?? ''));
  } finally {
    for (const path of paths) rmSync(path, { force: true });
  }
}

test('the lint rejects an import against the layers and an import cycle', async () => {
  const rules = await lintProbes({
    // domain may not import a page
    'src/domain/zz-layer-probe.ts':
      "import { HomePage } from '../routes/home';\nexport const probe = HomePage;\n",
    // two domain files that import each other
    'src/domain/zz-cycle-probe-a.ts':
      "import { b } from './zz-cycle-probe-b';\nexport const a = (): number => b() + 1;\n",
    'src/domain/zz-cycle-probe-b.ts':
      "import { a } from './zz-cycle-probe-a';\nexport const b = (): number => 1;\nexport const c = a;\n",
  });
  expect(rules).toContain('import-x/no-restricted-paths');
  expect(rules.filter((rule) => rule === 'import-x/no-cycle')).toHaveLength(2);
}, 120_000);
