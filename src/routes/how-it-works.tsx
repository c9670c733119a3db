import { marked } from 'marked';
import type { RouteHandle } from '../config/head';
import scoringMarkdown from '../../docs/scoring.md?raw';

export const howItWorksHandle: RouteHandle = {
  head: () => ({
    title: 'How rolefit scores your answers · rolefit',
    description:
      'The scoring method behind rolefit: the strategic and market axes, the PM-fit index, 90% ranges, result types, and why the quiz is not yet validated.',
  }),
};

// docs/scoring.md is our own file, committed to the repo and bundled at build time; it is never user
// input, so rendering its HTML without sanitizing is safe. Parsed once, when the page module loads.
// Tables scroll sideways on narrow screens (.prose table in styles.css); tabindex lets keyboard users
// scroll them too.
const scoringHtml = marked
  .parse(scoringMarkdown, { async: false })
  .replaceAll('<table>', '<table tabindex="0">');

/** The scoring method, rendered from docs/scoring.md (its first heading is the page's h1). */
export function HowItWorksPage() {
  return (
    <article>
      <div className="prose" dangerouslySetInnerHTML={{ __html: scoringHtml }} />
    </article>
  );
}
