import type { RouteHandle } from '../config/head';
import scoringHtml from '../../docs/scoring.md?html';

export const howItWorksHandle: RouteHandle = {
  head: () => ({
    title: 'How rolefit scores your answers · rolefit',
    description:
      'How rolefit scores your answers: the strategic and market axes, a probability for each result type, "between" results, 90% ranges, worked examples, and why the quiz is not yet validated.',
  }),
};

/**
 * The scoring method, rendered from docs/scoring.md at build time (scripts/markdown-plugin.ts; its
 * first heading is the page's h1). The file is our own, committed to the repo, never user input, so
 * its HTML is not sanitized.
 */
export function HowItWorksPage() {
  return (
    <article>
      <div className="prose" dangerouslySetInnerHTML={{ __html: scoringHtml }} />
    </article>
  );
}
