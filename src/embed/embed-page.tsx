import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { RouteHandle } from '../config/head';
import { paths } from '../config/paths';
import { useHydrated } from '../components/use-hydrated';
import { EmbedApp } from './embed-app';
import { readEmbedParams } from './frame-messages';
import { embed as w } from '../words/en/embed';
import './embed.css';

export const embedHandle: RouteHandle = {
  head: () => ({ ...w.head, noindex: true }),
};

/**
 * /embed/: the chrome-less quiz for the iframe that `embed.js` creates. It sits outside the page frame
 * (no header or footer), never navigates, and keeps its progress in the frame's sessionStorage.
 */
export function EmbedPage() {
  const isHydrated = useHydrated();
  const { search } = useLocation();
  useEffect(() => {
    document.title = embedHandle.head({}).title;
  }, []);
  if (!isHydrated) return <EmbedShell />;
  if (window.parent === window) return <EmbedTopLevel />;
  return <EmbedApp params={readEmbedParams(search)} />;
}

/** The prerendered page: the start screen's promises, before the quiz is ready. */
function EmbedShell() {
  return (
    <div className="embed-root">
      <main className="embed-main" aria-busy="true">
        <h1>{w.heading}</h1>
        <p>
          <strong>{w.promise}</strong>
        </p>
        <p>{w.loading}</p>
      </main>
    </div>
  );
}

/** Opened on its own rather than inside another site: point to the full app. */
function EmbedTopLevel() {
  return (
    <main className="embed-top-level wrap">
      <h1>{w.topLevel.heading}</h1>
      <p>{w.topLevel.text}</p>
      <p className="button-row">
        <a className="button primary" href={paths.quiz.href()}>
          {w.topLevel.takeQuiz}
        </a>
        <a href={paths.embedBuilder.href()}>{w.topLevel.builder}</a>
      </p>
    </main>
  );
}

/** A failure inside the frame: offer a reload and the full site, in a new tab. */
export function EmbedError() {
  return (
    <main className="embed-root embed-main" role="alert">
      <h1>{w.error.heading}</h1>
      <p className="button-row">
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {w.error.reload}
        </button>
        <a href={paths.quiz.href()} target="_blank" rel="noopener noreferrer">
          {w.error.open}
        </a>
      </p>
    </main>
  );
}
