import { useId, useRef, useState, type FormEvent } from 'react';
import { coach as w } from '../words/en/coach';
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
    title: w.head.title,
    description: w.head.description,
    noindex: true,
  }),
};

const QUIZ_LENGTHS: readonly RadioChoice<Mode>[] = [
  { value: 'full', ...w.form.lengths.full },
  { value: 'short', ...w.form.lengths.short },
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
  const body = w.mail.body(invite.mode === 'short', link, invite.name);
  return `mailto:?subject=${encodeURIComponent(w.mail.subject)}&body=${encodeURIComponent(body)}`;
}

/** The invite builder: a coach makes an invite link in the browser; nothing is sent anywhere. */
export function CoachPage() {
  return (
    <article className="coach">
      <h1>{w.heading}</h1>
      <p className="lead">{w.lead}</p>
      <section aria-labelledby="coach-how-heading">
        <h2 id="coach-how-heading">{w.how.heading}</h2>
        <ul>
          {w.how.points.map((point) => (
            <li key={point.strong}>
              <strong>{point.strong}</strong> {point.text}
            </li>
          ))}
        </ul>
      </section>
      <InviteBuilder />
      <section aria-labelledby="coach-compare-heading">
        <h2 id="coach-compare-heading">{w.resultsBack.heading}</h2>
        <p>
          {w.resultsBack.before}
          <Link to={paths.compare.href()}>{w.resultsBack.link}</Link>
          {w.resultsBack.after}
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
        <h2>{w.form.heading}</h2>
        {/* Until the script runs, the fields wait: text typed earlier would be wiped by hydration. */}
        <fieldset className="form-fields" disabled={!isHydrated}>
          <div className="form-field">
            <label htmlFor={fieldIds.name}>{w.form.name}</label>
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
            label={w.form.note}
            hint={w.form.noteHint(INVITE_NOTE_MAX)}
            error={errors.note}
            value={form.note}
            count={describeNoteCount(noteLength)}
            announcement={announceNoteCount(noteLength)}
            cutMessage={isNoteCut ? w.form.noteCut(INVITE_NOTE_INPUT_MAX, INVITE_NOTE_MAX) : null}
            textareaRef={noteRef}
            onChange={(value) => {
              const capped = capInviteInput(value, INVITE_NOTE_INPUT_MAX);
              setIsNoteCut(capped !== value);
              update('note', capped);
            }}
          />
          <div className="form-field">
            <label htmlFor={fieldIds.email}>{w.form.email}</label>
            <p id={fieldIds.emailHint} className="muted">
              {w.form.emailHint}
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
            legend={w.form.length}
            options={QUIZ_LENGTHS}
            value={form.mode}
            onChange={(mode) => {
              update('mode', mode);
            }}
          />
        </fieldset>
        <p className="button-row">
          <button type="submit" className="button primary" disabled={!isHydrated}>
            {made === null ? w.form.make : w.form.makeAgain}
          </button>
        </p>
      </form>
      {made ? (
        <section className="invite-result card" aria-labelledby={`${id}-result-heading`}>
          <h2 id={`${id}-result-heading`} ref={resultHeadingRef} tabIndex={-1}>
            {w.made.heading}
          </h2>
          {isOutdated ? <p className="notice">{w.made.outdated}</p> : null}
          <p>{w.made.summary(made.invite.mode === 'short', made.invite.name)}</p>
          {made.invite.email === null ? null : (
            <p>
              {w.made.resultsTo.before}
              <strong>{describeEmailAddress(made.invite.email).address}</strong>
              {w.made.resultsTo.after}
            </p>
          )}
          <CopyLink label={w.made.linkLabel} value={made.link} />
          {/* QR code: see share panel */}
          <p className="button-row">
            <a className="button" href={inviteMailto(made.invite, made.link)}>
              {w.made.email}
            </a>
          </p>
          <p className="muted">{w.made.emailNote}</p>
        </section>
      ) : null}
    </>
  );
}
