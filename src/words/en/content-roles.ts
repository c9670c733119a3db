/**
 * The roles guide's words (questions/roles.json) in this build's language: null in English (the
 * source file is English); another language's twin imports questions/lang/<code>/roles.json, which
 * `vite build` has checked against the source (scripts/bank-files.ts), so nothing is parsed again in
 * the browser. Read by src/content/load-roles.ts only, which types it; it lands in the chunk of the
 * pages that show the guide, never in the entry. The growth guide's are in content-growth.ts and the
 * bank's in content-bank.ts, each with its own pages.
 */
export const rolesWords: unknown = null;
