/** The landing page's words (src/routes/home.tsx). */
export const home = {
  head: {
    title: 'rolefit: Product Manager or Product Owner?',
    description:
      'A free self-assessment of situational questions that shows whether Product Manager or Product Owner work fits you better. Your answers never leave your browser.',
  },
  heading: 'Product Manager or Product Owner: which fits you?',
  lead: 'Work through realistic product situations and see where you land between long-range strategy and hands-on delivery, and between the market outside and the team inside.',
  roles: {
    heading: 'The two roles in a sentence',
    pm: 'Looks outward and ahead: customers, the market, the business case, and where the product goes next.',
    po: 'Works closely with the development team: ordering the backlog, shaping stories and getting value delivered.',
    between: 'Many people land in between, and that is a real result too.',
    compare: 'Compare the roles in detail',
    or: ', or',
    job: 'see where a job posting sits',
    end: '.',
  },
  what: {
    heading: 'What you get',
    items: [
      'Your fit on two axes (strategic or tactical, market-facing or team-facing), with how sure we are and why.',
      'What each role pays, with the country, year and source of every figure.',
      'Growth tips based on the product work you practise least.',
    ],
  },
  privacy: {
    heading: 'Private by design',
    saved:
      'Your answers are saved only in this browser, so you can close the tab and carry on later. Nothing is sent to us or anyone else.',
    notice: 'Read the privacy notice',
    purpose:
      'rolefit is for self-reflection and career exploration. It is not a test, there are no right answers, and it must not be used for hiring decisions.',
    howItWorks: 'How scoring works',
  },
  start: {
    /** "You have a short quiz in progress with 3 answers saved in this browser." */
    progress: (mode: 'full' | 'short', isFinished: boolean, saved: number) =>
      `You have a ${mode === 'short' ? 'short' : 'full'} quiz ${isFinished ? 'finished' : 'in progress'} with ${saved} ${saved === 1 ? 'answer' : 'answers'} saved in this browser.`,
    seeResult: 'See your result',
    resume: 'Resume where you left off',
    startOver: 'Start over',
    full: 'Start the full quiz',
    short: 'Start the short quiz',
    times: 'Full: about 10 minutes, with a skill profile and growth tips. Short: about 3 minutes.',
  },
};

export type HomeWords = typeof home;
