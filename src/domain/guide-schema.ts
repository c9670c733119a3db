import './zod-setup';
import { z } from 'zod';
import { RESULT_TYPES } from './result-types';
import { DimensionIdSchema } from './schema';

/** Countries the context question offers; 'other' stands for every country without its own data. */
/** Adds an issue for every item whose key was used earlier in the list; returns every key seen. */
function flagDuplicates<T>(
  ctx: z.RefinementCtx,
  items: readonly T[],
  keyOf: (item: T) => string,
  [list, field]: readonly [string, string],
  what: string,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (seen.has(key))
      ctx.addIssue({
        code: 'custom',
        path: [list, i, field],
        message: `duplicate ${what} "${key}"`,
      });
    seen.add(key);
  });
  return seen;
}

export const COUNTRY_IDS = ['us', 'gb', 'de', 'nl', 'ca', 'au', 'in', 'ch', 'other'] as const;
/** Answers to the experience context question, in the order the quiz asks them. */
export const EXPERIENCE_IDS = ['none', 'under-2', '2-5', '5-10', 'over-10'] as const;
/** Answers to the framework context question. */
export const FRAMEWORK_IDS = ['scrum', 'safe', 'kanban', 'none', 'not-sure'] as const;
/** Answers to the company-size context question. */
export const COMPANY_SIZE_IDS = ['startup', 'small', 'mid', 'large'] as const;
/** The two roles salary rows describe. */
export const SALARY_ROLES = ['product-manager', 'product-owner'] as const;
/** Currencies a salary source may report in (ISO 4217). */
export const CURRENCIES = ['USD', 'GBP', 'EUR', 'INR', 'CAD', 'AUD', 'CHF'] as const;
/** What a salary figure measures (docs/salary-rules.md, "What counts as a figure"). */
export const PAY_TYPES = [
  'illustrative',
  'average',
  'mean',
  'median',
  'base',
  'total',
  'advertised',
  'range',
  'percentile-range',
] as const;
/** Source grades, best first: A primary, B recognised authority, C secondary (docs/sources.md). */
export const SOURCE_GRADES = ['A', 'A/B', 'B', 'B/C', 'C'] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(SLUG, 'must be a kebab-case slug such as "us-pm-dice-average"');
const text = z.string().trim().min(1, 'must not be empty');
const sourceKey = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be a source key such as "SG20"');
const sourceKeys = z.array(sourceKey);
const unknownSource = (key: string) => `source "${key}" is not in this file's sources list`;

// "n.d.", "2013", "c. 2020", "June 2023", "H1 2022", "Dec 2021-Jan 2022": we keep "n.d." (docs/sources.md, "Dates").
const YEAR_PART = String.raw`(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|H[12]|Q[1-4]) )?(?:19|20)\d{2}`;
const YEAR = new RegExp(String.raw`^(?:n\.d\.|(?:c\. )?${YEAR_PART}(?:-${YEAR_PART})?)$`);
export const YearSchema = z
  .string()
  .regex(YEAR, 'must be "n.d." or a year such as "2023", "June 2023", "c. 2020" or "H1 2022"');

export const CountryIdSchema = z.enum(COUNTRY_IDS);
export const ExperienceIdSchema = z.enum(EXPERIENCE_IDS);
export const FrameworkIdSchema = z.enum(FRAMEWORK_IDS);
export const CompanySizeIdSchema = z.enum(COMPANY_SIZE_IDS);
export const SalaryRoleSchema = z.enum(SALARY_ROLES);
export const CurrencySchema = z.enum(CURRENCIES);
export const PayTypeSchema = z.enum(PAY_TYPES);
export const SourceGradeSchema = z.enum(SOURCE_GRADES);
export const ResultTypeSchema = z.enum(RESULT_TYPES);

export const SourceSchema = z.strictObject({
  key: sourceKey,
  name: text,
  url: z.url().nullable(),
  altUrls: z.array(z.url()).optional(),
  repo: z
    .string()
    .regex(/^[\w.-]+\/[\w.-]+$/, 'must be "owner/name"')
    .optional(),
  path: text.optional(),
  grade: SourceGradeSchema,
});

