// The sentences a placed job posting is described in (src/domain/posting/describe-posting.ts and
// job-beside-result.ts build them; docs/job-postings.md). Numbers arrive already formatted.

/** Whose result a job is put beside: the taker's own, or one from a link. */
type Voice = 'own' | 'link';

/** Whose result, as the sentences name it. */
const owner = { own: 'your result', link: 'the result in the link' };

export const posting = {
  /** "a customer-facing hybrid role": a type as a kind of job. */
  jobTypeNames: {
    'product-manager': 'a Product Manager role',
    'product-owner': 'a Product Owner role',
    'strategic-technical': 'a strategic-technical hybrid role',
    'customer-facing': 'a customer-facing hybrid role',
    balanced: 'a balanced, full-stack product role',
  },
  /** What each quadrant's phrases are about, for the evidence counts. */
  quadrantEvidenceNames: {
    'strategic-market': 'Strategy and the market (Product Manager)',
    'tactical-team': 'Backlog and the team (Product Owner)',
    'strategic-team': 'Technical direction (strategic-technical)',
    'tactical-market': 'Customers day to day (customer-facing)',
  },
  roleNames: { 'product-manager': 'Product Manager', 'product-owner': 'Product Owner' },
  notEnough: 'Not enough to go on: the posting says too little about what the job does.',
  readsLike: (job: string) => `Reads like ${job}.`,
  readsBetween: (first: string, second: string) =>
    `Reads like something between ${first} and ${second}.`,
  titleUnknown: (title: string) =>
    `The title "${title}" names neither a Product Manager nor a Product Owner job, so there is no title to check.`,
  titleUnclear: (role: string) => `Titled ${role}; the duties say too little to check the title.`,
  titleAgrees: (role: string) => `Titled ${role}, and the duties do not contradict it.`,
  titleDisagrees: (role: string, duties: string) =>
    `Titled ${role}, but the duties read like a ${duties} job.`,
  strategicLine: (mean: string, low: string, high: string) =>
    `Strategic (+) vs tactical (-): ${mean} (90% range ${low} to ${high})`,
  outsideLine: (mean: string, low: string, high: string) =>
    `Market-facing (+) vs team-facing (-): ${mean} (90% range ${low} to ${high})`,
  topPhrasesHeading: 'Phrases that placed it:',
  topPhrase: (text: string, count: string, quadrant: string) =>
    `- "${text}" (${count}×): ${quadrant}`,

  // Beside a result (job-beside-result.ts).
  axes: {
    strategic: { name: 'Strategic vs tactical', higher: 'more strategic', lower: 'more tactical' },
    outside: {
      name: 'Market-facing vs team-facing',
      higher: 'more market-facing',
      lower: 'more team-facing',
    },
  },
  /** "and" in a list: "a, b and c". */
  and: 'and',
  /** A practice area's name inside a list of them. */
  areaName: (label: string) => label,
  rangeText: (value: string, low: string, high: string) => `${value} (90% range ${low} to ${high})`,
  axisNumbers: (job: string, voice: Voice, result: string) =>
    `the job ${job}, ${owner[voice]} ${result}`,
  axisOverlap: 'the ranges overlap, so no clear difference on this axis',
  axisApart: (isHigher: boolean, voice: Voice, way: string) =>
    `the job’s whole range is ${isHigher ? 'above' : 'below'} ${owner[voice]}’s, so the job is ${way}`,
  axisSentence: (name: string, numbers: string, verdict: string) =>
    `${name}: ${numbers}; ${verdict}.`,
  close: (voice: Voice) =>
    `This job is close to ${owner[voice]}: on both axes their 90% ranges overlap.`,
  overlapRest: (axisName: string) => `; on ${axisName.toLowerCase()} the ranges overlap`,
  apart: (ways: string, voice: Voice, rest: string) =>
    `This job is ${ways} than ${owner[voice]}${rest}.`,
  notCompared: (voice: Voice) =>
    `The posting says too little about what the job does, so it is not compared with ${owner[voice]}.`,
  basis: (phraseCount: number, count: string, voice: Voice, choiceCount: number, choices: string) =>
    `The job’s place comes from the ${count} ${phraseCount === 1 ? 'phrase' : 'phrases'} marked in the posting below; ${voice === 'own' ? 'yours' : 'the result’s'} from ${choices} scenario ${choiceCount === 1 ? 'choice' : 'choices'}.`,
  /** A practice answer with no frequency label: "40 of 100". */
  answerScore: (score: string) => `${score} of 100`,
  weakShortQuiz: (voice: Voice) =>
    `The short quiz asks no practice questions, so we cannot say which of the job’s emphases meet the areas ${voice === 'own' ? 'you practise' : 'the taker practises'} least. The full quiz asks them.`,
  weakNotInLink:
    'This result link carries the place on the map, not the practice answers, so we cannot say which of the job’s emphases meet the least practised areas. Open this page in the browser where the full quiz was taken, or use a “With answers” link.',
  weakNotKept:
    'The result kept in this browser keeps its place on the map, not the practice answers, so we cannot say which of the job’s emphases meet the areas you practise least. A finished full quiz shows them.',
  weakNone: (voice: Voice) =>
    `${voice === 'own' ? 'You' : 'The taker'} answered “Weekly or more” for every practice area answered, so no area stands out as least practised.`,
  weakSentence: (label: string, phrases: readonly string[], voice: Voice, answer: string) =>
    `The posting asks for ${label} (${phrases.map((p) => `“${p}”`).join(', ')}); asked how often in the last 12 months, ${voice === 'own' ? 'you answered' : 'the taker answered'} “${answer}”.`,
  weakFound: (voice: Voice, leastNames: string) =>
    `Of the areas ${voice === 'own' ? 'you practise' : 'the taker practises'} least (${leastNames}), the posting asks for these:`,
  weakNoneAsked: (voice: Voice, leastNames: string) =>
    `None of the posting’s phrases is about the areas ${voice === 'own' ? 'you practise' : 'the taker practises'} least (${leastNames}).`,
};

export type PostingWords = typeof posting;
