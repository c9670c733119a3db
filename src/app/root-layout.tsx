import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { createLoader, LoadBoundary, onDemand } from '../components/load-on-demand';
import { useHydrated } from '../components/use-hydrated';
import { useQuizActions, useStorageNotice } from '../store/quiz-store';
import { FramedNotice, useIsFramed } from '../components/frame-guard';
import { paths } from '../config/paths';
import { ScrollManager } from './scroll-manager';

// A notice is rare and the landing page's JavaScript budget is tight: its words and the version switch
// load only when there is something to say.
const StorageNoticeBanner = onDemand(
  createLoader(() => import('../components/storage-notice')),
  (m) => m.StorageNoticeBanner,
  () => null,
);
const versionSwitch = createLoader(() => import('./switch-version'));

/** Page frame around `children` (the page): skip link, header, main landmark and the footer notice. */
export function RootLayout({ children }: { children: ReactNode }) {
  // Framed by another site: only a link out (the embed at /embed/ is the way to put rolefit in a page).
  const isFramed = useIsFramed();
  if (isFramed) return <FramedNotice />;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <Link to={paths.home.href()} className="brand">
            rolefit
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <Link to={paths.roles.href()}>PM vs PO</Link>
              </li>
              <li>
                <Link to={paths.howItWorks.href()}>How it works</Link>
              </li>
              <li>
                <Link to={paths.coach.href()}>For coaches</Link>
              </li>
              <li>
                <Link to={paths.privacy.href()}>Privacy</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="wrap">
        <StorageNoticeSlot />
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>
            rolefit is for self-reflection and career exploration. It is not a test, has no right or
            wrong answers, and must not be used for hiring or employment decisions.
          </p>
          <p>Your answers stay in this browser. No accounts, no cookies, no tracking.</p>
        </div>
      </footer>
      <ScrollManager />
    </>
  );
}

function StorageNoticeSlot() {
  const isHydrated = useHydrated();
  const notice = useStorageNotice();
  const { dismissNotice } = useQuizActions();
  if (!isHydrated || notice === null) return null;
  return (
    // Should its code fail to load, the page goes on without the notice.
    <LoadBoundary fallback={() => null}>
      <StorageNoticeBanner
        notice={notice}
        onDismiss={dismissNotice}
        onUseNewVersion={() => void versionSwitch.load().then((m) => m.switchToNewVersion())}
      />
    </LoadBoundary>
  );
}
