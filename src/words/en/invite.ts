/** The invite landing (/c/#…): what a coach's client sees before starting the quiz. */
export const invite = {
  head: {
    title: 'You’re invited to take the rolefit quiz',
    description:
      'A free quiz of realistic product situations that shows whether Product Manager or Product Owner work fits you better. Your answers stay in your browser.',
  },
  neutralHeading: 'Invitation to the rolefit quiz',
  loading: 'Loading the invitation…',
  none: {
    broken:
      'This invitation link is incomplete, was changed, or was made by a newer version of rolefit, so it cannot show who sent it.',
    empty: 'This page opens invitations to the quiz, but this link has no invitation in it.',
    onYourOwn: 'You can still take the quiz on your own: your answers stay in this browser.',
    start: 'Start the quiz',
    home: 'What the quiz measures',
  },
  invitedBy: (name: string) => `Invited by ${name}`,
  noteFrom: (name: string) => `Note from ${name}`,
  unchecked: {
    strong: 'rolefit does not check who sent this invite.',
    text: (name: string) =>
      `If you do not know ${name}, you can ignore it, or take the quiz on your own from the start page.`,
  },
  length: (isShort: boolean, questions: number, minutes: number) =>
    `This is the ${isShort ? 'short' : 'full'} quiz: ${questions} questions, about ${minutes} minutes.`,
  privacy: (name: string) =>
    `Your answers stay in this browser. At the end you choose whether to send your result to ${name}, and how much it shows. Nothing is sent on its own.`,
  inProgress: (isShort: boolean, count: number) =>
    `You already have a ${isShort ? 'short' : 'full'} quiz in progress with ${count} ${count === 1 ? 'answer' : 'answers'} saved in this browser. Starting the quiz replaces it.`,
  start: 'Start the quiz',
  resume: 'Resume where you left off',
};

export type InviteWords = typeof invite;
