import { useId, useState } from 'react';
import { describeEmailAddress, explainEmailWarning } from '../domain/email-address';
import { toMailtoRecipient } from '../domain/invite';
import { CopyLink } from './copy-link';
import { RadioChoices, type RadioChoice } from './radio-choices';

export type CoachShareLevel = 'type' | 'scores' | 'answers';

export interface SendToCoachProps {
  /** The coach's name from the invite (already sanitized). */
  coachName: string;
  /** The invite's address, the only recipient an email may get; null for none. */
  coachEmail: string | null;
  /** Absolute result links at each level, built by the caller. */
  links: Record<CoachShareLevel, string>;
}

const LEVELS: readonly RadioChoice<CoachShareLevel>[] = [
  {
    value: 'type',
    title: 'Result type only',
    hint: 'The link shows your result type and nothing else: no scores and no answers.',
  },
  {
    value: 'scores',
    title: 'With scores',
    hint: 'The link shows your result type and your scores with their ranges, exactly as you see them here. No answers.',
  },
  {
    value: 'answers',
    title: 'With answers',
    hint: 'The link shows your result type, your scores and the option you chose for every scenario and practice question. Your background answers (such as country) are never included.',
  },
];

/**
 * The "Send your result to <coach>" panel on the results page of an invited taker. "With scores" is
 * preselected; "With answers" is only ever the taker's own choice. Nothing is sent by rolefit.
 */
export function SendToCoach({ coachName, coachEmail, links }: SendToCoachProps) {
  const baseId = useId();
  const [level, setLevel] = useState<CoachShareLevel>('scores');
  const link = links[level];
  const mailto = `mailto:${toMailtoRecipient(coachEmail)}?subject=My%20rolefit%20result&body=${encodeURIComponent(link)}`;
  const headingId = `${baseId}-heading`;
  const address = coachEmail === null ? null : describeEmailAddress(coachEmail);
  const addressWarning = address === null ? null : explainEmailWarning(address);

  return (
    <section className="send-to-coach card no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>Send your result to {coachName}</h2>
      <p>
        {coachName} invited you to take this quiz. Choose what the link shows, then copy it or email
        it. rolefit sends nothing: {coachName} sees your result only if you send the link.
      </p>
      <RadioChoices
        legend="What the link contains"
        options={LEVELS}
        value={level}
        onChange={setLevel}
      />
      <CopyLink label={`Link for ${coachName}`} value={link} />
      <p>
        <a className="button" href={mailto}>
          {coachEmail === null ? 'Email the link' : `Email the link to ${coachName}`}
        </a>
      </p>
      {address === null ? null : (
        <p className={addressWarning === null ? 'muted' : 'notice'}>
          {addressWarning ?? `The email is addressed to ${address.address}.`}
        </p>
      )}
    </section>
  );
}
