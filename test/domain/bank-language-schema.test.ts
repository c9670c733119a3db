import { expect, test } from 'vitest';
import { checkBankLanguage, NOT_TEXT_MESSAGE } from '../../src/domain/bank-language-schema';
import { translateAll } from './fixture-language';
import { makeBank } from './fixture-bank';

const FILE = 'questions/lang/xx/bank.json';
const bank = makeBank(2);

/** A copy of the valid file as plain JSON, for breaking by hand. */
function validFile(): Record<string, unknown> & {
  scenarios: Record<string, Record<string, unknown>>;
} {
  return JSON.parse(JSON.stringify(translateAll(bank))) as ReturnType<typeof validFile>;
}

function optionsOf(file: ReturnType<typeof validFile>, id: string): Record<string, unknown> {
  return file.scenarios[id]?.options as Record<string, unknown>;
}

test('a complete text-only file passes and comes back as parsed', () => {
  const result = checkBankLanguage(FILE, translateAll(bank), bank);
  expect(result).toEqual({ ok: true, value: translateAll(bank) });
});

test('a verified file names its reviewer and date', () => {
  const file = {
    ...validFile(),
    review: { status: 'verified', reviewer: 'A. Reviewer', date: '2026-12-03' },
  };
  expect(checkBankLanguage(FILE, file, bank).ok).toBe(true);
});

test.each<[string, (file: ReturnType<typeof validFile>) => unknown, string[]]>([
  [
    'a missing scenario',
    (f) => {
      delete f.scenarios['scenario-2'];
      return f;
    },
    [`${FILE}: scenarios (id "scenario-2"): is missing: questions/bank.json has it`],
  ],
  [
    'a missing option text',
    (f) => {
      delete optionsOf(f, 'scenario-1')['tactical-team'];
      return f;
    },
    [
      `${FILE}: scenarios (id "scenario-1") field "options.tactical-team": is missing: the source item has option "tactical-team"`,
    ],
  ],
  [
    'a missing practice item',
    (f) => {
      delete (f.practice as Record<string, unknown>)['practice-data'];
      return f;
    },
    [`${FILE}: practice (id "practice-data"): is missing: questions/bank.json has it`],
  ],
  [
    'a missing context option',
    (f) => {
      delete (
        (f.context as Record<string, { options: Record<string, unknown> }>).country?.options ?? {}
      ).other;
      return f;
    },
    [
      `${FILE}: context (id "country") field "options.other": is missing: the source item has option "other"`,
    ],
  ],
  [
    'a missing field of an item',
    (f) => {
      delete f.scenarios['scenario-1']?.prompt;
      return f;
    },
    [`${FILE}: scenarios (id "scenario-1") field "prompt": is missing`],
  ],
  [
    'an extra scenario',
    (f) => {
      f.scenarios['scenario-9'] = { prompt: 'Eine Frage, die es nicht gibt?', options: {} };
      return f;
    },
    [
      `${FILE}: scenarios (id "scenario-9"): questions/bank.json has no scenarios item with this id`,
    ],
  ],
  [
    'text under an option key the source item does not have',
    (f) => {
      optionsOf(f, 'scenario-2')['strategic-everything'] = 'Alles auf einmal, und zwar sofort';
      return f;
    },
    [
      `${FILE}: scenarios (id "scenario-2") field "options.strategic-everything": the source item has no option "strategic-everything" (it has "strategic-market", "tactical-team", "strategic-team", "tactical-market")`,
    ],
  ],
  [
    'a text moved to another option key (one missing, one unknown)',
    (f) => {
      const options = optionsOf(f, 'scenario-1');
      options['tactical-teams'] = options['tactical-team'];
      delete options['tactical-team'];
      return f;
    },
    [
      `${FILE}: scenarios (id "scenario-1") field "options.tactical-team": is missing: the source item has option "tactical-team"`,
      `${FILE}: scenarios (id "scenario-1") field "options.tactical-teams": the source item has no option "tactical-teams" (it has "strategic-market", "tactical-team", "strategic-team", "tactical-market")`,
    ],
  ],
  [
    'an empty option text',
    (f) => {
      optionsOf(f, 'scenario-1')['strategic-team'] = '   ';
      return f;
    },
    [`${FILE}: scenarios (id "scenario-1") field "options.strategic-team": must not be empty`],
  ],
  [
    'an empty dimension label',
    (f) => {
      (f.dimensions as Record<string, { label: string }>).data!.label = '';
      return f;
    },
    [`${FILE}: dimensions (id "data") field "label": must not be empty`],
  ],
  [
    'a scoring key on a scenario',
    (f) => {
      f.scenarios['scenario-1']!.dimension = 'market';
      return f;
    },
    [`${FILE}: scenarios (id "scenario-1") field "dimension": ${NOT_TEXT_MESSAGE}`],
  ],
  [
    'a quadrant and signals on an option',
    (f) => {
      optionsOf(f, 'scenario-2')['strategic-market'] = {
        key: 'tactical-team',
        text: 'Ein Text mit Schlüssel',
        signals: ['backlog'],
      };
      return f;
    },
    [
      `${FILE}: scenarios (id "scenario-2") field "options.strategic-market": must be the text alone (a string): its key and scoring stay in questions/bank.json`,
    ],
  ],
  [
    'a weight on a practice item',
    (f) => {
      (f.practice as Record<string, Record<string, unknown>>)['practice-market']!.weight = 2;
      return f;
    },
    [`${FILE}: practice (id "practice-market") field "weight": ${NOT_TEXT_MESSAGE}`],
  ],
  [
    'a short flag on a scenario',
    (f) => {
      f.scenarios['scenario-2']!.short = true;
      return f;
    },
    [`${FILE}: scenarios (id "scenario-2") field "short": ${NOT_TEXT_MESSAGE}`],
  ],
  [
    'a scoring table at the top level',
    (f) => ({ ...f, quadrants: { 'scenario-1': 'tactical-team' } }),
    [`${FILE}: field "quadrants": ${NOT_TEXT_MESSAGE}`],
  ],
  [
    'a number where text belongs',
    (f) => {
      f.scenarios['scenario-1']!.prompt = 42;
      return f;
    },
    [`${FILE}: scenarios (id "scenario-1") field "prompt": must be text (a string)`],
  ],
  [
    'a translation of an older revision',
    (f) => ({ ...f, revision: bank.revision + 1 }),
    [
      `${FILE}: field "revision": translates revision 2, but questions/bank.json is revision 1: bring the changed items up to date, then set revision to 1`,
    ],
  ],
  [
    'a verified file without a reviewer',
    (f) => ({ ...f, review: { status: 'verified', date: '2026-12-03' } }),
    [`${FILE}: field "review.reviewer": is missing`],
  ],
  [
    'a review status other than verified or unverified',
    (f) => ({ ...f, review: { status: 'checked' } }),
    [
      `${FILE}: field "review.status": must be { "status": "unverified" } or { "status": "verified", "reviewer": …, "date": … }`,
    ],
  ],
  [
    'a list instead of texts keyed by id',
    (f) => ({ ...f, practice: [] }),
    [`${FILE}: field "practice": must be an object (texts keyed by id)`],
  ],
])('%s is refused, naming file, item id and field', (_name, breakFile, messages) => {
  const result = checkBankLanguage(FILE, breakFile(validFile()), bank);
  expect(result).toEqual({ ok: false, messages });
});

test('anything at all is refused with messages, never thrown', () => {
  for (const raw of [null, 1, 'de', [], {}, { scenarios: null }])
    expect(checkBankLanguage(FILE, raw, bank).ok).toBe(false);
});
