import { summarizeAxes, type Estimate } from './model-v2';
import { TYPE_PROTOTYPES } from './result-types';
import type { SharedResultV2 } from './shared-result';
import { verdictHeadline } from './describe-v2';
import { result as w } from '../words/en/result';

// Comparing two takes of the quiz (docs/scoring.md, "Comparing two takes"). A retake moves by
// chance alone, so a change is called real only beyond the 90% reliable-change threshold of the
// difference of two takes (Jacobson & Truax 1991), from each take's own posterior range.

/** z of a two-sided 90% interval: a 90% range spans ±1.645 standard errors. */
export const RELIABLE_CHANGE_Z = 1.645;

/** The standard error a 90% range implies (normal approximation): its width over 2 × 1.645. */
export function standardErrorOf(estimate: Estimate): number {
  return (estimate.high - estimate.low) / (2 * RELIABLE_CHANGE_Z);
}

/**
 * The smallest difference between two takes that is not explained by retaking alone at the 90%
 * level: 1.645 × √(se₁² + se₂²), the standard error of a difference of two independent takes.
 */
export function reliableChangeThreshold(before: Estimate, after: Estimate): number {
  return RELIABLE_CHANGE_Z * Math.hypot(standardErrorOf(before), standardErrorOf(after));
}

/** Which way a score moved: beyond the threshold up or down, or within it. */
export type Change = 'up' | 'down' | 'same';

/** How one axis moved between two takes (on −1..+1), and the threshold it was measured against. */
export interface AxisChange {
  change: Change;
  difference: number;
  threshold: number;
}

/** Compares one axis of two takes: a change only when |after − before| exceeds the threshold. */
export function compareAxis(before: Estimate, after: Estimate): AxisChange {
  const difference = after.mean - before.mean;
  const threshold = reliableChangeThreshold(before, after);
  const change = Math.abs(difference) <= threshold ? 'same' : difference > 0 ? 'up' : 'down';
  return { change, difference, threshold };
}

/** One line of a comparison: the score it is about, how it moved, and the sentence to show. */
export interface ComparisonRow {
  id: 'type' | 'strategic' | 'outside';
  label: string;
  /** Whether it changed beyond what retaking alone explains. */
  isRealChange: boolean;
  sentence: string;
}

/** A new take compared with an earlier one. */
export interface TakeComparison {
  /** The earlier take's date as shown ("2 December 2026"). */
  date: string;
  /** Whether anything changed beyond what retaking alone explains. */
  hasRealChange: boolean;
  summary: string;
  rows: ComparisonRow[];
}

const BEYOND = w.retake.beyond;

const AXES = [
  { id: 'strategic', label: w.retake.labels.strategic, ...w.retake.directions.strategic },
  { id: 'outside', label: w.retake.labels.outside, ...w.retake.directions.outside },
] as const;

/**
 * Compares a new take with an earlier one, in plain sentences: per axis, "about the same" unless
 * the change is beyond the reliable-change threshold; for the type, a change counts only when an
 * axis that separates the two types moved beyond its threshold towards the new type.
 * @example compareTakes(earlier, now, '2 December 2026').rows[1].sentence // 'More strategic than on 2 December 2026 (…)'
 */
export function compareTakes(
  before: SharedResultV2,
  after: SharedResultV2,
  date: string,
): TakeComparison {
  const axesBefore = summarizeAxes(before.choices);
  const axesAfter = summarizeAxes(after.choices);
  const same = w.retake.sameAs(date);
  const axisRows = AXES.map(
    (axis): ComparisonRow & { id: 'strategic' | 'outside'; moved: AxisChange } => {
      const moved = compareAxis(axesBefore[axis.id], axesAfter[axis.id]);
      const sentence =
        moved.change === 'same'
          ? same
          : w.retake.moved(moved.change === 'up' ? axis.up : axis.down, date, BEYOND);
      return {
        id: axis.id,
        label: axis.label,
        isRealChange: moved.change !== 'same',
        sentence,
        moved,
      };
    },
  );

  const was = verdictHeadline(before.verdict);
  const now = verdictHeadline(after.verdict);
  const from = TYPE_PROTOTYPES[before.type];
  const to = TYPE_PROTOTYPES[after.type];
  const toward = { strategic: Math.sign(to.s - from.s), outside: Math.sign(to.o - from.o) };
  const isTypeReal =
    was !== now &&
    axisRows.some(
      (row) =>
        (row.moved.change === 'up' && toward[row.id] > 0) ||
        (row.moved.change === 'down' && toward[row.id] < 0),
    );
  const typeSentence =
    was === now
      ? w.retake.typeSame(date, now)
      : isTypeReal
        ? w.retake.typeChanged(now, was, date, BEYOND)
        : w.retake.typeWithinChance(date, was, now);

  const rows: ComparisonRow[] = [
    { id: 'type', label: w.retake.labels.type, isRealChange: isTypeReal, sentence: typeSentence },
    ...axisRows.map(({ id, label, isRealChange, sentence }) => ({
      id,
      label,
      isRealChange,
      sentence,
    })),
  ];
  const hasRealChange = rows.some((row) => row.isRealChange);
  return {
    date,
    hasRealChange,
    summary: hasRealChange ? w.retake.summaryChanged(date) : w.retake.summarySame(date),
    rows,
  };
}
