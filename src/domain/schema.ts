// The bank schema. It runs at build time (scripts/bank-check-plugin.ts) and in tests; the browser never
// parses the bank again (src/content/load-content.ts), it only uses the ids and types from here.
import * as v from 'valibot';
import { contentRules } from './content-issues';
import { CONTEXT_IDS, DIMENSION_IDS, PREFER_NOT_TO_SAY, QUADRANTS } from './ids';

export { CONTEXT_IDS, DIMENSION_IDS, PREFER_NOT_TO_SAY, QUADRANTS };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = v.pipe(
  v.string(),
  v.regex(SLUG, 'must be a kebab-case slug such as "backlog-ordering"'),
);
const text = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(min, `must be at least ${min} characters`),
    v.maxLength(max, `must be at most ${max} characters`),
  );

export const QuadrantSchema = v.picklist(QUADRANTS);
export const DimensionIdSchema = v.picklist(DIMENSION_IDS);

export const DimensionSchema = v.strictObject({
  id: DimensionIdSchema,
  label: text(3, 60),
  scenarioNoun: text(3, 30),
});

export const ScenarioOptionSchema = v.strictObject({
  key: QuadrantSchema,
  text: text(10, 240),
  signals: v.pipe(v.array(DimensionIdSchema), v.minLength(1), v.maxLength(3)),
});

const ScenarioShapeSchema = v.strictObject({
  id: slug,
  dimension: DimensionIdSchema,
  short: v.optional(v.literal(true)),
  prompt: text(10, 300),
  options: v.pipe(v.array(ScenarioOptionSchema), v.length(4, 'must have exactly four options')),
});

export const ScenarioSchema = v.pipe(
  ScenarioShapeSchema,
  contentRules<v.InferOutput<typeof ScenarioShapeSchema>>((scenario, report) => {
    for (const quadrant of QUADRANTS) {
      const count = scenario.options.filter((o) => o.key === quadrant).length;
      if (count !== 1)
        report(['options'], `must have exactly one "${quadrant}" option (found ${count})`);
    }
  }),
);

export const PracticeItemSchema = v.strictObject({
  id: slug,
  dimension: DimensionIdSchema,
  activity: text(5, 160),
});

export const ContextOptionSchema = v.strictObject({ id: slug, label: text(1, 80) });

export const ContextQuestionSchema = v.strictObject({
  id: v.picklist(CONTEXT_IDS),
  prompt: text(5, 200),
  options: v.pipe(v.array(ContextOptionSchema), v.minLength(2)),
});

const BankShapeSchema = v.strictObject({
  $schema: v.optional(v.string()),
  revision: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(255)),
  dimensions: v.array(DimensionSchema),
  scenarios: v.pipe(v.array(ScenarioSchema), v.minLength(1)),
  practice: v.array(PracticeItemSchema),
  context: v.array(ContextQuestionSchema),
});

export const BankSchema = v.pipe(
  BankShapeSchema,
  contentRules<v.InferOutput<typeof BankShapeSchema>>((bank, report) => {
    const seen = new Set<string>();
    const checkId = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) report(path, `duplicate id "${id}"`);
      seen.add(id);
    };
    bank.scenarios.forEach((s, i) => {
      checkId(s.id, ['scenarios', i, 'id']);
    });
    bank.practice.forEach((p, i) => {
      checkId(p.id, ['practice', i, 'id']);
    });
    bank.context.forEach((c, i) => {
      checkId(c.id, ['context', i, 'id']);
      const optionIds = new Set<string>();
      c.options.forEach((o, j) => {
        if (optionIds.has(o.id) || o.id === PREFER_NOT_TO_SAY)
          report(
            ['context', i, 'options', j, 'id'],
            `option id "${o.id}" is duplicated or reserved`,
          );
        optionIds.add(o.id);
      });
    });
    DIMENSION_IDS.forEach((id) => {
      const dims = bank.dimensions.filter((d) => d.id === id).length;
      if (dims !== 1)
        report(['dimensions'], `dimension "${id}" must be listed exactly once (found ${dims})`);
      const practice = bank.practice.filter((p) => p.dimension === id).length;
      if (practice !== 1)
        report(
          ['practice'],
          `dimension "${id}" needs exactly one practice-frequency item (found ${practice})`,
        );
    });
  }),
);

export type Quadrant = v.InferOutput<typeof QuadrantSchema>;
export type DimensionId = v.InferOutput<typeof DimensionIdSchema>;
export type ContextId = (typeof CONTEXT_IDS)[number];
export type Dimension = v.InferOutput<typeof DimensionSchema>;
export type ScenarioOption = v.InferOutput<typeof ScenarioOptionSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type PracticeItem = v.InferOutput<typeof PracticeItemSchema>;
export type ContextQuestion = v.InferOutput<typeof ContextQuestionSchema>;
export type Bank = v.InferOutput<typeof BankSchema>;

/** Quiz length. */
export const ModeSchema = v.picklist(['full', 'short']);
export type Mode = v.InferOutput<typeof ModeSchema>;

/** What the taker chose: question id -> option id (a quadrant, a frequency id or a context option id). */
export const AnswersSchema = v.record(
  v.pipe(v.string(), v.maxLength(80)),
  v.pipe(v.string(), v.maxLength(80)),
);
export type Answers = v.InferOutput<typeof AnswersSchema>;
