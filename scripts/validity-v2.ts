// Scoring model v2 in simulation (docs/scoring-v2.md), printed by `npm run bench:validity`.
// SIMULATION, NOT VALIDATION: takers follow a response model we chose; real people may not.
import {
  decideVerdict,
  summarizePosterior,
  type ChoiceCounts,
  type ModelV2Key,
  type Verdict,
} from '../src/domain/model-v2.ts';
import { SCORING_MODEL_V2 } from '../src/domain/model-constants.ts';
import type { ResultType } from '../src/domain/result-types.ts';
import { QUADRANTS } from '../src/domain/ids.ts';
import type { Quadrant } from '../src/domain/schema.ts';
import { createRandom, type Random } from '../src/domain/seeded-random.ts';
import { pearson } from './stats.ts';

/** Choice probabilities over the quadrants A, B, C, D (strategic-market, tactical-team, strategic-team, tactical-market). */
type Mix = readonly [number, number, number, number];

const own = (index: number, p: number): Mix =>
  [0, 1, 2, 3].map((i) => (i === index ? p : (1 - p) / 3)) as unknown as Mix;
const blend = (x: Mix, y: Mix): Mix => x.map((v, i) => (v + (y[i] ?? 0)) / 2) as unknown as Mix;

interface Point {
  name: string;
  /** The types a right answer may name (one for a prototype, two for a point between types). */
  truth: readonly ResultType[];
  mix: (p: number) => Mix;
}

const QUADRANT_TYPE: Record<Quadrant, ResultType> = {
  'strategic-market': 'product-manager',
  'tactical-team': 'product-owner',
  'strategic-team': 'strategic-technical',
  'tactical-market': 'customer-facing',
};
const prototypes: Point[] = QUADRANTS.map((q, i) => ({
  name: QUADRANT_TYPE[q],
  truth: [QUADRANT_TYPE[q]],
  mix: (p: number) => own(i, p),
}));
const balancedPoints: Point[] = [
  // At the centre of the map: p split over the two classic quadrants (enjoys both) or the two in-between ones.
  {
    name: 'balanced, enjoys both',
    truth: ['balanced'],
    mix: (p) => [p / 2, p / 2, (1 - p) / 2, (1 - p) / 2],
  },
  {
    name: 'balanced, drawn to neither',
    truth: ['balanced'],
    mix: (p) => [(1 - p) / 2, (1 - p) / 2, p / 2, p / 2],
  },
];
const between = (a: number, b: number): Point => {
  const [qa, qb] = [QUADRANTS[a], QUADRANTS[b]] as [Quadrant, Quadrant];
  return {
    name: `between ${QUADRANT_TYPE[qa]} and ${QUADRANT_TYPE[qb]}`,
    truth: [QUADRANT_TYPE[qa], QUADRANT_TYPE[qb]],
    mix: (p) => blend(own(a, p), own(b, p)),
  };
};
const betweenPoints = [between(0, 2), between(0, 3), between(1, 2), between(1, 3)];

function drawCounts(mix: Mix, k: number, random: Random): ChoiceCounts {
  const counts = {
    'strategic-market': 0,
    'tactical-team': 0,
    'strategic-team': 0,
    'tactical-market': 0,
  };
  for (let i = 0; i < k; i += 1) {
    let u = random();
    let index = 0;
    while (index < 3 && u >= (mix[index] ?? 0)) {
      u -= mix[index] ?? 0;
      index += 1;
    }
    counts[QUADRANTS[index] ?? 'strategic-market'] += 1;
  }
  return counts;
}

const typesOf = (v: Verdict): ResultType[] =>
  v.kind === 'named' ? [v.type] : [v.first.type, v.second.type];

interface Outcome {
  rightNamed: number;
  betweenIncludes: number;
  wrongNamed: number;
  reached: Set<ResultType>;
}

