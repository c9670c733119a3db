import * as v from 'valibot';
import { expect, test } from 'vitest';
import rawGrowth from '../../questions/growth.json';
import rawRoles from '../../questions/roles.json';
import rawSalaries from '../../questions/salaries.json';
import { loadBank } from '../../src/content/load-content';
import { loadGrowth, loadRolesContent, loadSalaries } from '../../src/content/load-guide';
import { parseContent } from '../../src/domain/content-issues';
import { YearSchema } from '../../src/domain/guide-fields';
import {
  COMPANY_SIZE_IDS,
  COUNTRY_IDS,
  EXPERIENCE_IDS,
  FRAMEWORK_IDS,
} from '../../src/domain/guide-ids';
import { checkGuideSources } from '../../src/domain/guide-sources';
import { GrowthSchema } from '../../src/domain/growth-schema';
import { RolesContentSchema } from '../../src/domain/roles-schema';
import { SalaryDataSchema } from '../../src/domain/salary-schema';
import { MAX_BOOKS, MAX_CERTIFICATIONS, selectGrowth } from '../../src/domain/growth-guide';
import { COUNTRY_NAMES, US_REFERENCE_HEADING, selectSalaries } from '../../src/domain/salary-guide';
import { RESULT_TYPES } from '../../src/domain/result-types';
import { DIMENSION_IDS, PREFER_NOT_TO_SAY } from '../../src/domain/schema';

const salaries = loadSalaries();
const growth = loadGrowth();
const roles = loadRolesContent();
const bank = loadBank().bank;

const COUNTRY_ANSWERS = [...COUNTRY_IDS, PREFER_NOT_TO_SAY, undefined];
const EXPERIENCE_ANSWERS = [...EXPERIENCE_IDS, PREFER_NOT_TO_SAY, undefined];
const allRows = (country: string | undefined, experience: string | undefined) =>
  selectSalaries(salaries, { country, experience }).groups.flatMap((g) =>
    g.roles.flatMap((r) => r.rows),
  );

test.each([
  ['questions/salaries.json', SalaryDataSchema, rawSalaries],
  ['questions/growth.json', GrowthSchema, rawGrowth],
  ['questions/roles.json', RolesContentSchema, rawRoles],
] as const)('%s parses with its schema', (file, schema, raw) => {
  const parsed = parseContent(schema, file, raw);
  expect(parsed.ok ? [] : parsed.messages).toEqual([]);
});

test('every source key in growth.json and roles.json resolves to roles.json sources', () => {
  expect(checkGuideSources(growth, roles)).toEqual([]);
});

test('every salary figure and gap cites a source listed in salaries.json', () => {
  const keys = new Set(salaries.sources.map((s) => s.key));
  const cited = [
    ...salaries.figures.map((f) => f.source),
    ...salaries.gaps.flatMap((g) => (g.source === undefined ? [] : [g.source])),
  ];
  expect(cited.filter((key) => !keys.has(key))).toEqual([]);
});

test('the context answers the guide understands are exactly the bank’s context options', () => {
  const optionIds = (id: string) => bank.context.find((c) => c.id === id)?.options.map((o) => o.id);
  expect(optionIds('country')).toEqual([...COUNTRY_IDS]);
  expect(optionIds('experience')).toEqual([...EXPERIENCE_IDS]);
  expect(optionIds('framework')).toEqual([...FRAMEWORK_IDS]);
  expect(optionIds('company-size')).toEqual([...COMPANY_SIZE_IDS]);
  const countryLabels = bank.context.find((c) => c.id === 'country')?.options ?? [];
  for (const [id, name] of Object.entries(COUNTRY_NAMES)) {
    expect(countryLabels.find((o) => o.id === id)?.label, id).toBe(name);
  }
});

test('the data has excluded figures, and selectSalaries never returns one for any answers', () => {
  const excluded = salaries.figures.filter((f) => f.excluded === true).map((f) => f.id);
  expect(excluded.length).toBeGreaterThan(0);
  for (const country of COUNTRY_ANSWERS) {
    for (const experience of EXPERIENCE_ANSWERS) {
      const ids = allRows(country, experience).map((r) => r.id);
      expect(
        ids.filter((id) => excluded.includes(id)),
        `${country}/${experience}`,
      ).toEqual([]);
    }
  }
});

test.each(COUNTRY_ANSWERS)(
  'every row shown for country %j names its source, year and pay type',
  (country) => {
    for (const row of allRows(country, undefined)) {
      expect(row.sourceName.length, row.id).toBeGreaterThan(0);
      expect(row.sourceGrade, row.id).toMatch(/^[ABC]/);
      expect(v.is(YearSchema, row.year), row.id).toBe(true);
      expect(row.payTypeLabel.length, row.id).toBeGreaterThan(0);
      expect(row.country.length, row.id).toBeGreaterThan(0);
      expect(row.seniority.length, row.id).toBeGreaterThan(0);
      expect(row.figure, row.id).toMatch(/\d.* a (year|month)$/);
    }
  },
);

test.each(COUNTRY_IDS)('country %s shows its own figures or the US reference', (country) => {
  const { groups } = selectSalaries(salaries, { country });
  const [first] = groups;
  const hasOwnRows =
    first?.countryId === country &&
    first.roles.some((r) => r.rows.length > 0) &&
    !first.isReference;
  const headings = groups.map((g) => g.heading);
  expect(hasOwnRows || headings.includes(US_REFERENCE_HEADING)).toBe(true);
  if (country === 'us') expect(headings).toEqual(['United States']);
  if (country === 'other') expect(headings).toEqual(['Your country', US_REFERENCE_HEADING]);
});

test('experience only highlights rows: the figures shown never change', () => {
  for (const country of COUNTRY_ANSWERS) {
    const figures = (experience: string | undefined) =>
      Object.fromEntries(allRows(country, experience).map((r) => [r.id, r.figure]));
    const plain = figures(undefined);
    for (const experience of EXPERIENCE_IDS) {
      expect(figures(experience), `${country}/${experience}`).toEqual(plain);
    }
  }
});

test.each(RESULT_TYPES)(
  'the growth guide for %s stays within its limits for every framework',
  (type) => {
    const skills = Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, (i * 25) % 100]));
    for (const framework of [...FRAMEWORK_IDS, PREFER_NOT_TO_SAY, undefined]) {
      const selection = selectGrowth(growth, roles, { type, skills, framework });
      expect(selection.focus).toHaveLength(3);
      expect(selection.certifications.items.length).toBeGreaterThan(0);
      expect(selection.certifications.items.length).toBeLessThanOrEqual(MAX_CERTIFICATIONS);
      expect(selection.books.length).toBeGreaterThan(0);
      expect(selection.books.length).toBeLessThanOrEqual(MAX_BOOKS);
      expect(selection.books.filter((b) => b.alsoConsider === true)).toEqual([]);
      expect(selection.moves.length).toBeGreaterThan(0);
      expect(selection.jobTitles.titles.length).toBeGreaterThan(0);
    }
  },
);