export const SalaryFigureSchema = z
  .strictObject({
    id: slug,
    // A figure always belongs to a real country; 'other' only exists as an answer.
    country: CountryIdSchema.exclude(['other']),
    role: SalaryRoleSchema,
    seniority: text,
    payType: PayTypeSchema,
    period: z.enum(['year', 'month']),
    currency: CurrencySchema,
    currencyUncertain: z.boolean().optional(),
    min: z.number().positive(),
    max: z.number().positive(),
    openEnded: z.boolean().optional(),
    year: YearSchema,
    source: sourceKey,
    proxy: z.boolean().optional(),
    note: text.optional(),
    excluded: z.boolean().optional(),
    excludedReason: text.optional(),
  })
  .refine((f) => f.min <= f.max, { path: ['max'], message: 'max must be at least min' })
  .refine((f) => f.excluded !== true || f.excludedReason !== undefined, {
    path: ['excludedReason'],
    message: 'an excluded figure must say why (docs/salary-rules.md, display rule 6)',
  });

export const SalaryGapSchema = z.strictObject({
  country: CountryIdSchema.exclude(['other']),
  role: SalaryRoleSchema,
  seniority: text.optional(),
  proxy: z.boolean().optional(),
  label: text.optional(),
  reason: text,
  source: sourceKey.optional(),
});

export const SalaryDataSchema = z
  .strictObject({
    checkedOn: z.iso.date(),
    notes: z.array(text),
    sources: z.array(SourceSchema).min(1),
    figures: z.array(SalaryFigureSchema),
    gaps: z.array(SalaryGapSchema),
  })
  .superRefine((data, ctx) => {
    const keys = flagDuplicates(
      ctx,
      data.sources,
      (item) => item.key,
      ['sources', 'key'],
      'source key',
    );
    const ids = new Set<string>();
    data.figures.forEach((f, i) => {
      if (ids.has(f.id))
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'id'],
          message: `duplicate figure id "${f.id}"`,
        });
      ids.add(f.id);
      if (!keys.has(f.source))
        ctx.addIssue({
          code: 'custom',
          path: ['figures', i, 'source'],
          message: unknownSource(f.source),
        });
    });
    data.gaps.forEach((g, i) => {
      if (g.source !== undefined && !keys.has(g.source))
        ctx.addIssue({
          code: 'custom',
          path: ['gaps', i, 'source'],
          message: unknownSource(g.source),
        });
    });
  });

export const TipSchema = z.strictObject({ text, sources: sourceKeys.min(1) });

export const CertificationSchema = z.strictObject({
  id: slug,
  name: text,
  body: text,
  pointsTo: z.enum(['product-manager', 'product-owner', 'both']),
  frameworks: z.array(z.enum(['scrum', 'safe', 'kanban'])),
  level: z.enum(['entry', 'advanced']),
  summary: text,
  sources: sourceKeys.min(1),
});

export const BookSchema = z
  .strictObject({
    title: text,
    authors: text,
    year: YearSchema,
    dimensions: z.array(DimensionIdSchema).min(1),
    alsoConsider: z.boolean().optional(),
    note: text.optional(),
    sources: sourceKeys,
  })
  .refine((b) => b.alsoConsider === true || b.sources.length > 0, {
    path: ['sources'],
    message: 'a book needs a source unless it is marked "alsoConsider"',
  });

export const MoveStepSchema = z.strictObject({ title: text, text, sources: sourceKeys.min(1) });

export const CaveatSchema = z.strictObject({
  id: slug,
  // Every listed question must match; an empty object means the caveat always applies.
  when: z.strictObject({
    framework: z.array(FrameworkIdSchema).min(1).optional(),
    'company-size': z.array(CompanySizeIdSchema).min(1).optional(),
    experience: z.array(ExperienceIdSchema).min(1).optional(),
  }),
  text,
  sources: sourceKeys.min(1),
});

