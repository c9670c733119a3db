/** @vitest-environment jsdom */
import { expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SharePanel } from '../../src/components/share-panel';
import { PO_RESULT } from '../components/share-fixture';
import { answerInstruction } from '../../src/domain/instruction';
import { parseInvite } from '../../src/domain/invite';
import { createMemoryStorage } from '../../src/store/guarded-storage';
import { InviteProvider } from '../../src/store/invite-provider';
import { useInvite } from '../../src/store/invite-store';
import { renderRoute } from '../render-route';

function InviteProbe() {
  const invite = useInvite();
  return (
    <p>{invite ? `${invite.name} | ${invite.email ?? 'no email'} | ${invite.mode}` : 'none'}</p>
  );
}

function asInput(element: HTMLElement): HTMLInputElement {
  if (!(element instanceof HTMLInputElement)) throw new Error('expected an <input>');
  return element;
}

const coachLinks = {
  type: 'https://rolefit.example/r/product-owner/',
  scores: 'https://rolefit.example/r/product-owner/#r=SCORES1',
  answers: 'https://rolefit.example/r/product-owner/#r=ANSWERS2',
};

test('making an invite shows a link that reads back as what the coach typed', async () => {
  const user = userEvent.setup();
  renderRoute('/coach');
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Invite a client to the rolefit quiz' }),
  ).toBeVisible();
  expect(screen.getByText('Nothing is sent anywhere.')).toBeVisible();
  expect(screen.getByText('rolefit does not check who sent an invite.')).toBeVisible();
  expect(
    screen.getByText('Results come back only if the client chooses to send them.'),
  ).toBeVisible();

  await user.type(screen.getByRole('textbox', { name: 'Your name (required)' }), 'Dana Kim');
  await user.type(
    screen.getByRole('textbox', { name: 'A short note to your client (optional)' }),
    'See you Tuesday <b>!</b>',
  );
  expect(screen.getByText('256 of 280 characters left')).toBeVisible();
  await user.type(
    screen.getByRole('textbox', { name: 'Your email address (optional)' }),
    'dana@example.com',
  );
  await user.click(screen.getByRole('radio', { name: 'Short quiz' }));
  await user.click(screen.getByRole('button', { name: 'Make the invite link' }));

  expect(await screen.findByRole('heading', { name: 'Your invite link' })).toHaveFocus();
  const field = screen.getByRole('textbox', { name: 'Invite link' });
  expect(field).toHaveAttribute('readonly');
  const link = new URL(asInput(field).value);
  expect(link.origin).toBe(window.location.origin);
  expect(link.pathname).toBe('/c/');
  expect(parseInvite(link.hash)).toEqual({
    name: 'Dana Kim',
    note: 'See you Tuesday <b>!</b>',
    email: 'dana@example.com',
    mode: 'short',
  });
  const mail = screen.getByRole('link', { name: 'Email the invite' });
  expect(mail.getAttribute('href')).toMatch(/^mailto:\?subject=/);
  expect(mail.getAttribute('href')).toContain(encodeURIComponent(link.href));

  await user.click(screen.getByRole('button', { name: 'Copy link' }));
  expect(await screen.findByText('Link copied.')).toBeVisible();
  expect(await navigator.clipboard.readText()).toBe(link.href);
});

test('an empty name gets an error linked to the field, which gets focus', async () => {
  const user = userEvent.setup();
  renderRoute('/coach');
  await user.click(await screen.findByRole('button', { name: 'Make the invite link' }));
  const name = screen.getByRole('textbox', { name: 'Your name (required)' });
  expect(name).toHaveFocus();
  expect(name).toHaveAttribute('aria-invalid', 'true');
  expect(name).toHaveAccessibleDescription('Enter your name, as your clients know you.');
  expect(screen.queryByRole('textbox', { name: 'Invite link' })).toBeNull();

  await user.type(name, 'Dana');
  expect(name).not.toHaveAttribute('aria-invalid');
});

