/**
 * The guide files' words (the bank's are in content-bank.ts) in this build's language: null in English (the source files under
 * questions/ are English); another language's twin imports its files from questions/lang/<code>/,
 * which `vite build` has checked against the source (scripts/bank-files.ts), so nothing is parsed
 * again in the browser. Read by src/content/ only, which types them; each file lands in the chunk of
 * the page that loads its content, never in the entry.
 */
export const rolesWords: unknown = null;
export const growthWords: unknown = null;
