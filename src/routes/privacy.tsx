import { useMemo, useState } from 'react';
import type { RouteHandle } from '../config/head';
import { KeptResultsList } from '../components/earlier-results';
import { useHydrated } from '../components/use-hydrated';
import { isKnownRevision } from '../content/load-archive';
import { SCROLL_POSITIONS_KEY } from '../config/scroll';
import { LANGUAGE_HINT_KEY } from '../domain/language-preference';
import { QUESTION_SNAPSHOT_KEY } from '../domain/question-screen';
import { HISTORY_LIMIT, listHistory } from '../domain/result-history';
import { HISTORY_STORAGE_KEY, useHistoryActions, useHistoryEntries } from '../store/history-store';
import { INVITE_STORAGE_KEY, useInviteActions } from '../store/invite-store';
import { QUIZ_STORAGE_KEY, useQuizActions } from '../store/quiz-store';
import { forgetLanguageHint } from '../store/language-hint';
import { forgetQuestionSnapshot } from '../store/question-snapshot';
import { frame } from '../words/en/frame';
import { privacy as w } from '../words/en/privacy';

export const privacyHandle: RouteHandle = {
  head: () => ({ ...w.head }),
};

/** Plain-language privacy notice with a button that forgets the saved quiz. */
export function PrivacyPage() {
  const { deleteAll } = useQuizActions();
  const { clearInvite } = useInviteActions();
  const { forgetHistory } = useHistoryActions();
  const isHydrated = useHydrated();
  const [isDeleted, setIsDeleted] = useState(false);

  const handleDelete = () => {
    deleteAll();
    forgetQuestionSnapshot();
    clearInvite();
    forgetLanguageHint();
    forgetHistory();
    setIsDeleted(true);
  };

  return (
    <article>
      <h1>{w.heading}</h1>
      <p className="lead">{w.lead}</p>

      <h2>{w.keepTitle}</h2>
      <p>{w.progressIntro}</p>
      <ul>
        {w.progress.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{w.resultsIntro(HISTORY_LIMIT)}</p>
      <ul>
        {w.results.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{w.noIdentity}</p>

      <h2>{w.whereTitle}</h2>
      <p>
        {w.local.before} <code>{QUIZ_STORAGE_KEY}</code> {w.local.progress}{' '}
        <code>{QUESTION_SNAPSHOT_KEY}</code> {w.local.snapshot} <code>{HISTORY_STORAGE_KEY}</code>{' '}
        {w.local.results} {w.local.embedded}
      </p>
      <p>{w.frame}</p>
      <p>
        {w.session.before} <code>{INVITE_STORAGE_KEY}</code> {w.session.invite}{' '}
        <code>{LANGUAGE_HINT_KEY}</code> {w.session.languageHint}{' '}
        <code>{SCROLL_POSITIONS_KEY}</code> {w.session.scroll}
      </p>

      <h2>{w.howLongTitle}</h2>
      <p>{w.howLongIntro}</p>
      <ul>
        {w.howLong.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{w.mayClear}</p>

      <h2>{w.sentTitle}</h2>
      <p>{w.sent}</p>
      <p>
        {w.fragment.before} <code>#</code> {w.fragment.after}
      </p>

      <h2>{w.purposeTitle}</h2>
      <p>{w.purpose}</p>

      <h2 id="kept-results-heading">{w.keptTitle}</h2>
      {isHydrated ? <KeptResults /> : <p>{frame.loading}</p>}

      <h2>{w.deleteTitle}</h2>
      <p>{w.deleteText}</p>
      <p className="button-row">
        <button type="button" className="button" onClick={handleDelete} disabled={!isHydrated}>
          {w.deleteButton}
        </button>
      </p>
      <p role="status">{isDeleted ? w.deleted : ''}</p>
    </article>
  );
}

/** The results kept in this browser, each with its date and its own "Delete". */
function KeptResults() {
  const entries = useHistoryEntries();
  const { deleteResult, deleteAllResults } = useHistoryActions();
  const items = useMemo(() => listHistory(entries, { isKnownRevision }), [entries]);
  return <KeptResultsList items={items} onDelete={deleteResult} onDeleteAll={deleteAllResults} />;
}
