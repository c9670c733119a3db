import { z } from 'zod';

/** The four quadrants a scenario option can sit in; also the option's stable id. */
export const QUADRANTS = [
  'strategic-market',
  'tactical-team',
  'strategic-team',
  'tactical-market',
] as const;
/** The nine skill dimensions, in display order. Ids are permanent (share links use them). */
export const DIMENSION_IDS = [
  'market',
  'business',
  'strategy',
  'discovery',
  'backlog',
  'delivery',
  'technical',
  'data',
  'stakeholders',
] as const;
/** The unscored context questions, in the order the quiz asks them. */
export const CONTEXT_IDS = ['country', 'experience', 'framework', 'company-size'] as const;
/** The answer id every context question accepts in place of an option. */
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(SLUG, 'must be a kebab-case slug such as "backlog-ordering"');
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `must be at least ${min} characters`)
    .max(max, `must be at most ${max} characters`);

export const QuadrantSchema = z.enum(QUADRANTS);
export const DimensionIdSchema = z.enum(DIMENSION_IDS);

export const DimensionSchema = z.strictObject({
  id: DimensionIdSchema,
  label: text(3, 60),
  scenarioNoun: text(3, 30),
});

export const ScenarioOptionSchema = z.strictObject({
  key: QuadrantSchema,
  text: text(10, 240),
  signals: z.array(DimensionIdSchema).min(1).max(3),
});

export const ScenarioSchema = z
  .strictObject({
    id: slug,
    dimension: DimensionIdSchema,
    short: z.literal(true).optional(),
    prompt: text(10, 300),
    options: z.array(ScenarioOptionSchema).length(4, 'must have exactly four options'),
  })
  .superRefine((scenario, ctx) => {
    for (const quadrant of QUADRANTS) {
      const count = scenario.options.filter((o) => o.key === quadrant).length;
      if (count !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: `must have exactly one "${quadrant}" option (found ${count})`,
        });
      }
    }
  });

export const PracticeItemSchema = z.strictObject({
  id: slug,
  dimension: DimensionIdSchema,
  activity: text(5, 160),
});

export const ContextOptionSchema = z.strictObject({ id: slug, label: text(1, 80) });

export const ContextQuestionSchema = z.strictObject({
  id: z.enum(CONTEXT_IDS),
  prompt: text(5, 200),
  options: z.array(ContextOptionSchema).min(2),
});

export const BankSchema = z
  .strictObject({
    $schema: z.string().optional(),
    revision: z.int().min(1).max(255),
    dimensions: z.array(DimensionSchema),
    scenarios: z.array(ScenarioSchema).min(1),
    practice: z.array(PracticeItemSchema),
    context: z.array(ContextQuestionSchema),
  })
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    const checkId = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `duplicate id "${id}"` });
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
        if (optionIds.has(o.id) || o.id === PREFER_NOT_TO_SAY) {
          ctx.addIssue({
            code: 'custom',
            path: ['context', i, 'options', j, 'id'],
            message: `option id "${o.id}" is duplicated or reserved`,
          });
        }
        optionIds.add(o.id);
      });
    });
    DIMENSION_IDS.forEach((id) => {
      const dims = bank.dimensions.filter((d) => d.id === id).length;
      if (dims !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['dimensions'],
          message: `dimension "${id}" must be listed exactly once (found ${dims})`,
        });
      }
      const practice = bank.practice.filter((p) => p.dimension === id).length;
      if (practice !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['practice'],
          message: `dimension "${id}" needs exactly one practice-frequency item (found ${practice})`,
        });
      }
    });
  });

export type Quadrant = z.infer<typeof QuadrantSchema>;
export type DimensionId = z.infer<typeof DimensionIdSchema>;
export type ContextId = (typeof CONTEXT_IDS)[number];
export type Dimension = z.infer<typeof DimensionSchema>;
export type ScenarioOption = z.infer<typeof ScenarioOptionSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type PracticeItem = z.infer<typeof PracticeItemSchema>;
export type ContextQuestion = z.infer<typeof ContextQuestionSchema>;
export type Bank = z.infer<typeof BankSchema>;

/** Quiz length. */
export const ModeSchema = z.enum(['full', 'short']);
export type Mode = z.infer<typeof ModeSchema>;

/** What the taker chose: question id -> option id (a quadrant, a frequency id or a context option id). */
export const AnswersSchema = z.record(z.string().max(80), z.string().max(80));
export type Answers = z.infer<typeof AnswersSchema>;
