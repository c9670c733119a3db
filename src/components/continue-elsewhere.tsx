import { useState } from 'react';
import { createLoader, LoadBoundary, onDemand } from './load-on-demand';
import type { ContinueElsewherePanelProps } from './continue-elsewhere-panel';
import { QUESTION_WORDS } from '../domain/question-screen';
import { quiz } from '../words/en/quiz';

const w = quiz.elsewhere;

// The panel brings the progress-code encoder, the copy field and the QR code (about 7 kB gzip):
// fetched when the taker first opens it, never with the question (docs/performance.md).
const Panel = onDemand(
  createLoader(() => import('./continue-elsewhere-panel')),
  (m) => m.ContinueElsewherePanel,
  () => (
    <p className="card" aria-busy="true">
      {w.preparing}
    </p>
  ),
);

/** "Continue on another device": a link (and QR code) that carries the answers so far. */
export function ContinueElsewhere(props: ContinueElsewherePanelProps) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <div className="continue-elsewhere">
      <button
        type="button"
        className="button small"
        aria-expanded={isOpen}
        onClick={() => {
          setIsOpen((v) => !v);
        }}
      >
        {QUESTION_WORDS.continueElsewhere}
      </button>
      {isOpen ? (
        <LoadBoundary
          fallback={(retry) => (
            <div className="card" role="alert">
              <p>{w.failed}</p>
              <button type="button" className="button small" onClick={retry}>
                {w.retry}
              </button>
            </div>
          )}
        >
          <Panel {...props} />
        </LoadBoundary>
      ) : null}
    </div>
  );
}
