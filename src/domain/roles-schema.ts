// The schema of questions/roles.json: result-type texts, the PM/PO guide, notices and the one source
// list the guide files cite.
import * as v from 'valibot';
import { contentRules } from './content-issues';
import { CountryIdSchema, ResultTypeSchema } from './guide-ids';
import {
  SourceSchema,
  atLeastOne,
  flagDuplicates,
  refsAt,
  slug,
  sourceKeys,
  text,
  unknownSource,
  type SourceRef,
} from './guide-fields';
import { RESULT_TYPES } from './result-types';

const cited = atLeastOne(sourceKeys);
const paragraphs = atLeastOne(v.array(text));

export const ResultTypeContentSchema = v.strictObject({
  id: ResultTypeSchema,
  name: text,
  shortName: text,
  summary: text,
  description: text,
  /** The same in the third person, for someone reading a result shared with them. */
  about: v.strictObject({ summary: text, description: text }),
  realWorldRoles: paragraphs,
  whatItDoesNotMean: text,
  sources: cited,
});

export const ComparisonRowSchema = v.strictObject({
  aspect: text,
  productManager: text,
  productOwner: text,
  note: v.optional(text),
  sources: cited,
});

/** A fact about the roles in some countries (what the titles mean there), with its sources. */
export const CountryNoteSchema = v.strictObject({
  id: slug,
  /** The country answers (COUNTRY_IDS) the note is about. */
  countries: atLeastOne(v.array(CountryIdSchema)),
  title: text,
  text,
  sources: cited,
});

const RolesContentShapeSchema = v.strictObject({
  types: v.array(ResultTypeContentSchema),
  guide: v.strictObject({
    intro: text,
    comparison: atLeastOne(v.array(ComparisonRowSchema)),
    overlap: paragraphs,
    overlapSources: cited,
    bothRoles: paragraphs,
    bothRolesSources: cited,
    workingTogether: paragraphs,
    workingTogetherSources: cited,
  }),
  notices: v.strictObject({ notForHiring: text, notATest: text, splitCaveat: text }),
  noticesSources: cited,
  countryNotes: v.array(CountryNoteSchema),
  sources: atLeastOne(v.array(SourceSchema)),
});

export const RolesContentSchema = v.pipe(
  RolesContentShapeSchema,
  contentRules<v.InferOutput<typeof RolesContentShapeSchema>>((roles, report) => {
    for (const type of RESULT_TYPES) {
      const count = roles.types.filter((t) => t.id === type).length;
      if (count !== 1)
        report(['types'], `result type "${type}" must appear exactly once (found ${count})`);
    }
    flagDuplicates(
      report,
      roles.countryNotes,
      (note) => note.id,
      ['countryNotes', 'id'],
      'country note id',
    );
    const keys = flagDuplicates(
      report,
      roles.sources,
      (item) => item.key,
      ['sources', 'key'],
      'source key',
    );
    for (const ref of listRolesSourceRefs(roles)) {
      if (!keys.has(ref.key)) report(ref.path, unknownSource(ref.key));
    }
  }),
);

export type ResultTypeContent = v.InferOutput<typeof ResultTypeContentSchema>;
export type ComparisonRow = v.InferOutput<typeof ComparisonRowSchema>;
export type CountryNote = v.InferOutput<typeof CountryNoteSchema>;
export type RolesContent = v.InferOutput<typeof RolesContentSchema>;

/** Every source key roles.json cites outside its own sources list. */
export function listRolesSourceRefs(
  roles: v.InferOutput<typeof RolesContentShapeSchema>,
): SourceRef[] {
  const { guide } = roles;
  return [
    ...roles.types.flatMap((t, i) => refsAt(['types', i, 'sources'], t.sources)),
    ...guide.comparison.flatMap((c, i) => refsAt(['guide', 'comparison', i, 'sources'], c.sources)),
    ...refsAt(['guide', 'overlapSources'], guide.overlapSources),
    ...refsAt(['guide', 'bothRolesSources'], guide.bothRolesSources),
    ...refsAt(['guide', 'workingTogetherSources'], guide.workingTogetherSources),
    ...refsAt(['noticesSources'], roles.noticesSources),
    ...roles.countryNotes.flatMap((n, i) => refsAt(['countryNotes', i, 'sources'], n.sources)),
  ];
}
