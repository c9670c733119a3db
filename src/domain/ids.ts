// The bank's fixed ids, without the bank schema: the page frame needs them and must not pull it in.

/** The four quadrants a scenario option can sit in; also the option's stable id. */
export const QUADRANTS = [
  'strategic-market',
  'tactical-team',
  'strategic-team',
  'tactical-market',
] as const;
/** The nine skill dimensions, in display order. Ids are permanent (share links use them). */
export const DIMENSION_IDS = [
  'market',
  'business',
  'strategy',
  'discovery',
  'backlog',
  'delivery',
  'technical',
  'data',
  'stakeholders',
] as const;
/** The unscored context questions, in the order the quiz asks them. */
export const CONTEXT_IDS = ['country', 'experience', 'framework', 'company-size'] as const;
/** The answer id every context question accepts in place of an option. */
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';
