import type { SharedResult } from '../../src/domain/share-code';

/** A model-1 short-quiz Product Owner result, as a link carries it: what the share panel tests share. */
export const PO_RESULT: SharedResult = {
  model: 1,
  type: 'product-owner',
  mode: 'short',
  revision: 1,
  strength: 'clear',
  balancedKind: null,
  certainty: 'moderate',
  nextNearest: 'balanced',
  strategic: { value: -40, low: -70, high: -10 },
  outside: { value: -30, low: -60, high: 0 },
  fit: { value: -35, low: -55, high: -15 },
  choices: { 'strategic-market': 1, 'tactical-team': 6, 'strategic-team': 1, 'tactical-market': 2 },
};
