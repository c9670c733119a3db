/** The privacy page's words (/privacy). Storage names are inserted by the page, between the parts. */
export const privacy = {
  head: {
    title: 'Privacy · rolefit',
    description:
      'rolefit keeps your quiz progress only in your own browser. Nothing is sent anywhere: no server, accounts, cookies or analytics. Delete it at any time.',
  },
  heading: 'Privacy',
  lead: 'rolefit runs entirely in your browser. Your answers stay on your device, and nothing about you is sent to us or to anyone else.',
  keepTitle: 'What we keep',
  progressIntro: 'Your quiz progress, so you can pick up where you left off:',
  progress: [
    'the answers you have picked so far',
    'whether you are taking the full or the short quiz',
    'which question you are on',
    'a random number that sets the order in which the options are shown to you',
    'when you started and when you picked each answer, so two open tabs can combine your answers',
  ],
  resultsIntro: (limit: number) =>
    `And your last ${limit} results, so you can see them again and compare a retake with them. For each result:`,
  results: [
    'the day you finished the quiz, and whether it was the full or the short quiz',
    'the short code of its “With scores” link: the result type and how many of your choices fell in each of the four groups, not your answers',
    'the random number of that quiz (above), so each quiz is kept once',
  ],
  noIdentity:
    'We do not ask for your name, your email address or anything else that identifies you.',
  whereTitle: 'Where it is kept',
  /** "In this browser only, … under the names <progress key> (progress), <snapshot key> (…) and <results key> (results)." */
  local: {
    before: 'In this browser only, in its local storage under the names',
    progress: '(progress),',
    snapshot: '(the words of the question you are on, so a reload shows it at once) and',
    results: '(results).',
    embedded:
      "When rolefit is embedded in another website, it keeps only the progress, in that frame's session storage, which the browser normally empties when the tab is closed; no results are kept there.",
  },
  /** "For the open tab only, … <invite key> (…), <language key> (…) and <scroll key> (…)." */
  session: {
    before:
      'For the open tab only, in its session storage, which the browser normally empties when the tab is closed:',
    invite: '(the coach invite you accepted, if you came from one),',
    languageHint:
      '(that you answered “No, thanks” to the suggestion to read rolefit in another language, so it is not shown again in this tab) and',
    scroll:
      '(where you were on each page you opened in this tab, so Back and a reload return you there).',
  },
  frame:
    'In that frame it also keeps, for the quiz you are taking, the address of the website around it, whether you chose to share your scores with that website, and whether your result was already reported to it, so reloading the page neither asks again nor reports twice.',
  howLongTitle: 'How long it is kept',
  howLongIntro: 'Your progress and results stay until one of these happens:',
  howLong: [
    'you delete a kept result, or all of them, below',
    'you start a new quiz: the progress of the old one goes, and its result stays kept if you saw it',
    "you clear this site's data in your browser settings",
    'you press “Delete my data” below',
  ],
  mayClear: 'Your browser may also clear it on its own, for example to free up space.',
  sentTitle: 'What is sent anywhere',
  sent: 'Nothing. rolefit has no server that receives your answers, no accounts, no cookies and no analytics, and it makes no requests to other websites. The pages are plain files: once they have loaded, your quiz and your results are worked out on your own device.',
  /** "… Those details sit after the <#> in the link, …" */
  fragment: {
    before:
      'If you share a result, the link carries only what you chose to include. Those details sit after the',
    after:
      'in the link, and browsers never send that part to any server, so only the people you give the link to can see them.',
  },
  purposeTitle: 'What the quiz is for',
  purpose:
    'rolefit is a tool for thinking about your own career. It is not a test and it must not be used to decide whether to hire, promote or turn down anyone.',
  keptTitle: 'Your kept results',
  deleteTitle: 'Delete your saved progress',
  deleteText:
    'This removes your saved quiz progress and every kept result from this browser straight away. It cannot be undone.',
  deleteButton: 'Delete my data',
  deleted: 'Your saved quiz progress and your kept results have been deleted from this browser.',
};

export type PrivacyWords = typeof privacy;
