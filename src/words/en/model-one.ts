// The words of results scored with model 1 (src/domain/describe.ts and shared-view.ts's
// describeV1): links made before model 2 still open, worded as they always were.

type Voice = 'taker' | 'viewer';
type Strength = 'slight' | 'clear' | 'strong';
type Level = 'high' | 'moderate' | 'low';
type Pole = 'strategic' | 'tactical' | 'market' | 'team';
type Axis = 'strategic' | 'outside';
interface Score {
  value: number;
  low: number;
  high: number;
}
interface Choices {
  pm: number;
  po: number;
  mixed: number;
  strategic: number;
  outward: number;
  k: number;
}

const VOICE = {
  taker: { you: 'you', You: 'You', your: 'your', Your: 'Your', lean: 'You lean' },
  viewer: {
    you: 'the taker',
    You: 'The taker',
    your: 'the',
    Your: 'The',
    lean: 'This result leans',
  },
} as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const OPENING: Readonly<Record<Level, string>> = {
  high: 'We are fairly sure of this result',
  moderate: 'This result is reasonably clear',
  low: 'This result is only just over the line',
};

export const modelOne = {
  /** "Clear Product Manager fit"; the balanced type: "Balanced / …: enjoys both". */
  headline: (name: string, strength: Strength | null) => {
    const word = strength ? `${strength.charAt(0).toUpperCase()}${strength.slice(1)} ` : '';
    return `${word}${name.startsWith('Product') ? name : name.toLowerCase()}`;
  },
  balancedHeadline: (name: string, kind: 'enjoys-both' | 'drawn-to-neither') =>
    `${name}: ${kind === 'drawn-to-neither' ? 'drawn to neither' : 'enjoys both'}`,
  axis: (score: Score, pole: Pole | null, strength: Strength, axis: Axis, voice: Voice) => {
    const range = `${score.value}, 90% range ${score.low} to ${score.high}`;
    const label = axis === 'strategic' ? 'strategic and tactical' : 'market-facing and team-facing';
    if (pole === null) return `No clear lean between ${label} work (${range}).`;
    const adverb =
      strength === 'slight' ? 'slightly' : strength === 'clear' ? 'clearly' : 'strongly';
    const word = pole === 'market' ? 'market-facing' : pole === 'team' ? 'team-facing' : pole;
    return `${VOICE[voice].lean} ${adverb} ${word} (${range}).`;
  },
  certainty: (
    group: 'pole' | 'hybrid' | 'balanced',
    level: Level,
    fit: Score,
    voice: Voice,
  ): string => {
    const w = VOICE[voice];
    const fText = `${w.Your} PM-fit index is ${fit.value} on a scale from -100 (Product Owner) to 100 (Product Manager), with a 90% range of ${fit.low} to ${fit.high}.`;
    if (group === 'pole') {
      return `${OPENING[level]}: the whole range sits on one side of zero. ${fText}`;
    }
    if (group === 'hybrid') {
      return `${OPENING[level]}: both axes are decided, in opposite directions, so the PM-fit index sits near zero by design. ${fText}`;
    }
    return level === 'high'
      ? `${w.Your} answers sit close to the middle and the whole range stays near zero, so a balanced result is a fair reading. ${fText}`
      : `${w.Your} answers were spread out: the range crosses zero, so a few different choices could tip the result either way. ${fText}`;
  },
  choiceSentences: (c: Choices, voice: Voice): string[] => {
    const w = VOICE[voice];
    return [
      `${w.You} chose the market-and-strategy option (typical of Product Managers) in ${c.pm} of ${plural(c.k, 'scenario', 'scenarios')}, the team-and-backlog option (typical of Product Owners) in ${c.po}, and one of the two mixed options in ${c.mixed}.`,
      `In ${c.strategic} of ${c.k} ${w.you} picked a strategic, longer-range option over a hands-on one, and in ${c.outward} of ${c.k} ${w.you} turned outward to customers or the market rather than inward to the team.`,
    ];
  },
  nextNearest: (name: string, voice: Voice) =>
    `The next closest result type for ${VOICE[voice].your} answers is ${name}.`,
  summary: {
    high: 'Fairly sure',
    moderate: 'Reasonably clear',
    low: 'Only just over the line',
  } as Readonly<Record<Level, string>>,
  choicesCaption: (k: number) => `How the ${k} scenario choices split`,
  rows: {
    pm: 'Product Manager-type choices',
    po: 'Product Owner-type choices',
    mixed: 'Mixed choices (strategic-team or hands-on with customers)',
  },
};

export type ModelOneWords = typeof modelOne;
