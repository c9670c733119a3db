import { useEffect, useRef, useState, type ReactNode } from 'react';
import { judgeConsent, nextConsentCheck } from '../domain/consent-guard';
import { useFocusOnMount } from './use-focus-on-mount';
import { useFrameVisibility } from './use-frame-visibility';
import { embed } from '../words/en/embed';

const w = embed.consent;

type Step = 'ask' | 'confirm';

/**
 * Asked before the result when the host wants scores: share them with the host page or keep them.
 * Sharing takes two deliberate steps, and each step's share button works only after it has been on
 * screen for a moment and, where the browser can tell, while the frame is fully visible and uncovered
 * (docs/embed.md, "Consent cannot be clickjacked"). Keeping scores private always works at once.
 */
export function EmbedConsent({
  hostOrigin,
  onChoose,
}: {
  hostOrigin: string;
  onChoose: (choice: 'granted' | 'declined') => void;
}) {
  const [step, setStep] = useState<Step>('ask');
  // A new key per step: the guard's clock and the focus start again when the second step appears.
  return step === 'ask' ? (
    <ConsentStep
      key="ask"
      heading={
        <>
          {w.ask.heading.before}
          <span className="embed-origin">{hostOrigin}</span>
          {w.ask.heading.after}
        </>
      }
      acceptLabel={w.ask.accept}
      declineLabel={w.ask.decline}
      onAccept={() => {
        setStep('confirm');
      }}
      onDecline={() => {
        onChoose('declined');
      }}
    >
      <p>{w.ask.what}</p>
      <p>{w.ask.either}</p>
    </ConsentStep>
  ) : (
    <ConsentStep
      key="confirm"
      heading={
        <>
          {w.confirm.heading.before}
          <span className="embed-origin">{hostOrigin}</span>
          {w.confirm.heading.after}
        </>
      }
      acceptLabel={w.confirm.accept}
      declineLabel={w.confirm.decline}
      // The answer that shares sits where "Keep private" was, so one click in one place never shares.
      acceptLast
      onAccept={() => {
        onChoose('granted');
      }}
      onDecline={() => {
        onChoose('declined');
      }}
    >
      <p>{w.confirm.text}</p>
    </ConsentStep>
  );
}

// Said only when the frame is hidden: the first moment's pause is too short to explain aloud.
const HIDDEN_NOTE = w.hidden;

function ConsentStep({
  heading,
  acceptLabel,
  declineLabel,
  acceptLast = false,
  onAccept,
  onDecline,
  children,
}: {
  heading: ReactNode;
  acceptLabel: string;
  declineLabel: string;
  acceptLast?: boolean;
  onAccept: () => void;
  onDecline: () => void;
  children: ReactNode;
}) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const acceptRef = useRef<HTMLButtonElement>(null);
  const visibility = useFrameVisibility(acceptRef);
  const [shownAt] = useState(() => performance.now());
  const [now, setNow] = useState(shownAt);
  // Wake up when the guard's answer can next change (the clock is an outside system).
  const wakeAt = nextConsentCheck({ now, shownAt, visibility });
  useEffect(() => {
    if (wakeAt === null) return;
    const timer = window.setTimeout(
      () => {
        setNow(performance.now());
      },
      Math.max(0, wakeAt - performance.now()) + 20,
    );
    return () => {
      window.clearTimeout(timer);
    };
  }, [wakeAt]);
  const readiness = judgeConsent({ now, shownAt, visibility });

  const accept = (
    <button
      ref={acceptRef}
      type="button"
      className="button"
      disabled={readiness !== 'ready'}
      aria-describedby={readiness === 'hidden' ? 'consent-hidden' : undefined}
      onClick={() => {
        // Checked again at the click itself: the frame may have been covered since the last render.
        if (judgeConsent({ now: performance.now(), shownAt, visibility }) === 'ready') onAccept();
      }}
    >
      {acceptLabel}
    </button>
  );
  const decline = (
    <button type="button" className="button" onClick={onDecline}>
      {declineLabel}
    </button>
  );
  return (
    <article className="embed-consent">
      <h1 ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      {children}
      <p className="button-row embed-choice">
        {acceptLast ? decline : accept}
        {acceptLast ? accept : decline}
      </p>
      <p id="consent-hidden" className="muted" role="status">
        {readiness === 'hidden' ? HIDDEN_NOTE : ''}
      </p>
    </article>
  );
}
