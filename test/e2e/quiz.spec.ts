import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { answerInstruction } from '../../src/domain/instruction';
import { collectErrors, expectNoAxeViolations, openSection } from './helpers';

interface BankJson {
  scenarios: { id: string; short?: boolean; options: { key: string; text: string }[] }[];
  practice: { id: string }[];
  context: { id: string }[];
}
const bank = JSON.parse(
  readFileSync(new URL('../../questions/bank.json', import.meta.url), 'utf8'),
) as BankJson;

function optionText(scenarioIndex: number, key: string, short = false): string {
  const list = short ? bank.scenarios.filter((s) => s.short) : bank.scenarios;
  const option = list[scenarioIndex]?.options.find((o) => o.key === key);
  if (!option) throw new Error(`no option ${key} in scenario ${scenarioIndex}`);
  return option.text;
}

/**
 * Answers the whole quiz with taps: PM options for scenarios, "Monthly" practice, skipped context.
 * A tap moves on by itself after a short pause (reduced motion too, as in this config), so there is
 * no Next to press: each loop waits for the next question's heading to take focus.
 */
async function answerAll(page: Page, { short = false, key = 'strategic-market' } = {}) {
  const scenarioCount = short
    ? bank.scenarios.filter((s) => s.short).length
    : bank.scenarios.length;
  const total = scenarioCount + (short ? 0 : bank.practice.length) + bank.context.length;
  for (let i = 0; i < total; i += 1) {
    await expect(
      page.getByRole('heading', { level: 1, name: `Question ${i + 1} of ${total}` }),
    ).toBeFocused();
    if (i < scenarioCount) {
      // Every scenario shows its mode's one instruction (src/domain/instruction.ts).
      await expect(page.locator('.question-hint')).toHaveText(
        answerInstruction(short ? 'short' : 'full'),
      );
      await page.getByRole('radio', { name: optionText(i, key, short) }).check();
    } else if (!short && i < scenarioCount + bank.practice.length) {
      await page.getByRole('radio', { name: 'About monthly' }).check();
    } else {
      await page.getByRole('radio', { name: 'Prefer not to say' }).check();
    }
  }
}

test('full quiz: start, answer every question, review, and see a Product Manager result', async ({
  page,
}) => {
  test.setTimeout(180_000); // 41 pauses after a tap
  const errors = collectErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the full quiz' }).click();
  await expect(page).toHaveURL(/\/quiz$/);
  await expectNoAxeViolations(page);
  await answerAll(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Product Manager fit', exact: true }),
  ).toBeVisible();
  await expect(page.getByText(/Very likely: over 99%$/)).toBeVisible();
  await openSection(page, 'What it means');
  await expect(
    page.getByRole('table', { name: 'How your 28 scenario choices split' }),
  ).toContainText('28 of 28');
  await openSection(page, 'What the roles pay');
  await expect(
    page.getByText(
      'You did not say where you work, so here are the figures for the United States, for reference only.',
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('short quiz with number keys, and Back shows the chosen answer again', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the short quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Question 1 of 14/ })).toBeFocused();
  // The short quiz has no practice questions, so its instruction does not point to them.
  await expect(page.locator('.question-hint')).toHaveText(answerInstruction('short'));
  await page.keyboard.press('2');
  const checked = page.locator('input[type=radio]:checked');
  await expect(checked).toHaveCount(1);
  const chosen = await checked.getAttribute('value');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Question 2 of 14/ })).toBeFocused();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('input[type=radio]:checked')).toHaveAttribute('value', chosen ?? '');
});

test('a reload mid-quiz keeps answers and position; the option order is stable', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the full quiz' }).click();
  await expect(page.locator('.choice label')).toHaveCount(4);
  const firstOrder = await page.locator('.choice label').allTextContents();
  await page.getByRole('radio', { name: optionText(0, 'tactical-team') }).check();
  await expect(page.getByRole('heading', { level: 1, name: /Question 2 of/ })).toBeFocused();
  // Chosen with the keyboard (Space), which does not move on: the reload finds question 2.
  await page.getByRole('radio', { name: optionText(1, 'tactical-team') }).press('Space');
  await expect(page.getByRole('radio', { name: optionText(1, 'tactical-team') })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: /Question 2 of/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: optionText(1, 'tactical-team') })).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Question 1 of/ })).toBeVisible();
  expect(await page.locator('.choice label').allTextContents()).toEqual(firstOrder);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Resume where you left off' })).toBeVisible();
});

test('corrupted storage shows a notice and a working quiz', async ({ page }) => {
  const errors = collectErrors(page);
  // Garbage is in storage before any of our code runs.
  await page.addInitScript(() => {
    localStorage.setItem('rolefit-quiz', '{not json');
  });
  await page.goto('/quiz');
  await expect(
    page.getByRole('status').filter({ hasText: /could not read the progress/i }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start the full quiz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Question 1 of/ })).toBeVisible();
  expect(errors).toEqual([]);
});
