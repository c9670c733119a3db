import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectErrors, readScoreTable, waitForServiceWorker } from './helpers';
import { answerShortQuizQuestion, runShortQuiz, SHORT_QUIZ_LENGTH } from './hardening-helpers';
import {
  close,
  createStaticHost,
  DIRECTORY_STYLES,
  listen,
  type DirectoryStyle,
  type StaticHost,
} from './static-host';

// A service-worker update between two real builds (docs/performance.md, "Offline" and "Updates"): a
// tab in the middle of the quiz on build A keeps working when build B is deployed; B takes over once
// no tab runs A any more, or at once when the taker asks for it, with the quiz progress intact; a
// share link made on A opens on B. Each test runs on a host that serves /quiz as it is and on one
// that redirects it to /quiz/ (GitHub Pages).

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** What tells two builds apart: their service worker's cache, entry chunk and one lazy page chunk. */
interface Build {
  dir: string;
  cacheName: string;
  mainScript: string;
  howItWorksChunk: string;
}

/**
 * `vite build` into `dir`. The two builds differ only in VITE_SITE_ORIGIN, which the share and
 * invite pages print into their Open Graph tags. That changes those chunks, and as a chunk's hash
 * covers the names of the chunks it imports, nearly every hashed file (the entry chunk too) gets a
 * new name and the worker a new cache, as in a real release.
 */
function buildInto(dir: string, siteOrigin: string): Build {
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      dir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: repoRoot, env: { ...process.env, VITE_SITE_ORIGIN: siteOrigin }, stdio: 'pipe' },
  );
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const quizHtml = readFileSync(join(dir, 'quiz', 'index.html'), 'utf8');
  const cacheName = /const CACHE = "(rolefit-[0-9a-f]+)"/.exec(sw)?.[1];
  // /quiz's HTML names the entry for its early paint to start (scripts/early-paint-plugin.ts).
  const mainScript = /data-app="(\/assets\/main-[^"]+\.js)"/.exec(quizHtml)?.[1];
  const howItWorksChunk = /"(\/assets\/how-it-works-[^"]+\.js)"/.exec(sw)?.[1];
  if (!cacheName || !mainScript || !howItWorksChunk) throw new Error(`unexpected build in ${dir}`);
  return { dir, cacheName, mainScript, howItWorksChunk };
}

let tmp = '';
let buildA: Build;
let buildB: Build;
const hosts = new Map<DirectoryStyle, { site: StaticHost; origin: string }>();

test.beforeAll(async () => {
  test.setTimeout(180_000);
  tmp = mkdtempSync(join(tmpdir(), 'rolefit-sw-update-'));
  buildA = buildInto(join(tmp, 'a'), 'https://a.rolefit.example');
  buildB = buildInto(join(tmp, 'b'), 'https://b.rolefit.example');
  // Ports of their own: the worker's origin must not be the one other specs preview dist/ on.
  let port = Number(process.env.E2E_SW_UPDATE_PORT ?? 4417);
  for (const style of DIRECTORY_STYLES) {
    const site = createStaticHost(buildA.dir, style);
    const origin = await listen(site.server, port);
    port = Number(new URL(origin).port) + 1;
    hosts.set(style, { site, origin });
  }
});

test.afterAll(async () => {
  for (const { site } of hosts.values()) await close(site.server);
  rmSync(tmp, { recursive: true, force: true });
});

/** The host for one style, serving build A again (a test may have deployed B). */
function hostFor(style: DirectoryStyle) {
  const host = hosts.get(style);
  if (!host) throw new Error('the host did not start');
  host.site.deploy(buildA.dir);
  return host;
}

/** The entry chunk the page runs: which build it came from. */
function mainScriptOf(page: Page): Promise<string | null> {
  return page.locator('script[type="module"]').getAttribute('src');
}

/** The worker registration as the page sees it. */
function workerStateOf(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      isControlled: navigator.serviceWorker.controller !== null,
      active: registration?.active?.state ?? null,
      waiting: registration?.waiting?.state ?? null,
      caches: await caches.keys(),
    };
  });
}

/** Checks for an update from the tab and waits until the new worker has installed (and waits). */
async function installNewWorker(tab: Page): Promise<void> {
  await tab.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
    const worker = registration?.installing ?? registration?.waiting;
    if (!worker) throw new Error('no new worker after the update check');
    await new Promise<void>((resolve, reject) => {
      const settle = () => {
        if (worker.state === 'redundant') reject(new Error('the new worker failed to install'));
        else if (worker.state !== 'installing') resolve();
      };
      worker.addEventListener('statechange', settle);
      settle();
    });
  });
}

/** A first visit in a fresh browser: the page once the worker controls it, and its errors. */
async function openControlledTab(browser: Browser, origin: string) {
  const context = await browser.newContext({
    baseURL: origin,
    reducedMotion: 'reduce',
    serviceWorkers: 'allow',
  });
  const tab = await context.newPage();
  const errors = collectErrors(tab);
  await tab.goto('/');
  await waitForServiceWorker(tab);
  return { context, tab, errors };
}

