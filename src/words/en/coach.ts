/**
 * The coach page (/coach): the invite builder, its form messages and the email a coach sends. The
 * email-address warnings are in email.ts (the result page's share panel reads addresses too).
 */
export const coach = {
  head: {
    title: 'Invite a client · rolefit',
    description:
      'Make a link that invites a client to take the rolefit quiz. The link is made in your browser and nothing is sent anywhere.',
  },
  heading: 'Invite a client to the rolefit quiz',
  lead: 'Make a link for a client. They take the quiz, and at the end they can send their result to you.',
  how: {
    heading: 'How invites work',
    points: [
      {
        strong: 'Nothing is sent anywhere.',
        text: 'This page makes the link in your browser. Your name, note and email address travel inside the link itself, so anyone who has the link can read them.',
      },
      {
        strong: 'rolefit does not check who sent an invite.',
        text: 'Anyone can make one in any name, so let your client know to expect it.',
      },
      {
        strong: 'Results come back only if the client chooses to send them.',
        text: 'At the end of the quiz they see what a result link contains and decide whether to send you one.',
      },
    ],
  },
  resultsBack: {
    heading: 'Got results back?',
    before: 'Paste up to 20 result links into ',
    link: 'Compare results',
    after:
      ' to see them side by side, export a CSV or print a report. Nothing leaves your browser.',
  },
  form: {
    heading: 'Your invite',
    name: 'Your name (required)',
    note: 'A short note to your client (optional)',
    noteHint: (max: number) =>
      `Shown as plain text above the Start button. Up to ${max} characters.`,
    noteCut: (kept: number, max: number) =>
      `Only the first ${kept} characters of what you pasted were kept. Shorten the note to ${max}.`,
    email: 'Your email address (optional)',
    emailHint:
      "If you add it, your client's email program fills it in when they send you their result. It is part of the link, so anyone with the link can see it.",
    length: 'Quiz length',
    lengths: {
      full: { title: 'Full quiz', hint: 'About 10 minutes, with a skill profile.' },
      short: { title: 'Short quiz', hint: 'About 3 minutes, result only.' },
    },
    make: 'Make the invite link',
    makeAgain: 'Make the link again',
  },
  /** The form's messages, field by field (src/domain/invite-form.ts). */
  errors: {
    nameMissing: 'Enter your name, as your clients know you.',
    nameInvisible:
      'Your name would show as blank: it has only invisible or blank-looking characters. Type it with letters your clients can see.',
    nameTooLong: (max: number, length: number) =>
      `Use at most ${max} characters for your name (now ${length}).`,
    noteTooLong: (max: number, length: number) =>
      `Shorten the note to ${max} characters or fewer (now ${length}).`,
    email: 'Enter one email address, like name@example.com, or leave this empty.',
  },
  noteCount: {
    left: (left: number, max: number) => `${left} of ${max} characters left`,
    over: (over: number) => `${over} ${over === 1 ? 'character' : 'characters'} too many`,
    announce: (count: string) => `Note: ${count}.`,
  },
  made: {
    heading: 'Your invite link',
    outdated:
      'You changed the form after making this link. Make the link again to include the changes.',
    summary: (isShort: boolean, name: string) =>
      `Invites ${isShort ? 'to the short quiz' : 'to the full quiz'}, from ${name}. Send it any way you like. Nothing has been sent yet.`,
    resultsTo: {
      before: 'Results your clients send come to ',
      after: ', written as their email program will see it.',
    },
    linkLabel: 'Invite link',
    email: 'Email the invite',
    emailNote:
      'The email opens in your own email program, with no recipient filled in. rolefit does not send it.',
  },
  /** The email a coach sends with the invite link (a mailto: link; the coach's own program sends it). */
  mail: {
    subject: 'An invitation to take the rolefit quiz',
    body: (isShort: boolean, link: string, name: string) =>
      [
        'Hello,',
        '',
        `Please take the rolefit quiz (Product Manager or Product Owner?). It takes ${isShort ? 'about 3 minutes' : 'about 10 minutes'} and runs in your browser:`,
        '',
        link,
        '',
        'At the end you can choose whether to send me your result.',
        '',
        name,
      ].join('\n'),
  },
};

export type CoachWords = typeof coach;
