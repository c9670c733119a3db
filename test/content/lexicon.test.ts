import { expect, test } from 'vitest';
import rawLexicon from '../../questions/lexicon.json';
import { parseLexicon } from '../../src/domain/posting/lexicon-schema';
import { checkLexicon } from '../../scripts/lexicon-check-plugin';
import { DIMENSION_IDS, QUADRANTS } from '../../src/domain/ids';

test('questions/lexicon.json passes the check the build runs', () => {
  expect(checkLexicon()).toEqual([]);
});

test('every quadrant has phrases, and benefits and boilerplate count for nothing', () => {
  const parsed = parseLexicon('questions/lexicon.json', rawLexicon);
  if (!parsed.ok) throw new Error(parsed.messages.join('\n'));
  for (const q of QUADRANTS)
    expect(parsed.value.entries.filter((e) => e.quadrant === q).length).toBeGreaterThanOrEqual(8);
  expect(parsed.value.entries.some((e) => e.quadrant === 'none')).toBe(true);
  expect(parsed.value.sections.find((s) => s.id === 'boilerplate')?.weight).toBe(0);
});

test('every practice area is asked for by some entry, so a job can meet any weak area', () => {
  const parsed = parseLexicon('questions/lexicon.json', rawLexicon);
  if (!parsed.ok) throw new Error(parsed.messages.join('\n'));
  for (const d of DIMENSION_IDS)
    expect(parsed.value.entries.filter((e) => e.dimension === d).length).toBeGreaterThanOrEqual(2);
});

test.each([
  [{ phrases: [] }, 'entries[0] (id "x") field "phrases": needs at least one phrase'],
  [{ quadrant: 'sideways' }, 'entries[0] (id "x") field "quadrant"'],
  [{ phrases: ['Backlog'] }, 'entries[0] (id "x") field "phrases[0]": must be lower-case words'],
  [
    { quadrant: 'none', weight: 1 },
    'entries[0] (id "x") field "weight": must be 0 for a "none" entry',
  ],
  [{ dimension: 'pricing' }, 'entries[0] (id "x") field "dimension"'],
  [
    { quadrant: 'none', weight: 0, dimension: 'market' },
    'entries[0] (id "x") field "dimension": must be left out for a "none" entry',
  ],
])('a bad entry %j is reported by file, entry and field', (change, message) => {
  const parsed = parseLexicon('questions/lexicon.json', rawLexicon);
  if (!parsed.ok) throw new Error('the real lexicon should parse');
  const bad = {
    ...parsed.value,
    entries: [
      {
        id: 'x',
        quadrant: 'tactical-team',
        weight: 1,
        phrases: ['x'],
        note: 'a test entry',
        ...change,
      },
    ],
  };
  const result = parseLexicon('questions/lexicon.json', bad);
  expect(result.ok).toBe(false);
  if (!result.ok)
    expect(result.messages.join('\n')).toContain(`questions/lexicon.json: ${message}`);
});
