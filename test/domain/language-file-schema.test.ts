import { expect, test } from 'vitest';
import { checkTextLanguage, type TextSource } from '../../src/domain/language-file-schema';
import { hashTextTree } from '../../src/domain/text-tree';

const FILE = 'questions/lang/xx/guide.json';

/** A small English source: items keyed by id, a fixed object, a list and an optional field. */
const source: TextSource<{
  types: Record<string, { name: string; roles: string[] }>;
  guide: { intro: string; rows: { aspect: string; note?: string }[] };
}> = {
  file: 'questions/guide.json',
  texts: {
    types: {
      'product-owner': { name: 'Product Owner fit', roles: ['Team PO', 'SAFe PO'] },
      balanced: { name: 'Balanced', roles: ['Both'] },
    },
    guide: {
      intro: 'Two roles.',
      rows: [{ aspect: 'Focus', note: 'In Scrum…' }, { aspect: 'Time' }],
    },
  },
  itemSections: ['types'],
};
const fingerprint = hashTextTree(source.texts);

type File = {
  language: unknown;
  review: unknown;
  translates: unknown;
  types: Record<string, Record<string, unknown> & { roles: unknown[] }>;
  guide: Record<string, unknown> & { rows: Record<string, unknown>[] };
  [key: string]: unknown;
};

/** A valid translation as plain JSON, for breaking by hand. */
function validFile(): File {
  return {
    language: 'xx',
    review: { status: 'unverified' },
    translates: fingerprint,
    types: {
      'product-owner': { name: 'XX PO', roles: ['XX Team PO', 'XX SAFe PO'] },
      balanced: { name: 'XX Balanced', roles: ['XX Both'] },
    },
    guide: {
      intro: 'XX Two.',
      rows: [{ aspect: 'XX Focus', note: 'XX Scrum' }, { aspect: 'XX Time' }],
    },
  };
}

const NOT_TEXT =
  'is not a text of questions/guide.json: a language file holds only text, under the same keys; ' +
  'ids, source keys, URLs, years and numbers come from questions/guide.json';

test('a complete text-only file passes and comes back as parsed', () => {
  expect(checkTextLanguage(FILE, validFile(), source)).toEqual({ ok: true, value: validFile() });
});

test('a verified file names its reviewer and date', () => {
  const file = {
    ...validFile(),
    review: { status: 'verified', reviewer: 'A. Reviewer', date: '2026-12-03' },
  };
  expect(checkTextLanguage(FILE, file, source).ok).toBe(true);
});

test.each<[string, (f: File) => unknown, string[]]>([
  [
    'a missing item',
    (f) => {
      delete f.types.balanced;
      return f;
    },
    [`${FILE}: types (id "balanced"): is missing`],
  ],
  [
    'a missing field of an item',
    (f) => {
      delete f.types['product-owner']!.name;
      return f;
    },
    [`${FILE}: types (id "product-owner") field "name": is missing`],
  ],
  [
    'text attached to an id the source does not have',
    (f) => {
      f.types['strategic-everything'] = { name: 'XX Alles', roles: [] };
      return f;
    },
    [`${FILE}: types (id "strategic-everything"): ${NOT_TEXT}`],
  ],
  [
    'a text moved to another id (one missing, one unknown)',
    (f) => {
      f.types.balance = f.types.balanced!;
      delete f.types.balanced;
      return f;
    },
    [`${FILE}: types (id "balanced"): is missing`, `${FILE}: types (id "balance"): ${NOT_TEXT}`],
  ],
  [
    'an empty text',
    (f) => {
      f.guide.intro = '  ';
      return f;
    },
    [`${FILE}: field "guide.intro": must not be empty`],
  ],
  [
    'an empty text in a list',
    (f) => {
      f.types.balanced!.roles[0] = '';
      return f;
    },
    [`${FILE}: types (id "balanced") field "roles[0]": must not be empty`],
  ],
  [
    'source keys on an item',
    (f) => {
      f.types.balanced!.sources = ['SG20'];
      return f;
    },
    [`${FILE}: types (id "balanced") field "sources": ${NOT_TEXT}`],
  ],
  [
    'a URL on a list row',
    (f) => {
      f.guide.rows[1]!.url = 'https://example.org';
      return f;
    },
    [`${FILE}: field "guide.rows[1].url": ${NOT_TEXT}`],
  ],
  [
    'a year on an item',
    (f) => {
      f.types['product-owner']!.year = '2020';
      return f;
    },
    [`${FILE}: types (id "product-owner") field "year": ${NOT_TEXT}`],
  ],
  [
    'a note on a row whose English has none',
    (f) => {
      f.guide.rows[1]!.note = 'XX Eine Anmerkung, die es nicht gibt';
      return f;
    },
    [`${FILE}: field "guide.rows[1].note": ${NOT_TEXT}`],
  ],
  [
    'a number where text belongs',
    (f) => {
      f.types.balanced!.name = 5;
      return f;
    },
    [`${FILE}: types (id "balanced") field "name": must be text (a string)`],
  ],
  [
    'a text with its sources instead of the text alone',
    (f) => {
      f.guide.intro = { text: 'XX Two.', sources: ['SG20'] };
      return f;
    },
    [
      `${FILE}: field "guide.intro": must be the text alone (a string): its ids and sources stay in questions/guide.json`,
    ],
  ],
  [
    'a list with one text too many',
    (f) => {
      f.types.balanced!.roles.push('XX Extra');
      return f;
    },
    [
      `${FILE}: types (id "balanced") field "roles[1]": is one item too many: questions/guide.json has 1 here`,
    ],
  ],
  [
    'a list with one text too few',
    (f) => {
      f.types['product-owner']!.roles.pop();
      return f;
    },
    [`${FILE}: types (id "product-owner") field "roles[1]": is missing`],
  ],
  [
    'an object where the source has a list',
    (f) => {
      f.guide.rows = { focus: { aspect: 'XX' } } as never;
      return f;
    },
    [`${FILE}: field "guide.rows": must be a list of 2, in the order of questions/guide.json`],
  ],
  [
    'a field at the top level the source does not have',
    (f) => ({ ...f, sources: [{ key: 'SG20', url: 'https://example.org' }] }),
    [
      `${FILE}: field "sources": is not a text of questions/guide.json: a language file holds only text, under the same keys`,
    ],
  ],
  [
    'a translation of English texts that have changed since',
    (f) => ({ ...f, translates: '00000000' }),
    [
      `${FILE}: field "translates": translates English texts with fingerprint "00000000", but questions/guide.json's texts are now "${fingerprint}": bring the changed texts up to date (git log -p questions/guide.json), then set translates to "${fingerprint}"`,
    ],
  ],
  [
    'a verified file without a reviewer',
    (f) => ({ ...f, review: { status: 'verified', date: '2026-12-03' } }),
    [`${FILE}: field "review.reviewer": is missing`],
  ],
  [
    'a language that is no language tag',
    (f) => ({ ...f, language: 'German' }),
    [`${FILE}: field "language": must be a language tag such as "de" or "pt-BR"`],
  ],
])('%s is refused, naming file, id and field', (_name, breakFile, messages) => {
  expect(checkTextLanguage(FILE, breakFile(validFile()), source)).toEqual({ ok: false, messages });
});

test('anything at all is refused with messages, never thrown', () => {
  for (const raw of [null, 1, 'de', [], {}, { types: null }, { guide: [] }])
    expect(checkTextLanguage(FILE, raw, source).ok).toBe(false);
});
