import { useState } from 'react';
import { useLocation } from 'react-router';
import { LANGUAGE, LANGUAGES, pathIn, stripAnyBase, type Language } from '../config/languages';
import { suggestedLanguage } from '../domain/language-preference';
import { dismissLanguageHint, isLanguageHintDismissed } from '../store/language-hint';
import { useHydrated } from '../components/use-hydrated';
import { frame } from '../words/en/frame';

/**
 * The same page in `language`: same path, query and fragment (a share, invite or answers code), so
 * the taker stays where they are. Saved progress lives in this browser's storage, which every
 * language shares, so it carries over. Before hydration the address has no query or fragment, as the
 * prerendered HTML has none.
 */
function useAddressIn(language: Language): string {
  const { pathname, search, hash } = useLocation();
  const isHydrated = useHydrated();
  const path = pathIn(language, stripAnyBase(pathname));
  return isHydrated ? `${path}${search}${hash}` : path;
}

/** The header's link to the page in the other language(s), each named in its own language. */
export function LanguageSwitch() {
  return (
    <nav aria-label={frame.languageNav} className="language-switch">
      {LANGUAGES.filter((l) => l.code !== LANGUAGE.code).map((language) => (
        <LanguageLink key={language.code} language={language} className="language-link">
          {language.name}
        </LanguageLink>
      ))}
    </nav>
  );
}

function LanguageLink({
  language,
  className,
  children,
}: {
  language: Language;
  className: string;
  children: string;
}) {
  const href = useAddressIn(language);
  return (
    // A full page load: each language is a build of its own.
    <a className={className} href={href} hrefLang={language.code} lang={language.code}>
      {children}
    </a>
  );
}

/**
 * One line, in the browser's language, when the browser prefers a language rolefit speaks other than
 * this page's: never a redirect. Shown after hydration only (the prerendered page cannot know).
 */
export function LanguageSuggestion() {
  const isHydrated = useHydrated();
  const [isDismissed, setIsDismissed] = useState(isLanguageHintDismissed);
  if (!isHydrated || isDismissed) return null;
  const code = suggestedLanguage(
    navigator.languages,
    LANGUAGES.map((l) => l.code),
    LANGUAGE.code,
  );
  const language = LANGUAGES.find((l) => l.code === code);
  if (!language) return null;
  const dismiss = () => {
    // Where storage is blocked, the line goes for this page and may come back on the next.
    dismissLanguageHint(language.code);
    setIsDismissed(true);
  };
  return (
    <p className="language-suggestion" lang={language.code}>
      {language.suggestion}{' '}
      <LanguageLink language={language} className="">
        {language.open}
      </LanguageLink>{' '}
      <button type="button" className="button small" onClick={dismiss}>
        {language.dismiss}
      </button>
    </p>
  );
}
