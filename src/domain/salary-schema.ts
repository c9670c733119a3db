// The schema of questions/salaries.json: figures, gaps and the sources they cite (docs/salary-rules.md).
import * as v from 'valibot';
import { contentRules } from './content-issues';
import {
  COUNTRY_IDS,
  CurrencySchema,
  PayBasisSchema,
  PayTypeSchema,
  SalaryRoleSchema,
  type CountryId,
} from './guide-ids';
import {
  SourceSchema,
  YearSchema,
  atLeastOne,
  flagDuplicates,
  isoDate,
  slug,
  sourceKey,
  text,
  unknownSource,
} from './guide-fields';

// A figure always belongs to a real country; 'other' only exists as an answer.
const DataCountrySchema = v.picklist(
  COUNTRY_IDS.filter((id): id is Exclude<CountryId, 'other'> => id !== 'other'),
);

const SalaryFigureShapeSchema = v.strictObject({
  id: slug,
  country: DataCountrySchema,
  role: SalaryRoleSchema,
  seniority: text,
  payType: PayTypeSchema,
  /** What the figure includes: base pay only, total pay (bonus, equity), or the source does not say. */
  pay: PayBasisSchema,
  period: v.picklist(['year', 'month']),
  currency: CurrencySchema,
  currencyUncertain: v.optional(v.boolean()),
  min: v.pipe(v.number(), v.gtValue(0)),
  max: v.pipe(v.number(), v.gtValue(0)),
  openEnded: v.optional(v.boolean()),
  year: YearSchema,
  source: sourceKey,
  proxy: v.optional(v.boolean()),
  note: v.optional(text),
  /** For editors only: a to-do or doubt about the figure. Never rendered (docs/salary-rules.md). */
  researchNote: v.optional(text),
  excluded: v.optional(v.boolean()),
  excludedReason: v.optional(text),
});

export const SalaryFigureSchema = v.pipe(
  SalaryFigureShapeSchema,
  contentRules<v.InferOutput<typeof SalaryFigureShapeSchema>>((f, report) => {
    if (f.min > f.max) report(['max'], 'max must be at least min');
    if ((f.payType === 'base' || f.payType === 'total') && f.pay !== f.payType)
      report(['pay'], `a "${f.payType}" figure must have pay "${f.payType}"`);
    if (f.excluded === true && f.excludedReason === undefined)
      report(
        ['excludedReason'],
        'an excluded figure must say why (docs/salary-rules.md, display rule 6)',
      );
  }),
);

export const SalaryGapSchema = v.strictObject({
  country: DataCountrySchema,
  role: SalaryRoleSchema,
  seniority: v.optional(text),
  proxy: v.optional(v.boolean()),
  label: v.optional(text),
  reason: text,
  /** For editors only; never rendered. */
  researchNote: v.optional(text),
  source: v.optional(sourceKey),
});

const SalaryDataShapeSchema = v.strictObject({
  checkedOn: isoDate,
  /** Shown to users under the figures. */
  notes: v.array(text),
  /** For editors only: open research questions about the file. Never rendered. */
  researchNotes: v.optional(v.array(text)),
  sources: atLeastOne(v.array(SourceSchema)),
  figures: v.array(SalaryFigureSchema),
  gaps: v.array(SalaryGapSchema),
});

export const SalaryDataSchema = v.pipe(
  SalaryDataShapeSchema,
  contentRules<v.InferOutput<typeof SalaryDataShapeSchema>>((data, report) => {
    const keys = flagDuplicates(
      report,
      data.sources,
      (item) => item.key,
      ['sources', 'key'],
      'source key',
    );
    flagDuplicates(report, data.figures, (f) => f.id, ['figures', 'id'], 'figure id');
    data.figures.forEach((f, i) => {
      if (!keys.has(f.source)) report(['figures', i, 'source'], unknownSource(f.source));
    });
    data.gaps.forEach((g, i) => {
      if (g.source !== undefined && !keys.has(g.source))
        report(['gaps', i, 'source'], unknownSource(g.source));
    });
  }),
);

export type SalaryFigure = v.InferOutput<typeof SalaryFigureSchema>;
export type SalaryGap = v.InferOutput<typeof SalaryGapSchema>;
export type SalaryData = v.InferOutput<typeof SalaryDataSchema>;
