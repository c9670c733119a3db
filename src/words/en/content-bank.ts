import bank from '../../../questions/bank.json';

/**
 * The question bank in this build's language, for src/content/load-content.ts only. English is the
 * source itself (questions/bank.json), with no `sourceKey`: its hashes are computed from it. Another
 * language's twin gives its bank made at build time (`questions/lang/<code>/bank.json?translated`,
 * scripts/translated-bank-plugin.ts) and the English items' hashes and scoring key as `sourceKey`,
 * so a German page downloads the bank once, in German, and not the English texts as well
 * (docs/decisions/007-languages.md, "Budgets"). Apart from the guides' words (content.ts), so the
 * quiz page does not load the roles and growth guides.
 */
export const questionBank: unknown = bank;
export const sourceKey: unknown = null;
