import { toDisplay, type FitResult } from './classify';
import type { BalancedKind, CertaintyLevel, DisplayScore, Strength } from './describe';
import {
  decideVerdict,
  summarizePosterior,
  type Estimate,
  type Posterior,
  type Verdict,
} from './model-v2';
import type { ResultType } from './result-types';
import type { Answers, Mode } from './schema';
import type { QuadrantCounts, Scores } from './scoring';

// A result as a link carries it, for both scoring models (docs/scoring.md). Model 1 links carry
// the result they showed; model 2 links carry the choice counts, from which the versioned model-2
// key computes the same result every time (docs/decisions/001-share-code-format.md).

export type { DisplayScore };

/** What both models' results have: the path type, the map numbers and the choice counts. */
interface SharedResultBase {
  /** The type in the link's path: the named type, or the more probable of "between" two. */
  type: ResultType;
  mode: Mode;
  revision: number;
  strategic: DisplayScore;
  outside: DisplayScore;
  fit: DisplayScore;
  choices: QuadrantCounts;
}

/** A result of scoring model 1 (links made before model 2), exactly as it was shown then. */
export interface SharedResultV1 extends SharedResultBase {
  model: 1;
  strength: Strength | null;
  balancedKind: BalancedKind | null;
  certainty: CertaintyLevel;
  nextNearest: ResultType;
}

/** A result of scoring model 2: the verdict and the posterior, at display precision where shown. */
export interface SharedResultV2 extends SharedResultBase {
  model: 2;
  verdict: Verdict;
  /** The third score Δ: classic-role choices against in-between ones. */
  delta: DisplayScore;
  typeProbabilities: Readonly<Record<ResultType, number>>;
}

export type SharedResult = SharedResultV1 | SharedResultV2;

/** What a result code carries beyond the path: the verdict only, the scores, or also the answers. */
export type ShareLevel = 'verdict' | 'scores' | 'answers';

/** The verdict of a "between" result, as a type-only link of model 2 carries it (no scores). */
export interface SharedVerdict {
  mode: Mode;
  revision: number;
  verdict: Extract<Verdict, { kind: 'between' }>;
}

export type SharePayload =
  | { level: 'verdict'; shared: SharedVerdict }
  | { level: 'scores'; result: SharedResult }
  | { level: 'answers'; result: SharedResult; answers: Answers };

/** The path type of a model-2 verdict: the named type, or the more probable of the two. */
export function verdictType(verdict: Verdict): ResultType {
  return verdict.kind === 'named' ? verdict.type : verdict.first.type;
}

/** The types a result is about: one, or both for a model-2 result between two types. */
export function typesOfVerdict(verdict: Verdict): ResultType[] {
  return verdict.kind === 'named' ? [verdict.type] : [verdict.first.type, verdict.second.type];
}

/** The types a shared result or payload is about (see typesOfVerdict); model 1 named one. */
export function typesOfPayload(payload: SharePayload): ResultType[] {
  if (payload.level === 'verdict') return typesOfVerdict(payload.shared.verdict);
  const { result } = payload;
  return result.model === 2 ? typesOfVerdict(result.verdict) : [result.type];
}

/** The type a decoded link's path should name. */
export function typeOfPayload(payload: SharePayload): ResultType {
  return payload.level === 'verdict' ? payload.shared.verdict.first.type : payload.result.type;
}

/** A result's position on the map with its 90% ranges (display precision), labelled. */
export function toMapPoint(label: string, result: Pick<SharedResult, 'strategic' | 'outside'>) {
  return {
    label,
    outside: result.outside.value,
    outsideLow: result.outside.low,
    outsideHigh: result.outside.high,
    strategic: result.strategic.value,
    strategicLow: result.strategic.low,
    strategicHigh: result.strategic.high,
  };
}

/** A point on the map for any posterior (a quiz's or a job posting's), in display units (−100…100). */
export function posteriorMapPoint(
  label: string,
  posterior: { strategic: Estimate; outside: Estimate },
) {
  return toMapPoint(label, {
    strategic: displayEstimate(posterior.strategic),
    outside: displayEstimate(posterior.outside),
  });
}

/** A probability as a whole percentage, rounded down, so 0.699 never shows as a named 70%. */
export function percentOf(probability: number): number {
  return Math.floor(probability * 100 + 1e-9);
}

const displayEstimate = (e: Estimate): DisplayScore => ({
  value: toDisplay(e.mean),
  low: toDisplay(e.low),
  high: toDisplay(e.high),
});

/** A model-1 result at display precision (kept for old links and their tests). */
export function toSharedResultV1(scores: Scores, fit: FitResult): SharedResultV1 {
  const display = (a: { value: number; low: number; high: number }): DisplayScore => ({
    value: toDisplay(a.value),
    low: toDisplay(a.low),
    high: toDisplay(a.high),
  });
  return {
    model: 1,
    type: fit.type,
    mode: scores.mode,
    revision: scores.revision,
    strength: fit.strength,
    balancedKind: fit.balancedKind,
    certainty: fit.certainty.level,
    nextNearest: fit.nextNearest,
    strategic: display(scores.strategic),
    outside: display(scores.outside),
    fit: display(scores.fit),
    choices: { ...scores.choices },
  };
}

/**
 * The model-2 result of a set of choice counts. Deterministic: the same counts always give the same
 * result, which is what lets a model-2 link carry only the counts.
 */
export function toSharedResultV2(
  choices: QuadrantCounts,
  mode: Mode,
  revision: number,
): SharedResultV2 {
  const posterior: Posterior = summarizePosterior(choices);
  const verdict = decideVerdict(posterior);
  return {
    model: 2,
    type: verdictType(verdict),
    mode,
    revision,
    verdict,
    strategic: displayEstimate(posterior.strategic),
    outside: displayEstimate(posterior.outside),
    fit: displayEstimate(posterior.fit),
    delta: displayEstimate(posterior.delta),
    typeProbabilities: posterior.typeProbabilities,
    choices: { ...choices },
  };
}
