import { ActionRow } from '../components/action-row';
import { newSeed } from '../components/random-seed';
import { useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { SITE_NAME, SITE_ORIGIN, type RouteHandle } from '../config/head';
import { paths } from '../config/paths';
import { useHydrated } from '../components/use-hydrated';
import { loadBank } from '../content/load-content';
import { estimateMinutes, type PreparedBank } from '../domain/bank';
import { answerInstruction } from '../domain/instruction';
import { parseInvite, type Invite } from '../domain/invite';
import { useInviteActions } from '../store/invite-store';
import { useQuizActions, useQuizMode, useSavedAnswerCount } from '../store/quiz-store';

const PREVIEW_TITLE = 'You’re invited to take the rolefit quiz';
const PREVIEW_DESCRIPTION =
  'A free quiz of realistic product situations that shows whether Product Manager or Product Owner work fits you better. Your answers stay in your browser.';

export const inviteHandle: RouteHandle = {
  head: () => ({
    title: PREVIEW_TITLE,
    description: PREVIEW_DESCRIPTION,
    noindex: true,
    // Generic on purpose: the coach's details are in the fragment, which no crawler sees.
    meta: [
      { property: 'og:type', content: 'website' },
      { property: 'og:site_name', content: SITE_NAME },
      { property: 'og:title', content: PREVIEW_TITLE },
      { property: 'og:description', content: PREVIEW_DESCRIPTION },
      { property: 'og:url', content: `${SITE_ORIGIN}${paths.invite.href()}` },
      { name: 'twitter:card', content: 'summary' },
    ],
  }),
};

const NEUTRAL_HEADING = 'Invitation to the rolefit quiz';

/**
 * A coach's invite (`/c/#v=1&n=…`). The fragment is read only after hydration, so the prerendered
 * page is a neutral shell; a bad or unknown invite shows the ordinary way into the quiz.
 */
export function InvitePage() {
  const isHydrated = useHydrated();
  const { hash } = useLocation();
  const invite = useMemo(() => (isHydrated ? parseInvite(hash) : null), [isHydrated, hash]);
  if (!isHydrated) {
    return (
      <article aria-busy="true">
        <h1>{NEUTRAL_HEADING}</h1>
        <p>Loading the invitation…</p>
      </article>
    );
  }
  if (invite === null) return <NoInvite hasFragment={hash.replace(/^#/, '') !== ''} />;
  return <InviteDetails invite={invite} prepared={loadBank()} />;
}

function NoInvite({ hasFragment }: { hasFragment: boolean }) {
  return (
    <article>
      <h1>{NEUTRAL_HEADING}</h1>
      <p>
        {hasFragment
          ? 'This invitation link is incomplete, was changed, or was made by a newer version of rolefit, so it cannot show who sent it.'
          : 'This page opens invitations to the quiz, but this link has no invitation in it.'}{' '}
        You can still take the quiz on your own: your answers stay in this browser.
      </p>
      <p className="button-row">
        <Link className="button primary" to={paths.quiz.href()}>
          Start the quiz
        </Link>
        <Link to={paths.home.href()}>What the quiz measures</Link>
      </p>
    </article>
  );
}

function InviteDetails({ invite, prepared }: { invite: Invite; prepared: PreparedBank }) {
  const navigate = useNavigate();
  const { acceptInvite } = useInviteActions();
  const { startQuiz } = useQuizActions();
  const savedMode = useQuizMode();
  const savedCount = useSavedAnswerCount();
  const items = prepared.items[invite.mode];
  const minutes = Math.max(1, Math.round(estimateMinutes(items)));

  const handleStart = () => {
    acceptInvite(invite);
    startQuiz(invite.mode, newSeed());
    void navigate(paths.quiz.href());
  };
  const handleResume = () => {
    acceptInvite(invite);
    void navigate(paths.quiz.href());
  };

  return (
    <article className="invite">
      <p className="eyebrow">{NEUTRAL_HEADING}</p>
      <h1>Invited by {invite.name}</h1>
      {invite.note === '' ? null : (
        <figure className="invite-note card">
          <blockquote>
            <p>{invite.note}</p>
          </blockquote>
          <figcaption className="muted">Note from {invite.name}</figcaption>
        </figure>
      )}
      <p>
        <strong>rolefit does not check who sent this invite.</strong> If you do not know{' '}
        {invite.name}, you can ignore it, or take the quiz on your own from the start page.
      </p>
      <p>
        This is the {invite.mode === 'short' ? 'short' : 'full'} quiz: {items.length} questions,
        about {minutes} minutes. {answerInstruction(invite.mode)}
      </p>
      <p>
        Your answers stay in this browser. At the end you choose whether to send your result to{' '}
        {invite.name}, and how much it shows. Nothing is sent on its own.
      </p>
      {savedMode === null ? (
        <ActionRow actions={[{ label: 'Start the quiz', onClick: handleStart }]} />
      ) : (
        <>
          <p>
            You already have a {savedMode === 'short' ? 'short' : 'full'} quiz in progress with{' '}
            {savedCount} {savedCount === 1 ? 'answer' : 'answers'} saved in this browser. Starting
            the quiz replaces it.
          </p>
          <ActionRow
            actions={[
              { label: 'Start the quiz', onClick: handleStart },
              { label: 'Resume where you left off', onClick: handleResume },
            ]}
          />
        </>
      )}
    </article>
  );
}
