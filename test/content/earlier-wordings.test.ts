import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { prepareBank } from '../../src/domain/bank';
import { findEarlierWordings } from '../../src/domain/earlier-wordings';
import { getEffectiveAnswers } from '../../src/domain/progress';
import type { Bank } from '../../src/domain/schema';
import { readArchives } from '../../scripts/bank-files';

const bank = JSON.parse(
  readFileSync(new URL('../../questions/bank.json', import.meta.url), 'utf8'),
) as Bank;
const written = JSON.parse(
  readFileSync(new URL('../../questions/earlier-wordings.json', import.meta.url), 'utf8'),
) as Record<string, string[]>;
const archives = readArchives();
const earlierRevisions = [...archives].filter(([r]) => r < bank.revision).map(([, b]) => b);

test('questions/earlier-wordings.json is what the archives give (npm run bank:release writes it)', () => {
  expect(written).toEqual(findEarlierWordings(bank, earlierRevisions));
});

test('progress saved against revision 1 survives the revision-2 rewording', () => {
  const r1 = archives.get(1);
  if (!r1) throw new Error('revision 1 is archived');
  const then = prepareBank(r1);
  const now = prepareBank(bank);
  // A taker half-way through the full quiz of revision 1: every other item answered.
  const saved = Object.fromEntries(
    then.items.full
      .filter((_, i) => i % 2 === 0)
      .map((item) => {
        const option =
          item.kind === 'scenario'
            ? 'tactical-market'
            : item.kind === 'practice'
              ? 'monthly'
              : 'prefer-not-to-say';
        return [item.id, { option, hash: item.hash }];
      }),
  );
  const kept = getEffectiveAnswers(now, saved, written);
  expect(Object.keys(kept).sort()).toEqual(Object.keys(saved).sort());
  // Without the earlier wordings, the reworded items would be asked again.
  expect(Object.keys(getEffectiveAnswers(now, saved)).length).toBeLessThan(
    Object.keys(saved).length,
  );
});

test.each([
  { name: 'an unknown wording', hash: 'deadbeef' },
  { name: 'no wording at all', hash: '' },
])('an answer saved against $name is asked again', ({ hash }) => {
  const now = prepareBank(bank);
  const item = now.items.full.find((i) => i.kind === 'scenario');
  if (!item) throw new Error('the bank has scenarios');
  const saved = { [item.id]: { option: 'tactical-market', hash } };
  expect(getEffectiveAnswers(now, saved, written)).toEqual({});
});
