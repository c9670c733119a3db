/**
 * The language this build speaks. Every module under src/words/en/ has a twin under each other
 * language's folder (src/words/de/, …) with the same exports and keys; a language's build swaps the
 * whole folder (scripts/language-plugin.ts), so a page carries one language's words and no other
 * (docs/decisions/007-languages.md).
 */
export const locale = {
  /** The language's tag: `<html lang>`, its folder under src/words/ and questions/lang/. */
  code: 'en',
  /** The locale `Intl` formats numbers and money with (US style: $120,000, €55,000). */
  numbers: 'en-US',
  /** The locale `Intl` formats dates with (3 December 2026). */
  dates: 'en-GB',
} as const satisfies Locale;

export interface Locale {
  code: string;
  numbers: string;
  dates: string;
}
