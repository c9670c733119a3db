import { expect, test } from '@playwright/test';
import { runShortQuiz } from './hardening-helpers';
import {
  collectErrors,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  openSection,
} from './helpers';

// The pay section of a real result at 390 × 844 (issue #13 part 2): the answer sentence first,
// then "More sources" folded, every figure with its year and source, and nothing for editors only.
test('pay on a 390 px phone: Germany gets its own answer, dated figures only, axe clean', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const errors = collectErrors(page);
  await page.goto('/');
  await runShortQuiz(page, { 0: 'Germany', 1: '5 to 10 years' });

  await openSection(page, 'What the roles pay');
  const pay = page.getByRole('region', { name: 'What the roles pay' });
  await pay.scrollIntoViewIfNeeded();
  // questions/salaries.json has no dated Product Owner figure for Germany, so the page says so.
  await expect(pay.locator('.pay-answer')).toHaveText(
    /^(In Germany, .+ earn about .+\.|We cannot compare pay in Germany yet: .+\.)$/,
  );
  const more = pay.getByText(/^More sources for Germany \(\d+\)$/);
  await expect(more).toBeVisible();
  const rows = pay.locator('.pay-more-row');
  await expect(rows.first()).toBeHidden();
  await more.click();
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    await expect(row).toContainText(/ · (?:[A-Z][a-z]+ )?\d{4}/);
    await expect(row).toContainText('Source:');
  }
  await expect(pay).not.toContainText(/n\.d\.|before use|OEWS/);
  await expect(pay).toContainText(/left out because (its source gives|their sources give) no year/);
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});
