/**
 * The words of a result's verdict: type names, how sure we are, each axis, the reasons counted from
 * the choices and the next-nearest type (src/domain/describe-v2.ts, shared-view.ts and
 * result-report.ts build the sentences from these). `voice` is who reads: the taker ("you") or
 * someone who opened a shared link ("the taker").
 */
type TypeId =
  'product-manager' | 'product-owner' | 'strategic-technical' | 'customer-facing' | 'balanced';
type Kind = 'enjoys-both' | 'drawn-to-neither';
type Voice = 'taker' | 'viewer';
type Axis = 'strategic' | 'outside';
type Strength = 'slight' | 'clear' | 'strong';
type Quadrant = 'strategic-market' | 'tactical-team' | 'strategic-team' | 'tactical-market';
type Counts = Readonly<Record<Quadrant, number>>;

/** Plain names for headings. */
const typeNames: Readonly<Record<TypeId, string>> = {
  'product-manager': 'Product Manager fit',
  'product-owner': 'Product Owner fit',
  'strategic-technical': 'Strategic-technical hybrid',
  'customer-facing': 'Customer-facing hybrid',
  balanced: 'Balanced / full-stack product person',
};

/** Type names as they read inside a sentence. */
const inSentence: Readonly<Record<TypeId, string>> = {
  'product-manager': 'Product Manager',
  'product-owner': 'Product Owner',
  'strategic-technical': 'strategic-technical hybrid',
  'customer-facing': 'customer-facing hybrid',
  balanced: 'balanced',
};

const kindWords: Readonly<Record<Kind, string>> = {
  'enjoys-both': 'enjoys both',
  'drawn-to-neither': 'drawn to neither',
};

const nameOf = (type: TypeId, kind: Kind | null) =>
  type === 'balanced' && kind !== null
    ? `${inSentence.balanced} (${kindWords[kind]})`
    : inSentence[type];

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const poles: Readonly<Record<Axis, { plus: string; minus: string }>> = {
  strategic: { plus: 'strategic', minus: 'tactical' },
  outside: { plus: 'market-facing', minus: 'team-facing' },
};

const adverbs: Readonly<Record<Strength, string>> = {
  slight: 'slightly',
  clear: 'clearly',
  strong: 'strongly',
};

