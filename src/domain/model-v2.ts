import { betaQuantile } from './beta-distribution';
import { QUADRANTS } from './ids';
import { SCORING_MODEL_V2 } from './model-constants';
import type { ResultType } from './result-types';
import type { Quadrant } from './schema';
import { createRandom, hashSeed, sampleDirichlet } from './seeded-random';

// Scoring model v2 (docs/scoring.md): a per-taker Dirichlet posterior over the four quadrant
// shares, exact Beta ranges for the two axes, and type probabilities from seeded posterior draws.

/** How many of the scored scenario choices fell in each quadrant. */
export type ChoiceCounts = Readonly<Record<Quadrant, number>>;

/** A score on -1..+1: the posterior mean and the 5th and 95th percentiles. */
export interface Estimate {
  mean: number;
  low: number;
  high: number;
}

export type BalancedKind = 'enjoys-both' | 'drawn-to-neither';

/** What the posterior says about one taker's choices. */
export interface Posterior {
  /** Number of scenario choices. */
  k: number;
  /** Strategic (+1) vs tactical (-1). */
  strategic: Estimate;
  /** Market-facing (+1) vs team-facing (-1). */
  outside: Estimate;
  /** PM-fit index f = π_A − π_B: +1 Product Manager, -1 Product Owner. */
  fit: Estimate;
  /** Third score Δ = classic-role choices minus in-between choices. */
  delta: Estimate;
  /** Share of posterior draws in each type's region; sums to 1. */
  typeProbabilities: Readonly<Record<ResultType, number>>;
}

/** The named type, or the two most probable when none reaches the naming threshold. */
export type Verdict =
  | {
      kind: 'named';
      type: ResultType;
      probability: number;
      /** Only for a balanced result: which kind of balanced, by the third score. */
      balancedKind: BalancedKind | null;
    }
  | {
      kind: 'between';
      first: { type: ResultType; probability: number };
      second: { type: ResultType; probability: number };
      /** Set when one of the two is balanced. */
      balancedKind: BalancedKind | null;
    };

/** The versioned constants of model v2 (part of the scoring key). */
export interface ModelV2Key {
  /** The Jeffreys prior added to every quadrant count. */
  prior: number;
  /** Posterior draws per taker. */
  draws: number;
  /** The balanced region is |S| < b and |O| < b. */
  balancedHalfWidth: number;
  /** A type is named at this probability or more; below it the result is "between A and B". */
  nameAt: number;
}

/**
 * The type region a map position falls in: the centre square |S| < b, |O| < b is balanced, and each
 * quadrant outside it is one type. Points on an axis (S or O exactly 0) outside the centre go to the
 * side of the positive pole, so every point has exactly one type.
 * @example regionOf(0.6, -0.4, 0.2) // 'strategic-technical'
 */
export function regionOf(s: number, o: number, balancedHalfWidth: number): ResultType {
  if (Math.abs(s) < balancedHalfWidth && Math.abs(o) < balancedHalfWidth) return 'balanced';
  if (s >= 0) return o >= 0 ? 'product-manager' : 'strategic-technical';
  return o >= 0 ? 'customer-facing' : 'product-owner';
}

