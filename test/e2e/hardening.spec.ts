import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { prerenderPaths } from '../../src/app/prerender-paths';
import { collectErrors, openSection } from './helpers';
import { GOLDEN_PM, GOLDEN_PO, runShortQuiz } from './hardening-helpers';

// Hardening (issue #6): no request leaves the origin, the CSP holds, broken storage, a missing chunk,
// a failing chart and hostile URLs never leave a blank page. Service workers are blocked here (the
// offline spec covers them) so every request is the page's own and page.route sees it.
test.use({ serviceWorkers: 'block' });

/** Records every request of the context and every CSP violation and console error of its pages. */
function watch(context: BrowserContext, origin: string) {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(`${request.method()} ${request.url()}`);
  });
  return { foreign };
}

/**
 * Collects `securitypolicyviolation` events from every document the page loads. Chromium does not log
 * all of them to the console (an eval probe only shows in DevTools' Issues panel).
 */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => {
    violations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = Reflect.get(window, '__reportCspViolation') as (text: string) => void;
      report(
        `${location.pathname}: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return violations;
}

test.describe('no third parties and a strict CSP', () => {
  test('quiz, share, coach and compare flows request nothing from another origin', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const origin = new URL(baseURL ?? '').origin;
    const { foreign } = watch(context, origin);
    const errors = collectErrors(page);
    const cspViolations = await watchCsp(page);

    // Quiz and the taker's result, with the share panel and its QR code.
    await page.goto('/');
    await runShortQuiz(page);
    await page.getByRole('radio', { name: /with scores/i }).check();
    const link = await page.getByRole('textbox', { name: 'Your link' }).inputValue();
    await page.getByRole('button', { name: 'Show QR code' }).click();
    await expect(page.getByRole('img', { name: /QR code/i })).toBeVisible();

    // The scores link opened, as a recipient would.
    await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(
      page.getByRole('heading', { level: 2, name: /Product Manager fit/ }),
    ).toBeVisible();

    // Coach: make an invite, open it, start the quiz from it.
    await page.goto('/coach');
    await page.getByRole('textbox', { name: 'Your name (required)' }).fill('Dana Kim');
    await page.getByRole('radio', { name: 'Short quiz' }).check();
    await page.getByRole('button', { name: 'Make the invite link' }).click();
    const invite = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
    await page.goto(invite.replace(/^https?:\/\/[^/]+/, ''));
    await expect(
      page.getByRole('heading', { level: 1, name: 'Invited by Dana Kim' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Question 1 of/ })).toBeVisible();

    // Compare two links.
    await page.goto('/compare');
    await page
      .getByRole('textbox', { name: 'Result links' })
      .fill([`Ana | ${origin}${GOLDEN_PM.path}`, `Ben | ${origin}${GOLDEN_PO.path}`].join('\n'));
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('table', { name: /results side by side/i })).toBeVisible();

    // Every other page once, so their chunks load too.
    for (const path of ['/roles', '/how-it-works', '/privacy', '/embed-builder']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }

    expect(foreign).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(errors).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });

  test('every prerendered page carries the CSP meta first, and no inline script', async ({
    request,
  }) => {
    for (const path of prerenderPaths) {
      const html = await (await request.get(path)).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(head);
      expect(meta, path).not.toBeNull();
      const policy = meta?.[1] ?? '';
      expect(policy, path).toMatch(/script-src 'self'(;|$)/);
      expect(policy, path).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
      // The policy precedes every script and stylesheet it governs.
      expect(head.indexOf('Content-Security-Policy'), path).toBeLessThan(head.indexOf('<script'));
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        expect(tag, `${path}: only external module scripts`).toMatch(/\bsrc="\/assets\//);
      }
      expect(html, path).not.toMatch(/\son[a-z]+="/); // no inline event handlers
      expect(html, path).not.toMatch(/\sstyle="/); // style-src 'self' ignores style attributes
    }
  });
});

// public/_headers (framing, HSTS) is checked by test/public/headers.test.ts.

test('a page opened at its file address (/quiz/index.html) shows the page, under its own address', async ({
  page,
}) => {
  const errors = collectErrors(page);
  for (const [file, address, heading] of [
    ['/quiz/index.html', '/quiz', /rolefit quiz/],
    ['/index.html', '/', 'Product Manager or Product Owner: which fits you?'],
    ['/roles/index.html', '/roles', 'Product Manager vs Product Owner'],
    ['/r/product-owner/index.html?from=link', '/r/product-owner/', /Product Owner/],
  ] as const) {
    await page.goto(file);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toHaveCount(0);
    expect(new URL(page.url()).pathname, file).toBe(address);
  }
  expect(errors).toEqual([]);
});

test.describe('broken storage never breaks the quiz', () => {
  test('localStorage full: a notice, and the quiz still runs to a result', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const errors = collectErrors(page);
    await page.goto('/');
    await runShortQuiz(page);
    await expect(page.getByText(/not letting rolefit save your progress/)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('localStorage that throws on access: a notice, and the quiz still runs', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      }
    });
    const errors = collectErrors(page);
    await page.goto('/');
    await runShortQuiz(page);
    await expect(page.getByText(/not letting rolefit save your progress/)).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('garbage in storage: a notice, a fresh quiz, and no crash', async ({ page }) => {
    // Chromium asks for /favicon.ico on a non-HTML page; there is none (the app uses favicon.svg).
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    const errors = collectErrors(page);
    for (const garbage of [
      '{not json',
      '{"state":{"mode":"huge","answers":7},"version":1}',
      'null',
    ]) {
      // Written from a page that runs no app code, so no store reads it before /quiz does.
      await page.goto('/robots.txt');
      await page.evaluate((value) => {
        localStorage.setItem('rolefit-quiz', value);
        sessionStorage.setItem('rolefit-invite', value);
      }, garbage);
      await page.goto('/quiz');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (garbage !== 'null') {
        await expect(page.getByText(/could not read the progress saved/)).toBeVisible();
      }
    }
    await page.goto('/');
    await runShortQuiz(page);
    expect(errors).toEqual([]);
  });
});

test.describe('a missing chunk after a new deploy offers a reload', () => {
  test('client-side navigation to a page whose chunk is gone', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Start the full quiz' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.route(/\/assets\/quiz-[\w-]+\.js$/, (route) => route.fulfill({ status: 404 }));
    await page.getByRole('button', { name: 'Start the full quiz' }).click();
    await expect(page.getByRole('alert')).toContainText('A newer version of rolefit was published');
    await expect(page.getByRole('banner')).toBeVisible(); // the page frame stays
    await page.unroute(/\/assets\/quiz-[\w-]+\.js$/);
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Question 1 of/ })).toBeVisible();
  });

  test('offline before the service worker has the chunk: says so, and offers a reload', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Start the full quiz' }).click();
    await expect(page.getByRole('alert')).toContainText('this device is offline');
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Question 1 of/ })).toBeVisible();
  });

  test('opening a page whose chunk is gone', async ({ page }) => {
    await page.route(/\/assets\/results-[\w-]+\.js$/, (route) => route.fulfill({ status: 404 }));
    await page.goto('/results');
    await expect(page.getByRole('alert')).toContainText('A newer version of rolefit was published');
    await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  });
});

test('a chart that throws leaves the result readable as text', async ({ page }) => {
  // The charts measure their width with ResizeObserver (use-drawn-width.ts; recharts, drawn at an
  // explicit size, uses none): a broken one makes every chart throw.
  await page.addInitScript(() => {
    window.ResizeObserver = class {
      constructor() {
        throw new Error('test: ResizeObserver is broken');
      }
    } as unknown as typeof ResizeObserver;
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(GOLDEN_PM.path);
  await expect(page.getByRole('heading', { level: 2, name: GOLDEN_PM.headline })).toBeVisible();
  // Charts draw only when they come near the viewport.
  await page.getByRole('heading', { name: 'The map' }).scrollIntoViewIfNeeded();
  await expect(page.getByText('This chart could not be drawn.').first()).toBeVisible();
  await expect(page.getByRole('table', { name: /scenario choices split/ }).first()).toBeVisible();
  await page.goto('/');
  await runShortQuiz(page);
  await openSection(page, 'The map');
  await page.getByRole('heading', { name: 'The map' }).scrollIntoViewIfNeeded();
  await expect(page.getByText('This chart could not be drawn.').first()).toBeVisible();
  await openSection(page, 'What it means');
  await expect(page.getByRole('table', { name: /scenario choices split/ })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

// Hostile query strings and fragments on every route: no console error, never a blank page.
const NASTY: readonly string[] = [
  '?mode=<script>alert(1)</script>',
  '?mode=short&mode=full&mode=',
  `?q=${'x'.repeat(8000)}`,
  '?%00=%00&a=%',
  '?%E0%A4%A=1',
  '#r=',
  '#r=%',
  `#r=${'A'.repeat(5000)}`,
  '#r=FABYmRkZGRkZGRkZAOAAAAAAqh',
  '#p=!!!',
  '#l=%ZZ~~,,~',
  '#v=1&n=%E2%80%AE%00%ED%A0%80&e=a@b?c&l=short',
  '#%F0%9F%92%A5\u202E\u0000',
  '#<img src=x onerror=alert(1)>',
];
const FUZZ_ROUTES = [
  ...prerenderPaths.filter((p) => p !== '/404.html' && !p.startsWith('/embed/')),
  '/r/not-a-type/',
  '/no-such-page',
];

for (const route of FUZZ_ROUTES) {
  test(`fuzzed query strings and fragments on ${route}`, async ({ page }) => {
    const errors = collectErrors(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    for (const suffix of NASTY) {
      await page.goto(`${route}${suffix}`);
      await page.waitForLoadState('networkidle');
      await expect(page.getByRole('heading', { level: 1 }).first(), suffix).toBeVisible();
    }
    expect(errors).toEqual([]);
    expect(dialogs).toBe(0);
  });
}
