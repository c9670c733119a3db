// The job-posting page's words (/job: src/routes/job.tsx, job-beside.tsx, job-shared.tsx).
// Numbers arrive already formatted with Intl (locale.numbers).

export const job = {
  head: {
    title: 'Where does this job sit? · rolefit',
    description:
      'Paste a product job posting and see where its duties sit on the Product Manager / Product Owner map, with the phrases that placed it. Nothing leaves your browser.',
  },
  heading: 'Where does this job sit?',
  /** "… reads what the job <em>does</em>, not …" */
  intro: {
    before: 'Paste a job posting for a product role. rolefit reads what the job ',
    emphasis: 'does',
    after:
      ', not what it is called, and places it on the same map as a quiz result. The posting stays in this browser: it is never sent anywhere and never put into a link.',
  },
  hiring: 'Hiring? Paste your own draft to see what it says the job is before you publish it.',
  titleLabel: 'Job title (optional)',
  postingLabel: 'Job posting',
  counter: (count: string, max: string) => `${count} of ${max} characters`,
  cutOff: ': the rest of the posting was cut off.',

  // Which result the job is put beside.
  readingLink: 'Reading the result in the link…',
  linkProblemAfter: (isFallback: boolean) =>
    ` The result in it cannot be shown beside the job${isFallback ? ', so the result from this browser is used instead' : ''}.`,
  besideWhich: (isOwn: boolean) =>
    `The job will be shown beside ${isOwn ? 'your result' : 'this result'}: `,
  typeOnlyLink:
    'This link carries the result type only, not its place on the map, so it cannot be put beside a job. A “With scores” link can.',
  from: {
    link: 'from the link you opened',
    kept: 'kept in this browser',
    quiz: 'from the quiz you took in this browser',
  },
  finishQuiz: 'Finish your quiz to see this job beside your result.',
  continueQuiz: 'Continue the quiz',
  takeQuiz: 'Take the quiz to see a job beside your own result.',
  startFull: 'Start the full quiz',
  startShort: 'Start the short quiz',
  quizLengths:
    'Full: about 10 minutes, with the practice questions that pick growth tips. Short: about 3 minutes.',

  // The placed posting.
  resultHeading: 'What the posting says the job is',
  jobLabel: 'The job',
  yourResult: 'Your result',
  linkedResult: 'The linked result',
  mapSummary: (
    label: string,
    strategic: string,
    strategicLow: string,
    strategicHigh: string,
    outside: string,
    outsideLow: string,
    outsideHigh: string,
  ) =>
    `${label} on the map: strategic ${strategic} (90% range ${strategicLow} to ${strategicHigh}), market-facing ${outside} (90% range ${outsideLow} to ${outsideHigh}).`,
  captionBoth: (isOwn: boolean) =>
    `Each shaded box is where the job or ${isOwn ? 'your result' : 'the linked result'} may sit (90% range): the less the posting says, the bigger the job's box.`,
  captionJob:
    'The shaded box is where the job may sit (90% range): the less the posting says, the bigger the box.',
  evidenceHeading: 'The evidence',
  evidenceCaption: 'Phrases found, by what they point to',
  pointsTo: 'Points to',
  phrases: 'Phrases',
  countNote:
    'Phrases under “Nice to have” or “Preferred”, and phrases after “not” or “no”, count less or not at all; benefits and company boilerplate count for nothing and are not marked.',
  markedHeading: 'The posting, marked',
  summaryLabel: 'Summary (plain text: position and top phrases, not the posting)',
  copySummary: 'Copy summary',
  summaryCopied: 'Summary copied.',
  linkLabel: 'Link to this placement (the job’s place on the map only, never the posting)',
  copyLink: 'Copy link to this placement',
  linkCopied: 'Link copied.',

  // Beside the result.
  besideHeading: (isOwn: boolean) => `Beside ${isOwn ? 'your result' : 'the linked result'}`,
  leastPractised: 'Least practised areas',
  tipsIntro: 'Tips from the growth guide:',

  // A placement from a link (#j=…).
  sharedBroken: 'This placement link looks incomplete or was changed, so it shows no job.',
  sharedPasteAnyway: 'You can still paste the posting below to place it.',
  sharedHeading: 'A job’s place, from a link',
  sharedJobLabel: 'The job in the link',
  sharedCaption: 'The shaded box is where the job may sit (90% range).',
  sharedNote:
    'The posting itself is not in this link: only the job’s place, from how much its phrases pointed to each corner of the map. Paste the posting below to see its phrases again.',
};

export type JobWords = typeof job;
