import { useMemo, useState } from 'react';
import type { RouteHandle } from '../config/head';
import { KeptResultsList } from '../components/earlier-results';
import { useHydrated } from '../components/use-hydrated';
import { isKnownRevision } from '../content/load-archive';
import { QUESTION_SNAPSHOT_KEY } from '../domain/question-screen';
import { HISTORY_LIMIT, listHistory } from '../domain/result-history';
import { HISTORY_STORAGE_KEY, useHistoryActions, useHistoryEntries } from '../store/history-store';
import { useInviteActions } from '../store/invite-store';
import { QUIZ_STORAGE_KEY, useQuizActions } from '../store/quiz-store';
import { forgetQuestionSnapshot } from '../store/question-snapshot';

export const privacyHandle: RouteHandle = {
  head: () => ({
    title: 'Privacy · rolefit',
    description:
      'rolefit keeps your quiz progress only in your own browser. Nothing is sent anywhere: no server, accounts, cookies or analytics. Delete it at any time.',
  }),
};

const DELETED_MESSAGE =
  'Your saved quiz progress and your kept results have been deleted from this browser.';

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
    forgetHistory();
    setIsDeleted(true);
  };

  return (
    <article>
      <h1>Privacy</h1>
      <p className="lead">
        rolefit runs entirely in your browser. Your answers stay on your device, and nothing about
        you is sent to us or to anyone else.
      </p>

      <h2>What we keep</h2>
      <p>Your quiz progress, so you can pick up where you left off:</p>
      <ul>
        <li>the answers you have picked so far</li>
        <li>whether you are taking the full or the short quiz</li>
        <li>which question you are on</li>
        <li>a random number that sets the order in which the options are shown to you</li>
        <li>
          when you started and when you picked each answer, so two open tabs can combine your
          answers
        </li>
      </ul>
      <p>
        And your last {HISTORY_LIMIT} results, so you can see them again and compare a retake with
        them. For each result:
      </p>
      <ul>
        <li>the day you finished the quiz, and whether it was the full or the short quiz</li>
        <li>
          the short code of its &ldquo;With scores&rdquo; link: the result type and how many of your
          choices fell in each of the four groups, not your answers
        </li>
        <li>the random number of that quiz (above), so each quiz is kept once</li>
      </ul>
      <p>We do not ask for your name, your email address or anything else that identifies you.</p>

      <h2>Where it is kept</h2>
      <p>
        In this browser only, in its local storage under the names <code>{QUIZ_STORAGE_KEY}</code>{' '}
        (progress), <code>{QUESTION_SNAPSHOT_KEY}</code> (the words of the question you are on, so a
        reload shows it at once) and <code>{HISTORY_STORAGE_KEY}</code> (results). When rolefit is
        embedded in another website, it keeps only the progress, in that frame&apos;s session
        storage, which the browser normally empties when the tab is closed; no results are kept
        there.
      </p>
      <p>
        In that frame it also keeps, for the quiz you are taking, the address of the website around
        it, whether you chose to share your scores with that website, and whether your result was
        already reported to it, so reloading the page neither asks again nor reports twice.
      </p>

      <h2>How long it is kept</h2>
      <p>Your progress and results stay until one of these happens:</p>
      <ul>
        <li>you delete a kept result, or all of them, below</li>
        <li>
          you start a new quiz: the progress of the old one goes, and its result stays kept if you
          saw it
        </li>
        <li>you clear this site&apos;s data in your browser settings</li>
        <li>you press &ldquo;Delete my data&rdquo; below</li>
      </ul>
      <p>Your browser may also clear it on its own, for example to free up space.</p>

      <h2>What is sent anywhere</h2>
      <p>
        Nothing. rolefit has no server that receives your answers, no accounts, no cookies and no
        analytics, and it makes no requests to other websites. The pages are plain files: once they
        have loaded, your quiz and your results are worked out on your own device.
      </p>
      <p>
        If you share a result, the link carries only what you chose to include. Those details sit
        after the <code>#</code> in the link, and browsers never send that part to any server, so
        only the people you give the link to can see them.
      </p>

      <h2>What the quiz is for</h2>
      <p>
        rolefit is a tool for thinking about your own career. It is not a test and it must not be
        used to decide whether to hire, promote or turn down anyone.
      </p>

      <h2 id="kept-results-heading">Your kept results</h2>
      {isHydrated ? <KeptResults /> : <p>Loading…</p>}

      <h2>Delete your saved progress</h2>
      <p>
        This removes your saved quiz progress and every kept result from this browser straight away.
        It cannot be undone.
      </p>
      <p className="button-row">
        <button type="button" className="button" onClick={handleDelete} disabled={!isHydrated}>
          Delete my data
        </button>
      </p>
      <p role="status">{isDeleted ? DELETED_MESSAGE : ''}</p>
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
