/**
 * Where a tab keeps its "No, thanks" to the language suggestion line (sessionStorage: the line returns
 * on the next visit). "Delete my data" on /privacy removes it too.
 */
export const LANGUAGE_HINT_KEY = 'rolefit-language-hint';

/**
 * The language to suggest to a browser: the first of its preferred languages (`navigator.languages`,
 * most preferred first) that rolefit speaks, by primary subtag ("de-AT" is "de"). Null when that is
 * the page's own language, or when rolefit speaks none of them: a language rolefit speaks that the
 * browser ranks lower than the page's own is not suggested.
 * @example suggestedLanguage(['de-CH', 'en'], ['en', 'de'], 'en') // 'de'
 */
export function suggestedLanguage<C extends string>(
  browserLanguages: readonly string[],
  available: readonly C[],
  current: C,
): C | null {
  for (const tag of browserLanguages) {
    const primary = tag.trim().toLowerCase().split('-')[0] ?? '';
    const match = available.find((code) => code === primary);
    if (match !== undefined) return match === current ? null : match;
  }
  return null;
}
