// Scoring model 1 in simulation, printed by `npm run bench:validity` after the current model. Model 1
// (src/domain/scoring.ts, src/domain/classify.ts) scores only results from links made before model 2;
// its table is kept in docs/scoring.md, "Model 1". SIMULATION, NOT VALIDATION.
import type { PreparedBank } from '../src/domain/bank.ts';
import { classifyFit } from '../src/domain/classify.ts';
import { QUADRANT_POSITION, scoreAnswers } from '../src/domain/scoring.ts';
import { QUADRANTS, type Mode, type Quadrant } from '../src/domain/schema.ts';
import { createRandom, type Random } from '../src/domain/seeded-random.ts';
import { pearson } from './stats.ts';

const TAKERS = 10_000;
const SEED = 20261123;
const PS = [0.55, 0.65, 0.75];

const spearmanBrown = (r: number) => (2 * r) / (1 + r);

/**
 * The response model. A taker has a true position (x, y) in -1..+1 on each axis. On every scenario and
 * for each axis on its own, with probability p the taker answers from that position (picks the + side
 * with probability (1 + x) / 2, so a taker at a pole is consistent and one in the middle is split), and
 * otherwise answers at random. The chosen option is the quadrant of the two sides.
 */
function choose(x: number, y: number, p: number, random: Random): Quadrant {
  const side = (t: number) =>
    random() < p ? (random() < (1 + t) / 2 ? 1 : -1) : random() < 0.5 ? 1 : -1;
  const s = side(x);
  const o = side(y);
  return (
    QUADRANTS.find((q) => QUADRANT_POSITION[q].s === s && QUADRANT_POSITION[q].o === o) ??
    'strategic-market'
  );
}

interface Row {
  mode: Mode;
  p: number;
  k: number;
  clearCorrect: number;
  rS: number;
  rO: number;
  splitS: number;
  splitO: number;
  balanced: number;
}

function simulate(prepared: PreparedBank, mode: Mode, p: number): Row {
  // mulberry32 (createRandom), seeded as before model 2: the table in docs/scoring.md is unchanged.
  const random = createRandom(SEED + Math.round(p * 100) + (mode === 'short' ? 7 : 0));
  const scenarios = prepared.items[mode].flatMap((i) =>
    i.kind === 'scenario' ? [i.scenario] : [],
  );
  const trueS: number[] = [];
  const trueO: number[] = [];
  const measS: number[] = [];
  const measO: number[] = [];
  const halves = { sA: [] as number[], sB: [] as number[], oA: [] as number[], oB: [] as number[] };
  let clear = 0;
  let clearOk = 0;
  let balanced = 0;
  for (let t = 0; t < TAKERS; t += 1) {
    const x = random() * 2 - 1;
    const y = random() * 2 - 1;
    const answers: Record<string, string> = {};
    let sA = 0;
    let sB = 0;
    let oA = 0;
    let oB = 0;
    scenarios.forEach((s, i) => {
      const q = choose(x, y, p, random);
      answers[s.id] = q;
      if (i % 2 === 0) {
        sA += QUADRANT_POSITION[q].s;
        oA += QUADRANT_POSITION[q].o;
      } else {
        sB += QUADRANT_POSITION[q].s;
        oB += QUADRANT_POSITION[q].o;
      }
    });
    const outcome = scoreAnswers(prepared, answers, mode);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    const fit = classifyFit(outcome.value);
    trueS.push(x);
    trueO.push(y);
    measS.push(outcome.value.strategic.value);
    measO.push(outcome.value.outside.value);
    halves.sA.push(sA);
    halves.sB.push(sB);
    halves.oA.push(oA);
    halves.oB.push(oB);
    if (fit.type === 'balanced') balanced += 1;
    // A clear true PM (PO) position: both axes at least halfway toward the PM (PO) corner.
    const isClearPm = x >= 0.5 && y >= 0.5;
    const isClearPo = x <= -0.5 && y <= -0.5;
    if (isClearPm || isClearPo) {
      clear += 1;
      if (fit.type === (isClearPm ? 'product-manager' : 'product-owner')) clearOk += 1;
    }
  }
  return {
    mode,
    p,
    k: scenarios.length,
    clearCorrect: clearOk / clear,
    rS: pearson(trueS, measS),
    rO: pearson(trueO, measO),
    splitS: spearmanBrown(pearson(halves.sA, halves.sB)),
    splitO: spearmanBrown(pearson(halves.oA, halves.oB)),
    balanced: balanced / TAKERS,
  };
}

/** Prints model 1's table (docs/scoring.md, "Model 1") and the targets it had while it was current. */
export function benchModelV1(prepared: PreparedBank): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const two = (x: number) => x.toFixed(3);
  console.log(
    `\n## Model 1, the old model (links made before model 2 only): ${TAKERS.toLocaleString('en-US')} simulated takers per row, seed ${SEED}\n`,
  );
  console.log(
    '| mode | p | scenarios | clear PM/PO typed correctly | r(true, measured) S | r(true, measured) O | split-half S | split-half O | typed balanced |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  const rows: Row[] = [];
  for (const mode of ['full', 'short'] as const) {
    for (const p of PS) {
      const row = simulate(prepared, mode, p);
      rows.push(row);
      console.log(
        `| ${mode} | ${row.p} | ${row.k} | ${pct(row.clearCorrect)} | ${two(row.rS)} | ${two(row.rO)} | ${two(row.splitS)} | ${two(row.splitO)} | ${pct(row.balanced)} |`,
      );
    }
  }
  const full = rows.find((r) => r.mode === 'full' && r.p === 0.65);
  const short = rows.find((r) => r.mode === 'short' && r.p === 0.65);
  if (!full || !short) return;
  const checks = [
    ['full, p = .65: axis correlation >= 0.90', Math.min(full.rS, full.rO) >= 0.9],
    ['full, p = .65: split-half >= 0.70', Math.min(full.splitS, full.splitO) >= 0.7],
    ['full, p = .65: clear PM/PO typed correctly >= 90%', full.clearCorrect >= 0.9],
    ['short, p = .65: clear PM/PO typed correctly >= 75%', short.clearCorrect >= 0.75],
  ] as const;
  console.log('\nTargets model 1 had while it was the current model');
  for (const [name, ok] of checks) console.log(`  ${ok ? 'met    ' : 'NOT MET'}  ${name}`);
}
