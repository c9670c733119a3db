import { useSyncExternalStore } from 'react';
import { frame } from '../words/en/frame';

const subscribe = () => () => {};

/**
 * True when this page is shown inside someone else's frame. False during the prerender and the
 * hydration render, so the prerendered HTML still hydrates.
 */
export function useIsFramed(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.self !== window.top,
    () => false,
  );
}

/**
 * What every page except /embed/ shows when framed: only a link out. The share and consent buttons
 * can then never be clickjacked, even on hosts that cannot send a frame-ancestors header (a <meta>
 * CSP cannot set it). Sites that want the quiz should use the embed (/embed-builder).
 */
export function FramedNotice() {
  return (
    <main id="main" className="wrap framed-notice">
      <h1>{frame.brand}</h1>
      <p>
        <a href={window.location.href} target="_blank" rel="noopener noreferrer">
          {frame.framed.open}
        </a>
      </p>
    </main>
  );
}
