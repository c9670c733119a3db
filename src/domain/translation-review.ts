// Which translated content files a fluent reviewer has checked (issue #15, item 2): the methods page
// shows it. Each file under questions/lang/<language>/ carries its `review`, checked at build time.
import type { LanguageReview } from './language-file-schema';

/** The translated files, in the order the methods page names them. */
export const TRANSLATED_FILES = ['bank', 'roles', 'growth'] as const;
export type TranslatedFile = (typeof TRANSLATED_FILES)[number];

export interface LanguageReviews {
  /** The language's tag, its folder under questions/lang/ ("de"). */
  language: string;
  /** Files nobody fluent has checked yet, in TRANSLATED_FILES order. */
  unverified: TranslatedFile[];
  /** Files a reviewer has checked, with who and when (ISO date). */
  verified: { file: TranslatedFile; reviewer: string; date: string }[];
}

const FILE_PATH = /\/lang\/([a-z]{2,3}(?:-[a-z0-9]+)*)\/([a-z-]+)\.json$/i;

/**
 * The review status of every translated file, one entry per language (sorted by tag), from a map of
 * file path (".../questions/lang/de/bank.json", as `import.meta.glob` keys them) to that file's
 * `review`. Paths that are not a translated file of TRANSLATED_FILES are ignored.
 * @example listTranslationReviews({ 'q/lang/de/bank.json': { status: 'unverified' } })
 *   // [{ language: 'de', unverified: ['bank'], verified: [] }]
 */
export function listTranslationReviews(
  reviews: Readonly<Record<string, LanguageReview>>,
): LanguageReviews[] {
  const byLanguage = new Map<string, Map<TranslatedFile, LanguageReview>>();
  for (const [path, review] of Object.entries(reviews)) {
    const match = FILE_PATH.exec(path);
    const file = TRANSLATED_FILES.find((f) => f === match?.[2]);
    if (!match?.[1] || !file) continue;
    const files = byLanguage.get(match[1]) ?? new Map<TranslatedFile, LanguageReview>();
    files.set(file, review);
    byLanguage.set(match[1], files);
  }
  return [...byLanguage]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([language, files]) => {
      const present = TRANSLATED_FILES.flatMap((file) => {
        const review = files.get(file);
        return review ? [{ file, review }] : [];
      });
      return {
        language,
        unverified: present.filter((f) => f.review.status !== 'verified').map((f) => f.file),
        verified: present.flatMap(({ file, review }) =>
          review.status === 'verified'
            ? [{ file, reviewer: review.reviewer, date: review.date }]
            : [],
        ),
      };
    });
}
