import type { z } from 'zod';
import rawGrowth from '../../questions/growth.json';
import rawRoles from '../../questions/roles.json';
import rawSalaries from '../../questions/salaries.json';
import {
  GrowthSchema,
  RolesContentSchema,
  SalaryDataSchema,
  checkGuideSources,
  describeGuideIssues,
  type Growth,
  type RolesContent,
  type SalaryData,
} from '../domain/guide-schema';

/** Where the guide content lives, for error messages. */
export const SALARIES_FILE = 'questions/salaries.json';
export const GROWTH_FILE = 'questions/growth.json';
export const ROLES_FILE = 'questions/roles.json';

function parseOrThrow<T>(schema: z.ZodType<T>, fileName: string, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = describeGuideIssues(fileName, raw, parsed.error.issues);
  throw new Error(`${fileName} is invalid:\n${lines.map((l) => `  - ${l}`).join('\n')}`);
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
  roles ??= parseOrThrow(RolesContentSchema, ROLES_FILE, rawRoles);
  return roles;
}

/** Growth tips, certifications, books and moves from questions/growth.json, validated once; its sources live in roles.json. */
export function loadGrowth(): Growth {
  if (growth) return growth;
  const parsed = parseOrThrow(GrowthSchema, GROWTH_FILE, rawGrowth);
  const missing = checkGuideSources(parsed, loadRolesContent());
  if (missing.length > 0)
    throw new Error(`Guide sources do not resolve:\n${missing.map((l) => `  - ${l}`).join('\n')}`);
  growth = parsed;
  return growth;
}
