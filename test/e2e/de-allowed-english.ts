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
  // Authors, companies and sites named on the result page (books, certifying bodies, sharing).
  'dan',
  'olsen',
  'marty',
  'roman',
  'linkedin',
  'scaled',
  // Job titles to search for, which German postings use in English.
  'associate',
  'senior',
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
  // Words of the web that German uses as they are (Duden lists each).
  'browser',
  'browsers',
  'cookies',
  'tracking',
  'tab',
  'tabs',
  'server',
  'website',
  'websites',
  // JavaScript and LinkedIn, read as two words each (the scan splits words joined by layout).
  'java',
  'linked',
  'script',
  'https',
  'hex',
  'live',
  // Spelled the same in both languages.
  'in',
  'so',
  'name',
  'optional',
  'element',
  'option',
]);
