/**
 * The words of sharing a result: the share panel, the downloadable result card, the shared-result
 * page (`/r/<type>/`) and its link-preview tags. The copy field, the QR code and what a broken link
 * says are in links.ts; type names come from the roles content (questions/roles.json).
 */
export const share = {
  panel: {
    /** What a link may contain, in the order offered. */
    levels: {
      type: {
        title: 'Result type only',
        hint: 'The link shows your result type and nothing else: no scores and no answers.',
      },
      scores: {
        title: 'With scores',
        hint: 'The link shows your result type and your scores with their ranges, exactly as you see them here. No answers.',
      },
      answers: {
        title: 'With answers',
        hint: 'The link shows your result type, your scores and the option you chose for every scenario and practice question. Your background answers (country, experience, framework and company size) are never included.',
      },
    },
    /** The subject of an email and the title of the native share sheet. */
    subject: 'My rolefit result',
    heading: 'Share your result',
    headingToCoach: (coach: string) => `Send your result to ${coach}`,
    coachIntro: (coach: string) =>
      `${coach} invited you to take this quiz. Choose what the link shows, then copy it or email it. rolefit sends nothing: ${coach} sees your result only if you send the link.`,
    legend: 'What should the link contain?',
    yourLink: 'Your link',
    linkForCoach: (coach: string) => `Link for ${coach}`,
    emailLink: 'Email the link',
    emailLinkTo: (coach: string) => `Email the link to ${coach}`,
    addressedTo: (address: string) => `The email is addressed to ${address}.`,
    scoresWarning: 'Anyone with the link sees your scores.',
    answersWarning: 'Anyone with the link sees your answers. Send it only to someone you trust.',
    others: 'Or share it with others',
    nativeShare: 'Share…',
    email: 'Email',
    download: 'Download result card',
    print: 'Print or save as PDF',
    showQr: 'Show QR code',
    hideQr: 'Hide QR code',
    cardFailed: 'This browser could not draw the card.',
    cardDone: 'Card downloaded.',
    /** The QR image's text alternative, from the chosen level's title ("With scores"). */
    qrLabel: (levelTitle: string) => `QR code of your ${levelTitle.toLowerCase()} link`,
  },
  /** The downloadable 1200 × 630 card (src/components/result-card.ts). */
  card: {
    eyebrow: 'MY ROLEFIT RESULT',
    invite: 'Product Manager or Product Owner? Take the free quiz at ',
    nearBorder: 'Near the border of two types',
    nearBorderNumbers: (first: string, second: string) => `Near the border: ${first} and ${second}`,
  },
  page: {
    eyebrow: 'A shared rolefit result',
    unknownTitle: 'Unknown result type',
    unknownText: 'This link names a result type rolefit does not know. It may have been mistyped.',
    takeQuiz: 'Take the quiz',
    notice:
      'Results are self-reported and links are not verified. rolefit is for self-reflection, not for hiring decisions.',
    takeQuizYourself: 'Take the quiz yourself',
    compareRoles: 'Compare the roles',
    reading: 'Reading the details in this link…',
    problemAfter:
      'The details could not be shown, but the description above is what this result type means.',
    corrected:
      "This link's address named a different result type than its details, so we corrected it.",
    verdictOnly: 'This link shares the result only, without scores or answers.',
    meaning: 'How sure we are, and why',
    map: 'The map',
    mapLabel: 'Shared result',
    mapCaption: 'Shared scores',
    job: {
      link: 'Check a job posting against this result',
      after: ': see where a posting sits beside it. The posting never leaves the browser.',
    },
    answers: {
      heading: 'The answers in this link',
      note: 'Option letters and order are not shown to the taker; the words are exactly what they chose.',
      none: 'Not answered',
    },
  },
  /** The share page's head and link-preview tags. */
  head: {
    title: (name: string) => `${name} · rolefit`,
    unknownName: 'rolefit result',
    description: (name: string) =>
      `A rolefit result: ${name}. Take the quiz to see where you land between Product Manager and Product Owner work.`,
    previewTitle: (name: string) => `My rolefit result: ${name}`,
    previewInvite: 'Product Manager or Product Owner? Take the free quiz to see where you fit.',
    /** The preview image's text alternative. */
    imageAlt: (name: string, isCentre: boolean) =>
      `${name}, ${isCentre ? 'at the centre of' : 'highlighted in its corner of'} a two-by-two map of strategic or tactical and team- or market-facing product work.`,
    /** The `og:locale` of this language. */
    ogLocale: 'en_US',
    /** One plain line per type (the same words as on the preview images). */
    typeLines: {
      'product-manager':
        'Looks outward and ahead: customers, the market and where the product should go next.',
      'product-owner':
        'Works close to the team: turns goals into a clear, ordered backlog and keeps delivery moving.',
      'strategic-technical':
        'Sets long-range direction from inside the team: platforms, architecture and technical bets.',
      'customer-facing':
        'Close to users day to day: turns what customers say into concrete, near-term improvements.',
      balanced: 'Moves between strategy and delivery, market and team, as the work needs.',
    },
  },
};

export type ShareWords = typeof share;
