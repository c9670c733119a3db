import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { RouteHandle } from '../config/head';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import type { Mode } from '../domain/schema';
import { CopyLink } from '../components/copy-link';
import { useHydrated } from '../components/use-hydrated';
import { CountedNote } from '../components/counted-note';
import { RadioChoices, type RadioChoice } from '../components/radio-choices';
import { describeEmailAddress } from '../domain/email-address';
import {
  buildInviteHash,
  capInviteInput,
  cleanInviteText,
  countCharacters,
  INVITE_NOTE_INPUT_MAX,
  INVITE_NOTE_MAX,
  type Invite,
} from '../domain/invite';
import {
  announceNoteCount,
  describeNoteCount,
  toInvite,
  validateInviteForm,
  warnAboutEmail,
  type InviteForm,
} from '../domain/invite-form';

export const coachHandle: RouteHandle = {
  head: () => ({
    title: 'Invite a client · rolefit',
    description:
      'Make a link that invites a client to take the rolefit quiz. The link is made in your browser and nothing is sent anywhere.',
    noindex: true,
  }),
};

const QUIZ_LENGTHS: readonly RadioChoice<Mode>[] = [
  { value: 'full', title: 'Full quiz', hint: 'About 10 minutes, with a skill profile.' },
  { value: 'short', title: 'Short quiz', hint: 'About 3 minutes, result only.' },
];

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
  // Before hydration a submit would reload the page and typed text would be lost, so both wait.
  const isHydrated = useHydrated();
  const [form, setForm] = useState<InviteForm>({ name: '', note: '', email: '', mode: 'full' });
  const [hasTriedSubmit, setHasTriedSubmit] = useState(false);
  // Whether the last change to the note was cut to the longest note the form accepts.
  const [isNoteCut, setIsNoteCut] = useState(false);
  const [made, setMade] = useState<{ invite: Invite; link: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const resultHeadingRef = useRef<HTMLHeadingElement>(null);

  // Errors appear after the first submit and then follow the fields as they are fixed.
  const errors = hasTriedSubmit ? validateInviteForm(form) : {};
  const noteLength = countCharacters(cleanInviteText(form.note));
  const emailWarning = warnAboutEmail(form.email);
  const isOutdated = made !== null && !isSameInvite(made.invite, toInvite(form));

  const fieldIds = {
    name: `${id}-name`,
    nameError: `${id}-name-error`,
    note: `${id}-note`,
    email: `${id}-email`,
    emailHint: `${id}-email-hint`,
    emailError: `${id}-email-error`,
    emailWarning: `${id}-email-warning`,
  };
  const describedBy = (...ids: (string | false | undefined)[]) =>
    ids.filter((x): x is string => typeof x === 'string').join(' ') || undefined;

  const update = <K extends keyof InviteForm>(key: K, value: InviteForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateInviteForm(form);
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
        {/* Until the script runs, the fields wait: text typed earlier would be wiped by hydration. */}
        <fieldset className="form-fields" disabled={!isHydrated}>
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
          <CountedNote
            id={fieldIds.note}
            label="A short note to your client (optional)"
            hint={`Shown as plain text above the Start button. Up to ${INVITE_NOTE_MAX} characters.`}
            error={errors.note}
            value={form.note}
            count={describeNoteCount(noteLength)}
            announcement={announceNoteCount(noteLength)}
            cutMessage={
              isNoteCut
                ? `Only the first ${INVITE_NOTE_INPUT_MAX} characters of what you pasted were kept. Shorten the note to ${INVITE_NOTE_MAX}.`
                : null
            }
            textareaRef={noteRef}
            onChange={(value) => {
              const capped = capInviteInput(value, INVITE_NOTE_INPUT_MAX);
              setIsNoteCut(capped !== value);
              update('note', capped);
            }}
          />
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
            {emailWarning === null ? null : (
              <p id={fieldIds.emailWarning} className="notice">
                {emailWarning}
              </p>
            )}
            <input
              id={fieldIds.email}
              ref={emailRef}
              type="email"
              autoComplete="email"
              spellCheck={false}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={describedBy(
                errors.email && fieldIds.emailError,
                emailWarning !== null && fieldIds.emailWarning,
                fieldIds.emailHint,
              )}
              value={form.email}
              onChange={(event) => {
                update('email', event.target.value);
              }}
            />
          </div>
          <RadioChoices
            legend="Quiz length"
            options={QUIZ_LENGTHS}
            value={form.mode}
            onChange={(mode) => {
              update('mode', mode);
            }}
          />
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
          {made.invite.email === null ? null : (
            <p>
              Results your clients send come to{' '}
              <strong>{describeEmailAddress(made.invite.email).address}</strong>, written as their
              email program will see it.
            </p>
          )}
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
