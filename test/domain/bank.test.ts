import { expect, test } from 'vitest';
import { hashItem, hashScoringKey, prepareBank } from '../../src/domain/bank';
import { parseBank } from '../../src/domain/parse-bank';
import { checkRevisions, hashArchive } from '../../src/domain/revisions';
import { makeBank } from './fixture-bank';

function withScenario(patch: (s: Record<string, unknown>) => void): unknown {
  const bank = structuredClone(makeBank(3)) as unknown as { scenarios: Record<string, unknown>[] };
  const second = bank.scenarios[1];
  if (second) patch(second);
  return bank;
}

test('an invalid bank is refused with a message naming the file, the question id and the field', () => {
  const raw = withScenario((s) => {
    s.prompt = 'short';
  });
  const result = parseBank('questions/bank.json', raw);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.messages).toEqual([
    'questions/bank.json: scenarios[1] (id "scenario-2") field "prompt": must be at least 10 characters',
  ]);
});

test('a scenario with two options in one quadrant is refused', () => {
  const raw = withScenario((s) => {
    const options = s.options as { key: string }[];
    if (options[1]) options[1].key = 'strategic-market';
  });
  const result = parseBank('questions/bank.json', raw);
  expect(result.ok ? [] : result.messages).toContain(
    'questions/bank.json: scenarios[1] (id "scenario-2") field "options": must have exactly one "strategic-market" option (found 2)',
  );
});

test('duplicate ids and unknown dimensions are refused', () => {
  const raw = withScenario((s) => {
    s.id = 'scenario-1';
    s.dimension = 'charisma';
  });
  const result = parseBank('questions/bank.json', raw);
  const messages = result.ok ? [] : result.messages;
  expect(messages.some((m) => m.includes('field "dimension"'))).toBe(true);
});

test('a wording change alters the item hash but not the scoring key', () => {
  const bank = makeBank(3);
  const edited = structuredClone(bank);
  const first = edited.scenarios[0];
  if (first) first.prompt = 'A reworded situation: what do you do?';
  expect(hashItem(edited.scenarios[0] ?? first!)).not.toBe(hashItem(bank.scenarios[0] ?? first!));
  expect(hashScoringKey(edited)).toBe(hashScoringKey(bank));
});

test('moving a scenario into short mode or changing a signal alters the scoring key', () => {
  const bank = makeBank(3);
  const short = structuredClone(bank);
  if (short.scenarios[2]) short.scenarios[2].short = true;
  expect(hashScoringKey(short)).not.toBe(hashScoringKey(bank));
  const signal = structuredClone(bank);
  const option = signal.scenarios[0]?.options[0];
  if (option) option.signals = ['data'];
  expect(hashScoringKey(signal)).not.toBe(hashScoringKey(bank));
});

test('the revision lock refuses a changed scoring key without a new revision', () => {
  const released = makeBank(3);
  const lock = { '1': { scoringKey: hashScoringKey(released), archive: hashArchive(released) } };
  expect(checkRevisions(released, lock, new Map([[1, released]]))).toEqual([]);
  const changed = structuredClone(released);
  if (changed.scenarios[0]) changed.scenarios[0].short = true;
  const problems = checkRevisions(changed, lock, new Map([[1, released]]));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/scoring key changed .* Raise "revision" to 2/);
});

test('the revision lock refuses a reworded item without a new revision, whatever the $schema path', () => {
  const released = { ...makeBank(3), $schema: '../bank.schema.json' };
  const lock = { '1': { scoringKey: hashScoringKey(released), archive: hashArchive(released) } };
  const archives = new Map([[1, released]]);
  const current = { ...structuredClone(released), $schema: './bank.schema.json' };
  expect(checkRevisions(current, lock, archives)).toEqual([]);
  const option = current.scenarios[0]?.options[0];
  if (option) option.text = 'A reworded option that scores the same';
  expect(hashScoringKey(current)).toBe(hashScoringKey(released));
  expect(checkRevisions(current, lock, archives)).toEqual([
    'questions/bank.json: the wording differs from released revision 1 (questions/archive/r1.json), whose words links made with it show. Raise "revision" to 2 and run "npm run bank:release".',
  ]);
  const raised = { ...current, revision: 2 };
  expect(checkRevisions(raised, lock, archives)).toEqual([
    'questions/bank.json: revision 2 is not released yet: run "npm run bank:release" to archive it.',
  ]);
});

test('the revision lock refuses an edited archive', () => {
  const released = makeBank(3);
  const lock = { '1': { scoringKey: hashScoringKey(released), archive: hashArchive(released) } };
  const tampered = structuredClone(released);
  if (tampered.scenarios[0]) tampered.scenarios[0].prompt = 'Someone edited history: what now?';
  expect(checkRevisions(released, lock, new Map([[1, tampered]]))).toEqual([
    'questions/archive/r1.json: a released revision was edited; restore it from git.',
  ]);
});

test('prepareBank: short mode is the short scenarios in bank order plus context, without practice items', () => {
  const prepared = prepareBank(makeBank(5, 2));
  expect(prepared.items.short.map((i) => i.id)).toEqual(['scenario-1', 'scenario-2', 'country']);
  expect(prepared.items.full).toHaveLength(5 + 9 + 1);
});
