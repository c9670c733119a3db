import * as v from 'valibot';
import { expect, test } from 'vitest';
import { loadSalaries } from '../../src/content/load-salaries';
import { YearSchema } from '../../src/domain/guide-fields';
import { COUNTRY_IDS, EXPERIENCE_IDS } from '../../src/domain/guide-ids';
import { compareSalaries } from '../../src/domain/salary-comparison';
import { PREFER_NOT_TO_SAY } from '../../src/domain/schema';

const salaries = loadSalaries();
const COUNTRY_ANSWERS = [...COUNTRY_IDS, PREFER_NOT_TO_SAY, undefined];
const EXPERIENCE_ANSWERS = [...EXPERIENCE_IDS, PREFER_NOT_TO_SAY, undefined];
const everyAnswer = COUNTRY_ANSWERS.flatMap((country) =>
  EXPERIENCE_ANSWERS.map((experience) => ({ country, experience })),
);

/** Every research note in the file: for editors, never for a screen. */
const researchNotes = [
  ...(salaries.researchNotes ?? []),
  ...salaries.figures.flatMap((f) => (f.researchNote === undefined ? [] : [f.researchNote])),
  ...salaries.gaps.flatMap((g) => (g.researchNote === undefined ? [] : [g.researchNote])),
];

test('every figure shown, compared or under "More sources", has a year and a named source', () => {
  for (const answers of everyAnswer) {
    const view = compareSalaries(salaries, answers);
    const lines = view.comparison ? [view.comparison.pm, view.comparison.po] : [];
    for (const shown of [...lines, ...view.moreSources.flatMap((g) => g.rows)]) {
      const label = `${String(answers.country)}/${String(answers.experience)}: ${shown.sourceName}`;
      expect(shown.year, label).not.toBe('n.d.');
      expect(v.is(YearSchema, shown.year), label).toBe(true);
      expect(shown.sourceName.trim().length, label).toBeGreaterThan(0);
      expect(shown.sourceGrade, label).toMatch(/^[ABC]/);
    }
  }
});

test('the data has undated and excluded figures, and none of them is ever shown', () => {
  const hidden = new Set(
    salaries.figures.filter((f) => f.year === 'n.d.' || f.excluded === true).map((f) => f.id),
  );
  expect(hidden.size).toBeGreaterThan(0);
  for (const answers of everyAnswer) {
    const view = compareSalaries(salaries, answers);
    const ids = [
      ...(view.comparison ? [view.comparison.pm.figureId, view.comparison.po.figureId] : []),
      ...view.moreSources.flatMap((g) => g.rows.map((r) => r.id)),
    ];
    expect(ids.filter((id) => hidden.has(id))).toEqual([]);
  }
});

test('research notes exist in the data and never reach what the pay section shows', () => {
  expect(researchNotes.length).toBeGreaterThan(0);
  expect(researchNotes.some((note) => /before us/i.test(note))).toBe(true);
  for (const answers of everyAnswer) {
    const shown = JSON.stringify(compareSalaries(salaries, answers));
    for (const note of researchNotes) expect(shown).not.toContain(note);
    expect(shown).not.toMatch(/before use|OEWS/i);
  }
});

test.each(COUNTRY_IDS.filter((c) => c !== 'other'))(
  'country %s gets an answer sentence for itself: a comparison or the reason there is none',
  (country) => {
    const view = compareSalaries(salaries, { country });
    expect(view.countryId).toBe(country);
    expect(view.intro).toBeNull();
    expect(view.sentence).toMatch(
      /^(In .+ earn about .+\(.+, \d{4}.*\)\.|We cannot compare pay in .+ yet: .+\.)$/,
    );
  },
);
