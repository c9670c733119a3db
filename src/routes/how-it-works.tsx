import type { RouteHandle } from '../app/head';

export const howItWorksHandle: RouteHandle = {
  head: () => ({
    title: 'How rolefit works · rolefit',
    description: 'How the quiz scores your answers.',
  }),
};

/** Placeholder until the page is built. */
export function HowItWorksPage() {
  return (
    <article>
      <h1>How rolefit works</h1>
      <p>This page is on its way.</p>
    </article>
  );
}
