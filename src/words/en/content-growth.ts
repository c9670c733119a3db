/**
 * The growth guide's words (questions/growth.json) in this build's language: null in English; another
 * language's twin imports questions/lang/<code>/growth.json (see content-roles.ts). Read by
 * src/content/load-growth.ts only.
 */
export const growthWords: unknown = null;
