// npm run bench:scale — does rolefit still keep up with a much larger bank? Prints figures; not a test.
//
// Builds a bank of 1,000 scenarios (the real dimensions, practice and context questions, plus the real
// scenarios cycled under new ids), then times what a taker's browser does with it, each step the median
// of several runs, against the 50 ms target of issue #6:
//   validate  schema: BankSchema (valibot); prepare: prepareBank (item hashes, scoring key, order)
//   score     scoreAnswers + scoring model 2 (posterior draws included) for a full quiz of 1,013 answers
//   encode    encodeShareCode at the scores level (its length does not grow with
//             the bank), then decodeShareCode to check the link round-trips
// valibot interprets its schemas (no `new Function`), so Node measures what the browser would run.
import { performance } from 'node:perf_hooks';
import { toSharedResultV2 } from '../src/domain/shared-result.ts';
import { prepareBank } from '../src/domain/bank.ts';
import { parseContent } from '../src/domain/content-issues.ts';
import { BankSchema, QUADRANTS, type Answers, type Bank } from '../src/domain/schema.ts';
import { scoreAnswers } from '../src/domain/scoring.ts';
import { buildShareManifest, decodeShareCode, encodeShareCode } from '../src/domain/share-code.ts';
import { questionsDir, readJson } from './bank-files.ts';

const SCENARIOS = 1_000;
const RUNS = 25;
const TARGET_MS = 50;

function makeBank(): unknown {
  const real = readJson(`${questionsDir}/bank.json`) as Bank;
  const scenarios = Array.from({ length: SCENARIOS }, (_, i) => {
    const source = real.scenarios[i % real.scenarios.length];
    if (!source) throw new Error('the real bank has no scenarios');
    const prompt = `Situation ${i + 1}. ${source.prompt}`.slice(0, 300).trim();
    return {
      ...source,
      id: `scale-scenario-${String(i + 1).padStart(4, '0')}`,
      short: i % 4 === 0 ? true : undefined,
      prompt,
    };
  });
  return { ...real, revision: 200, scenarios };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function time<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const value = fn();
  return [value, performance.now() - started];
}

function run(raw: unknown) {
  const [parsed, schema] = time(() => parseContent(BankSchema, 'generated bank', raw));
  if (!parsed.ok) throw new Error(`the generated bank is invalid:\n${parsed.messages.join('\n')}`);
  const [prepared, prepare] = time(() => prepareBank(parsed.value));
  const answers: Answers = {};
  prepared.items.full.forEach((item, i) => {
    if (item.kind === 'scenario') answers[item.id] = QUADRANTS[(i * 7) % 4] ?? 'strategic-market';
    else if (item.kind === 'practice') answers[item.id] = 'monthly';
    else answers[item.id] = 'prefer-not-to-say';
  });
  const [fit, score] = time(() => {
    const outcome = scoreAnswers(prepared, answers, 'full');
    if (!outcome.ok) throw new Error(`scoring failed: ${JSON.stringify(outcome.error)}`);
    const scores = outcome.value;
    return toSharedResultV2(scores.choices, scores.mode, scores.revision);
  });
  const [code, encode] = time(() => encodeShareCode({ level: 'scores', result: fit }));
  const decoded = decodeShareCode(code, (revision, mode) =>
    revision === prepared.bank.revision ? buildShareManifest(prepared.bank, mode) : undefined,
  );
  if (!decoded.ok) throw new Error(`the scores link does not decode: ${decoded.reason}`);
  return { schema, prepare, score, encode, code, items: prepared.items.full.length, fit };
}

const raw = makeBank();
console.log(
  `Scale check: ${SCENARIOS.toLocaleString('en-US')} scenarios (+ practice and context items), median of ${RUNS} runs after 3 warm-ups, Node ${process.version}.\n`,
);
console.log(
  '| validate: schema ms | validate: prepare ms | score ms | encode ms | total ms | target | result |',
);
console.log('|---:|---:|---:|---:|---:|---:|---|');
for (let i = 0; i < 3; i += 1) run(raw);
const rows = Array.from({ length: RUNS }, () => run(raw));
const sample = rows[0];
const schemaMs = median(rows.map((r) => r.schema));
const prepareMs = median(rows.map((r) => r.prepare));
const scoreMs = median(rows.map((r) => r.score));
const encodeMs = median(rows.map((r) => r.encode));
const total = median(rows.map((r) => r.schema + r.prepare + r.score + r.encode));
const failed = total >= TARGET_MS;
console.log(
  `| ${schemaMs.toFixed(2)} | ${prepareMs.toFixed(2)} | ${scoreMs.toFixed(2)} | ${encodeMs.toFixed(3)} | ${total.toFixed(2)} | < ${TARGET_MS} | ${failed ? 'OVER' : 'ok'} |`,
);
if (sample) {
  console.log(
    `\n${sample.items} quiz items; result ${sample.fit.type}; scores link #r=${sample.code} (${sample.code.length} characters, the same length as for the real bank).`,
  );
}
console.log(
  failed
    ? '\nOver the 50 ms target (figures only; this is not a pass/fail test).'
    : '\nWithin the 50 ms target.',
);
