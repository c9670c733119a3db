import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import rawGermanGrowth from '../../questions/lang/de/growth.json';
import rawGermanRoles from '../../questions/lang/de/roles.json';
import { loadGrowth } from '../../src/content/load-growth';
import { loadRolesContent } from '../../src/content/load-roles';
import { parseContent } from '../../src/domain/content-issues';
import { applyGrowthLanguage, extractGrowthTexts } from '../../src/domain/growth-language';
import { GrowthSchema } from '../../src/domain/growth-schema';
import { selectGrowth } from '../../src/domain/growth-guide';
import { checkGuideSources } from '../../src/domain/guide-sources';
import { checkTextLanguage } from '../../src/domain/language-file-schema';
import { applyRolesLanguage, extractRolesTexts } from '../../src/domain/roles-language';
import { RolesContentSchema } from '../../src/domain/roles-schema';
import { RESULT_TYPES } from '../../src/domain/result-types';
import { verdict as englishVerdict } from '../../src/words/en/verdict';
import { verdict as germanVerdict } from '../../src/words/de/verdict';
import type { TextTree } from '../../src/domain/text-tree';
import { checkTextLanguages, listLanguages, questionsDir } from '../../scripts/bank-files';

const roles = loadRolesContent();
const growth = loadGrowth();

function checked<T extends Readonly<Record<string, TextTree>>>(
  file: string,
  raw: unknown,
  texts: T,
  itemSections: readonly string[],
) {
  const result = checkTextLanguage(`questions/lang/de/${file}`, raw, {
    file: `questions/${file}`,
    texts,
    itemSections,
  });
  if (!result.ok) throw new Error(result.messages.join('\n'));
  return result.value;
}
const germanRoles = checked('roles.json', rawGermanRoles, extractRolesTexts(roles), []);
const germanGrowth = checked('growth.json', rawGermanGrowth, extractGrowthTexts(growth), []);
const rolesDe = applyRolesLanguage(roles, germanRoles);
const growthDe = applyGrowthLanguage(growth, germanGrowth);