export const GrowthSchema = z
  .strictObject({
    checkedOn: z.iso.date(),
    // A record keyed by an enum is exhaustive: all nine dimensions need tips.
    tips: z.record(DimensionIdSchema, z.array(TipSchema).min(1, 'needs at least one tip')),
    certifications: z.array(CertificationSchema).min(1),
    certificationPairing: z.strictObject({
      'product-owner': z.array(slug),
      'product-manager': z.array(slug),
      safe: z.array(slug),
    }),
    certificationPairingNote: text,
    certificationCaveat: text,
    certificationCaveatSources: sourceKeys.min(1),
    books: z.array(BookSchema).min(1),
    moves: z.strictObject({
      'toward-product-manager': z.array(MoveStepSchema).min(1),
      'toward-product-owner': z.array(MoveStepSchema).min(1),
    }),
    jobTitles: z.record(ResultTypeSchema, z.array(text).min(1)),
    jobTitlesSources: z.record(ResultTypeSchema, sourceKeys.min(1)),
    caveats: z.array(CaveatSchema),
  })
  .superRefine((growth, ctx) => {
    const certIds = flagDuplicates(
      ctx,
      growth.certifications,
      (item) => item.id,
      ['certifications', 'id'],
      'certification id',
    );
    for (const [list, ids] of Object.entries(growth.certificationPairing)) {
      ids.forEach((id, i) => {
        if (!certIds.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['certificationPairing', list, i],
            message: `unknown certification id "${id}"`,
          });
      });
    }
    flagDuplicates(ctx, growth.caveats, (item) => item.id, ['caveats', 'id'], 'caveat id');
  });

export const ResultTypeContentSchema = z.strictObject({
  id: ResultTypeSchema,
  name: text,
  shortName: text,
  summary: text,
  description: text,
  realWorldRoles: z.array(text).min(1),
  whatItDoesNotMean: text,
  sources: sourceKeys.min(1),
});

export const ComparisonRowSchema = z.strictObject({
  aspect: text,
  productManager: text,
  productOwner: text,
  note: text.optional(),
  sources: sourceKeys.min(1),
});

export const RolesContentSchema = z
  .strictObject({
    types: z.array(ResultTypeContentSchema),
    guide: z.strictObject({
      intro: text,
      comparison: z.array(ComparisonRowSchema).min(1),
      overlap: z.array(text).min(1),
      overlapSources: sourceKeys.min(1),
      bothRoles: z.array(text).min(1),
      bothRolesSources: sourceKeys.min(1),
      workingTogether: z.array(text).min(1),
      workingTogetherSources: sourceKeys.min(1),
    }),
    notices: z.strictObject({ notForHiring: text, notATest: text, splitCaveat: text }),
    noticesSources: sourceKeys.min(1),
    sources: z.array(SourceSchema).min(1),
  })
  .superRefine((roles, ctx) => {
    for (const type of RESULT_TYPES) {
      const count = roles.types.filter((t) => t.id === type).length;
      if (count !== 1)
        ctx.addIssue({
          code: 'custom',
          path: ['types'],
          message: `result type "${type}" must appear exactly once (found ${count})`,
        });
    }
    const keys = flagDuplicates(
      ctx,
      roles.sources,
      (item) => item.key,
      ['sources', 'key'],
      'source key',
    );
    for (const ref of listRolesSourceRefs(roles)) {
      if (!keys.has(ref.key))
        ctx.addIssue({ code: 'custom', path: ref.path, message: unknownSource(ref.key) });
    }
  });

export type CountryId = z.infer<typeof CountryIdSchema>;
export type ExperienceId = z.infer<typeof ExperienceIdSchema>;
export type FrameworkId = z.infer<typeof FrameworkIdSchema>;
export type CompanySizeId = z.infer<typeof CompanySizeIdSchema>;
export type SalaryRole = z.infer<typeof SalaryRoleSchema>;
export type Currency = z.infer<typeof CurrencySchema>;
export type PayType = z.infer<typeof PayTypeSchema>;
export type SourceGrade = z.infer<typeof SourceGradeSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type SalaryFigure = z.infer<typeof SalaryFigureSchema>;
export type SalaryGap = z.infer<typeof SalaryGapSchema>;
export type SalaryData = z.infer<typeof SalaryDataSchema>;
export type Tip = z.infer<typeof TipSchema>;
export type Certification = z.infer<typeof CertificationSchema>;
export type Book = z.infer<typeof BookSchema>;
export type MoveStep = z.infer<typeof MoveStepSchema>;
export type Caveat = z.infer<typeof CaveatSchema>;
export type Growth = z.infer<typeof GrowthSchema>;
export type ResultTypeContent = z.infer<typeof ResultTypeContentSchema>;
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>;
export type RolesContent = z.infer<typeof RolesContentSchema>;