export const verdict = {
  typeNames,
  /** "Product Owner fit", "Balanced / full-stack product person: enjoys both". */
  headlineNamed: (type: TypeId, kind: Kind | null) =>
    type === 'balanced'
      ? `Balanced / full-stack product person: ${kindWords[kind ?? 'enjoys-both']}`
      : typeNames[type],
  /** "Between Product Owner and customer-facing hybrid". */
  headlineBetween: (first: TypeId, second: TypeId, kind: Kind | null) =>
    `Between ${nameOf(first, kind)} and ${nameOf(second, kind)}`,
  /** "over 99%" where every draw agreed (`percent` is formatted, e.g. "99%"). */
  over: (percent: string) => `over ${percent}`,
  /** How likely, in words: from 90% "very likely", else "likely". */
  likelihood: (isVeryLikely: boolean): string => (isVeryLikely ? 'very likely' : 'likely'),
  /** "Very likely: 92%". */
  summaryNamed: (likelihood: string, percent: string) => `${capitalize(likelihood)}: ${percent}`,
  /** "Too close to call: 55% and 38%". */
  summaryBetween: (first: string, second: string) => `Too close to call: ${first} and ${second}`,
  /** How sure we are of a named type; `k` is null where a link does not say how many answers. */
  certaintyNamed: (
    likelihood: string,
    percent: string,
    type: TypeId,
    kind: Kind | null,
    k: number | null,
    voice: Voice,
  ) => {
    const answers = k === null ? 'a quiz' : k === 1 ? 'one answer' : `${k} answers`;
    const whose = voice === 'taker' ? 'your' : 'the taker’s';
    return `${capitalize(likelihood)}: ${percent}. Allowing for how much ${answers} can tell, the chance that ${whose} preferences sit in the ${nameOf(type, kind)} region of the map is ${percent}.`;
  },
  /** How sure we are of a result between two types. */
  certaintyBetween: (
    first: { type: TypeId; percent: string },
    second: { type: TypeId; percent: string },
    kind: Kind | null,
    k: number | null,
    voice: Voice,
  ) => {
    const quiz = k === null ? 'quiz' : `${k}-question quiz`;
    const your = voice === 'taker' ? 'Your' : 'The';
    const who = voice === 'taker' ? 'you are' : 'the taker is';
    return `Between ${nameOf(first.type, kind)} (${first.percent}) and ${nameOf(second.type, kind)} (${second.percent}). ${your} answers sit near the border of the two regions, and a ${quiz} cannot tell which side ${who} on, so we name both rather than pick one.`;
  },
  /** `onePercent` is "1%" formatted. */
  noneClose: (onePercent: string) => `No other type comes close: each has less than ${onePercent}.`,
  nextNearest: (type: TypeId, percent: string) =>
    `The next most likely type is ${inSentence[type]} (${percent}).`,
  /** What the other three types share, `percent` formatted. */
  otherThree: (percent: string) => `The other three types together: about ${percent}.`,
  /** One axis in words, without numbers; `side` null where the range covers both poles. */
  axisLean: (axis: Axis, side: 'plus' | 'minus' | null, strength: Strength, voice: Voice) => {
    const { plus, minus } = poles[axis];
    if (side === null)
      return `No clear lean between ${plus} and ${minus} work: ${voice === 'taker' ? 'your' : 'its'} range covers both.`;
    const lean = voice === 'taker' ? 'You lean' : 'This result leans';
    return `${lean} ${adverbs[strength]} ${side === 'plus' ? plus : minus}.`;
  },
  /** The four kinds of choice, as a taker would say them. */
  choiceKinds: {
    'strategic-market': 'Market and business',
    'tactical-team': 'Team and backlog',
    'strategic-team': 'Long-term direction with engineers',
    'tactical-market': 'Straight to customers and users',
  } satisfies Record<Quadrant, string>,
  /** The caption of the table of choices. */
  choicesCaption: (k: number, voice: Voice) =>
    `How ${voice === 'taker' ? 'your' : 'the'} ${k} scenario choices split`,
  /** The sentence that counts each kind of choice. */
  choiceCount: (c: Counts, k: number, voice: Voice) => {
    const of = voice === 'taker' ? `Of your ${k} scenario choices` : `Of the ${k} scenario choices`;
    return `${of}, ${c['strategic-market']} went to the market and business, ${c['tactical-team']} to the team and backlog, ${c['strategic-team']} to the long-term direction with engineers and ${c['tactical-market']} straight to customers and users.`;
  },
  /** Longer-range and outward choices, counted. */
  rangeAndOutward: (longRange: number, outward: number, k: number, voice: Voice) => {
    const you = voice === 'taker' ? 'you' : 'the taker';
    return `In ${longRange} of ${k} ${you} picked a longer-range option over a hands-on one, and in ${outward} of ${k} ${you} turned outward to customers or the market rather than inward to the team.`;
  },
  /** The strategic axis as a reason: `n` scenarios of `k` went to the side named. */
  reasonStrategic: (side: 'even' | 'long' | 'hands-on', n: number, k: number, voice: Voice) => {
    const you = voice === 'taker' ? 'you' : 'the taker';
    const You = voice === 'taker' ? 'You' : 'The taker';
    if (side === 'even')
      return `${You} split evenly between longer-range and hands-on options: ${n} of ${k} each.`;
    return side === 'long'
      ? `In ${n} of ${k} scenarios ${you} picked a longer-range option over a hands-on one.`
      : `In ${n} of ${k} scenarios ${you} picked a hands-on option over a longer-range one.`;
  },
  /** The outward axis as a reason. */
  reasonOutside: (side: 'even' | 'outward' | 'team', n: number, k: number, voice: Voice) => {
    const you = voice === 'taker' ? 'you' : 'the taker';
    const You = voice === 'taker' ? 'You' : 'The taker';
    if (side === 'even')
      return `${You} turned to customers and the market as often as to the team: ${n} of ${k} each.`;
    return side === 'outward'
      ? `In ${n} of ${k} ${you} turned outward to customers or the market rather than to the team.`
      : `In ${n} of ${k} ${you} stayed with the team rather than turning to customers or the market.`;
  },
  /** A dimension whose scenarios pulled hardest: "In 3 of 4 market scenarios you went …". */
  dimensionReason: (count: number, total: number, noun: string, quadrant: Quadrant) => {
    const deeds: Record<Quadrant, string> = {
      'strategic-market': 'went for the market and business angle',
      'tactical-team': 'worked it through with the team and the backlog',
      'strategic-team': 'looked at the long-term direction with engineers',
      'tactical-market': 'went straight to customers and users',
    };
    return `In ${count} of ${total} ${noun} scenarios you ${deeds[quadrant]}.`;
  },
  /** The rows of the scores table (model 2 adds `delta`). */
  scoreNames: {
    strategic: 'Strategic (+) ↔ tactical (−)',
    outside: 'Market-facing (+) ↔ team-facing (−)',
    fit: 'PM-fit index: Product Manager (+) ↔ Product Owner (−)',
    delta: 'Classic-role (+) ↔ in-between (−) choices',
  },
  /** The scoring model in a sentence, for pages that show results of both models. */
  modelNotes: {
    1: 'Scored with rolefit’s first scoring model, as the link was made. Today’s quiz reads answers with model 2, which can name a different type for the same choices.',
    2: 'Scored with model 2 (a probability for each type).',
  },
  notAnswered: 'Not answered',
};

export type VerdictWords = typeof verdict;
