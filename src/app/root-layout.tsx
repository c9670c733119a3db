import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { createLoader, LoadBoundary, onDemand } from '../components/load-on-demand';
import { useHydrated } from '../components/use-hydrated';
import { useQuizActions, useStorageNotice } from '../store/quiz-store';
import { FramedNotice, useIsFramed } from '../components/frame-guard';
import { paths } from '../config/paths';
import { ScrollManager } from './scroll-manager';
import { LanguageSwitch, LanguageSuggestion } from './language-switch';
import { frame as w } from '../words/en/frame';

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
        {w.skipLink}
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <Link to={paths.home.href()} className="brand">
            {w.brand}
          </Link>
          <nav aria-label={w.mainNav}>
            <ul className="nav-list">
              <li>
                <Link to={paths.roles.href()}>{w.nav.roles}</Link>
              </li>
              <li>
                <Link to={paths.howItWorks.href()}>{w.nav.howItWorks}</Link>
              </li>
              <li>
                <Link to={paths.coach.href()}>{w.nav.coach}</Link>
              </li>
              <li>
                <Link to={paths.privacy.href()}>{w.nav.privacy}</Link>
              </li>
            </ul>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="wrap">
        <LanguageSuggestion />
        <StorageNoticeSlot />
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>{w.footer.purpose}</p>
          <p>{w.footer.privacy}</p>
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