test('an address with a second recipient is refused and its field gets focus', async () => {
  const user = userEvent.setup();
  renderRoute('/coach');
  await user.type(await screen.findByRole('textbox', { name: 'Your name (required)' }), 'Dana Kim');
  const email = screen.getByRole('textbox', { name: 'Your email address (optional)' });
  await user.type(email, 'dana@example.com,eve@example.com');
  await user.click(screen.getByRole('button', { name: 'Make the invite link' }));
  expect(email).toHaveFocus();
  expect(email).toHaveAccessibleDescription(/Enter one email address/);
  expect(screen.queryByRole('textbox', { name: 'Invite link' })).toBeNull();
});

test('a note over 280 characters is counted and refused', async () => {
  const user = userEvent.setup();
  renderRoute('/coach');
  await user.type(await screen.findByRole('textbox', { name: 'Your name (required)' }), 'Dana');
  const note = screen.getByRole('textbox', { name: 'A short note to your client (optional)' });
  await user.click(note);
  await user.paste('x'.repeat(282));
  expect(screen.getByText('2 characters too many')).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Make the invite link' }));
  expect(note).toHaveFocus();
  expect(note).toHaveAccessibleDescription(
    /Shorten the note to 280 characters or fewer \(now 282\)/,
  );
});

test('an invite with HTML in it renders the literal text and no script element', async () => {
  const { container } = renderRoute(
    '/c/#v=1&n=<script>alert(1)</script>&m=hi https://evil.example <img src=x onerror=alert(1)>',
  );
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Invited by <script>alert(1)</script>' }),
  ).toBeVisible();
  expect(screen.getByText('hi https://evil.example <img src=x onerror=alert(1)>')).toBeVisible();
  expect(container.querySelector('script')).toBeNull();
  expect(container.querySelector('img')).toBeNull();
  expect(screen.queryByRole('link', { name: /evil\.example/ })).toBeNull();
  expect(screen.getByText('rolefit does not check who sent this invite.')).toBeVisible();
});