/** A source key used somewhere in a content file, with the path that uses it. */
export interface SourceRef {
  path: (string | number)[];
  key: string;
}

const refsAt = (path: (string | number)[], keys: readonly string[]): SourceRef[] =>
  keys.map((key, i) => ({ path: [...path, i], key }));

/** Every source key roles.json cites outside its own sources list. */
export function listRolesSourceRefs(roles: RolesContent): SourceRef[] {
  const { guide } = roles;
  return [
    ...roles.types.flatMap((t, i) => refsAt(['types', i, 'sources'], t.sources)),
    ...guide.comparison.flatMap((c, i) => refsAt(['guide', 'comparison', i, 'sources'], c.sources)),
    ...refsAt(['guide', 'overlapSources'], guide.overlapSources),
    ...refsAt(['guide', 'bothRolesSources'], guide.bothRolesSources),
    ...refsAt(['guide', 'workingTogetherSources'], guide.workingTogetherSources),
    ...refsAt(['noticesSources'], roles.noticesSources),
  ];
}

/** Every source key growth.json cites; they all resolve against roles.json's sources. */
export function listGrowthSourceRefs(growth: Growth): SourceRef[] {
  return [
    ...Object.entries(growth.tips).flatMap(([dimension, tips]) =>
      tips.flatMap((t, i) => refsAt(['tips', dimension, i, 'sources'], t.sources)),
    ),
    ...growth.certifications.flatMap((c, i) => refsAt(['certifications', i, 'sources'], c.sources)),
    ...refsAt(['certificationCaveatSources'], growth.certificationCaveatSources),
    ...growth.books.flatMap((b, i) => refsAt(['books', i, 'sources'], b.sources)),
    ...Object.entries(growth.moves).flatMap(([direction, steps]) =>
      steps.flatMap((s, i) => refsAt(['moves', direction, i, 'sources'], s.sources)),
    ),
    ...Object.entries(growth.jobTitlesSources).flatMap(([type, keys]) =>
      refsAt(['jobTitlesSources', type], keys),
    ),
    ...growth.caveats.flatMap((c, i) => refsAt(['caveats', i, 'sources'], c.sources)),
  ];
}

/** Cross-file check: messages for every source key in growth.json or roles.json missing from roles.json's sources. */
export function checkGuideSources(growth: Growth, roles: RolesContent): string[] {
  const keys = new Set(roles.sources.map((s) => s.key));
  const check = (file: string, refs: SourceRef[]) =>
    refs
      .filter((ref) => !keys.has(ref.key))
      .map(
        (ref) =>
          `${file} ${formatIssuePath(ref.path)}: source "${ref.key}" is not in questions/roles.json sources`,
      );
  return [
    ...check('questions/growth.json', listGrowthSourceRefs(growth)),
    ...check('questions/roles.json', listRolesSourceRefs(roles)),
  ];
}

/** Formats an issue path the way editors read it: `figures[3].max`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    const name = String(part);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

/** One readable line per zod issue: file, path (with the row's id or key where it has one) and message. */
export function describeGuideIssues(
  fileName: string,
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
): string[] {
  return issues.map((issue) => {
    const where = issue.path.length === 0 ? '(top level)' : formatIssuePath(issue.path);
    const label = findRowLabel(raw, issue.path);
    return `${fileName} ${where}${label ? ` (${label})` : ''}: ${issue.message}`;
  });
}

// The innermost array element on the path that has an id/key/title, so a message names the row.
function findRowLabel(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = raw;
  let label: string | undefined;
  for (const part of path) {
    if (typeof node !== 'object' || node === null) break;
    node = Array.isArray(node) && typeof part === 'number' ? node[part] : Reflect.get(node, part);
    if (typeof part === 'number') {
      const row = z
        .object({ id: z.string() })
        .or(z.object({ key: z.string() }))
        .or(z.object({ title: z.string() }));
      const parsed = row.safeParse(node);
      if (parsed.success) {
        const value = parsed.data;
        label =
          'id' in value
            ? `id "${value.id}"`
            : 'key' in value
              ? `key "${value.key}"`
              : `"${value.title}"`;
      }
    }
  }
  return label;
}
