// npm run bench:postings — how well the job-posting model places real (paraphrased) postings.
// Usage: tsx scripts/bench-postings.ts [tune|eval|all]  (default eval; tune the lexicon on "tune" only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { parseLexicon } from '../src/domain/posting/lexicon-schema.ts';
import { compileLexicon } from '../src/domain/posting/match-posting.ts';
import { placePosting, verdictIncludes } from '../src/domain/posting/place-posting.ts';
import { RESULT_TYPES, type ResultType } from '../src/domain/result-types.ts';
import { lexiconFile } from './lexicon-check-plugin.ts';

const PostingsSchema = v.object({
  postings: v.array(
    v.object({
      id: v.string(),
      label: v.picklist(RESULT_TYPES),
      title: v.string(),
      source: v.pipe(v.string(), v.url()),
      misleadingTitle: v.boolean(),
      split: v.picklist(['tune', 'eval']),
      text: v.string(),
    }),
  ),
});

const postingsFile = join(
  import.meta.dirname,
  '..',
  'test',
  'fixtures',
  'postings',
  'postings.json',
);
const split = process.argv[2] ?? 'eval';
const lexicon = parseLexicon(
  'questions/lexicon.json',
  JSON.parse(readFileSync(lexiconFile, 'utf8')),
);
if (!lexicon.ok) throw new Error(lexicon.messages.join('\n'));
const compiled = compileLexicon(lexicon.value);
const all = v.parse(PostingsSchema, JSON.parse(readFileSync(postingsFile, 'utf8'))).postings;
const postings = split === 'all' ? all : all.filter((p) => p.split === split);

const SHORT: Record<ResultType, string> = {
  'product-manager': 'PM',
  'product-owner': 'PO',
  'strategic-technical': 'ST',
  'customer-facing': 'CF',
  balanced: 'BAL',
};
const columns = [...RESULT_TYPES, 'none'] as const;
const confusion = new Map<string, number>();
const pct = (n: number, d: number) => (d === 0 ? '—' : `${Math.round((100 * n) / d)}% (${n}/${d})`);
let sidesRight = { strategic: 0, outside: 0, both: 0, n: 0 };
let hybridRight = 0;
let hybridN = 0;
let flagged = 0;
let flaggedRight = 0;
const misleading = postings.filter((p) => p.misleadingTitle).length;
const misses: string[] = [];

for (const posting of postings) {
  const placed = placePosting(compiled, { title: posting.title, text: posting.text });
  const { verdict, posterior } = placed;
  const predicted =
    verdict === null ? 'none' : verdict.kind === 'named' ? verdict.type : verdict.first.type;
  const key = `${posting.label}|${predicted}`;
  confusion.set(key, (confusion.get(key) ?? 0) + 1);
  if (posting.label === 'product-manager' || posting.label === 'product-owner') {
    const sign = posting.label === 'product-manager' ? 1 : -1;
    const s = posterior.strategic.mean * sign > 0;
    const o = posterior.outside.mean * sign > 0;
    sidesRight = {
      strategic: sidesRight.strategic + (s ? 1 : 0),
      outside: sidesRight.outside + (o ? 1 : 0),
      both: sidesRight.both + (s && o ? 1 : 0),
      n: sidesRight.n + 1,
    };
    if (!s || !o)
      misses.push(
        `${posting.id} ${SHORT[posting.label]} placed S=${posterior.strategic.mean.toFixed(2)} O=${posterior.outside.mean.toFixed(2)}`,
      );
  } else {
    hybridN += 1;
    if (verdictIncludes(verdict, posting.label)) hybridRight += 1;
    else
      misses.push(
        `${posting.id} ${SHORT[posting.label]} read as ${predicted}${verdict?.kind === 'between' ? ` / ${verdict.second.type}` : ''}`,
      );
  }
  if (placed.titleCheck.kind === 'disagrees') {
    flagged += 1;
    if (posting.misleadingTitle) flaggedRight += 1;
    else misses.push(`${posting.id} title flagged but not misleading`);
  } else if (posting.misleadingTitle)
    misses.push(`${posting.id} misleading title not flagged (${placed.titleCheck.kind})`);
}

console.log(`Split: ${split} (${postings.length} postings)\n`);
console.log(
  'Confusion (rows: label by duties; columns: named type or first of "between"; none = not enough to go on)',
);
console.log(
  ['label', ...columns.map((c) => (c === 'none' ? 'none' : SHORT[c]))]
    .map((c) => c.padStart(6))
    .join(''),
);
for (const label of RESULT_TYPES) {
  const row = columns.map((c) => String(confusion.get(`${label}|${c}`) ?? 0));
  console.log([SHORT[label], ...row].map((c) => c.padStart(6)).join(''));
}
console.log(
  `\nPM and PO postings on the right side of the strategic axis: ${pct(sidesRight.strategic, sidesRight.n)}`,
);
console.log(
  `PM and PO postings on the right side of the market/team axis: ${pct(sidesRight.outside, sidesRight.n)}`,
);
console.log(`PM and PO postings on the right side of both: ${pct(sidesRight.both, sidesRight.n)}`);
console.log(
  `Hybrid and balanced postings named or "between" including their type: ${pct(hybridRight, hybridN)}`,
);
console.log(
  `Title check precision: ${pct(flaggedRight, flagged)}; recall: ${pct(flaggedRight, misleading)}`,
);

// A 3,000-word posting: the evaluation texts joined until long enough.
const words: string[] = [];
for (let i = 0; words.length < 3000; i += 1)
  words.push(...(all[i % all.length]?.text.split(' ') ?? []));
const long = words.slice(0, 3000).join(' ');
// Wall time, and this process's CPU time, which a machine shared with other jobs inflates less.
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < 41; i += 1) {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  placePosting(compiled, { title: 'Product Manager', text: long });
  const cpu = process.cpuUsage(cpuStart);
  times.push(performance.now() - start);
  cpuTimes.push((cpu.user + cpu.system) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `Median time to place a 3,000-word posting: ${median(times).toFixed(1)} ms wall, ${median(cpuTimes).toFixed(1)} ms CPU (41 runs)`,
);
if (misses.length > 0) console.log(`\nMisses:\n  ${misses.join('\n  ')}`);
