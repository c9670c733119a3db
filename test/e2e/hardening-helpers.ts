import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Shared by hardening.spec.ts and offline.spec.ts.

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

/**
 * Starts the short quiz on "/" and answers it: the strategic, market-facing option in every
 * scenario and "Prefer not to say" for context questions, then opens the result (a Product
 * Manager result).
 */
export async function runShortQuiz(page: Page): Promise<void> {
  // The prerendered button does nothing until the page has hydrated.
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Start the short quiz' }).click();
  await expect(page).toHaveURL(/\/quiz$/);
  const scenarios = bank.scenarios.filter((s) => s.short === true);
  const total = scenarios.length + bank.context.length;
  for (let i = 0; i < total; i += 1) {
    await expect(
      page.getByRole('heading', { level: 1, name: `Question ${i + 1} of ${total}` }),
    ).toBeVisible();
    const option = scenarios[i]?.options.find((o) => o.key === 'strategic-market');
    const name = option ? option.text : 'Prefer not to say';
    await page.getByRole('radio', { name, exact: true }).check();
    await page.getByRole('button', { name: i + 1 === total ? 'Review answers' : 'Next' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole('heading', { level: 1, name: /Product Manager fit/ })).toBeVisible();
}
