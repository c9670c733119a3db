/**
 * The bank's language file as written (questions/lang/<code>/bank.json): null in English, the source.
 * Only for showing an archived revision's questions in this language (src/content/shown-revision.ts,
 * the share page); the quiz reads the bank made at build time (content-bank.ts).
 */
export const bankLanguage: unknown = null;
