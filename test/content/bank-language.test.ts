import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import rawBank from '../../questions/bank.json';
import rawGerman from '../../questions/lang/de/bank.json';
import { getAllowedAnswers, type PreparedBank, type QuizItem } from '../../src/domain/bank';
import { applyLanguageToPrepared } from '../../src/domain/bank-language';
import { checkBankLanguage } from '../../src/domain/bank-language-schema';
import { classifyFit } from '../../src/domain/classify';
import { lengthRatio, MAX_LENGTH_RATIO } from '../../src/domain/item-wording';
import { parseBank } from '../../src/domain/parse-bank';
import { QUADRANTS, type Answers, type Mode } from '../../src/domain/schema';
import { scoreAnswers } from '../../src/domain/scoring';
import { toSharedResultV2 } from '../../src/domain/shared-result';
import { checkBankLanguages, listBankLanguages } from '../../scripts/bank-files';

const parsed = parseBank('questions/bank.json', rawBank);
if (!parsed.ok) throw new Error(parsed.messages.join('\n'));
const english = parsed.value;
const checked = checkBankLanguage('questions/lang/de/bank.json', rawGerman, english.bank);
if (!checked.ok) throw new Error(checked.messages.join('\n'));
const german = applyLanguageToPrepared(english, checked.value);

test('questions/lang/de/bank.json passes the language check the build runs', () => {
  expect(listBankLanguages()).toContain('de');
  expect(checkBankLanguages(english.bank)).toEqual([]);
  expect(checked.value.language).toBe('de');
  expect(['verified', 'unverified']).toContain(checked.value.review.status);
});

test('the German bank has every item, in German (no text left as the English source)', () => {
  const en = english.items.full;
  const de = german.items.full;
  expect(de.map((i) => i.id)).toEqual(en.map((i) => i.id));
  for (const [i, item] of de.entries()) {
    const source = en[i];
    if (item.kind === 'scenario' && source?.kind === 'scenario') {
      expect(item.scenario.prompt, item.id).not.toBe(source.scenario.prompt);
      for (const [j, o] of item.scenario.options.entries())
        expect(o.text, `${item.id} ${o.key}`).not.toBe(source.scenario.options[j]?.text);
    }
    if (item.kind === 'practice' && source?.kind === 'practice')
      expect(item.practice.activity, item.id).not.toBe(source.practice.activity);
    if (item.kind === 'context' && source?.kind === 'context')
      expect(item.context.prompt, item.id).not.toBe(source.context.prompt);
  }
});

test('the German bank says Sie throughout, never du (docs/decisions/007-languages.md)', () => {
  const informal = /\b(du|dich|dir|dein|deine|deinem|deinen|deiner|deines|euch|euer|eure)\b/i;
  const texts = JSON.stringify(rawGerman);
  expect(texts.match(informal)).toBeNull();
});

test('German options keep the length rule by characters (longest at most 1.3 times the shortest)', () => {
  // Words are no measure in German (compounds); characters are, as in docs/item-rules.md.
  for (const item of german.items.full)
    if (item.kind === 'scenario')
      expect(
        lengthRatio(
          item.scenario.options.map((o) => o.text),
          'characters',
        ),
        item.id,
      ).toBeLessThanOrEqual(MAX_LENGTH_RATIO.characters);
});

/** Everything scoring gives for one set of answers: scores, the model-1 fit and the model-2 result. */
function resultOf(prepared: PreparedBank, answers: Answers, mode: Mode) {
  const outcome = scoreAnswers(prepared, answers, mode);
  if (!outcome.ok) return outcome;
  return {
    scores: outcome.value,
    fit: classifyFit(outcome.value),
    v2: toSharedResultV2(outcome.value.choices, mode, outcome.value.revision),
  };
}

test('every item accepts exactly the same answers in German as in English', () => {
  for (const mode of ['full', 'short'] as const)
    expect(german.items[mode].map((i) => [i.id, getAllowedAnswers(i)])).toEqual(
      english.items[mode].map((i) => [i.id, getAllowedAnswers(i)]),
    );
});

test('for every scenario and every option, German answers score exactly as English ones', () => {
  for (const mode of ['full', 'short'] as const) {
    const scenarios = english.items[mode].filter((i) => i.kind === 'scenario');
    for (const [n, item] of scenarios.entries())
      for (const key of QUADRANTS)
        for (const rotation of [0, 1, 2, 3]) {
          // The other scenarios cycle through the quadrants, so every item meets every neighbour mix.
          const answers: Answers = Object.fromEntries(
            scenarios.map((s, i) => [s.id, QUADRANTS[(i + rotation) % 4] ?? 'strategic-market']),
          );
          answers[item.id] = key;
          expect(resultOf(german, answers, mode), `${mode} ${n} ${key}`).toEqual(
            resultOf(english, answers, mode),
          );
        }
  }
});

/** Any answer pattern a taker can give: every scenario answered, other items answered or skipped. */
function answersArbitrary(items: readonly QuizItem[]): fc.Arbitrary<Answers> {
  return fc
    .tuple(
      ...items.map((item) =>
        item.kind === 'scenario'
          ? fc.constantFrom(...getAllowedAnswers(item)).map((a) => [item.id, a] as const)
          : fc
              .option(fc.constantFrom(...getAllowedAnswers(item)))
              .map((a) => [item.id, a] as const),
      ),
    )
    .map((pairs) => Object.fromEntries(pairs.flatMap(([id, a]) => (a === null ? [] : [[id, a]]))));
}

test.each(['full', 'short'] as const)(
  '%s quiz: any answer pattern gives the same scores, type and numbers in German and English',
  (mode) => {
    fc.assert(
      fc.property(answersArbitrary(english.items[mode]), (answers) => {
        expect(resultOf(german, answers, mode)).toEqual(resultOf(english, answers, mode));
      }),
      { numRuns: 300 },
    );
  },
);

const temp = mkdtempSync(join(tmpdir(), 'rolefit-lang-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

test('the build check reads every questions/lang/<language>/bank.json and names what is wrong', () => {
  const write = (language: string, value: unknown) => {
    mkdirSync(join(temp, 'lang', language), { recursive: true });
    writeFileSync(join(temp, 'lang', language, 'bank.json'), JSON.stringify(value));
  };
  const scenarios = { ...checked.value.scenarios };
  delete scenarios['free-afternoon'];
  write('xx', { ...checked.value, language: 'xx', scenarios });
  write('yy', checked.value);
  mkdirSync(join(temp, 'lang', 'notes'), { recursive: true });
  expect(listBankLanguages(temp)).toEqual(['xx', 'yy']);
  expect(checkBankLanguages(english.bank, temp)).toEqual([
    'questions/lang/xx/bank.json: scenarios (id "free-afternoon"): is missing: questions/bank.json has it',
    'questions/lang/yy/bank.json: field "language": must be "yy", the name of its folder',
  ]);
});
