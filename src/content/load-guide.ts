import type * as v from 'valibot';
import rawGrowth from '../../questions/growth.json';
import rawRoles from '../../questions/roles.json';
import rawSalaries from '../../questions/salaries.json';
import { parseContent } from '../domain/content-issues';
import { GrowthSchema, type Growth } from '../domain/growth-schema';
import { checkGuideSources } from '../domain/guide-sources';
import { RolesContentSchema, type RolesContent } from '../domain/roles-schema';
import { SalaryDataSchema, type SalaryData } from '../domain/salary-schema';
import { applyGrowthLanguage, type GrowthLanguage } from '../domain/growth-language';
import { applyRolesLanguage, type RolesLanguage } from '../domain/roles-language';
import { growthWords, rolesWords } from '../words/en/content';

/** Where the guide content lives, for error messages. */
export const SALARIES_FILE = 'questions/salaries.json';
export const GROWTH_FILE = 'questions/growth.json';
export const ROLES_FILE = 'questions/roles.json';

function parseOrThrow<const TSchema extends v.GenericSchema>(
  schema: TSchema,
  fileName: string,
  raw: unknown,
): v.InferOutput<TSchema> {
  const parsed = parseContent(schema, fileName, raw);
  if (parsed.ok) return parsed.value;
  throw new Error(`${fileName} is invalid:\n${parsed.messages.map((l) => `  - ${l}`).join('\n')}`);
}

let salaries: SalaryData | undefined;
let roles: RolesContent | undefined;
let growth: Growth | undefined;

/** Salary figures, sources and gaps from questions/salaries.json, validated once. */
export function loadSalaries(): SalaryData {
  salaries ??= parseOrThrow(SalaryDataSchema, SALARIES_FILE, rawSalaries);
  return salaries;
}

/** Result-type texts, the PM/PO guide and the shared source list from questions/roles.json, validated once. */
export function loadRolesContent(): RolesContent {
  if (roles) return roles;
  const source = parseOrThrow(RolesContentSchema, ROLES_FILE, rawRoles);
  // Checked against the English file at build time (scripts/bank-files.ts).
  roles = rolesWords ? applyRolesLanguage(source, rolesWords as RolesLanguage) : source;
  return roles;
}

/** Growth tips, certifications, books and moves from questions/growth.json, validated once; its sources live in roles.json. */
export function loadGrowth(): Growth {
  if (growth) return growth;
  const parsed = parseOrThrow(GrowthSchema, GROWTH_FILE, rawGrowth);
  const missing = checkGuideSources(parsed, loadRolesContent());
  if (missing.length > 0)
    throw new Error(`Guide sources do not resolve:\n${missing.map((l) => `  - ${l}`).join('\n')}`);
  growth = growthWords ? applyGrowthLanguage(parsed, growthWords as GrowthLanguage) : parsed;
  return growth;
}
