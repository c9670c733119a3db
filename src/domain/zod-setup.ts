import { config } from 'zod/v4/core';

// Zod compiles its object parsers with `new Function` where it may. The CSP forbids eval, and the
// probe alone is reported as a violation, so the interpreted parsers are used everywhere. Every module
// that declares a zod schema imports this file first (docs/performance.md, "Content Security Policy").
config({ jitless: true });
