/** The page frame's words: skip link, header, footer, loading and error pages, language line. */
export const frame = {
  skipLink: 'Skip to content',
  brand: 'rolefit',
  mainNav: 'Main',
  nav: {
    roles: 'PM vs PO',
    howItWorks: 'How it works',
    coach: 'For coaches',
    privacy: 'Privacy',
  },
  /** The language switch's accessible name. */
  languageNav: 'Language',
  footer: {
    purpose:
      'rolefit is for self-reflection and career exploration. It is not a test, has no right or wrong answers, and must not be used for hiring or employment decisions.',
    privacy: 'Your answers stay in this browser. No accounts, no cookies, no tracking.',
  },
  loading: 'Loading…',
  framed: { open: 'Open rolefit in a new tab' },
  error: {
    title: 'Something went wrong on this page',
    offline:
      'This page could not be loaded because this device is offline. Reconnect and reload; your answers are kept.',
    newVersion:
      'A newer version of rolefit was published while this tab was open. Reload to continue; your answers are kept.',
    kept: 'Your quiz answers are saved in this browser and have not been lost.',
    reload: 'Reload the page',
    home: 'Go to the start page',
  },
  notFound: {
    title: 'Page not found · rolefit',
    description: 'This page does not exist.',
    heading: 'Page not found',
    text: 'There is no page at this address. Your quiz progress, if any, is still saved in this browser.',
    home: 'Go to the start page',
  },
};

export type FrameWords = typeof frame;
