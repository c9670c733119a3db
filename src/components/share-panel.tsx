import { useState } from 'react';
import type { ResultType } from '../domain/result-types';
import type { SharedResult } from '../domain/share-code';
import { describeEmailAddress, explainEmailWarning } from '../domain/email-address';
import { toMailtoRecipient } from '../domain/invite';
import { CopyLink } from './copy-link';
import { drawAllCharts } from './deferred-chart';
import { openAllForPrint } from './disclosure';
import { QrCode } from './qr-code';
import { RadioChoices, type RadioChoice } from './radio-choices';
import { drawResultCard } from './result-card';

export type LinkLevel = 'type' | 'scores' | 'answers';

/** The coach who invited the taker (from the invite link, already sanitized). */
export interface InvitingCoach {
  name: string;
  /** The invite's address, the only recipient an email to the coach may get; null for none. */
  email: string | null;
}

export interface SharePanelProps {
  links: Readonly<Record<LinkLevel, string>>;
  headline: string;
  type: ResultType;
  result: SharedResult;
  /** Set when a coach invited the taker: the panel then sends to them first. */
  coach?: InvitingCoach | null;
  /**
   * False inside an employer's embed: copy the link, nothing else (no social buttons, no card, no
   * print), so nothing in someone else's page posts or downloads on the taker's behalf.
   */
  social?: boolean;
}

const LEVELS: readonly RadioChoice<LinkLevel>[] = [
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
    hint: 'The link shows your result type, your scores and the option you chose for every scenario and practice question. Your background answers (country, experience, framework and company size) are never included.',
  },
];

const SUBJECT = 'My rolefit result';

/**
 * The one place to pass a result on: choose what the link contains, then copy it, send it to the
 * inviting coach, post it, download the card, print, or show a QR code. rolefit itself sends nothing.
 */
export function SharePanel({
  links,
  headline,
  type,
  result,
  coach,
  social = true,
}: SharePanelProps) {
  // A coach asked for the result, so the scores are what they most likely need; the taker decides.
  const [level, setLevel] = useState<LinkLevel>(coach ? 'scores' : 'type');
  const [showQr, setShowQr] = useState(false);
  const [cardStatus, setCardStatus] = useState('');
  const link = links[level];
  const text = `${SUBJECT}: ${headline}`;
  const canShare =
    social && typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const isPublicLevel = level !== 'answers';
  const address = coach?.email ? describeEmailAddress(coach.email) : null;
  const addressWarning = address === null ? null : explainEmailWarning(address);

  const handleNativeShare = async () => {
    try {
      await navigator.share({ title: SUBJECT, text, url: link });
    } catch {
      // The taker closed the share sheet; nothing to do.
    }
  };
  const handleDownload = async () => {
    const blob = await drawResultCard(type, headline, result, level === 'type');
    if (!blob) {
      setCardStatus('This browser could not draw the card.');
      return;
    }
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `rolefit-${type}.png`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setCardStatus('Card downloaded.');
  };
  const handlePrint = async () => {
    // Every section opens and every chart draws first: the printed report is the whole result.
    openAllForPrint(true);
    await drawAllCharts();
    window.print();
  };

  return (
    <section id="share" aria-labelledby="share-heading" className="share no-print">
      <h2 id="share-heading" tabIndex={-1}>
        {coach ? `Send your result to ${coach.name}` : 'Share your result'}
      </h2>
      {coach ? (
        <p>
          {coach.name} invited you to take this quiz. Choose what the link shows, then copy it or
          email it. rolefit sends nothing: {coach.name} sees your result only if you send the link.
        </p>
      ) : null}
      <RadioChoices
        legend="What should the link contain?"
        options={LEVELS}
        value={level}
        onChange={setLevel}
      />
      <CopyLink label={coach ? `Link for ${coach.name}` : 'Your link'} value={link} />
      {coach ? (
        <>
          <p>
            <a
              className="button primary"
              href={`mailto:${toMailtoRecipient(coach.email)}?subject=${encodeURIComponent(SUBJECT)}&body=${encodeURIComponent(link)}`}
            >
              {coach.email === null ? 'Email the link' : `Email the link to ${coach.name}`}
            </a>
          </p>
          {address === null ? null : (
            <p className={addressWarning === null ? 'muted' : 'notice'}>
              {addressWarning ?? `The email is addressed to ${address.address}.`}
            </p>
          )}
        </>
      ) : null}
      {level === 'scores' ? (
        <p className="muted">Anyone with the link sees your scores.</p>
      ) : level === 'answers' ? (
        <p className="muted">
          Anyone with the link sees your answers. Send it only to someone you trust.
        </p>
      ) : null}
      {social ? (
        <>
          {coach ? <h3>Or share it with others</h3> : null}
          {isPublicLevel ? (
            <p className="button-row">
              {canShare ? (
                <button type="button" className="button" onClick={() => void handleNativeShare()}>
                  Share…
                </button>
              ) : null}
              <a
                className="button"
                href={`https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(link)}`}
                target="_blank"
                rel="noopener noreferrer"
              >
                LinkedIn
              </a>
              <a
                className="button"
                href={`https://twitter.com/intent/tweet?url=${encodeURIComponent(link)}&text=${encodeURIComponent(text)}`}
                target="_blank"
                rel="noopener noreferrer"
              >
                X
              </a>
              <a
                className="button"
                href={`mailto:?subject=${encodeURIComponent(SUBJECT)}&body=${encodeURIComponent(`${text}\n${link}`)}`}
              >
                Email
              </a>
            </p>
          ) : null}
          <p className="button-row">
            <button type="button" className="button" onClick={() => void handleDownload()}>
              Download result card
            </button>
            <button type="button" className="button" onClick={() => void handlePrint()}>
              Print or save as PDF
            </button>
            <button
              type="button"
              className="button"
              aria-expanded={showQr}
              onClick={() => {
                setShowQr((v) => !v);
              }}
            >
              {showQr ? 'Hide QR code' : 'Show QR code'}
            </button>
          </p>
          <p className="muted" role="status">
            {cardStatus}
          </p>
          {showQr ? (
            <QrCode
              text={link}
              label={`QR code of your ${LEVELS.find((l) => l.value === level)?.title.toLowerCase() ?? ''} link`}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
