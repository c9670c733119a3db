import { expect, test } from 'vitest';
import {
  findListedWords,
  findOneQuadrantWords,
  lengthRatio,
  matchesEntry,
  wordsOf,
} from '../../src/domain/item-wording';
import type { Quadrant, Scenario } from '../../src/domain/schema';

test.each<[string[], 'words' | 'characters', number]>([
  [['one two three four', 'one two'], 'words', 2],
  [['a b c d e', 'a b c d e'], 'words', 1],
  [['  spaced   out  words ', 'three more words'], 'words', 1],
  [['abcd', 'ab'], 'characters', 2],
  [['  abcd  ', 'abcd'], 'characters', 1],
  [['only one'], 'words', 1],
  [['', 'words'], 'words', Infinity],
])('lengthRatio(%j, %s) is %d', (texts, measure, ratio) => {
  expect(lengthRatio(texts, measure)).toBe(ratio);
});

test.each<[string, string[]]>([
  ['Brief the Executives', ['brief', 'the', 'executives']],
  ["Next year's long-term plan", ['next', 'year', 'long-term', 'plan']],
  ['customers’ C-level board', ['customers', 'c-level', 'board']],
  ['30% of the sprint, then stop.', ['30', 'of', 'the', 'sprint', 'then', 'stop']],
])('wordsOf(%j)', (text, words) => {
  expect(wordsOf(text)).toEqual(words);
});

test.each<[string, string, boolean]>([
  ['strategy', 'strateg*', true],
  ['strategic', 'strateg*', true],
  ['strata', 'strateg*', false],
  ['board', 'board', true],
  ['boards', 'board', false],
  ['onboarding', 'board', false],
  ['real', 'real', true],
  ['really', 'real', false],
])('matchesEntry(%j, %j) is %s', (word, entry, matches) => {
  expect(matchesEntry(word, entry)).toBe(matches);
});

test('findListedWords finds whole words only, once each', () => {
  expect(findListedWords('Open the dashboard on board with the board', ['board', 'ceo'])).toEqual([
    'board',
  ]);
  expect(findListedWords('Not now, never', ['not', 'never', 'no'])).toEqual(['not', 'never']);
});

const scenario = (id: string, texts: Record<Quadrant, string>): Scenario => ({
  id,
  dimension: 'market',
  prompt: 'A situation. What would you most want to do?',
  options: (Object.entries(texts) as [Quadrant, string][]).map(([key, text]) => ({
    key,
    text,
    signals: ['market'],
  })),
});
const plain = {
  'strategic-market': 'Size the segment',
  'tactical-team': 'Split the story',
  'strategic-team': 'Plan the platform',
  'tactical-market': 'Call a user',
};
const LIST = {
  'strategic-market': ['executive*'],
  'strategic-team': ['long-term'],
  'tactical-market': [],
  'tactical-team': [],
};

test('a listed word in one quadrant only is flagged, with every scenario that uses it', () => {
  const bank = [
    scenario('a', { ...plain, 'strategic-market': 'Brief the executives' }),
    scenario('b', { ...plain, 'strategic-market': 'Ask an executive' }),
    scenario('c', plain),
  ];
  expect(findOneQuadrantWords(bank, LIST)).toEqual([
    {
      entry: 'executive*',
      listedUnder: 'strategic-market',
      usedBy: 'strategic-market',
      scenarioIds: ['a', 'b'],
    },
  ]);
});

test('a listed word is flagged under whichever single quadrant uses it', () => {
  const bank = [scenario('a', { ...plain, 'tactical-team': 'Show the executives the sprint' })];
  expect(findOneQuadrantWords(bank, LIST)).toMatchObject([
    { entry: 'executive*', listedUnder: 'strategic-market', usedBy: 'tactical-team' },
  ]);
});

test('a listed word used by two quadrants, or by none, passes', () => {
  const shared = [
    scenario('a', { ...plain, 'strategic-market': 'Brief the executives' }),
    scenario('b', { ...plain, 'tactical-market': 'Call the executive who asked' }),
  ];
  expect(findOneQuadrantWords(shared, LIST)).toEqual([]);
  expect(findOneQuadrantWords([scenario('c', plain)], LIST)).toEqual([]);
});
