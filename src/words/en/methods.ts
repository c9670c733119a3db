/**
 * The methods page's words (/how-it-works). The method itself is docs/scoring.md (German:
 * docs/de/scoring.md, swapped in by scripts/markdown-plugin.ts); these are the page's title and its
 * closing section on the translations' review status.
 */
export const methods = {
  head: {
    title: 'How rolefit scores your answers · rolefit',
    description:
      'How rolefit scores your answers: the strategic and market axes, a probability for each result type, "between" results, 90% ranges, worked examples, and why the quiz is not yet validated.',
  },
  reviewsTitle: 'Translations and their review',
  reviewsIntro:
    'rolefit is written in English. The build checks every translation against the English: the same questions, options and scoring, nothing missing or extra, so a translation cannot change a score. Whether a translation means the same as the English only a fluent reviewer can check, and each translated file says whether that has happened.',
  /** Each language's name in a sentence ("The German translation …"). */
  languages: { de: 'German' } as Readonly<Record<string, string>>,
  files: {
    bank: 'the questions',
    roles: 'the roles guide with the result texts',
    growth: 'the growth tips',
  },
  unverified: (language: string, files: readonly string[]) =>
    `Unverified: the ${language} translation of ${new Intl.ListFormat('en', { type: 'conjunction' }).format(files)} has not yet been checked by a fluent reviewer.`,
  verified: (language: string, file: string, reviewer: string, date: string) =>
    `Verified: the ${language} translation of ${file} was checked by ${reviewer} on ${date}.`,
  methodsText:
    'The German version of this page is a translation of this English text and has not been checked by a fluent reviewer either.',
};

export type MethodsWords = typeof methods;
