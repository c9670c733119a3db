import { SCORING_MODEL } from './model-constants';
import { QUADRANT_POSITION, type AxisScore, type QuadrantCounts, type Scores } from './scoring';
import { RESULT_TYPES, TYPE_NAMES, TYPE_PROTOTYPES, type ResultType } from './result-types';
import { DIMENSION_IDS, QUADRANTS, type Bank, type Quadrant } from './schema';

export type Strength = 'slight' | 'clear' | 'strong';
export type BalancedKind = 'enjoys-both' | 'drawn-to-neither';
export type CertaintyLevel = 'high' | 'moderate' | 'low';

/** One axis in words. */
export interface AxisLeaning {
  pole: 'strategic' | 'tactical' | 'market' | 'team' | null;
  /** True when the 90% interval excludes zero. */
  decided: boolean;
  strength: Strength;
  text: string;
}

export interface FitResult {
  type: ResultType;
  /** "Clear Product Manager fit", "Balanced / full-stack product person: enjoys both". */
  headline: string;
  /** Null for a balanced result, which has no direction to be strong in. */
  strength: Strength | null;
  balancedKind: BalancedKind | null;
  axes: { strategic: AxisLeaning; outside: AxisLeaning };
  /** Shares of scenarios (integers summing to 100): PM-type, PO-type and mixed choices. */
  percentages: { pm: number; po: number; mixed: number };
  certainty: { level: CertaintyLevel; text: string };
  nextNearest: ResultType;
  /** Sentences that trace the result back to the answers. */
  explanation: string[];
}

/** Strength bands on a magnitude in 0..1: below .33 slight, .33 to .66 clear, above .66 strong. */
export function strengthOf(magnitude: number): Strength {
  const m = Math.abs(magnitude);
  if (m > SCORING_MODEL.strongAbove) return 'strong';
  if (m >= SCORING_MODEL.clearFrom) return 'clear';
  return 'slight';
}

/** Engine value -1..+1 to the -100..100 the UI shows. */
export function toDisplay(x: number): number {
  const rounded = Math.round(x * 100);
  return rounded === 0 ? 0 : rounded; // never -0
}

const isDecided = (a: AxisScore) => a.low > 0 || a.high < 0;

function describeAxis(
  a: AxisScore,
  plus: 'strategic' | 'market',
  minus: 'tactical' | 'team',
): AxisLeaning {
  const decided = isDecided(a);
  const strength = strengthOf(a.value);
  const range = `${toDisplay(a.value)}, 90% range ${toDisplay(a.low)} to ${toDisplay(a.high)}`;
  const label = plus === 'strategic' ? 'strategic and tactical' : 'market-facing and team-facing';
  if (!decided) {
    return {
      pole: null,
      decided,
      strength,
      text: `No clear lean between ${label} work (${range}).`,
    };
  }
  const pole = a.value > 0 ? plus : minus;
  const word = pole === 'market' ? 'market-facing' : pole === 'team' ? 'team-facing' : pole;
  return {
    pole,
    decided,
    strength,
    text: `You lean ${strength === 'slight' ? 'slightly' : strength === 'clear' ? 'clearly' : 'strongly'} ${word} (${range}).`,
  };
}

