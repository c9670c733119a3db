import type { RouteHandle } from '../app/head';

export const resultsHandle: RouteHandle = {
  head: () => ({ title: 'Your result · rolefit', description: 'Your rolefit result.' }),
};

/** Placeholder until the page is built. */
export function ResultsPage() {
  return (
    <article>
      <h1>Your result</h1>
      <p>This page is on its way.</p>
    </article>
  );
}
