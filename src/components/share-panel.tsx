import { useId, useState } from 'react';
import type { ResultType } from '../domain/result-types';
import type { SharedResult } from '../domain/share-code';
import { CopyLink } from './copy-link';
import { drawAllCharts } from './deferred-chart';
import { QrCode } from './qr-code';
import { drawResultCard } from './result-card';

export type LinkLevel = 'type' | 'scores' | 'answers';

export interface SharePanelProps {
  links: Readonly<Record<LinkLevel, string>>;
  headline: string;
  type: ResultType;
  result: SharedResult;
}

const LEVELS: readonly { id: LinkLevel; label: string; contains: string }[] = [
  {
    id: 'type',
    label: 'Result type only',
    contains: 'Only your result type. No scores and no answers.',
  },
  {
    id: 'scores',
    label: 'With scores',
    contains: 'Your result type and the scores and ranges on this page. No answers.',
  },
  {
    id: 'answers',
    label: 'With answers (for a coach)',
    contains:
      'Your result, your scores and the option you chose for every scenario and practice question. Country, experience, framework and company size are never included.',
  },
];

/** Share the result: choose what the link contains, then copy, share, post, email, download or print. */
export function SharePanel({ links, headline, type, result }: SharePanelProps) {
  const [level, setLevel] = useState<LinkLevel>('type');
  const [showQr, setShowQr] = useState(false);
  const [cardStatus, setCardStatus] = useState('');
  const name = useId();
  const link = links[level];
  const text = `My rolefit result: ${headline}`;
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const isPublicLevel = level !== 'answers';

  const handleNativeShare = async () => {
    try {
      await navigator.share({ title: 'My rolefit result', text, url: link });
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

  return (
    <section aria-labelledby="share-heading" className="share no-print">
      <h2 id="share-heading">Share your result</h2>
      <fieldset className="choices compact">
        <legend>What should the link contain?</legend>
        {LEVELS.map((l) => (
          <div className="choice" key={l.id}>
            <input
              type="radio"
              id={`${name}-${l.id}`}
              name={name}
              checked={level === l.id}
              onChange={() => {
                setLevel(l.id);
              }}
            />
            <label htmlFor={`${name}-${l.id}`} className="stacked">
              <strong>{l.label}</strong>
              <span className="muted">
                {l.contains} ({links[l.id].length} characters)
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <CopyLink label="Your link" value={link} />
      <p className="button-row">
        {canShare ? (
          <button type="button" className="button" onClick={() => void handleNativeShare()}>
            Share…
          </button>
        ) : null}
        {isPublicLevel ? (
          <>
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
              href={`mailto:?subject=${encodeURIComponent('My rolefit result')}&body=${encodeURIComponent(`${text}\n${link}`)}`}
            >
              Email
            </a>
          </>
        ) : null}
      </p>
      {level === 'scores' ? (
        <p className="muted">Anyone with the link sees your scores.</p>
      ) : level === 'answers' ? (
        <p className="muted">
          Anyone with the link sees your answers. Send it only to someone you trust.
        </p>
      ) : null}
      <p className="button-row">
        <button type="button" className="button" onClick={() => void handleDownload()}>
          Download result card
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            // Charts draw only near the viewport; the printed report needs them all.
            void drawAllCharts().then(() => {
              window.print();
            });
          }}
        >
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
          label={`QR code of your ${LEVELS.find((l) => l.id === level)?.label.toLowerCase() ?? ''} link`}
        />
      ) : null}
    </section>
  );
}
