import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import {
  answerShortQuiz,
  expectNoAxeViolationsInEmbed,
  quizFrame,
  readLog,
  waitForEvent,
  APP_ORIGIN,
  serveHostPages,
} from './embed-helpers';

// The embed's defaults on an employer's page and its memory across host reloads (issue #13, item 7;
// docs/embed.md): salary figures only when asked for, copy link only inside the frame, consent asked
// once per quiz and host, and one `rolefit:complete` per finished quiz.
//
// Storage: this Chromium denies storage to a cross-site frame, so the reload tests use a host page on
// the app's own site (http://127.0.0.1:<host port>: another origin, the same site, so the frame keeps
// its sessionStorage, as it does on a careers page in browsers that partition third-party storage).

const host = serveHostPages();
const otherHost = serveHostPages();

const payHeading = (frame: FrameLocator) =>
  frame.getByRole('heading', { level: 2, name: /salar|pay/i });
const resultHeading = (frame: FrameLocator) =>
  frame.getByRole('heading', { level: 1, name: /Product Owner fit/ });
const consentHeading = (frame: FrameLocator) =>
  frame.getByRole('heading', { level: 1, name: /Share your scores with/ });

async function completeEvents(page: Page) {
  return (await readLog(page)).filter((e) => e.type === 'complete');
}

/** Starts the short quiz in the frame and answers it (the same choices every time). */
async function takeShortQuiz(page: Page): Promise<FrameLocator> {
  await waitForEvent(page, 'ready');
  const frame = quizFrame(page);
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  await answerShortQuiz(frame, 'tactical-team');
  return frame;
}

/** After a (re)load: the handshake is done and the frame has rendered what the host link decides. */
async function waitForHandshake(page: Page): Promise<void> {
  await waitForEvent(page, 'ready');
  // `ready` is sent as the frame takes the host link; the render that follows (and any `complete`
  // it would send) comes right after, so a moment is plenty.
  await page.waitForTimeout(1000);
}

/**
 * Answers the consent question. The consent screen is shorter than the quiz, so the host page resizes
 * the frame and scrolls it back into view as it appears; waiting until Share is enabled (the guard's
 * first second) lets that settle, so the click lands where the button is.
 */
async function chooseConsent(frame: FrameLocator, choice: 'Share' | 'Keep private') {
  await expect(consentHeading(frame)).toBeVisible();
  const share = frame.getByRole('button', { name: 'Share', exact: true });
  await expect(share).toBeEnabled();
  if (choice === 'Keep private') {
    await frame.getByRole('button', { name: 'Keep private' }).click();
    return;
  }
  await share.click();
  await frame.getByRole('button', { name: 'Yes, send my scores' }).click();
}

