/**
 * The quiz page's words (src/routes/quiz.tsx and its parts): the loading shell, the start card, the
 * review screen, a `#p=` link's import screen and the "continue on another device" panel. The
 * question screen's own words are in question.ts.
 */
export const quiz = {
  head: {
    title: 'Take the quiz · rolefit',
    description:
      'Answer situational questions about product work, one at a time. Your answers are saved only in this browser.',
  },
  shell: { heading: 'The rolefit quiz', loading: 'Loading your quiz…' },
  start: {
    heading: 'Start the rolefit quiz',
    /** Around the answering instruction (question.ts). */
    before: 'Most questions describe a work situation.',
    after: 'Your answers never leave this browser.',
    full: 'Full quiz',
    short: 'Short quiz',
    /** "37 questions, about 10 minutes." */
    length: (questions: number, minutes: number) =>
      `${questions} questions, about ${minutes} minutes.`,
    fullAdds: 'Includes a skill profile and personal growth tips.',
    shortAdds: 'Gives your result without the skill profile.',
    startFull: 'Start the full quiz',
    startShort: 'Start the short quiz',
  },
  review: {
    heading: 'Check your answers',
    complete: 'Change any answer you like, then see your result.',
    open: (count: number) =>
      `${count} questions still need an answer (some may be new or reworded since you started).`,
    seeResult: 'See my result',
    notAnswered: 'Not answered yet',
    change: 'Change',
    answer: 'Answer',
    /** The row button's accessible name: "Change question 3: <prompt>". */
    rowLabel: (isAnswered: boolean, number: number, legend: string) =>
      `${isAnswered ? 'Change' : 'Answer'} question ${number}: ${legend}`,
    home: 'Back to the start page',
  },
  import: {
    reading: 'Reading the link…',
    unreadable: 'This link could not be read',
    unchanged: 'Your progress in this browser is unchanged.',
    failedLoad:
      'Part of rolefit did not load. Check your connection and try again. Your progress in this browser is unchanged.',
    retry: 'Try again',
    toQuiz: 'Go to the quiz',
    heading: 'Continue your quiz here?',
    /** "This link carries 5 answers from a short quiz on another device. …" */
    carries: (count: number, mode: 'full' | 'short') =>
      `This link carries ${count} ${count === 1 ? 'answer' : 'answers'} from a ${mode} quiz on another device. Loading them replaces any progress saved in this browser.`,
    load: 'Load my answers',
    notNow: 'Not now',
  },
  elsewhere: {
    preparing: 'Preparing the link…',
    failed:
      'The link could not be prepared: part of rolefit did not load. Check your connection and try again; your answers are saved in this browser.',
    retry: 'Try again',
    text: 'Open this link on your other device to carry on where you are. It contains your answers so far, so keep it to yourself.',
    link: 'Link with your answers so far',
    qr: 'QR code of the link with your answers so far',
  },
};

export type QuizWords = typeof quiz;
