// npm run bench:validity — SIMULATION, NOT VALIDATION.
// Simulated takers answer the real bank's scenarios; the current scoring model (model 2,
// scripts/validity-v2.ts) and then the old one (model 1, scripts/validity-v1.ts) score them. Prints the
// tables of docs/scoring.md. Flags: --tune adds model 2's table for choosing b and the naming threshold;
// --no-model1 skips the old model.
import { join } from 'node:path';
import { parseBank } from '../src/domain/parse-bank.ts';
import type { Mode } from '../src/domain/schema.ts';
import { questionsDir, readJson } from './bank-files.ts';
import { benchModelV1 } from './validity-v1.ts';
import { benchModelV2, tuneModelV2 } from './validity-v2.ts';

const parsed = parseBank('questions/bank.json', readJson(join(questionsDir, 'bank.json')));
if (!parsed.ok) {
  console.error(parsed.messages.join('\n'));
  process.exit(1);
}
const prepared = parsed.value;
const kOf = (mode: Mode) => prepared.items[mode].filter((item) => item.kind === 'scenario').length;

console.log(
  `SIMULATION, NOT VALIDATION. Bank revision ${prepared.bank.revision}: ${kOf('full')} scenarios in the full quiz, ${kOf('short')} in the short one.\n`,
);
const started = performance.now();
benchModelV2(kOf('full'), kOf('short'));
if (process.argv.includes('--tune')) tuneModelV2(kOf('full'));
if (!process.argv.includes('--no-model1')) benchModelV1(prepared);
console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
