/** The embed builder's words (/embed-builder): the page, its options form, snippet and live preview. */
export const embedBuilder = {
  head: {
    title: 'Put the quiz on your site · rolefit',
    description:
      'Add the rolefit quiz to a careers page with one script tag: choose the options, try it, and copy the snippet.',
  },
  heading: 'Put the quiz on your careers page',
  lead: 'One element and one script tag. The quiz runs in a frame from rolefit, sizes itself to its content, and works on phones and desktops alike.',
  receives: {
    heading: 'What your page receives',
    /** The parts of each point: its bold start, then the rest. */
    type: {
      strong: 'The result type',
      before: ' (for example ',
      after:
        ') and a link to its description, when the taker finishes. The taker is told this before starting.',
    },
    scores: {
      strong: 'Scores only if you ask and the taker agrees.',
      rest: ' With “Ask for scores”, each taker chooses Share or Keep private before seeing the result.',
    },
    answers: {
      strong: 'Never the answers.',
      rest: ' No cookies, no tracking, no requests to anyone else.',
    },
    purpose:
      'The quiz is for self-reflection. It is not a test and must not be used to decide on hiring or any other employment matter.',
  },
  snippet: {
    heading: 'Your snippet',
    text: 'Paste it where the quiz should appear. Without JavaScript, visitors see the plain link instead.',
    label: 'HTML snippet',
    copy: 'Copy snippet',
    copied: 'Snippet copied.',
  },
  preview: {
    heading: 'Live preview',
    note: 'A real embed with these options. Progress you make here stays in this tab.',
    failed: 'The preview could not load embed.js.',
  },
  options: {
    heading: 'Options',
    language: 'Language of the quiz',
    length: 'Quiz length',
    full: 'Full (about 10 minutes)',
    short: 'Short (about 3 minutes)',
    resultScreen: 'On the result screen',
    salaries: "Show salary figures (what each role pays in the taker's country)",
    hideGuide: 'Hide the link to the roles guide',
    shareScores: 'Ask for scores (each taker decides whether to share them)',
    jobProfile: 'Show the result beside one of your roles',
    jobProfileHint:
      'The taker sees in plain words how their answers lean compared with where this kind of role usually sits. Never a score or a match, and your page is told nothing more.',
    none: 'None',
    accent: 'Accent colour',
    accentDarker: (shown: string) =>
      `Shown as ${shown}, darker, so white text on it stays readable.`,
    accentHint: 'A # and six hex digits, such as #0a7d5a. Empty means rolefit blue.',
    frameTitle: 'Frame title for screen readers',
    /** `title` is the quiz's own frame title in the chosen language. */
    frameTitleHint: (title: string) => `Empty means "${title}".`,
    ctaHref: 'Link on the result screen',
    ctaHrefHint: 'For example your open roles: a full https:// address. Empty means no link.',
    ctaLabel: 'Text of that link',
    /** `label` is the quiz's own text for the link in the chosen language. */
    ctaLabelHint: (label: string) => `Empty means "${label}".`,
  },
  /** What is wrong with a field (src/embed-loader/snippet.ts, `ChoiceProblem`). */
  problems: {
    colour: 'Use a colour like #0a7d5a (a # and six hex digits), or leave it empty.',
    https: 'Use a full https:// address, or leave it empty.',
    tooLong: (max: number) => `Use at most ${max} characters.`,
  },
};

export type EmbedBuilderWords = typeof embedBuilder;