/** Integer percentages that sum to 100 (largest remainder). */
export function toPercentages(parts: readonly number[]): number[] {
  const total = parts.reduce((a, b) => a + b, 0);
  if (total === 0) return parts.map(() => 0);
  const raw = parts.map((p) => (p / total) * 100);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = raw
    .map((r, i) => ({ i, rem: r - Math.floor(r) }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

const QUADRANT_DEED: Readonly<Record<Quadrant, string>> = {
  'strategic-market': 'went for the market and business angle',
  'tactical-team': 'worked it through with the team and the backlog',
  'strategic-team': 'looked at the long-term direction with engineers',
  'tactical-market': 'went straight to customers and users',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function nearestOther(type: ResultType, s: number, o: number): ResultType {
  let best: ResultType = type;
  let bestDist = Infinity;
  for (const t of RESULT_TYPES) {
    if (t === type) continue;
    const p = TYPE_PROTOTYPES[t];
    const d = (p.s - s) ** 2 + (p.o - o) ** 2;
    if (d < bestDist) {
      best = t;
      bestDist = d;
    }
  }
  return best;
}

function pullOf(counts: QuadrantCounts, direction: { s: number; o: number }): number {
  return QUADRANTS.reduce(
    (sum, q) =>
      sum +
      counts[q] * (QUADRANT_POSITION[q].s * direction.s + QUADRANT_POSITION[q].o * direction.o),
    0,
  );
}

function explain(scores: Scores, type: ResultType, bank: Bank): string[] {
  const nounOf = (id: string) => bank.dimensions.find((d) => d.id === id)?.scenarioNoun ?? id;
  const { choices, k } = scores;
  const mixed = choices['strategic-team'] + choices['tactical-market'];
  const sentences = [
    `You chose the market-and-strategy option (typical of Product Managers) in ${choices['strategic-market']} of ${plural(k, 'scenario', 'scenarios')}, the team-and-backlog option (typical of Product Owners) in ${choices['tactical-team']}, and one of the two mixed options in ${mixed}.`,
    `In ${choices['strategic-market'] + choices['strategic-team']} of ${k} you picked a strategic, longer-range option over a hands-on one, and in ${choices['strategic-market'] + choices['tactical-market']} of ${k} you turned outward to customers or the market rather than inward to the team.`,
  ];
  const direction = TYPE_PROTOTYPES[type];
  const ranked = DIMENSION_IDS.map((d) => {
    const counts = scores.byDimension[d];
    const total = QUADRANTS.reduce((n, q) => n + counts[q], 0);
    const top = QUADRANTS.reduce<Quadrant>(
      (best, q) => (counts[q] > counts[best] ? q : best),
      'strategic-market',
    );
    const pull = type === 'balanced' ? counts[top] / Math.max(total, 1) : pullOf(counts, direction);
    return { d, total, top, count: counts[top], pull };
  })
    .filter((r) => r.total >= 2 && r.count >= 2 && r.count * 2 > r.total)
    .sort((a, b) => b.pull - a.pull || b.count - a.count);
  for (const r of ranked.slice(0, 3)) {
    sentences.push(
      `In ${r.count} of ${r.total} ${nounOf(r.d)} scenarios you ${QUADRANT_DEED[r.top]}.`,
    );
  }
  return sentences;
}

function certaintyOf(scores: Scores, type: ResultType): { level: CertaintyLevel; text: string } {
  const f = scores.fit;
  const fText = `Your PM-fit index is ${toDisplay(f.value)} on a scale from -100 (Product Owner) to 100 (Product Manager), with a 90% range of ${toDisplay(f.low)} to ${toDisplay(f.high)}.`;
  const level = (margin: number): CertaintyLevel =>
    margin >= 0.25 ? 'high' : margin >= 0.1 ? 'moderate' : 'low';
  const words: Record<CertaintyLevel, string> = {
    high: 'We are fairly sure of this result',
    moderate: 'This result is reasonably clear',
    low: 'This result is only just over the line',
  };
  if (type === 'product-manager' || type === 'product-owner') {
    const l = level(Math.abs(f.value) - f.halfWidth);
    return { level: l, text: `${words[l]}: the whole range sits on one side of zero. ${fText}` };
  }
  if (type === 'strategic-technical' || type === 'customer-facing') {
    const margin = Math.min(
      Math.abs(scores.strategic.value) - scores.strategic.halfWidth,
      Math.abs(scores.outside.value) - scores.outside.halfWidth,
    );
    const l = level(margin);
    return {
      level: l,
      text: `${words[l]}: both axes are decided, in opposite directions, so the PM-fit index sits near zero by design. ${fText}`,
    };
  }
  const tight = f.low >= -0.33 && f.high <= 0.33;
  return tight
    ? {
        level: 'high',
        text: `Your answers sit close to the middle and the whole range stays near zero, so a balanced result is a fair reading. ${fText}`,
      }
    : {
        level: 'low',
        text: `Your answers were spread out: the range crosses zero, so a few different choices could tip the result either way. ${fText}`,
      };
}

/**
 * Turns scores into a result type with words, never a silent tie-break.
 * PM/PO when f's interval excludes 0; else a hybrid when S and O are both decided with opposite signs;
 * else balanced, split into "enjoys both" and "drawn to neither".
 */
export function classifyFit(scores: Scores, bank: Bank): FitResult {
  const { strategic, outside, fit, choices, k } = scores;
  let type: ResultType;
  if (fit.low > 0) type = 'product-manager';
  else if (fit.high < 0) type = 'product-owner';
  else if (
    isDecided(strategic) &&
    isDecided(outside) &&
    Math.sign(strategic.value) !== Math.sign(outside.value)
  ) {
    type = strategic.value > 0 ? 'strategic-technical' : 'customer-facing';
  } else type = 'balanced';

  const poleShare = k === 0 ? 0 : (choices['strategic-market'] + choices['tactical-team']) / k;
  const balancedKind: BalancedKind | null =
    type === 'balanced'
      ? poleShare >= SCORING_MODEL.enjoysBothMinPoleShare
        ? 'enjoys-both'
        : 'drawn-to-neither'
      : null;
  const strength: Strength | null =
    type === 'balanced'
      ? null
      : type === 'product-manager' || type === 'product-owner'
        ? strengthOf(fit.value)
        : strengthOf(Math.min(Math.abs(strategic.value), Math.abs(outside.value)));
  const strengthWord =
    strength === null ? '' : `${strength[0]?.toUpperCase() ?? ''}${strength.slice(1)} `;
  const headline =
    type === 'balanced'
      ? `${TYPE_NAMES.balanced}: ${balancedKind === 'enjoys-both' ? 'enjoys both' : 'drawn to neither'}`
      : `${strengthWord}${TYPE_NAMES[type].startsWith('Product') ? TYPE_NAMES[type] : TYPE_NAMES[type].toLowerCase()}`;
  const [pm = 0, po = 0, mixed = 0] = toPercentages([
    choices['strategic-market'],
    choices['tactical-team'],
    choices['strategic-team'] + choices['tactical-market'],
  ]);

  return {
    type,
    headline,
    strength,
    balancedKind,
    axes: {
      strategic: describeAxis(strategic, 'strategic', 'tactical'),
      outside: describeAxis(outside, 'market', 'team'),
    },
    percentages: { pm, po, mixed },
    certainty: certaintyOf(scores, type),
    nextNearest: nearestOther(type, strategic.value, outside.value),
    explanation: explain(scores, type, bank),
  };
}
