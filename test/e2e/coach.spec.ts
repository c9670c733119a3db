import { expect, test } from '@playwright/test';
import {
  collectErrors,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  openDarkPhone,
} from './helpers';

test('a coach makes a short invite; the client opens it in another browser and starts the short quiz', async ({
  page,
  browser,
}) => {
  const coachErrors = collectErrors(page);
  await page.goto('/coach');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Invite a client to the rolefit quiz' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // An empty name is refused first, with the error on the focused field.
  await page.getByRole('button', { name: 'Make the invite link' }).click();
  const name = page.getByRole('textbox', { name: 'Your name (required)' });
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription('Enter your name, as your clients know you.');
  await expectNoAxeViolations(page);

  await name.fill('Dana Kim');
  await page
    .getByRole('textbox', { name: 'A short note to your client (optional)' })
    .fill('See you Tuesday <img src=x onerror=alert(1)>');
  await page
    .getByRole('textbox', { name: 'Your email address (optional)' })
    .fill('dana@example.com');
  await page.getByRole('radio', { name: 'Short quiz' }).check();
  await page.getByRole('button', { name: 'Make the invite link' }).click();
  await expect(page.getByRole('heading', { name: 'Your invite link' })).toBeFocused();
  const link = await page.getByRole('textbox', { name: 'Invite link' }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/c\/#v=1&n=Dana%20Kim&/);
  await expect(page.getByRole('link', { name: 'Email the invite' })).toHaveAttribute(
    'href',
    /^mailto:\?subject=/,
  );
  await expectNoAxeViolations(page);
  expect(coachErrors).toEqual([]);

  // The client: a different browser profile, so nothing is shared with the coach's tab.
  const client = await browser.newContext({ reducedMotion: 'reduce' });
  const clientPage = await client.newPage();
  const clientErrors = collectErrors(clientPage);
  let dialogs = 0;
  clientPage.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await clientPage.goto(link);
  await expect(
    clientPage.getByRole('heading', { level: 1, name: 'Invited by Dana Kim' }),
  ).toBeVisible();
  await expect(clientPage.getByText('See you Tuesday <img src=x onerror=alert(1)>')).toBeVisible();
  await expect(clientPage.getByText('rolefit does not check who sent this invite.')).toBeVisible();
  await expect(clientPage.getByText(/This is the short quiz: 14 questions/)).toBeVisible();
  await expectNoAxeViolations(clientPage);

  await clientPage.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(clientPage).toHaveURL(/\/quiz$/);
  await expect(
    clientPage.getByRole('heading', { level: 1, name: 'Question 1 of 14' }),
  ).toBeFocused();
  const saved = await clientPage.evaluate(() => window.sessionStorage.getItem('rolefit-invite'));
  expect(saved).toContain('"name":"Dana Kim"');
  expect(saved).toContain('"mode":"short"');

  // A reload keeps the invite in this tab.
  await clientPage.reload();
  await expect(
    clientPage.getByRole('heading', { level: 1, name: 'Question 1 of 14' }),
  ).toBeVisible();
  expect(
    await clientPage.evaluate(() => window.sessionStorage.getItem('rolefit-invite')),
  ).toContain('"name":"Dana Kim"');
  expect(await client.cookies()).toEqual([]);
  expect(dialogs).toBe(0);
  expect(clientErrors).toEqual([]);
  await client.close();
});

test('what a coach types while the page is still loading is kept, not wiped by the script', async ({
  page,
}) => {
  // Hold the page's scripts back, as a slow phone connection would.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/coach', { waitUntil: 'commit' });
  const name = page.getByRole('textbox', { name: 'Your name (required)' });
  await expect(name).toBeVisible();
  // The fields wait for the script instead of taking text that hydration would throw away.
  await expect(name).toBeDisabled();
  release();
  await name.fill('Dana Kim');
  await page.getByRole('radio', { name: 'Short quiz' }).check();
  await page.getByRole('button', { name: 'Make the invite link' }).click();
  await expect(page.getByRole('textbox', { name: 'Invite link' })).toHaveValue(/n=Dana%20Kim&/);
});

test('/coach and /c/ are prerendered with noindex; /c/ starts neutral', async ({ request }) => {
  const coach = await (await request.get('/coach')).text();
  expect(coach).toMatch(/<meta name="robots" content="noindex"/);
  expect(coach).toContain('Invite a client to the rolefit quiz');

  const invite = await (await request.get('/c/')).text();
  expect(invite).toMatch(/<meta name="robots" content="noindex"/);
  expect(invite).toContain('Invitation to the rolefit quiz');
  expect(invite).not.toContain('Invited by');
});

test('a bad invite version shows the ordinary start, without errors, and passes axe', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/c/#v=2&n=Dana');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Invitation to the rolefit quiz' }),
  ).toBeVisible();
  await expect(page.getByText(/newer version of rolefit/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the quiz' })).toHaveAttribute('href', '/quiz');
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

for (const path of ['/coach', '/c/#v=1&n=Dana%20Kim&m=Hello&l=full']) {
  test(`${path} fits a 320 px phone in dark mode and passes axe there`, async ({ browser }) => {
    const { page, context } = await openDarkPhone(browser);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    await context.close();
  });
}
