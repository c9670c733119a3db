import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/csp-plugin';
import { prerenderPaths } from '../../src/app/prerender-paths';
import { LANGUAGES, pathIn } from '../../src/config/languages';

// public/_headers, read the way Netlify and Cloudflare Pages read it: a request gets the headers of
// every rule whose pattern matches its path (`*` matches anything, `:name` one segment).

type Rule = { pattern: string; headers: string[] };

function readRules(): Rule[] {
  const text = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else rules.at(-1)?.headers.push(line.trim());
  }
  return rules;
}

const rules = readRules();

function ruleFor(pattern: string): string[] {
  return rules.find((r) => r.pattern === pattern)?.headers ?? [];
}

/** Every header line a request for `path` gets. */
function headersFor(path: string): string[] {
  return rules
    .filter(({ pattern }) => {
      const source = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'))
        .join('.*');
      return new RegExp(`^${source}$`).test(path);
    })
    .flatMap((r) => r.headers);
}

/** Whether a browser refuses to show `path` in another site's frame. */
function refusesFraming(headers: readonly string[]): boolean {
  const ancestors = headers
    .filter((h) => h.startsWith('Content-Security-Policy:'))
    .map((h) => /frame-ancestors ([^;]+)/.exec(h)?.[1]);
  // Browsers ignore X-Frame-Options wherever a CSP frame-ancestors is present.
  if (ancestors.some((a) => a !== undefined)) return ancestors.includes("'none'");
  return headers.includes('X-Frame-Options: DENY');
}

const englishPages = prerenderPaths.filter((p) => p !== '/404.html' && !p.startsWith('/embed/'));
// Every language's pages: English at the root, German under /de/ (a build of its own).
const pages = LANGUAGES.flatMap((l) => englishPages.map((p) => pathIn(l, p)));
const pageAddresses = pages.flatMap((page) => {
  const folder = page.endsWith('/') ? page : `${page}/`;
  return [page, folder, `${folder}index.html`];
});

test.each([
  ...pageAddresses,
  '/404.html',
  '/de/404.html',
  '/de',
  '/de/no-such-page',
  '/de/sw.js',
  '/de/assets/x.js',
  '/no-such-page',
  '/no/such/page/',
  '/sw.js',
  '/assets/x.js',
])('%s refuses to be framed', (path) => {
  expect(refusesFraming(headersFor(path))).toBe(true);
});

test.each(['/embed/', '/embed/index.html', '/de/embed/', '/de/embed/index.html'])(
  '%s may be framed by https sites only, never by http://localhost in production',
  (path) => {
    const headers = headersFor(path);
    expect(refusesFraming(headers)).toBe(false);
    const policies = headers.filter((h) => h.startsWith('Content-Security-Policy:'));
    expect(policies).toHaveLength(1);
    expect(policies[0]).toMatch(/frame-ancestors https:$/);
    expect(policies.join('\n')).not.toMatch(/localhost|127\.0\.0\.1|http:/);
  },
);

test.each([...pageAddresses, '/embed/', '/no-such-page', '/assets/x.js'])(
  '%s is served with HSTS',
  (path) => {
    expect(headersFor(path)).toContain(
      'Strict-Transport-Security: max-age=31536000; includeSubDomains',
    );
  },
);

test('every page has its own CSP rule with frame-ancestors none, in both URL forms', () => {
  // The catch-all never carries a CSP: these hosts enforce every matching CSP header, so one there
  // would also bind the embed.
  expect(ruleFor('/*').join('\n')).not.toMatch(/Content-Security-Policy/);
  for (const page of pages) {
    const forms = page === '/' || page.endsWith('/') ? [page] : [page, `${page}/`];
    const folder = /^\/(de\/)?(r|c)\//.exec(page);
    const pattern = folder ? `/${folder[1] ?? ''}${folder[2] ?? ''}/*` : null;
    for (const form of pattern ? [pattern] : forms) {
      const headers = ruleFor(form);
      const policy = contentSecurityPolicy(
        page.endsWith('/embed-builder') ? { 'frame-src': "'self'" } : {},
      );
      expect(headers, form).toContain('X-Frame-Options: DENY');
      expect(headers, form).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
    }
  }
  for (const embed of ['/embed/*', '/de/embed/*']) {
    expect(ruleFor(embed).join('\n')).not.toMatch(/frame-ancestors 'none'|X-Frame-Options/);
  }
  expect(ruleFor('/de/embed/*')).toEqual(ruleFor('/embed/*'));
});
