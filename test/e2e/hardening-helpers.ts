import { expect, type Page } from '@playwright/test';
import { chooseOption } from './helpers';
import { readFileSync } from 'node:fs';

// Shared by hardening.spec.ts, offline.spec.ts and sw-update.spec.ts.

interface BankJson {
  scenarios: { id: string; short?: boolean; options: { key: string; text: string }[] }[];
  practice: { id: string }[];
  context: { id: string }[];
}
const bank = JSON.parse(
  readFileSync(new URL('../../questions/bank.json', import.meta.url), 'utf8'),
) as BankJson;

/** A scores-level Product Manager link from test/domain/share-code.golden.json (revision 1). */
export const GOLDEN_PM = {
  path: '/r/product-manager/#r=FABYmRkZGRkZGRkZAOAAAAAAqg',
  headline: 'Strong Product Manager fit',
};
/** A scores-level Product Owner link from the same file. */
export const GOLDEN_PO = {
  path: '/r/product-owner/#r=FEBUiARryARryARrwEgmAAAAUQ',
  headline: 'Clear Product Owner fit',
};

const shortScenarios = bank.scenarios.filter((s) => s.short === true);
/** How many questions the short quiz asks: its scenarios, then the context questions. */
export const SHORT_QUIZ_LENGTH = shortScenarios.length + bank.context.length;

/** Answers to the context questions by their position (0 = country, 1 = experience), as option labels. */
export type ContextAnswers = Readonly<Record<number, string>>;

/**
 * Answers short-quiz question `index` (0-based), which must be on screen: the option of quadrant
 * `key` of a scenario (strategic, market-facing unless given), the given context answer or "Prefer
 * not to say" for a context question; then moves on.
 */
export async function answerShortQuizQuestion(
  page: Page,
  index: number,
  { key = 'strategic-market', context = {} }: { key?: string; context?: ContextAnswers } = {},
): Promise<void> {
  await expect(
    page.getByRole('heading', { level: 1, name: `Question ${index + 1} of ${SHORT_QUIZ_LENGTH}` }),
  ).toBeVisible();
  const option = shortScenarios[index]?.options.find((o) => o.key === key);
  const name = option
    ? option.text
    : (context[index - shortScenarios.length] ?? 'Prefer not to say');
  await chooseOption(page, name);
  const isLast = index + 1 === SHORT_QUIZ_LENGTH;
  await page.getByRole('button', { name: isLast ? 'Review answers' : 'Next' }).click();
}

/**
 * Starts the short quiz on "/" and answers it: the strategic, market-facing option in every
 * scenario and the given context answers ("Prefer not to say" by default), then opens the
 * result (a Product Manager result).
 */
export async function runShortQuiz(page: Page, context: ContextAnswers = {}): Promise<void> {
  // The prerendered button does nothing until the page has hydrated.
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Start the short quiz' }).click();
  await expect(page).toHaveURL(/\/quiz$/);
  for (let i = 0; i < SHORT_QUIZ_LENGTH; i += 1)
    await answerShortQuizQuestion(page, i, { context });
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole('heading', { level: 1, name: /Product Manager fit/ })).toBeVisible();
}
