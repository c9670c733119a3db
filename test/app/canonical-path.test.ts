import { expect, test } from 'vitest';
import { canonicalPathname } from '../../src/app/canonical-path';

test.each([
  ['/quiz/index.html', '/quiz'],
  ['/index.html', '/'],
  ['/roles/index.html', '/roles'],
  ['/how-it-works/index.html', '/how-it-works'],
  ['/r/product-owner/index.html', '/r/product-owner/'],
  ['/c/index.html', '/c/'],
  ['/embed/index.html', '/embed/'],
])('the file address %s shows the page at %s', (file, page) => {
  expect(canonicalPathname(file)).toBe(page);
});

test.each([
  '/',
  '/quiz',
  '/quiz/',
  '/r/product-owner/',
  '/404.html',
  '/no-such/index.html',
  '/quiz/index.htm',
])('%s is left as it is', (path) => {
  expect(canonicalPathname(path)).toBe(path);
});
