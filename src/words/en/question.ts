/**
 * The words of one quiz question screen: what the React quiz, the embed and the early paint of /quiz
 * draw around a question, the one answering instruction (docs/item-rules.md, "One instruction"), the
 * practice and context questions' wording and the reading speed of the time estimate. Kept apart
 * from the quiz page's words because the early paint (src/early-paint/) bundles this module whole.
 */
export const question = {
  /** "Question" in "Question 7 of 37" (the word hides on narrow screens). */
  question: 'Question',
  /** "7 of 37" */
  position: (position: number, total: number) => `${position} of ${total}`,
  back: 'Back',
  next: 'Next',
  review: 'Review answers',
  saveAndLeave: 'Save and leave',
  continueElsewhere: 'Continue on another device',
  keyboardTip: (optionCount: number) =>
    `Tip: press 1 to ${optionCount} to choose an option, then Enter.`,
  missing: 'Choose one option to continue.',
  /** How to answer a scenario: true in both modes. */
  answerInstruction: 'Pick the option you would most want to do. There are no right answers.',
  /** What only the full quiz adds. */
  practiceNote: 'The practice questions near the end ask what you do now.',
  /** A practice question, from its activity ("analysed a competitor's product or pricing"). */
  practice: (activity: string) => `In the last 12 months, how often did you ${activity}?`,
  practiceHint:
    'This builds your skill profile and picks your growth tips. It does not change your PM/PO result.',
  contextHint: 'Optional context for salaries and tips. It is never scored.',
  preferNotToSay: 'Prefer not to say',
  /** The practice answers, by FREQUENCIES id (src/domain/bank.ts). */
  frequencies: {
    never: 'Never',
    'once-or-twice': 'Once or twice',
    'every-few-months': 'Every few months',
    monthly: 'About monthly',
    weekly: 'Weekly or more',
  },
  /**
   * Silent reading speed of adults in this language (words a minute), for the time estimate:
   * English non-fiction, 238 (Brysbaert 2019, "How many words do we read per minute?").
   */
  readingWpm: 238,
};

export type QuestionWords = typeof question;
