import { paths } from '../config/paths';
import { estimateMinutes, type PreparedBank } from '../domain/bank';
import { answerInstruction } from '../domain/instruction';
import type { Mode } from '../domain/schema';

export interface EmbedStartProps {
  prepared: PreparedBank;
  mode: Mode;
  showGuide: boolean;
  asksForScores: boolean;
  /** Progress can be kept in this tab's storage. */
  canSave: boolean;
  onStart: () => void;
}

/** The first screen: what the quiz is and what the host site will see. */
export function EmbedStart(props: EmbedStartProps) {
  const { prepared, mode, showGuide, asksForScores, canSave, onStart } = props;
  const items = prepared.items[mode];
  const minutes = Math.max(1, Math.round(estimateMinutes(items)));
  return (
    <article className="embed-start">
      <h1>Product Manager or Product Owner: which fits you?</h1>
      <p className="lead">
        {items.length} short questions about everyday product work, about {minutes} minutes, to see
        whether Product Manager or Product Owner work suits you better.
      </p>
      <p>{answerInstruction(mode)}</p>
      <section className="card embed-privacy" aria-labelledby="embed-privacy-heading">
        <h2 id="embed-privacy-heading">What this site will see</h2>
        <p>
          <strong>The site owner will see your result type, but never your answers.</strong>
        </p>
        {asksForScores ? <p>You&apos;ll be asked before any scores are shared.</p> : null}
        <p>
          {canSave ? 'Your progress is kept only in this browser tab. ' : ''}rolefit uses no cookies
          and no tracking.
        </p>
      </section>
      <p>
        This is not a test. The result is for your own reflection and must never be used to decide
        on hiring or any other employment matter.
      </p>
      <p className="button-row">
        <button type="button" className="button primary" onClick={onStart}>
          Start the quiz
        </button>
        {showGuide ? (
          <a href={paths.roles.href()} target="_blank" rel="noopener noreferrer">
            How the two roles differ (opens in a new tab)
          </a>
        ) : null}
      </p>
    </article>
  );
}
