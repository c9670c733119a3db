// The schema of questions/growth.json: tips, certifications, books, moves, job titles and caveats.
// Its source keys resolve against roles.json's sources (guide-sources.ts).
import * as v from 'valibot';
import { contentRules } from './content-issues';
import { CompanySizeIdSchema, ExperienceIdSchema, FrameworkIdSchema } from './guide-ids';
import {
  YearSchema,
  atLeastOne,
  everyKey,
  flagDuplicates,
  isoDate,
  slug,
  sourceKeys,
  text,
} from './guide-fields';
import { RESULT_TYPES } from './result-types';
import { DIMENSION_IDS, DimensionIdSchema } from './schema';

const cited = atLeastOne(sourceKeys);

export const TipSchema = v.strictObject({ text, sources: cited });

export const CertificationSchema = v.strictObject({
  id: slug,
  name: text,
  body: text,
  pointsTo: v.picklist(['product-manager', 'product-owner', 'both']),
  frameworks: v.array(v.picklist(['scrum', 'safe', 'kanban'])),
  level: v.picklist(['entry', 'advanced']),
  summary: text,
  sources: cited,
});

const BookShapeSchema = v.strictObject({
  title: text,
  authors: text,
  year: YearSchema,
  dimensions: atLeastOne(v.array(DimensionIdSchema)),
  alsoConsider: v.optional(v.boolean()),
  note: v.optional(text),
  sources: sourceKeys,
});

export const BookSchema = v.pipe(
  BookShapeSchema,
  contentRules<v.InferOutput<typeof BookShapeSchema>>((b, report) => {
    if (b.alsoConsider !== true && b.sources.length === 0)
      report(['sources'], 'a book needs a source unless it is marked "alsoConsider"');
  }),
);

export const MoveStepSchema = v.strictObject({ title: text, text, sources: cited });

export const CaveatSchema = v.strictObject({
  id: slug,
  // Every listed question must match; an empty object means the caveat always applies.
  when: v.strictObject({
    framework: v.optional(atLeastOne(v.array(FrameworkIdSchema))),
    'company-size': v.optional(atLeastOne(v.array(CompanySizeIdSchema))),
    experience: v.optional(atLeastOne(v.array(ExperienceIdSchema))),
  }),
  text,
  sources: cited,
});

const GrowthShapeSchema = v.strictObject({
  checkedOn: isoDate,
  // Every one of the nine dimensions needs tips.
  tips: everyKey(DIMENSION_IDS, atLeastOne(v.array(TipSchema), 'needs at least one tip')),
  certifications: atLeastOne(v.array(CertificationSchema)),
  certificationPairing: v.strictObject({
    'product-owner': v.array(slug),
    'product-manager': v.array(slug),
    safe: v.array(slug),
  }),
  certificationPairingNote: text,
  certificationCaveat: text,
  certificationCaveatSources: cited,
  books: atLeastOne(v.array(BookSchema)),
  moves: v.strictObject({
    'toward-product-manager': atLeastOne(v.array(MoveStepSchema)),
    'toward-product-owner': atLeastOne(v.array(MoveStepSchema)),
  }),
  jobTitles: everyKey(RESULT_TYPES, atLeastOne(v.array(text))),
  jobTitlesSources: everyKey(RESULT_TYPES, cited),
  caveats: v.array(CaveatSchema),
});

export const GrowthSchema = v.pipe(
  GrowthShapeSchema,
  contentRules<v.InferOutput<typeof GrowthShapeSchema>>((growth, report) => {
    const certIds = flagDuplicates(
      report,
      growth.certifications,
      (item) => item.id,
      ['certifications', 'id'],
      'certification id',
    );
    for (const [list, ids] of Object.entries(growth.certificationPairing)) {
      ids.forEach((id, i) => {
        if (!certIds.has(id))
          report(['certificationPairing', list, i], `unknown certification id "${id}"`);
      });
    }
    flagDuplicates(report, growth.caveats, (item) => item.id, ['caveats', 'id'], 'caveat id');
  }),
);

export type Tip = v.InferOutput<typeof TipSchema>;
export type Certification = v.InferOutput<typeof CertificationSchema>;
export type Book = v.InferOutput<typeof BookSchema>;
export type MoveStep = v.InferOutput<typeof MoveStepSchema>;
export type Caveat = v.InferOutput<typeof CaveatSchema>;
export type Growth = v.InferOutput<typeof GrowthSchema>;