/** The p-quantile of sorted values (linear interpolation). */
function quantileOfSorted(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

/** An axis whose (x + 1) / 2 follows Beta(a, b) exactly: mean and 90% range on -1..+1. */
function betaAxis(a: number, b: number): Estimate {
  return {
    mean: (2 * a) / (a + b) - 1,
    low: 2 * betaQuantile(0.05, a, b) - 1,
    high: 2 * betaQuantile(0.95, a, b) - 1,
  };
}

/**
 * The two map axes of one taker's choices, exactly (Beta marginals, no draws): what
 * `summarizePosterior` reports for S and O, at a fraction of its cost. Used to compare two takes.
 */
export function summarizeAxes(
  counts: ChoiceCounts,
  key: Pick<ModelV2Key, 'prior'> = SCORING_MODEL_V2,
): { strategic: Estimate; outside: Estimate } {
  const [aA = 0, aB = 0, aC = 0, aD = 0] = QUADRANTS.map((q) => counts[q] + key.prior);
  return { strategic: betaAxis(aA + aC, aB + aD), outside: betaAxis(aA + aD, aB + aC) };
}

/** A seed that depends only on the counts, so equal counts always give equal draws. */
function seedOf(counts: ChoiceCounts, key: ModelV2Key): number {
  return hashSeed(`v2|${QUADRANTS.map((q) => counts[q]).join(',')}|${key.draws}|${key.prior}`);
}

/**
 * The posterior of one taker's choices. Deterministic: the draws come from a generator seeded with
 * the counts.
 * @example summarizePosterior({ 'strategic-market': 28, 'tactical-team': 0, 'strategic-team': 0, 'tactical-market': 0 })
 */
export function summarizePosterior(
  counts: ChoiceCounts,
  key: ModelV2Key = SCORING_MODEL_V2,
): Posterior {
  const alpha = QUADRANTS.map((q) => counts[q] + key.prior);
  const [aA = 0, aB = 0, aC = 0, aD = 0] = alpha;
  const total = aA + aB + aC + aD;
  const k = QUADRANTS.reduce((sum, q) => sum + counts[q], 0);

  const random = createRandom(seedOf(counts, key));
  const hits: Record<ResultType, number> = {
    'product-manager': 0,
    'product-owner': 0,
    'strategic-technical': 0,
    'customer-facing': 0,
    balanced: 0,
  };
  // Typed arrays sort numerically in native code: three times faster than an array with a comparator.
  const fits = new Float64Array(key.draws);
  const deltas = new Float64Array(key.draws);
  for (let i = 0; i < key.draws; i += 1) {
    const [pA = 0, pB = 0, pC = 0, pD = 0] = sampleDirichlet(random, alpha);
    hits[regionOf(pA + pC - pB - pD, pA + pD - pB - pC, key.balancedHalfWidth)] += 1;
    fits[i] = pA - pB;
    deltas[i] = pA + pB - pC - pD;
  }
  fits.sort();
  deltas.sort();
  const fromDraws = (sorted: Float64Array, mean: number): Estimate => ({
    mean,
    low: quantileOfSorted(sorted, 0.05),
    high: quantileOfSorted(sorted, 0.95),
  });

  return {
    k,
    ...summarizeAxes(counts, key),
    fit: fromDraws(fits, (aA - aB) / total),
    delta: fromDraws(deltas, (aA + aB - aC - aD) / total),
    typeProbabilities: Object.fromEntries(
      Object.entries(hits).map(([type, n]) => [type, n / key.draws]),
    ) as Record<ResultType, number>,
  };
}

/**
 * Names the most probable type when its probability reaches the threshold; otherwise "between" the
 * two most probable. Ties in probability are broken by a fixed type order, never at random.
 */
export function decideVerdict(posterior: Posterior, key: ModelV2Key = SCORING_MODEL_V2): Verdict {
  const order: ResultType[] = [
    'product-manager',
    'product-owner',
    'strategic-technical',
    'customer-facing',
    'balanced',
  ];
  const ranked = order
    .map((type) => ({ type, probability: posterior.typeProbabilities[type] }))
    .sort((x, y) => y.probability - x.probability);
  const [first, second] = ranked;
  if (!first || !second) throw new Error('unreachable: five types');
  const balancedKind: BalancedKind = posterior.delta.mean >= 0 ? 'enjoys-both' : 'drawn-to-neither';
  if (first.probability >= key.nameAt)
    return {
      kind: 'named',
      type: first.type,
      probability: first.probability,
      balancedKind: first.type === 'balanced' ? balancedKind : null,
    };
  return {
    kind: 'between',
    first,
    second,
    balancedKind: first.type === 'balanced' || second.type === 'balanced' ? balancedKind : null,
  };
}
