import { FREQUENCIES, getAllowedAnswers, type PreparedBank } from './bank';
import { SCORING_MODEL } from './model-constants';
import { DIMENSION_IDS, QUADRANTS } from './ids';
import type { Answers, DimensionId, Mode, Quadrant } from './schema';

/** Axis position of each quadrant: s = strategic (+1) vs tactical (-1), o = market (+1) vs team (-1). */
export const QUADRANT_POSITION: Readonly<Record<Quadrant, { s: 1 | -1; o: 1 | -1 }>> = {
  'strategic-market': { s: 1, o: 1 },
  'tactical-team': { s: -1, o: -1 },
  'strategic-team': { s: 1, o: -1 },
  'tactical-market': { s: -1, o: 1 },
};

/** A score in -1..+1 with its 90% interval (clamped to -1..+1). */
export interface AxisScore {
  value: number;
  low: number;
  high: number;
  /** Half the unclamped interval width: 1.645 * SE. */
  halfWidth: number;
}

export type QuadrantCounts = Record<Quadrant, number>;

/** Everything computed from the answers; the input to classifyFit. */
export interface Scores {
  mode: Mode;
  revision: number;
  /** Number of scenarios scored. */
  k: number;
  strategic: AxisScore;
  outside: AxisScore;
  /** PM-fit index f = (S + O) / 2: +1 = Product Manager, -1 = Product Owner. */
  fit: AxisScore;
  choices: QuadrantCounts;
  /** Choices per primary dimension of the scenarios. */
  byDimension: Record<DimensionId, QuadrantCounts>;
  /** Relative emphasis in the choices (0..100 share of chosen options that signal the dimension); never a strength. */
  gravitate: Record<DimensionId, number>;
  /** Skill profile 0..100 from the practice-frequency answers; null where unanswered. */
  skills: Record<DimensionId, number | null>;
}

export type ScoringError =
  | { kind: 'unknown-question'; ids: string[] }
  | { kind: 'invalid-option'; questionId: string; value: string }
  | { kind: 'missing-scenarios'; ids: string[] };

export type ScoreOutcome = { ok: true; value: Scores } | { ok: false; error: ScoringError };

const emptyCounts = (): QuadrantCounts => ({
  'strategic-market': 0,
  'tactical-team': 0,
  'strategic-team': 0,
  'tactical-market': 0,
});

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Mean with a 90% interval: SE = sample SD / sqrt(k) (docs/scoring.md, "Model 1: how sure we are"). */
export function scoreWithInterval(xs: readonly number[]): AxisScore {
  const k = xs.length;
  const m = mean(xs);
  const variance = k > 1 ? xs.reduce((a, x) => a + (x - m) ** 2, 0) / (k - 1) : 0;
  const halfWidth = SCORING_MODEL.z90 * (Math.sqrt(variance) / Math.sqrt(k));
  const clamp = (x: number) => Math.max(-1, Math.min(1, x));
  return { value: m, low: clamp(m - halfWidth), high: clamp(m + halfWidth), halfWidth };
}

/**
 * Scores a finished quiz. Pure and deterministic: only the chosen option ids count, never their screen order.
 * @example scoreAnswers(bank, { 'competitor-costs-deals': 'strategic-market', ... }, 'short')
 */
export function scoreAnswers(prepared: PreparedBank, answers: Answers, mode: Mode): ScoreOutcome {
  const { bank } = prepared;
  const items = prepared.items[mode];
  const known = new Map(prepared.items.full.map((item) => [item.id, item]));

  const unknown = Object.keys(answers).filter((id) => !known.has(id));
  if (unknown.length > 0)
    return { ok: false, error: { kind: 'unknown-question', ids: unknown.sort() } };

  for (const [questionId, value] of Object.entries(answers)) {
    const item = known.get(questionId);
    if (!item) continue;
    if (!getAllowedAnswers(item).includes(value))
      return { ok: false, error: { kind: 'invalid-option', questionId, value } };
  }

  const scenarios = items.flatMap((item) => (item.kind === 'scenario' ? [item.scenario] : []));
  const missing = scenarios.filter((s) => answers[s.id] === undefined).map((s) => s.id);
  if (missing.length > 0) return { ok: false, error: { kind: 'missing-scenarios', ids: missing } };

  const choices = emptyCounts();
  const byDimension = Object.fromEntries(DIMENSION_IDS.map((d) => [d, emptyCounts()])) as Record<
    DimensionId,
    QuadrantCounts
  >;
  const signalCounts = Object.fromEntries(DIMENSION_IDS.map((d) => [d, 0])) as Record<
    DimensionId,
    number
  >;
  const s: number[] = [];
  const o: number[] = [];
  const f: number[] = [];
  let signalTotal = 0;
  for (const scenario of scenarios) {
    const option = scenario.options.find((opt) => opt.key === answers[scenario.id]);
    if (!option) continue; // unreachable: checked above
    const pos = QUADRANT_POSITION[option.key];
    s.push(pos.s);
    o.push(pos.o);
    f.push((pos.s + pos.o) / 2);
    choices[option.key] += 1;
    byDimension[scenario.dimension][option.key] += 1;
    for (const signal of option.signals) {
      signalCounts[signal] += 1;
      signalTotal += 1;
    }
  }

  const gravitate = Object.fromEntries(
    DIMENSION_IDS.map((d) => [
      d,
      signalTotal === 0 ? 0 : Math.round((signalCounts[d] / signalTotal) * 100),
    ]),
  ) as Record<DimensionId, number>;

  const skills = Object.fromEntries(
    DIMENSION_IDS.map((d) => {
      const item = bank.practice.find((p) => p.dimension === d);
      const answer = item ? answers[item.id] : undefined;
      const level = FREQUENCIES.find((fr) => fr.id === answer);
      return [d, level ? level.score : null];
    }),
  ) as Record<DimensionId, number | null>;

  return {
    ok: true,
    value: {
      mode,
      revision: bank.revision,
      k: scenarios.length,
      strategic: scoreWithInterval(s),
      outside: scoreWithInterval(o),
      fit: scoreWithInterval(f),
      choices,
      byDimension,
      gravitate,
      skills,
    },
  };
}

/** The quadrant on the other side of both axes. */
export function mirrorQuadrant(q: Quadrant): Quadrant {
  const pos = QUADRANT_POSITION[q];
  const found = QUADRANTS.find(
    (c) => QUADRANT_POSITION[c].s === -pos.s && QUADRANT_POSITION[c].o === -pos.o,
  );
  return found ?? q;
}
