// The wording rules of docs/item-rules.md that a program can check, over the real bank. The r1 wording
// (questions/archive/r1.json), whose Product Manager options readers found more prestigious, must fail
// them: that keeps these checks able to fail.
import * as v from 'valibot';
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import rawBank from '../../questions/bank.json';
import r1Json from '../../questions/archive/r1.json';
import { ANSWER_INSTRUCTION, answerInstruction, PRACTICE_NOTE } from '../../src/domain/instruction';
import {
  countWords,
  findListedWords,
  findOneQuadrantWords,
  lengthRatio,
  MAX_LENGTH_RATIO,
  NEGATION_WORDS,
  OPTION_WORDS,
  PROMPT_MAX_WORDS,
} from '../../src/domain/item-wording';
import { parseBank } from '../../src/domain/parse-bank';
import { BankSchema, type Mode, type Scenario } from '../../src/domain/schema';

const parsed = parseBank('questions/bank.json', rawBank);
if (!parsed.ok) throw new Error(parsed.messages.join('\n'));
const prepared = parsed.value;
const { scenarios } = prepared.bank;
const r1 = v.parse(BankSchema, r1Json);

/** Scenarios whose options differ too much in length, with the ratio, e.g. "build-or-buy-search 1.58". */
function unevenScenarios(list: readonly Scenario[], measure: keyof typeof MAX_LENGTH_RATIO) {
  return list.flatMap((s) => {
    const ratio = lengthRatio(
      s.options.map((o) => o.text),
      measure,
    );
    return ratio > MAX_LENGTH_RATIO[measure] ? [`${s.id} ${ratio.toFixed(2)}`] : [];
  });
}

test.each(Object.keys(MAX_LENGTH_RATIO) as (keyof typeof MAX_LENGTH_RATIO)[])(
  'in every scenario the longest option is at most the allowed ratio of the shortest, by %s',
  (measure) => {
    expect(unevenScenarios(scenarios, measure)).toEqual([]);
  },
);

test(`every option has ${OPTION_WORDS.min} to ${OPTION_WORDS.max} words and every prompt at most ${PROMPT_MAX_WORDS}`, () => {
  const outside = scenarios.flatMap((s) => [
    ...(countWords(s.prompt) > PROMPT_MAX_WORDS ? [`${s.id} prompt`] : []),
    ...s.options
      .filter((o) => countWords(o.text) < OPTION_WORDS.min || countWords(o.text) > OPTION_WORDS.max)
      .map((o) => `${s.id} ${o.key}`),
  ]);
  expect(outside).toEqual([]);
});

test('no option is worded as a negation', () => {
  const negated = scenarios.flatMap((s) =>
    s.options
      .filter((o) => findListedWords(o.text, NEGATION_WORDS).length > 0 || /n['’]t\b/i.test(o.text))
      .map((o) => `${s.id} ${o.key}`),
  );
  expect(negated).toEqual([]);
});

test('no status or tell-tale word appears in the options of only one quadrant', () => {
  expect(findOneQuadrantWords(scenarios)).toEqual([]);
});

test('prompts ask what the taker would want to do, never what they do', () => {
  const asksWhatYouDo = scenarios.filter((s) =>
    /\b(do|did) you\b|\byour first move\b/i.test(s.prompt),
  );
  expect(asksWhatYouDo.map((s) => s.id)).toEqual([]);
});

test.each<Mode>(['full', 'short'])(
  'the %s quiz’s instruction points to practice questions only if the mode asks them',
  (mode) => {
    const hasPractice = prepared.items[mode].some((item) => item.kind === 'practice');
    expect(answerInstruction(mode)).toMatch(/most want to do/);
    expect(answerInstruction(mode).includes('practice questions')).toBe(hasPractice);
  },
);

test('the docs quote the instruction as the screens show it', () => {
  const read = (path: string) =>
    readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').replace(/\s+/g, ' ');
  for (const path of ['docs/item-rules.md', 'questions/README.md']) {
    expect(read(path), path).toContain(ANSWER_INSTRUCTION);
    expect(read(path), path).toContain(PRACTICE_NOTE);
  }
  expect(read('docs/scoring.md')).toContain('You pick the option you would most want to do');
});

test('the r1 wording fails these checks: status words in Product Manager options only, uneven lengths', () => {
  const r1Words = findOneQuadrantWords(r1.scenarios);
  expect(r1Words).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ entry: 'executive*', usedBy: 'strategic-market' }),
      expect.objectContaining({ entry: 'leader*', usedBy: 'strategic-market' }),
      expect.objectContaining({ entry: 'strateg*', usedBy: 'strategic-market' }),
      expect.objectContaining({ entry: 'long-term', usedBy: 'strategic-team' }),
      expect.objectContaining({ entry: 'real', usedBy: 'tactical-market' }),
    ]),
  );
  expect(unevenScenarios(r1.scenarios, 'characters')).toContain('build-or-buy-search 1.58');
  expect(r1.scenarios.filter((s) => /\bdo you\b/i.test(s.prompt)).length).toBeGreaterThan(0);
});
