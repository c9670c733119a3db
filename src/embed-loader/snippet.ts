import { siteOf, toHttpsUrl } from './loader-checks';
import {
  ACCENT_PATTERN,
  ELEMENT_NAME,
  LABEL_MAX,
  LOADER_PATH,
  type EmbedLanguage,
  type JobProfile,
} from './protocol';

/**
 * The words a snippet needs in the language of the quiz it embeds, whatever language the builder
 * speaks: its fallback link, and the quiz's own label for the result screen's link (the embed page's
 * `result.cta` in src/words/<language>/embed.ts; test/embed-loader/snippet.test.ts checks they agree).
 */
export const SNIPPET_WORDS: Readonly<Record<EmbedLanguage, { link: string; ctaLabel: string }>> = {
  en: {
    link: 'Take the Product Manager vs Product Owner fit quiz',
    ctaLabel: 'See our open roles',
  },
  de: {
    link: 'Fragebogen ausfüllen: Product Manager oder Product Owner?',
    ctaLabel: 'Unsere offenen Stellen ansehen',
  },
};

/** What the embed builder lets a site owner choose. */
export interface EmbedChoices {
  length: 'full' | 'short';
  /** Salary figures are hidden in the embed unless the site owner turns them on. */
  showSalaries: boolean;
  hideGuide: boolean;
  /** `#rrggbb`, or '' for rolefit's own colour. */
  accent: string;
  frameTitle: string;
  /** An https link for the result screen, or ''. */
  ctaHref: string;
  ctaLabel: string;
  shareScores: boolean;
  /** A role to show the taker's result beside, in words on the result screen, or '' for none. */
  jobProfile: JobProfile | '';
  /** The quiz's language; the builder starts with its own. */
  lang: EmbedLanguage;
}

export const DEFAULT_CHOICES: EmbedChoices = {
  length: 'full',
  showSalaries: false,
  hideGuide: false,
  accent: '',
  frameTitle: '',
  ctaHref: '',
  ctaLabel: '',
  shareScores: false,
  jobProfile: '',
  lang: 'en',
};

/** What is wrong with a field: not a colour, not an https address, or too long. */
export type ChoiceProblem = 'colour' | 'https' | 'too-long';
export type ChoiceErrors = Partial<
  Record<'accent' | 'ctaHref' | 'frameTitle' | 'ctaLabel', ChoiceProblem>
>;

/** What is wrong with the choices, field by field (the builder says it in its words). */
export function validateChoices(choices: EmbedChoices): ChoiceErrors {
  const errors: ChoiceErrors = {};
  if (choices.accent !== '' && !ACCENT_PATTERN.test(choices.accent)) errors.accent = 'colour';
  if (choices.ctaHref !== '' && toHttpsUrl(choices.ctaHref) === null) errors.ctaHref = 'https';
  if (choices.frameTitle.trim().length > LABEL_MAX) errors.frameTitle = 'too-long';
  if (choices.ctaLabel.trim().length > LABEL_MAX) errors.ctaLabel = 'too-long';
  return errors;
}

/** The element's attributes for valid choices, in a stable order; defaults are left out. */
export function toAttributes(choices: EmbedChoices): [string, string][] {
  const attributes: [string, string][] = [];
  if (choices.length === 'short') attributes.push(['length', 'short']);
  if (choices.showSalaries) attributes.push(['salaries', 'show']);
  if (choices.hideGuide) attributes.push(['guide', 'hide']);
  if (ACCENT_PATTERN.test(choices.accent))
    attributes.push(['accent', choices.accent.toLowerCase()]);
  const title = choices.frameTitle.replace(/\s+/g, ' ').trim();
  if (title !== '' && title.length <= LABEL_MAX) attributes.push(['frame-title', title]);
  const href = toHttpsUrl(choices.ctaHref);
  if (href !== null) {
    attributes.push(['cta-href', href]);
    const label = choices.ctaLabel.replace(/\s+/g, ' ').trim();
    if (label !== '' && label.length <= LABEL_MAX) attributes.push(['cta-label', label]);
  }
  if (choices.shareScores) attributes.push(['share-scores', '']);
  if (choices.jobProfile !== '') attributes.push(['job-profile', choices.jobProfile]);
  if (choices.lang !== 'en') attributes.push(['lang', choices.lang]);
  return attributes;
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The HTML a site owner pastes: the element with its fallback link (to the start page in the quiz's
 * language), then the loader (one for every language).
 */
export function buildSnippet(origin: string, choices: EmbedChoices): string {
  const attributes = toAttributes(choices)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return [
    `<${ELEMENT_NAME}${attributes}>`,
    `  <a href="${siteOf(origin, choices.lang)}/">${SNIPPET_WORDS[choices.lang].link}</a>`,
    `</${ELEMENT_NAME}>`,
    `<script async src="${origin}${LOADER_PATH}"></script>`,
  ].join('\n');
}
