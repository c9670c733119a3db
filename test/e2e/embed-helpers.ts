import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startHostServer, type HostServer } from './fixtures/embed-host/server';

// Helpers for the embed specs: the host pages' server, the host's event log, the quiz frame,
// answering the short quiz inside it and checking its size and accessibility.

/** The app (embed.js and /embed/), served by the webServer of playwright.config.ts. */
export const APP_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/**
 * Serves the host fixture pages (fixtures/embed-host/server.ts) for the tests of the calling spec
 * file: started before its first test, closed after its last. The object is filled in when the server
 * has started, so read its fields inside tests and the helpers they call.
 */
export function serveHostPages(): HostServer {
  const host: HostServer = { origin: '', siblingOrigin: '', close: () => Promise.resolve() };
  test.beforeAll(async () => {
    Object.assign(host, await startHostServer(APP_ORIGIN));
  });
  test.afterAll(() => host.close());
  return host;
}

export interface LogEntry {
  type: string;
  target: string;
  detail: Record<string, unknown>;
}

declare global {
  interface Window {
    rolefitLog: LogEntry[];
    cspViolations: string[];
    apiLog: [string, string][];
  }
}

interface BankJson {
  scenarios: { id: string; short?: boolean; options: { key: string; text: string }[] }[];
  context: { id: string }[];
}
export const bank = JSON.parse(
  readFileSync(new URL('../../questions/bank.json', import.meta.url), 'utf8'),
) as BankJson;
export const shortScenarios = bank.scenarios.filter((s) => s.short);
export const SHORT_TOTAL = shortScenarios.length + bank.context.length;

export function optionText(index: number, key: string): string {
  const option = shortScenarios[index]?.options.find((o) => o.key === key);
  if (!option) throw new Error(`no option ${key} in short scenario ${index}`);
  return option.text;
}

export const quizFrame = (page: Page, element = '#quiz'): FrameLocator =>
  page.frameLocator(`${element} iframe`);

export async function frameOf(page: Page, element = '#quiz'): Promise<Frame> {
  const handle = await page.locator(`${element} iframe`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame in ${element}`);
  return frame;
}

export const readLog = (page: Page) => page.evaluate(() => window.rolefitLog);

export async function waitForEvent(page: Page, type: string, target = 'quiz'): Promise<LogEntry> {
  await expect
    .poll(async () => (await readLog(page)).some((e) => e.type === type && e.target === target), {
      timeout: 15_000,
    })
    .toBe(true);
  const entry = (await readLog(page)).find((e) => e.type === type && e.target === target);
  if (!entry) throw new Error(`no ${type} event`);
  return entry;
}

/** Answers the short quiz inside the frame: one option key for every scenario, context skipped. */
export async function answerShortQuiz(
  frame: FrameLocator,
  key = 'strategic-market',
): Promise<void> {
  for (let i = 0; i < SHORT_TOTAL; i += 1) {
    await expect(
      frame.getByRole('heading', { level: 1, name: `Question ${i + 1} of ${SHORT_TOTAL}` }),
    ).toBeVisible();
    const name = i < shortScenarios.length ? optionText(i, key) : 'Prefer not to say';
    await frame.getByRole('radio', { name }).check();
    await frame
      .getByRole('button', { name: i + 1 === SHORT_TOTAL ? 'See my result' : 'Next' })
      .click();
  }
}

/** Inside the frame there is no scrollbar, and the iframe is as tall as the content (or the minimum). */
export async function expectFrameFitsContent(page: Page, element = '#quiz'): Promise<void> {
  const frame = await frameOf(page, element);
  await expect
    .poll(async () => {
      const inner = await frame.evaluate(() => {
        const root = document.querySelector('.embed-root');
        const doc = document.documentElement;
        return {
          content: root ? Math.ceil(root.getBoundingClientRect().height) : -1,
          vertical: doc.scrollHeight <= doc.clientHeight,
          horizontal: doc.scrollWidth <= doc.clientWidth,
        };
      });
      const outer = await page
        .locator(`${element} iframe`)
        .evaluate((el) => el.getBoundingClientRect().height);
      const expected = Math.max(inner.content, 420);
      return inner.vertical && inner.horizontal && Math.abs(outer - expected) <= 1
        ? 'fits'
        : `content ${inner.content}, iframe ${outer}, no vertical scroll ${inner.vertical}, no horizontal scroll ${inner.horizontal}`;
    })
    .toBe('fits');
}

export async function expectNoAxeViolationsInEmbed(page: Page): Promise<void> {
  // axe-core/playwright runs inside every frame, the cross-origin embed included. It gives itself one
  // second to inject axe into a child frame and silently skips the frame when that runs out (as it
  // can on a busy machine), so a run that did not reach the frame is repeated, up to five times,
  // half a second apart.
  for (let attempt = 1; ; attempt += 1) {
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
    // Make sure the frame's content was really checked, not only the host page.
    const checkedInFrame = [...results.passes, ...results.incomplete].some((rule) =>
      rule.nodes.some((node) => node.target.length > 1),
    );
    if (checkedInFrame || attempt === 5) {
      expect(checkedInFrame).toBe(true);
      return;
    }
    await page.waitForTimeout(500);
  }
}
