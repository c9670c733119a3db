/**
 * The result page's words: the page, its first screen, the sections, the map and the practice
 * chart, "How to grow from here", earlier results and the retake comparison. The verdict's
 * sentences are in verdict.ts, the pay section's in pay.ts.
 */
export const result = {
  head: {
    title: 'Your result · rolefit',
    description:
      'Your rolefit result: Product Manager or Product Owner fit, how sure we are and why.',
  },
  loading: { heading: 'Your result', text: 'Loading your result…' },
  notReady: {
    heading: 'Your result is not ready yet',
    notStarted: 'You have not started the quiz in this browser.',
    missing: (n: number) =>
      `${n} ${n === 1 ? 'scenario still needs' : 'scenarios still need'} an answer before we can show a result.`,
    mismatch: 'Some saved answers no longer match the questions, so please check them.',
    take: 'Take the quiz',
    continue: 'Continue the quiz',
  },
  hero: {
    eyebrow: 'Your rolefit result',
    howSure: 'How sure we are: ',
    why: 'Why',
    jobTitles: 'Job titles to search for',
    sendTo: (name: string) => `Send to ${name}`,
    share: 'Share your result',
    checkJob: 'Check a job posting against your result',
    footnote: 'For exploring your own career, not for hiring decisions.',
  },
  sections: {
    meaning: 'What it means',
    map: 'The map',
    practice: 'Your practice profile',
    pay: 'What the roles pay',
    grow: 'How to grow from here',
    notMeaning: 'What this does not mean',
    realWorldRoles: 'Real-world roles that fit this pattern:',
    you: 'You',
    yourScores: 'Your scores',
    shortQuizNote: (k: number) =>
      `The short quiz has only ${k} scenarios, so its ranges are wider. The full quiz gives a steadier result and a practice profile.`,
    jobTip: {
      before: 'Looking at a job? ',
      link: 'Paste its posting',
      after:
        ' to see it beside your result, with these tips for the areas it asks for that you practise least.',
    },
  },
  next: {
    heading: 'What next',
    compareRoles: 'Compare the roles in detail',
    howScored: 'How we scored this',
  },
  core: {
    scoresSummary: 'Scores in detail (−100 to 100)',
    scale: 'Scale (−100 to 100)',
    score: 'Score',
    range: '90% range',
    rangeText: (low: number, high: number) => `${low} to ${high}`,
    howSure: 'How sure we are',
    strategicAxis: 'Strategic ↔ tactical:',
    outsideAxis: 'Market-facing ↔ team-facing:',
    countOf: (count: number, k: number) => `${count} of ${k}`,
    why: 'Why this result',
    mapSummary: (p: {
      strategic: number;
      strategicLow: number;
      strategicHigh: number;
      outside: number;
      outsideLow: number;
      outsideHigh: number;
    }) =>
      `Map: strategic ${p.strategic} (90% range ${p.strategicLow} to ${p.strategicHigh}) and market-facing ${p.outside} (90% range ${p.outsideLow} to ${p.outsideHigh}), on scales from −100 to 100.`,
    mapCaption:
      'The dot is the answer pattern; the shaded box is its 90% range. Top right leans Product Manager, bottom left Product Owner.',
  },
  charts: {
    /** Axis titles, longest first: the map uses the first that fits. */
    xTitles: ['team-facing ← → market-facing', 'team ← → market'] as readonly string[],
    yTitles: ['tactical ← → strategic', 'tactical ↔ strategic'] as readonly string[],
    /** Region names, clockwise from top right. */
    regions: {
      pm: 'Product Manager',
      customer: 'Customer-facing',
      po: 'Product Owner',
      technical: 'Strategic-technical',
    },
    noRoom: (labels: string) =>
      `No room on the map for the labels of ${labels}: their dots are drawn, and the table has their numbers.`,
  },
  practice: {
    intro:
      'From your answers about how often you did each kind of work in the last 12 months (0 = never, 100 = weekly or more). One question per area, so read it as a rough signal, not a measurement.',
    chartSummary: 'Bar chart of your practice profile; the table below lists the same values.',
    caption: 'Practice in the last 12 months',
    area: 'Area',
    answer: 'Your answer',
    score: 'Score (0–100)',
    none: 'The short quiz leaves out the practice questions, so there is no practice profile this time.',
    gravitateHeading: 'What you gravitate to',
    gravitate: (areas: readonly { label: string; percent: string }[]) =>
      `The areas your scenario choices touched most often: ${areas.map((a) => `${a.label} (${a.percent} of signals)`).join(', ')}. This is where your choices lean, not how good you are at it.`,
  },
  growth: {
    sources: 'Sources for this section',
    grade: (grade: string) => `(grade ${grade})`,
    practiseLeast: 'Practise what you do least',
    focusIntro: 'These are the areas you said you practised least in the last 12 months.',
    practiceScore: (score: number) => `(practice score ${score} of 100)`,
    certifications: 'Certifications that fit',
    books: 'Books',
    by: (authors: string, year: string) => ` by ${authors} (${year})`,
    jobTitles: 'Job titles to search for',
    keepInMind: 'Things to keep in mind',
    noPractice:
      'Practice tips are picked from your answers to the practice questions, which only the full quiz asks. Take the full quiz to see tips for the skills you use least.',
    movingToward: (role: string) => `Moving toward the ${role} role`,
  },
  history: {
    heading: 'Your earlier results',
    notices: {
      unavailable:
        'This browser is not letting rolefit keep your results (private browsing or blocked storage), so this one will not be listed next time.',
      full: "This browser's storage for rolefit is full, so this result is not being kept. Clearing this site's data in your browser settings makes room.",
      corrupted:
        'The earlier results saved in this browser could not be read, so the list starts again.',
      'newer-version':
        'Your earlier results were saved by a newer version of rolefit. This page leaves them untouched; close every rolefit tab and open rolefit again to see them.',
      'deleted-elsewhere': 'Your earlier results were deleted in another tab or window.',
    },
    method:
      'A retake moves a little by chance alone. We call a change real only when it is larger than retaking alone gives 9 times in 10, allowing for how sure we are of each result. ',
    methodLink: 'How we compare two takes',
    kept: 'Kept on this device',
    keptNote: 'Kept only in this browser and never sent anywhere. ',
    deleteLink: 'Delete them on the privacy page',
    unreadable: (date: string, mode: string) => `${date} (${mode}): this result could not be read.`,
    /** A kept result's quiz, as a label. */
    modeLabels: { full: 'Full quiz', short: 'Short quiz' },
    /** The label as it reads in brackets after a kept result. */
    inBrackets: (modeLabel: string) => modeLabel.toLowerCase(),
    none: 'No results are kept in this browser.',
    deleteOne: (date: string, headline: string | null) =>
      `Delete the result of ${date}${headline ? ` (${headline})` : ''}`,
    delete: 'Delete',
    deleteAll: 'Delete all kept results',
  },
  retake: {
    beyond: 'a change beyond what retaking alone explains',
    labels: {
      type: 'Result',
      strategic: 'Strategic or tactical',
      outside: 'Market-facing or team-facing',
    },
    /** Which way an axis moved, as "More …". */
    directions: {
      strategic: { up: 'strategic', down: 'tactical (hands-on)' },
      outside: { up: 'market-facing', down: 'team-facing' },
    },
    sameAs: (date: string) => `About the same as your result of ${date}.`,
    moved: (direction: string, date: string, beyond: string) =>
      `More ${direction} than on ${date} (${beyond}).`,
    typeSame: (date: string, now: string) => `The same as your result of ${date}: ${now}.`,
    typeChanged: (now: string, was: string, date: string, beyond: string) =>
      `${now} now, ${was} on ${date} (${beyond}).`,
    typeWithinChance: (date: string, was: string, now: string) =>
      `About the same as your result of ${date}. It read ${was} then and ${now} now, but your answers moved no more than retaking alone can explain.`,
    summaryChanged: (date: string) =>
      `Compared with your result of ${date}, part of your result changed by more than retaking alone explains.`,
    summarySame: (date: string) =>
      `About the same as your result of ${date}: nothing changed by more than retaking alone explains.`,
  },
};

export type ResultWords = typeof result;
