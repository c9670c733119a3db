import translated from '../../../questions/lang/de/bank.json?translated';

const { bank, itemHashes, scoringKeyHash } = translated as Record<string, unknown>;

export const questionBank: unknown = bank;
export const sourceKey: unknown = { itemHashes, scoringKeyHash };
