import { expect, test, type Browser, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectErrors, waitForServiceWorker } from './helpers';
import { answerShortQuizQuestion, runShortQuiz, SHORT_QUIZ_LENGTH } from './hardening-helpers';

// A service-worker update between two real builds (docs/performance.md, "Offline"): a tab in the
// middle of the quiz on build A keeps working when build B is deployed; B takes over once no tab runs
// A any more, with the quiz progress intact; a share link made on A opens on B.

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
  const mainScript = /<script type="module"[^>]* src="(\/assets\/main-[^"]+\.js)"/.exec(
    quizHtml,
  )?.[1];
  const howItWorksChunk = /"(\/assets\/how-it-works-[^"]+\.js)"/.exec(sw)?.[1];
  if (!cacheName || !mainScript || !howItWorksChunk) throw new Error(`unexpected build in ${dir}`);
  return { dir, cacheName, mainScript, howItWorksChunk };
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A static host whose site can be replaced while it runs (`deploy`), as a release replaces the files:
 * the old build's hashed chunks are gone from then on. `/quiz` serves `quiz/index.html`, an unknown
 * path the 404 page. Like GitHub Pages, a page may be kept in the HTTP cache for ten minutes, so a
 * worker that precached through the HTTP cache would store the old pages. Hashed chunks are never
 * kept (a browser may have evicted them anyway): only the worker's cache can still serve old ones.
 */
function createSwitchableHost(initialRoot: string) {
  let root = initialRoot;
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = [join(root, clean), join(root, clean, 'index.html')].find(
      (p) => p.startsWith(root) && existsSync(p) && statSync(p).isFile(),
    );
    const served = file ?? join(root, '404.html');
    response.writeHead(file ? 200 : 404, {
      'content-type': TYPES[extname(served)] ?? 'application/octet-stream',
      'cache-control': pathname.startsWith('/assets/') ? 'no-store' : 'max-age=600',
    });
    response.end(readFileSync(served));
  });
  return {
    server,
    deploy(nextRoot: string) {
      root = nextRoot;
    },
  };
}

/** Listens on the first free port from `first` up to 4499 and returns the origin. */
async function listen(server: Server, first: number): Promise<string> {
  for (let port = first; port <= 4499; port += 1) {
    const isListening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (isListening) return `http://127.0.0.1:${port}`;
  }
  throw new Error(`no free port from ${first} to 4499`);
}

let tmp = '';
let buildA: Build;
let buildB: Build;
let host: ReturnType<typeof createSwitchableHost> | undefined;
let origin = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  tmp = mkdtempSync(join(tmpdir(), 'rolefit-sw-update-'));
  buildA = buildInto(join(tmp, 'a'), 'https://a.rolefit.example');
  buildB = buildInto(join(tmp, 'b'), 'https://b.rolefit.example');
  host = createSwitchableHost(buildA.dir);
  // A port of its own: the worker's origin must not be the one other specs preview dist/ on.
  origin = await listen(host.server, Number(process.env.E2E_SW_UPDATE_PORT ?? 4417));
});

test.afterAll(async () => {
  await new Promise((resolve) => (host ? host.server.close(resolve) : resolve(undefined)));
  rmSync(tmp, { recursive: true, force: true });
});

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

/** Makes a scores-level share link on build A in a fresh browser, with what its page showed. */
async function makeShareLink(browser: Browser) {
  const context = await browser.newContext({
    baseURL: origin,
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto('/');
  await runShortQuiz(page);
  const headline = await page.getByRole('heading', { level: 1 }).innerText();
  const scores = await page
    .getByRole('table', { name: 'Your scores' })
    .locator('tbody')
    .innerText();
  await page.getByRole('radio', { name: /With scores/ }).check();
  const link = await page.getByRole('textbox', { name: 'Your link' }).inputValue();
  await context.close();
  return { link, headline, scores };
}

test('a quiz in progress survives an update; the new build takes over with the progress kept', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  if (!host) throw new Error('the host did not start');
  const site = host;
  expect(buildB.cacheName).not.toBe(buildA.cacheName);
  expect(buildB.mainScript).not.toBe(buildA.mainScript);
  expect(buildB.howItWorksChunk).not.toBe(buildA.howItWorksChunk);

  const shared = await makeShareLink(browser);
  expect(shared.link).toMatch(/\/r\/product-manager\/#r=/);

  // First visit on A: the worker installs and takes control; the taker answers three questions.
  const context = await browser.newContext({
    baseURL: origin,
    reducedMotion: 'reduce',
    serviceWorkers: 'allow',
  });
  const tab = await context.newPage();
  const errors = collectErrors(tab);
  await tab.goto('/');
  await waitForServiceWorker(tab);
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
  expect(
    await next.getByRole('table', { name: 'Shared scores' }).locator('tbody').innerText(),
  ).toBe(shared.scores);
  expect(nextErrors).toEqual([]);
  await context.close();
});
