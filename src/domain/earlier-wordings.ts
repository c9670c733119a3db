import { getAllowedAnswers, prepareBank, type PreparedBank } from './bank';
import type { Bank } from './schema';

/**
 * Item id → content hashes of its earlier wordings whose answers still count (questions/README.md,
 * "Rewording without losing saved answers").
 */
export type EarlierWordings = Readonly<Record<string, readonly string[]>>;

const sameAnswers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * The earlier wordings of a bank's items that a saved answer may have answered: the same item id in
 * a released revision with the same scoring key and the same answer keys, worded differently. An
 * answer given to such a wording means the same choice, so saved progress survives a rewording;
 * any change to the scoring key asks the item again.
 */
export function findEarlierWordings(current: Bank, released: readonly Bank[]): EarlierWordings {
  const now = prepareBank(current);
  const found: Record<string, string[]> = {};
  for (const bank of released) {
    const then = prepareBank(bank);
    if (then.scoringKeyHash !== now.scoringKeyHash) continue;
    const byId = new Map(then.items.full.map((item) => [item.id, item]));
    for (const item of now.items.full) {
      const old = byId.get(item.id);
      if (
        old &&
        old.hash !== item.hash &&
        old.kind === item.kind &&
        sameAnswers(getAllowedAnswers(old), getAllowedAnswers(item))
      )
        (found[item.id] ??= []).push(old.hash);
    }
  }
  return Object.fromEntries(
    Object.entries(found)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, hashes]) => [id, [...new Set(hashes)].sort()]),
  );
}

/** Whether a saved answer's item hash is the item's current wording or a kept earlier one. */
export function isCurrentWording(
  prepared: PreparedBank,
  earlier: EarlierWordings,
  itemId: string,
  hash: string,
): boolean {
  return prepared.itemHashes[itemId] === hash || (earlier[itemId]?.includes(hash) ?? false);
}
