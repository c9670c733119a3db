/**
 * The embed page's words (/embed/, inside a host's iframe): the start screen, the questions' buttons,
 * the consent question, the result screen's own parts, storage notes and errors. The shared result
 * sections and question view bring their own words.
 */
export const embed = {
  head: {
    title: 'rolefit quiz (embedded)',
    description:
      'The rolefit quiz as it appears on other sites: Product Manager or Product Owner, which fits you?',
  },
  heading: 'Product Manager or Product Owner: which fits you?',
  /** The start screen's promise, also on the page before the quiz is ready. */
  promise: 'The site owner will see your result type, but never your answers.',
  loading: 'Loading the quiz…',
  /** /embed/ opened on its own, not inside another site. */
  topLevel: {
    heading: 'This is the embeddable rolefit quiz',
    text: 'This page is meant to appear inside a careers page or another site. To take the quiz, open rolefit itself.',
    takeQuiz: 'Take the quiz on rolefit',
    builder: 'Put the quiz on your own site',
  },
  error: {
    heading: 'Something went wrong in the quiz',
    reload: 'Reload the quiz',
    open: 'Open rolefit in a new tab',
  },
  start: {
    lead: (questions: number, minutes: number) =>
      `${questions} short questions about everyday product work, about ${minutes} minutes, to see whether Product Manager or Product Owner work suits you better.`,
    privacyHeading: 'What this site will see',
    asksForScores: "You'll be asked before any scores are shared.",
    keptInTab: 'Your progress is kept only in this browser tab.',
    noTracking: 'rolefit uses no cookies and no tracking.',
    notATest:
      'This is not a test. The result is for your own reflection and must never be used to decide on hiring or any other employment matter.',
    start: 'Start the quiz',
    guide: 'How the two roles differ (opens in a new tab)',
  },
  questions: {
    next: 'Next',
    last: 'See my result',
  },
  working: 'Working out your result…',
  /** Why progress is not kept, by storage notice (src/domain/saved-quiz.ts). */
  storage: {
    unavailable:
      "Your progress can't be saved here: this browser blocks storage for quizzes embedded in other sites. You can still finish the quiz, but reloading the page starts it again.",
    full: "Your progress can't be saved here: this browser's storage for rolefit is full. You can still finish the quiz, but reloading the page starts it again.",
    corrupted: 'Saved progress could not be read, so the quiz starts fresh.',
    'newer-version':
      'Saved progress came from a newer version of rolefit. It is kept safe: the quiz starts fresh here and is not saved.',
    'deleted-elsewhere': 'Saved progress was deleted in another frame, so the quiz starts fresh.',
  },
  /** Asked before the result when the host page wants scores; the host origin goes between the parts. */
  consent: {
    ask: {
      heading: { before: 'Share your scores with ', after: '?' },
      accept: 'Share',
      decline: 'Keep private',
      what: 'This site asked to see your scores: three numbers from −1 to +1 for strategic versus tactical, market-facing versus team-facing, and Product Manager versus Product Owner fit.',
      either:
        'It sees your result type either way. Your answers are never shared. Choose before your result is shown.',
    },
    confirm: {
      heading: { before: 'Send your three scores to ', after: ' now?' },
      accept: 'Yes, send my scores',
      decline: 'No, keep them private',
      text: 'Once sent, the site keeps them. You can still keep them private instead.',
    },
    hidden:
      'Sharing is switched off while this quiz is hidden, faded or covered on the page. Scroll it fully into view to share, or keep your scores private.',
  },
  result: {
    eyebrow: 'Your rolefit result',
    /** The host's link when it gave no label of its own. */
    cta: 'See our open roles',
    copyLink: 'Copy your result link',
    /** Said under the result when a host page is listening: "<origin> can see this result type." */
    seen: {
      theSite: 'The site',
      canSee: 'can see this result type.',
      shared: 'You chose to share your scores with it too.',
      kept: 'Your scores and answers stay with you.',
    },
    shortQuizNote: (scenarios: number) =>
      `The short quiz has only ${scenarios} scenarios, so its ranges are wider. The full quiz gives a steadier result.`,
    nextHeading: 'What next',
    retake: 'Take the quiz again',
    guide: 'Compare the roles in detail (opens in a new tab)',
    open: 'Open this result on rolefit (new tab)',
  },
};

export type EmbedWords = typeof embed;
