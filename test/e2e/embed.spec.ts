import { expect, test } from '@playwright/test';
import {
  answerShortQuiz,
  expectFrameFitsContent,
  expectNoAxeViolationsInEmbed,
  frameOf,
  optionText,
  quizFrame,
  readLog,
  SHORT_TOTAL,
  shortScenarios,
  waitForEvent,
  APP_ORIGIN,
  serveHostPages,
} from './embed-helpers';

/**
 * The embed on two sites: host pages on http://localhost:<port> (a tiny server started here) and the
 * app (embed.js and /embed/) on http://127.0.0.1:<E2E_PORT>, served by the webServer of
 * playwright.config.ts. The two are cross-origin and cross-site, so the browser treats the frame as
 * a third-party frame, exactly as on a company's careers page.
 */

const host = serveHostPages();

test('inline embed: the quiz completes in the frame and the host gets the documented complete payload', async ({
  page,
}) => {
  await page.goto(`${host.origin}/inline.html`);
  const iframe = page.locator('#quiz iframe');
  await expect(iframe).toHaveAttribute('allow', 'clipboard-write; web-share');
  await expect(iframe).toHaveAttribute('referrerpolicy', 'no-referrer');
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('title', 'Product Manager or Product Owner fit quiz');
  expect(await iframe.getAttribute('sandbox')).toBeNull();
  // Once the element has upgraded, the fallback link is not rendered.
  await expect(page.getByRole('link', { name: /fit quiz/ })).toBeHidden();

  const ready = await waitForEvent(page, 'ready');
  const embedId = await page.locator('#quiz').evaluate((el) => String(Reflect.get(el, 'embedId')));
  expect(embedId).toMatch(/^[0-9a-f]{32}$/);
  expect(typeof ready.detail.bankRev).toBe('number');
  expect(ready.detail).toEqual({
    embedId,
    version: '1.1.0',
    bankRev: ready.detail.bankRev,
    locale: 'en',
    mode: 'inline',
  });
  // Nothing on load moves the host page.
  expect(await page.evaluate(() => [window.scrollY, document.activeElement?.tagName])).toEqual([
    0,
    'BODY',
  ]);

  const frame = quizFrame(page);
  await expect(
    frame.getByText('The site owner will see your result type, but never your answers.'),
  ).toBeVisible();
  await expect(frame.getByText(/This is not a test/)).toBeVisible();
  await expect(frame.getByText(/must never be used to decide on hiring/)).toBeVisible();
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  await answerShortQuiz(frame);
  await expect(
    frame.getByRole('heading', { level: 1, name: 'Product Manager fit', exact: true }),
  ).toBeVisible();
  const cta = frame.getByRole('link', { name: 'Open product roles' });
  await expect(cta).toHaveAttribute('href', 'https://acme.example/jobs');
  await expect(cta).toHaveAttribute('target', '_top');

  const complete = await waitForEvent(page, 'complete');
  expect(complete.detail).toEqual({
    embedId,
    resultType: 'product-manager',
    resultUrl: `${APP_ORIGIN}/r/product-manager/`,
    consent: 'not-requested',
  });
  const log = await readLog(page);
  expect(log.filter((e) => e.type === 'start').map((e) => e.detail)).toEqual([
    { embedId, resumed: false },
  ]);
  const progress = log.filter((e) => e.type === 'progress').map((e) => e.detail);
  expect(progress.length).toBeGreaterThanOrEqual(SHORT_TOTAL);
  for (const detail of progress) {
    expect(Object.keys(detail).sort()).toEqual(['embedId', 'index', 'total']);
    expect(detail.total).toBe(SHORT_TOTAL);
  }
  // Every event names this embed, and nothing carries an answer.
  expect(log.every((e) => e.detail.embedId === embedId)).toBe(true);
  expect(JSON.stringify(log)).not.toContain(optionText(0, 'strategic-market'));
  expect(JSON.stringify(log)).not.toContain('strategic-market');

  // reset() from the host page clears the taker's progress inside the frame.
  await page.locator('#quiz').evaluate((el) => {
    const reset: unknown = Reflect.get(el, 'reset');
    if (typeof reset === 'function') Reflect.apply(reset, el, []);
  });
  await expect(frame.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});

test('scores reach the host only after the taker chooses Share, never with Keep private', async ({
  page,
}) => {
  await page.goto(`${host.origin}/scores.html`);
  await waitForEvent(page, 'ready');
  const frame = quizFrame(page);
  await expect(frame.getByText("You'll be asked before any scores are shared.")).toBeVisible();
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  await answerShortQuiz(frame, 'tactical-team');

  await expect(
    frame.getByRole('heading', { level: 1, name: `Share your scores with ${host.origin}?` }),
  ).toBeVisible();
  const share = frame.getByRole('button', { name: 'Share', exact: true });
  const keep = frame.getByRole('button', { name: 'Keep private' });
  // Equal weight: same styling, nothing preselected, and no result (or event) before the choice.
  expect(await share.getAttribute('class')).toBe(await keep.getAttribute('class'));
  expect((await readLog(page)).some((e) => e.type === 'complete')).toBe(false);
  await share.click();
  // A second, deliberate step (issue #11): nothing is sent until the taker confirms.
  await expect(
    frame.getByRole('heading', { level: 1, name: `Send your three scores to ${host.origin} now?` }),
  ).toBeVisible();
  expect((await readLog(page)).some((e) => e.type === 'complete')).toBe(false);
  await frame.getByRole('button', { name: 'Yes, send my scores' }).click();
  await expect(frame.getByRole('heading', { level: 1, name: /Product Owner fit/ })).toBeVisible();
  const granted = await waitForEvent(page, 'complete');
  expect(granted.detail).toMatchObject({
    resultType: 'product-owner',
    resultUrl: `${APP_ORIGIN}/r/product-owner/`,
    consent: 'granted',
    // 10 of 10 choices tactical and team-facing: model 2's posterior means, never a certain -1.
    scores: { strategic: -0.83, outside: -0.83, pmFit: -0.83 },
  });
  expect(Object.keys(granted.detail).sort()).toEqual(
    ['consent', 'embedId', 'resultType', 'resultUrl', 'scores'].sort(),
  );

  await frame.getByRole('button', { name: 'Take the quiz again' }).click();
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  await answerShortQuiz(frame, 'tactical-team');
  await frame.getByRole('button', { name: 'Keep private' }).click();
  await expect
    .poll(async () => (await readLog(page)).filter((e) => e.type === 'complete').length)
    .toBe(2);
  const declined = (await readLog(page)).filter((e) => e.type === 'complete')[1];
  expect(declined?.detail).toEqual({
    embedId: granted.detail.embedId,
    resultType: 'product-owner',
    resultUrl: `${APP_ORIGIN}/r/product-owner/`,
    consent: 'declined',
  });
});

for (const width of [320, 768, 1440]) {
  test(`at ${width} px the iframe follows its content on every screen, with no inner scrollbar`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${host.origin}/scores.html`);
    await waitForEvent(page, 'ready');
    await expectFrameFitsContent(page);
    const frame = quizFrame(page);
    await frame.getByRole('button', { name: 'Start the quiz' }).click();
    for (let i = 0; i < SHORT_TOTAL; i += 1) {
      await expect(
        frame.getByRole('heading', { level: 1, name: `Question ${i + 1} of ${SHORT_TOTAL}` }),
      ).toBeVisible();
      await expectFrameFitsContent(page);
      const name =
        i < shortScenarios.length ? optionText(i, 'strategic-team') : 'Prefer not to say';
      await frame.getByRole('radio', { name }).check();
      await frame
        .getByRole('button', { name: i + 1 === SHORT_TOTAL ? 'See my result' : 'Next' })
        .click();
    }
    await expect(frame.getByRole('heading', { level: 1, name: /Share your scores/ })).toBeVisible();
    await expectFrameFitsContent(page);
    await frame.getByRole('button', { name: 'Keep private' }).click();
    await expect(
      frame.getByRole('heading', { level: 1, name: /strategic-technical/i }),
    ).toBeVisible();
    // Opening a section grows the frame with it.
    await frame.getByRole('button', { name: 'The map' }).click();
    await expect(frame.getByRole('img', { name: /Map: strategic/ })).toBeVisible();
    await expectFrameFitsContent(page);
    // Each applied height was reported, in whole pixels.
    const heights = (await readLog(page))
      .filter((e) => e.type === 'resize')
      .map((e) => e.detail.height);
    expect(heights.length).toBeGreaterThan(2);
    expect(heights.every((h) => Number.isInteger(h))).toBe(true);
  });
}

test('spoofed messages from a sibling cross-origin frame are ignored', async ({ page }) => {
  await page.goto(`${host.origin}/spoof.html`);
  await waitForEvent(page, 'ready');
  const embedId = await page.locator('#quiz').evaluate((el) => String(Reflect.get(el, 'embedId')));
  const heightBefore = await page.locator('#quiz iframe').evaluate((el) => el.style.height);
  const countBefore = (await readLog(page)).length;

  const sibling = page.frames().find((f) => f.url().startsWith(host.siblingOrigin));
  if (!sibling) throw new Error('no sibling frame');
  const reachable = await sibling.evaluate(
    ({ id, quizOrigin }) => {
      const envelope = (type: string, data: object) => ({
        ns: 'rolefit',
        v: 1,
        type,
        embedId: id,
        data,
      });
      // Well-formed envelopes with the right embed id, straight to the host window.
      window.parent.postMessage(envelope('resize', { height: 5000 }), '*');
      window.parent.postMessage(
        envelope('complete', {
          resultType: 'product-owner',
          resultUrl: `${quizOrigin}/r/product-owner/`,
          consent: 'granted',
          scores: { strategic: 1, outside: 1, pmFit: 1 },
        }),
        '*',
      );
      window.parent.postMessage(envelope('navigate', { url: 'javascript:alert(1)' }), '*');
      // And a hello to every frame it can reach, with a port of its own.
      let answered = 0;
      for (let i = 0; i < window.parent.length; i += 1) {
        const target = window.parent[i];
        if (!target || target === window) continue;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          answered += 1;
        };
        target.postMessage(envelope('hello', { proto: [1], shareScores: true }), '*', [
          channel.port2,
        ]);
      }
      return new Promise<number>((resolve) => {
        setTimeout(() => {
          resolve(answered);
        }, 1000);
      });
    },
    { id: embedId, quizOrigin: APP_ORIGIN },
  );
  expect(reachable).toBe(0);
  expect((await readLog(page)).length).toBe(countBefore);
  expect(await page.locator('#quiz iframe').evaluate((el) => el.style.height)).toBe(heightBefore);
  expect(page.url()).toBe(`${host.origin}/spoof.html`);

  // After the handshake the frame no longer listens to its window at all: a forged hello from the
  // sibling's window gets no answer on its port (the source rule itself is unit-tested: acceptHello).
  const frame = await frameOf(page);
  const forgedAnswers = await frame.evaluate((id) => {
    const channel = new MessageChannel();
    let answers = 0;
    channel.port1.onmessage = () => {
      answers += 1;
    };
    const hello = { ns: 'rolefit', v: 1, type: 'hello', embedId: id, data: { proto: [1] } };
    window.dispatchEvent(
      new MessageEvent('message', {
        data: hello,
        origin: 'http://evil.example',
        source: window.parent.frames[0] ?? null,
        ports: [channel.port2],
      }),
    );
    return new Promise<number>((resolve) => {
      setTimeout(() => {
        resolve(answers);
      }, 500);
    });
  }, embedId);
  expect(forgedAnswers).toBe(0);

  // The real channel still works.
  await quizFrame(page).getByRole('button', { name: 'Start the quiz' }).click();
  await quizFrame(page)
    .getByRole('radio', { name: optionText(0, 'tactical-team') })
    .check();
  await waitForEvent(page, 'start');
});

test('two embeds on one page never cross-fire', async ({ page }) => {
  await page.goto(`${host.origin}/two.html`);
  await waitForEvent(page, 'ready', 'quiz-a');
  await waitForEvent(page, 'ready', 'quiz-b');
  const idA = await page.locator('#quiz-a').evaluate((el) => String(Reflect.get(el, 'embedId')));
  const idB = await page.locator('#quiz-b').evaluate((el) => String(Reflect.get(el, 'embedId')));
  expect(idA).not.toBe(idB);
  await expect(page.locator('#quiz-b iframe')).toHaveAttribute('title', 'Quiz B');

  const frameA = quizFrame(page, '#quiz-a');
  await frameA.getByRole('button', { name: 'Start the quiz' }).click();
  await answerShortQuiz(frameA);
  await waitForEvent(page, 'complete', 'quiz-a');

  const log = await readLog(page);
  for (const entry of log) {
    expect(entry.detail.embedId).toBe(entry.target === 'quiz-a' ? idA : idB);
  }
  const eventsOfB = log.filter((e) => e.target === 'quiz-b').map((e) => e.type);
  expect(eventsOfB.filter((t) => t !== 'ready' && t !== 'resize')).toEqual([]);
  expect(await page.evaluate(() => window.apiLog)).toEqual([['ready', idB]]);
  // B is untouched: still on its start screen.
  await expect(
    quizFrame(page, '#quiz-b').getByRole('button', { name: 'Start the quiz' }),
  ).toBeVisible();

  // destroy() removes B completely; A is unaffected.
  await page.locator('#quiz-b').evaluate((el) => {
    const destroy: unknown = Reflect.get(el, 'destroy');
    if (typeof destroy === 'function') Reflect.apply(destroy, el, []);
  });
  await expect(page.locator('#quiz-b')).toHaveCount(0);
  await expect(page.locator('iframe')).toHaveCount(1);
});

test('a host page with a strict CSP (nonces, no unsafe-inline, Trusted Types) still works', async ({
  page,
}) => {
  await page.goto(`${host.origin}/strict.html`);
  await waitForEvent(page, 'ready');
  await waitForEvent(page, 'resize');
  const frame = quizFrame(page);
  // The accent reaches the frame (darkened there if it were too light for white text).
  const start = frame.getByRole('button', { name: 'Start the quiz' });
  await expect(start).toHaveCSS('background-color', 'rgb(10, 125, 90)');
  await start.click();
  await answerShortQuiz(frame);
  await waitForEvent(page, 'complete');
  await expectFrameFitsContent(page);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
});

test('with storage denied to the frame, the quiz says so, still completes, and starts over on reload', async ({
  page,
}) => {
  // This Chromium already denies storage to a cross-site frame; the init script makes sure of it.
  await page.addInitScript(() => {
    if (window.parent === window || !location.pathname.startsWith('/embed/')) return;
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
  });
  await page.goto(`${host.origin}/inline.html`);
  await waitForEvent(page, 'ready');
  const frame = quizFrame(page);
  const denied = await (
    await frameOf(page)
  ).evaluate(() => {
    try {
      return typeof window.sessionStorage.length === 'number' ? 'allowed' : 'allowed';
    } catch {
      return 'denied';
    }
  });
  expect(denied).toBe('denied');
  await expect(frame.getByRole('status')).toContainText("Your progress can't be saved here");
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  await answerShortQuiz(frame);
  await waitForEvent(page, 'complete');
  await expect(frame.getByRole('heading', { level: 1, name: /Product Manager fit/ })).toBeVisible();

  await page.reload();
  await waitForEvent(page, 'ready');
  await expect(quizFrame(page).getByRole('button', { name: 'Start the quiz' })).toBeVisible();
});

test('axe finds no violations inside the embed on the start, question, consent and result screens', async ({
  page,
}) => {
  await page.goto(`${host.origin}/scores.html`);
  await waitForEvent(page, 'ready');
  const frame = quizFrame(page);
  await expectNoAxeViolationsInEmbed(page);
  await frame.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(frame.getByRole('heading', { level: 1, name: /Question 1 of/ })).toBeVisible();
  await expectNoAxeViolationsInEmbed(page);
  await answerShortQuiz(frame, 'strategic-team');
  await expect(frame.getByRole('heading', { level: 1, name: /Share your scores/ })).toBeVisible();
  await expectNoAxeViolationsInEmbed(page);
  await frame.getByRole('button', { name: 'Keep private' }).click();
  await expect(
    frame.getByRole('heading', { level: 1, name: /strategic-technical/i }),
  ).toBeVisible();
  await frame.getByRole('button', { name: 'The map' }).click();
  await expect(frame.getByRole('img', { name: /Map: strategic/ })).toBeVisible();
  await expectNoAxeViolationsInEmbed(page);
});

test('without embed.js the plain link is shown; when the frame never answers, the link comes back', async ({
  page,
}) => {
  await page.route(`${APP_ORIGIN}/embed/v1/embed.js`, (route) => route.abort());
  await page.goto(`${host.origin}/inline.html`);
  await expect(
    page.getByRole('link', { name: 'Take the Product Manager vs Product Owner fit quiz' }),
  ).toBeVisible();

  await page.unroute(`${APP_ORIGIN}/embed/v1/embed.js`);
  await page.route(`${APP_ORIGIN}/embed/?*`, (route) =>
    route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not here</h1>' }),
  );
  await page.reload();
  await expect
    .poll(async () => (await readLog(page)).find((e) => e.type === 'error')?.detail.code, {
      timeout: 15_000,
    })
    .toBe('handshake_timeout');
  await expect(
    page.getByRole('link', { name: 'Take the Product Manager vs Product Owner fit quiz' }),
  ).toBeVisible();
  await expect(page.locator('#quiz iframe')).toHaveCount(0);
});

test('embed builder: options change the snippet, the live preview is a real embed that resumes after a reload', async ({
  page,
}) => {
  await page.goto('/embed-builder');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Put the quiz on your careers page' }),
  ).toBeVisible();
  const snippet = page.getByLabel('HTML snippet');
  await expect(snippet).toHaveValue(/<rolefit-quiz>/);
  await page.getByRole('radio', { name: /Short/ }).check();
  await page.getByRole('checkbox', { name: 'Ask for scores', exact: false }).check();
  await page.getByLabel('Accent colour').fill('#ffcc00');
  await expect(page.getByText(/Shown as #[0-9a-f]{6}, darker/)).toBeVisible();
  await page.getByLabel('Link on the result screen').fill('http://insecure.example/jobs');
  await expect(page.getByText('Use a full https:// address, or leave it empty.')).toBeVisible();
  await page.getByLabel('Link on the result screen').fill('https://acme.example/jobs');
  await expect(snippet).toHaveValue(
    new RegExp(
      `<rolefit-quiz length="short" accent="#ffcc00" cta-href="https://acme.example/jobs" share-scores>[\\s\\S]*<script async src="${APP_ORIGIN.replace(/\./g, '\\.')}/embed/v1/embed.js"></script>`,
    ),
  );

  // Same site as the preview, so the frame may keep progress in its sessionStorage.
  const preview = page.frameLocator('.builder-preview iframe');
  await expect(preview.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await expect(preview.getByText("You'll be asked before any scores are shared.")).toBeVisible();
  await expectNoAxeViolationsInEmbed(page);
  await preview.getByRole('button', { name: 'Start the quiz' }).click();
  await preview.getByRole('radio', { name: optionText(0, 'strategic-market') }).check();
  await preview.getByRole('button', { name: 'Next' }).click();
  await expect(preview.getByRole('heading', { level: 1, name: /Question 2 of/ })).toBeVisible();
  await page.reload();
  await expect(
    page.frameLocator('.builder-preview iframe').getByRole('heading', {
      level: 1,
      name: /Question 2 of/,
    }),
  ).toBeVisible();
});

test('/embed/ opened on its own points to the full site and is not indexed', async ({ page }) => {
  await page.goto('/embed/');
  await expect(page.getByRole('link', { name: 'Take the quiz on rolefit' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('.site-header')).toHaveCount(0);
});

test('every page but /embed/ refuses to work inside another site’s frame', async ({ page }) => {
  await page.goto(`${host.origin}/framed.html`);
  const framed = page.frameLocator('#direct');
  await expect(framed.getByRole('link', { name: 'Open rolefit in a new tab' })).toBeVisible();
  await expect(framed.getByRole('link', { name: 'Open rolefit in a new tab' })).toHaveAttribute(
    'target',
    '_blank',
  );
  await expect(framed.getByRole('navigation')).toHaveCount(0);
  await expect(framed.getByRole('button')).toHaveCount(0);
});
