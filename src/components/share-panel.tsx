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
import { share } from '../words/en/share';

const w = share.panel;

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

const LEVELS: readonly RadioChoice<LinkLevel>[] = (['type', 'scores', 'answers'] as const).map(
  (value) => ({ value, ...w.levels[value] }),
);

const SUBJECT = w.subject;

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
      setCardStatus(w.cardFailed);
      return;
    }
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `rolefit-${type}.png`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setCardStatus(w.cardDone);
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
        {coach ? w.headingToCoach(coach.name) : w.heading}
      </h2>
      {coach ? <p>{w.coachIntro(coach.name)}</p> : null}
      <RadioChoices legend={w.legend} options={LEVELS} value={level} onChange={setLevel} />
      <CopyLink label={coach ? w.linkForCoach(coach.name) : w.yourLink} value={link} />
      {coach ? (
        <>
          <p>
            <a
              className="button primary"
              href={`mailto:${toMailtoRecipient(coach.email)}?subject=${encodeURIComponent(SUBJECT)}&body=${encodeURIComponent(link)}`}
            >
              {coach.email === null ? w.emailLink : w.emailLinkTo(coach.name)}
            </a>
          </p>
          {address === null ? null : (
            <p className={addressWarning === null ? 'muted' : 'notice'}>
              {addressWarning ?? w.addressedTo(address.address)}
            </p>
          )}
        </>
      ) : null}
      {level === 'scores' ? (
        <p className="muted">{w.scoresWarning}</p>
      ) : level === 'answers' ? (
        <p className="muted">{w.answersWarning}</p>
      ) : null}
      {social ? (
        <>
          {coach ? <h3>{w.others}</h3> : null}
          {isPublicLevel ? (
            <p className="button-row">
              {canShare ? (
                <button type="button" className="button" onClick={() => void handleNativeShare()}>
                  {w.nativeShare}
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
                {w.email}
              </a>
            </p>
          ) : null}
          <p className="button-row">
            <button type="button" className="button" onClick={() => void handleDownload()}>
              {w.download}
            </button>
            <button type="button" className="button" onClick={() => void handlePrint()}>
              {w.print}
            </button>
            <button
              type="button"
              className="button"
              aria-expanded={showQr}
              onClick={() => {
                setShowQr((v) => !v);
              }}
            >
              {showQr ? w.hideQr : w.showQr}
            </button>
          </p>
          <p className="muted" role="status">
            {cardStatus}
          </p>
          {showQr ? <QrCode text={link} label={w.qrLabel(w.levels[level].title)} /> : null}
        </>
      ) : null}
    </section>
  );
}
