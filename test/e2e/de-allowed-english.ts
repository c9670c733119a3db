/**
 * Words that may appear on both an English page and its German twin (test/e2e/de-words.spec.ts):
 * names, the English loan words German product work uses (docs/decisions/007-languages.md, "Sie,
 * not du"), and words spelled the same in both languages. Reviewed by hand: add a word here only when
 * a German speaker would write it in German text too, never to silence an untranslated sentence.
 * Lower case; hyphenated compounds are checked part by part.
 */
export const ALLOWED_ON_GERMAN_PAGES: ReadonlySet<string> = new Set([
  // Names: the product, the roles as job titles, frameworks, file formats, sources.
  'rolefit',
  'product',
  'manager',
  'owner',
  'pm',
  'po',
  'scrum',
  'safe',
  'pdf',
  'csv',
  'png',
  'qr',
  // Loan words of German product work (the German bank and guide use them).
  'backlog',
  'roadmap',
  'sprint',
  'sprints',
  'stakeholder',
  'discovery',
  'delivery',
  'team',
  'teams',
  'link',
  'links',
  'coach',
  'coaches',
  'story',
  'stories',
  'user',
  'tech',
  'lead',
  // Spelled the same in both languages.
  'in',
  'so',
]);
