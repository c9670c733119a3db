import { describe, expect, it } from 'vitest';
import { LANGUAGES, pathIn, stripAnyBase, stripBase } from '../../src/config/languages';

const [english, german] = LANGUAGES;

describe('language addresses', () => {
  it.each([
    ['/', '/de/'],
    ['/quiz', '/de/quiz'],
    ['/r/product-owner/', '/de/r/product-owner/'],
    ['/c/', '/de/c/'],
  ])('%s is %s in German and itself in English', (path, inGerman) => {
    expect(pathIn(german, path)).toBe(inGerman);
    expect(pathIn(english, path)).toBe(path);
  });

  it.each([
    ['/de/quiz', '/quiz'],
    ['/de/', '/'],
    ['/de', '/'],
    ['/de/r/balanced/', '/r/balanced/'],
    ['/quiz', '/quiz'],
    ['/dex/quiz', '/dex/quiz'],
    ['/deutsch', '/deutsch'],
  ])('%s names the page %s in any language', (pathname, page) => {
    expect(stripAnyBase(pathname)).toBe(page);
  });

  it('the English build strips nothing (its pages have no prefix)', () => {
    expect(stripBase('/de/quiz')).toBe('/de/quiz');
    expect(stripBase('/quiz')).toBe('/quiz');
  });

  it('English is first, at the root; every other language has a folder of its own', () => {
    expect(english.base).toBe('');
    const bases = LANGUAGES.slice(1).map((l) => l.base);
    expect(bases.every((b) => /^\/[a-z]{2,3}$/.test(b))).toBe(true);
    expect(new Set(LANGUAGES.map((l) => l.code)).size).toBe(LANGUAGES.length);
  });
});
