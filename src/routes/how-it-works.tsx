import type { RouteHandle } from '../config/head';
import scoringHtml from '../../docs/scoring.md?html';

export const howItWorksHandle: RouteHandle = {
  head: () => ({
    title: 'How rolefit scores your answers · rolefit',
    description:
      'The scoring method behind rolefit: the strategic and market axes, the PM-fit index, 90% ranges, result types, and why the quiz is not yet validated.',
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
