import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/config/languages';

// Every language's words: the same modules, exports and keys as English (the source), and the same
// kind of value under each key (text, a function taking the same number of arguments, a list of the
// same length). tsc checks the types too (each module is typed with the English one); this test also
// catches a module or export that exists in one language only, which tsc cannot see.
const modules = import.meta.glob<Record<string, unknown>>('../../src/words/*/*.ts', {
  eager: true,
});

function byLanguage(code: string): Map<string, Record<string, unknown>> {
  const prefix = `../../src/words/${code}/`;
  return new Map(
    Object.entries(modules)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, module]) => [path.slice(prefix.length), module]),
  );
}

/** The shape of a words value: key paths with the kind of value at each ("text", "fn/2", …). */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [`${path}: text`];
  if (typeof value === 'function') return [`${path}: fn/${value.length}`];
  if (Array.isArray(value)) {
    return [`${path}: list/${value.length}`, ...value.flatMap((v, i) => shape(v, `${path}[${i}]`))];
  }
  if (value !== null && typeof value === 'object') {
    return Object.keys(value)
      .sort()
      .flatMap((key) =>
        shape((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
      );
  }
  return [`${path}: ${typeof value}`];
}

/** Text values, for the empty-text check. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

const english = byLanguage('en');

describe.each(LANGUAGES.filter((l) => l.code !== 'en'))('words in $name ($code)', ({ code }) => {
  const words = byLanguage(code);

  it('has every English module and no other', () => {
    expect([...words.keys()].sort()).toEqual([...english.keys()].sort());
  });

  // content.ts and content-bank.ts point at questions/lang/<code>/, which the build checks key by key
  // against the source.
  const interfaceFiles = [...english.keys()].filter((file) => !file.startsWith('content'));

  it.each(interfaceFiles)('%s has the same keys and kinds of value as English', (file) => {
    const source = english.get(file) ?? {};
    const translated = words.get(file) ?? {};
    const withoutLocale = (m: Record<string, unknown>) =>
      file === 'locale.ts' ? { ...m, locale: Object.keys(m.locale as object) } : m;
    expect(shape(withoutLocale(translated))).toEqual(shape(withoutLocale(source)));
  });

  it('has no empty text', () => {
    for (const file of interfaceFiles) {
      const module = words.get(file);
      for (const text of texts(module)) expect(text.trim(), file).not.toBe('');
    }
  });

  it('says which language it is', () => {
    expect((words.get('locale.ts')?.locale as { code: string }).code).toBe(code);
  });
});
