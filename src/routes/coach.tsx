import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { RouteHandle } from '../config/head';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { CopyLink } from '../components/copy-link';
import { useHydrated } from '../components/use-hydrated';
import {
  buildInviteHash,
  cleanInviteText,
  countCharacters,
  INVITE_NAME_MAX,
  INVITE_NOTE_MAX,
  sanitizeInvite,
  sanitizeInviteEmail,
  type Invite,
} from '../domain/invite';
import type { Mode } from '../domain/schema';

export const coachHandle: RouteHandle = {
  head: () => ({
    title: 'Invite a client · rolefit',
    description:
      'Make a link that invites a client to take the rolefit quiz. The link is made in your browser and nothing is sent anywhere.',
    noindex: true,
  }),
};

interface InviteForm {
  name: string;
  note: string;
  email: string;
  mode: Mode;
}

type FieldErrors = Partial<Record<'name' | 'note' | 'email', string>>;

/** What is wrong with the form, field by field, in the order the fields appear. */
function validateForm(form: InviteForm): FieldErrors {
  const errors: FieldErrors = {};
  const nameLength = countCharacters(cleanInviteText(form.name));
  if (nameLength === 0) errors.name = 'Enter your name, as your clients know you.';
  else if (nameLength > INVITE_NAME_MAX)
    errors.name = `Use at most ${INVITE_NAME_MAX} characters for your name (now ${nameLength}).`;
  const noteLength = countCharacters(cleanInviteText(form.note));
  if (noteLength > INVITE_NOTE_MAX)
    errors.note = `Shorten the note to ${INVITE_NOTE_MAX} characters or fewer (now ${noteLength}).`;
  if (form.email.trim() !== '' && sanitizeInviteEmail(form.email) === null)
    errors.email = 'Enter one email address, like name@example.com, or leave this empty.';
  return errors;
}

function toInvite(form: InviteForm): Invite | null {
  return sanitizeInvite({
    name: form.name,
    note: form.note,
    email: form.email.trim() === '' ? null : form.email,
    mode: form.mode,
  });
}

function isSameInvite(a: Invite | null, b: Invite | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.name === b.name &&
    a.note === b.note &&
    a.email === b.email &&
    a.mode === b.mode
  );
}

function inviteMailto(invite: Invite, link: string): string {
  const minutes = invite.mode === 'short' ? 'about 3 minutes' : 'about 10 minutes';
  const body = [
    'Hello,',
    '',
    `Please take the rolefit quiz (Product Manager or Product Owner?). It takes ${minutes} and runs in your browser:`,
    '',
    link,
    '',
    'At the end you can choose whether to send me your result.',
    '',
    invite.name,
  ].join('\n');
  return `mailto:?subject=${encodeURIComponent('An invitation to take the rolefit quiz')}&body=${encodeURIComponent(body)}`;
}

/** The invite builder: a coach makes an invite link in the browser; nothing is sent anywhere. */
export function CoachPage() {
  return (
    <article className="coach">
      <h1>Invite a client to the rolefit quiz</h1>
      <p className="lead">
        Make a link for a client. They take the quiz, and at the end they can send their result to
        you.
      </p>
      <section aria-labelledby="coach-how-heading">
        <h2 id="coach-how-heading">How invites work</h2>
        <ul>
          <li>
            <strong>Nothing is sent anywhere.</strong> This page makes the link in your browser.
            Your name, note and email address travel inside the link itself, so anyone who has the
            link can read them.
          </li>
          <li>
            <strong>rolefit does not check who sent an invite.</strong> Anyone can make one in any
            name, so let your client know to expect it.
          </li>
          <li>
            <strong>Results come back only if the client chooses to send them.</strong> At the end
            of the quiz they see what a result link contains and decide whether to send you one.
          </li>
        </ul>
      </section>
      <InviteBuilder />
      <section aria-labelledby="coach-compare-heading">
        <h2 id="coach-compare-heading">Got results back?</h2>
        <p>
          Paste up to 20 result links into <Link to={paths.compare.href()}>Compare results</Link> to
          see them side by side, export a CSV or print a report. Nothing leaves your browser.
        </p>
      </section>
    </article>
  );
}