function runPoint(
  point: Point,
  p: number,
  k: number,
  takers: number,
  key: ModelV2Key,
  seed: number,
): Outcome {
  const random = createRandom(seed);
  const out: Outcome = { rightNamed: 0, betweenIncludes: 0, wrongNamed: 0, reached: new Set() };
  for (let t = 0; t < takers; t += 1) {
    const verdict = decideVerdict(
      summarizePosterior(drawCounts(point.mix(p), k, random), key),
      key,
    );
    if (verdict.kind === 'named') {
      out.reached.add(verdict.type);
      if (point.truth.includes(verdict.type)) out.rightNamed += 1;
      else out.wrongNamed += 1;
    } else if (typesOf(verdict).some((type) => point.truth.includes(type)))
      out.betweenIncludes += 1;
  }
  return out;
}

/** Takers at uniform true positions answer each axis from their position with probability p (as v1's bench). */
function positionMix(x: number, y: number, p: number): Mix {
  const sPlus = p * ((1 + x) / 2) + (1 - p) / 2;
  const oPlus = p * ((1 + y) / 2) + (1 - p) / 2;
  return [sPlus * oPlus, (1 - sPlus) * (1 - oPlus), sPlus * (1 - oPlus), (1 - sPlus) * oPlus];
}

function recoveryAndRetake(k: number, p: number, takers: number, key: ModelV2Key, seed: number) {
  const random = createRandom(seed);
  const trueS: number[] = [];
  const trueO: number[] = [];
  const measS: number[] = [];
  const measO: number[] = [];
  let agree = 0;
  for (let t = 0; t < takers; t += 1) {
    const x = random() * 2 - 1;
    const y = random() * 2 - 1;
    const mix = positionMix(x, y, p);
    const first = summarizePosterior(drawCounts(mix, k, random), key);
    const second = summarizePosterior(drawCounts(mix, k, random), key);
    trueS.push(x);
    trueO.push(y);
    measS.push(first.strategic.mean);
    measO.push(first.outside.mean);
    const a = typesOf(decideVerdict(first, key)).sort().join('+');
    const b = typesOf(decideVerdict(second, key)).sort().join('+');
    if (a === b) agree += 1;
  }
  return { rS: pearson(trueS, measS), rO: pearson(trueO, measO), retake: agree / takers };
}

