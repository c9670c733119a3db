import type { RouteHandle } from '../config/head';
import type { LanguageReview } from '../domain/language-file-schema';
import { formatDay } from '../domain/format';
import { listTranslationReviews } from '../domain/translation-review';
import { methods as w } from '../words/en/methods';
// The German build renders docs/de/scoring.md here (scripts/markdown-plugin.ts).
import scoringHtml from '../../docs/scoring.md?html';

export const howItWorksHandle: RouteHandle = {
  head: () => ({ ...w.head }),
};

// Only each translated file's `review` lands in this page's chunk, not its texts (checked at build
// time by scripts/bank-files.ts).
const reviews = listTranslationReviews(
  import.meta.glob<LanguageReview>('../../questions/lang/*/{bank,roles,growth}.json', {
    import: 'review',
    eager: true,
  }),
);

/** A review's date (YYYY-MM-DD) as the page writes a day. */
const formatDate = (iso: string) => formatDay(Date.parse(`${iso}T00:00:00Z`), 'UTC');

/**
 * The scoring method, rendered from docs/scoring.md at build time (scripts/markdown-plugin.ts; its
 * first heading is the page's h1), then which translations a fluent reviewer has checked. The file is
 * our own, committed to the repo, never user input, so its HTML is not sanitized.
 */
export function HowItWorksPage() {
  return (
    <article>
      <div className="prose" dangerouslySetInnerHTML={{ __html: scoringHtml }} />
      <section aria-labelledby="translations-title" className="prose">
        <h2 id="translations-title">{w.reviewsTitle}</h2>
        <p>{w.reviewsIntro}</p>
        <ul>
          {reviews.flatMap(({ language, unverified, verified }) => {
            const name = w.languages[language] ?? language;
            return [
              ...(unverified.length > 0
                ? [
                    <li key={`${language}-unverified`}>
                      {w.unverified(
                        name,
                        unverified.map((file) => w.files[file]),
                      )}
                    </li>,
                  ]
                : []),
              ...verified.map(({ file, reviewer, date }) => (
                <li key={`${language}-${file}`}>
                  {w.verified(name, w.files[file], reviewer, formatDate(date))}
                </li>
              )),
            ];
          })}
        </ul>
        <p>{w.methodsText}</p>
      </section>
    </article>
  );
}
