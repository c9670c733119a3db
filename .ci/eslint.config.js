// Run as `eslint -c .ci/eslint.config.js .`; patterns resolve from the cwd.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * One-way imports, from the one list of layers (.ci/layers.json, explained in docs/architecture.md):
 * a layer may import itself and the layers it names in `imports`, nothing else.
 */
const { layers } = JSON.parse(readFileSync(new URL('./layers.json', import.meta.url), 'utf8'));
const layerZones = layers.flatMap((layer) => {
  const from = layers
    .filter((other) => other !== layer && !layer.imports.includes(other.name))
    .flatMap((other) => other.paths.map((p) => `./${p}`));
  return from.length === 0
    ? []
    : layer.paths.map((p) => ({
        target: `./${p}`,
        from,
        message: `The ${layer.name} layer may import only: ${layer.imports.join(', ') || 'nothing'} (see docs/architecture.md).`,
      }));
});

export default tseslint.config(
  { ignores: ['dist', 'e2e-out', 'lh', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: fileURLToPath(new URL('..', import.meta.url)),
      },
    },
  },
  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat['recommended-latest'], jsxA11y.flatConfigs.recommended],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // import-x parses only .js files unless told otherwise; no-cycle must follow .ts/.tsx imports.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['.ci/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);