/** The narrowest 90% range (high − low, on −100…100) over every possible answer pattern of k choices. */
function narrowestRange(
  k: number,
  key: ModelV2Key,
): { width: number; pattern: string; medianMs: number } {
  let best = { width: Infinity, pattern: '' };
  const times: number[] = [];
  for (let a = 0; a <= k; a += 1)
    for (let b = 0; a + b <= k; b += 1)
      for (let c = 0; a + b + c <= k; c += 1) {
        const d = k - a - b - c;
        const started = performance.now();
        const post = summarizePosterior(
          { 'strategic-market': a, 'tactical-team': b, 'strategic-team': c, 'tactical-market': d },
          key,
        );
        times.push(performance.now() - started);
        for (const e of [post.strategic, post.outside, post.fit, post.delta]) {
          const width = (e.high - e.low) * 100;
          if (width < best.width) best = { width, pattern: `${a}/${b}/${c}/${d}` };
        }
      }
  times.sort((x, y) => x - y);
  return { ...best, medianMs: times[Math.floor(times.length / 2)] ?? 0 };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function benchModelV2(kFull: number, kShort: number): void {
  const key = SCORING_MODEL_V2;
  const takers = 1000;
  console.log(
    `\n## Model v2 (b = ${key.balancedHalfWidth}, named at ${key.nameAt}, ${key.draws} draws; ${takers} simulated takers per row)\n`,
  );
  console.log(
    '| mode | p | taker | right type named | "between" includes it | right or included | wrong type named |',
  );
  console.log('|---|---|---|---|---|---|---|');
  const reached = new Set<ResultType>();
  const checks: [string, boolean][] = [];
  let seed = 1;
  for (const [mode, k] of [
    ['full', kFull],
    ['short', kShort],
  ] as const) {
    for (const p of [0.55, 0.7]) {
      for (const point of [...prototypes, ...balancedPoints, ...betweenPoints]) {
        const out = runPoint(point, p, k, takers, key, (seed += 1));
        out.reached.forEach((type) => reached.add(type));
        const ok = (out.rightNamed + out.betweenIncludes) / takers;
        console.log(
          `| ${mode} | ${p} | ${point.name} | ${pct(out.rightNamed / takers)} | ${pct(out.betweenIncludes / takers)} | ${pct(ok)} | ${pct(out.wrongNamed / takers)} |`,
        );
        if (mode === 'full' && p === 0.55 && prototypes.includes(point)) {
          checks.push([`full, p = .55, ${point.name}: right or included >= 90%`, ok >= 0.9]);
          checks.push([
            `full, p = .55, ${point.name}: wrong type named <= 5%`,
            out.wrongNamed / takers <= 0.05,
          ]);
        }
      }
    }
  }
  console.log('\n| mode | p | axis recovery r (S) | r (O) | retake gives the same headline |');
  console.log('|---|---|---|---|---|');
  for (const [mode, k] of [
    ['full', kFull],
    ['short', kShort],
  ] as const) {
    for (const p of [0.55, 0.7]) {
      const r = recoveryAndRetake(k, p, 2000, key, (seed += 1));
      console.log(
        `| ${mode} | ${p} | ${r.rS.toFixed(3)} | ${r.rO.toFixed(3)} | ${pct(r.retake)} |`,
      );
      if (mode === 'full' && p === 0.7)
        checks.push(['full, p = .7: axis recovery r >= .90', Math.min(r.rS, r.rO) >= 0.9]);
    }
  }
  console.log(
    '\n| mode | narrowest 90% range any answer pattern gives (of 200) | pattern A/B/C/D | median time to score one taker |',
  );
  console.log('|---|---|---|---|');
  for (const [mode, k] of [
    ['full', kFull],
    ['short', kShort],
  ] as const) {
    const n = narrowestRange(k, key);
    console.log(`| ${mode} | ${n.width.toFixed(1)} | ${n.pattern} | ${n.medianMs.toFixed(2)} ms |`);
    checks.push([`${mode}: no answer pattern gives a range of one point`, n.width > 0]);
    if (mode === 'full') checks.push(['full: median time to score < 5 ms', n.medianMs < 5]);
  }
  for (const type of ['strategic-technical', 'customer-facing'] as const)
    checks.push([`the ${type} hybrid is reached`, reached.has(type)]);
  console.log('\nTargets (model v2)');
  for (const [name, ok] of checks) console.log(`  ${ok ? 'met    ' : 'NOT MET'}  ${name}`);
}

/** Prints right-or-included and wrong-named at the prototypes for a grid of b and thresholds. */
export function tuneModelV2(kFull: number): void {
  console.log(
    '\n## Tuning b and the naming threshold (full mode, p = .55, 400 takers per prototype)\n',
  );
  console.log(
    '| b | named at | worst right-or-included (4 poles) | worst wrong named | balanced named or included |',
  );
  console.log('|---|---|---|---|---|');
  for (const b of [0.15, 0.2, 0.25, 0.3]) {
    for (const nameAt of [0.6, 0.7, 0.8]) {
      const key = { ...SCORING_MODEL_V2, balancedHalfWidth: b, nameAt, draws: 1000 };
      let worstOk = 1;
      let worstWrong = 0;
      prototypes.forEach((point, i) => {
        const out = runPoint(point, 0.55, kFull, 400, key, 100 + i);
        worstOk = Math.min(worstOk, (out.rightNamed + out.betweenIncludes) / 400);
        worstWrong = Math.max(worstWrong, out.wrongNamed / 400);
      });
      const bal = balancedPoints.map((point, i) => runPoint(point, 0.55, kFull, 400, key, 200 + i));
      const balOk = Math.min(...bal.map((o) => (o.rightNamed + o.betweenIncludes) / 400));
      console.log(`| ${b} | ${nameAt} | ${pct(worstOk)} | ${pct(worstWrong)} | ${pct(balOk)} |`);
    }
  }
}
