/**
 * Constants of the scoring model. They are part of the scoring key (hashScoringKey), so changing one
 * forces a new bank revision and old share links keep their meaning.
 */
export const SCORING_MODEL = {
  /** z for a two-sided 90% interval (docs/scoring.md, "Model 1: how sure we are"). */
  z90: 1.645,
  /** Strength bands on a magnitude: below .33 slight, .33 to .66 clear, above .66 strong (docs/scoring.md, "Model 1: result types"). */
  clearFrom: 0.33,
  strongAbove: 0.66,
  /** A balanced result "enjoys both" when at least this share of choices were pure-pole (PM or PO) options. */
  enjoysBothMinPoleShare: 0.5,
} as const;

/**
 * Constants of scoring model v2 (docs/scoring.md). Part of the versioned scoring key: results made
 * with other values are a different model. b and the naming threshold were chosen by
 * `npm run bench:validity -- --tune` (docs/scoring.md, "Choosing b and the threshold").
 */
export const SCORING_MODEL_V2 = {
  prior: 0.5,
  draws: 4000,
  balancedHalfWidth: 0.25,
  nameAt: 0.7,
} as const;