test('salary figures are left out by default and shown with salaries="show"', async ({ page }) => {
  await page.goto(`${host.origin}/inline.html`);
  const frame = await takeShortQuiz(page);
  await expect(resultHeading(frame)).toBeVisible();
  await waitForEvent(page, 'complete');
  await expect(frame.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(payHeading(frame)).toHaveCount(0);
  expect(await page.locator('#quiz iframe').getAttribute('src')).toContain('salaries=hide');
  await expectNoAxeViolationsInEmbed(page);

  await page.goto(`${host.origin}/salaries.html`);
  const shown = await takeShortQuiz(page);
  await expect(resultHeading(shown)).toBeVisible();
  await expect(payHeading(shown).first()).toBeVisible();
});

test('the builder’s salary checkbox changes the snippet and the live preview', async ({ page }) => {
  await page.goto('/embed-builder');
  const snippet = page.getByLabel('HTML snippet');
  const salaries = page.getByRole('checkbox', { name: /Show salary figures/ });
  const previewFrame = page.locator('.builder-preview iframe');
  await expect(salaries).not.toBeChecked();
  await expect(snippet).toHaveValue(/<rolefit-quiz>/);
  await expect(previewFrame).toHaveAttribute('src', /[?&]salaries=hide/);

  await page.getByRole('radio', { name: /Short/ }).check();
  await salaries.check();
  await expect(snippet).toHaveValue(/<rolefit-quiz length="short" salaries="show">/);
  await expect(previewFrame).toHaveAttribute('src', /[?&]salaries=show/);
  const preview = page.frameLocator('.builder-preview iframe');
  await preview.getByRole('button', { name: 'Start the quiz' }).click();
  await answerShortQuiz(preview, 'tactical-team');
  await expect(resultHeading(preview)).toBeVisible();
  await expect(payHeading(preview).first()).toBeVisible();

  // Off again: the snippet drops the attribute and the rebuilt preview (same tab, so the same
  // finished quiz) shows the result without them.
  await salaries.uncheck();
  await expect(snippet).toHaveValue(/<rolefit-quiz length="short">/);
  await expect(previewFrame).toHaveAttribute('src', /[?&]salaries=hide/);
  await expect(resultHeading(preview)).toBeVisible();
  await expect(payHeading(preview)).toHaveCount(0);
});

test('after a host reload the taker is not asked again and complete is not sent again; a retake is', async ({
  page,
}) => {
  await page.goto(`${host.siblingOrigin}/scores.html`);
  const frame = await takeShortQuiz(page);
  await chooseConsent(frame, 'Share');
  await expect(resultHeading(frame)).toBeVisible();
  const before = await completeEvents(page);
  expect(before.map((e) => e.detail.consent)).toEqual(['granted']);

  await page.reload();
  await waitForHandshake(page);
  const reloaded = quizFrame(page);
  await expect(resultHeading(reloaded)).toBeVisible();
  await expect(consentHeading(reloaded)).toHaveCount(0);
  await expect(reloaded.getByText('You chose to share your scores with it too.')).toBeVisible();
  // Exactly one complete across the reload: the one before it.
  expect(await completeEvents(page)).toEqual([]);
  await expectNoAxeViolationsInEmbed(page);

  // A retake is a new quiz: asked again, reported again.
  await reloaded.getByRole('button', { name: 'Take the quiz again' }).click();
  await reloaded.getByRole('button', { name: 'Start the quiz' }).click();
  await answerShortQuiz(reloaded, 'tactical-team');
  await chooseConsent(reloaded, 'Keep private');
  await expect
    .poll(async () => (await completeEvents(page)).map((e) => e.detail.consent))
    .toEqual(['declined']);
});

test('a remembered consent belongs to its host origin: another page in the tab asks again', async ({
  page,
}) => {
  await page.goto(`${host.siblingOrigin}/scores.html`);
  await chooseConsent(await takeShortQuiz(page), 'Share');
  await waitForEvent(page, 'complete');

  // Another origin on the same site: the frame's storage (and the finished quiz) is shared, the
  // consent is not.
  await page.goto(`${otherHost.siblingOrigin}/scores.html`);
  await waitForHandshake(page);
  const other = quizFrame(page);
  await expect(
    other.getByRole('heading', {
      level: 1,
      name: `Share your scores with ${otherHost.siblingOrigin}?`,
    }),
  ).toBeVisible();
  expect(await completeEvents(page)).toEqual([]);
  await chooseConsent(other, 'Keep private');
  await expect
    .poll(async () => (await completeEvents(page)).map((e) => e.detail.consent))
    .toEqual(['declined']);
  expect((await completeEvents(page))[0]?.detail).not.toHaveProperty('scores');
});

// The frame's SharePanel is `social={false}` (src/embed/embed-result.tsx): copy the link, nothing else.
test('inside the frame the result offers copy link only: no social buttons, no links to other sites', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${host.origin}/scores.html`);
  const frame = await takeShortQuiz(page);
  await chooseConsent(frame, 'Keep private');
  await expect(resultHeading(frame)).toBeVisible();

  for (const name of [/LinkedIn/, /^X$/, /Email/, /^Share…$/]) {
    await expect(frame.getByRole('link', { name })).toHaveCount(0);
    await expect(frame.getByRole('button', { name })).toHaveCount(0);
  }
  const hrefs = await frame
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => (a instanceof HTMLAnchorElement ? a.href : '')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !href.startsWith(`${APP_ORIGIN}/`))).toEqual([]);

  const link = await frame.getByRole('textbox', { name: 'Your link' }).inputValue();
  expect(link.startsWith(`${APP_ORIGIN}/r/`)).toBe(true);
  await frame.getByRole('button', { name: 'Copy link' }).click();
  await expect(frame.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expectNoAxeViolationsInEmbed(page);
});

test('job-profile: the result screen says in neutral words how the taker sits beside the role; the host gets nothing new', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${host.origin}/job-profile.html`);
  // A value that is not a result type is reported like any bad attribute, and the frame ignores it.
  const bad = await waitForEvent(page, 'error', 'bad');
  expect(bad.detail).toMatchObject({ code: 'bad_option', message: 'Invalid job-profile' });
  expect(await page.locator('#bad iframe').getAttribute('src')).not.toContain('job-profile');
  expect(await page.locator('#quiz iframe').getAttribute('src')).toContain(
    'job-profile=product-manager',
  );

  const frame = await takeShortQuiz(page);
  await expect(resultHeading(frame)).toBeVisible();
  const beside = frame.getByRole('region', { name: 'Beside the Product Manager role' });
  await expect(
    beside.getByText('Your answers lean more tactical than this role usually is.'),
  ).toBeVisible();
  await expect(
    beside.getByText('Your answers lean more team-facing than this role usually is.'),
  ).toBeVisible();
  await expect(beside.getByText(/It is not a score, a match or a judgement of you/)).toBeVisible();
  await expect(beside).not.toContainText(/\d|%/);

  // The host receives exactly what it receives without job-profile.
  const complete = await waitForEvent(page, 'complete');
  expect(complete.detail).toEqual({
    embedId: complete.detail.embedId,
    resultType: 'product-owner',
    resultUrl: `${APP_ORIGIN}/r/product-owner/`,
    consent: 'not-requested',
  });
  const log = (await readLog(page)).filter((e) => e.target === 'quiz');
  const shapes = new Set(log.map((e) => `${e.type}:${Object.keys(e.detail).sort().join(',')}`));
  expect([...shapes].sort()).toEqual(
    [
      'complete:consent,embedId,resultType,resultUrl',
      'progress:embedId,index,total',
      'ready:bankRev,embedId,locale,mode,version',
      'resize:embedId,height',
      'start:embedId,resumed',
    ].sort(),
  );
  expect(JSON.stringify(log)).not.toMatch(/lean|tactical|team-facing|Beside/);

  await expectNoAxeViolationsInEmbed(page);
  if (process.env.SCREENSHOTS) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await beside.screenshot({
        path: `${process.env.SCREENSHOTS}/embed-job-profile-390-${scheme}.png`,
      });
    }
  }
});

test('the builder offers job-profile: the snippet and the live preview carry it', async ({
  page,
}) => {
  await page.goto('/embed-builder');
  const snippet = page.getByLabel('HTML snippet');
  const previewFrame = page.locator('.builder-preview iframe');
  await page.getByLabel('Show the result beside one of your roles').selectOption('product-owner');
  await expect(snippet).toHaveValue(/<rolefit-quiz job-profile="product-owner">/);
  await expect(previewFrame).toHaveAttribute('src', /[?&]job-profile=product-owner/);
  await page.getByLabel('Show the result beside one of your roles').selectOption('');
  await expect(snippet).toHaveValue(/<rolefit-quiz>/);
});
