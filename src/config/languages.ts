import { locale } from '../words/en/locale';

/**
 * Every language rolefit speaks, with the few words each needs on the other languages' pages (the
 * language switch and the suggestion line). English is the source and lives at the root; every
 * other language is a build of its own under its folder (`/de/…`), see docs/decisions/007-languages.md.
 */
export const LANGUAGES = [
  {
    code: 'en',
    base: '',
    name: 'English',
    suggestion: 'This page is also available in English.',
    open: 'Read it in English',
    dismiss: 'No, thanks',
  },
  {
    code: 'de',
    base: '/de',
    name: 'Deutsch',
    suggestion: 'Diese Seite gibt es auch auf Deutsch.',
    open: 'Auf Deutsch lesen',
    dismiss: 'Nein, danke',
  },
] as const;

export type Language = (typeof LANGUAGES)[number];

function findLanguage(code: string): Language {
  const found = LANGUAGES.find((l) => l.code === code);
  if (!found) throw new Error(`No language "${code}" in src/config/languages.ts.`);
  return found;
}

/** The language of this build (its words folder, swapped by scripts/language-plugin.ts). */
export const LANGUAGE: Language = findLanguage(locale.code);

/** The path prefix of this build's pages: '' for English, '/de' for German. */
export const BASE: string = LANGUAGE.base;

/** A page's address in `language`, from its address without a language prefix ("/quiz"). */
export function pathIn(language: Language, path: string): string {
  if (language.base === '') return path;
  return path === '/' ? `${language.base}/` : `${language.base}${path}`;
}

function withoutBase(pathname: string, base: string): string | null {
  if (base === '') return null;
  if (pathname === base) return '/';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : null;
}

/**
 * A pathname without this build's language prefix: "/de/quiz" is "/quiz" and "/de/" is "/". A
 * pathname outside the prefix comes back unchanged (the page table then shows "not found").
 */
export function stripBase(pathname: string): string {
  return withoutBase(pathname, BASE) ?? pathname;
}

/**
 * A pathname without any language's prefix: the page it names in whichever language. An English
 * host's not-found page can be asked for "/de/…" (one 404.html for the whole site).
 */
export function stripAnyBase(pathname: string): string {
  for (const language of LANGUAGES) {
    const stripped = withoutBase(pathname, language.base);
    if (stripped !== null) return stripped;
  }
  return pathname;
}
