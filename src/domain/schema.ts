// The bank schema. It runs at build time (scripts/bank-check-plugin.ts) and in tests; the browser never
// parses the bank again (src/content/load-content.ts), it only uses the ids and types from here.
import './zod-setup';
import * as z from 'zod/mini';

import { CONTEXT_IDS, DIMENSION_IDS, PREFER_NOT_TO_SAY, QUADRANTS } from './ids';

export { CONTEXT_IDS, DIMENSION_IDS, PREFER_NOT_TO_SAY, QUADRANTS };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z
  .string()
  .check(z.regex(SLUG, 'must be a kebab-case slug such as "backlog-ordering"'));
const text = (min: number, max: number) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(min, `must be at least ${min} characters`),
      z.maxLength(max, `must be at most ${max} characters`),
    );

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
  signals: z.array(DimensionIdSchema).check(z.minLength(1), z.maxLength(3)),
});

export const ScenarioSchema = z
  .strictObject({
    id: slug,
    dimension: DimensionIdSchema,
    short: z.optional(z.literal(true)),
    prompt: text(10, 300),
    options: z.array(ScenarioOptionSchema).check(z.length(4, 'must have exactly four options')),
  })
  .check(
    z.superRefine((scenario, ctx) => {
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
    }),
  );

export const PracticeItemSchema = z.strictObject({
  id: slug,
  dimension: DimensionIdSchema,
  activity: text(5, 160),
});

export const ContextOptionSchema = z.strictObject({ id: slug, label: text(1, 80) });

export const ContextQuestionSchema = z.strictObject({
  id: z.enum(CONTEXT_IDS),
  prompt: text(5, 200),
  options: z.array(ContextOptionSchema).check(z.minLength(2)),
});

export const BankSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    revision: z.int().check(z.minimum(1), z.maximum(255)),
    dimensions: z.array(DimensionSchema),
    scenarios: z.array(ScenarioSchema).check(z.minLength(1)),
    practice: z.array(PracticeItemSchema),
    context: z.array(ContextQuestionSchema),
  })
  .check(
    z.superRefine((bank, ctx) => {
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
    }),
  );

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
export const AnswersSchema = z.record(
  z.string().check(z.maxLength(80)),
  z.string().check(z.maxLength(80)),
);
export type Answers = z.infer<typeof AnswersSchema>;
