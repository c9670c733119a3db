import type { ReactNode } from 'react';
import type { PhraseMatch } from '../domain/posting/match-posting';
import type { Quadrant } from '../domain/schema';

export interface PostingHighlightsProps {
  text: string;
  /** In text order, never overlapping (as `findPhrases` returns them). */
  matches: readonly PhraseMatch[];
  /** A short name per quadrant, read out with each highlight. */
  quadrantNames: Readonly<Record<Quadrant, string>>;
}

/** The posting as plain text with each counted phrase marked in its quadrant's colour. */
export function PostingHighlights({ text, matches, quadrantNames }: PostingHighlightsProps) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(
      <mark key={m.start} className={`job-mark job-mark-${m.quadrant}`} data-quadrant={m.quadrant}>
        {m.text}
        <span className="visually-hidden"> ({quadrantNames[m.quadrant]})</span>
      </mark>,
    );
    at = m.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <div className="job-highlights">{parts}</div>;
}
