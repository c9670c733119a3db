import { expect, test } from 'vitest';
import rawGrowth from '../../questions/growth.json';
import rawRoles from '../../questions/roles.json';
import rawSalaries from '../../questions/salaries.json';
import { loadBank } from '../../src/content/load-content';
import { loadGrowth } from '../../src/content/load-growth';
import { loadRolesContent } from '../../src/content/load-roles';
import { loadSalaries } from '../../src/content/load-salaries';
import { parseContent } from '../../src/domain/content-issues';
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
import { COUNTRY_NAMES } from '../../src/domain/salary-guide';
import { RESULT_TYPES } from '../../src/domain/result-types';
import { DIMENSION_IDS, PREFER_NOT_TO_SAY } from '../../src/domain/schema';

const salaries = loadSalaries();
const growth = loadGrowth();
const roles = loadRolesContent();
const bank = loadBank().bank;

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
