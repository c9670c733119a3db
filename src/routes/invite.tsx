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
import { invite as w } from '../words/en/invite';
import { useQuizActions, useQuizMode, useSavedAnswerCount } from '../store/quiz-store';

const PREVIEW_TITLE = w.head.title;
const PREVIEW_DESCRIPTION = w.head.description;

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

const NEUTRAL_HEADING = w.neutralHeading;

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
        <p>{w.loading}</p>
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
        {hasFragment ? w.none.broken : w.none.empty} {w.none.onYourOwn}
      </p>
      <p className="button-row">
        <Link className="button primary" to={paths.quiz.href()}>
          {w.none.start}
        </Link>
        <Link to={paths.home.href()}>{w.none.home}</Link>
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
      <h1>{w.invitedBy(invite.name)}</h1>
      {invite.note === '' ? null : (
        <figure className="invite-note card">
          <blockquote>
            <p>{invite.note}</p>
          </blockquote>
          <figcaption className="muted">{w.noteFrom(invite.name)}</figcaption>
        </figure>
      )}
      <p>
        <strong>{w.unchecked.strong}</strong> {w.unchecked.text(invite.name)}
      </p>
      <p>
        {w.length(invite.mode === 'short', items.length, minutes)} {answerInstruction(invite.mode)}
      </p>
      <p>{w.privacy(invite.name)}</p>
      {savedMode === null ? (
        <ActionRow actions={[{ label: w.start, onClick: handleStart }]} />
      ) : (
        <>
          <p>{w.inProgress(savedMode === 'short', savedCount)}</p>
          <ActionRow
            actions={[
              { label: w.start, onClick: handleStart },
              { label: w.resume, onClick: handleResume },
            ]}
          />
        </>
      )}
    </article>
  );
}
