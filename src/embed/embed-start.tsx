import { paths } from '../config/paths';
import { estimateMinutes, type PreparedBank } from '../domain/bank';
import { answerInstruction } from '../domain/instruction';
import type { Mode } from '../domain/schema';
import { embed as w } from '../words/en/embed';

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
      <h1>{w.heading}</h1>
      <p className="lead">{w.start.lead(items.length, minutes)}</p>
      <p>{answerInstruction(mode)}</p>
      <section className="card embed-privacy" aria-labelledby="embed-privacy-heading">
        <h2 id="embed-privacy-heading">{w.start.privacyHeading}</h2>
        <p>
          <strong>{w.promise}</strong>
        </p>
        {asksForScores ? <p>{w.start.asksForScores}</p> : null}
        <p>{canSave ? `${w.start.keptInTab} ${w.start.noTracking}` : w.start.noTracking}</p>
      </section>
      <p>{w.start.notATest}</p>
      <p className="button-row">
        <button type="button" className="button primary" onClick={onStart}>
          {w.start.start}
        </button>
        {showGuide ? (
          <a href={paths.roles.href()} target="_blank" rel="noopener noreferrer">
            {w.start.guide}
          </a>
        ) : null}
      </p>
    </article>
  );
}
