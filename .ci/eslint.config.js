// Run as `eslint -c .ci/eslint.config.js .`; patterns resolve from the cwd.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import { fileURLToPath } from 'node:url';

/** One-way imports: questions (data) -> domain -> store -> components/routes -> app. */
const layers = [
  {
    target: './src/domain',
    from: ['./src/content', './src/store', './src/components', './src/routes', './src/app'],
  },
  {
    target: './src/content',
    from: ['./src/store', './src/components', './src/routes', './src/app'],
  },
  { target: './src/store', from: ['./src/components', './src/routes', './src/app'] },
  { target: './src/components', from: ['./src/routes', './src/app', './src/store'] },
  { target: './src/routes', from: ['./src/app/main.tsx'] },
];

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
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layers }] },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  { files: ['.ci/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);