/** Makes a scores-level share link on build A in a fresh browser, with what its page showed. */
async function makeShareLink(browser: Browser, origin: string) {
  const context = await browser.newContext({
    baseURL: origin,
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto('/');
  await runShortQuiz(page);
  const headline = await page.getByRole('heading', { level: 1 }).innerText();
  const scores = await readScoreTable(page, 'Your scores');
  await page.getByRole('radio', { name: /With scores/ }).check();
  const link = await page.getByRole('textbox', { name: 'Your link' }).inputValue();
  await context.close();
  return { link, headline, scores };
}

for (const style of DIRECTORY_STYLES) {
  const label = style === 'redirects' ? 'redirects /quiz to /quiz/' : 'serves /quiz as it is';
  test(`a quiz in progress survives an update; the new build takes over with the progress kept (host ${label})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const { site, origin } = hostFor(style);
    expect(buildB.cacheName).not.toBe(buildA.cacheName);
    expect(buildB.mainScript).not.toBe(buildA.mainScript);
    expect(buildB.howItWorksChunk).not.toBe(buildA.howItWorksChunk);

    const shared = await makeShareLink(browser, origin);
    expect(shared.link).toMatch(/\/r\/product-manager\/#r=/);

    // First visit on A: the worker installs and takes control; the taker answers three questions.
    const { context, tab, errors } = await openControlledTab(browser, origin);
    expect(await workerStateOf(tab)).toEqual({
      isControlled: true,
      active: 'activated',
      waiting: null,
      caches: [buildA.cacheName],
    });
    await tab.waitForLoadState('networkidle');
    await tab.getByRole('button', { name: 'Start the short quiz' }).click();
    for (let i = 0; i < 3; i += 1) await answerShortQuizQuestion(tab, i);

    // Release B: A's chunks are gone from the host.
    site.deploy(buildB.dir);
    expect((await context.request.get(buildA.howItWorksChunk)).status()).toBe(404);

    // The tab checks for an update: B installs beside A and waits; A still controls the tab.
    await installNewWorker(tab);
    expect(await workerStateOf(tab)).toEqual({
      isControlled: true,
      active: 'activated',
      waiting: 'installed',
      caches: [buildA.cacheName, buildB.cacheName],
    });

    // The open quiz goes on with its own build: the next answer, and a page it has not loaded yet,
    // whose chunk only A's cache still holds. Back in the quiz, the answers are all there.
    await answerShortQuizQuestion(tab, 3);
    await tab
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'How it works' })
      .click();
    await expect(
      tab.getByRole('heading', { level: 1, name: 'How rolefit scores your answers' }),
    ).toBeVisible();
    await tab.goBack();
    await expect(
      tab.getByRole('heading', { level: 1, name: `Question 5 of ${SHORT_QUIZ_LENGTH}` }),
    ).toBeVisible();

    // A reload keeps A (B waits while any tab runs A), and the progress.
    await tab.reload();
    await expect(
      tab.getByRole('heading', { level: 1, name: `Question 5 of ${SHORT_QUIZ_LENGTH}` }),
    ).toBeVisible();
    expect(await mainScriptOf(tab)).toBe(buildA.mainScript);
    expect(errors).toEqual([]);

    // The last tab of A closes: B activates, deletes A's cache, and the next visit runs B, progress kept.
    await tab.close();
    const next = await context.newPage();
    const nextErrors = collectErrors(next);
    await next.goto('/quiz');
    await expect(
      next.getByRole('heading', { level: 1, name: `Question 5 of ${SHORT_QUIZ_LENGTH}` }),
    ).toBeVisible();
    expect(await mainScriptOf(next)).toBe(buildB.mainScript);
    expect(await workerStateOf(next)).toEqual({
      isControlled: true,
      active: 'activated',
      waiting: null,
      caches: [buildB.cacheName],
    });
    await next.reload();
    expect(await mainScriptOf(next)).toBe(buildB.mainScript);
    await answerShortQuizQuestion(next, 4);

    // B precached its own pages, not the HTTP cache's copies of A's.
    const cachedQuizPage = await next.evaluate(
      async (cacheName) => (await (await caches.open(cacheName)).match('/quiz'))?.text(),
      buildB.cacheName,
    );
    expect(cachedQuizPage).toContain(buildB.mainScript);

    // The share link made on A opens on B with the same result.
    await next.goto(shared.link);
    await expect(next.getByRole('heading', { level: 2, name: shared.headline })).toBeVisible();
    expect(await readScoreTable(next, 'Shared scores')).toBe(shared.scores);
    expect(nextErrors).toEqual([]);
    await context.close();
  });

  test(`"Use the new version" switches a tab to the waiting build, progress kept (host ${label})`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const { site, origin } = hostFor(style);
    const { context, tab, errors } = await openControlledTab(browser, origin);
    await tab.waitForLoadState('networkidle');
    await tab.getByRole('button', { name: 'Start the short quiz' }).click();
    for (let i = 0; i < 2; i += 1) await answerShortQuizQuestion(tab, i);

    // Release B; it installs and waits while this tab runs A.
    site.deploy(buildB.dir);
    await installNewWorker(tab);

    // Progress saved by a version newer than A (as B would save it in a newer format).
    const newer = await tab.evaluate(() => {
      const saved: unknown = JSON.parse(localStorage.getItem('rolefit-quiz') ?? 'null');
      const text = JSON.stringify({ ...(saved as object), version: 99 });
      localStorage.setItem('rolefit-quiz', text);
      return text;
    });

    // A reload alone keeps A (B waits), so the notice offers the switch instead.
    await tab.goto('/quiz');
    expect(await mainScriptOf(tab)).toBe(buildA.mainScript);
    const notice = tab.getByRole('status').filter({ hasText: 'newer version of rolefit' });
    await expect(notice).toBeVisible();
    const reloaded = tab.waitForEvent('load');
    await notice.getByRole('button', { name: 'Use the new version' }).click();
    await reloaded;

    // The tab now runs B, B controls it and A's cache is gone; the saved progress is untouched.
    await expect(tab.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await mainScriptOf(tab)).toBe(buildB.mainScript);
    expect(await workerStateOf(tab)).toEqual({
      isControlled: true,
      active: 'activated',
      waiting: null,
      caches: [buildB.cacheName],
    });
    expect(await tab.evaluate(() => localStorage.getItem('rolefit-quiz'))).toBe(newer);
    expect(errors).toEqual([]);
    await context.close();
  });
}