function InviteBuilder() {
  const id = useId();
  // Before hydration a submit would reload the page and lose what was typed, so wait for it.
  const isHydrated = useHydrated();
  const [form, setForm] = useState<InviteForm>({ name: '', note: '', email: '', mode: 'full' });
  const [hasTriedSubmit, setHasTriedSubmit] = useState(false);
  const [made, setMade] = useState<{ invite: Invite; link: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);

  // Errors appear after the first submit and then follow the fields as they are fixed.
  const errors = hasTriedSubmit ? validateForm(form) : {};
  const noteLength = countCharacters(cleanInviteText(form.note));
  const noteLeft = INVITE_NOTE_MAX - noteLength;
  const isOutdated = made !== null && !isSameInvite(made.invite, toInvite(form));

  const fieldIds = {
    name: `${id}-name`,
    nameError: `${id}-name-error`,
    note: `${id}-note`,
    noteHint: `${id}-note-hint`,
    noteCount: `${id}-note-count`,
    noteError: `${id}-note-error`,
    email: `${id}-email`,
    emailHint: `${id}-email-hint`,
    emailError: `${id}-email-error`,
  };
  const describedBy = (...ids: (string | false | undefined)[]) =>
    ids.filter((x): x is string => typeof x === 'string').join(' ') || undefined;

  const update = <K extends keyof InviteForm>(key: K, value: InviteForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateForm(form);
    const invite = toInvite(form);
    if (Object.keys(found).length > 0 || invite === null) {
      // Render the messages first, so the focused field is announced with its error.
      flushSync(() => {
        setHasTriedSubmit(true);
      });
      const first = found.name ? nameRef : found.note ? noteRef : emailRef;
      first.current?.focus();
      return;
    }
    const link = `${window.location.origin}${paths.invite.href(buildInviteHash(invite))}`;
    flushSync(() => {
      setHasTriedSubmit(true);
      setMade({ invite, link });
    });
    resultHeadingRef.current?.focus();
  };

  return (
    <>
      <form className="invite-form card" noValidate onSubmit={handleSubmit}>
        <h2>Your invite</h2>
        <div className="form-field">
          <label htmlFor={fieldIds.name}>Your name (required)</label>
          {errors.name ? (
            <p id={fieldIds.nameError} className="field-error">
              {errors.name}
            </p>
          ) : null}
          <input
            id={fieldIds.name}
            ref={nameRef}
            type="text"
            autoComplete="name"
            required
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy(errors.name && fieldIds.nameError)}
            value={form.name}
            onChange={(event) => {
              update('name', event.target.value);
            }}
          />
        </div>
        <div className="form-field">
          <label htmlFor={fieldIds.note}>A short note to your client (optional)</label>
          <p id={fieldIds.noteHint} className="muted">
            Shown as plain text above the Start button. Up to {INVITE_NOTE_MAX} characters.
          </p>
          {errors.note ? (
            <p id={fieldIds.noteError} className="field-error">
              {errors.note}
            </p>
          ) : null}
          <textarea
            id={fieldIds.note}
            ref={noteRef}
            rows={3}
            aria-invalid={errors.note ? true : undefined}
            aria-describedby={describedBy(
              errors.note && fieldIds.noteError,
              fieldIds.noteHint,
              fieldIds.noteCount,
            )}
            value={form.note}
            onChange={(event) => {
              update('note', event.target.value);
            }}
          />
          <p id={fieldIds.noteCount} className="muted" aria-live="polite">
            {noteLeft >= 0
              ? `${noteLeft} of ${INVITE_NOTE_MAX} characters left`
              : `${-noteLeft} ${noteLeft === -1 ? 'character' : 'characters'} too many`}
          </p>
        </div>
        <div className="form-field">
          <label htmlFor={fieldIds.email}>Your email address (optional)</label>
          <p id={fieldIds.emailHint} className="muted">
            If you add it, your client&apos;s email program fills it in when they send you their
            result. It is part of the link, so anyone with the link can see it.
          </p>
          {errors.email ? (
            <p id={fieldIds.emailError} className="field-error">
              {errors.email}
            </p>
          ) : null}
          <input
            id={fieldIds.email}
            ref={emailRef}
            type="email"
            autoComplete="email"
            spellCheck={false}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy(errors.email && fieldIds.emailError, fieldIds.emailHint)}
            value={form.email}
            onChange={(event) => {
              update('email', event.target.value);
            }}
          />
        </div>
        <fieldset className="choices">
          <legend>Quiz length</legend>
          {(
            [
              { mode: 'full', title: 'Full quiz', hint: 'About 10 minutes, with a skill profile.' },
              { mode: 'short', title: 'Short quiz', hint: 'About 3 minutes, result only.' },
            ] as const
          ).map((option) => {
            const inputId = `${id}-mode-${option.mode}`;
            return (
              <div key={option.mode} className="choice">
                <input
                  id={inputId}
                  type="radio"
                  name={`${id}-mode`}
                  value={option.mode}
                  checked={form.mode === option.mode}
                  aria-labelledby={`${inputId}-title`}
                  aria-describedby={`${inputId}-hint`}
                  onChange={() => {
                    update('mode', option.mode);
                  }}
                />
                <label htmlFor={inputId}>
                  <span>
                    <span id={`${inputId}-title`}>{option.title}</span>{' '}
                    <span id={`${inputId}-hint`} className="muted">
                      {option.hint}
                    </span>
                  </span>
                </label>
              </div>
            );
          })}
        </fieldset>
        <p className="button-row">
          <button type="submit" className="button primary" disabled={!isHydrated}>
            {made === null ? 'Make the invite link' : 'Make the link again'}
          </button>
        </p>
      </form>
      {made ? (
        <section className="invite-result card" aria-labelledby={`${id}-result-heading`}>
          <h2 id={`${id}-result-heading`} ref={resultHeadingRef} tabIndex={-1}>
            Your invite link
          </h2>
          {isOutdated ? (
            <p className="notice">
              You changed the form after making this link. Make the link again to include the
              changes.
            </p>
          ) : null}
          <p>
            Invites {made.invite.mode === 'short' ? 'to the short quiz' : 'to the full quiz'}, from{' '}
            {made.invite.name}. Send it any way you like. Nothing has been sent yet.
          </p>
          <CopyLink label="Invite link" value={made.link} />
          {/* QR code: see share panel */}
          <p className="button-row">
            <a className="button" href={inviteMailto(made.invite, made.link)}>
              Email the invite
            </a>
          </p>
          <p className="muted">
            The email opens in your own email program, with no recipient filled in. rolefit does not
            send it.
          </p>
        </section>
      ) : null}
    </>
  );
}
