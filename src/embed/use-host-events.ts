import { useEffect, useRef, useState } from 'react';
import { linkRoot } from '../config/head';
import type { Consent, SharedScores } from '../embed-loader/protocol';
import type { ResultReport } from '../domain/result-report';
import { wasCompleteSent, type EmbedSession } from '../domain/embed-session';
import { buildResultPath } from '../domain/result-link';
import type { HostLink } from './use-host-link';

/** `start`: sent once per quiz, when the first answer is given or saved progress is picked up. */
export function useStartEvent(link: HostLink | null, answered: number): void {
  const [hadProgressAtLoad] = useState(answered > 0);
  const isResumed = useRef(hadProgressAtLoad);
  const isSent = useRef(false);
  useEffect(() => {
    if (answered === 0) {
      if (isSent.current) isResumed.current = false;
      isSent.current = false;
      return;
    }
    if (!link || isSent.current) return;
    isSent.current = true;
    link.send('start', { resumed: isResumed.current });
  }, [link, answered]);
}

/** What the frame remembers about `complete` for the current quiz (see `src/domain/embed-session.ts`). */
export interface CompleteMemory {
  /** The quiz shown (`toQuizSessionId`), or null before one starts. */
  quizId: string | null;
  session: EmbedSession | null;
  /** Called once `complete` went to this host for this quiz. */
  onSent: (quizId: string, host: string) => void;
}

/**
 * `complete`: once per finished quiz and host page (`report` is null while no result is shown), with
 * the result type, its type-level link, and scores only when the host asked and the taker agreed.
 * A reload of the host page shows the result again but does not report it again; a retake does.
 */
export function useCompleteEvent(
  link: HostLink | null,
  report: ResultReport | null,
  consent: Consent,
  { quizId, session, onSent }: CompleteMemory,
): void {
  const sentResult = useRef<string | null>(null);
  useEffect(() => {
    if (!report || quizId === null) {
      sentResult.current = null;
      return;
    }
    if (!link) return;
    const key = `${quizId}:${report.type}:${consent}`;
    if (sentResult.current === key) return;
    sentResult.current = key;
    if (wasCompleteSent(session, quizId, link.origin)) return;
    const { result } = report;
    const shareable: SharedScores = {
      strategic: result.strategic.value / 100,
      outside: result.outside.value / 100,
      pmFit: result.fit.value / 100,
    };
    const verdict = report.result.model === 2 ? report.result.verdict : null;
    link.send('complete', {
      ...(verdict?.kind === 'between'
        ? { resultType: 'between', types: [verdict.first.type, verdict.second.type] }
        : { resultType: report.type }),
      // The type's page in this page's language (the loader expects exactly this for its `lang`).
      resultUrl: `${linkRoot()}${buildResultPath(report.type)}`,
      consent,
      ...(consent === 'granted' ? { scores: shareable } : {}),
    });
    onSent(quizId, link.origin);
  }, [link, report, consent, quizId, session, onSent]);
}