test('starting from an invite runs the quiz at its length, and the invite survives a remount', async () => {
  const user = userEvent.setup();
  const sessionStorage = createMemoryStorage();
  const first = renderRoute(
    '/c/#v=1&n=Dana%20Kim&m=See%20you%20Tuesday&e=dana%40example.com&l=short',
    {
      sessionStorage,
    },
  );
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Invited by Dana Kim' }),
  ).toBeVisible();
  expect(screen.getByText('See you Tuesday')).toBeVisible();
  const length = screen.getByText(/This is the short quiz: 14 questions/);
  expect(length).toBeVisible();
  // The short quiz's instruction: no practice questions to point to.
  expect(length).toHaveTextContent(answerInstruction('short'));
  expect(length).not.toHaveTextContent(/practice/);
  expect(screen.queryByRole('button', { name: 'Resume where you left off' })).toBeNull();

  await user.click(screen.getByRole('button', { name: 'Start the quiz' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Question 1 of 14' })).toBeVisible();
  expect(screen.getByText(answerInstruction('short'), { exact: true })).toBeVisible();
  first.unmount();

  render(
    <InviteProvider getStorage={() => sessionStorage}>
      <InviteProbe />
    </InviteProvider>,
  );
  expect(screen.getByText('Dana Kim | dana@example.com | short')).toBeVisible();
});

test('with a quiz in progress the invite offers Resume, which keeps the answers', async () => {
  const user = userEvent.setup();
  const storage = createMemoryStorage();
  const sessionStorage = createMemoryStorage();
  const first = renderRoute('/quiz', { storage });
  await user.click(await screen.findByRole('button', { name: 'Start the full quiz' }));
  expect(await screen.findByRole('heading', { level: 1, name: /Question 1 of/ })).toBeVisible();
  first.unmount();

  renderRoute('/c/#v=1&n=Dana&l=short', { storage, sessionStorage });
  expect(await screen.findByText(/You already have a full quiz in progress/)).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Resume where you left off' }));
  const heading = await screen.findByRole('heading', { level: 1, name: /Question 1 of/ });
  expect(heading).not.toHaveAccessibleName('Question 1 of 14');
  expect(sessionStorage.getItem('rolefit-invite')).toContain('"name":"Dana"');
});

test.each([
  ['an unknown version', '/c/#v=2&n=Dana', /newer version of rolefit/],
  ['an empty name', '/c/#v=1&n=%20', /incomplete/],
  ['a blank-looking name (Hangul filler)', '/c/#v=1&n=%E3%85%A4', /incomplete/],
  [
    'a name of zero-width and direction marks',
    '/c/#v=1&n=%E2%80%8B%E2%80%8F%E2%81%A0',
    /incomplete/,
  ],
  ['no fragment at all', '/c/', /no invitation in it/],
])('%s shows the ordinary way into the quiz, without errors', async (_, path, message) => {
  const errors = vi.spyOn(console, 'error');
  renderRoute(path);
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Invitation to the rolefit quiz' }),
  ).toBeVisible();
  expect(screen.getByText(message)).toBeVisible();
  expect(screen.getByRole('link', { name: 'Start the quiz' })).toHaveAttribute('href', '/quiz');
  expect(screen.queryByRole('heading', { name: /Invited by/ })).toBeNull();
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
});

test('a tampered saved invite is cleaned or dropped, never trusted', () => {
  const cleaned = createMemoryStorage();
  cleaned.setItem(
    'rolefit-invite',
    JSON.stringify({
      state: { invite: { name: 'Dana\u202E Kim', note: '', email: 'a@b.c?cc=x', mode: 'x' } },
      version: 1,
    }),
  );
  const view = render(
    <InviteProvider getStorage={() => cleaned}>
      <InviteProbe />
    </InviteProvider>,
  );
  expect(screen.getByText('Dana Kim | no email | full')).toBeVisible();
  view.unmount();

  const broken = createMemoryStorage();
  broken.setItem('rolefit-invite', JSON.stringify({ state: { invite: { name: 42 } }, version: 1 }));
  render(
    <InviteProvider getStorage={() => broken}>
      <InviteProbe />
    </InviteProvider>,
  );
  expect(screen.getByText('none')).toBeVisible();
});

/** The results page's share panel for a taker a coach invited. */
function SendToCoach({ name, email }: { name: string; email: string | null }) {
  return (
    <SharePanel
      links={coachLinks}
      headline="Product Owner fit"
      type="product-owner"
      result={PO_RESULT}
      coach={{ name, email }}
    />
  );
}

test('send to coach preselects "With scores" and emails the scores link to the coach', async () => {
  const user = userEvent.setup();
  render(<SendToCoach name="Dana Kim" email={'dana@example.com'} />);
  expect(screen.getByRole('heading', { name: 'Send your result to Dana Kim' })).toBeVisible();
  const scores = screen.getByRole('radio', { name: 'With scores' });
  expect(scores).toBeChecked();
  expect(scores).toHaveAccessibleDescription(/your scores with their ranges/);
  expect(screen.getByRole('radio', { name: 'With answers' })).not.toBeChecked();
  expect(screen.getByRole('radio', { name: 'Result type only' })).not.toBeChecked();

  const mail = screen.getByRole('link', { name: 'Email the link to Dana Kim' });
  expect(mail).toHaveAttribute(
    'href',
    `mailto:dana@example.com?subject=My%20rolefit%20result&body=${encodeURIComponent(coachLinks.scores)}`,
  );
  expect(screen.getByRole('textbox', { name: 'Link for Dana Kim' })).toHaveValue(coachLinks.scores);

  await user.click(screen.getByRole('radio', { name: 'With answers' }));
  expect(mail.getAttribute('href')).toContain(encodeURIComponent(coachLinks.answers));
  expect(screen.getByRole('textbox', { name: 'Link for Dana Kim' })).toHaveValue(
    coachLinks.answers,
  );
});

test('send to coach without an address leaves the recipient empty', () => {
  render(<SendToCoach name="Dana Kim" email={null} />);
  expect(screen.getByRole('link', { name: 'Email the link' }).getAttribute('href')).toMatch(
    /^mailto:\?subject=My%20rolefit%20result&body=/,
  );
});

test('when the clipboard refuses, the link is selected with a hint to copy by hand', async () => {
  const user = userEvent.setup();
  vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
  render(<SendToCoach name="Dana Kim" email={null} />);
  await user.click(screen.getByRole('button', { name: 'Copy link' }));
  expect(await screen.findByText('Press Ctrl+C or Cmd+C to copy.')).toBeVisible();
  const field = screen.getByRole('textbox', { name: 'Link for Dana Kim' });
  expect(field).toHaveFocus();
  expect(asInput(field).selectionEnd).toBe(coachLinks.scores.length);
});

test('an invite name loses zero-width and right-to-left marks', async () => {
  renderRoute('/c/#v=1&n=Da%E2%80%8Bna%E2%80%8F%20%E2%80%8EKim%EF%BB%BF');
  const heading = await screen.findByRole('heading', { level: 1, name: /^Invited by / });
  expect(heading.textContent).toBe('Invited by Dana Kim');
});

test('a name of blank-looking characters is refused with a clear message', async () => {
  const user = userEvent.setup();
  renderRoute('/coach');
  const name = await screen.findByRole('textbox', { name: 'Your name (required)' });
  await user.type(name, '\u3164\u200b');
  await user.click(screen.getByRole('button', { name: 'Make the invite link' }));
  expect(name).toHaveFocus();
  expect(name).toHaveAccessibleDescription(/only invisible or blank-looking characters/);
  expect(screen.queryByRole('textbox', { name: 'Invite link' })).toBeNull();
});

test('a look-alike email address is shown as mail programs see it, with a warning', async () => {
  const user = userEvent.setup();
  renderRoute('/coach');
  await user.type(await screen.findByRole('textbox', { name: 'Your name (required)' }), 'Dana');
  const email = screen.getByRole('textbox', { name: 'Your email address (optional)' });
  // The "а" in "exаmple" is Cyrillic.
  await user.type(email, 'dana@ex\u0430mple.com');
  expect(email).toHaveAccessibleDescription(
    /mixes Latin and Cyrillic letters.*Email programs will see it as dana@xn--exmple-4nf\.com/,
  );
  await user.click(screen.getByRole('button', { name: 'Make the invite link' }));
  expect(await screen.findByText('dana@xn--exmple-4nf.com')).toBeVisible();
});

test('send to coach writes a look-alike address as mail programs see it and warns', () => {
  render(<SendToCoach name="Dana" email={'dana@ex\u0430mple.com'} />);
  expect(screen.getByRole('link', { name: 'Email the link to Dana' })).toHaveAttribute(
    'href',
    expect.stringMatching(/^mailto:dana@xn--exmple-4nf\.com\?subject=/),
  );
  expect(screen.getByText(/mixes Latin and Cyrillic letters/)).toBeVisible();
});

test('a 100 KB paste into the note is cut, said so, and counted', async () => {
  const user = userEvent.setup();
  renderRoute('/coach');
  const note = await screen.findByRole('textbox', {
    name: 'A short note to your client (optional)',
  });
  await user.click(note);
  await user.paste('word '.repeat(20_000));
  expect(asTextarea(note).value).toHaveLength(560);
  expect(note).toHaveAccessibleDescription(/Only the first 560 characters of what you pasted/);
  expect(screen.getByText('279 characters too many')).toBeVisible();
  expect(screen.getByText('Note: 279 characters too many.')).toHaveAttribute('aria-live', 'polite');
});

test('the note count is announced politely only near the limit', async () => {
  const user = userEvent.setup();
  renderRoute('/coach');
  const note = await screen.findByRole('textbox', {
    name: 'A short note to your client (optional)',
  });
  expect(note).toHaveAccessibleDescription(/280 of 280 characters left/);
  await user.click(note);
  await user.paste('x'.repeat(200));
  expect(screen.queryByText(/^Note: /)).toBeNull();
  await user.paste('x'.repeat(70));
  expect(screen.getByText('Note: 10 of 280 characters left.')).toHaveAttribute(
    'aria-live',
    'polite',
  );
});

function asTextarea(element: HTMLElement): HTMLTextAreaElement {
  if (!(element instanceof HTMLTextAreaElement)) throw new Error('expected a <textarea>');
  return element;
}
