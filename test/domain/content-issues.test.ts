import * as v from 'valibot';
import { expect, test } from 'vitest';
import {
  contentRules,
  describeContentIssues,
  formatIssuePath,
  parseContent,
} from '../../src/domain/content-issues';

const raw = {
  scenarios: [{ id: 'first', options: [{ key: 'a' }, { key: 'b', text: 'x' }] }],
  tips: { backlog: [{ text: 'T', sources: ['S1', 'S2'] }] },
  books: [{ title: 'Inspired' }],
};

test.each([
  [[], 'file.json: (top level): bad'],
  [['revision'], 'file.json: revision: bad'],
  [
    ['scenarios', 0, 'options', 1, 'text'],
    'file.json: scenarios[0] (id "first") field "options[1].text": bad',
  ],
  [['scenarios', 0], 'file.json: scenarios[0] (id "first"): bad'],
  [['tips', 'backlog', 0, 'sources', 1], 'file.json: tips.backlog[0] field "sources[1]": bad'],
  [['tips', 'stakeholders'], 'file.json: tips field "stakeholders": bad'],
  [['books', 0, 'year'], 'file.json: books[0] ("Inspired") field "year": bad'],
  [['scenarios', 5, 'id'], 'file.json: scenarios[5] field "id": bad'],
] as const)('an issue at %j reads %j', (path, line) => {
  expect(describeContentIssues('file.json', raw, [{ path, message: 'bad' }])).toEqual([line]);
});

test('paths read the way editors write them', () => {
  expect(formatIssuePath(['figures', 3, 'max'])).toBe('figures[3].max');
  expect(formatIssuePath(['tips', 'backlog', 0])).toBe('tips.backlog[0]');
});

const Pair = v.pipe(
  v.strictObject({ id: v.string(), low: v.number(), high: v.number() }),
  contentRules<{ id: string; low: number; high: number }>((pair, report) => {
    if (pair.low > pair.high) report(['high'], 'must be at least low');
  }),
);
const List = v.strictObject({ pairs: v.array(Pair) });

test('schema issues and rule issues come out in the same format, with the row id', () => {
  const parsed = parseContent(List, 'pairs.json', {
    pairs: [
      { id: 'ok', low: 1, high: 2 },
      { id: 'upside-down', low: 3, high: 2 },
      { id: 'typo', low: 1, high: 'two' },
    ],
  });
  expect(parsed.ok ? [] : parsed.messages).toEqual([
    'pairs.json: pairs[1] (id "upside-down") field "high": must be at least low',
    expect.stringMatching(/^pairs\.json: pairs\[2\] \(id "typo"\) field "high": /),
  ]);
});

test('rules run only once the value has the schema’s shape', () => {
  const parsed = parseContent(List, 'pairs.json', { pairs: [{ id: 'x', low: 3, high: '2' }] });
  expect(parsed.ok ? [] : parsed.messages).toHaveLength(1);
});

test('valid content comes back parsed', () => {
  expect(parseContent(List, 'pairs.json', { pairs: [{ id: 'a', low: 1, high: 1 }] })).toEqual({
    ok: true,
    value: { pairs: [{ id: 'a', low: 1, high: 1 }] },
  });
});