/** Every leaf of a JSON value with its path, e.g. ["types.0.sources.1", "SG20"]. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}.${i}`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [[path, value]];
}

// Fields that are never text: what a translation must leave exactly as the English file has it.
const NEVER_TEXT =
  /\.(id|key|url|path|repo|grade|sources|[a-zA-Z]*Sources|year|authors|body|pointsTo|frameworks|level|dimensions|alsoConsider|countries|when|checkedOn|certificationPairing)(\.|$)/;

test.each([
  ['roles.json', roles, rolesDe],
  ['growth.json', growth, growthDe],
] as const)(
  'German %s changes only text: every id, key, number, URL and source is English',
  (_f, en, de) => {
    const enLeaves = leaves(en);
    const deLeaves = leaves(de);
    // Same paths: the same structure, lists as long, the same fields present.
    expect(deLeaves.map(([p]) => p)).toEqual(enLeaves.map(([p]) => p));
    const changed = deLeaves.filter(([, v], i) => v !== enLeaves[i]?.[1]).map(([p]) => p);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((p) => NEVER_TEXT.test(p))).toEqual([]);
    for (const [p, v] of deLeaves)
      if (typeof v !== 'string') expect(v, p).toBe(enLeaves.find(([q]) => q === p)?.[1]);
    const numbersAndUrls = (x: unknown) =>
      leaves(x).filter(([p, v]) => typeof v !== 'string' || NEVER_TEXT.test(p));
    expect(numbersAndUrls(de)).toEqual(numbersAndUrls(en));
  },
);

test('questions/lang/de/roles.json and growth.json pass the check the build runs', () => {
  expect(listLanguages('roles.json')).toContain('de');
  expect(listLanguages('growth.json')).toContain('de');
  expect(checkTextLanguages()).toEqual([]);
  expect(germanRoles.review.status).toBe('unverified');
  expect(germanGrowth.review.status).toBe('unverified');
});

test('German guide files parse with the English schemas and cite only known sources', () => {
  expect(parseContent(RolesContentSchema, 'roles (de)', rolesDe).ok).toBe(true);
  expect(parseContent(GrowthSchema, 'growth (de)', growthDe).ok).toBe(true);
  expect(checkGuideSources(growthDe, rolesDe)).toEqual([]);
});

// Names kept as published or as German postings use them: certifications, titles, books.
const KEPT_ENGLISH = new Set([
  'Product Manager',
  'Product Owner',
  'Group Product Manager',
  'Technical Product Manager',
  'Component Owner',
  'Feature Owner',
  'Associate Product Manager',
  'Senior Product Manager',
  'Lead Product Manager',
  'Director of Product Management',
  'Senior Product Owner',
  'SAFe Product Owner',
  'Platform Product Owner',
  'Platform Product Manager',
  ...growth.certifications.map((c) => c.name).filter((n) => /\([A-Z-]+( I{1,3})?\)$/.test(n)),
  ...growth.books.map((b) => b.title).filter((t) => t !== 'Inspired (2nd ed.)'),
]);

test('every German text differs from the English, except names kept as published', () => {
  for (const [file, en, de] of [
    ['roles', extractRolesTexts(roles), germanRoles],
    ['growth', extractGrowthTexts(growth), germanGrowth],
  ] as const) {
    const deTexts = new Map(leaves(de));
    const same = leaves(en).filter(
      ([p, v]) => deTexts.get(p) === v && !KEPT_ENGLISH.has(String(v)),
    );
    expect(same, file).toEqual([]);
  }
});

test('the German guide says Sie throughout, never du (docs/decisions/007-languages.md)', () => {
  const informal = /\b(du|dich|dir|dein|deine|deinem|deinen|deiner|deines|euch|euer|eure)\b/i;
  expect(JSON.stringify([rawGermanRoles, rawGermanGrowth]).match(informal)).toBeNull();
});

test('the growth guide works the same in German: same picks, German words', () => {
  const skills = { market: 10, business: 90, strategy: 20, discovery: 80, backlog: 30 };
  for (const type of RESULT_TYPES) {
    const input = { type, skills, framework: 'safe', companySize: 'large', experience: 'none' };
    const en = selectGrowth(growth, roles, input);
    const de = selectGrowth(growthDe, rolesDe, input);
    expect(de.certifications.items.map((c) => c.id)).toEqual(
      en.certifications.items.map((c) => c.id),
    );
    expect(de.books.map((b) => b.sources)).toEqual(en.books.map((b) => b.sources));
    expect(de.caveats.map((c) => c.id)).toEqual(en.caveats.map((c) => c.id));
    expect(de.sources).toEqual(en.sources);
    expect(de.focus.map((f) => f.tips.map((t) => t.sources))).toEqual(
      en.focus.map((f) => f.tips.map((t) => t.sources)),
    );
    expect(de.caveats[0]?.text).not.toBe(en.caveats[0]?.text);
  }
});

const temp = mkdtempSync(join(tmpdir(), 'rolefit-guide-lang-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

test('the build check reads every questions/lang/<language>/ guide file and names what is wrong', () => {
  cpSync(questionsDir, temp, { recursive: true });
  const rolesFile = join(temp, 'lang', 'de', 'roles.json');
  const broken = JSON.parse(readFileSync(rolesFile, 'utf8')) as typeof rawGermanRoles;
  delete (broken.types as Partial<typeof broken.types>).balanced;
  writeFileSync(rolesFile, JSON.stringify(broken));
  // An English edit that the German file has not followed yet.
  const english = JSON.parse(readFileSync(join(temp, 'growth.json'), 'utf8')) as typeof growth;
  english.certificationPairingNote = 'Reworded in English.';
  writeFileSync(join(temp, 'growth.json'), JSON.stringify(english));
  expect(checkTextLanguages(temp)).toEqual([
    'questions/lang/de/roles.json: types (id "balanced"): is missing',
    expect.stringMatching(
      new RegExp(
        `^questions/lang/de/growth\\.json: field "translates": translates English texts with fingerprint "${germanGrowth.translates}", but questions/growth\\.json's texts are now "[0-9a-f]{8}"`,
      ),
    ),
  ]);
});

test('applying the English texts to the English files gives the English files back', () => {
  expect(applyRolesLanguage(roles, extractRolesTexts(roles))).toEqual(roles);
  expect(applyGrowthLanguage(growth, extractGrowthTexts(growth))).toEqual(growth);
});

test('a file that skipped the check is refused loudly, never shown half in English', () => {
  const types = { ...germanRoles.types };
  delete types.balanced;
  expect(() => applyRolesLanguage(roles, { ...germanRoles, types })).toThrow(
    'The language file has no text for result type "balanced"',
  );
  const caveats = { ...germanGrowth.caveats };
  delete caveats['framework-safe'];
  expect(() => applyGrowthLanguage(growth, { ...germanGrowth, caveats })).toThrow(
    'The language file has no text for caveat "framework-safe"',
  );
  const tips = { ...germanGrowth.tips, data: ['Nur ein Tipp'] };
  expect(() => applyGrowthLanguage(growth, { ...germanGrowth, tips })).toThrow(
    'The language file has 1 texts for data, not 2',
  );
});

test('the type names the pages use (verdict words) are the roles guide’s, in English and German', () => {
  const names = (content: typeof roles) =>
    Object.fromEntries(content.types.map((t) => [t.id, t.name]));
  expect(names(roles)).toEqual({ ...englishVerdict.typeNames });
  expect(names(rolesDe)).toEqual({ ...germanVerdict.typeNames });
});
